/**
 * `npm run bench:scorer`: the command-line scorer on a million-row dataset, as a separate process.
 * Generates the seeded CSV into a temporary folder (streamed), scores it `--runs` times (default 3)
 * and reports the median wall time and peak memory. Options: --rows=N, --runs=N, --json,
 * --write-baseline (stores bench/baseline-scorer.json). Targets: ≤ 5 s and ≤ 500 MB.
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
  return { seconds, peakMB: Number(readFileSync(peakFile, "utf8")) / 1024 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

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
    const result = {
      ...size,
      seconds: round(median(measured.map((r) => r.seconds)), 2),
      peakMB: round(median(measured.map((r) => r.peakMB)), 0),
    };

    if (args.includes("--json")) process.stdout.write(JSON.stringify(result) + "\n");
    else printTable(result, measured);
    if (args.includes("--write-baseline")) {
      const machine = {
        nproc: cpus().length,
        cpu: cpus()[0]?.model ?? "unknown",
        node: process.version,
        load1: round(loadavg()[0], 1),
      };
      writeFileSync(BASELINE, JSON.stringify({ ...result, runs, machine }, null, 2) + "\n");
      log(`baseline written to ${BASELINE}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(
  result: { rows: number; households: number; seconds: number; peakMB: number },
  measured: Run[],
): void {
  const lines = [
    `scorer on ${result.rows.toLocaleString("en")} rows, ${result.households.toLocaleString("en")} households (median of ${measured.length})`,
    "",
    "            seconds  peak MB",
    ...measured.map(
      (r, i) =>
        `run ${String(i + 1).padEnd(6)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.peakMB.toFixed(0).padStart(7)}`,
    ),
    `median      ${result.seconds.toFixed(2).padStart(7)}  ${String(result.peakMB).padStart(7)}`,
    `target      ${TARGET.seconds.toFixed(2).padStart(7)}  ${String(TARGET.peakMB).padStart(7)}`,
  ];
  try {
    const base = JSON.parse(readFileSync(BASELINE, "utf8"));
    lines.push(
      `baseline    ${Number(base.seconds).toFixed(2).padStart(7)}  ${String(base.peakMB).padStart(7)}   (${base.rows.toLocaleString("en")} rows)`,
    );
  } catch {
    lines.push("(no baseline yet: run with --write-baseline)");
  }
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((e: unknown) => {
  log(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
