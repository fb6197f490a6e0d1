/** Runs a command-line tool of this project as a separate process, as a user would. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

/** A fixture file's path. */
export const fixture = (name: string): string => join(__dirname, "fixtures", name);

/** Runs `src/cli/<tool>.ts` with arguments; returns exit status and both output streams. */
export function runTool(
  tool: "score" | "generate",
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [join(ROOT, `src/cli/${tool}.ts`), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
