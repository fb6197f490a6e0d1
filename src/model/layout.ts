/** Lays out a snapshot's active rows per household: distinct factors by code, sources, domains. */

import { DOMAINS } from "./catalogue";
import { FactorEntry } from "./factors";
import { compareCodePoints } from "./order";

/** The per-row columns the layout reads: household id, factor index and source id (-1 for none). */
export interface RowColumns {
  household: Int32Array;
  factor: Int32Array;
  source: Int32Array;
}

/** Each factor's position in code point order of the codes, so sorting needs no string compares. */
export function rankByCode(factors: readonly FactorEntry[]): Int32Array {
  const order = factors
    .map((_, i) => i)
    .sort((a, b) => compareCodePoints(factors[a].code, factors[b].code));
  const rank = new Int32Array(factors.length);
  order.forEach((f, r) => (rank[f] = r));
  return rank;
}

/**
 * Groups rows by household into distinct factors (sorted by code) with their sources, in time
 * linear in the rows and without allocating per household: the rows are counting-sorted by factor
 * code rank and then, stably, by household, so each household's rows arrive grouped by factor in
 * code order, each factor's rows in file order. `householdIndex` maps a household id to its place,
 * -1 to drop its rows.
 */
export function factorLayout(
  rows: ArrayLike<number>,
  columns: RowColumns,
  factors: readonly FactorEntry[],
  codeRank: Int32Array,
  householdIndex: Int32Array,
  n: number,
) {
  const D = DOMAINS.length;
  const sorted = sortRows(rows, columns, codeRank, householdIndex, n);
  const m = sorted.rows.length;

  const factorStart = new Int32Array(n + 1);
  const factorIds = new Int32Array(m);
  const sourceStart = new Int32Array(m + 1);
  const sourceIds = new Int32Array(m);
  const sourceCount = new Int32Array(n);
  const domainCounts = new Uint16Array(n * D);
  const domains = new Uint8Array(n);
  // Stamps: the entry a source was last listed for, and the household it was last counted for.
  let sourceMax = 0;
  for (let r = 0; r < m; r++) sourceMax = Math.max(sourceMax, columns.source[sorted.rows[r]] + 1);
  const listedFor = new Int32Array(sourceMax).fill(-1);
  const countedFor = new Int32Array(sourceMax).fill(-1);

  let entries = 0;
  let sourceTotal = 0;
  for (let h = 0; h < n; h++) {
    let distinctSources = 0;
    let f = -1;
    for (let r = sorted.start[h]; r < sorted.start[h + 1]; r++) {
      const i = sorted.rows[r];
      if (columns.factor[i] !== f) {
        f = columns.factor[i];
        if (entries > 0) sourceStart[entries] = sourceTotal;
        factorIds[entries++] = f;
        const cell = h * D + factors[f].domain;
        if (domainCounts[cell] === 0) domains[h]++;
        if (domainCounts[cell] < 0xffff) domainCounts[cell]++; // saturates rather than wrapping to 0
      }
      const s = columns.source[i];
      if (s < 0) continue;
      if (listedFor[s] !== entries - 1) {
        listedFor[s] = entries - 1;
        sourceIds[sourceTotal++] = s;
      }
      if (countedFor[s] !== h) {
        countedFor[s] = h;
        distinctSources++;
      }
    }
    sourceCount[h] = distinctSources;
    factorStart[h + 1] = entries;
  }
  sourceStart[entries] = sourceTotal;
  return {
    factorStart,
    factorIds: factorIds.slice(0, entries),
    sourceStart: sourceStart.slice(0, entries + 1),
    sourceIds: sourceIds.slice(0, sourceTotal),
    sourceCount,
    domainCounts,
    domains,
  };
}

/** Only the distinct factors per household, sorted by code: what a previous snapshot needs. */
export function factorLists(
  rows: ArrayLike<number>,
  columns: RowColumns,
  codeRank: Int32Array,
  householdIndex: Int32Array,
  n: number,
): { factorStart: Int32Array; factorIds: Int32Array } {
  const sorted = sortRows(rows, columns, codeRank, householdIndex, n);
  const factorStart = new Int32Array(n + 1);
  const factorIds = new Int32Array(sorted.rows.length);
  let entries = 0;
  for (let h = 0; h < n; h++) {
    let f = -1;
    for (let r = sorted.start[h]; r < sorted.start[h + 1]; r++) {
      const g = columns.factor[sorted.rows[r]];
      if (g !== f) factorIds[entries++] = f = g;
    }
    factorStart[h + 1] = entries;
  }
  return { factorStart, factorIds: factorIds.slice(0, entries) };
}

/** The rows of kept households grouped by household (`start` per household), by code within each. */
function sortRows(
  rows: ArrayLike<number>,
  columns: RowColumns,
  codeRank: Int32Array,
  householdIndex: Int32Array,
  n: number,
): { rows: Int32Array; start: Int32Array } {
  const byRank = new Int32Array(codeRank.length + 1);
  const start = new Int32Array(n + 1);
  let m = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const h = householdIndex[columns.household[i]];
    if (h < 0) continue;
    byRank[codeRank[columns.factor[i]] + 1]++;
    start[h + 1]++;
    m++;
  }
  for (let r = 1; r < byRank.length; r++) byRank[r] += byRank[r - 1];
  for (let h = 1; h <= n; h++) start[h] += start[h - 1];

  const ranked = new Int32Array(m);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (householdIndex[columns.household[i]] < 0) continue;
    ranked[byRank[codeRank[columns.factor[i]]]++] = i;
  }
  const grouped = new Int32Array(m);
  const next = start.slice(0, n);
  for (let k = 0; k < m; k++) {
    const i = ranked[k];
    grouped[next[householdIndex[columns.household[i]]]++] = i;
  }
  return { rows: grouped, start };
}
