// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RUNS, SEED } from "./arbitraries";
import { hostileCase, toDataView } from "./dataview";
import { unsafeDom } from "./dom";
import { Probe, gesture, perform, probe, settle } from "./probe";

/** Visual cases cost more than CSV cases (a DOM per case): a third of the runs. */
const runs = Math.max(20, Math.round(RUNS / 3));
const options = { numRuns: runs, seed: SEED };

/** What the user sees: the landing page, a notice, or the views with their summary. */
export function shownState(p: Probe): "landing" | "notice" | "views" | "nothing" {
  const landing = p.element.querySelector<HTMLElement>(".gb-landing");
  const notice = p.element.querySelector<HTMLElement>(".gb-notice");
  const summary = p.element.querySelector<HTMLElement>(".gb-summary");
  if (landing && !landing.hidden && landing.textContent) return "landing";
  if (summary && !summary.hidden && summary.textContent) return "views";
  if (notice && !notice.hidden && notice.textContent) return "notice";
  return "nothing";
}

describe(`hostile DataViews in the visual (seed ${SEED}, ${runs} runs per property)`, () => {
  it("never throws, always shows something, and builds no element, attribute or URL from data", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileCase(),
        fc.array(gesture, { maxLength: 8 }),
        fc.constantFrom("nl-NL", "en-US"),
        async (c, gestures, locale) => {
          const p = probe(locale);
          try {
            p.moreData = c.moreData;
            expect(() => p.update(toDataView(c), c.viewport)).not.toThrow();
            expect(p.failures).toEqual([]);
            expect(shownState(p)).not.toBe("nothing");
            expect(unsafeDom(p.element)).toEqual([]);

            for (const g of gestures) {
              expect(() => perform(p, g)).not.toThrow();
            }
            await settle();
            expect(p.errors).toEqual([]);
            expect(unsafeDom(p.element)).toEqual([]);
            expect(() => p.visual.getFormattingModel()).not.toThrow();
          } finally {
            p.dispose();
          }
        },
      ),
      options,
    );
  }, 3_600_000);
});
