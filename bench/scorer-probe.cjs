// Preloaded into the scorer by bench/scorer.ts: on exit, writes the process's peak memory (KiB) to a file.
const { writeFileSync } = require("node:fs");

const target = process.env.GEZINSBEELD_PEAK_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
