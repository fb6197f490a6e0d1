/** Checks that nothing in the visual's DOM was built from data: tags, attribute names, ids and URLs. */

/** The elements the visual creates, all from constants. */
export const ALLOWED_TAGS = new Set([
  "DIV", "P", "H2", "H3", "SECTION", "BUTTON", "SPAN", "UL", "LI", "DL", "DT", "DD",
]);

/** The attributes the visual sets; anything else would have come from somewhere else. */
const ALLOWED_ATTRIBUTES = new Set([
  "class", "id", "role", "hidden", "type", "tabindex", "style",
  "data-pos", "data-col", "data-part",
]);

/** URL-bearing attributes; the visual sets none. */
const URL_ATTRIBUTES = new Set(["href", "src", "xlink:href", "action", "formaction", "srcdoc", "srcset", "poster", "data", "background"]);

/** Values an attribute may take when it is set from constants or numbers. */
const ID = /^gb-[a-zA-Z-]+$/;
const NUMBER = /^-?\d+$/;
const PART = /^(\d+|households|red|orange|early-warning|multi-domain|known-widely|rising)$/;

/** Every problem found under the root, as readable lines (empty when the DOM is safe). */
export function unsafeDom(root: Element): string[] {
  const problems: string[] = [];
  const all = [root, ...Array.from(root.getElementsByTagName("*"))];
  for (const el of all) {
    if (el !== root && !ALLOWED_TAGS.has(el.tagName)) problems.push(`element <${el.tagName}>`);
    if (el.namespaceURI !== "http://www.w3.org/1999/xhtml") problems.push(`namespace ${el.namespaceURI}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`event attribute ${name}`);
      if (URL_ATTRIBUTES.has(name)) problems.push(`URL attribute ${name}=${attr.value}`);
      if (!ALLOWED_ATTRIBUTES.has(name) && !name.startsWith("aria-"))
        problems.push(`attribute ${name} on <${el.tagName}>`);
      if (name === "id" && !ID.test(attr.value)) problems.push(`id from data: ${attr.value}`);
      if ((name === "data-pos" || name === "data-col") && !NUMBER.test(attr.value))
        problems.push(`${name}=${attr.value}`);
      if (name === "data-part" && !PART.test(attr.value)) problems.push(`data-part=${attr.value}`);
      if (name === "style" && /url\(|expression\(|javascript:|@import/i.test(attr.value))
        problems.push(`style with a URL or script: ${attr.value}`);
      if (/^aria-(labelledby|describedby|controls|owns|activedescendant)$/.test(name)) {
        for (const ref of attr.value.split(/\s+/))
          if (!ID.test(ref)) problems.push(`${name} refers to ${ref}`);
      }
    }
  }
  return problems;
}

/** Every piece of text a user or assistive technology can get from the DOM: text nodes and attribute values. */
export function domStrings(root: Element): string[] {
  const out: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.nodeValue ?? "");
  for (const el of [root, ...Array.from(root.getElementsByTagName("*"))])
    for (const attr of Array.from(el.attributes)) out.push(attr.value);
  return out;
}
