/**
 * Writes that touch the DOM only when the value differs. A redraw with the same text, attribute
 * or custom property then leaves the element clean, so the browser restyles and lays out only
 * what really changed (a weight change moves a few bars, not every row's text).
 */

import { Selection } from "d3-selection";

/** Sets an element's text when it differs. */
export function setText(el: Element, text: string): void {
  // A single text node is updated in place; anything else is replaced.
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) {
    if (only.nodeValue !== text) only.nodeValue = text;
  } else if (el.textContent !== text) el.textContent = text;
}

/** Shows or hides an element when that differs. */
export function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/** Sets (or, for null, removes) an attribute when it differs. */
export function setAttr(el: Element, name: string, value: string | number | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
    return;
  }
  const written = String(value);
  if (el.getAttribute(name) !== written) el.setAttribute(name, written);
}

/**
 * Inline style values as last written here, per element. The browser reads a property back in its
 * own form ("rgb(…)" for "#…", a shorthand expanded), so comparing with that would always differ;
 * the views write inline styles only through `setStyle`.
 */
const STYLES = new WeakMap<HTMLElement, Map<string, string | null>>();

/** Sets (or, for null, removes) an inline style property or custom property when it differs. */
export function setStyle(el: HTMLElement, name: string, value: string | null): void {
  let written = STYLES.get(el);
  if (!written) STYLES.set(el, (written = new Map()));
  if (written.has(name) && written.get(name) === value) return;
  written.set(name, value);
  if (value === null) el.style.removeProperty(name);
  else el.style.setProperty(name, value);
}

type Value<D> = string | number | null | ((d: D, i: number) => string | number | null);

/** Any joined selection: the helpers below read only each element and its datum. */
export type Joined<D> = Selection<any, D, any, any>;

const valueOf = <D>(v: Value<D>, d: D, i: number) => (typeof v === "function" ? v(d, i) : v);

/** d3's `.text()` for `selection.call`: each element's text from its datum, written when it differs. */
export function text<D>(s: Joined<D>, v: Value<D>): void {
  s.each(function (d, i) {
    setText(this as Element, String(valueOf(v, d, i) ?? ""));
  });
}

/** d3's `.attr()` for `selection.call`: each element's attribute, written when it differs. */
export function attr<D>(s: Joined<D>, name: string, v: Value<D>): void {
  s.each(function (d, i) {
    setAttr(this as Element, name, valueOf(v, d, i));
  });
}

/** d3's `.style()` for `selection.call`: each element's style property, written when it differs. */
export function style<D>(s: Joined<D>, name: string, v: Value<D>): void {
  s.each(function (d, i) {
    const value = valueOf(v, d, i);
    setStyle(this as HTMLElement, name, value === null ? null : String(value));
  });
}
