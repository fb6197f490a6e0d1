/** What the figures were measured on. */

import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";

const run = (cmd: string, args: string[]): string => {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
};

/** Cores, CPU model, memory, browser and Node versions. */
export function machine(chromium: string): Record<string, string | number> {
  const model = run("lscpu", []).split("\n").find((l) => l.startsWith("Model name:"));
  return {
    nproc: Number(run("nproc", [])) || cpus().length,
    cpu: model ? model.replace("Model name:", "").trim() : cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: run(chromium, ["--version"]),
    node: process.version,
  };
}
