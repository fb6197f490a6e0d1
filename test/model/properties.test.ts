import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOGUE, EARLY_WARNING_WEIGHTS, PRIORITY_GROUPS, normalise } from "../../src/model";
import { Lit, run, table } from "./helpers";

/** A fixed seed keeps CI repeatable; set FC_SEED to explore. fast-check prints the seed on failure. */
const OPTIONS = {
  seed: Number(process.env.FC_SEED ?? 20261203),
  numRuns: Number(process.env.FC_RUNS ?? 200),
};

const HOUSEHOLDS = ["A", "B", "C", "é", "\u{1F600}", "\uE000"];
/** Each household lives in one wijk; rows may leave it blank, so the first non-empty one is order-free. */
const WIJK_OF: Record<string, string> = {
  A: "Centrum",
  B: "Hertme",
  C: "Centrum",
  é: "Zuid",
  "\u{1F600}": "Zuid",
  "\uE000": "",
};

/** Custom factors, each with one leefgebied, so their domain does not depend on which row comes first. */
const CUSTOM = [
  { texts: ["Mantelzorg", "mantelzorg ", "MANTEL-ZORG"], leefgebied: "Ouders" },
  { texts: ["Eenzaamheid"], leefgebied: "" },
  { texts: ["constructor"], leefgebied: "buurt" },
];
const CUSTOM_LEEFGEBIED = new Map(
  CUSTOM.flatMap((c) => c.texts.map((t) => [normalise(t).replace(/ /g, ""), c.leefgebied])),
);

const catalogueText = fc.constantFrom(
  ...CATALOGUE.flatMap((f) => [f.code, f.nl, f.en.toUpperCase(), ...f.aliases]),
);
const customText = fc.constantFrom(...CUSTOM.flatMap((c) => c.texts));

/** A row literal: mostly valid, sometimes rejected, over two snapshot dates or none. */
function rowArb(dated: boolean): fc.Arbitrary<Lit> {
  return fc
    .record({
      h: fc.constantFrom(...HOUSEHOLDS, ""),
      f: fc.oneof({ weight: 4, arbitrary: catalogueText }, { weight: 1, arbitrary: customText }),
      v: fc.constantFrom("", "", "1", "0", "2.5", "veel", "-1"),
      bron: fc.constantFrom("", "WMO", "wmo ", "Jeugd", "BOA", "Leerplicht"),
      d: dated
        ? fc.constantFrom("2026-01-31", "31-01-2026", "2026-02-28", "2026-02-28", "", "2026-02-30")
        : fc.constant(""),
      o: fc.constantFrom("", "", "1", "2", "0", "1.5"),
      k: fc.constantFrom("", "", "1", "3", "0"),
      g: fc.constantFrom("", "", "", "", "1", "2.5", "-1"),
      lg: fc.constantFrom("", "kind", "Veiligheid", "nergens"),
      blankWijk: fc.boolean(),
    })
    .map(({ blankWijk, lg, ...r }) => {
      const custom = CUSTOM_LEEFGEBIED.get(normalise(String(r.f)).replace(/ /g, ""));
      return { ...r, wijk: blankWijk ? "" : (WIJK_OF[String(r.h)] ?? ""), lg: custom ?? lg };
    });
}

const dataset = fc
  .boolean()
  .chain((dated) => fc.array(rowArb(dated), { minLength: 1, maxLength: 40 }));

/** Numbers rows as lines 2, 3, ... so that a reordering keeps each row's own line. */
const numbered = (lits: Lit[]): Lit[] => lits.map((l, i) => ({ ...l, line: i + 2 }));

/** The report rows of the ranked households. */
const households = (lits: Lit[], doc: unknown = {}) => run(lits, doc).report.households;

describe("properties of the model", () => {
  it("gives the same report whatever the row order", () => {
    fc.assert(
      fc.property(dataset.map(numbered), fc.infiniteStream(fc.nat()), (lits, randoms) => {
        const shuffled = lits
          .map((l) => ({ l, k: randoms.next().value }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.l);
        const a = run(lits);
        const b = run(shuffled);
        expect(b.report.households).toEqual(a.report.households);
        expect(b.report.rejected).toEqual(a.report.rejected);
        expect(b.report.outOfScope).toBe(a.report.outOfScope);
        expect([...b.warnings].sort()).toEqual([...a.warnings].sort());
        expect(run(shuffled, {}, "wijk").report.wijken).toEqual(
          run(lits, {}, "wijk").report.wijken,
        );
      }),
      OPTIONS,
    );
  });

  it("changes no score when a row is repeated", () => {
    fc.assert(
      fc.property(dataset, fc.nat(), (lits, pick) => {
        const copy = lits[pick % lits.length];
        const more = [...lits, copy];
        // Everything a user sees of a household; the repeated row itself is not among it.
        const scores = (rows: Lit[]) =>
          households(rows)!.map((h) => ({
            household: h.household,
            priority: h.priority,
            earlyWarning: h.earlyWarning,
            domains: h.domains,
            sources: h.sources,
            flags: h.flags,
            rank: h.rank,
            light: h.light,
          }));
        const before = scores(lits);
        const after = scores(more);
        expect(after).toEqual(before);
      }),
      OPTIONS,
    );
  });

  it("never lowers a household's priority when a weight is raised", () => {
    fc.assert(
      fc.property(
        dataset,
        fc.nat(),
        fc.double({ min: 0.001, max: 10, noNaN: true }),
        (lits, pick, raise) => {
          const r = run(lits);
          const g = pick % r.table.groups.length;
          const code = r.table.groups[g].code;
          const raised = run(lits, { weights: { [code]: r.scores.groupWeights[g] + raise } });
          for (const [key, before] of r.byKey)
            expect(raised.byKey.get(key)!.priority).toBeGreaterThanOrEqual(before.priority);
        },
      ),
      OPTIONS,
    );
  });

  it("accounts for every row: rows in = accepted + rejected", () => {
    fc.assert(
      fc.property(dataset, (lits) => {
        const t = table(lits);
        expect(t.rowCount).toBe(lits.length);
        expect(t.acceptedCount + t.rejected.length).toBe(t.rowCount);
      }),
      OPTIONS,
    );
  });

  it("scores catalogue factors as a plain reading of the contract would", () => {
    const groupOf = new Map(PRIORITY_GROUPS.flatMap((g) => g.members.map((m) => [m, g])));
    const codes = fc.uniqueArray(fc.constantFrom(...CATALOGUE.map((f) => f.code)), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(codes, (factors) => {
        const groups = new Set(factors.map((f) => groupOf.get(f)).filter((g) => g !== undefined));
        const priority = [...groups].reduce((sum, g) => sum + g!.weight, 0);
        const earlyWarning = factors.reduce((sum, f) => sum + (EARLY_WARNING_WEIGHTS[f] ?? 0), 0);
        const domains = new Set(factors.map((f) => CATALOGUE.find((c) => c.code === f)!.domain))
          .size;
        const lits: Lit[] = [
          { h: "A", f: "psych_kind", v: 0 },
          ...factors.map((f) => ({ h: "A", f })),
        ];
        const [h] = households(lits)!;
        expect(h).toMatchObject({ priority, earlyWarning, domains, factors: [...factors].sort() });
        expect(h.light).toBe(priority >= 10 ? "red" : priority >= 5 ? "orange" : "green");
      }),
      OPTIONS,
    );
  });
});
