/** The command-line scorer: `npm run -s score -- FILE.csv [--settings FILE.json] [--level household|wijk] [--json]`. */

import { buildReport, score } from "../model";
import { parseScoreArgs } from "./args";
import { SCORE_HELP } from "./help";
import { Refusal, loadSettings, loadTable } from "./load";
import { diagnosticLines, householdLines, summaryLine, wijkLines } from "./report-text";

/** Runs the scorer and returns its exit status; results go to stdout, diagnostics to stderr. */
async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseScoreArgs(argv);
  if ("error" in parsed) return refuse(parsed.error);
  if (parsed.help) {
    process.stdout.write(SCORE_HELP);
    return 0;
  }
  const { file, level, json } = parsed.options;

  try {
    // Settings first: a refused settings file should not cost a read of a large dataset.
    const settings = await loadSettings(parsed.options.settings);
    const table = await loadTable(file);
    const scores = score(table, settings);

    if (json) {
      await write(
        process.stdout,
        JSON.stringify(buildReport(table, scores, settings, level, "en")) + "\n",
      );
      return 0;
    }
    const report = buildReport(table, scores, settings, level, "nl");
    const body = level === "household" ? householdLines(report, table, scores) : wijkLines(report);
    await write(
      process.stdout,
      [...body, "", summaryLine(report, scores.order.length)].join("\n") + "\n",
    );
    const diagnostics = diagnosticLines(report);
    if (diagnostics.length) await write(process.stderr, diagnostics.join("\n") + "\n");
    return 0;
  } catch (e) {
    if (e instanceof Refusal) return refuse(e.message);
    throw e;
  }
}

function refuse(reason: string): number {
  process.stderr.write(reason + "\n");
  return 2;
}

/** Writes and waits until the text is flushed, so a large report survives the process exit. */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (e) => (e ? reject(e) : resolve())));
}

main(process.argv.slice(2)).then(
  (status) => (process.exitCode = status),
  (e: unknown) => {
    process.stderr.write(
      `interne fout / internal error: ${e instanceof Error ? e.stack : String(e)}\n`,
    );
    process.exitCode = 1;
  },
);
