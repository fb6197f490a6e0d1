import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTable } from "../../src/csv/read";
import { buildReport, defaultSettings, score } from "../../src/model";
import { RUNS, SEED, csvDocument } from "./arbitraries";

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** CSV cases are cheap (no DOM): three times the runs. */
const runs = RUNS * 3;
const options = { numRuns: runs, seed: SEED };

describe(`hostile CSV input (seed ${SEED}, ${runs} runs per property)`, () => {
  it("is always scored or refused with a message, never thrown, and no row is lost", async () => {
    await fc.assert(
      fc.asyncProperty(csvDocument, fc.integer({ min: 1, max: 64 }), async (doc, chunk) => {
        const result = await readTable(chunksOf(doc.text, chunk));
        const hasRequired = doc.columns.includes("huishouden") && doc.columns.includes("factor");
        expect(result.ok).toBe(hasRequired);
        if (!result.ok) return;

        const { table } = result;
        expect(table.acceptedCount + table.rejected.length).toBe(table.rowCount);
        expect(table.rowCount).toBe(doc.dataRows);

        const settings = defaultSettings();
        const scores = score(table, settings);
        for (const level of ["household", "wijk"] as const) {
          const report = buildReport(table, scores, settings, level, "nl");
          expect(() => JSON.parse(JSON.stringify(report))).not.toThrow();
        }
        for (const p of scores.priority) expect(Number.isFinite(p)).toBe(true);
      }),
      options,
    );
  });

  it("never shows a district count between 1 and k - 1", async () => {
    await fc.assert(
      fc.asyncProperty(csvDocument, fc.integer({ min: 0, max: 8 }), async (doc, k) => {
        const result = await readTable(chunksOf(doc.text, 4096));
        if (!result.ok) return;
        const settings = {
          ...defaultSettings(),
          familiesOnly: false,
          privacy: { minGroupSize: k },
        };
        const report = buildReport(
          result.table,
          score(result.table, settings),
          settings,
          "wijk",
          "en",
        );
        for (const row of report.wijken ?? []) {
          const counts = [row.households, ...Object.values(row.leefgebieden ?? {})];
          for (const c of counts) if (typeof c === "number") expect(c === 0 || c >= k).toBe(true);
          if (typeof row.households !== "number") expect(row.leefgebieden).toBeNull();
        }
      }),
      options,
    );
  });
});
