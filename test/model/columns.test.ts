import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COLUMNS,
  Cell,
  Column,
  RawRow,
  TableBuilder,
  codePointRanks,
  compareCodePoints,
  defaultSettings,
  score,
  validateRow,
} from "../../src/model";
import { rankOrder } from "../../src/model/ranking";

const OPTIONS = {
  seed: Number(process.env.FC_SEED ?? 20261203),
  numRuns: Number(process.env.FC_RUNS ?? 200),
};

/** Cells as extracts and Power BI give them, valid and not, with repeats so the caches are hit. */
const CELLS: Record<Column, Cell[]> = {
  huishouden: ["A", " A", "B ", "b", "", "  ", null, undefined, 7, "\u{1D538}x", "\uE000", "é"],
  factor: [
    "psych_kind",
    "Psychische problemen kind",
    "mantelzorg",
    "_-_",
    "",
    null,
    "Eigen ding",
    5,
  ],
  wijk: ["Noord", " Noord", "Zuid", "", null, 3],
  leefgebied: ["Ouders", "kind", "nergens", "", null, "Sociaal netwerk"],
  waarde: [1, 0, 2, "1", "0", "-1", -1, "x", "", null, "1,5", 1.5, NaN, Infinity, -0, true],
  bron: ["WMO", "wmo", " Wmo ", "Jeugd", "", null],
  peildatum: [
    "2026-01-31",
    "31-01-2026",
    "2026-02-28",
    "2026-02-30",
    "",
    null,
    new Date(2026, 0, 31),
    new Date(2026, 1, 28),
    new Date(NaN),
    "x",
  ],
  ouders: [1, 2, 0, "2", "", null, "-1", "1.5", "x", 1e20],
  kinderen: [1, 0, 3, "0", null, "x", -2],
  gewicht: [5, "5", 0, -0, "2,5", "2.5", "", null, "x", -1, Infinity],
};

const rowsArb = fc.array(
  fc.record(Object.fromEntries(COLUMNS.map((c) => [c.name, fc.constantFrom(...CELLS[c.name])])), {
    requiredKeys: ["huishouden", "factor"],
  }) as fc.Arbitrary<RawRow["cells"]>,
  { minLength: 1, maxLength: 30 },
);

/** The table as plain data, typed arrays as lists, so two tables compare with toEqual. */
function plain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_, v) =>
      ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : Number.isNaN(v) ? "NaN" : v,
    ),
  );
}

describe("reading by column", () => {
  it("gives the same table as adding the rows one by one, rejections and warnings included", () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (cells, decimalComma) => {
        const byRow = new TableBuilder(decimalComma);
        cells.forEach((c, i) => byRow.add({ line: i + 2, cells: c }));
        const columns: Partial<Record<Column, Cell[]>> = {};
        for (const { name } of COLUMNS)
          if (cells.some((c) => name in c)) columns[name] = cells.map((c) => c[name]);
        const byColumn = new TableBuilder(decimalComma);
        byColumn.addColumns(columns, cells.length);
        expect(plain(byColumn.finish())).toEqual(plain(byRow.finish()));
      }),
      OPTIONS,
    );
  });

  it("rejects exactly the rows validateRow rejects, with its reasons, in line order", () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (cells, decimalComma) => {
        const rows = cells.map((c, i) => ({ line: i + 2, cells: c }));
        const builder = new TableBuilder(decimalComma);
        rows.forEach((r) => builder.add(r));
        const expected = rows.flatMap((r) => {
          const v = validateRow(r, decimalComma);
          return "code" in v ? [{ line: r.line, reason: v }] : [];
        });
        const table = builder.finish();
        const dateMissing = table.rejected.filter((r) => r.reason.code === "dateMissing");
        expect(table.rejected.filter((r) => r.reason.code !== "dateMissing")).toEqual(expected);
        expect(table.rowCount).toBe(rows.length);
        expect(table.acceptedCount + expected.length + dateMissing.length).toBe(rows.length);
      }),
      OPTIONS,
    );
  });

  it("gives each household the line of its first row, a rejected row included", () => {
    const builder = new TableBuilder();
    builder.addColumns(
      { huishouden: ["B", " A", "A", "B"], factor: ["psych_kind", "", "psych_kind", "lage_ses"] },
      4,
      10,
    );
    const table = builder.finish();
    expect(table.keys).toEqual(["B", "A"]);
    expect(Array.from(table.firstLines)).toEqual([10, 11]);
  });
});

describe("ranking by precomputed key order", () => {
  const keys = ["b", "a", "\u{1F600}", "\uE000", "é", "e", "A", "aa", "ab", "B"];
  const reference = (
    priority: Float64Array,
    ew: Float64Array,
    domains: Uint8Array,
    inScope: Uint8Array,
  ) =>
    [...keys.keys()]
      .filter((h) => inScope[h])
      .sort(
        (a, b) =>
          priority[b] - priority[a] ||
          ew[b] - ew[a] ||
          domains[b] - domains[a] ||
          compareCodePoints(keys[a], keys[b]),
      );
  const keyRank = new Int32Array(keys.length);
  [...keys.keys()]
    .sort((a, b) => compareCodePoints(keys[a], keys[b]))
    .forEach((h, r) => (keyRank[h] = r));

  it("orders as the comparator on priority, early warning, domains and code point key", () => {
    const n = keys.length;
    // Few values (the bucket path) and many distinct ones (the comparator path), -0 among them.
    const value = fc.oneof(fc.constantFrom(0, -0, 1, 2.5, 5, 10), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(value, { minLength: n, maxLength: n }),
        fc.array(value, { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: n, maxLength: n }),
        fc.array(fc.constantFrom(0, 1, 1), { minLength: n, maxLength: n }),
        (p, e, d, s) => {
          const priority = Float64Array.from(p);
          const ew = Float64Array.from(e);
          const domains = Uint8Array.from(d);
          const inScope = Uint8Array.from(s);
          const order = rankOrder({ priority, earlyWarning: ew, domains, keyRank }, inScope);
          expect(Array.from(order)).toEqual(reference(priority, ew, domains, inScope));
        },
      ),
      OPTIONS,
    );
  });

  it("breaks ties by key in code point order in a scored table", () => {
    const builder = new TableBuilder();
    builder.addColumns({ huishouden: keys, factor: keys.map(() => "psych_kind") }, keys.length);
    const table = builder.finish();
    const scores = score(table, defaultSettings());
    const ranked = Array.from(scores.order, (h) => table.keys[h]);
    expect(ranked).toEqual([...keys].sort(compareCodePoints));
  });
});

describe("key order", () => {
  const ranksBySort = (keys: string[]) => {
    const rank = new Array<number>(keys.length);
    [...keys.keys()]
      .sort((a, b) => compareCodePoints(keys[a], keys[b]))
      .forEach((h, r) => (rank[h] = r));
    return rank;
  };

  it("ranks keys by code point, whether they arrive sorted, shuffled or with astral characters", () => {
    const sorted = ["HH-00001", "HH-00002", "HH-00010", "HH-00100"];
    const shuffled = ["b", "a", "é", "e", "A", "aa", "ab", "B"];
    const astral = ["\uE000", "\u{1F600}", "a", "\u{10000}x", "\uFFFF"];
    for (const keys of [sorted, shuffled, astral, [], ["only"]])
      expect(Array.from(codePointRanks(keys))).toEqual(ranksBySort(keys));
    // UTF-16 order would put the astral characters before U+E000.
    expect(Array.from(codePointRanks(astral))).toEqual([1, 4, 0, 3, 2]);
  });
});
