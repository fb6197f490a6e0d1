import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTable } from "../../src/csv/read";
import { SAMPLE_DEFAULTS, SampleOptions, sampleCsv } from "../../src/cli/sample/dataset";
import { buildReport, defaultSettings, score } from "../../src/model";
import { ROOT, runTool } from "./run";

const text = (options: Partial<SampleOptions>) =>
  [...sampleCsv({ ...SAMPLE_DEFAULTS, ...options })].join("");

async function* once(s: string): AsyncGenerator<string> {
  yield s;
}

/** Scores generated CSV text in process, with default settings. */
async function report(csv: string, level: "household" | "wijk" = "household") {
  const read = await readTable(once(csv));
  if (!read.ok) throw new Error(read.error.code);
  const settings = defaultSettings();
  return buildReport(read.table, score(read.table, settings), settings, level, "en");
}

describe("the sample generator", () => {
  it("writes the same bytes for the same seed and different bytes for another seed", () => {
    expect(text({ households: 60, seed: 7 })).toBe(text({ households: 60, seed: 7 }));
    expect(text({ households: 60, seed: 8 })).not.toBe(text({ households: 60, seed: 7 }));
  });

  it("has written data/sample.csv with its documented command (the committed file is not stale)", () => {
    const committed = readFileSync(join(ROOT, "data/sample.csv"), "utf8");
    expect(text({})).toBe(committed);
    const dir = mkdtempSync(join(tmpdir(), "gezinsbeeld-"));
    try {
      const out = join(dir, "sample.csv");
      expect(runTool("generate", ["--out", out]).status).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(committed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("makes a sample with all lights, all four flags, bad rows and a suppressed district", async () => {
    const csv = readFileSync(join(ROOT, "data/sample.csv"), "utf8");
    const households = (await report(csv)).households!;
    expect(new Set(households.map((h) => h.light))).toEqual(new Set(["red", "orange", "green"]));
    expect(new Set(households.flatMap((h) => h.flags))).toEqual(
      new Set(["early-warning", "multi-domain", "known-widely", "rising"]),
    );
    expect(households.length).toBeGreaterThan(300);
    expect(households.every((h) => /^HH-\d{4}$/.test(h.household))).toBe(true);

    const wijk = await report(csv, "wijk");
    expect(wijk.rejected.length).toBeGreaterThanOrEqual(4);
    expect(wijk.outOfScope).toBeGreaterThan(0);
    const hertme = wijk.wijken!.find((w) => w.wijk === "Hertme");
    expect(hertme).toEqual({ wijk: "Hertme", households: "<5", leefgebieden: null });
    expect(
      wijk.wijken!.filter((w) => typeof w.households === "number").length,
    ).toBeGreaterThanOrEqual(5);
  });

  it("writes a Dutch semicolon file that scores exactly like the comma file", async () => {
    const semi = text({ households: 120, semicolon: true });
    expect(semi.split("\n", 1)[0]).toBe(
      "huishouden;peildatum;bron;wijk;factor;leefgebied;waarde;ouders;kinderen;gewicht",
    );
    expect(semi).toMatch(/;0,5\n/);
    expect(await report(semi)).toEqual(await report(text({ households: 120 })));
  });

  it("spreads households over the requested number of monthly peildatums", () => {
    const dates = new Set(
      text({ households: 30, snapshots: 3, start: "2027-01-31" }).match(/\d{4}-\d{2}-\d{2}/g),
    );
    expect([...dates].sort()).toEqual(["2027-01-31", "2027-02-28", "2027-03-31"]);
  });
});

describe("the generator's command line", () => {
  it("reads sizes, seed and format, and refuses what it does not know", async () => {
    const { parseGenerateArgs } = await import("../../src/cli/generate-args");
    expect(parseGenerateArgs(["--households", "30000", "--seed=5", "--semicolon"])).toMatchObject({
      help: false,
      options: { households: 30000, seed: 5, semicolon: true, snapshots: 6 },
    });
    expect(parseGenerateArgs(["--rows", "1000000"])).toMatchObject({
      options: { rows: 1_000_000 },
    });
    expect(parseGenerateArgs(["--households", "veel"])).toEqual({
      error: expect.stringContaining("'veel'"),
    });
    expect(parseGenerateArgs(["--snapshots", "0"])).toEqual({
      error: expect.stringContaining("--snapshots"),
    });
    expect(parseGenerateArgs(["--start", "1-6-2026"])).toEqual({
      error: expect.stringContaining("1-6-2026"),
    });
    expect(parseGenerateArgs(["--colour"])).toEqual({
      error: expect.stringContaining("'--colour'"),
    });
  });
});
