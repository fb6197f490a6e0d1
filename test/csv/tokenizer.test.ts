import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvTokenizer } from "../../src/csv/tokenizer";

/** Splits `text` into chunks of `size` and returns every record with its line. */
function tokenize(text: string, size = text.length || 1, separator = ","): [string[], number][] {
  const out: [string[], number][] = [];
  const t = new CsvTokenizer(separator, (fields, line) => out.push([fields, line]));
  for (let i = 0; i < text.length; i += size) t.write(text.slice(i, i + size));
  t.end();
  return out;
}

describe("the CSV tokenizer", () => {
  it("splits plain lines, skips empty lines and counts lines from the header as 1", () => {
    expect(tokenize("a,b\n\nc,d\r\n\r\ne,f")).toEqual([
      [["a", "b"], 1],
      [["c", "d"], 3],
      [["e", "f"], 5],
    ]);
  });

  it("reads quoted fields with separators, doubled quotes and line breaks; the row starts where its line starts", () => {
    const text = 'h,f\n"x, y","say ""hi"""\n"two\nlines",z\nlast,1\n';
    expect(tokenize(text)).toEqual([
      [["h", "f"], 1],
      [["x, y", 'say "hi"'], 2],
      [["two\nlines", "z"], 3],
      [["last", "1"], 5],
    ]);
  });

  it("gives the same records whatever the chunk size, including CRLF split over two chunks", () => {
    const text = '\uFEFFhuishouden;factor\r\nH1;"a;b"\r\n\r\nH2;x"y\rH3;"q""\r\nr"\r\n';
    const whole = tokenize(text, text.length, ";");
    expect(whole).toEqual([
      [["huishouden", "factor"], 1],
      [["H1", "a;b"], 2],
      [["H2", 'x"y'], 4],
      [["H3", 'q"\r\nr'], 5],
    ]);
    for (let size = 1; size < text.length; size++) expect(tokenize(text, size, ";")).toEqual(whole);
  });

  it("keeps a quoted empty line as a record and ignores a byte-order mark only at the start", () => {
    expect(tokenize('""\n\uFEFFx\n')).toEqual([
      [[""], 1],
      [["\uFEFFx"], 2],
    ]);
  });

  it("refuses a quote that is never closed, naming the line it opened on", () => {
    expect(() => tokenize('a\nb,"open\nstill open')).toThrow(/line 2/);
  });

  it("round-trips any table written with RFC 4180 quoting, in any chunking", () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "é", ",", '"', "\n", "\r", " ", "🙂"),
      maxLength: 6,
    });
    const quote = (c: string) =>
      /[",\r\n]/.test(c) || c === "" ? `"${c.replace(/"/g, '""')}"` : c;
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        (rows, size) => {
          const text = rows.map((r) => r.map(quote).join(",")).join("\r\n");
          expect(tokenize(text, size).map(([fields]) => fields)).toEqual(rows);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it("gives the same records for any text, whatever the chunk size (or refuses it either way)", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", ",", '"', "\n", "\r", "\r\n", "\uFEFF"),
      maxLength: 30,
    });
    const run = (t: string, size: number) => {
      try {
        return tokenize(t, size);
      } catch (e) {
        return String(e);
      }
    };
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 8 }), (t, size) => {
        expect(run(t, size)).toEqual(run(t, t.length || 1));
      }),
      { seed: 11, numRuns: 1000 },
    );
  });
});
