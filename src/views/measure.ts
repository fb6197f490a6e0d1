/** Measures rendered text, so columns fit their longest text in the reader's font and spacing. */

/**
 * Measurements by what decided them. Reading a width forces a layout, so the views keep what they
 * measured; the map empties itself when full, so keys of old layouts do not pile up.
 */
export class Measurements<V> extends Map<string, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: string, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/**
 * The widest of `texts` drawn as `className` (bold, as a selected row draws it) inside `host`, in
 * pixels; 0 where nothing is laid out (a hidden view, or a test without layout) and the same
 * texts were not measured before.
 */
export function widestText(host: HTMLElement, texts: string[], className: string): number {
  if (texts.length === 0) return 0;
  // Measuring forces a layout; an update that changes neither the texts nor the styles (a weight
  // change, a selection) reuses the last widths. The visual's own fonts are fixed by its style
  // sheet, so the texts, the classes and the document's style sheets decide a width.
  // Limitation: a style sheet edited in place (not added or removed) is seen when the texts change.
  const sheets = host.ownerDocument.styleSheets.length;
  const key = [className, host.className, sheets, ...texts].join("\u0000");
  const known = MEASURED.get(key);
  if (known !== undefined) return known;
  if (!host.offsetParent) return 0;
  const width = measure(host, texts, className);
  MEASURED.set(key, width);
  return width;
}

/** Widths measured, by class, host, style sheets and texts. */
const MEASURED = new Measurements<number>(256);

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
    if (row && part.getBoundingClientRect().right > row.getBoundingClientRect().right + 1)
      return true;
  }
  return false;
}
