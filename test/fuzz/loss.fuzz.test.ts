// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTable, roleColumns } from "../../src/adapter/dataview";
import { dataView, syntheticRows } from "../visual/fixtures";
import { RUNS, SEED } from "./arbitraries";
import { hostileCase, toDataView } from "./dataview";
import { probe } from "./probe";

const runs = Math.max(20, Math.round(RUNS / 3));
const options = { numRuns: runs, seed: SEED };

const blank = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

describe(`no silent loss in the visual (seed ${SEED}, ${runs} runs)`, () => {
  it("counts every row as used or rejected, and the warning names the rejected count and the first reasons", () => {
    fc.assert(
      fc.property(
        hostileCase().filter((c) => c.shape === "normal" && !c.segment),
        fc.constantFrom("nl-NL", "en-US"),
        (c, locale) => {
          const view = toDataView(c);
          const columns = roleColumns(view);
          const table = buildTable(columns);
          // Rows in = the longest column; each is used or rejected, never dropped.
          const lengths =
            c.categoriesUndefined && c.valuesUndefined
              ? []
              : c.columns.map((col) => col.values?.length ?? 0);
          expect(table.rowCount).toBe(columns.rowCount);
          expect(columns.rowCount).toBeLessThanOrEqual(Math.max(0, ...lengths));
          expect(table.acceptedCount + table.rejected.length).toBe(table.rowCount);
          // A row without a household key can only be rejected.
          const keys = columns.cells.huishouden ?? [];
          let keyless = 0;
          for (let i = 0; i < columns.rowCount; i++) if (blank(keys[i])) keyless++;
          if (columns.cells.huishouden && columns.cells.factor)
            expect(table.rejected.length).toBeGreaterThanOrEqual(keyless);

          const p = probe(locale);
          try {
            p.update(view, c.viewport);
            const bound = columns.cells.huishouden && columns.cells.factor && columns.rowCount > 0;
            const detail = p.warnings.at(-1)?.[1] ?? "";
            if (!bound) return;
            const n = table.rejected.length;
            if (n === 0) {
              expect(detail).not.toMatch(/afgewezen|rejected/);
              return;
            }
            const said =
              locale === "nl-NL"
                ? `${n} van ${table.rowCount} rijen zijn afgewezen`
                : `${n} of ${table.rowCount} rows were rejected`;
            expect(detail).toContain(said);
            for (const r of table.rejected.slice(0, 3))
              expect(detail).toMatch(new RegExp(`(Regel|Line) ${r.line}: `));
            if (n > 3) expect(detail).toMatch(new RegExp(`(en nog|and) ${n - 3}`));
          } finally {
            p.dispose();
          }
        },
      ),
      options,
    );
  }, 3_600_000);

  it("always shows truncated segment loading, on the visual and in the warning", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.boolean(),
        fc.constantFrom("nl-NL", "en-US"),
        (n, more, locale) => {
          const rows = syntheticRows(n, 3);
          const p = probe(locale);
          try {
            p.moreData = more;
            p.update(dataView(rows, { segment: true }));
            const notice = p.element.querySelector<HTMLElement>(".gb-notice")!;
            expect(notice.hidden).toBe(false);
            expect(notice.textContent).toContain(String(rows.length));
            if (more) {
              // Still loading: the views wait, the notice counts the rows so far.
              expect(notice.textContent).toMatch(/laden|Loading/);
            } else {
              expect(notice.textContent).toMatch(/geen gegevens meer|stopped sending/);
              expect(p.warnings.at(-1)?.[1]).toContain(notice.textContent!);
              expect(p.element.querySelector<HTMLElement>(".gb-summary")?.hidden).toBe(false);
            }
          } finally {
            p.dispose();
          }
        },
      ),
      { numRuns: Math.max(10, Math.round(runs / 4)), seed: SEED },
    );
  });
});
