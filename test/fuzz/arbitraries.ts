/** fast-check arbitraries for hostile household data: every shape a report or an ETL might send. */
import fc from "fast-check";
import { CATALOGUE, COLUMNS, DOMAINS } from "../../src/model";

/** How many generated cases a property runs: a few hundred in CI, as many as asked by `npm run fuzz`. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** The seed of this run, printed so a failure can be replayed with FUZZ_SEED. */
export const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const markup = fc.constantFrom(
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "<svg onload=alert(1)>",
  "{{constructor.constructor('x')()}}",
  '=HYPERLINK("http://example.invalid")',
);
const strange = fc.constantFrom(
  "",
  " ",
  "\u202eevil",
  "مرحبا",
  "e\u0301e\u0301",
  "\u0000",
  "🙂👨‍👩‍👧",
  "x".repeat(5000),
  "__proto__",
  "constructor",
  "NaN",
  "Infinity",
  "-0",
);
const knownFactor = fc.constantFrom(
  ...CATALOGUE.flatMap((f) => [f.code, f.nl, f.en, ...f.aliases]),
);

/** Any text a hostile or careless source could put in a cell. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: markup },
  { weight: 2, arbitrary: strange },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
);

/** A factor cell: mostly catalogue texts, sometimes anything. */
export const factorText = fc.oneof(
  { weight: 4, arbitrary: knownFactor },
  { weight: 1, arbitrary: anyText },
);

/** A numeric cell as text: good, bad, huge, negative, decimal comma. */
export const numberText = fc.oneof(
  fc.constantFrom(
    "",
    "0",
    "1",
    "2",
    "1,5",
    "2.5",
    "-1",
    "1e308",
    "1e309",
    "Infinity",
    "NaN",
    "veel",
    " 3 ",
  ),
  fc.double().map(String),
  fc.integer({ min: -5, max: 9 }).map(String),
);

/** A date cell as text: valid in both formats, impossible, far off, empty. */
export const dateText = fc.oneof(
  fc.constantFrom(
    "2026-11-01",
    "2026-10-01",
    "01-09-2026",
    "",
    "2026-02-30",
    "31-04-2026",
    "0000-01-01",
    "9999-12-31",
    "gisteren",
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** One row's cells in column order. */
export const rowCells = fc.record({
  huishouden: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom("H1", "H2", "H3", "H4", "H5", "H6") },
    { weight: 1, arbitrary: anyText },
  ),
  factor: factorText,
  wijk: fc.oneof(fc.constantFrom("Centrum", "Hertme", "Zenderen", ""), anyText),
  leefgebied: fc.oneof(fc.constantFrom("", ...DOMAINS.map((d) => d.nl)), anyText),
  waarde: numberText,
  bron: fc.oneof(fc.constantFrom("WMO", "Jeugd", " wmo ", ""), anyText),
  peildatum: dateText,
  ouders: numberText,
  kinderen: numberText,
  gewicht: numberText,
});

/** Quotes a cell for CSV with the given separator. */
export function csvCell(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: a random subset and order of columns, BOM or not, either separator. */
export const csvDocument = fc
  .record({
    rows: fc.array(rowCells, { maxLength: 40 }),
    columns: fc.shuffledSubarray(
      COLUMNS.map((c) => c.name),
      { minLength: 1 },
    ),
    separator: fc.constantFrom(",", ";"),
    bom: fc.boolean(),
    blankLines: fc.boolean(),
  })
  .map(({ rows, columns, separator, bom, blankLines }) => {
    const lines = [columns.join(separator)];
    for (const row of rows) {
      lines.push(columns.map((c) => csvCell(row[c], separator)).join(separator));
      if (blankLines) lines.push("");
    }
    return { text: (bom ? "\uFEFF" : "") + lines.join("\n"), columns, dataRows: rows.length };
  });
