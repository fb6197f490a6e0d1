import { describe, expect, it } from "vitest";
import { HouseholdTable, TableBuilder, formatMessage } from "../../src/model";
import { Lit, rawRows, row, run, table } from "./helpers";

const warnings = (t: HouseholdTable): string[] => t.warnings.map((w) => formatMessage(w, "en"));

describe("snapshots", () => {
  const lits: Lit[] = [
    { h: "A", f: "psych_kind", d: "2026-01-31" },
    { h: "B", f: "veiligheid_kind", d: "2026-01-31" },
    { h: "A", f: "veiligheid_kind", d: "31-03-2026" },
    { h: "C", f: "cogn_kind", d: "2026-03-31" },
    { h: "A", f: "huiselijk_geweld", d: "28-02-2026" },
    { h: "D", f: "cogn_kind", d: "2026-02-28" },
  ];

  it("takes the rows of the latest date as the current state, whatever the row order", () => {
    const r = run(lits);
    expect(r.table.latestDate).toBe("2026-03-31");
    expect(row(r, "A").factors).toEqual(["veiligheid_kind"]);
    expect(row(r, "C").factors).toEqual(["cogn_kind"]);
  });

  it("does not list households without rows at the latest date", () => {
    const r = run(lits);
    expect([...r.byKey.keys()].sort()).toEqual(["A", "C"]);
  });

  it("takes the latest date before it as the previous state, not the earliest", () => {
    const r = run(lits);
    expect(r.table.previousDate).toBe("2026-02-28");
    expect(row(r, "A").previousPriority).toBe(4); // huiselijk_geweld on 28 February, not psych_kind in January
  });

  it("gives previousPriority 0 to a household absent from the previous snapshot", () => {
    expect(row(run(lits), "C").previousPriority).toBe(0);
  });

  it("lists previousPriority only when the dataset has two or more dates", () => {
    const one = run([
      { h: "A", f: "psych_kind", d: "2026-01-31" },
      { h: "B", f: "psych_kind", d: "2026-01-31" },
    ]);
    expect(one.table.previous).toBeNull();
    expect("previousPriority" in row(one, "A")).toBe(false);
    const undated = run([{ h: "A", f: "psych_kind" }]);
    expect("previousPriority" in row(undated, "A")).toBe(false);
    expect(undated.table.latestDate).toBeUndefined();
  });

  it("uses every row when no row has a date", () => {
    const r = run([
      { h: "A", f: "psych_kind" },
      { h: "A", f: "cogn_kind" },
    ]);
    expect(row(r, "A").factors).toEqual(["cogn_kind", "psych_kind"]);
  });

  it("raises rising from the previous snapshot's priority", () => {
    const r = run(lits);
    expect(row(r, "A").flags).toContain("rising"); // 5 against 4
    expect(row(r, "C").flags).toContain("rising"); // 3 against 0
  });
});

describe("household facts from the current rows", () => {
  it("takes the first non-empty wijk in file order and warns once about a different later one", () => {
    const t = table([
      { h: "A", f: "psych_kind", wijk: "" },
      { h: "A", f: "cogn_kind", wijk: "Centrum" },
      { h: "A", f: "cogn_kind", wijk: "Hertme" },
      { h: "A", f: "psych_kind", wijk: "Hertme" },
      { h: "A", f: "psych_kind", wijk: "Centrum" },
    ]);
    expect(t.wijken[t.wijk[0]]).toBe("Centrum");
    expect(warnings(t)).toEqual([
      "household 'A' has district 'Centrum' and later 'Hertme': 'Centrum' is used",
    ]);
  });

  it("ignores the wijk of earlier snapshots", () => {
    const r = run([
      { h: "A", f: "psych_kind", wijk: "Hertme", d: "2026-01-31" },
      { h: "A", f: "psych_kind", wijk: "Centrum", d: "2026-02-28" },
    ]);
    expect(row(r, "A").wijk).toBe("Centrum");
    expect(r.warnings).toEqual([]);
  });

  it("takes the wijk from inactive current rows too", () => {
    const r = run([
      { h: "A", f: "psych_kind", v: 0, wijk: "Hertme" },
      { h: "A", f: "cogn_kind" },
    ]);
    expect(row(r, "A").wijk).toBe("Hertme");
  });

  it("takes the largest parents and children on the current rows", () => {
    const t = table([
      { h: "A", f: "psych_kind", o: 5, k: 5, d: "2026-01-31" },
      { h: "A", f: "psych_kind", o: 1, k: "", d: "2026-02-28" },
      { h: "A", f: "cogn_kind", o: 2, k: 0, d: "2026-02-28" },
      { h: "B", f: "cogn_kind", d: "2026-02-28" },
    ]);
    expect(Array.from(t.parents)).toEqual([2, -1]);
    expect(Array.from(t.children)).toEqual([0, -1]);
  });

  it("counts distinct sources of current active rows, trimmed and ignoring case", () => {
    const r = run([
      { h: "A", f: "psych_kind", bron: "WMO", d: "2026-02-28" },
      { h: "A", f: "cogn_kind", bron: " wmo ", d: "2026-02-28" },
      { h: "A", f: "psych_kind", bron: "Jeugd", d: "2026-02-28" },
      { h: "A", f: "schoolverzuim", bron: "", d: "2026-02-28" },
      { h: "A", f: "psych_kind", bron: "BOA", v: 0, d: "2026-02-28" },
      { h: "A", f: "psych_kind", bron: "Leerplicht", d: "2026-01-31" },
    ]);
    expect(row(r, "A").sources).toBe(2);
  });

  it("lists each active factor once, by code point, however many rows or sources report it", () => {
    const r = run([
      { h: "A", f: "Schoolverzuim", bron: "Leerplicht" },
      { h: "A", f: "schoolabsentie", bron: "WMO" },
      { h: "A", f: "Financiële problemen" },
      { h: "A", f: "schulden" },
      { h: "A", f: "Ärger" },
      { h: "A", f: "zorg" },
    ]);
    expect(row(r, "A").factors).toEqual(["arger", "financiele_problemen", "schoolverzuim", "zorg"]);
  });

  it("counts distinct domains with an active factor", () => {
    const r = run([
      { h: "A", f: "psych_kind" },
      { h: "A", f: "cogn_kind" },
      { h: "A", f: "lage_ses" },
      { h: "A", f: "huiselijk_geweld", v: 0 },
    ]);
    expect(row(r, "A").domains).toBe(2);
  });

  it("counts rows in and out: rowCount = accepted + rejected", () => {
    const t = table([
      { h: "A", f: "psych_kind", d: "2026-01-31" },
      { h: "A", f: "psych_kind" },
      { h: "A", f: "psych_kind", v: "x", d: "2026-01-31" },
      { h: "B", f: "cogn_kind", d: "2026-02-28" },
    ]);
    expect(t.rowCount).toBe(4);
    expect(t.acceptedCount).toBe(2);
    expect(t.rejected.length).toBe(2);
  });

  it("gives the same table when finish is called twice", () => {
    const builder = new TableBuilder();
    for (const r of rawRows([
      { h: "A", f: "psych_kind", d: "2026-01-31", wijk: "X" },
      { h: "A", f: "mantelzorg", wijk: "Y", d: "2026-01-31", lg: "nergens" },
      { h: "A", f: "psych_kind" },
    ]))
      builder.add(r);
    const first = builder.finish();
    const second = builder.finish();
    expect(second.rejected).toEqual(first.rejected);
    expect(first.rejected.length).toBe(1);
    expect(warnings(second)).toEqual(warnings(first));
    expect(first.warnings.length).toBe(2);
    expect(second.keys).toEqual(first.keys);
  });
});
