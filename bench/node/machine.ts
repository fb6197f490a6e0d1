/** What the figures were measured on. */

import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";

const run = (cmd: string, args: string[]): string => {
  try {
    return execFileSync(cmd, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
};

/** The one-minute load average now: other work on the machine slows every contender. */
export const loadNow = (): number => Number(loadavg()[0].toFixed(2));

/** Cores, CPU model, memory, browser and Node versions, and the load average when the run began. */
export function machine(chromium: string, loadAtStart: number): Record<string, string | number> {
  const model = run("lscpu", [])
    .split("\n")
    .find((l) => l.startsWith("Model name:"));
  return {
    nproc: Number(run("nproc", [])) || cpus().length,
    cpu: model ? model.replace("Model name:", "").trim() : (cpus()[0]?.model ?? "unknown"),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: run(chromium, ["--version"]),
    node: process.version,
    loadAverageAtStart: loadAtStart,
  };
}
