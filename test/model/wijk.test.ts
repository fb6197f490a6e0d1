import { describe, expect, it } from "vitest";
import { Lit, run } from "./helpers";

/** n households in a wijk, each with the given active factors and a parent and a child. */
function households(
  wijk: string | undefined,
  n: number,
  factors: string[],
  prefix = wijk ?? "none",
): Lit[] {
  return Array.from({ length: n }, (_, i) =>
    factors.map((f) => ({ h: `${prefix}-${i}`, f, wijk, o: 1, k: 1 })),
  ).flat();
}

const wijken = (lits: Lit[], doc: unknown = {}) => run(lits, doc, "wijk").report.wijken!;

const ALL_DOMAINS = [
  "kind",
  "ouders",
  "opvoeding",
  "gezin",
  "context",
  "sociaal_netwerk",
  "hulpverlening",
  "veiligheid",
];

describe("the district view", () => {
  it("counts households per wijk and, per domain, households with an active factor there", () => {
    const rows = wijken([
      ...households("Centrum", 6, ["psych_kind", "cogn_kind"]),
      ...households("Centrum", 5, ["psych_ouders"], "C2"),
      ...households("Centrum", 2, ["huiselijk_geweld"], "C3"),
    ]);
    expect(rows).toEqual([
      {
        wijk: "Centrum",
        households: 13,
        leefgebieden: {
          kind: 6,
          ouders: 5,
          opvoeding: 0,
          gezin: 0,
          context: 0,
          sociaal_netwerk: 0,
          hulpverlening: 0,
          veiligheid: "<5",
        },
      },
    ]);
  });

  it("lists every life domain key in display order, without overig when no one has a factor there", () => {
    const [centrum] = wijken(households("Centrum", 5, ["psych_kind"]));
    expect(Object.keys(centrum.leefgebieden!)).toEqual(ALL_DOMAINS);
  });

  it("adds overig, in every district, when some in-scope household has an active factor there", () => {
    const rows = wijken([
      ...households("A", 5, ["psych_kind"]),
      ...households("B", 5, ["mantelzorg"]),
    ]);
    expect(Object.keys(rows[0].leefgebieden!)).toEqual([...ALL_DOMAINS, "overig"]);
    expect(rows[0].leefgebieden!.overig).toBe(0);
    expect(rows[1].leefgebieden!.overig).toBe(5);
  });

  it("leaves overig out when only out-of-scope or inactive households have it", () => {
    const rows = wijken([
      ...households("A", 5, ["psych_kind"]),
      { h: "x", f: "mantelzorg", wijk: "A", o: 0, k: 1 },
      { h: "y", f: "mantelzorg", wijk: "A", v: 0 },
    ]);
    expect(Object.keys(rows[0].leefgebieden!)).not.toContain("overig");
  });

  it("counts only in-scope households", () => {
    const rows = wijken([
      ...households("A", 5, ["psych_kind"]),
      { h: "x", f: "psych_kind", wijk: "A", o: 0, k: 1 },
    ]);
    expect(rows[0].households).toBe(5);
    expect(rows[0].leefgebieden!.kind).toBe(5);
  });

  it("counts a household once per domain however many factors it has there", () => {
    const rows = wijken(households("A", 5, ["psych_kind", "cogn_kind", "schoolverzuim"]));
    expect(rows[0].leefgebieden!.kind).toBe(5);
  });

  it("puts households without a wijk in (onbekend)", () => {
    const rows = wijken([
      ...households(undefined, 5, ["psych_kind"]),
      ...households("", 1, ["psych_kind"], "blank"),
    ]);
    expect(rows.map((w) => [w.wijk, w.households])).toEqual([["(onbekend)", 6]]);
  });
});

describe("small-cell suppression", () => {
  it("hides a district smaller than k entirely: households '<k', no domain counts", () => {
    const rows = wijken([
      ...households("Hertme", 4, ["psych_kind"]),
      ...households("Centrum", 5, ["psych_kind"]),
    ]);
    expect(rows.find((w) => w.wijk === "Hertme")).toEqual({
      wijk: "Hertme",
      households: "<5",
      leefgebieden: null,
    });
    expect(rows.find((w) => w.wijk === "Centrum")!.households).toBe(5);
  });

  it("shows every count from 1 to k - 1 as '<k', k itself as the number, and zero as 0", () => {
    for (let n = 1; n <= 5; n++) {
      const rows = wijken([
        ...households("A", 5, ["psych_kind"]),
        ...households("A", n, ["psych_ouders"], "B"),
      ]);
      expect(rows[0].leefgebieden!.ouders, `n = ${n}`).toBe(n < 5 ? "<5" : 5);
      expect(rows[0].leefgebieden!.veiligheid).toBe(0);
    }
  });

  it("follows minGroupSize", () => {
    const rows = wijken(
      [...households("A", 3, ["psych_kind"]), ...households("A", 2, ["psych_ouders"], "B")],
      {
        privacy: { minGroupSize: 3 },
      },
    );
    expect(rows[0]).toMatchObject({ households: 5, leefgebieden: { kind: 3, ouders: "<3" } });
    const tiny = wijken(households("A", 2, ["psych_kind"]), { privacy: { minGroupSize: 3 } });
    expect(tiny[0]).toEqual({ wijk: "A", households: "<3", leefgebieden: null });
  });

  it("shows everything with minGroupSize 1", () => {
    const rows = wijken(households("A", 1, ["psych_kind"]), { privacy: { minGroupSize: 1 } });
    expect(rows[0]).toMatchObject({ households: 1, leefgebieden: { kind: 1, ouders: 0 } });
  });

  it("never shows a number between 1 and k - 1 anywhere", () => {
    const lits = [
      ...households("A", 7, ["psych_kind"]),
      ...households("A", 3, ["psych_ouders", "mantelzorg"], "A2"),
      ...households("B", 2, ["psych_kind"]),
      ...households(undefined, 9, ["lage_ses"]),
      ...households("C", 5, ["gebrek_netwerk"]),
    ];
    const text = JSON.stringify(wijken(lits));
    for (const value of text.match(/:(\d+)/g) ?? []) {
      const n = Number(value.slice(1));
      expect(n === 0 || n >= 5, value).toBe(true);
    }
  });
});

describe("district order", () => {
  it("orders districts by code point, not by locale", () => {
    const names = ["Zuid", "centrum", "Élysée", "Aa", "\u{1F3E0}", "\uFF21"];
    const lits = names.flatMap((n, i) => households(n, 1, ["psych_kind"], `h${i}`));
    expect(wijken(lits).map((w) => w.wijk)).toEqual([
      "Aa",
      "Zuid",
      "centrum",
      "Élysée",
      "\uFF21",
      "\u{1F3E0}",
    ]);
  });

  it("sorts (onbekend) by its name like any other", () => {
    const lits = [
      ...households(undefined, 1, ["psych_kind"]),
      ...households("'s-Gravenhage", 1, ["psych_kind"]),
      ...households("Aa", 1, ["psych_kind"]),
    ];
    expect(wijken(lits).map((w) => w.wijk)).toEqual(["'s-Gravenhage", "(onbekend)", "Aa"]);
  });
});
