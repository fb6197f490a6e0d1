/**
 * The ranked priority bars renderer: a list of bars, each drawn as its track's background
 * (segments, hatching and threshold lines), with light marks and values as text.
 */

import { select } from "d3-selection";
import {
  barBackground,
  barMarks,
  barRows,
  barTotal,
  lightMark,
  longValues,
  segmentAt,
  thresholdLines,
} from "./barModel";
import { contrast } from "./colour";
import { attr, setStyle, setText, style, text } from "./dom";
import { Frame } from "./frame";
import { ListboxPanel, asOptions, optionClass } from "./listboxPanel";
import { widestText } from "./measure";
import { PanelEvents, spaceOut } from "./panel";
import { BarRowVM, MarkVM } from "./types";

/** Draws one bar per household (or district); marks at the orange and red thresholds. */
export class BarsView extends ListboxPanel {
  private frame: Frame | null = null;
  private marks: MarkVM[] = [];

  constructor(parent: HTMLElement, events: PanelEvents, height: () => number) {
    super(parent, "bars", events, height);
  }

  /** Draws the frame. */
  render(f: Frame): void {
    this.frame = f;
    setText(this.title, f.l.t("View_Bars"));
    this.marks = barMarks(f);
    // The threshold values in words for everyone; the lines themselves are decoration.
    select(this.top)
      .selectAll("p.gb-scale")
      .data([this.marks.map((m) => m.text).join(" · ")])
      .join("p")
      .call(attr, "class", "gb-scale")
      .call(text, (d) => d);
    // Every row's light as wide as the widest light word drawn, so all tracks start at one place.
    const lights = (["red", "orange", "green"] as const).map((light) => lightMark(f, light));
    const light = widestText(this.list.viewport, lights, "gb-light");
    setStyle(this.list.viewport, "--gb-light-fit", light ? `${light + 2}px` : "0px");
    const values = longValues(f);
    const measured = widestText(this.list.viewport, values, "gb-value");
    const chars = Math.max(0, ...values.map((v) => v.length));
    setStyle(
      this.list.viewport,
      "--gb-value-fit",
      measured ? `${measured + 2}px` : `calc(${chars}ch + 6px)`,
    );
    this.setEmpty(barTotal(f) === 0 ? f.l.t("Empty_Households") : null);
    this.refresh(barTotal(f));
  }

  /** The light and value column widths of the last draw: what the bar rows' texts are fitted to. */
  widths(): string {
    const style = this.list.viewport.style;
    return `${style.getPropertyValue("--gb-light-fit")}|${style.getPropertyValue("--gb-value-fit")}`;
  }

  protected drawRows(from: number, to: number): void {
    const f = this.frame;
    if (!f) return;
    const rows = select(this.list.window)
      .selectAll<HTMLDivElement, BarRowVM>("div.gb-bar")
      .data(barRows(f, from, to), (d) => String(d.pos))
      .join((enter) => {
        const row = enter.append("div");
        row.append("span").attr("class", "gb-label");
        row.append("span").attr("class", "gb-light");
        row.append("div").attr("class", "gb-track");
        row.append("span").attr("class", "gb-value");
        // Hidden, yet read as the description: aria-describedby includes hidden text.
        row.append("span").attr("class", "gb-description").attr("hidden", "");
        return row.each(spaceOut);
      })
      .call(attr, "class", optionClass("gb-bar"))
      .call(asOptions, barTotal(f))
      .call(attr, "aria-describedby", (d) =>
        d.description ? `gb-bar-description-${d.pos}` : null,
      );

    rows.select(".gb-label").call(text, (d) => d.label);
    rows
      .select(".gb-description")
      .call(attr, "id", (d) => (d.description ? `gb-bar-description-${d.pos}` : null))
      .call(text, (d) => d.description);
    rows
      .select(".gb-light")
      .call(attr, "class", (d) => `gb-light gb-light-${d.light}`)
      .call(style, "color", (d) => {
        if (d.light === "none" || f.palette.highContrast) return null;
        // A report's own light colour colours the word only where it stays legible (AA, 4.5:1).
        const colour = f.options.colours[d.light];
        return contrast(colour, f.palette.background) >= 4.5 ? colour : null;
      })
      .call(text, (d) => d.mark);
    rows.select(".gb-value").call(text, (d) => d.value);
    // Threshold lines are drawn in every row's track (not laid over the list), so they never cover
    // the row's text and line up with the bars at any zoom.
    const marks = thresholdLines(this.marks, (m) =>
      f.palette.highContrast ? f.palette.foreground : f.options.colours[m.light],
    );
    rows
      .select(".gb-track")
      .call(style, "--gb-lines", marks.lines)
      .call(style, "--gb-lines-size", marks.size)
      .call(style, "--gb-lines-at", marks.at)
      .each(function (d) {
        const track = this as HTMLElement;
        const { bar, hatch, hatchSize, hatchAt } = barBackground(d.segments, f.palette.background);
        setStyle(track, "--gb-bar", bar);
        setStyle(track, "--gb-hatch", hatch);
        setStyle(track, "--gb-hatch-size", hatchSize);
        setStyle(track, "--gb-hatch-at", hatchAt);
      });
  }

  /** The part of a bar under the pointer: the segment at its place along the track. */
  protected override partAt(e: MouseEvent): string | null {
    const track = (e.target as Element).closest<HTMLElement>(".gb-track");
    const row = track?.closest<HTMLElement>("[data-pos]");
    if (!track || !row || !this.frame) return super.partAt(e);
    const box = track.getBoundingClientRect();
    if (box.width <= 0) return null;
    const bar = barRows(this.frame, Number(row.dataset.pos), Number(row.dataset.pos) + 1)[0];
    const percent = (100 * (e.clientX - box.left)) / box.width;
    return (bar && segmentAt(bar.segments, percent)?.part) ?? null;
  }
}
