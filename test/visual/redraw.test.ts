// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { dataView, mount, syntheticRows } from "./fixtures";

/** Every change to the DOM under `root` while `act` runs: nodes, attributes and text. */
function mutations(root: Element, act: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  act();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

const describeRecord = (r: MutationRecord) =>
  `${r.type} ${r.attributeName ?? ""} on ${(r.target as Element).className ?? r.target.nodeName}`;

describe("redrawing", () => {
  const rows = syntheticRows(300);

  it("leaves the DOM untouched when Power BI sends the same data again", () => {
    const { element, update } = mount(dataView(rows));
    expect(element.querySelectorAll(".gb-bar").length).toBeGreaterThan(0);
    const changes = mutations(element, () => update(dataView(rows)));
    expect(changes.map(describeRecord)).toEqual([]);
  });

  it("rewrites what a weight change moves, and nothing when the same weights come again", () => {
    const weights = { objects: { priorityWeights: { veiligheid_kind: 9 } } as never };
    const { element, update } = mount(dataView(rows));
    const before = element.querySelector(".gb-bars")?.textContent;
    const first = mutations(element, () => update(dataView(rows, weights)));
    expect(first.length).toBeGreaterThan(0);
    expect(element.querySelector(".gb-bars")?.textContent).not.toBe(before);
    const again = mutations(element, () => update(dataView(rows, weights)));
    expect(again.map(describeRecord)).toEqual([]);
  });

  it("reads no layout of the views a one-view visual hides (each read would be a forced layout)", () => {
    const display = { view: "bars" };
    const { element, update } = mount(dataView(rows, { objects: { display } as never }));
    let reads = 0;
    for (const kind of ["heatMatrix", "flags"]) {
      const viewport = element.querySelector(`.gb-${kind} .gb-scroll`) as HTMLElement;
      expect(viewport.closest("section")?.hidden).toBe(true);
      for (const property of ["clientHeight", "clientWidth", "offsetHeight", "scrollTop"])
        Object.defineProperty(viewport, property, { get: () => ++reads && 0 });
    }
    update(
      dataView(rows, {
        objects: { display, priorityWeights: { veiligheid_kind: 9 } } as never,
      }),
    );
    expect(element.querySelectorAll(".gb-bars .gb-bar").length).toBeGreaterThan(0);
    expect(reads).toBe(0);
  });
});
