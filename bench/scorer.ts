/**
 * `npm run bench:scorer`: the command-line scorer on a million-row dataset, as a separate process.
 * Generates the seeded CSV into a temporary folder (streamed), scores it `--runs` times (default 3)
 * and reports the median wall time and peak memory. Options: --rows=N, --runs=N, --json,
 * --write-baseline (stores bench/baseline-scorer.json). Targets: ≤ 5 s and ≤ 500 MB. CPU time is
 * reported too: on a busy machine it stays put while wall time grows.
 */

import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { writeSample } from "../src/cli/generate";
import { SAMPLE_DEFAULTS, householdsForRows, sampleCsv } from "../src/cli/sample/dataset";

const ROOT = join(__dirname, "..");
const BASELINE = join(ROOT, "bench/baseline-scorer.json");
const TARGET = { seconds: 5, peakMB: 500 };

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const rowsWanted = option("rows", 1_000_000);
const runs = option("runs", 3);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** One measured run of the scorer on `file`. */
interface Run {
  seconds: number;
  peakMB: number;
  /** CPU time (user + system): unlike wall time, hardly affected by other work on a shared machine. */
  cpuSeconds: number;
}

/** Writes the dataset and returns its data row and household counts. */
async function generate(file: string): Promise<{ rows: number; households: number }> {
  const households = householdsForRows(rowsWanted, SAMPLE_DEFAULTS);
  const out = createWriteStream(file, { encoding: "utf8" });
  let rows = -1;
  const counted = function* () {
    for (const text of sampleCsv({ ...SAMPLE_DEFAULTS, households })) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) rows++;
      yield text;
    }
  };
  await writeSample(counted(), out);
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  return { rows, households };
}

/** Runs the scorer once with `--json` (the report is built and written, then discarded), timed from spawn to exit. */
function scoreOnce(file: string, dir: string): Run {
  const peakFile = join(dir, "peak");
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      "--require",
      join(__dirname, "scorer-probe.cjs"),
      "--import",
      "tsx",
      join(ROOT, "src/cli/score.ts"),
      file,
      "--json",
    ],
    {
      cwd: ROOT,
      env: { ...process.env, GEZINSBEELD_PEAK_FILE: peakFile },
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`scorer failed (${child.status}): ${child.stderr}`);
  const probe = JSON.parse(readFileSync(peakFile, "utf8"));
  return { seconds, peakMB: probe.maxRSS / 1024, cpuSeconds: probe.cpu / 1e6 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** The medians a run reports and the baseline stores. */
interface Result {
  rows: number;
  households: number;
  seconds: number;
  peakMB: number;
  cpuSeconds: number;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "gezinsbeeld-bench-"));
  try {
    const file = join(dir, "signals.csv");
    log(`generating about ${rowsWanted.toLocaleString("en")} rows in ${dir} ...`);
    const size = await generate(file);
    const measured: Run[] = [];
    for (let i = 0; i < runs; i++) {
      measured.push(scoreOnce(file, dir));
      log(`run ${i + 1}: ${measured[i].seconds.toFixed(2)} s, ${measured[i].peakMB.toFixed(0)} MB`);
    }
    const result: Result = {
      ...size,
      seconds: round(median(measured.map((r) => r.seconds)), 2),
      peakMB: round(median(measured.map((r) => r.peakMB)), 0),
      cpuSeconds: round(median(measured.map((r) => r.cpuSeconds)), 2),
    };

    if (args.includes("--json")) process.stdout.write(JSON.stringify(result) + "\n");
    else printTable(result, measured);
    if (args.includes("--write-baseline")) {
      const machine = {
        nproc: cpus().length,
        cpu: cpus()[0]?.model ?? "unknown",
        node: process.version,
        // Other work on the machine inflates wall time (not CPU time): keep the load with the figures.
        load1: round(loadavg()[0], 1),
      };
      writeFileSync(BASELINE, JSON.stringify({ ...result, runs, machine }, null, 2) + "\n");
      log(`baseline written to ${BASELINE}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const row = (label: string, seconds: number, cpu: number | string, peak: number): string =>
  [
    label.padEnd(10),
    seconds.toFixed(2).padStart(8),
    (typeof cpu === "number" ? cpu.toFixed(2) : cpu).padStart(8),
    peak.toFixed(0).padStart(8),
  ].join("  ");

function printTable(result: Result, measured: Run[]): void {
  const rows = result.rows.toLocaleString("en");
  const households = result.households.toLocaleString("en");
  const lines = [
    `scorer on ${rows} rows, ${households} households (median of ${measured.length})`,
    "",
    `${"".padEnd(10)}  ${"seconds".padStart(8)}  ${"cpu s".padStart(8)}  ${"peak MB".padStart(8)}`,
    ...measured.map((r, i) => row(`run ${i + 1}`, r.seconds, r.cpuSeconds, r.peakMB)),
    row("median", result.seconds, result.cpuSeconds, result.peakMB),
    row("target", TARGET.seconds, "", TARGET.peakMB),
  ];
  try {
    const base: Result & { machine: { load1: number } } = JSON.parse(
      readFileSync(BASELINE, "utf8"),
    );
    lines.push(row("baseline", base.seconds, base.cpuSeconds, base.peakMB));
    lines.push(`(baseline: ${base.rows.toLocaleString("en")} rows, load ${base.machine.load1})`);
  } catch {
    lines.push("(no baseline yet: run with --write-baseline)");
  }
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((e: unknown) => {
  log(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
