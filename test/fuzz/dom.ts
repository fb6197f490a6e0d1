/** Checks that nothing in the visual's DOM was built from data: tags, attribute names, ids and URLs. */

/** The elements the visual creates, all from constants. */
export const ALLOWED_TAGS = new Set([
  "DIV",
  "P",
  "H2",
  "H3",
  "SECTION",
  "BUTTON",
  "SPAN",
  "UL",
  "LI",
  "DL",
  "DT",
  "DD",
]);

/** The attributes the visual sets; anything else would have come from somewhere else. */
const ALLOWED_ATTRIBUTES = new Set([
  "class",
  "id",
  "role",
  "hidden",
  "type",
  "tabindex",
  "style",
  "lang",
  "dir",
  "title",
  "data-pos",
  "data-col",
  "data-part",
]);

/** URL-bearing attributes; the visual sets none. */
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "xlink:href",
  "action",
  "formaction",
  "srcdoc",
  "srcset",
  "poster",
  "data",
  "background",
]);

/** Values an attribute may take when it is set from constants or numbers. */
const ID = /^gb-[a-zA-Z-]+(-\d+)?$/;
const NUMBER = /^-?\d+$/;
const PART = /^(\d+|households|red|orange|early-warning|multi-domain|known-widely|rising)$/;

/** Every problem found under the root, as readable lines (empty when the DOM is safe). */
export function unsafeDom(root: Element): string[] {
  const problems: string[] = [];
  for (const el of elements(root)) {
    if (el !== root && !ALLOWED_TAGS.has(el.tagName)) problems.push(`element <${el.tagName}>`);
    if (el.namespaceURI !== XHTML) problems.push(`namespace ${el.namespaceURI}`);
    for (const name of el.getAttributeNames()) {
      if (ALLOWED_ATTRIBUTES.has(name) || name.startsWith("aria-")) {
        if (CHECKED.has(name)) problems.push(...checkValue(el, name, el.getAttribute(name) ?? ""));
        continue;
      }
      if (name.startsWith("on")) problems.push(`event attribute ${name}`);
      else if (URL_ATTRIBUTES.has(name))
        problems.push(`URL attribute ${name}=${el.getAttribute(name)}`);
      else problems.push(`attribute ${name} on <${el.tagName}>`);
    }
  }
  return problems;
}

const XHTML = "http://www.w3.org/1999/xhtml";
const REFS = [
  "aria-labelledby",
  "aria-describedby",
  "aria-controls",
  "aria-owns",
  "aria-activedescendant",
];
const CHECKED = new Set(["id", "data-pos", "data-col", "data-part", "style", ...REFS]);

/** Values of attributes that could carry data into a name, a reference or a URL. */
function checkValue(el: Element, name: string, value: string): string[] {
  if (name === "id") return ID.test(value) ? [] : [`id from data: ${value}`];
  if (name === "data-pos" || name === "data-col")
    return NUMBER.test(value) ? [] : [`${name}=${value}`];
  if (name === "data-part") return PART.test(value) ? [] : [`data-part=${value}`];
  if (name === "style")
    return /url\(|expression\(|javascript:|@import/i.test(value)
      ? [`style with a URL or script: ${value}`]
      : [];
  return value
    .split(/\s+/)
    .filter((ref) => ref && !ID.test(ref))
    .map((ref) => `${name} on <${el.tagName}> refers to ${ref}`);
}

/** Every piece of text a user or assistive technology can get from the DOM: text nodes and attribute values. */
export function domStrings(root: Element): string[] {
  const out: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.nodeValue ?? "");
  for (const el of elements(root))
    for (const attr of Array.from(el.attributes)) out.push(attr.value);
  return out;
}

/** The root and every element under it, in document order (a plain walk: jsdom's live collections are slow). */
export function elements(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    out.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  visit(root);
  return out;
}
