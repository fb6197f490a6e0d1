// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { dataView, mount, nodeCount, syntheticRows } from "./fixtures";

describe("30,000 households", () => {
  const rows = syntheticRows(30_000, 13, false);
  const view = dataView(rows);

  it("keeps the DOM bounded and the grid's row count complete", () => {
    const { element } = mount(view, { width: 1400, height: 900 });
    expect(nodeCount(element)).toBeLessThanOrEqual(3000);
    const grid = element.querySelector(".gb-heatMatrix [role=grid]")!;
    const ranked = Number(grid.getAttribute("aria-rowcount")) - 1;
    expect(ranked).toBeGreaterThan(28_000);
    expect(element.querySelectorAll(".gb-heatMatrix [role=row]").length).toBeLessThan(60);
  });

  it("draws the rows at the scroll position, with their place in the whole list", async () => {
    const { element } = mount(view, { width: 1400, height: 900 });
    const scroller = element.querySelector<HTMLElement>(".gb-bars .gb-scroll")!;
    scroller.scrollTop = 28 * 20_000;
    scroller.dispatchEvent(new Event("scroll"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const positions = Array.from(element.querySelectorAll(".gb-bars [role=option]")).map((o) =>
      Number(o.getAttribute("aria-posinset")),
    );
    expect(positions).toContain(20_001);
    expect(Math.max(...positions) - Math.min(...positions)).toBeLessThan(60);
    expect(nodeCount(element)).toBeLessThanOrEqual(3000);
  });

  it("stays bounded at district level and when drilled into a district", () => {
    const { element } = mount(
      dataView(rows, { objects: { privacy: { level: "wijk" } } as never }),
      { width: 1400, height: 900 },
    );
    expect(nodeCount(element)).toBeLessThanOrEqual(3000);
    element.querySelector<HTMLElement>(".gb-heatMatrix .gb-label")!.click();
    expect(element.querySelector<HTMLElement>(".gb-back")!.hidden).toBe(false);
    expect(nodeCount(element)).toBeLessThanOrEqual(3000);
  });
});
