import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

/** APIs that turn text into markup or code, reach the network, or keep data in the browser. */
const FORBIDDEN: [string, RegExp][] = [
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["document.write", /\bdocument\.write(ln)?\s*\(/],
  ["d3 .html()", /\.html\s*\(/],
  ["eval", /\beval\s*\(/],
  ["new Function", /\bnew\s+Function\b/],
  ["setTimeout with a string", /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ["fetch", /(^|[^.\w])fetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
  ["sendBeacon", /\bsendBeacon\b/],
  ["window.open", /\bwindow\.open\s*\(/],
  ["importScripts", /\bimportScripts\b/],
  ["localStorage", /\blocalStorage\b/],
  ["sessionStorage", /\bsessionStorage\b/],
  ["indexedDB", /\bindexedDB\b/],
  ["document.cookie", /\bdocument\.cookie\b/],
  [
    "host storage or URL services",
    /\b(storageService|storageV2Service|launchUrl|webAccessService|downloadService)\b/,
  ],
  ["an event-handler attribute", /setAttribute\(\s*["'`]on/i],
  ["a URL attribute", /(setAttribute|\.attr)\(\s*["'`](href|src|xlink:href|srcdoc|action)["'`]/i],
];

/** Source text without comments, so a comment that names an API (to forbid it) is not a use of it. */
export function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** The forbidden APIs a source text uses. */
export function forbiddenIn(text: string): string[] {
  const source = code(text);
  return FORBIDDEN.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe("the sources", () => {
  it("use no API that builds markup or code from text, reaches the network or stores data", () => {
    const found = files(join(ROOT, "src")).flatMap((path) =>
      forbiddenIn(readFileSync(path, "utf8")).map((api) => `${relative(ROOT, path)}: ${api}`),
    );
    expect(found).toEqual([]);
  });

  it("the scan sees each API when it is used, and not when a comment names it", () => {
    const uses = [
      "el.innerHTML = x;",
      "el.outerHTML",
      "el.insertAdjacentHTML('beforeend', x)",
      "document.write(x)",
      "sel.html(d => d)",
      "eval(x)",
      "new Function('return 1')",
      "setTimeout('x()', 1)",
      "await fetch(url)",
      "new XMLHttpRequest()",
      "new WebSocket(u)",
      "new EventSource(u)",
      "navigator.sendBeacon(u)",
      "window.open(u)",
      "importScripts(u)",
      "localStorage.getItem(k)",
      "sessionStorage.x",
      "indexedDB.open(n)",
      "document.cookie",
      "host.storageService.get()",
      "el.setAttribute('onclick', x)",
      "sel.attr('href', u)",
    ];
    expect(uses.map((u) => forbiddenIn(u).length)).toEqual(uses.map(() => 1));
    expect(
      forbiddenIn("// never innerHTML\n/* no fetch( here */ host.fetchMoreData(true);"),
    ).toEqual([]);
  });
});
