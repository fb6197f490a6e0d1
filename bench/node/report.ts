/** Medians, the readable table, the targets and the comparison with the committed baseline. */

/** The medians for one dataset size. */
export interface SizeResult {
  households: number;
  rows: number;
  updateMs: number;
  reweightMs: number;
  /** Of the update and the weight change, the time inside `update()`; the rest is the frame. */
  updateScriptMs: number;
  reweightScriptMs: number;
  firstUpdateMs: number;
  domNodes: number;
  vegaLiteMs: number;
  vegaLiteCanvasMs: number;
  vegaLiteDomNodes: number;
  naiveD3Ms: number;
  naiveD3DomNodes: number;
  floorMs: number;
  runs: Record<string, number>;
}

/** The whole run, as written to the baseline. */
export interface BenchResult {
  sizes: SizeResult[];
  pbivizBytes: number;
  machine: Record<string, string | number>;
}

/** A figure to two decimals: the timer's resolution in Chromium is 0.1 ms anyway. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The median of the samples (mean of the middle two for an even count), to two decimals. */
export function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return round2(s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2);
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (x: number): string => (x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(1)}×`);

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/** The readable report: medians per size, then ratios of the comparisons to Gezinsbeeld. */
export function formatResult(result: BenchResult): string[] {
  const medians = table(
    [
      "households",
      "rows",
      "update",
      "(script)",
      "reweight",
      "(script)",
      "first",
      "DOM",
      "VL svg",
      "VL canvas",
      "VL DOM",
      "naive d3",
      "d3 DOM",
      "floor",
    ],
    result.sizes.map((s) => [
      s.households.toLocaleString("en"),
      s.rows.toLocaleString("en"),
      ms(s.updateMs),
      ms(s.updateScriptMs),
      ms(s.reweightMs),
      ms(s.reweightScriptMs),
      ms(s.firstUpdateMs),
      String(s.domNodes),
      ms(s.vegaLiteMs),
      ms(s.vegaLiteCanvasMs),
      String(s.vegaLiteDomNodes),
      ms(s.naiveD3Ms),
      String(s.naiveD3DomNodes),
      ms(s.floorMs),
    ]),
  );
  const ratios = table(
    [
      "households",
      "VL svg / update",
      "VL canvas / update",
      "naive d3 / update",
      "update / floor",
      "reweight / floor",
    ],
    result.sizes.map((s) => [
      s.households.toLocaleString("en"),
      ratio(s.vegaLiteMs / s.updateMs),
      ratio(s.vegaLiteCanvasMs / s.updateMs),
      ratio(s.naiveD3Ms / s.updateMs),
      ratio(s.updateMs / s.floorMs),
      ratio(s.reweightMs / s.floorMs),
    ]),
  );
  const m = result.machine;
  return [
    `Machine: ${m.nproc} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.chromium}, Node ${m.node}, load average ${m.loadAverageAtStart} at start`,
    "Medians in milliseconds (script = inside update(), before the frame; DOM = nodes in the element)",
    ...medians,
    "",
    "Ratios (how many times slower the first is than the second)",
    ...ratios,
    "",
    ...targets(result).map((t) => `${t.met ? "met    " : "MISSED "} ${t.name}: ${t.value}`),
  ];
}

/** Each target of the issue with its measured value. */
export function targets(result: BenchResult): { name: string; value: string; met: boolean }[] {
  const big = result.sizes.reduce((a, b) => (b.households > a.households ? b : a));
  const maxDom = Math.max(...result.sizes.map((s) => s.domNodes));
  const kib = result.pbivizBytes / 1024;
  return [
    {
      name: `update at ${big.households} households ≤ 100 ms`,
      value: `${ms(big.updateMs)} ms`,
      met: big.updateMs <= 100,
    },
    {
      name: "≥ 30× faster than Vega-Lite",
      value: ratio(big.vegaLiteMs / big.updateMs),
      met: big.vegaLiteMs / big.updateMs >= 30,
    },
    { name: "weight change ≤ 16 ms", value: `${ms(big.reweightMs)} ms`, met: big.reweightMs <= 16 },
    { name: "DOM nodes ≤ 3,000 at every size", value: `max ${maxDom}`, met: maxDom <= 3000 },
    { name: ".pbiviz ≤ 200 KiB", value: `${kib.toFixed(1)} KiB`, met: kib <= 200 },
  ];
}

/** The JSON line: the largest size's figures, the package size and the ratios. */
export function jsonLine(result: BenchResult): string {
  const big = result.sizes.reduce((a, b) => (b.households > a.households ? b : a));
  const { runs, ...figures } = big;
  return JSON.stringify({
    ...figures,
    pbivizBytes: result.pbivizBytes,
    domNodesMax: Math.max(...result.sizes.map((s) => s.domNodes)),
    vegaLiteRatio: round2(big.vegaLiteMs / big.updateMs),
    naiveD3Ratio: round2(big.naiveD3Ms / big.updateMs),
    floorRatio: round2(big.updateMs / big.floorMs),
    runs,
    targetsMet: targets(result).every((t) => t.met),
  });
}

const COMPARED = [
  "updateMs",
  "reweightMs",
  "firstUpdateMs",
  "domNodes",
  "vegaLiteMs",
  "naiveD3Ms",
  "floorMs",
] as const;

/** Current ÷ baseline per metric and size; Gezinsbeeld's own figures more than 25 % worse are flagged. */
export function compare(current: BenchResult, baseline: BenchResult): string[] {
  const rows: string[][] = [];
  const flagged: string[] = [];
  for (const s of current.sizes) {
    const b = baseline.sizes.find((x) => x.households === s.households);
    if (!b) continue;
    for (const key of COMPARED) {
      const r = s[key] / b[key];
      const ours =
        key === "updateMs" || key === "reweightMs" || key === "firstUpdateMs" || key === "domNodes";
      const worse = ours && r > 1.25;
      if (worse) flagged.push(`${key} at ${s.households}`);
      rows.push([
        String(s.households),
        key,
        ms(b[key]),
        ms(s[key]),
        `${r.toFixed(2)}`,
        worse ? "REGRESSION?" : "",
      ]);
    }
  }
  const p = current.pbivizBytes / baseline.pbivizBytes;
  if (p > 1.25) flagged.push("pbivizBytes");
  rows.push([
    "-",
    "pbivizBytes",
    String(baseline.pbivizBytes),
    String(current.pbivizBytes),
    p.toFixed(2),
    p > 1.25 ? "REGRESSION?" : "",
  ]);
  return [
    "Compared with bench/baseline.json (ratio = current / baseline; comparisons show machine drift)",
    ...table(["households", "metric", "baseline", "current", "ratio", ""], rows),
    flagged.length
      ? `Possible regressions (> 25 % worse; rerun before believing it): ${flagged.join(", ")}`
      : "No metric of Gezinsbeeld is more than 25 % worse than the baseline.",
  ];
}
