// @vitest-environment jsdom
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { dataView, mount, syntheticRows } from "./fixtures";

/** Structural WCAG 2.1 A/AA rules; colour contrast needs layout, which the browser tests check. */
async function violations(element: HTMLElement): Promise<string[]> {
  const result = await axe.run(element, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    rules: { "color-contrast": { enabled: false } },
  });
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

describe("accessibility rules (axe-core in jsdom)", () => {
  const rows = syntheticRows(30, 21);

  it("passes at household level", async () => {
    expect(await violations(mount(dataView(rows)).element)).toEqual([]);
  });

  it("passes at district level", async () => {
    expect(
      await violations(
        mount(dataView(rows, { objects: { privacy: { level: "wijk" } } as never })).element,
      ),
    ).toEqual([]);
  });

  it("passes with a household expanded", async () => {
    const { element } = mount(dataView(rows));
    element.querySelector<HTMLElement>('.gb-heatMatrix [data-pos="0"][data-col="0"]')!.click();
    expect(await violations(element)).toEqual([]);
  });

  it("passes on the landing page", async () => {
    expect(await violations(mount(undefined).element)).toEqual([]);
  });
});
