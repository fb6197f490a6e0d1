/** The visual's surface: header, the three views, details, live region; owns drill and expand state. */

import { Localizer } from "../i18n/localize";
import { BarsView } from "./bars";
import { drawDetails } from "./details";
import { setAttr, setHidden, setStyle, setText } from "./dom";
import { FlagsView } from "./flags";
import { Frame, RenderInput, householdName, longLabels, makeFrame, summary } from "./frame";
import { HeatMatrixView } from "./heatMatrix";
import { drawLanding } from "./landing";
import { Measurements, cutOff, widestText } from "./measure";
import { Panel, PanelEvents } from "./panel";
import { householdsAt, rowAt, tipAt } from "./positions";
import { TipLine, ViewKind } from "./types";

/** What the app asks of the visual (selection, menu and tooltips go through Power BI's services). */
export interface AppHost {
  select(households: number[], multi: boolean): void;
  clear(): void;
  menu(households: number[], x: number, y: number): void;
  tooltip(lines: TipLine[] | null, households: number[], x: number, y: number): void;
}

/** Width from which the three views stand side by side. */
export const SIDE_BY_SIDE = 900;

/** Renders frames into the visual's element and turns gestures into host calls. */
export class App {
  private readonly doc: Document;
  private readonly header: HTMLDivElement;
  private readonly summaryEl: HTMLParagraphElement;
  private readonly noticeEl: HTMLParagraphElement;
  private readonly back: HTMLButtonElement;
  private readonly views: HTMLDivElement;
  private readonly details: HTMLElement;
  private readonly live: HTMLDivElement;
  private readonly landing: HTMLDivElement;
  private readonly panels: { heatMatrix: HeatMatrixView; bars: BarsView; flags: FlagsView };
  private input: RenderInput | null = null;
  private frame: Frame | null = null;
  private drill: string | null = null;
  private expanded = -1;
  private size = { width: 0, height: 0 };
  /** Whether text was cut off side by side, by what decided the widths (a few recent ones). */
  private readonly cutOffs = new Measurements<boolean>(16);

  constructor(
    private readonly root: HTMLElement,
    private readonly host: AppHost,
  ) {
    this.doc = root.ownerDocument;
    const el = <K extends keyof HTMLElementTagNameMap>(
      tag: K,
      className: string,
    ): HTMLElementTagNameMap[K] => {
      const node = this.doc.createElement(tag);
      node.className = className;
      return node;
    };
    this.landing = el("div", "gb-landing");
    this.header = el("div", "gb-header");
    this.back = el("button", "gb-back");
    this.back.type = "button";
    this.summaryEl = el("p", "gb-summary");
    this.summaryEl.id = "gb-summary";
    this.noticeEl = el("p", "gb-notice");
    this.noticeEl.setAttribute("role", "status");
    this.header.append(this.back, this.summaryEl, this.noticeEl);
    this.views = el("div", "gb-views");
    this.views.setAttribute("aria-describedby", "gb-summary");
    this.details = el("section", "gb-details");
    this.details.hidden = true; // until a household is expanded; the first draw gets its full height
    this.live = el("div", "gb-live gb-sr-text");
    this.live.setAttribute("aria-live", "polite");
    root.append(this.landing, this.header, this.views, this.details, this.live);

    const events = this.panelEvents();
    const height = () => this.panelHeight();
    this.panels = {
      heatMatrix: new HeatMatrixView(this.views, events, height),
      bars: new BarsView(this.views, events, height),
      flags: new FlagsView(this.views, events, height),
    };
    this.back.addEventListener("click", (e) => {
      e.stopPropagation();
      this.drillTo(null);
    });
    root.addEventListener("click", () => this.host.clear());
    root.addEventListener("contextmenu", (e) => {
      e.preventDefault();
      this.host.menu([], e.clientX, e.clientY);
    });
  }

  /** Shows the landing page: which fields to bind, in the user's language. */
  showLanding(l: Localizer): void {
    this.input = this.frame = null;
    this.setMode("landing");
    this.root.lang = l.locale;
    drawLanding(this.landing, l);
  }

  /** Shows only a notice, e.g. while segments load. */
  showNotice(text: string): void {
    this.setMode("notice");
    this.noticeEl.textContent = text;
  }

  /** Draws everything for new input; `notice` is shown above the views (e.g. partial data); a re-ranking is announced. */
  render(
    input: RenderInput,
    size: { width: number; height: number },
    notice: string | null,
    reranked = false,
  ): void {
    this.input = input;
    this.size = size;
    this.setMode("views");
    setText(this.noticeEl, notice ?? "");
    setHidden(this.noticeEl, !notice);
    this.draw();
    if (reranked && this.frame)
      this.announce(this.frame.l.t("Announce_Ranked", { summary: summary(this.frame) }));
  }

  /** Redraws with a new selection, keeping everything else. */
  select(selected: ReadonlySet<number>): void {
    if (!this.input) return;
    this.input = { ...this.input, selected };
    if (!this.frame) return this.draw();
    // Only the rows in view change: keep the frame, redraw the shown views.
    this.frame = { ...this.frame, selected };
    for (const panel of Object.values(this.panels))
      if (!panel.section.hidden) panel.render(this.frame);
  }

  /** Says something to screen readers through the polite live region. */
  announce(text: string): void {
    this.live.textContent = text;
  }

  /** The current frame (for tests and the visual's selection mapping). */
  current(): Frame | null {
    return this.frame;
  }

  /** The panel of a view. */
  panel(kind: ViewKind): Panel {
    return this.panels[kind];
  }

  private setMode(mode: "landing" | "notice" | "views"): void {
    setHidden(this.landing, mode !== "landing");
    setHidden(this.header, mode === "landing");
    setHidden(this.views, mode !== "views");
    setHidden(this.summaryEl, mode !== "views");
    if (mode !== "views") {
      setHidden(this.details, true);
      setHidden(this.back, true);
      Object.values(this.panels).forEach((p) => p.clear());
    }
  }

  private draw(): void {
    const input = this.input;
    if (!input) return;
    const f = (this.frame = makeFrame(input, this.drill, this.expanded));
    if (this.drill !== null && !f.drill) this.drill = null;
    this.expanded = f.expanded;

    setHidden(this.back, f.drill === null);
    setText(this.back, f.l.t("Back"));
    setText(
      this.summaryEl,
      (f.drill ? `${f.l.t("Drill_Title", { wijk: f.drill.wijk })}: ` : "") + summary(f),
    );
    const sideBySide = input.options.view === "all" && this.size.width >= SIDE_BY_SIDE;
    this.views.classList.toggle("gb-stacked", !sideBySide);
    // The report's language, which may differ from the host page's (WCAG 3.1.2).
    setAttr(this.root, "lang", f.l.locale);
    this.root.classList.toggle("gb-hc", input.palette.highContrast);
    this.root.classList.toggle("gb-level-wijk", f.wijken !== null);
    setStyle(this.root, "--gb-fg", input.palette.foreground);
    setStyle(this.root, "--gb-bg", input.palette.background);
    setStyle(this.root, "--gb-sel", input.palette.selected);
    // Room for the longest label as drawn (font, spacing, bold when selected); unlaid out, an
    // estimate.
    const labels = longLabels(f);
    const measured = widestText(this.views, labels, "gb-label");
    const chars = Math.max(0, ...labels.map((s) => s.length));
    const fit = measured ? `${measured}px` : chars ? `calc(${chars * 1.1}ch + 8px)` : "0px";
    setStyle(this.root, "--gb-label-fit", fit);
    const { width, height } = this.size;
    const sheets = this.doc.styleSheets.length;
    const level = f.wijken !== null;
    const layout = [width, height, input.options.view, level, f.l.locale, fit, sheets].join("|");

    this.drawPanels(f, layout, !sideBySide);
    // Side by side, a view may be too narrow for its text in the reader's font and spacing (or
    // zoom): then the views are stacked, each at full width. Checking reads the layout, so it is
    // done again only when something that decides the widths has changed.
    if (sideBySide) {
      const widths = `${f.layout}|${this.panels.bars.widths()}|${this.panels.flags.widths()}`;
      let cut = this.cutOffs.get(widths);
      if (cut === undefined) this.cutOffs.set(widths, (cut = cutOff(this.views)));
      if (cut) {
        this.views.classList.add("gb-stacked");
        this.drawPanels(f, layout, true);
      }
    }
    drawDetails(this.details, f);
  }

  private drawPanels(f: Frame, layout: string, stacked: boolean): void {
    f.layout = `${layout}|${stacked}`;
    for (const kind of Object.keys(this.panels) as ViewKind[]) {
      const shown = f.options.view === "all" || f.options.view === kind;
      const panel = this.panels[kind];
      setHidden(panel.section, !shown);
      if (shown) panel.render(f);
      else panel.clear();
    }
  }

  private panelHeight(): number {
    const header = this.header.offsetHeight || 48;
    const details = this.details.hidden ? 0 : this.details.offsetHeight || 120;
    const room = Math.max(120, this.size.height - header - details);
    const shown = this.input?.options.view === "all" ? 3 : 1;
    return this.views.classList.contains("gb-stacked") ? room / shown : room;
  }

  /** The households behind a row of a view, none where there is no row (or no frame). */
  private householdsAt(kind: ViewKind, pos: number | null): number[] {
    return pos === null || !this.frame ? [] : householdsAt(this.frame, kind, pos);
  }

  private panelEvents(): PanelEvents {
    return {
      activate: (panel, pos, col, multi) => this.activate(panel.kind, pos, col, multi),
      menu: (panel, pos, x, y) => this.host.menu(this.householdsAt(panel.kind, pos), x, y),
      tip: (panel, pos, col, part, x, y) => {
        const f = this.frame;
        if (!f || pos === null) return this.host.tooltip(null, [], x, y);
        const lines = tipAt(f, panel.kind, pos, col, part);
        this.host.tooltip(lines, this.householdsAt(panel.kind, pos), x, y);
      },
      clear: () => this.host.clear(),
      escape: () => {
        if (this.expanded >= 0) this.toggleExpanded(this.expanded);
        else this.host.clear();
      },
    };
  }

  private activate(kind: ViewKind, pos: number, col: number, multi: boolean): void {
    const f = this.frame;
    const row = f && rowAt(f, kind, pos);
    if (!f || !row) return;
    if (f.wijken) {
      const wijk = f.wijken[row.id];
      const small = wijk.households < f.settings.privacy.minGroupSize;
      // A district smaller than k can be neither opened nor selected: selecting it would filter
      // the page down to fewer than k households.
      if (small) return;
      if (multi) this.host.select(wijk.members, true);
      else this.drillTo(wijk.wijk);
      return;
    }
    if (kind === "heatMatrix" && col === 0) return this.toggleExpanded(row.id);
    this.host.select([row.id], multi);
  }

  private toggleExpanded(h: number): void {
    this.expanded = this.expanded === h ? -1 : h;
    this.draw();
    if (this.frame && this.expanded >= 0)
      this.announce(this.frame.l.t("Announce_Expanded", { label: householdName(this.frame, h) }));
    this.panels.heatMatrix.focusedElement()?.focus();
  }

  private drillTo(wijk: string | null): void {
    this.drill = wijk;
    this.expanded = -1;
    this.draw();
    if (this.frame) this.announce(this.summaryEl.textContent ?? "");
    if (wijk === null) this.panels.heatMatrix.moveFocus(0, 1);
    else this.back.focus();
  }
}
