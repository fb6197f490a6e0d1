/** The early-warning renderer: a list of households (or districts) with labelled flag badges. */

import { select } from "d3-selection";
import { flagRows, flagTotal, widestBadges } from "./flagModel";
import { attr, setText, style, text } from "./dom";
import { Frame } from "./frame";
import { ListboxPanel, asOptions, optionClass } from "./listboxPanel";
import { Measurements, widestText } from "./measure";
import { PanelEvents, ROW_HEIGHT, spaceOut } from "./panel";
import { FlagRowVM } from "./types";

/** Pixels per character of badge text (12 px sans, generous) and per badge, where nothing is laid out. */
const CHAR_PX = 7;
const BADGE_PX = 20;
/** The gap between badges. */
const GAP_PX = 4;
/** What a wrapped line of badges adds to a row. */
const BADGE_LINE_PX = 22;

/** Draws the flagged rows; each badge carries an icon and a word, and its rule in the tooltip. */
export class FlagsView extends ListboxPanel {
  private frame: Frame | null = null;
  /** Badge lines by what decided them (a few recent layouts and sets of badges). */
  private readonly lines = new Measurements<number>(16);
  private widest = "";

  constructor(parent: HTMLElement, events: PanelEvents, height: () => number) {
    super(parent, "flags", events, height);
  }

  /** Draws the frame. */
  render(f: Frame): void {
    this.frame = f;
    setText(this.title, f.l.t("View_Flags"));
    const total = flagTotal(f);
    this.list.rowHeight = ROW_HEIGHT + (this.badgeLines(f) - 1) * BADGE_LINE_PX;
    this.setEmpty(total === 0 ? f.l.t("Empty_Flags") : null);
    this.refresh(total);
  }

  /** The widest badges of the last draw: what the flag rows' widths are fitted to. */
  widths(): string {
    return this.widest;
  }

  /**
   * How many lines the widest row's badges need beside the label: narrow (or zoomed in), the badges
   * wrap and every row grows, rather than cutting badges off. Reading the widths forces a layout,
   * so a layout and set of badges seen before (a weight change, a selection) reuses its answer.
   */
  private badgeLines(f: Frame): number {
    const widest = widestBadges(f);
    this.widest = widest.join("|");
    const key = `${f.layout}|${this.widest}`;
    const known = this.lines.get(key);
    if (known !== undefined) return known;
    const width = this.list.viewport.clientWidth;
    if (!width) return 1; // not laid out (hidden, or a test without layout)
    const label =
      this.section.querySelector<HTMLElement>(".gb-flagrow .gb-label")?.offsetWidth ?? 90;
    // Each badge as drawn (font, spacing), else an estimate from its characters.
    const badges = widest.map((text) => {
      const drawn = widestText(this.list.viewport, [text], "gb-badge");
      return drawn ? drawn + GAP_PX : text.length * CHAR_PX + BADGE_PX;
    });
    let lines = 1;
    let used = 0;
    for (const badge of badges) {
      if (used > 0 && used + badge > width - label) {
        lines++;
        used = 0;
      }
      used += badge;
    }
    lines = Math.min(lines, 4);
    this.lines.set(key, lines);
    return lines;
  }

  protected drawRows(from: number, to: number): void {
    const f = this.frame;
    if (!f) return;
    const rows = select(this.list.window)
      .selectAll<HTMLDivElement, FlagRowVM>("div.gb-flagrow")
      .data(flagRows(f, from, to), (d) => String(d.pos))
      .join((enter) => {
        const row = enter.append("div");
        row.append("span").attr("class", "gb-label");
        row.append("span").attr("class", "gb-badges");
        return row.each(spaceOut);
      })
      .call(attr, "class", optionClass("gb-flagrow"))
      .call(style, "height", `${this.list.rowHeight}px`)
      .call(asOptions, flagTotal(f));

    rows.select(".gb-label").call(text, (d) => d.label);
    rows
      .select(".gb-badges")
      .selectAll("span.gb-badge")
      .data((d) => d.badges)
      .join("span")
      .call(attr, "class", (b) => `gb-badge gb-flag-${b.part}`)
      .call(attr, "data-part", (b) => b.part)
      .call(text, (b) => `${b.icon} ${b.text}`);
  }
}
