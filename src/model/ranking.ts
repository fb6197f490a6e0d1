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
  let count = 0;
  for (let h = 0; h < inScope.length; h++) count += inScope[h] ? 1 : 0;
  const ids = new Int32Array(count);
  for (let h = 0, k = 0; h < inScope.length; h++) if (inScope[h]) ids[k++] = h;
  return bucketOrder(inputs, ids) ?? comparedOrder(inputs, ids);
}

function comparedOrder(inputs: RankInputs, ids: Int32Array): Int32Array {
  const { priority, earlyWarning, domains, keyRank } = inputs;
  return ids.sort(
    (a, b) =>
      priority[b] - priority[a] ||
      earlyWarning[b] - earlyWarning[a] ||
      domains[b] - domains[a] ||
      keyRank[a] - keyRank[b],
  );
}

function bucketOrder(inputs: RankInputs, ids: Int32Array): Int32Array | null {
  const { priority, earlyWarning, domains, keyRank } = inputs;
  const n = keyRank.length;
  const limit = Math.max(4096, 4 * ids.length);
  const p = descendingRanks(priority, ids, limit);
  const e = p && descendingRanks(earlyWarning, ids, limit);
  if (!p || !e) return null;
  let maxDomains = 0;
  for (let k = 0; k < ids.length; k++)
    if (domains[ids[k]] > maxDomains) maxDomains = domains[ids[k]];
  const D = maxDomains + 1;
  if (p.count * e.count * D > limit) return null;

  // Bucket + 1 per household (0 out of scope); buckets run from the highest scores down.
  const bucketOf = new Int32Array(n);
  const start = new Int32Array(p.count * e.count * D + 1);
  for (let k = 0; k < ids.length; k++) {
    const h = ids[k];
    const b = (p.rank[k] * e.count + e.rank[k]) * D + (maxDomains - domains[h]);
    bucketOf[h] = b + 1;
    start[b + 1]++;
  }
  for (let b = 1; b < start.length; b++) start[b] += start[b - 1];
  const byKey = keyOrder(keyRank);
  const order = new Int32Array(ids.length);
  for (let r = 0; r < n; r++) {
    const h = byKey[r];
    const b = bucketOf[h];
    if (b > 0) order[start[b - 1]++] = h;
  }
  return order;
}

/** The households in key order, kept per table: keys do not change when weights do. */
function keyOrder(keyRank: Int32Array): Int32Array {
  let byKey = KEY_ORDERS.get(keyRank);
  if (!byKey) {
    byKey = new Int32Array(keyRank.length);
    for (let h = 0; h < keyRank.length; h++) byKey[keyRank[h]] = h;
    KEY_ORDERS.set(keyRank, byKey);
  }
  return byKey;
}

const KEY_ORDERS = new WeakMap<Int32Array, Int32Array>();

/**
 * Per listed household, the position of its value among the distinct values, largest first; null
 * when a value is NaN (no order) or there are more than `limit` distinct values.
 */
function descendingRanks(values: Float64Array, ids: Int32Array, limit: number) {
  const distinct = new DistinctNumbers();
  const seen = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const v = values[ids[k]];
    if (v !== v) return null;
    const d = distinct.id(v);
    if (d === limit) return null;
    seen[k] = d;
  }
  const list = distinct.values;
  const byValue = list.map((_, d) => d).sort((a, b) => list[b] - list[a]);
  const rankOf = new Int32Array(list.length);
  byValue.forEach((d, r) => (rankOf[d] = r));
  for (let k = 0; k < ids.length; k++) seen[k] = rankOf[seen[k]];
  return { rank: seen, count: list.length };
}

/**
 * Numbers by order of first appearance, found by a hash of their bits: a `Map` with number keys
 * costs several times more per lookup, and a ranking looks up every household twice.
 */
class DistinctNumbers {
  readonly values: number[] = [];
  /** Open addressing: 0 is an empty slot, else the value's index + 1. */
  private slots = new Int32Array(1024);
  private readonly bits = new Float64Array(1);
  private readonly words = new Uint32Array(this.bits.buffer);

  /** The index of `v` (-0 and 0 are one value, as in comparisons). */
  id(v: number): number {
    const value = v + 0;
    const mask = this.slots.length - 1;
    let slot = this.hash(value) & mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      if (this.values[entry - 1] === value) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.values.push(value) - 1;
    this.slots[slot] = id + 1;
    if (2 * this.values.length > this.slots.length) this.grow();
    return id;
  }

  private hash(v: number): number {
    // Whole and half numbers have zeros in their low bits: fold the high bits down before mixing.
    this.bits[0] = v;
    let h = this.words[0] ^ this.words[1];
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.values.forEach((value, id) => {
      let slot = this.hash(value) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    });
  }
}
