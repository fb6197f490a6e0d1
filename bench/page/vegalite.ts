/** The Deneb way: a Vega-Lite heat-matrix (households × leefgebieden) beside ranked priority bars. */

import * as vega from "vega";
import * as vl from "vega-lite";
import {
  DOMAIN_CODES,
  GROUP_OF_FACTOR,
  PRIORITY_GROUPS,
  matchFactor,
} from "../../src/model/catalogue";
import { formatDay, readDay } from "../../src/model/rows";
import { Columns } from "./csv";
import { afterPaint, countNodes, freshStage, settle } from "./frame";

type Row = Record<string, string | number | null>;

/** The weight table a report author would load beside the signals: factor text → group and weight. */
export function weightTable(data: Columns): Row[] {
  const weights = new Map(PRIORITY_GROUPS.map((g) => [g.code, g.weight]));
  const texts = data.cells.get("factor")!;
  const given = data.cells.get("gewicht");
  const groupOf = new Map<string, string>();
  const datasetWeights = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) {
    let group = groupOf.get(texts[i]);
    if (group === undefined) {
      const code = matchFactor(texts[i])?.code ?? texts[i];
      groupOf.set(texts[i], (group = GROUP_OF_FACTOR.get(code) ?? code));
    }
    // The dataset's own weight column wins over the defaults, the largest per group.
    const w = given?.[i] ? Number(given[i]) : NaN;
    if (w >= 0 && !(datasetWeights.get(group)! >= w)) datasetWeights.set(group, w);
  }
  return [...groupOf].map(([factor, groep]) => ({
    factor,
    groep,
    gewicht: datasetWeights.get(groep) ?? weights.get(groep) ?? 0,
  }));
}

/** The spec: same rules as the visual (latest snapshot, active rows, a group's weight counted once). */
export function spec(weights: Row[], width: number, height: number): vl.TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    data: { name: "dataset" },
    transform: [
      { filter: "datum.waarde === null || datum.waarde > 0" },
      { calculate: "time(toDate(datum.peildatum))", as: "dag" },
      { joinaggregate: [{ op: "max", field: "dag", as: "laatste" }] },
      { filter: "datum.dag === datum.laatste" },
      {
        lookup: "factor",
        from: { data: { values: weights }, key: "factor", fields: ["groep", "gewicht"] },
      },
      { window: [{ op: "row_number", as: "n" }], groupby: ["huishouden", "groep"] },
      { calculate: "datum.n === 1 ? datum.gewicht : 0", as: "telt" },
      { joinaggregate: [{ op: "sum", field: "telt", as: "prioriteit" }], groupby: ["huishouden"] },
    ],
    hconcat: [
      {
        transform: [
          {
            aggregate: [
              { op: "count", as: "signalen" },
              { op: "max", field: "prioriteit", as: "prioriteit" },
            ],
            groupby: ["huishouden", "leefgebied"],
          },
        ],
        mark: "rect",
        width: Math.round(width * 0.4),
        height,
        encoding: {
          x: { field: "leefgebied", type: "nominal", sort: [...DOMAIN_CODES], title: null },
          y: {
            field: "huishouden",
            type: "nominal",
            sort: { field: "prioriteit", op: "max", order: "descending" },
            axis: null,
          },
          color: { field: "signalen", type: "quantitative", scale: { scheme: "blues" } },
        },
      },
      {
        transform: [
          {
            aggregate: [{ op: "max", field: "prioriteit", as: "prioriteit" }],
            groupby: ["huishouden"],
          },
        ],
        mark: "bar",
        width: Math.round(width * 0.4),
        height,
        encoding: {
          y: { field: "huishouden", type: "nominal", sort: "-x", axis: null },
          x: { field: "prioriteit", type: "quantitative" },
          color: {
            condition: [
              { test: "datum.prioriteit >= 10", value: "#c0392b" },
              { test: "datum.prioriteit >= 5", value: "#e67e22" },
            ],
            value: "#27ae60",
          },
        },
      },
    ],
  } as vl.TopLevelSpec;
}

/** A peildatum as a typed date column reaches Deneb: one ISO spelling, whatever the source wrote. */
function isoDate(s: string): string | null {
  const day = readDay(s);
  return Number.isNaN(day) ? null : formatDay(day);
}

/** The rows as Deneb hands them to Vega: one plain object per row. Built fresh per run, untimed. */
export function rowObjects(data: Columns): Row[] {
  const names = data.names;
  const cols = names.map((n) => data.cells.get(n)!);
  const numeric = names.map((n) => ["waarde", "ouders", "kinderen", "gewicht"].includes(n));
  const rows: Row[] = new Array(data.rows);
  for (let i = 0; i < data.rows; i++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) {
      const s = cols[c][i];
      row[names[c]] = numeric[c]
        ? s === ""
          ? null
          : Number(s)
        : names[c] === "peildatum"
          ? isoDate(s)
          : s;
    }
    rows[i] = row;
  }
  return rows;
}

/** Times spec + data to a painted view, `runs` times; returns milliseconds and the DOM size. */
export async function benchVegaLite(
  data: Columns,
  runs: number,
  renderer: "svg" | "canvas",
  width: number,
  height: number,
) {
  const weights = weightTable(data);
  const ms: number[] = [];
  let domNodes = 0;
  for (let i = 0; i < runs; i++) {
    const rows = rowObjects(data);
    const stage = freshStage(width, height);
    // The previous run's view was torn down outside the timing; its garbage goes before this run.
    await settle("full");
    const t0 = performance.now();
    const compiled = vl.compile(spec(weights, width, height)).spec;
    const view = new vega.View(vega.parse(compiled), { renderer, container: stage, hover: true });
    view.data("dataset", rows);
    await view.runAsync();
    await afterPaint();
    ms.push(performance.now() - t0);
    domNodes = countNodes(stage);
    view.finalize();
    stage.remove();
  }
  return { ms, domNodes };
}
