/** A view panel: title, virtual list, roving focus and delegated mouse and keyboard handling. */

import { setAttr, setHidden, setText } from "./dom";
import { ViewKind } from "./types";
import { VirtualList } from "./virtual";

/** What a panel reports to the app; positions are list positions, `col` a focusable column. */
export interface PanelEvents {
  activate(panel: Panel, pos: number, col: number, multi: boolean): void;
  menu(panel: Panel, pos: number | null, x: number, y: number): void;
  tip(
    panel: Panel,
    pos: number | null,
    col: number,
    part: string | null,
    x: number,
    y: number,
  ): void;
  clear(): void;
  escape(): void;
}

/** Height of a one-line row, in pixels. */
export const ROW_HEIGHT = 28;

/** Focusable element of a row: `[data-pos][data-col]`. */
const FOCUSABLE = "[data-pos][data-col]";

/** The base of the three views: subclasses draw rows and name their columns. */
export abstract class Panel {
  readonly section: HTMLElement;
  readonly title: HTMLHeadingElement;
  readonly list: VirtualList;
  /** Elements above the list (legend, scale); subclasses fill it. */
  readonly top: HTMLDivElement;
  /** Says so when the view has no rows. */
  private readonly empty: HTMLParagraphElement;
  protected total = 0;
  private focusPos = 0;
  private focusCol = 0;

  constructor(
    parent: HTMLElement,
    readonly kind: ViewKind,
    protected readonly events: PanelEvents,
    height: () => number,
    header?: HTMLElement,
  ) {
    const doc = parent.ownerDocument;
    this.section = doc.createElement("section");
    this.section.className = `gb-view gb-${kind}`;
    this.title = doc.createElement("h2");
    this.title.className = "gb-title";
    this.title.id = `gb-title-${kind}`;
    this.section.setAttribute("aria-labelledby", this.title.id);
    this.top = doc.createElement("div");
    this.top.className = "gb-top";
    this.empty = doc.createElement("p");
    this.empty.className = "gb-empty";
    this.top.append(this.empty);
    this.section.append(this.title, this.top);
    parent.append(this.section);
    this.list = new VirtualList(
      this.section,
      ROW_HEIGHT,
      () => height() - this.top.offsetHeight,
      (from, to) => this.draw(from, to),
      header,
    );
    this.list.viewport.setAttribute("aria-labelledby", this.title.id);
    this.listen();
  }

  /** How many focusable columns a row has. */
  protected abstract columns(): number;

  /** Draws the rows `[from, to)` into the list window. */
  protected abstract drawRows(from: number, to: number): void;

  /** Shows a message when the view has no rows; none otherwise. */
  protected setEmpty(text: string | null): void {
    setText(this.empty, text ?? "");
    setHidden(this.empty, !text);
  }

  /** Sets the number of rows and redraws. */
  protected refresh(total: number): void {
    this.total = total;
    this.focusPos = Math.min(this.focusPos, Math.max(0, total - 1));
    this.focusCol = Math.min(this.focusCol, this.columns() - 1);
    this.list.update(total);
  }

  /** The list position and column that hold the roving focus. */
  focusAt(): { pos: number; col: number } {
    return { pos: this.focusPos, col: this.focusCol };
  }

  /** Moves the roving focus (scrolling it into view) and focuses the element. */
  moveFocus(pos: number, col: number): void {
    if (this.total === 0) return;
    this.focusPos = Math.max(0, Math.min(this.total - 1, pos));
    this.focusCol = Math.max(0, Math.min(this.columns() - 1, col));
    this.list.reveal(this.focusPos);
    const target = this.focusedElement();
    target?.focus();
    if (target) this.tipAt(target);
  }

  /** Shows the tooltip of a focusable element just below it. */
  private tipAt(el: HTMLElement): void {
    const box = el.getBoundingClientRect();
    const [pos, col] = [Number(el.dataset.pos), Number(el.dataset.col)];
    this.events.tip(this, pos, col, null, box.left + box.width / 2, box.top + box.height);
  }

  /** Empties the view (hidden or no data), so it holds no rows in the DOM. */
  clear(): void {
    this.total = 0;
    this.list.update(0);
    this.list.window.replaceChildren();
  }

  /** The element that holds the roving focus, if drawn. */
  focusedElement(): HTMLElement | null {
    return this.section.querySelector<HTMLElement>(
      `[data-pos="${this.focusPos}"][data-col="${this.focusCol}"]`,
    );
  }

  private draw(from: number, to: number): void {
    const hasFocus = this.section.contains(this.section.ownerDocument.activeElement);
    // Keep a tab stop in the view: when the focused row scrolled away, the first drawn row takes it.
    if (!hasFocus && (this.focusPos < from || this.focusPos >= to) && to > from)
      this.focusPos = Math.min(to - 1, from + 4);
    this.drawRows(from, to);
    this.section.querySelectorAll<HTMLElement>(FOCUSABLE).forEach((el) => {
      const own =
        Number(el.dataset.pos) === this.focusPos && Number(el.dataset.col) === this.focusCol;
      setAttr(el, "tabindex", own ? 0 : -1);
    });
  }

  /** The part of a row under the pointer (a badge, a segment), for its own tooltip. */
  protected partAt(e: MouseEvent): string | null {
    return (e.target as Element).closest<HTMLElement>("[data-part]")?.dataset.part ?? null;
  }

  private listen(): void {
    this.section.addEventListener("click", (e) => {
      const el = target(e);
      if (!el) return; // a background click bubbles to the app, which clears the selection
      e.stopPropagation();
      this.focusPos = Number(el.dataset.pos);
      this.focusCol = Number(el.dataset.col);
      this.events.activate(this, this.focusPos, this.focusCol, e.ctrlKey || e.metaKey);
    });
    this.section.addEventListener("contextmenu", (e) => {
      e.preventDefault();
      e.stopPropagation();
      const el = target(e);
      this.events.menu(this, el ? Number(el.dataset.pos) : null, e.clientX, e.clientY);
    });
    this.section.addEventListener("pointermove", (e) => {
      const el = target(e);
      this.events.tip(
        this,
        el ? Number(el.dataset.pos) : null,
        el ? Number(el.dataset.col) : 0,
        this.partAt(e),
        e.clientX,
        e.clientY,
      );
    });
    this.section.addEventListener("pointerleave", () => this.events.tip(this, null, 0, null, 0, 0));
    // Tabbing into the view shows the focused row's tooltip as the arrow keys do (moveFocus);
    // leaving the view hides it. A mouse focus is left to pointermove.
    this.section.addEventListener("focusin", (e) => {
      const el = target(e);
      const from = e.relatedTarget as Node | null;
      if (el && !this.section.contains(from) && keyboardFocus(el)) this.tipAt(el);
    });
    this.section.addEventListener("focusout", (e) => {
      if (!this.section.contains(e.relatedTarget as Node | null))
        this.events.tip(this, null, 0, null, 0, 0);
    });
    this.section.addEventListener("keydown", (e) => this.key(e));
  }

  private key(e: KeyboardEvent): void {
    const el = target(e);
    if (!el) return;
    const pos = Number(el.dataset.pos);
    const col = Number(el.dataset.col);
    const page = this.list.pageSize();
    const moves: Record<string, [number, number]> = {
      ArrowDown: [pos + 1, col],
      ArrowUp: [pos - 1, col],
      ArrowRight: [pos, col + 1],
      ArrowLeft: [pos, col - 1],
      PageDown: [pos + page, col],
      PageUp: [pos - page, col],
      Home: e.ctrlKey ? [0, 0] : [pos, 0],
      End: e.ctrlKey ? [this.total - 1, this.columns() - 1] : [pos, this.columns() - 1],
    };
    if (this.columns() === 1) {
      moves.Home = [0, 0];
      moves.End = [this.total - 1, 0];
    }
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      this.moveFocus(move[0], move[1]);
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      this.events.activate(this, pos, col, e.ctrlKey || e.metaKey);
    } else if (e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) {
      e.preventDefault();
      const box = el.getBoundingClientRect();
      this.events.menu(this, pos, box.left + box.width / 2, box.top + box.height / 2);
    } else if (e.key === "Escape") {
      // Escape also dismisses the tooltip without moving focus (WCAG 1.4.13).
      this.events.tip(this, null, 0, null, 0, 0);
      this.events.escape();
    }
  }
}

/**
 * Puts a space between a row's parts, so text taken from its content ("Letterdijk 0 rood", not
 * "Letterdijk0 rood") keeps its words apart; flex layout does not draw the spaces.
 */
export function spaceOut(this: Element): void {
  for (const child of Array.from(this.children).slice(1))
    child.before(this.ownerDocument.createTextNode(" "));
}

/** Whether focus came from the keyboard (`:focus-visible`); true where the browser cannot tell. */
function keyboardFocus(el: HTMLElement): boolean {
  try {
    return el.matches(":focus-visible");
  } catch {
    return true;
  }
}

function target(e: Event): HTMLElement | null {
  return (e.target as Element).closest<HTMLElement>(FOCUSABLE);
}
