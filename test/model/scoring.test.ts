import { describe, expect, it } from "vitest";
import { family, row, run } from "./helpers";

const priorityOf = (factors: string[], doc: unknown = {}, extra = {}): number =>
  row(run(family("A", factors, extra), doc), "A").priority;

describe("priority", () => {
  it("adds each group's default weight", () => {
    expect(priorityOf(["veiligheid_kind"])).toBe(5);
    expect(priorityOf(["psych_kind", "hulpverlening_stagneert"])).toBe(8);
    expect(
      priorityOf(["cogn_kind", "pedagogische_onmacht", "openbare_orde", "financiele_problemen"]),
    ).toBe(11);
  });

  it("counts a group once however many members are active", () => {
    expect(priorityOf(["geweld_kind", "huiselijk_geweld", "geweld_ouders"])).toBe(4);
    expect(priorityOf(["geweld_kind"])).toBe(4);
    expect(priorityOf(["psych_ouders", "cogn_ouders", "lvb_ouders"])).toBe(4);
    expect(priorityOf(["lvb"])).toBe(4);
  });

  it("counts a group once however many rows and sources report it", () => {
    const r = run([
      { h: "A", f: "veiligheid_kind", bron: "WMO" },
      { h: "A", f: "Veiligheid van het kind", bron: "Jeugd" },
      { h: "A", f: "Child safety", bron: "BOA" },
    ]);
    expect(row(r, "A").priority).toBe(5);
  });

  it("gives other catalogue factors 0 by default", () => {
    expect(
      priorityOf([
        "schoolverzuim",
        "lage_ses",
        "vechtscheiding",
        "gezondheid_kind",
        "basisveiligheid",
      ]),
    ).toBe(0);
  });

  it("ignores inactive factors", () => {
    const r = run([
      { h: "A", f: "veiligheid_kind", v: 0 },
      { h: "A", f: "psych_kind", v: 2 },
    ]);
    expect(row(r, "A").priority).toBe(4);
  });

  it("is the study's worked example: 3 + 2 + 2.5 = 7.5 and 1 + 2 + 1 + 2 = 6", () => {
    const weights = { fa: 3, fb: 2, fc: 2.5, fd: 1, fe: 2, ff: 1, fg: 2 };
    const r = run([...family("A", ["fa", "fb", "fc"]), ...family("B", ["fd", "fe", "ff", "fg"])], {
      weights,
    });
    expect(row(r, "A").priority).toBe(7.5);
    expect(row(r, "B").priority).toBe(6);
    expect(row(r, "A").rank).toBe(1);
    expect(row(r, "B").rank).toBe(2);
  });

  it("sums decimals exactly to nine places: 0.1 + 0.2 is 0.3", () => {
    expect(priorityOf(["x", "y"], { weights: { x: 0.1, y: 0.2 } })).toBe(0.3);
    const r = run(family("A", ["x", "y"]), {
      weights: { x: 0.1, y: 0.2 },
      thresholds: { orange: 0.3 },
    });
    expect(row(r, "A").light).toBe("orange");
  });
});

describe("where a weight comes from", () => {
  it("an explicit setting beats the dataset and the default", () => {
    expect(priorityOf(["veiligheid_kind"], { weights: { veiligheid_kind: 1 } }, { g: 9 })).toBe(1);
    expect(priorityOf(["geweld_kind"], { weights: { huiselijk_geweld: 0.5 } })).toBe(0.5);
    expect(priorityOf(["veiligheid_kind"], { weights: { veiligheid_kind: 0 } })).toBe(0);
  });

  it("the dataset's weight column beats the default, on any member of the group", () => {
    expect(priorityOf(["veiligheid_kind"], {}, { g: 2 })).toBe(2);
    const r = run([
      { h: "A", f: "geweld_kind", g: 1 },
      { h: "B", f: "huiselijk_geweld" },
    ]);
    expect(row(r, "A").priority).toBe(1);
    expect(row(r, "B").priority).toBe(1);
  });

  it("takes the largest when the dataset's weights disagree, with a warning", () => {
    const r = run([
      { h: "A", f: "geweld_kind", g: 1 },
      { h: "B", f: "huiselijk_geweld", g: "2.5" },
      { h: "C", f: "geweld_ouders", g: 1 },
    ]);
    expect(row(r, "C").priority).toBe(2.5);
    expect(r.warnings).toEqual([
      "weights for 'huiselijk_geweld' differ in the dataset (1, 2.5): 2.5 is used",
    ]);
  });

  it("does not warn about disagreeing dataset weights that a setting overrides", () => {
    const r = run(
      [
        { h: "A", f: "psych_kind", g: 1 },
        { h: "B", f: "psych_kind", g: 3 },
      ],
      { weights: { psych_kind: 2 } },
    );
    expect(row(r, "A").priority).toBe(2);
    expect(r.warnings).toEqual([]);
  });

  it("reads the weight column over every snapshot, inactive rows included", () => {
    const r = run([
      { h: "A", f: "psych_kind", g: 7, d: "2026-01-31", v: 0 },
      { h: "A", f: "psych_kind", d: "2026-02-28" },
    ]);
    expect(row(r, "A").priority).toBe(7);
  });

  it("ignores the weight column of rejected rows", () => {
    const r = run([
      { h: "A", f: "psych_kind", g: 7, v: "veel" },
      { h: "A", f: "psych_kind" },
    ]);
    expect(row(r, "A").priority).toBe(4);
  });

  it("gives a weighted catalogue factor outside the default groups its own group", () => {
    expect(priorityOf(["schoolverzuim", "lage_ses"], { weights: { schoolverzuim: 1.5 } })).toBe(
      1.5,
    );
    expect(priorityOf(["schoolverzuim"], {}, { g: 2 })).toBe(2);
  });
});

describe("early warning", () => {
  it("adds the early-warning weights of the active factors", () => {
    const r = run(family("A", ["schoolverzuim", "lage_ses", "vechtscheiding", "psych_kind"]));
    expect(row(r, "A").earlyWarning).toBe(3);
    expect(row(r, "A").priority).toBe(4);
  });

  it("uses early-warning settings per factor, decimals allowed, custom factors too", () => {
    const doc = {
      earlyWarning: { weights: { schoolverzuim: 0.5, mantelzorg: 2, psych_kind: 0.25 } },
    };
    expect(
      row(run(family("A", ["schoolverzuim", "Mantelzorg", "psych_kind", "lage_ses"]), doc), "A")
        .earlyWarning,
    ).toBe(3.75);
  });

  it("counts each factor once", () => {
    const r = run([
      { h: "A", f: "schoolverzuim", bron: "X" },
      { h: "A", f: "schoolabsentie", bron: "Y" },
    ]);
    expect(row(r, "A").earlyWarning).toBe(1);
  });
});

describe("the traffic light", () => {
  const light = (weight: number, doc: Record<string, unknown> = {}) =>
    row(run(family("A", ["x"]), { ...doc, weights: { x: weight } }), "A").light;

  it("is red from 10, orange from 5, green below, boundaries included", () => {
    expect(light(10)).toBe("red");
    expect(light(9.999)).toBe("orange");
    expect(light(5)).toBe("orange");
    expect(light(4.999)).toBe("green");
    expect(light(0)).toBe("green");
  });

  it("follows the threshold settings", () => {
    expect(light(3, { thresholds: { orange: 2, red: 3 } })).toBe("red");
    expect(light(2, { thresholds: { orange: 2, red: 3 } })).toBe("orange");
    expect(light(0, { thresholds: { orange: 0, red: 1 } })).toBe("orange");
  });
});

describe("flags", () => {
  it("raises early-warning at the threshold and not below", () => {
    expect(row(run(family("A", ["schoolverzuim", "lage_ses"])), "A").flags).toEqual([
      "early-warning",
    ]);
    expect(row(run(family("A", ["schoolverzuim"])), "A").flags).toEqual([]);
    expect(
      row(run(family("A", ["schoolverzuim"]), { earlyWarning: { threshold: 1 } }), "A").flags,
    ).toEqual(["early-warning"]);
  });

  it("raises multi-domain at three domains and not at two", () => {
    expect(
      row(run(family("A", ["psych_kind", "psych_ouders", "pedagogische_onmacht"])), "A").flags,
    ).toEqual(["multi-domain"]);
    expect(row(run(family("A", ["psych_kind", "psych_ouders", "cogn_kind"])), "A").flags).toEqual(
      [],
    );
    expect(
      row(run(family("A", ["psych_kind", "psych_ouders"]), { thresholds: { multiDomain: 2 } }), "A")
        .flags,
    ).toEqual(["multi-domain"]);
  });

  it("raises known-widely at three distinct sources and not at two", () => {
    const lits = (sources: string[]) => sources.map((bron) => ({ h: "A", f: "psych_kind", bron }));
    expect(row(run(lits(["WMO", "Jeugd", "BOA"])), "A").flags).toEqual(["known-widely"]);
    expect(row(run(lits(["WMO", "Jeugd", "wmo"])), "A").flags).toEqual([]);
    expect(row(run(lits(["WMO"]), { thresholds: { knownWidely: 1 } }), "A").flags).toEqual([
      "known-widely",
    ]);
  });

  it("raises rising when the increase reaches the threshold, only with a previous snapshot", () => {
    const grow = (before: string[], after: string[]) => [
      ...before.map((f) => ({ h: "A", f, d: "2026-01-31" })),
      ...after.map((f) => ({ h: "A", f, d: "2026-02-28" })),
    ];
    expect(row(run(grow(["x"], ["x", "y"]), { weights: { x: 1, y: 1 } }), "A").flags).toEqual([
      "rising",
    ]);
    expect(row(run(grow(["x"], ["x", "y"]), { weights: { x: 1, y: 0.5 } }), "A").flags).toEqual([]);
    expect(
      row(
        run(grow(["x"], ["x", "y"]), {
          weights: { x: 0.1, y: 0.2 },
          thresholds: { risingMinIncrease: 0.2 },
        }),
        "A",
      ).flags,
    ).toEqual(["rising"]);
    expect(
      row(run(grow(["x"], ["x"]), { weights: { x: 1 }, thresholds: { risingMinIncrease: 0 } }), "A")
        .flags,
    ).toEqual(["rising"]);
    expect(row(run(grow(["x", "y"], ["x"]), { weights: { x: 1, y: 1 } }), "A").flags).toEqual([]);
    expect(
      row(run(family("A", ["x"]), { weights: { x: 5 }, thresholds: { risingMinIncrease: 0 } }), "A")
        .flags,
    ).toEqual([]);
  });

  it("lists raised flags in contract order", () => {
    const lits = [
      { h: "A", f: "veiligheid_kind", d: "2026-01-31" },
      ...["schoolverzuim", "lage_ses", "psych_ouders", "veiligheid_kind"].map((f, i) => ({
        h: "A",
        f,
        bron: `S${i}`,
        d: "2026-02-28",
      })),
    ];
    expect(row(run(lits), "A").flags).toEqual([
      "early-warning",
      "multi-domain",
      "known-widely",
      "rising",
    ]);
  });
});
