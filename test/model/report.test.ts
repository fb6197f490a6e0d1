import { describe, expect, it } from "vitest";
import { buildReport, score } from "../../src/model";
import { Lit, run, settings, table } from "./helpers";

/** H017 of the contract's example: priority 13 (5 + 4 + 4), early warning 1, four domains, two sources. */
const H017: Lit[] = [
  { h: "H017", f: "veiligheid_kind", wijk: "Centrum", bron: "Jeugd", o: 2, k: 3, d: "2026-01-31" },
  { h: "H017", f: "psych_kind", bron: "Jeugd", d: "2026-01-31" },
  { h: "H017", f: "veiligheid_kind", wijk: "Centrum", bron: "Jeugd", o: 2, k: 3, d: "2026-02-28" },
  { h: "H017", f: "Huiselijk geweld", bron: "WMO", d: "2026-02-28" },
  { h: "H017", f: "psych_kind", bron: "jeugd", d: "2026-02-28" },
  { h: "H017", f: "lage_ses", d: "2026-02-28" },
  { h: "H017", f: "gebrek_netwerk", d: "2026-02-28" },
  { h: "H017", f: "psych_kind", v: "veel", d: "2026-02-28" },
];

describe("the household report", () => {
  it("has the contract's fields in the contract's order", () => {
    // The example lists no `rising` for 9 → 13, so it must have used a larger minimum increase.
    const r = run(H017, { thresholds: { risingMinIncrease: 5 } });
    expect(Object.keys(r.report)).toEqual(["households", "outOfScope", "rejected", "warnings"]);
    const [h] = r.report.households!;
    expect(Object.keys(h)).toEqual([
      "household",
      "wijk",
      "rank",
      "priority",
      "earlyWarning",
      "domains",
      "sources",
      "light",
      "flags",
      "factors",
      "previousPriority",
    ]);
    expect(h).toEqual({
      household: "H017",
      wijk: "Centrum",
      rank: 1,
      priority: 13,
      earlyWarning: 1,
      domains: 4,
      sources: 2,
      light: "red",
      flags: ["multi-domain"],
      factors: ["gebrek_netwerk", "huiselijk_geweld", "lage_ses", "psych_kind", "veiligheid_kind"],
      previousPriority: 9,
    });
    expect(run(H017).report.households![0].flags).toEqual(["multi-domain", "rising"]);
  });

  it("lists rejected rows with line and English reason, and warnings as sentences", () => {
    const r = run([...H017, { h: "H018", f: "mantelzorg", d: "2026-02-28" }]);
    expect(r.report.rejected).toEqual([{ line: 9, reason: "value is not a number: 'veel'" }]);
    expect(r.report.warnings).toEqual(["unknown factor 'mantelzorg': weight 0"]);
  });

  it("survives a JSON round trip unchanged: plain numbers, strings and arrays only", () => {
    const r = run(H017);
    expect(JSON.parse(JSON.stringify(r.report))).toEqual(r.report);
  });

  it("leaves previousPriority out when the dataset has a single date or none", () => {
    for (const lits of [
      H017.filter((l) => l.d === "2026-02-28"),
      H017.map(({ d, ...rest }) => rest),
    ]) {
      const [h] = run(lits).report.households!;
      expect(h).not.toHaveProperty("previousPriority");
      expect(Object.keys(h).at(-1)).toBe("factors");
    }
  });

  it("gives every listed household previousPriority when there are two dates, 0 for newcomers", () => {
    const r = run([...H017, { h: "H020", f: "psych_kind", d: "2026-02-28" }]);
    expect(r.report.households!.map((h) => h.previousPriority)).toEqual([9, 0]);
  });

  it("lists factors in code point order, not in the order the rows give them", () => {
    const r = run([
      { h: "A", f: "zorg" },
      { h: "A", f: "Zorg2" },
      { h: "A", f: "\u{1F600}" },
      { h: "A", f: "\uFB01" },
      { h: "A", f: "aap" },
    ]);
    expect(r.report.households![0].factors).toEqual([
      "aap",
      "zorg",
      "zorg2",
      "\uFB01",
      "\u{1F600}",
    ]);
  });

  it("counts out-of-scope households and does not list them", () => {
    const r = run([...H017, { h: "single", f: "veiligheid_kind", o: 1, k: 0, d: "2026-02-28" }]);
    expect(r.report.outOfScope).toBe(1);
    expect(r.report.households!.map((h) => h.household)).toEqual(["H017"]);
  });

  it("gives a household without a wijk the district (onbekend)", () => {
    expect(run([{ h: "A", f: "psych_kind" }]).report.households![0].wijk).toBe("(onbekend)");
  });

  it("repeats no warning", () => {
    const r = run([
      { h: "A", f: "mantelzorg", lg: "Buurt", wijk: "X" },
      { h: "A", f: "Mantelzorg", lg: "buurt ", wijk: "Y" },
      { h: "A", f: "mantelzorg", lg: "Buurt", wijk: "Y" },
    ]);
    expect(new Set(r.warnings).size).toBe(r.warnings.length);
    expect(r.warnings).toEqual([
      "unknown life domain 'Buurt' for factor 'mantelzorg': counted as other",
      "household 'A' has district 'X' and later 'Y': 'X' is used",
      "unknown factor 'mantelzorg': weight 0",
    ]);
  });
});

describe("the district report", () => {
  it("replaces households by wijken and keeps the rest", () => {
    const r = run(H017, {}, "wijk");
    expect(Object.keys(r.report)).toEqual(["wijken", "outOfScope", "rejected", "warnings"]);
    expect(r.report.wijken).toEqual([{ wijk: "Centrum", households: "<5", leefgebieden: null }]);
    expect(r.report.rejected).toHaveLength(1);
  });
});

describe("the report language", () => {
  it("renders reasons and warnings in Dutch when asked", () => {
    const t = table([
      { h: "A", f: "mantelzorg" },
      { h: "", f: "x" },
    ]);
    const s = settings();
    const report = buildReport(t, score(t, s), s, "household", "nl");
    expect(report.rejected).toEqual([{ line: 3, reason: "huishouden is leeg" }]);
    expect(report.warnings).toEqual(["onbekende factor 'mantelzorg': gewicht 0"]);
  });
});
