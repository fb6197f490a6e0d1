// Preloaded into the scorer by bench/scorer.ts: on exit, writes the process's peak memory (KiB)
// and CPU time (microseconds) to a file, so the figures come from the scorer itself.
const { writeFileSync } = require("node:fs");

const target = process.env.GEZINSBEELD_PEAK_FILE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpu = usage.userCPUTime + usage.systemCPUTime;
    writeFileSync(target, JSON.stringify({ maxRSS: usage.maxRSS, cpu }));
  });
}
