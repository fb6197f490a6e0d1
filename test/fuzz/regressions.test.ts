// @vitest-environment jsdom
import powerbi from "powerbi-visuals-api";
import { describe, expect, it } from "vitest";
import { probe } from "./probe";

/** Cases the properties found, kept as plain examples so they run on every seed. */
const view = (categories: unknown[], values: unknown[] = []) =>
  ({
    metadata: { columns: [] },
    categorical: { categories, values },
  }) as unknown as powerbi.DataView;
const column = (role: string, values: unknown) => ({
  source: { displayName: role, roles: { [role]: true } },
  values,
});

describe("found by the properties", () => {
  it("a Date with no time (NaN) as household key is an empty key: a rejected row, not a failed update", () => {
    const p = probe("en-US");
    p.update(
      view([
        column("huishouden", [new Date(NaN), "H1"]),
        column("factor", ["psych_kind", "psych_kind"]),
      ]),
    );
    expect(p.failures).toEqual([]);
    expect(p.element.querySelector(".gb-summary")?.textContent).toMatch(/^1 household/);
    expect(p.warnings.at(-1)?.[1]).toContain("1 of 2 rows were rejected.");
    expect(p.warnings.at(-1)?.[1]).toContain("Line 2: household is empty");
    p.dispose();
  });

  it("an invalid Date as peildatum rejects its row with the date reason", () => {
    const p = probe("en-US");
    p.update(
      view([
        column("huishouden", ["H1", "H2"]),
        column("factor", ["psych_kind", "psych_kind"]),
        column("peildatum", [new Date(2026, 1, 28), new Date(NaN)]),
      ]),
    );
    expect(p.failures).toEqual([]);
    expect(p.warnings.at(-1)?.[1]).toMatch(/Line 3: .*date/i);
    p.dispose();
  });

  it("a role bound twice, the last column without values, rejects the rows instead of failing", () => {
    const p = probe("en-US");
    p.update(
      view([column("huishouden", ["H1"]), column("factor", [0]), column("huishouden", undefined)]),
    );
    expect(p.failures).toEqual([]);
    expect(p.warnings.at(-1)?.[1]).toContain("1 of 1 rows were rejected.");
    p.dispose();
  });

  it("a priority saturated at the largest number draws its bar (it once hung the value column's fit)", () => {
    const p = probe("en-US");
    const gewicht = {
      source: { displayName: "gewicht", roles: { gewicht: true }, isMeasure: true },
      values: [Number.MAX_VALUE, Number.MAX_VALUE],
    };
    p.update(
      view(
        [column("huishouden", ["H1", "H1"]), column("factor", ["psych_kind", "schulden"])],
        [gewicht],
      ),
    );
    expect(p.failures).toEqual([]);
    const value = p.element.querySelector(".gb-bars .gb-value")?.textContent ?? "";
    expect(value).toMatch(/^179,769,313/);
    p.dispose();
  });

  it("factors named like object members (constructor, length) get colours and draw their bars", () => {
    // The test host's palette once threw on `getColor("length")` and had no colour for `constructor`.
    const p = probe("en-US");
    const gewicht = {
      source: { displayName: "gewicht", roles: { gewicht: true }, isMeasure: true },
      values: [1, 1],
    };
    p.update(
      view(
        [column("huishouden", ["H1", "H1"]), column("factor", ["constructor", "length"])],
        [gewicht],
      ),
    );
    expect(p.failures).toEqual([]);
    const bar = p.element.querySelector<HTMLElement>(".gb-bars .gb-track")?.style;
    expect(bar?.getPropertyValue("--gb-bar")).toMatch(
      /^linear-gradient\(to right, #[0-9a-f]{6} 0%/i,
    );
    p.dispose();
  });
});
