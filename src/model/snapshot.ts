/** The steps from stored rows to a snapshot's households: dated rows, factors, dates, households, weights. */

import { FactorTable } from "./factors";
import { Message, UniqueMessages, message } from "./messages";

/** A row that was not used, with its line number and the reason. */
export interface Rejection {
  line: number;
  reason: Message;
}

/** The accepted rows as typed columns: ids into the builder's name lists, -1 for none. */
export interface StoredRows {
  line: Int32Array;
  household: Int32Array;
  factorText: Int32Array;
  leefgebied: Int32Array;
  wijk: Int32Array;
  source: Int32Array;
  /** Day number, NaN when the row has no date. */
  day: Float64Array;
  active: Uint8Array;
  parents: Int32Array;
  children: Int32Array;
  weight: Float64Array;
}

/** Row indices that count: when any row has a date, undated rows are rejected. */
export function keepDatedRows(rows: StoredRows): { kept: Int32Array; missing: Rejection[] } {
  const days = rows.day;
  let dated = 0;
  for (let i = 0; i < days.length; i++) if (days[i] === days[i]) dated++; // NaN !== NaN
  if (dated === 0) return { kept: Int32Array.from(days, (_, i) => i), missing: [] };
  const kept = new Int32Array(dated);
  const missing: Rejection[] = [];
  for (let i = 0, k = 0; i < days.length; i++) {
    if (days[i] === days[i]) kept[k++] = i;
    else missing.push({ line: rows.line[i], reason: message("dateMissing") });
  }
  return { kept, missing };
}

/** Interns the factors of the kept rows only, in file order, so rejected rows leave no trace. */
export function internFactors(
  rows: StoredRows,
  kept: Int32Array,
  factorTexts: readonly string[],
  leefgebieden: readonly string[],
): { factorTable: FactorTable; factorOf: Int32Array } {
  const factorTable = new FactorTable();
  const factorOf = new Int32Array(rows.line.length).fill(-1);
  // Extracts repeat a few (factor, leefgebied) spellings many times: match each pair once.
  const width = leefgebieden.length + 1;
  const size = factorTexts.length * width;
  const grid = size <= 1 << 20 ? new Int32Array(size).fill(-1) : null;
  const pairs = new Map<number, number>();
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k];
    const l = rows.leefgebied[i];
    const pair = rows.factorText[i] * width + l + 1;
    let f = grid ? grid[pair] : (pairs.get(pair) ?? -1);
    if (f < 0) {
      f = factorTable.intern(factorTexts[rows.factorText[i]], l >= 0 ? leefgebieden[l] : "");
      if (grid) grid[pair] = f;
      else pairs.set(pair, f);
    }
    factorOf[i] = f;
  }
  return { factorTable, factorOf };
}

/** The latest day and the latest day before it among the kept rows. */
export function snapshotDays(
  days: Float64Array,
  kept: Int32Array,
): { latest?: number; previous?: number } {
  let latest: number | undefined;
  let previous: number | undefined;
  for (let k = 0; k < kept.length; k++) {
    const d = days[kept[k]];
    if (Number.isNaN(d)) continue;
    if (latest === undefined || d > latest) {
      if (latest !== undefined) previous = latest;
      latest = d;
    } else if (d < latest && (previous === undefined || d > previous)) previous = d;
  }
  return { latest, previous };
}

/** The kept rows of one day (every kept row when `day` is undefined), optionally active ones only. */
export function rowsOfDay(
  rows: StoredRows,
  kept: Int32Array,
  day: number | undefined,
  activeOnly: boolean,
): Int32Array {
  const out = new Int32Array(kept.length);
  let n = 0;
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k];
    if (day !== undefined && rows.day[i] !== day) continue;
    if (activeOnly && rows.active[i] !== 1) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}

/** The households of the current rows, in order of first appearance, with district and composition. */
export function currentHouseholds(
  rows: StoredRows,
  current: Int32Array,
  householdKeys: readonly string[],
  wijken: readonly string[],
  warnings: UniqueMessages,
) {
  const index = new Int32Array(householdKeys.length).fill(-1);
  const keys: string[] = [];
  const ids: number[] = [];
  const wijk = new Int32Array(current.length);
  const parents = new Int32Array(current.length);
  const children = new Int32Array(current.length);
  for (let k = 0; k < current.length; k++) {
    const i = current[k];
    const id = rows.household[i];
    let h = index[id];
    if (h < 0) {
      h = index[id] = keys.push(householdKeys[id]) - 1;
      ids.push(id);
      wijk[h] = parents[h] = children[h] = -1;
    }
    const w = rows.wijk[i];
    if (w >= 0 && wijk[h] < 0) wijk[h] = w;
    else if (w >= 0 && w !== wijk[h]) {
      warnings.push(
        message("wijkDisagrees", { household: keys[h], wijk: wijken[wijk[h]], other: wijken[w] }),
      );
    }
    if (rows.parents[i] > parents[h]) parents[h] = rows.parents[i];
    if (rows.children[i] > children[h]) children[h] = rows.children[i];
  }
  const n = keys.length;
  return {
    index,
    /** The builder's household id of each household. */
    ids: Int32Array.from(ids),
    keys,
    wijk: wijk.slice(0, n),
    parents: parents.slice(0, n),
    children: children.slice(0, n),
  };
}

/** The weights the kept rows give per group: all distinct values, and the largest (NaN when none). */
export function datasetWeights(
  rows: StoredRows,
  kept: Int32Array,
  factorOf: Int32Array,
  factorTable: FactorTable,
) {
  const seen = factorTable.groups.map(() => new Set<number>());
  const last = new Float64Array(factorTable.groups.length).fill(NaN);
  const groupOf = Int32Array.from(factorTable.factors, (f) => f.group);
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k];
    const w = rows.weight[i];
    if (Number.isNaN(w)) continue;
    const g = groupOf[factorOf[i]];
    // Rows repeat a group's weight: skip the set when it is the value just added.
    if (w !== last[g]) seen[g].add((last[g] = w));
  }
  const values = seen.map((weights) => [...weights].sort((a, b) => a - b));
  const max = Float64Array.from(values, (list) => (list.length ? list[list.length - 1] : NaN));
  return { max, values };
}
