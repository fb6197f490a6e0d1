/** The DataView Power BI would send, built with the preview's builder from the benchmark's CSV columns. */

import { buildDataView as previewDataView } from "../../preview/dataview";
import { COLUMNS, Column, RawRow } from "../../src/model/rows";
import { Columns } from "./csv";

type Anything = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A DataView and the categorical object a weight change keeps. */
export interface BuiltDataView {
  dataView: Anything;
  categorical: Anything;
}

const templates = new WeakMap<Columns, Anything>();

/** The preview's DataView for these columns, built once per dataset (identities are costly to make). */
function template(data: Columns): Anything {
  let dv = templates.get(data);
  if (dv) return dv;
  const columns: Column[] = [];
  const names: string[] = [];
  for (const col of COLUMNS) {
    const name = data.names.find((n) => n === col.name || n === col.alias);
    if (name) (columns.push(col.name), names.push(name));
  }
  const cells = names.map((n) => data.cells.get(n)!);
  const rows: RawRow[] = new Array(data.rows);
  for (let i = 0; i < data.rows; i++) {
    const row: RawRow["cells"] = {};
    for (let c = 0; c < columns.length; c++) row[columns[c]] = cells[c][i];
    rows[i] = { line: i + 2, cells: row };
  }
  dv = previewDataView({ rows, columns, decimalComma: false });
  templates.set(data, dv);
  return dv;
}

/**
 * A new DataView with new arrays, as Power BI sends after a data change; the visual cannot tell it
 * from the previous one by identity. Copying the template's arrays keeps this step cheap (untimed).
 */
export function buildDataView(data: Columns, objects: Record<string, unknown> = {}): BuiltDataView {
  const t = template(data);
  const categories = t.categorical.categories.map((c: Anything) => ({
    source: c.source,
    values: c.values.slice(),
    identity: c.identity?.slice(),
  }));
  const values: Anything = t.categorical.values.map((v: Anything) => ({
    source: v.source,
    values: v.values.slice(),
  }));
  values.grouped = () => [{ values }];
  const categorical = { categories, values };
  return {
    dataView: { metadata: { columns: t.metadata.columns, objects }, categorical },
    categorical,
  };
}

/** The same rows with other format-pane objects: what Power BI sends after a weight change. */
export function withObjects(built: BuiltDataView, objects: Record<string, unknown>): unknown {
  return {
    metadata: { columns: built.dataView.metadata.columns, objects },
    categorical: built.categorical,
  };
}
