/**
 * `npm run bench`: Gezinsbeeld against Vega-Lite, a naive d3 visual and the floor, side by side in
 * headless Chromium, on seeded data. Options: --json, --compare, --write-baseline, --sizes=a,b,c,
 * --quick (fewer runs), --no-package (use dist/ as it is), --verbose (raw samples of the visual),
 * --profile (see bench/node/profile.ts), --trace [--view=bars] (see bench/node/trace.ts),
 * --against=OTHER.pbiviz (this build and another in turns, see bench/node/against.ts).
 */

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { BenchApi } from "./page/main";
import { chromiumPath } from "../preview/chromium";
import { ORIGIN, Served, indexHtml, openPage } from "./node/browser";
import { measureAgainst } from "./node/against";
import { bundlePage, bundleVisualFromSource } from "./node/build";
import { datasetCsv } from "./node/dataset";
import { loadNow, machine } from "./node/machine";
import { weightObjects } from "./node/objects";
import { newestPbiviz, packageVisual, readPbiviz } from "./node/pbiviz";
import { hot, profileVisual } from "./node/profile";
import { traceVisual } from "./node/trace";
import {
  BenchResult,
  SizeResult,
  compare,
  formatResult,
  jsonLine,
  median,
  round2,
} from "./node/report";

const ROOT = join(__dirname, "..");
const BASELINE = join(ROOT, "bench/baseline.json");
const WIDTH = 1000;
const HEIGHT = 700;

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const sizes = (option("sizes") ?? "1000,5000,30000").split(",").map(Number);
const quick = flag("quick");
const started = Date.now();
const loadAtStart = loadNow();
const log = (line: string) =>
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

/** Runs per contender: fewer for the slow drawings at large sizes, to keep a run near two minutes. */
function runsFor(households: number) {
  if (quick)
    return { update: 3, reweight: 3, vegaLite: 1, vegaLiteCanvas: 1, naiveD3: 1, floor: 3 };
  if (households >= 20_000)
    return { update: 5, reweight: 7, vegaLite: 3, vegaLiteCanvas: 3, naiveD3: 3, floor: 9 };
  if (households >= 5_000)
    return { update: 7, reweight: 9, vegaLite: 5, vegaLiteCanvas: 3, naiveD3: 3, floor: 15 };
  return { update: 7, reweight: 9, vegaLite: 7, vegaLiteCanvas: 7, naiveD3: 7, floor: 15 };
}

type Call = <R>(fn: (b: BenchApi, arg: any) => Promise<R> | R, arg?: unknown) => Promise<R>; // eslint-disable-line @typescript-eslint/no-explicit-any

const caller =
  (page: Page): Call =>
  (fn, arg) =>
    page.evaluate(
      ({ source, arg }) =>
        new Function("b", "arg", `return (${source})(b, arg)`)((window as any).bench, arg),
      { source: fn.toString(), arg },
    ); // eslint-disable-line @typescript-eslint/no-explicit-any

async function measureSize(
  call: Call,
  households: number,
  guid: string,
  objects: [object, object],
): Promise<SizeResult> {
  const runs = runsFor(households);
  const { rows } = await call(
    (b, urls) => b.load(urls[0], urls[1]),
    [`/data/${households}.csv`, `/data/${households}-changed.csv`],
  );
  log(`  ${households} households, ${rows} rows: Gezinsbeeld…`);
  const v = await call((b, r) => b.visual(r), {
    guid,
    runs: runs.update,
    reweightRuns: runs.reweight,
    width: WIDTH,
    height: HEIGHT,
    objects,
  });
  if (flag("verbose"))
    log(
      `  samples: update ${v.updateMs.map(Math.round)}; weight change ${v.reweightMs.map(Math.round)}`,
    );
  if (!v.signalsRendering)
    log("  note: the visual sends no rendering-finished event; timed to the next painted frame");
  if (!v.reweightChangedView) log("  note: the weight change did not change what the visual shows");
  log("  floor…");
  const floor = await call((b, n) => b.floor(n), runs.floor);
  log("  Vega-Lite (svg)…");
  const vl = await call(
    (b, a) => b.vegaLite(a[0], "svg", a[1], a[2]),
    [runs.vegaLite, WIDTH, HEIGHT],
  );
  log("  Vega-Lite (canvas)…");
  const vlc = await call(
    (b, a) => b.vegaLite(a[0], "canvas", a[1], a[2]),
    [runs.vegaLiteCanvas, WIDTH, HEIGHT],
  );
  log("  naive d3…");
  const d3 = await call((b, a) => b.naiveD3(a[0], a[1], a[2]), [runs.naiveD3, WIDTH, HEIGHT]);
  return {
    households,
    rows,
    updateMs: median(v.updateMs),
    reweightMs: median(v.reweightMs),
    updateScriptMs: median(v.updateScriptMs),
    reweightScriptMs: median(v.reweightScriptMs),
    firstUpdateMs: round2(v.firstMs),
    domNodes: v.domNodes,
    vegaLiteMs: median(vl.ms),
    vegaLiteCanvasMs: median(vlc.ms),
    vegaLiteDomNodes: vl.domNodes,
    naiveD3Ms: median(d3.ms),
    naiveD3DomNodes: d3.domNodes,
    floorMs: median(floor.ms),
    runs,
  };
}

async function main(): Promise<void> {
  if (!flag("no-package")) {
    log("packaging the visual (npx pbiviz package)…");
    packageVisual(ROOT);
  }
  const packaged = readPbiviz(newestPbiviz(ROOT));
  const profile = flag("profile");
  const visualJs = profile ? await bundleVisualFromSource(ROOT, packaged.guid) : packaged.js;
  const files = new Map<string, Served>([
    ["/index.html", { body: indexHtml(), type: "text/html" }],
    ["/visual.js", { body: visualJs, type: "text/javascript" }],
    ["/visual.css", { body: packaged.css, type: "text/css" }],
    ["/page.js", { body: await bundlePage(ROOT), type: "text/javascript" }],
  ]);
  for (const n of sizes) {
    files.set(`/data/${n}.csv`, { body: datasetCsv(n), type: "text/csv" });
    files.set(`/data/${n}-changed.csv`, { body: datasetCsv(n, 2), type: "text/csv" });
  }
  const { objects, path } = weightObjects(packaged.capabilities);
  log(`visual ${packaged.file} (${packaged.bytes} bytes); weight change sets ${path}`);

  const { browser, page } = await openPage(files, WIDTH, HEIGHT, profile);
  try {
    const call = caller(page);
    const against = option("against");
    if (against) {
      const other = readPbiviz(against);
      files.set("/other/index.html", { body: indexHtml("/other"), type: "text/html" });
      files.set("/other/visual.js", { body: other.js, type: "text/javascript" });
      files.set("/other/visual.css", { body: other.css, type: "text/css" });
      const contenders = [
        { name: "this build", index: `${ORIGIN}/index.html` },
        { name: "the other", index: `${ORIGIN}/other/index.html` },
      ] as [{ name: string; index: string }, { name: string; index: string }];
      for (const n of sizes) {
        const request = { guid: packaged.guid, width: WIDTH, height: HEIGHT, objects };
        const runs = runsFor(n);
        const r = { ...request, runs: runs.update, reweightRuns: runs.reweight };
        for (const line of await measureAgainst(page, call, n, contenders, r, log))
          console.log(line);
      }
      return;
    }
    if (flag("trace")) {
      const view = option("view") ?? "all";
      const n = sizes[sizes.length - 1];
      for (const line of await traceVisual(page, call, n, packaged.guid, objects, view))
        console.log(line);
      return;
    }
    if (profile) {
      for (const line of await profileVisual(
        page,
        call,
        sizes[sizes.length - 1],
        packaged.guid,
        objects,
        visualJs,
      ))
        console.log(line);
      const lines = visualJs.split("\n");
      for (const [line, ticks] of [...(hot() ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 12))
        console.log(ticks, line, lines[line - 1]?.trim().slice(0, 150));
      return;
    }
    const results: SizeResult[] = [];
    for (const n of sizes) results.push(await measureSize(call, n, packaged.guid, objects));
    const missing = await call((b) => b.missingHostMembers());
    if (missing.length)
      log(`host members the visual asked for and the page lacks: ${missing.join(", ")}`);

    const result: BenchResult = {
      sizes: results,
      pbivizBytes: packaged.bytes,
      machine: machine(chromiumPath(), loadAtStart),
    };
    for (const line of formatResult(result)) console.log(line);
    if (flag("compare")) {
      if (existsSync(BASELINE))
        for (const line of compare(result, JSON.parse(readFileSync(BASELINE, "utf8"))))
          console.log(line);
      else console.log("no bench/baseline.json to compare with (write one with --write-baseline)");
    }
    if (flag("write-baseline")) {
      writeFileSync(BASELINE, JSON.stringify(result, null, 2) + "\n");
      log(`wrote ${BASELINE}`);
    }
    if (flag("json")) console.log(jsonLine(result));
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
