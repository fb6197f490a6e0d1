import { describe, expect, it } from "vitest";
import { HouseholdTable, formatMessage, resolveHeader } from "../../src/model";
import { Lit, run, table } from "./helpers";

/** The rejected rows as `line: reason` in English. */
const rejected = (t: HouseholdTable): string[] =>
  t.rejected.map((r) => `${r.line}: ${formatMessage(r.reason, "en")}`);

/** One row on its own: the reason it is rejected, or undefined when it is accepted. */
function verdict(lit: Lit, decimalComma = false): string | undefined {
  const t = table([lit], decimalComma);
  expect(t.rowCount).toBe(1);
  expect(t.acceptedCount + t.rejected.length).toBe(1);
  return t.rejected[0] && formatMessage(t.rejected[0].reason, "en");
}

const ok: Lit = { h: "H1", f: "psych_kind" };

describe("row rejection", () => {
  it("rejects an empty household or factor, blank or white space only", () => {
    expect(verdict({ f: "psych_kind" })).toBe("household is empty");
    expect(verdict({ h: "  ", f: "psych_kind" })).toBe("household is empty");
    expect(verdict({ h: "H1", f: "" })).toBe("factor is empty");
    expect(verdict({ h: "H1", f: null })).toBe("factor is empty");
  });

  it("rejects a factor that is only separators, which leaves no code", () => {
    expect(verdict({ h: "H1", f: "_-_" })).toBe("factor is empty");
  });

  it("rejects a value that is not a finite number ≥ 0, quoting it", () => {
    expect(verdict({ ...ok, v: "veel" })).toBe("value is not a number: 'veel'");
    expect(verdict({ ...ok, v: "Infinity" })).toBe("value is not a number: 'Infinity'");
    expect(verdict({ ...ok, v: "1e400" })).toBe("value is not a number: '1e400'");
    expect(verdict({ ...ok, v: "NaN" })).toBe("value is not a number: 'NaN'");
    expect(verdict({ ...ok, v: "0x10" })).toMatch(/^value is not a number/);
    expect(verdict({ ...ok, v: "2 keer" })).toMatch(/^value is not a number/);
    expect(verdict({ ...ok, v: Number.POSITIVE_INFINITY })).toMatch(/^value is not a number/);
    expect(verdict({ ...ok, v: Number.NaN })).toMatch(/^value is not a number/);
    expect(verdict({ ...ok, v: "-1" })).toBe("value is negative: '-1'");
    expect(verdict({ ...ok, v: -0.5 })).toBe("value is negative: '-0.5'");
  });

  it("accepts values as plain decimals with a point, also from numbers", () => {
    for (const v of ["0", "1", "2.5", " 3 ", ".5", "1e2", 4, 0.25])
      expect(verdict({ ...ok, v }), String(v)).toBeUndefined();
  });

  it("accepts a decimal comma only when the builder is told the file uses one", () => {
    expect(verdict({ ...ok, v: "0,5" })).toBe("value is not a number: '0,5'");
    expect(verdict({ ...ok, v: "0,5" }, true)).toBeUndefined();
    expect(verdict({ ...ok, g: "2,5" })).toBe("weight is not a number ≥ 0: '2,5'");
    expect(verdict({ ...ok, g: "2,5" }, true)).toBeUndefined();
    expect(verdict({ ...ok, v: "1.000,5" }, true)).toMatch(/^value is not a number/);
  });

  it("rejects dates that do not exist or are not written yyyy-mm-dd or dd-mm-yyyy", () => {
    for (const d of [
      "2026-02-30",
      "31-04-2026",
      "2026-13-01",
      "00-01-2026",
      "2025-02-29",
      "2026/01/31",
      "31/01/2026",
      "2026-1-31",
      "1-1-2026",
      "20260131",
      "gisteren",
      "2026-01-31T00:00",
    ]) {
      expect(verdict({ ...ok, d }), d).toBe(
        `date is not a date (yyyy-mm-dd or dd-mm-yyyy): '${d}'`,
      );
    }
  });

  it("accepts both date formats, leap days included, and reads them as the same day", () => {
    for (const d of ["2026-01-31", "31-01-2026", "2024-02-29", "29-02-2024", " 2026-01-31 "])
      expect(verdict({ ...ok, d }), d).toBeUndefined();
    const t = table([
      { ...ok, d: "2026-01-31" },
      { h: "H2", f: "psych_kind", d: "31-01-2026" },
    ]);
    expect(t.latestDate).toBe("2026-01-31");
    expect(t.previousDate).toBeUndefined();
    expect(t.keys).toEqual(["H1", "H2"]);
  });

  it("rejects parents or children that are not whole numbers ≥ 0, naming the column", () => {
    expect(verdict({ ...ok, o: "1.5" })).toBe("ouders is not a whole number ≥ 0: '1.5'");
    expect(verdict({ ...ok, o: "-1" })).toBe("ouders is not a whole number ≥ 0: '-1'");
    expect(verdict({ ...ok, k: "two" })).toBe("kinderen is not a whole number ≥ 0: 'two'");
    expect(verdict({ ...ok, k: 2.5 })).toBe("kinderen is not a whole number ≥ 0: '2.5'");
    for (const n of ["0", "2", 3, " 1 "])
      expect(verdict({ ...ok, o: n, k: n }), String(n)).toBeUndefined();
  });

  it("rejects a weight that is not a finite number ≥ 0", () => {
    expect(verdict({ ...ok, g: "-1" })).toBe("weight is not a number ≥ 0: '-1'");
    expect(verdict({ ...ok, g: "zwaar" })).toBe("weight is not a number ≥ 0: 'zwaar'");
    expect(verdict({ ...ok, g: "Infinity" })).toBe("weight is not a number ≥ 0: 'Infinity'");
    for (const g of ["0", "2.5", 7]) expect(verdict({ ...ok, g }), String(g)).toBeUndefined();
  });

  it("rejects undated rows when the dataset has dated rows, and only then", () => {
    const t = table([
      { h: "H1", f: "psych_kind" },
      { h: "H1", f: "psych_kind", d: "2026-01-31" },
      { h: "H2", f: "psych_kind", d: "  " },
    ]);
    expect(rejected(t)).toEqual([
      "2: date is missing while other rows have one",
      "4: date is missing while other rows have one",
    ]);
    expect(t.keys).toEqual(["H1"]);
    expect(table([ok, { h: "H2", f: "cogn_kind" }]).rejected).toEqual([]);
  });

  it("does not let a row with an invalid date make the dataset dated", () => {
    const t = table([ok, { h: "H2", f: "psych_kind", d: "2026-02-30" }]);
    expect(rejected(t)).toEqual(["3: date is not a date (yyyy-mm-dd or dd-mm-yyyy): '2026-02-30'"]);
    expect(t.keys).toEqual(["H1"]);
  });

  it("reports every rejected row with its own line number, in line order", () => {
    const t = table([
      { ...ok, line: 2 },
      { h: "", f: "x", line: 3 },
      { ...ok, v: "veel", line: 7 },
      { ...ok, o: "1.5", line: 5 },
    ]);
    expect(rejected(t)).toEqual([
      "3: household is empty",
      "5: ouders is not a whole number ≥ 0: '1.5'",
      "7: value is not a number: 'veel'",
    ]);
    expect(t.rowCount).toBe(4);
    expect(t.acceptedCount).toBe(1);
  });

  it("lets rejected rows count for nothing: no household, factor, wijk, weight or warning", () => {
    const r = run([
      { h: "H1", f: "psych_kind", o: 1, k: 1, wijk: "Centrum" },
      { h: "H1", f: "veiligheid_kind", v: "veel", wijk: "Hertme", g: 9 },
      { h: "H2", f: "mantelzorg", v: -1, lg: "nergens" },
      { h: "H1", f: "psych_kind", g: "-2" },
    ]);
    expect([...r.byKey.keys()]).toEqual(["H1"]);
    expect(r.byKey.get("H1")).toMatchObject({
      priority: 4,
      factors: ["psych_kind"],
      wijk: "Centrum",
    });
    expect(r.warnings).toEqual([]);
  });
});

describe("values", () => {
  it("counts an empty value as 1 (active) and 0 as inactive", () => {
    const r = run([
      { h: "H1", f: "psych_kind", v: "" },
      { h: "H1", f: "veiligheid_kind", v: "0" },
      { h: "H1", f: "cogn_kind", v: 0.01 },
    ]);
    expect(r.byKey.get("H1")).toMatchObject({ priority: 7, factors: ["cogn_kind", "psych_kind"] });
  });

  it("keeps a household whose factors are all inactive, with priority 0", () => {
    const r = run([{ h: "H1", f: "psych_kind", v: 0 }]);
    expect(r.byKey.get("H1")).toMatchObject({
      priority: 0,
      factors: [],
      domains: 0,
      light: "green",
    });
  });
});

describe("the header", () => {
  it("finds columns by Dutch name or English alias, ignoring case, spacing and a byte-order mark", () => {
    const found = resolveHeader([
      "\uFEFFHousehold",
      " FACTOR ",
      "District",
      "domain",
      "Waarde",
      "source",
      "Date",
      "parents",
      "Kinderen",
      "weight",
    ]);
    expect(found).toEqual({
      columns: {
        huishouden: 0,
        factor: 1,
        wijk: 2,
        leefgebied: 3,
        waarde: 4,
        bron: 5,
        peildatum: 6,
        ouders: 7,
        kinderen: 8,
        gewicht: 9,
      },
    });
  });

  it("needs only huishouden and factor", () => {
    expect(resolveHeader(["factor", "huishouden"])).toEqual({
      columns: { huishouden: 1, factor: 0 },
    });
  });

  it("refuses the whole input when a required column is missing, naming it", () => {
    for (const header of [
      ["factor", "wijk"],
      ["household", "wijk"],
    ]) {
      const result = resolveHeader(header);
      expect("error" in result).toBe(true);
      if ("error" in result)
        expect(formatMessage(result.error, "en")).toMatch(
          /^required column is missing: '(huishouden|factor)'/,
        );
    }
    const result = resolveHeader(["household"]);
    expect("error" in result && formatMessage(result.error, "en")).toBe(
      "required column is missing: 'factor'",
    );
    const household = resolveHeader(["factor"]);
    expect("error" in household && formatMessage(household.error, "en")).toBe(
      "required column is missing: 'huishouden' (or 'household')",
    );
    expect("error" in household && formatMessage(household.error, "nl")).toBe(
      "verplichte kolom ontbreekt: 'huishouden' (of 'household')",
    );
  });
});

describe("cells Power BI sends as values", () => {
  it("reads a Date as its calendar day and numbers as numbers", () => {
    const t = table([
      { h: "A", f: "psych_kind", d: new Date(2026, 0, 31), o: 1, k: 2, v: 1 },
      { h: 17, f: "cogn_kind", d: new Date(2026, 1, 28), g: 2.5 },
    ]);
    expect(t.rejected).toEqual([]);
    expect(t.latestDate).toBe("2026-02-28");
    expect(t.previousDate).toBe("2026-01-31");
    expect(t.keys).toEqual(["17"]);
  });

  it("rejects an invalid Date", () => {
    expect(verdict({ ...ok, d: new Date(Number.NaN) })).toMatch(/^date is not a date/);
  });
});
