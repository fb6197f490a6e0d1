/** Measures rendered text, so columns fit their longest text in the reader's font and spacing. */

/**
 * The widest of `texts` drawn as `className` (bold, as a selected row draws it) inside `host`, in
 * pixels; 0 where nothing is laid out (a hidden view, or a test without layout).
 */
export function widestText(host: HTMLElement, texts: string[], className: string): number {
  if (texts.length === 0 || !host.offsetParent) return 0;
  const doc = host.ownerDocument;
  const box = doc.createElement("div");
  box.className = "gb-measure";
  box.setAttribute("aria-hidden", "true");
  for (const text of texts) {
    const span = box.appendChild(doc.createElement("span"));
    span.className = className;
    span.textContent = text;
  }
  host.append(box);
  const width = Math.max(...Array.from(box.children, (span) => span.getBoundingClientRect().width));
  box.remove();
  return Math.ceil(width);
}

/** Whether any label, light, value or badge drawn under `root` is cut off (its text wider than its box). */
export function cutOff(root: HTMLElement): boolean {
  const parts = root.querySelectorAll<HTMLElement>(".gb-label, .gb-light, .gb-value, .gb-badge");
  for (const part of Array.from(parts)) {
    if (part.clientWidth > 0 && part.scrollWidth > part.clientWidth + 1) return true;
    const row = part.closest<HTMLElement>(".gb-row");
    if (row && part.getBoundingClientRect().right > row.getBoundingClientRect().right + 1) return true;
  }
  return false;
}
