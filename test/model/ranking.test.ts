import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../../src/model";
import { rankOrder } from "../../src/model/ranking";
import { Lit, family, ranked, row, run } from "./helpers";

describe("family scope", () => {
  const lits: Lit[] = [
    { h: "no-parents", f: "veiligheid_kind", o: 0, k: 2 },
    { h: "no-children", f: "veiligheid_kind", o: 2, k: 0 },
    { h: "unknown", f: "veiligheid_kind" },
    { h: "half-known", f: "veiligheid_kind", o: 1 },
    { h: "family", f: "veiligheid_kind", o: 1, k: 1 },
  ];

  it("leaves households with 0 parents or 0 children out of the ranking and counts them", () => {
    const r = run(lits);
    expect(ranked(r)).toEqual(["family", "half-known", "unknown"]);
    expect(r.report.outOfScope).toBe(2);
    expect(r.scores.rank[r.table.keys.indexOf("no-parents")]).toBe(0);
  });

  it("keeps a household whose composition is unknown", () => {
    expect(row(run(lits), "unknown").rank).toBe(3);
  });

  it("uses the largest count on the current rows, so one row with a child is enough", () => {
    const r = run([
      { h: "A", f: "psych_kind", o: 1, k: 0 },
      { h: "A", f: "psych_kind", k: 1 },
    ]);
    expect(ranked(r)).toEqual(["A"]);
  });

  it("keeps everyone with familiesOnly off", () => {
    const r = run(lits, { familiesOnly: false });
    expect(ranked(r)).toHaveLength(5);
    expect(r.report.outOfScope).toBe(0);
  });
});

describe("ranking", () => {
  it("orders by priority, then early warning, then domains, all descending", () => {
    const r = run(
      [
        ...family("low", ["p1"]),
        ...family("high", ["p2"]),
        ...family("high-ew", ["p2", "schoolverzuim"]),
        ...family("high-ew-domains", ["p2", "lage_ses", "gebrek_netwerk"]),
        ...family("high-ew-domains-wide", ["p2", "lage_ses", "gebrek_netwerk", "weinig_cohesie"]),
      ],
      { weights: { p1: 1, p2: 2 } },
    );
    expect(ranked(r)).toEqual([
      "high-ew-domains-wide",
      "high-ew-domains",
      "high-ew",
      "high",
      "low",
    ]);
    expect(ranked(r).map((k) => row(r, k).rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it("puts a higher priority first even with less early warning and fewer domains", () => {
    const r = run([
      ...family("A", ["veiligheid_kind"]),
      ...family("B", ["psych_kind", "schoolverzuim", "lage_ses", "vechtscheiding"]),
    ]);
    expect(ranked(r)).toEqual(["A", "B"]);
  });

  it("breaks full ties by household key in code point order", () => {
    const keys = ["b", "B", "a", "A", "10", "9", "é", "e"];
    const r = run(keys.flatMap((k) => family(k, ["psych_kind"])));
    expect(ranked(r)).toEqual(["10", "9", "A", "B", "a", "b", "e", "é"]);
  });

  it("orders astral characters after BMP characters above U+E000, unlike UTF-16 order", () => {
    const astral = "\u{1F600}"; // 😀 U+1F600, stored as surrogates D83D DE00
    const privateUse = "\uE000";
    const fullwidth = "\uFF21"; // Ａ
    expect(astral < privateUse).toBe(true); // the trap: UTF-16 unit order
    const keys = [astral, fullwidth, privateUse, "z"];
    const r = run(keys.flatMap((k) => family(k, ["psych_kind"])));
    expect(ranked(r)).toEqual(["z", privateUse, fullwidth, astral]);
  });

  it("orders keys that share an astral prefix by what follows", () => {
    const a = "\u{1F600}a";
    const b = "\u{1F600}\uFFFF";
    const c = "\u{1F601}";
    const r = run([b, c, a].flatMap((k) => family(k, ["psych_kind"])));
    expect(ranked(r)).toEqual([a, b, c]);
  });

  it("ranks from 1 without gaps, out-of-scope households not counted", () => {
    const r = run([
      ...family("A", ["veiligheid_kind"]),
      { h: "B", f: "veiligheid_kind", o: 0, k: 1 },
      ...family("C", ["psych_kind"]),
    ]);
    expect(r.report.households!.map((h) => [h.household, h.rank])).toEqual([
      ["A", 1],
      ["C", 2],
    ]);
  });
});

describe("rank order", () => {
  // Scores as weights give them: few distinct values, or many (a thousand custom weights), with
  // -0, whole, half and huge numbers; the order must be the comparator's whichever way is taken.
  const score = fc.oneof(
    fc.constantFrom(0, -0, 0.5, 1, 4, 5, 7.5, 1e300, Number.MAX_VALUE),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
  );
  const household = fc.record({
    priority: score,
    earlyWarning: score,
    domains: fc.integer({ min: 0, max: 9 }),
    inScope: fc.boolean(),
  });

  it("is the order of comparing priority, early warning, domains and key", () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 3000 }), (list) => {
        const inputs = {
          priority: Float64Array.from(list, (x) => x.priority),
          earlyWarning: Float64Array.from(list, (x) => x.earlyWarning),
          domains: Uint8Array.from(list, (x) => x.domains),
          // Keys in an order unlike the households' (7919 is prime, so this is a permutation).
          keyRank: Int32Array.from(list, (_, h) => (h * 7919) % list.length),
        };
        const expected = list
          .map((_, h) => h)
          .filter((h) => list[h].inScope)
          .sort(
            (a, b) =>
              inputs.priority[b] - inputs.priority[a] ||
              inputs.earlyWarning[b] - inputs.earlyWarning[a] ||
              inputs.domains[b] - inputs.domains[a] ||
              inputs.keyRank[a] - inputs.keyRank[b],
          );
        const inScope = Uint8Array.from(list, (x) => (x.inScope ? 1 : 0));
        expect(Array.from(rankOrder(inputs, inScope))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe("code point order", () => {
  it("compares by code point, shorter prefix first", () => {
    expect(compareCodePoints("a", "b")).toBeLessThan(0);
    expect(compareCodePoints("ab", "a")).toBeGreaterThan(0);
    expect(compareCodePoints("x", "x")).toBe(0);
    expect(compareCodePoints("\u{10000}", "\uFFFF")).toBeGreaterThan(0);
    expect(compareCodePoints("\uFFFF", "\u{10000}")).toBeLessThan(0);
  });
});
