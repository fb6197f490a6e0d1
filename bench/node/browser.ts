/** Starts headless Debian Chromium on an in-memory site: the page, the visual and the datasets. */

import { Browser, Page, chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../../preview/chromium";

/** The origin the page is served from; requests never leave the browser. */
export const ORIGIN = "http://bench.invalid";

const ARGS = [
  ...CHROMIUM_ARGS,
  // Frames are produced as soon as work allows, so timings are not rounded up to the 60 Hz tick.
  "--disable-gpu-vsync",
  "--disable-frame-rate-limit",
];

/** V8 flags: gc() lets the page collect garbage between runs, so one contender's garbage is not timed
 * in the next; when profiling, no inlining, so each function's time is its own. */
const jsFlags = (profiling: boolean) =>
  `--js-flags=--expose-gc${profiling ? " --no-turbo-inlining" : ""}`;

/** One served file. */
export interface Served {
  body: string | Buffer;
  type: string;
}

/** Opens the page with `files` served by path; any other request is refused. */
export async function openPage(
  files: Map<string, Served>,
  width: number,
  height: number,
  profiling = false,
): Promise<{ browser: Browser; page: Page }> {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ executablePath, args: [...ARGS, jsFlags(profiling)] });
  const page = await browser.newPage({ viewport: { width: width + 40, height: height + 40 } });
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? files.get(url.pathname) : undefined;
    if (!file) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, body: file.body, contentType: file.type });
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => process.stderr.write(`page: ${m.text()}\n`));
  await page.goto(`${ORIGIN}/index.html`);
  if (errors.length) throw new Error(`benchmark page failed: ${errors.join("; ")}`);
  return { browser, page };
}

/**
 * The page: a Power BI global for the visual to register in, its style, the visual, then the
 * harness; `visual` is the folder the visual's files are served from.
 */
export const indexHtml = (visual = "") => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Gezinsbeeld benchmark</title>
<style>body{margin:0;font-family:"Segoe UI",sans-serif}</style>
<link rel="stylesheet" href="${visual}/visual.css"></head>
<body><script>window.powerbi = { visuals: { plugins: {} } };</script>
<script src="${visual}/visual.js"></script><script src="/page.js"></script></body></html>`;
