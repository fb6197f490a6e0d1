// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  buildTable,
  firstRows,
  highlightedHouseholds,
  missingRoles,
  roleColumns,
  sameRows,
} from "../../src/adapter/dataview";
import { followSegments } from "../../src/adapter/segments";
import { dataView, syntheticRows } from "./fixtures";

describe("the DataView adapter", () => {
  it("finds columns by role, whatever their position", () => {
    const view = dataView(syntheticRows(5));
    view.categorical!.categories!.reverse();
    const columns = roleColumns(view);
    expect(columns.cells.huishouden?.[0]).toBe("HH0001");
    expect(columns.household?.source.roles).toEqual({ huishouden: true });
    expect(missingRoles(columns)).toEqual([]);
  });

  it("reports the required roles that are not bound", () => {
    const view = dataView(syntheticRows(2));
    view.categorical!.categories = view.categorical!.categories!.filter(
      (c) => !c.source.roles?.factor,
    );
    expect(missingRoles(roleColumns(view))).toEqual(["factor"]);
    expect(missingRoles(roleColumns(undefined))).toEqual(["huishouden", "factor"]);
  });

  it("rejects rows with line numbers as if a header were line 1, with the scorer's reasons", () => {
    const rows = syntheticRows(3, 1, false);
    rows[2] = { ...rows[2], waarde: "veel" };
    rows[4] = { ...rows[4], huishouden: " " };
    const table = buildTable(roleColumns(dataView(rows)));
    expect(table.rejected.map((r) => [r.line, r.reason.code])).toEqual([
      [4, "valueNotNumber"],
      [6, "householdEmpty"],
    ]);
    expect(table.rowCount).toBe(rows.length);
  });

  it("reads peildatum Date objects as snapshots: only the latest rows count, the earlier give previous priority", () => {
    const table = buildTable(roleColumns(dataView(syntheticRows(10))));
    expect(table.latestDate).toBe("2026-02-28");
    expect(table.previousDate).toBe("2026-01-31");
  });

  it("gives each household the DataView index of its first row", () => {
    const rows = syntheticRows(4, 3, false);
    const columns = roleColumns(dataView(rows));
    const table = buildTable(columns);
    const first = firstRows(columns, table);
    table.keys.forEach((key, h) => expect(rows[first[h]].huishouden).toBe(key));
    expect(first[0]).toBe(0);
  });

  it("marks households with any highlighted row, and nothing when no highlights arrive", () => {
    const rows = syntheticRows(6, 2, false);
    const columns = roleColumns(dataView(rows, { highlights: (r) => r.huishouden === "HH0002" }));
    const table = buildTable(columns);
    const marked = highlightedHouseholds(columns, table)!;
    expect(table.keys.filter((_, h) => marked[h])).toEqual(["HH0002"]);
    expect(highlightedHouseholds(roleColumns(dataView(rows)), table)).toBeNull();
  });

  it("sees the same rows in a new DataView (format change) and a change in one cell", () => {
    const rows = syntheticRows(5);
    const a = roleColumns(dataView(rows));
    expect(sameRows(a, roleColumns(dataView(rows)))).toBe(true);
    const changed = rows.map((r, i) => (i === 3 ? { ...r, factor: "lvb" } : r));
    expect(sameRows(a, roleColumns(dataView(changed)))).toBe(false);
    expect(sameRows(undefined, a)).toBe(false);
  });
});

describe("fetchMoreData segments", () => {
  const host = (answer: boolean) => ({
    calls: [] as unknown[],
    fetchMoreData(aggregate?: boolean) {
      this.calls.push(aggregate);
      return answer;
    },
  });

  it("asks for the next segment, aggregated, while Power BI says more rows exist", () => {
    const h = host(true);
    expect(followSegments(dataView(syntheticRows(2), { segment: true }), 30000, h)).toEqual({
      kind: "loading",
      rows: 30000,
    });
    expect(h.calls).toEqual([true]);
  });

  it("reports partial data when Power BI declines to send more", () => {
    expect(
      followSegments(dataView(syntheticRows(2), { segment: true }), 60000, host(false)),
    ).toEqual({ kind: "partial", rows: 60000 });
  });

  it("is complete without a segment, and asks nothing", () => {
    const h = host(true);
    expect(followSegments(dataView(syntheticRows(2)), 12, h).kind).toBe("complete");
    expect(h.calls).toEqual([]);
  });
});
