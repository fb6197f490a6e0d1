// @vitest-environment jsdom
import fc from "fast-check";
import powerbi from "powerbi-visuals-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataView, syntheticRows } from "../visual/fixtures";
import { RUNS, SEED } from "./arbitraries";
import { hostileCase, hostileObjects, toDataView } from "./dataview";
import { elements, unsafeDom } from "./dom";
import { Gesture, Probe, gesture, perform, probe, settle } from "./probe";

/** Sequences are long: a twenty-fifth of the runs, each up to 15 steps. */
const runs = Math.max(10, Math.round(RUNS / 25));
const options = { numRuns: runs, seed: SEED };

/** Net listeners added through EventTarget, in total and on window and document. */
const listeners = { net: 0, global: 0 };
const original = {
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
};

beforeAll(() => {
  const isGlobal = (t: EventTarget) => t === window || t === document;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    ...args: Parameters<EventTarget["addEventListener"]>
  ) {
    listeners.net++;
    if (isGlobal(this)) listeners.global++;
    return original.add.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    ...args: Parameters<EventTarget["removeEventListener"]>
  ) {
    listeners.net--;
    if (isGlobal(this)) listeners.global--;
    return original.remove.apply(this, args);
  };
});
afterAll(() => {
  EventTarget.prototype.addEventListener = original.add;
  EventTarget.prototype.removeEventListener = original.remove;
});

type Step =
  | { kind: "data"; view: powerbi.DataView | undefined }
  | { kind: "resize"; width: number; height: number }
  | { kind: "settings"; objects: unknown }
  | { kind: "highlight"; on: boolean }
  | { kind: "segment"; rows: number; more: boolean }
  | { kind: "gesture"; gesture: Gesture };

const base = syntheticRows(24, 11);

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: hostileCase(20).map((c): Step => ({ kind: "data", view: toDataView(c) })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("resize" as const),
      width: fc.integer({ min: 0, max: 2000 }),
      height: fc.integer({ min: 0, max: 1500 }),
    }),
  },
  { weight: 2, arbitrary: hostileObjects.map((objects): Step => ({ kind: "settings", objects })) },
  { weight: 1, arbitrary: fc.boolean().map((on): Step => ({ kind: "highlight", on })) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("segment" as const),
      rows: fc.integer({ min: 1, max: base.length }),
      more: fc.boolean(),
    }),
  },
  { weight: 4, arbitrary: gesture.map((g): Step => ({ kind: "gesture", gesture: g })) },
);

/** Applies a step; the visual keeps the viewport and objects of earlier steps, as Power BI does. */
function apply(
  p: Probe,
  s: Step,
  state: { viewport: { width: number; height: number }; objects: unknown },
): void {
  const rows = (view: powerbi.DataView) => {
    view.metadata.objects = state.objects as powerbi.DataViewObjects;
    return view;
  };
  switch (s.kind) {
    case "data":
      return p.update(s.view, state.viewport);
    case "resize":
      state.viewport = { width: s.width, height: s.height };
      return p.update(rows(dataView(base)), state.viewport, 4);
    case "settings":
      state.objects = s.objects;
      return p.update(rows(dataView(base)), state.viewport);
    case "highlight":
      return p.update(
        rows(dataView(base, s.on ? { highlights: (r) => r.wijk === "Centrum" } : {})),
        state.viewport,
      );
    case "segment":
      p.moreData = s.more;
      return p.update(
        rows(dataView(base.slice(0, s.rows), { segment: s.rows < base.length })),
        state.viewport,
      );
    case "gesture":
      return perform(p, s.gesture);
  }
}

/** Puts a visual in a known state: reference data, no selection, no expanded row, scrolled to the top. */
async function reference(p: Probe): Promise<number> {
  p.moreData = true;
  p.update(dataView(syntheticRows(30, 5)), { width: 1200, height: 600 });
  const manager = p.host.createSelectionManager();
  await manager.clear();
  (manager as unknown as { simutateSelection(ids: unknown[]): void }).simutateSelection([]);
  if (!p.element.querySelector<HTMLElement>(".gb-details")?.hidden) {
    p.element
      .querySelector(".gb-heatMatrix [data-pos][data-col]")
      ?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  }
  for (const scroller of Array.from(p.element.querySelectorAll<HTMLElement>(".gb-scroll"))) {
    scroller.scrollTop = 0;
    scroller.dispatchEvent(new Event("scroll"));
  }
  await settle();
  // The landing page, once drawn, stays hidden with its six elements; it is not a leak.
  const landing = p.element.querySelector(".gb-landing");
  const kept = landing ? elements(landing).length - 1 : 0;
  expect(kept).toBeLessThanOrEqual(6);
  return elements(p.element).length - kept;
}

describe(`update sequences (seed ${SEED}, ${runs} runs)`, () => {
  it("keep working without leaking listeners or nodes, and destroy leaves nothing on window or document", async () => {
    const fresh = probe();
    const expectedNodes = await reference(fresh);
    fresh.dispose();

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 15 }), async (steps) => {
        const before = { ...listeners };
        const p = probe();
        const state = { viewport: { width: 1200, height: 600 }, objects: undefined as unknown };
        try {
          p.update(dataView(base), state.viewport);
          const afterFirst = listeners.net;
          for (const s of steps) {
            expect(() => apply(p, s, state)).not.toThrow();
            expect(p.failures).toEqual([]);
            expect(unsafeDom(p.element)).toEqual([]);
            expect(listeners.net).toBeLessThanOrEqual(afterFirst);
            expect(elements(p.element).length).toBeLessThan(5000);
          }
          await settle();
          expect(p.errors).toEqual([]);
          // After any history, the same reference state needs no more nodes than a fresh visual.
          expect(await reference(p)).toBe(expectedNodes);
          expect(listeners.net).toBeLessThanOrEqual(afterFirst);
        } finally {
          p.dispose();
        }
        expect(p.element.childElementCount).toBe(0);
        expect(listeners.global).toBe(before.global);
      }),
      options,
    );
  }, 3_600_000);
});
