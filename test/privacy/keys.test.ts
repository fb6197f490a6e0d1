// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dataView } from "../visual/fixtures";
import { RUNS, SEED } from "../fuzz/arbitraries";
import { Probe, probe, settle } from "../fuzz/probe";
import { PrivacyData, privacyData } from "./data";
import { everythingShown, hoverEverything } from "./observe";

const runs = Math.max(15, Math.round(RUNS / 15));
const options = { numRuns: runs, seed: SEED };

/** Data plus one household that moves district, so the warning icon has a note about a household (when it had one). */
function withMove(data: PrivacyData): PrivacyData {
  if (!data.rows.length) return data;
  const first = data.rows[0];
  const moved = {
    ...first,
    factor: "huisvesting",
    wijk: first.wijk === "Elders" ? "Anders" : "Elders",
  };
  return { ...data, rows: [...data.rows, moved] };
}

/** Opens details, context menus and selections on the first rows of every view. */
async function useEverything(p: Probe): Promise<void> {
  const cells = Array.from(p.element.querySelectorAll<HTMLElement>("[data-pos][data-col]")).slice(
    0,
    8,
  );
  for (const [i, el] of cells.entries()) {
    el.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
    el.dispatchEvent(new KeyboardEvent("keydown", { key: "ContextMenu", bubbles: true }));
    if (i % 4 === 0) el.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
  }
  p.element.querySelector<HTMLElement>('.gb-heatMatrix [data-col="0"]')?.click(); // expand or drill
  await settle();
  hoverEverything(p);
}

const objects = (level: string, showKeys?: boolean) =>
  ({ privacy: { level, ...(showKeys === undefined ? {} : { showKeys }) } }) as never;

describe(`household keys (seed ${SEED}, ${runs} runs)`, () => {
  it("appear nowhere when hidden (the default): not in the DOM, tooltips, menus or the warning", async () => {
    await fc.assert(
      fc.asyncProperty(
        privacyData.map(withMove),
        fc.constantFrom("household", "wijk"),
        fc.constantFrom(undefined, false),
        async (data, level, showKeys) => {
          const p = probe();
          try {
            p.update(dataView(data.rows, { objects: objects(level, showKeys) }), {
              width: 1200,
              height: 400,
            });
            await useEverything(p);
            const shown = everythingShown(p);
            for (const key of data.keys) {
              const leak = shown.find((s) => s.includes(key));
              if (leak !== undefined) expect.fail(`key ${key} shown in "${leak.slice(0, 200)}"`);
            }
            // The household that moved district is named by its rank in the warning.
            if (data.rows[0]?.wijk)
              expect(p.warnings.flat().join("\n")).toMatch(
                /'(Huishouden|Household) (\d+|–)' (heeft wijk|has district)/,
              );
            // Rank labels stand in for the keys on every listed household.
            if (level === "household") {
              for (const label of Array.from(
                p.element.querySelectorAll(".gb-bars .gb-label, .gb-flags .gb-label"),
              ))
                expect(label.textContent).toMatch(/^#\d+$/);
            }
          } finally {
            p.dispose();
          }
        },
      ),
      options,
    );
  }, 3_600_000);

  it("are shown when the report author turns them on (so the check above can see them)", () => {
    const p = probe();
    return fc
      .assert(
        fc.asyncProperty(
          privacyData.filter((d) => d.keys.length > 0),
          async (data) => {
            p.update(dataView(data.rows, { objects: objects("household", true) }));
            const labels = Array.from(p.element.querySelectorAll(".gb-bars .gb-label")).map(
              (l) => l.textContent,
            );
            expect(labels.length).toBeGreaterThan(0);
            for (const label of labels) expect(data.keys).toContain(label);
          },
        ),
        { numRuns: 5, seed: SEED },
      )
      .finally(() => p.dispose());
  });
});
