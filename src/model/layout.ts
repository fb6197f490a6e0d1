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
 * linear in the rows. `householdIndex` maps a household id to its place, -1 to drop its rows.
 */
export function factorLayout(
  rows: readonly number[],
  columns: RowColumns,
  factors: readonly FactorEntry[],
  codeRank: Int32Array,
  householdIndex: Int32Array,
  n: number,
) {
  const byHousehold = bucket(rows, (i) => householdIndex[columns.household[i]], n);
  const D = DOMAINS.length;

  const factorStart = new Int32Array(n + 1);
  const factorIds: number[] = [];
  const sourceStart: number[] = [0];
  const sourceIds: number[] = [];
  const sourceCount = new Int32Array(n);
  const domainCounts = new Uint16Array(n * D);
  const domains = new Uint8Array(n);

  for (let h = 0; h < n; h++) {
    const sourcesOf = new Map<number, Set<number>>();
    const all = new Set<number>();
    for (const i of byHousehold[h]) {
      const f = columns.factor[i];
      let own = sourcesOf.get(f);
      if (!own) sourcesOf.set(f, (own = new Set()));
      const s = columns.source[i];
      if (s < 0) continue;
      own.add(s);
      all.add(s);
    }

    const distinct = [...sourcesOf.keys()].sort((a, b) => codeRank[a] - codeRank[b]);
    for (const f of distinct) {
      for (const s of sourcesOf.get(f)!) sourceIds.push(s);
      factorIds.push(f);
      sourceStart.push(sourceIds.length);
      const cell = h * D + factors[f].domain;
      if (domainCounts[cell] === 0) domains[h]++;
      if (domainCounts[cell] < 0xffff) domainCounts[cell]++; // saturates rather than wrapping to 0
    }
    sourceCount[h] = all.size;
    factorStart[h + 1] = factorIds.length;
  }
  return {
    factorStart,
    factorIds: Int32Array.from(factorIds),
    sourceStart: Int32Array.from(sourceStart),
    sourceIds: Int32Array.from(sourceIds),
    sourceCount,
    domainCounts,
    domains,
  };
}

/** Splits row indices into one list per bucket, keeping their order; a key below 0 drops the row. */
function bucket(rows: readonly number[], key: (row: number) => number, n: number): number[][] {
  const lists: number[][] = Array.from({ length: n }, (): number[] => []);
  for (const i of rows) {
    const k = key(i);
    if (k >= 0) lists[k].push(i);
  }
  return lists;
}
