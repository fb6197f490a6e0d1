/** Orders households for the ranking with numeric comparisons only, the key order precomputed. */

/** What the ranking compares, per household. */
export interface RankInputs {
  priority: Float64Array;
  earlyWarning: Float64Array;
  domains: Uint8Array;
  /** Position of the household's key in code point order (distinct per household). */
  keyRank: Int32Array;
}

/**
 * The households with `inScope` set, by priority, early warning and domains (descending), then by
 * key in code point order. Scores take few distinct values, so the households are usually
 * counting-sorted, in key order, into one bucket per distinct (priority, early warning, domains);
 * otherwise a comparator sort does the same.
 */
export function rankOrder(inputs: RankInputs, inScope: Uint8Array): Int32Array {
  const ids: number[] = [];
  for (let h = 0; h < inScope.length; h++) if (inScope[h]) ids.push(h);
  return bucketOrder(inputs, ids) ?? comparedOrder(inputs, ids);
}

function comparedOrder(inputs: RankInputs, ids: number[]): Int32Array {
  const { priority, earlyWarning, domains, keyRank } = inputs;
  ids.sort(
    (a, b) =>
      priority[b] - priority[a] ||
      earlyWarning[b] - earlyWarning[a] ||
      domains[b] - domains[a] ||
      keyRank[a] - keyRank[b],
  );
  return Int32Array.from(ids);
}

function bucketOrder(inputs: RankInputs, ids: number[]): Int32Array | null {
  const { priority, earlyWarning, domains, keyRank } = inputs;
  const n = keyRank.length;
  const limit = Math.max(4096, 4 * ids.length);
  const p = descendingRanks(priority, ids, limit);
  const e = p && descendingRanks(earlyWarning, ids, limit);
  if (!p || !e) return null;
  let maxDomains = 0;
  for (const h of ids) if (domains[h] > maxDomains) maxDomains = domains[h];
  const D = maxDomains + 1;
  if (p.count * e.count * D > limit) return null;

  // Bucket per household (-1 out of scope); buckets run from the highest scores down.
  const bucket = new Int32Array(n).fill(-1);
  const start = new Int32Array(p.count * e.count * D + 1);
  for (let k = 0; k < ids.length; k++) {
    const h = ids[k];
    const b = (p.rank[k] * e.count + e.rank[k]) * D + (maxDomains - domains[h]);
    bucket[h] = b;
    start[b + 1]++;
  }
  for (let b = 1; b < start.length; b++) start[b] += start[b - 1];
  const byKey = new Int32Array(n);
  for (let h = 0; h < n; h++) byKey[keyRank[h]] = h;
  const order = new Int32Array(ids.length);
  for (let r = 0; r < n; r++) {
    const h = byKey[r];
    if (bucket[h] >= 0) order[start[bucket[h]]++] = h;
  }
  return order;
}

/**
 * Per listed household, the position of its value among the distinct values, largest first; null
 * when a value is NaN (no order) or there are more than `limit` distinct values.
 */
function descendingRanks(values: Float64Array, ids: readonly number[], limit: number) {
  // Map keys treat -0 and 0 as one value, as the comparator does.
  const firstSeen = new Map<number, number>();
  const distinct: number[] = [];
  const seen = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const v = values[ids[k]];
    let d = firstSeen.get(v);
    if (d === undefined) {
      if (v !== v || distinct.length === limit) return null;
      firstSeen.set(v, (d = distinct.push(v) - 1));
    }
    seen[k] = d;
  }
  const byValue = distinct.map((_, d) => d).sort((a, b) => distinct[b] - distinct[a]);
  const rankOf = new Int32Array(distinct.length);
  byValue.forEach((d, r) => (rankOf[d] = r));
  for (let k = 0; k < ids.length; k++) seen[k] = rankOf[seen[k]];
  return { rank: seen, count: distinct.length };
}
