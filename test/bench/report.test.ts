/** The benchmark's report: the JSON line a CI job reads, and the comparison with the baseline. */

import { describe, expect, it } from "vitest";
import { againstLines } from "../../bench/node/against";
import { BenchResult, SizeResult, compare, jsonLine, targets } from "../../bench/node/report";

const size = (households: number, over: Partial<SizeResult> = {}): SizeResult => ({
  households,
  rows: households * 4,
  updateMs: 50,
  reweightMs: 8,
  updateScriptMs: 40,
  reweightScriptMs: 5,
  firstUpdateMs: 80,
  domNodes: 1500,
  vegaLiteMs: 3000,
  vegaLiteCanvasMs: 2000,
  vegaLiteDomNodes: 80000,
  naiveD3Ms: 6000,
  naiveD3DomNodes: 300000,
  floorMs: 10,
  runs: { update: 5 },
  ...over,
});

const result = (sizes: SizeResult[], pbivizBytes = 45000): BenchResult => ({
  sizes,
  pbivizBytes,
  machine: {},
});

describe("the benchmark report", () => {
  it("prints the largest size's figures and the package size as one JSON object", () => {
    const line = JSON.parse(jsonLine(result([size(1000, { updateMs: 5 }), size(30000)])));
    for (const key of [
      "households",
      "rows",
      "updateMs",
      "reweightMs",
      "domNodes",
      "vegaLiteMs",
      "naiveD3Ms",
      "floorMs",
      "pbivizBytes",
    ]) {
      expect(line[key], key).toBeGreaterThan(0);
    }
    expect(line.households).toBe(30000);
    expect(line.updateMs).toBe(50);
    expect(line.vegaLiteRatio).toBe(60);
  });

  it("judges each target on its measured value", () => {
    const met = targets(result([size(1000), size(30000)]));
    expect(met.every((t) => t.met)).toBe(true);
    const missed = targets(
      result(
        [size(1000, { domNodes: 3001 }), size(30000, { updateMs: 101, reweightMs: 17 })],
        205_000,
      ),
    );
    expect(missed.filter((t) => !t.met).map((t) => t.name)).toEqual([
      "update at 30000 households ≤ 100 ms",
      "≥ 30× faster than Vega-Lite",
      "weight change ≤ 16 ms",
      "DOM nodes ≤ 3,000 at every size",
      ".pbiviz ≤ 200 KiB",
    ]);
  });

  it("flags Gezinsbeeld figures more than 25 % worse than the baseline, not the comparisons'", () => {
    const baseline = result([size(30000)]);
    const lines = compare(
      result([size(30000, { updateMs: 70, vegaLiteMs: 9000, reweightMs: 9 })]),
      baseline,
    );
    const flagged = lines.filter((l) => l.includes("REGRESSION?"));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toContain("updateMs");
    expect(lines.at(-1)).toContain("updateMs at 30000");
    expect(compare(baseline, baseline).at(-1)).toContain("No metric");
  });
});

describe("comparing two builds (--against)", () => {
  it("gives each build's medians and this build's time as a multiple of the other's", () => {
    const lines = againstLines(
      30000,
      [{ name: "this build" }, { name: "the other" }],
      [
        { update: [90, 80, 100], reweight: [15, 20, 16] },
        { update: [100, 120, 110], reweight: [20, 22, 18] },
      ],
    );
    expect(lines[0]).toBe("At 30000 households, medians of 3 updates and 3 weight changes each:");
    expect(lines[1]).toMatch(/update .* this build 90 ms, the other 110 ms: 0\.82×$/);
    expect(lines[2]).toMatch(/weight change .* this build 16 ms, the other 20 ms: 0\.80×$/);
  });
});
