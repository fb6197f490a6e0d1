// @vitest-environment jsdom
import fc from "fast-check";
import { createSelectionId } from "powerbi-visuals-utils-testutils";
import { describe, expect, it } from "vitest";
import { UNKNOWN_WIJK } from "../../src/model";
import { dataView } from "../visual/fixtures";
import { RUNS, SEED } from "../fuzz/arbitraries";
import { probe, settle } from "../fuzz/probe";
import { privacyData, wijkObjects } from "./data";
import { hoverEverything, perceivable } from "./observe";

const runs = Math.max(20, Math.round(RUNS / 6));
const options = { numRuns: runs, seed: SEED };

/**
 * The numbers in a text that could be counts of households: what is left after removing the
 * suppressed form (`<k`, "minder dan k") and the number of districts in the summary.
 */
export function countsIn(text: string, k: number): number[] {
  const cleaned = text
    .replace(new RegExp(`<${k}\\b`, "g"), "")
    .replace(new RegExp(`(minder dan|fewer than) ${k}\\b`, "g"), "")
    .replace(/\d+ (wijken|wijk|districts|district)\b/g, "");
  return (cleaned.match(/\d+/g) ?? []).map(Number);
}

describe(`small-cell suppression in the visual (seed ${SEED}, ${runs} runs)`, () => {
  it("shows no count from 1 to k − 1 anywhere at district level, and nothing but <k for small districts", async () => {
    await fc.assert(
      fc.asyncProperty(
        privacyData,
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom("nl-NL", "en-US"),
        fc.array(fc.nat(12), { maxLength: 4 }),
        async (data, k, locale, picks) => {
          const p = probe(locale);
          try {
            p.update(dataView(data.rows, { objects: wijkObjects(k) }));
            hoverEverything(p);
            // Ctrl-click selects a district's households; the live region then speaks.
            const spoken: string[] = [];
            // Another visual selects a few households; the live region speaks of them too.
            const firstRows = [...new Set(data.rows.map((r) => r.huishouden))].map((key) =>
              data.rows.findIndex((r) => r.huishouden === key),
            );
            const elsewhere = firstRows
              .filter((_, i) => picks.includes(i % 13))
              .map((row) => createSelectionId(`Signalen.huishouden:${row}`));
            (
              p.host.createSelectionManager() as unknown as {
                simutateSelection(ids: unknown[]): void;
              }
            ).simutateSelection(elsewhere);
            spoken.push(p.element.querySelector(".gb-live")?.textContent ?? "");
            for (const pick of picks) {
              const rows = p.element.querySelectorAll<HTMLElement>(".gb-bars [data-pos][data-col]");
              rows[pick % Math.max(1, rows.length)]?.dispatchEvent(
                new MouseEvent("click", { bubbles: true, ctrlKey: true }),
              );
              await settle(0);
              spoken.push(p.element.querySelector(".gb-live")?.textContent ?? "");
            }

            for (const text of [...perceivable(p), ...spoken]) {
              for (const n of countsIn(text, k)) {
                if (n !== 0 && n < k) expect.fail(`count ${n} < k=${k} shown in "${text}"`);
              }
            }

            // The total adds up the districts that show their count, so no difference reveals a small one.
            const shownTotal = Array.from(
              p.element.querySelectorAll(".gb-heatMatrix [role=row][aria-rowindex]"),
            )
              .map((row) => Number(row.querySelector(".gb-count")?.textContent))
              .filter((n) => Number.isFinite(n))
              .reduce((a, b) => a + b, 0);
            const summary = p.element.querySelector(".gb-summary")?.textContent ?? "";
            if (data.rows.length)
              expect(summary).toMatch(new RegExp(`\\b${shownTotal} (huishoudens|households)`));

            const small = (name: string) =>
              (data.sizes.get(name === UNKNOWN_WIJK ? "" : name) ?? 0) < k;
            for (const row of Array.from(
              p.element.querySelectorAll(".gb-heatMatrix [role=row][aria-rowindex]"),
            )) {
              const label = row.querySelector(".gb-label")?.textContent ?? "";
              if (!label || !small(label)) continue;
              const counts = Array.from(row.querySelectorAll(".gb-count")).map(
                (c) => c.textContent,
              );
              expect(counts[0]).toBe(`<${k}`);
              for (const c of counts.slice(1)) expect(c).toBe("–");
            }
            for (const row of Array.from(p.element.querySelectorAll(".gb-bars [role=option]"))) {
              const label = row.querySelector(".gb-label")?.textContent ?? "";
              if (!small(label)) continue;
              expect(row.querySelector(".gb-value")?.textContent).toBe(`<${k}`);
              const track = row.querySelector<HTMLElement>(".gb-track");
              expect(track?.style.getPropertyValue("--gb-bar") ?? "").toBe("");
            }
            for (const label of Array.from(
              p.element.querySelectorAll(".gb-flags [role=option] .gb-label"),
            ))
              expect(small(label.textContent ?? "")).toBe(false);
          } finally {
            p.dispose();
          }
        },
      ),
      options,
    );
  }, 3_600_000);

  it("keeps household counts suppressed in the summary of an opened district", async () => {
    await fc.assert(
      fc.asyncProperty(privacyData, fc.integer({ min: 2, max: 9 }), async (data, k) => {
        const p = probe("nl-NL");
        try {
          p.update(dataView(data.rows, { objects: wijkObjects(k) }));
          const expanders = Array.from(
            p.element.querySelectorAll<HTMLElement>('.gb-heatMatrix [data-col="0"]'),
          );
          const open = expanders.find((e) => e.getAttribute("aria-disabled") !== "true");
          if (!open) return;
          open.click();
          const summary = p.element.querySelector(".gb-summary")?.textContent ?? "";
          expect(summary).toMatch(/^Wijk /);
          // The part before the snapshot date holds counts of households only.
          for (const n of countsIn(summary.split(";")[0], k)) expect(n === 0 || n >= k).toBe(true);
          const live = p.element.querySelector(".gb-live")?.textContent ?? "";
          for (const n of countsIn(live.split(";")[0], k)) expect(n === 0 || n >= k).toBe(true);
        } finally {
          p.dispose();
        }
      }),
      { numRuns: Math.max(10, Math.round(runs / 3)), seed: SEED },
    );
  }, 3_600_000);
});
