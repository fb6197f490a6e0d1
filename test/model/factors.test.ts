import { describe, expect, it } from "vitest";
import { DOMAINS } from "../../src/model";
import { row, run, table } from "./helpers";

/** The domain code of a factor in a built table. */
function domainOf(lits: Parameters<typeof table>[0], code: string): string {
  const t = table(lits);
  const f = t.factors.find((x) => x.code === code);
  if (!f) throw new Error(`no factor ${code}`);
  return DOMAINS[f.domain].code;
}

describe("catalogue factors in rows", () => {
  it("are recognised by code, Dutch label, English label or alias and listed by code", () => {
    const r = run([
      { h: "A", f: "veiligheid_kind" },
      { h: "A", f: "Psychische of psychosociale problemen kind" },
      { h: "A", f: "Housing problems" },
      { h: "A", f: "overlast" },
      { h: "A", f: "financiele problemen" },
    ]);
    expect(row(r, "A").factors).toEqual([
      "financiele_problemen",
      "huisvesting",
      "openbare_orde",
      "psych_kind",
      "veiligheid_kind",
    ]);
  });

  it("keep their catalogue domain when the row says otherwise, with a warning", () => {
    const lits = [{ h: "A", f: "Schoolverzuim", lg: "Veiligheid" }];
    expect(domainOf(lits, "schoolverzuim")).toBe("kind");
    expect(run(lits).warnings).toEqual([
      "factor 'schoolverzuim' belongs to life domain 'kind', not 'veiligheid'",
    ]);
  });

  it("keep their catalogue domain when the row's leefgebied names no domain, with a warning quoting it", () => {
    const lits = [{ h: "A", f: "schoolverzuim", lg: "School" }];
    expect(domainOf(lits, "schoolverzuim")).toBe("kind");
    expect(run(lits).warnings).toEqual([
      "factor 'schoolverzuim' belongs to life domain 'kind', not 'School'",
    ]);
  });

  it("give no warning when the row names their own domain in any spelling", () => {
    expect(
      run([
        { h: "A", f: "schoolverzuim", lg: "Child" },
        { h: "A", f: "lage_ses", lg: "CONTEXT" },
      ]).warnings,
    ).toEqual([]);
  });

  it("warn once when many rows give the same wrong domain", () => {
    const r = run([
      { h: "A", f: "schoolverzuim", lg: "gezin" },
      { h: "B", f: "Schoolverzuim", lg: "Gezin en huishouden" },
      { h: "C", f: "schoolverzuim", lg: "gezin" },
    ]);
    expect(r.warnings).toEqual([
      "factor 'schoolverzuim' belongs to life domain 'kind', not 'gezin'",
    ]);
  });
});

describe("custom factors", () => {
  it("take their normalised text with underscores as code", () => {
    const r = run([
      { h: "A", f: "  Zorg voor   Opa " },
      { h: "A", f: "Mantel-zorg" },
    ]);
    expect(row(r, "A").factors).toEqual(["mantel_zorg", "zorg_voor_opa"]);
  });

  it("merge spellings that normalise alike", () => {
    const r = run([
      { h: "A", f: "Mantelzorg" },
      { h: "A", f: "MANTELZORG" },
      { h: "B", f: "mantelzorg " },
    ]);
    expect(row(r, "A").factors).toEqual(["mantelzorg"]);
    expect(r.table.factors.filter((f) => f.code === "mantelzorg")).toHaveLength(1);
  });

  it("take their domain from the row's leefgebied, by code or label, normalised", () => {
    expect(domainOf([{ h: "A", f: "mantelzorg", lg: "ouders" }], "mantelzorg")).toBe("ouders");
    expect(domainOf([{ h: "A", f: "mantelzorg", lg: "Sociaal-Netwerk" }], "mantelzorg")).toBe(
      "sociaal_netwerk",
    );
    expect(domainOf([{ h: "A", f: "mantelzorg", lg: "Family and household" }], "mantelzorg")).toBe(
      "gezin",
    );
    expect(domainOf([{ h: "A", f: "mantelzorg", lg: " GEZIN EN HUISHOUDEN " }], "mantelzorg")).toBe(
      "gezin",
    );
  });

  it("fall in overig without a leefgebied", () => {
    expect(domainOf([{ h: "A", f: "mantelzorg" }], "mantelzorg")).toBe("overig");
  });

  it("fall in overig with a warning when the leefgebied names no domain", () => {
    const lits = [{ h: "A", f: "mantelzorg", lg: "Buurt" }];
    expect(domainOf(lits, "mantelzorg")).toBe("overig");
    expect(run(lits).warnings).toContain(
      "unknown life domain 'Buurt' for factor 'mantelzorg': counted as other",
    );
  });

  it("take the first leefgebied that names a domain, even after rows without one, and warn about later others", () => {
    const lits = [
      { h: "A", f: "mantelzorg" },
      { h: "A", f: "mantelzorg", lg: "Buurt" },
      { h: "A", f: "mantelzorg", lg: "ouders" },
      { h: "B", f: "mantelzorg", lg: "kind" },
    ];
    expect(domainOf(lits, "mantelzorg")).toBe("ouders");
    expect(run(lits).warnings).toEqual([
      "factor 'mantelzorg' belongs to life domain 'ouders', not 'Buurt'",
      "factor 'mantelzorg' belongs to life domain 'ouders', not 'kind'",
      "unknown factor 'mantelzorg': weight 0",
    ]);
  });

  it("count in the domain they got, for domains and the district view", () => {
    const r = run([
      { h: "A", f: "mantelzorg", lg: "ouders" },
      { h: "A", f: "psych_ouders" },
    ]);
    expect(row(r, "A").domains).toBe(1);
  });

  it("weigh 0 with a warning naming them, unless a weight is given", () => {
    expect(row(run([{ h: "A", f: "Mantelzorg" }]), "A").priority).toBe(0);
    expect(run([{ h: "A", f: "Mantelzorg" }]).warnings).toEqual([
      "unknown factor 'mantelzorg': weight 0",
    ]);
    expect(run([{ h: "A", f: "Mantelzorg" }], { weights: { mantelzorg: 1.5 } }).warnings).toEqual(
      [],
    );
    expect(run([{ h: "A", f: "Mantelzorg", g: 2 }]).warnings).toEqual([]);
  });

  it("are a group of their own", () => {
    const r = run(
      [
        { h: "A", f: "mantelzorg" },
        { h: "A", f: "eenzaamheid" },
      ],
      { weights: { mantelzorg: 1, eenzaamheid: 2 } },
    );
    expect(row(r, "A").priority).toBe(3);
  });

  it("spelt like a group code join that group", () => {
    const r = run([
      { h: "A", f: "Mentaal ouders" },
      { h: "A", f: "psych_ouders" },
    ]);
    expect(row(r, "A").factors).toEqual(["mentaal_ouders", "psych_ouders"]);
    expect(row(r, "A").priority).toBe(4);
    expect(r.warnings).toEqual([]);
  });

  it("named like Object.prototype members weigh like any other", () => {
    const r = run(
      [
        { h: "A", f: "constructor" },
        { h: "A", f: "toString" },
        { h: "A", f: "__proto__" },
      ],
      { weights: { constructor: 2 } },
    );
    expect(row(r, "A").priority).toBe(2);
    expect(row(r, "A").earlyWarning).toBe(0);
    expect(row(r, "A").factors).toEqual(["constructor", "proto", "tostring"]);
  });
});
