/** Code point order for strings: JavaScript's `<` compares UTF-16 units, which misorders astral characters. */

/** Compares two strings by Unicode code point. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Each string's position in code point order; the strings must be distinct (household keys). */
export function codePointRanks(strings: readonly string[]): Int32Array {
  const order = Array.from(strings.keys());
  // Without surrogates UTF-16 order is code point order, and `<` needs no loop in JavaScript.
  if (strings.some((s) => SURROGATE.test(s)))
    order.sort((a, b) => compareCodePoints(strings[a], strings[b]));
  else order.sort((a, b) => (strings[a] < strings[b] ? -1 : strings[a] > strings[b] ? 1 : 0));
  const rank = new Int32Array(strings.length);
  for (let r = 0; r < order.length; r++) rank[order[r]] = r;
  return rank;
}
