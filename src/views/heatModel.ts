/** View model of the heat-matrix: rows of households (or districts) by life domain. */

import { scaleLinear } from "d3-scale";
import { DOMAINS, suppress } from "../model";
import { inkOn } from "./colour";
import { Frame, countText, countWords, domainLabel, householdLabel, householdName } from "./frame";
import { CellVM, ColumnVM, HeatRowVM, TipLine } from "./types";

/** A count's fill and the text colour that reads on it. */
interface Shading {
  fill: string;
  ink: string;
}

/** The shading of a count on the frame's sequential scale; null when not shaded. */
function shade(f: Frame, max: number): (n: number) => Shading | null {
  if (f.palette.highContrast) return () => null;
  const scale = scaleLinear<string>()
    .domain([1, Math.max(max, 2)])
    .range([f.options.colours.heatLow, f.options.colours.heatHigh])
    .clamp(true);
  // Counts take few values and every row repeats them: each is shaded once per draw.
  const known = new Map<number, Shading | null>();
  return (n) => {
    let shading = known.get(n);
    if (shading === undefined) {
      const fill = n > 0 ? scale(n) : null;
      known.set(n, (shading = fill === null ? null : { fill, ink: inkOn(fill) }));
    }
    return shading;
  };
}

function cell(f: Frame, text: string, aria: string, shading: Shading | null): CellVM {
  return shading
    ? { text, aria, ...shading }
    : { text, aria, fill: null, ink: f.palette.foreground };
}

/** The column headers: the household (or district) column, then the shown domains. */
export function heatColumns(f: Frame): ColumnVM[] {
  const first = f.wijken
    ? [{ text: f.l.t("Col_Wijk") }, { text: f.l.t("Col_Households") }]
    : [{ text: f.l.t("Col_Household") }];
  return [...first, ...f.domains.map((d) => ({ text: domainLabel(f, d) }))];
}

/** The number of rows the heat-matrix lists. */
export function heatTotal(f: Frame): number {
  return f.wijken ? f.wijken.length : f.items.length;
}

/** The heat-matrix rows in positions `from` to `to` (exclusive). */
export function heatRows(f: Frame, from: number, to: number): HeatRowVM[] {
  return f.wijken ? wijkRows(f, from, to) : householdRows(f, from, to);
}

function householdRows(f: Frame, from: number, to: number): HeatRowVM[] {
  const D = DOMAINS.length;
  const fill = shade(f, f.maxCell);
  const rows: HeatRowVM[] = [];
  for (let pos = from; pos < Math.min(to, f.items.length); pos++) {
    const h = f.items[pos];
    const name = householdName(f, h);
    const cells = f.domains.map((d) => {
      const n = f.table.domainCounts[h * D + d];
      return cell(
        f,
        f.l.number(n),
        f.l.t(n === 1 ? "Cell_Factor" : "Cell_Factors", { domain: domainLabel(f, d), value: n }),
        fill(n),
      );
    });
    const expanded = f.expanded === h;
    rows.push({
      pos,
      id: h,
      label: householdLabel(f, h),
      aria: name,
      selected: f.selected.has(h),
      dimmed: f.highlighted !== null && !f.highlighted[h],
      cells,
      expander: {
        expanded,
        label: f.l.t(expanded ? "Collapse" : "Expand", { label: name }),
        glyph: expanded ? "▾" : "▸",
      },
    });
  }
  return rows;
}

function wijkRows(f: Frame, from: number, to: number): HeatRowVM[] {
  const wijken = f.wijken ?? [];
  const k = f.settings.privacy.minGroupSize;
  const max = Math.max(
    0,
    ...wijken.flatMap((w) => (w.households < k ? [] : w.domains.filter((n) => n >= k))),
  );
  const fill = shade(f, max);
  const rows: HeatRowVM[] = [];
  for (let pos = from; pos < Math.min(to, wijken.length); pos++) {
    const w = wijken[pos];
    const small = w.households < k;
    const households = suppress(w.households, k);
    const cells = [
      cell(
        f,
        countText(f, households),
        `${f.l.t("Col_Households")}: ${countWords(f, households)}`,
        null,
      ),
    ];
    for (const d of f.domains) {
      if (small) {
        cells.push(cell(f, "–", f.l.t("Cell_Hidden", { domain: domainLabel(f, d) }), null));
        continue;
      }
      const shown = suppress(w.domains[d], k);
      const aria = f.l.t("Cell_Households", {
        domain: domainLabel(f, d),
        value: countWords(f, shown),
      });
      cells.push(
        cell(f, countText(f, shown), aria, typeof shown === "number" ? fill(shown) : null),
      );
    }
    rows.push({
      pos,
      id: pos,
      label: w.wijk,
      aria: f.l.t("Drill_Title", { wijk: w.wijk }),
      selected: w.members.some((h) => f.selected.has(h)),
      dimmed: f.highlighted !== null && !w.members.some((h) => f.highlighted?.[h]),
      cells,
      expander: small
        ? null
        : {
            expanded: false,
            label: `${f.l.t("Drill_Title", { wijk: w.wijk })}: ${f.l.t("Drill_Hint")}`,
            glyph: "→",
          },
    });
  }
  return rows;
}

/** Legend steps of the heat scale: up to five counts with their shading. */
export function heatLegend(f: Frame): CellVM[] {
  const k = f.settings.privacy.minGroupSize;
  const max = f.wijken
    ? Math.max(k, ...f.wijken.flatMap((w) => w.domains))
    : Math.max(1, f.maxCell);
  const from = f.wijken ? k : 1;
  const fill = shade(f, max);
  const steps = [...new Set([from, Math.round((from + max) / 2), max].filter((n) => n >= from))];
  return steps.map((n) => cell(f, f.l.number(n), f.l.number(n), fill(n)));
}

/** Tooltip of a heat-matrix row, or of one of its count cells (`col` indexes the row's cells; < 0: all). */
export function heatTip(f: Frame, pos: number, col: number): TipLine[] {
  const rows = heatRows(f, pos, pos + 1);
  if (!rows.length) return [];
  const row = rows[0];
  const lines: TipLine[] = [
    { displayName: f.wijken ? f.l.t("Col_Wijk") : f.l.t("Col_Household"), value: row.aria },
  ];
  const cells = col >= 0 ? [row.cells[col]].filter(Boolean) : row.cells;
  for (const c of cells) {
    const [name, ...rest] = c.aria.split(": ");
    lines.push({ displayName: name, value: rest.join(": ") });
  }
  return lines;
}
