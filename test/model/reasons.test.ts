import { describe, expect, it } from "vitest";
import { reasons } from "../../src/model";
import { family, run } from "./helpers";

describe("reasons behind a score", () => {
  it("lists each weighted group with an active member once, heaviest first, then by code point", () => {
    const r = run(
      family("A", [
        "geweld_kind",
        "huiselijk_geweld",
        "veiligheid_kind",
        "psych_kind",
        "lage_ses",
        "zorg",
      ]),
      {
        weights: { zorg: 4 },
      },
    );
    expect(reasons(r.table, r.scores, r.table.keys.indexOf("A"))).toEqual([
      { group: "veiligheid_kind", weight: 5 },
      { group: "huiselijk_geweld", weight: 4 },
      { group: "psych_kind", weight: 4 },
      { group: "zorg", weight: 4 },
    ]);
  });

  it("adds up to the priority", () => {
    const r = run(family("A", ["cogn_kind", "financiele_problemen", "lvb", "x"]), {
      weights: { x: 0.5 },
    });
    const sum = reasons(r.table, r.scores, 0).reduce((s, x) => s + x.weight, 0);
    expect(sum).toBe(r.byKey.get("A")!.priority);
  });
});
