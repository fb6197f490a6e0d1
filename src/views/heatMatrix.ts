/** The heat-matrix renderer: an ARIA grid with virtual rows, column headers and a legend. */

import { select } from "d3-selection";
import { attr, setAttr, setStyle, setText, style, text } from "./dom";
import { Frame, longLabels } from "./frame";
import { widestText } from "./measure";
import { heatColumns, heatLegend, heatRows, heatTotal } from "./heatModel";
import { Panel, PanelEvents } from "./panel";
import { HeatRowVM } from "./types";

/** Draws households (or districts) by life domain; column 0 is the expander, 1 the row header. */
export class HeatMatrixView extends Panel {
  private frame: Frame | null = null;
  private readonly header: HTMLDivElement;

  constructor(parent: HTMLElement, events: PanelEvents, height: () => number) {
    const header = parent.ownerDocument.createElement("div");
    super(parent, "heatMatrix", events, height, header);
    this.header = header;
    header.className = "gb-row gb-head";
    header.setAttribute("role", "row");
    header.setAttribute("aria-rowindex", "1");
    this.list.viewport.setAttribute("role", "grid");
    this.list.window.setAttribute("role", "rowgroup");
  }

  protected columns(): number {
    return this.frame ? heatColumns(this.frame).length + 1 : 1;
  }

  /** Draws the frame. */
  render(f: Frame): void {
    this.frame = f;
    setText(this.title, f.l.t("View_HeatMatrix"));
    const columns = heatColumns(f);
    setAttr(this.list.viewport, "aria-rowcount", heatTotal(f) + 1);
    setAttr(this.list.viewport, "aria-colcount", columns.length + 1);
    setStyle(this.list.viewport, "--gb-cols", String(columns.length - (f.wijken ? 2 : 1)));

    const head = [f.l.t("Col_Expand"), ...columns.map((c) => c.text)];
    select(this.header)
      .selectAll("div")
      .data(head)
      .join("div")
      .call(attr, "role", "columnheader")
      .call(attr, "class", (_, i) => (i === 0 ? "gb-cell gb-expander" : "gb-cell"))
      .call(attr, "aria-colindex", (_, i) => i + 1)
      // The expander column has no visible heading; it keeps its place in the row and a spoken name.
      .call(attr, "aria-label", (d, i) => (i === 0 ? d : null))
      .call(text, (d, i) => (i === 0 ? "" : d));

    // The row-header column fits its heading too ("Huishouden" in the reader's font and spacing).
    const fit = widestText(this.list.viewport, [...longLabels(f), head[1]], "gb-label");
    if (fit) setStyle(this.list.viewport, "--gb-label-fit", `${fit}px`);
    this.drawLegend(f);
    this.setEmpty(heatTotal(f) === 0 ? f.l.t("Empty_Households") : null);
    this.refresh(heatTotal(f));
  }

  private drawLegend(f: Frame): void {
    const legend = heatLegend(f);
    const top = select(this.top);
    top
      .selectAll("p.gb-legend-title")
      .data([f.wijken ? f.l.t("Legend_Households") : f.l.t("Legend_Factors")])
      .join("p")
      .call(attr, "class", "gb-legend-title")
      .call(attr, "id", `gb-legend-${this.kind}`)
      .call(text, (d) => d);
    top
      .selectAll("ul.gb-legend")
      .data([legend])
      .join("ul")
      .call(attr, "class", "gb-legend")
      .call(attr, "aria-labelledby", `gb-legend-${this.kind}`)
      .selectAll("li")
      .data((d) => d)
      .join("li")
      .call(attr, "class", "gb-swatch")
      .call(style, "background", (d) => d.fill ?? "transparent")
      .call(style, "color", (d) => d.ink)
      .call(text, (d) => d.text);
  }

  protected drawRows(from: number, to: number): void {
    const f = this.frame;
    if (!f) return;
    const rows = select(this.list.window)
      .selectAll<HTMLDivElement, HeatRowVM>("div.gb-row")
      .data(heatRows(f, from, to), (d) => String(d.pos))
      .join("div")
      .call(
        attr,
        "class",
        (d) => `gb-row${d.selected ? " gb-selected" : ""}${d.dimmed ? " gb-dimmed" : ""}`,
      )
      .call(attr, "role", "row")
      .call(attr, "aria-rowindex", (d) => d.pos + 2)
      .call(attr, "aria-selected", (d) => String(d.selected));

    rows
      .selectAll<HTMLDivElement, unknown>("div.gb-cell")
      .data((d) => cellsOf(d))
      .join("div")
      .call(attr, "class", (c) => c.className)
      .call(attr, "role", (c) => c.role)
      .call(attr, "data-pos", (c) => c.pos)
      .call(attr, "data-col", (c) => c.col)
      .call(attr, "aria-colindex", (c) => c.col + 1)
      .call(attr, "aria-label", (c) => c.aria)
      .call(attr, "aria-expanded", (c) => c.expanded)
      .call(attr, "aria-disabled", (c) => c.disabled)
      .call(style, "background", (c) => c.fill)
      .call(style, "color", (c) => c.ink)
      .call(text, (c) => c.text);
  }
}

interface CellDatum {
  pos: number;
  col: number;
  role: string;
  className: string;
  text: string;
  aria: string | null;
  fill: string | null;
  ink: string | null;
  expanded: string | null;
  disabled: string | null;
}

/** The cells of a row in column order: expander, row header, counts. */
function cellsOf(row: HeatRowVM): CellDatum[] {
  const base: Pick<CellDatum, "pos" | "fill" | "ink" | "expanded" | "disabled"> = {
    pos: row.pos,
    fill: null,
    ink: null,
    expanded: null,
    disabled: null,
  };
  const expander: CellDatum = row.expander
    ? {
        ...base,
        col: 0,
        role: "gridcell",
        className: "gb-cell gb-expander",
        text: row.expander.glyph,
        aria: row.expander.label,
        expanded: String(row.expander.expanded),
      }
    : {
        ...base,
        col: 0,
        role: "gridcell",
        className: "gb-cell gb-expander",
        text: "",
        aria: null,
        disabled: "true",
      };
  const header: CellDatum = {
    ...base,
    col: 1,
    role: "rowheader",
    className: "gb-cell gb-label",
    text: row.label,
    aria: row.aria,
  };
  const counts = row.cells.map((c, i) => ({
    ...base,
    col: i + 2,
    role: "gridcell",
    className: `gb-cell gb-count${c.fill ? " gb-shaded" : ""}`,
    text: c.text,
    aria: c.aria,
    fill: c.fill,
    ink: c.fill ? c.ink : null,
  }));
  return [expander, header, ...counts];
}
