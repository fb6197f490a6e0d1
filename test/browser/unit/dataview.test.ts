import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv, readTable } from "../../../src/csv/read";
import { buildTable, roleColumns } from "../../../src/adapter/dataview";
import { RawRow, readDay } from "../../../src/model";
import { buildDataView, categoryValue, identityOf, measureValue } from "../../../preview/dataview";

async function* once(text: string): AsyncIterable<string> {
  yield text;
}

/** Reads CSV text the way the preview page does: the scorer's reader, rows kept, columns the file has. */
async function read(text: string) {
  const rows: RawRow[] = [];
  let decimalComma = false;
  await readCsv(once(text), (row, format) => {
    rows.push(row);
    decimalComma = format.decimalComma;
  });
  const columns = (
    [
      "huishouden",
      "factor",
      "wijk",
      "leefgebied",
      "waarde",
      "bron",
      "peildatum",
      "ouders",
      "kinderen",
      "gewicht",
    ] as const
  ).filter((c) => rows.some((r) => r.cells[c] !== undefined));
  return { rows, columns: [...columns], decimalComma };
}

const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures", name), "utf8");

describe("the CSV → DataView builder", () => {
  it("binds one aligned category per grouping column and one value column per measure the file has, in capabilities order", async () => {
    const dv = buildDataView(
      await read("waarde,factor,huishouden,wijk\n1,lvb,H1,Noord\n0,nah,H2,\n"),
    );
    const categories = dv.categorical!.categories!;
    expect(categories.map((c) => Object.keys(c.source.roles!))).toEqual([
      ["huishouden"],
      ["factor"],
      ["wijk"],
    ]);
    expect(categories.map((c) => c.values)).toEqual([
      ["H1", "H2"],
      ["lvb", "nah"],
      ["Noord", null],
    ]);
    expect(dv.categorical!.values!.map((v) => [v.source.roles, v.values])).toEqual([
      [{ waarde: true }, [1, 0]],
    ]);
    expect(categories[0].source).toMatchObject({
      displayName: "huishouden",
      queryName: "Signalen.huishouden",
      type: { text: true },
    });
    expect(dv.categorical!.values![0].source).toMatchObject({
      isMeasure: true,
      type: { numeric: true },
    });
    expect(dv.metadata.columns.map((c) => c.displayName)).toEqual([
      "huishouden",
      "factor",
      "wijk",
      "waarde",
    ]);
  });

  it("gives dates as local-midnight Date objects the model reads back as the same day", () => {
    for (const text of ["2026-03-31", "31-03-2026"]) {
      const value = categoryValue("peildatum", text);
      expect(value).toBeInstanceOf(Date);
      expect(readDay(value as Date)).toBe(readDay("2026-03-31"));
    }
    expect(categoryValue("peildatum", "31-02-2026")).toBe("31-02-2026");
    expect(categoryValue("peildatum", "  ")).toBeNull();
  });

  it("reads numbers with the file's decimal comma and passes cells that are no number through as text", () => {
    expect(measureValue("1,5", true)).toBe(1.5);
    expect(measureValue("1,5", false)).toBe("1,5");
    expect(measureValue("veel", true)).toBe("veel");
    expect(measureValue("", false)).toBeNull();
    expect(measureValue("2", false)).toBe(2);
  });

  it("gives equal category values one identity and different values different ones", () => {
    const dv = buildDataView({
      rows: [
        { line: 2, cells: { huishouden: "H1", factor: "a" } },
        { line: 3, cells: { huishouden: "H1", factor: "b" } },
      ],
      columns: ["huishouden", "factor"],
      decimalComma: false,
    });
    const [households, factors] = dv.categorical!.categories!;
    expect(households.identity![0]).toEqual(households.identity![1]);
    expect(factors.identity![0]).not.toEqual(factors.identity![1]);
    expect(identityOf(households.source, "H1")).toEqual(households.identity![0]);
  });

  it.each(["sample.csv", "bad-rows.csv"])(
    "lets the visual's adapter agree with the scorer on every row of %s",
    async (name) => {
      const text = fixture(name);
      const scorer = await readTable(once(text));
      if (!scorer.ok) throw new Error("fixture refused");
      const visual = buildTable(roleColumns(buildDataView(await read(text))));
      expect(visual.keys).toEqual(scorer.table.keys);
      expect(visual.rejected).toEqual(scorer.table.rejected);
      expect(Array.from(visual.factorIds)).toEqual(Array.from(scorer.table.factorIds));
      expect(visual.latestDate).toBe(scorer.table.latestDate);
    },
  );
});
