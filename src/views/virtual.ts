/** Virtual scrolling: a full-height spacer and a window holding only the rows in view. */

import { setStyle } from "./dom";

/** Rows to draw beyond the visible ones, above and below, so fast scrolling shows no gaps. */
const OVERSCAN = 4;

/**
 * The rows to draw for a scroll position: `[from, to)`, the rows in view plus the overscan on each
 * side. `header` is the height of a sticky header at the top of the viewport, which covers rows.
 */
export function visibleRange(
  scrollTop: number,
  height: number,
  rowHeight: number,
  total: number,
  header = 0,
): [number, number] {
  const top = Math.floor(scrollTop / rowHeight);
  // A row cut off at the top and one at the bottom are both in view.
  const bottom = top + Math.ceil(Math.max(0, height - header) / rowHeight) + 1;
  return [Math.min(Math.max(0, top - OVERSCAN), total), Math.min(total, bottom + OVERSCAN)];
}

/** A scroll viewport whose window of rows is redrawn on scroll, at most once per animation frame. */
export class VirtualList {
  /** The scrolling element; it carries the list or grid role. */
  readonly viewport: HTMLDivElement;
  /** The element the rows are drawn into, moved down to the first drawn row. */
  readonly window: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private readonly header: HTMLElement | undefined;
  private total = 0;
  private pending = 0;
  private range: [number, number] = [0, 0];
  // Scroll position and visible height as last seen: reading them from the element after the
  // views' writes would force a layout per panel in every update. Scroll events and a resize
  // observer keep them current; a height of 0 (unknown, or no observer) is read from the element.
  private scrolled = 0;
  private seenHeight = 0;
  private headerHeight = 0;

  constructor(
    parent: HTMLElement,
    /** Height of every row; a view may change it before a redraw (flag rows that wrap). */
    public rowHeight: number,
    /** Height to assume when the browser reports none (hidden or not laid out, as in tests). */
    private fallbackHeight: () => number,
    private readonly draw: (from: number, to: number) => void,
    header?: HTMLElement,
  ) {
    this.viewport = parent.ownerDocument.createElement("div");
    this.viewport.className = "gb-scroll";
    this.header = header;
    if (header) this.viewport.append(header);
    this.spacer = parent.ownerDocument.createElement("div");
    this.spacer.className = "gb-spacer";
    this.spacer.setAttribute("role", "presentation");
    this.window = parent.ownerDocument.createElement("div");
    this.window.className = "gb-window";
    this.spacer.append(this.window);
    this.viewport.append(this.spacer);
    parent.append(this.viewport);
    this.viewport.addEventListener(
      "scroll",
      () => {
        this.scrolled = this.viewport.scrollTop;
        this.schedule();
      },
      { passive: true },
    );
    const Observer = parent.ownerDocument.defaultView?.ResizeObserver;
    if (Observer) {
      const observer = new Observer(() => {
        // Laid out already when observers run, so reading costs no layout.
        const height = this.viewport.clientHeight;
        const headerHeight = header?.offsetHeight ?? 0;
        if (height === this.seenHeight && headerHeight === this.headerHeight) return;
        this.seenHeight = height;
        this.headerHeight = headerHeight;
        this.schedule();
      });
      observer.observe(this.viewport);
      if (header) observer.observe(header);
    }
  }

  /** The height of the visible area. */
  height(): number {
    return this.seenHeight || this.viewport.clientHeight || this.fallbackHeight();
  }

  /** How many rows fit in view. */
  pageSize(): number {
    return Math.max(1, Math.floor(this.height() / this.rowHeight) - 1);
  }

  /** The drawn range. */
  drawn(): [number, number] {
    return this.range;
  }

  /** Sets the number of rows and redraws now. */
  update(total: number): void {
    const fewer = total < this.total;
    this.total = total;
    setStyle(this.spacer, "height", `${total * this.rowHeight}px`);
    // With fewer rows the browser may clamp the scroll position: read it back (one layout). At the
    // top there is nothing to clamp.
    if (fewer && this.scrolled > 0) this.scrolled = this.viewport.scrollTop;
    this.redraw();
  }

  /** Redraws the window for the current scroll position. */
  redraw(): void {
    // An empty (or hidden) list has nothing to draw: asking its height would force a layout.
    const [from, to] =
      this.total === 0
        ? [0, 0]
        : visibleRange(this.scrolled, this.height(), this.rowHeight, this.total, this.headerHeight);
    this.range = [from, to];
    setStyle(this.window, "transform", `translateY(${from * this.rowHeight}px)`);
    this.draw(from, to);
  }

  /** Scrolls just enough to bring a row into view, then redraws. */
  reveal(index: number): void {
    // Rows sit below a sticky header, so the visible band is [scrollTop + header, scrollTop + height].
    const top = index * this.rowHeight;
    const header = this.header ? this.header.offsetHeight || this.rowHeight : 0;
    const bottom = header + top + this.rowHeight;
    if (top < this.viewport.scrollTop) this.viewport.scrollTop = top;
    else if (bottom > this.viewport.scrollTop + this.height())
      this.viewport.scrollTop = bottom - this.height();
    this.scrolled = this.viewport.scrollTop;
    this.redraw();
  }

  private schedule(): void {
    if (this.pending) return;
    const view = this.viewport.ownerDocument.defaultView;
    const frame =
      view?.requestAnimationFrame?.bind(view) ?? ((cb: () => void) => setTimeout(cb, 16));
    this.pending = frame(() => {
      this.pending = 0;
      this.redraw();
    }) as number;
  }
}
