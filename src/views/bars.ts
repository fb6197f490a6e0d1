/** The ranked priority bars renderer: a list of bars with segments, light marks and threshold lines. */

import { select } from "d3-selection";
import { barMarks, barRows, barTotal } from "./barModel";
import { Frame } from "./frame";
import { Panel, PanelEvents } from "./panel";
import { BarRowVM, MarkVM } from "./types";

/** Draws one bar per household (or district); marks at the orange and red thresholds. */
export class BarsView extends Panel {
  private frame: Frame | null = null;
  private readonly marks: HTMLDivElement;

  constructor(parent: HTMLElement, events: PanelEvents, height: () => number) {
    super(parent, "bars", events, height);
    this.list.viewport.setAttribute("role", "listbox");
    this.list.viewport.setAttribute("aria-multiselectable", "true");
    this.list.window.setAttribute("role", "presentation");
    this.marks = parent.ownerDocument.createElement("div");
    this.marks.className = "gb-marks";
    this.marks.setAttribute("aria-hidden", "true");
    this.list.viewport.before(this.marks);
  }

  protected columns(): number {
    return 1;
  }

  /** Draws the frame. */
  render(f: Frame): void {
    this.frame = f;
    this.title.textContent = f.l.t("View_Bars");
    const marks = barMarks(f);
    // The threshold values in words for everyone; the lines themselves are decoration.
    select(this.top)
      .selectAll("p.gb-scale")
      .data([marks.map((m) => m.text).join(" · ")])
      .join("p")
      .attr("class", "gb-scale")
      .text((d) => d);
    select(this.marks)
      .selectAll<HTMLDivElement, MarkVM>("div.gb-mark")
      .data(marks)
      .join("div")
      .attr("class", (m) => `gb-mark gb-mark-${m.light}`)
      .style("left", (m) => `${Math.min(100, m.at)}%`)
      .style("border-color", (m) =>
        f.palette.highContrast ? f.palette.foreground : f.options.colours[m.light],
      );
    this.setEmpty(barTotal(f) === 0 ? f.l.t("Empty_Households") : null);
    this.refresh(barTotal(f));
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
        return row;
      })
      .attr(
        "class",
        (d) => `gb-row gb-bar${d.selected ? " gb-selected" : ""}${d.dimmed ? " gb-dimmed" : ""}`,
      )
      .attr("role", "option")
      .attr("data-pos", (d) => d.pos)
      .attr("data-col", 0)
      .attr("aria-setsize", barTotal(f))
      .attr("aria-posinset", (d) => d.pos + 1)
      .attr("aria-selected", (d) => String(d.selected))
      .attr("aria-label", (d) => d.aria);

    rows.select(".gb-label").text((d) => d.label);
    rows
      .select(".gb-light")
      .attr("class", (d) => `gb-light gb-light-${d.light}`)
      .style("color", (d) =>
        d.light === "none" || f.palette.highContrast ? null : f.options.colours[d.light],
      )
      .text((d) => d.mark);
    rows.select(".gb-value").text((d) => d.value);
    rows
      .select(".gb-track")
      .selectAll("div")
      .data((d) => d.segments)
      .join("div")
      .attr("class", (s) => `gb-segment${s.hatched ? " gb-hatched" : ""}`)
      .attr("data-part", (s) => s.part)
      .style("left", (s) => `${s.left}%`)
      .style("width", (s) => `${s.width}%`)
      .style("background-color", (s) => s.fill);
  }
}
