import { describe, expect, it } from "vitest";
import { fixture, runTool } from "./run";

/** A refusal: status 2, nothing on stdout, one line on stderr. */
function refused(args: string[]): string {
  const run = runTool("score", [...args, "--json"]);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe("score refuses what it cannot use (exit 2, one sentence on stderr, nothing on stdout)", () => {
  it("a missing file, named", () => {
    expect(refused(["test/cli/fixtures/nope.csv"])).toMatch(
      /niet gevonden.*file not found: .*nope\.csv/,
    );
  });

  it("a dataset without a required column, naming the column", () => {
    expect(refused([fixture("no-factor.csv")])).toMatch(/'factor'/);
  });

  it("a quote that is never closed, naming the line it opened on", () => {
    expect(refused([fixture("unclosed-quote.csv")])).toMatch(/unclosed-quote\.csv.*line 3/);
  });

  it("a settings file that is missing or not JSON, naming the file", () => {
    expect(refused([fixture("signals.csv"), "--settings", "missing.json"])).toMatch(
      /missing\.json/,
    );
    expect(refused([fixture("signals.csv"), "--settings", fixture("not-json.json")])).toMatch(
      /JSON.*not-json\.json/,
    );
  });

  it("settings that parseSettings refuses, naming the key", () => {
    expect(refused([fixture("signals.csv"), "--settings", fixture("unknown-key.json")])).toContain(
      "'tresholds'",
    );
    const member = refused([fixture("signals.csv"), "--settings", fixture("group-member.json")]);
    expect(member).toContain("'weights.geweld_kind'");
    expect(member).toContain("'huiselijk_geweld'");
  });

  it("unknown options, a bad --level, a missing or second file", () => {
    expect(refused([fixture("signals.csv"), "--verbose"])).toContain("'--verbose'");
    expect(refused([fixture("signals.csv"), "--level", "gemeente"])).toContain("'gemeente'");
    expect(refused([])).toMatch(/CSV/);
    expect(refused([fixture("signals.csv"), fixture("wijk.csv")])).toMatch(/one CSV file/);
  });
});
