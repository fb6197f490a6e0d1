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

/** Whether a string holds a UTF-16 surrogate (a character beyond U+FFFF). */
function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Each string's position in code point order; the strings must be distinct (household keys). */
export function codePointRanks(strings: readonly string[]): Int32Array {
  const rank = new Int32Array(strings.length);
  // One pass: without surrogates UTF-16 order is code point order, and `<` needs no loop in
  // JavaScript; Power BI sends category rows sorted, so the keys usually arrive in order already.
  let astral = false;
  let sorted = true;
  for (let i = 0; i < strings.length && !astral; i++) {
    astral = hasSurrogate(strings[i]);
    if (sorted && i > 0) sorted = strings[i - 1] < strings[i];
  }
  if (sorted && !astral) {
    for (let i = 0; i < rank.length; i++) rank[i] = i;
    return rank;
  }
  const order = Array.from(strings.keys());
  if (astral) order.sort((a, b) => compareCodePoints(strings[a], strings[b]));
  else order.sort((a, b) => (strings[a] < strings[b] ? -1 : strings[a] > strings[b] ? 1 : 0));
  for (let r = 0; r < order.length; r++) rank[order[r]] = r;
  return rank;
}
