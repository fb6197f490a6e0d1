/** Measures rendered text, so columns fit their longest text in the reader's font and spacing. */

/**
 * The widest of `texts` drawn as `className` (bold, as a selected row draws it) inside `host`, in
 * pixels; 0 where nothing is laid out (a hidden view, or a test without layout).
 */
export function widestText(host: HTMLElement, texts: string[], className: string): number {
  if (texts.length === 0 || !laidOut(host)) return 0;
  // Measuring forces a layout; an update that changes neither the texts nor the font (a weight
  // change, a selection) reuses the last widths. The key holds what the width depends on.
  // Limitation: a style that changes only the measured class, not the host's font, is seen
  // when the texts change.
  const style = host.ownerDocument.defaultView?.getComputedStyle(host);
  const font = style
    ? [style.fontFamily, style.fontSize, style.fontWeight, style.fontStyle, style.fontStretch]
    : [];
  const spacing = style ? [style.letterSpacing, style.wordSpacing, style.textTransform] : [];
  const key = [className, ...font, ...spacing, ...texts].join("\u0000");
  const known = MEASURED.get(key);
  if (known !== undefined) return known;
  const width = measure(host, texts, className);
  if (MEASURED.size >= 256) MEASURED.clear();
  MEASURED.set(key, width);
  return width;
}

/** Widths measured, by class, font and texts. */
const MEASURED = new Map<string, number>();

/** Whether the element has a box; checkVisibility needs no layout where offsetParent forces one. */
function laidOut(host: HTMLElement): boolean {
  if (typeof host.checkVisibility === "function") return host.checkVisibility();
  return Boolean(host.offsetParent);
}

function measure(host: HTMLElement, texts: string[], className: string): number {
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
