import { describe, expect, it } from "vitest";
import { fixture, runTool } from "./run";

/** Runs the scorer with --json and parses the one document it prints. */
function scoreJson(...args: string[]) {
  const run = runTool("score", [...args, "--json"]);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe("score --json (household level)", () => {
  // Expected values worked out by hand from the contract for test/cli/fixtures/signals.csv.
  const report = scoreJson(fixture("signals.csv"));

  it("ranks the households of the latest peildatum with priority, light, flags and previous priority", () => {
    expect(report.households).toEqual([
      {
        household: "H01",
        wijk: "Centrum",
        rank: 1,
        priority: 9,
        earlyWarning: 1,
        domains: 2,
        sources: 3,
        light: "orange",
        flags: ["known-widely", "rising"],
        factors: ["huiselijk_geweld", "schoolverzuim", "veiligheid_kind"],
        previousPriority: 5,
      },
      {
        household: "H02",
        wijk: "Hertme",
        rank: 2,
        priority: 2,
        earlyWarning: 2,
        domains: 2,
        sources: 3,
        light: "green",
        flags: ["early-warning", "known-widely", "rising"],
        factors: ["financiele_problemen", "lage_ses", "vechtscheiding"],
        previousPriority: 0,
      },
      {
        household: "H04",
        wijk: "Centrum",
        rank: 3,
        priority: 0,
        earlyWarning: 0,
        domains: 1,
        sources: 1,
        light: "green",
        flags: [],
        factors: ["mantelzorg"],
        previousPriority: 0,
      },
    ]);
  });

  it("counts the household without children as out of scope", () => {
    expect(report.outOfScope).toBe(1);
  });

  it("lists every rejected row with its line number (blank line counted, header is line 1)", () => {
    expect(report.rejected.map((r: { line: number }) => r.line)).toEqual([13, 14, 15, 16]);
    const [value, date, factor, children] = report.rejected.map(
      (r: { reason: string }) => r.reason,
    );
    expect(value).toBe("value is not a number: 'veel'");
    expect(date).toContain("'31-02-2026'");
    expect(factor).toMatch(/factor/);
    expect(children).toMatch(/kinderen.*'-1'/);
  });

  it("warns in English about the custom factor without a weight", () => {
    expect(report.warnings).toEqual(["unknown factor 'mantelzorg': weight 0"]);
  });

  it("lets --settings change the ranking", () => {
    const heavy = scoreJson(fixture("signals.csv"), "--settings", fixture("mantelzorg-heavy.json"));
    expect(heavy.households.map((h: { household: string }) => h.household)).toEqual([
      "H04",
      "H01",
      "H02",
    ]);
    expect(heavy.households[0]).toMatchObject({ priority: 20, light: "red", rank: 1 });
    expect(heavy.warnings).toEqual([]);
  });

  it("reads a semicolon file with BOM, CRLF, English headers, decimal commas and a dataset weight", () => {
    const semi = scoreJson(fixture("semicolon.csv"));
    expect(
      semi.households.map((h: { household: string; priority: number; light: string }) => [
        h.household,
        h.priority,
        h.light,
      ]),
    ).toEqual([
      ["H1", 6.5, "orange"],
      ["H2", 6, "orange"],
    ]);
    expect(semi.households[0]).not.toHaveProperty("previousPriority");
    expect(semi).toMatchObject({ outOfScope: 0, rejected: [], warnings: [] });
  });
});

describe("score --json --level wijk", () => {
  it("counts districts × leefgebieden and suppresses every count from 1 to 4", () => {
    const report = scoreJson(fixture("wijk.csv"), "--level", "wijk");
    expect(report).not.toHaveProperty("households");
    expect(report.wijken).toEqual([
      { wijk: "(onbekend)", households: "<5", leefgebieden: null },
      {
        wijk: "Centrum",
        households: 7,
        leefgebieden: {
          kind: "<5",
          ouders: 0,
          opvoeding: 0,
          gezin: 0,
          context: "<5",
          sociaal_netwerk: 0,
          hulpverlening: 0,
          veiligheid: 5,
          overig: "<5",
        },
      },
      { wijk: "Hertme", households: "<5", leefgebieden: null },
    ]);
    expect(report.warnings.some((w: string) => w.includes("'Onderwijs'"))).toBe(true);
  });
});
