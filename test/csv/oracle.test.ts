import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvTokenizer } from "../../src/csv/tokenizer";

/** Any field text, including separators, quotes and line breaks that force quoting. */
const field = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom("", ",", ";", '"', '""', "a\nb", "a\r\nb", " x ", "é", "🙂"),
);

/** Writes records as RFC 4180 CSV: a field is quoted when it holds the separator, a quote or a line break. */
function write(records: string[][], separator: string, eol: string): string {
  const cell = (f: string) => (/[",;\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return records.map((r) => r.map(cell).join(separator)).join(eol) + eol;
}

function tokenize(text: string, separator: string, chunk: number): string[][] {
  const out: string[][] = [];
  const tokenizer = new CsvTokenizer(separator, (fields) => out.push(fields));
  for (let i = 0; i < text.length; i += chunk) tokenizer.write(text.slice(i, i + chunk));
  tokenizer.end();
  return out;
}

describe("the CSV tokenizer against csv-parse as oracle", () => {
  it("reads every well-formed RFC 4180 document exactly as csv-parse does, at any chunk size", () => {
    const records = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { maxLength: 20 });
    fc.assert(
      fc.property(
        records,
        fc.constantFrom(",", ";"),
        fc.constantFrom("\n", "\r\n"),
        fc.integer({ min: 1, max: 50 }),
        (rows, sep, eol, chunk) => {
          // Records have two fields or more, so none is written as a blank line (which both skip).
          const text = write(rows, sep, eol);
          const expected = parse(text, {
            delimiter: sep,
            relax_column_count: true,
            skip_empty_lines: true,
          }) as string[][];
          expect(tokenize(text, sep, chunk)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
