/** Creates page elements with text content only: nothing from data is ever parsed as HTML. */

/** A new element, with its text when given. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}
