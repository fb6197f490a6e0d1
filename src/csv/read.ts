/** Reads the household dataset from CSV text chunks, streamed, into rows for the model. */

import { parse } from "csv-parse";
import { Column, HouseholdTable, Message, RawRow, TableBuilder, resolveHeader } from "../model";

/** How a CSV file is written: its separator, and whether numbers may use a decimal comma. */
export interface CsvFormat {
  separator: "," | ";";
  decimalComma: boolean;
}

/** The outcome of reading: the format and row count, or why the whole input was refused. */
export type CsvOutcome = { ok: true; format: CsvFormat; rows: number } | { ok: false; error: Message };

/** Picks the separator from the header line: the one of `;` and `,` that occurs more often outside quotes. */
export function detectFormat(headerLine: string): CsvFormat {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? { separator: ";", decimalComma: true } : { separator: ",", decimalComma: false };
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Streams CSV chunks through a parser, calling `onRow` for each data row with its line number.
 * Blank lines are skipped; a byte-order mark is ignored; a missing required column refuses the input.
 */
export async function readCsv(
  chunks: AsyncIterable<string>,
  onRow: (row: RawRow, format: CsvFormat) => void,
): Promise<CsvOutcome> {
  let pending = "";
  let parser: ReturnType<typeof parse> | undefined;
  let format: CsvFormat | undefined;
  let columns: Partial<Record<Column, number>> | undefined;
  let refusal: Message | undefined;
  let rows = 0;
  let done: Promise<void> = Promise.resolve();

  const start = (text: string): void => {
    format = detectFormat(text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]);
    const fmt = format;
    const p = parse({ delimiter: fmt.separator, bom: true, info: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true });
    done = new Promise((resolve, reject) => {
      p.on("data", ({ record, info }: ParsedRecord) => {
        if (refusal) return;
        if (!columns) {
          const header = resolveHeader(record);
          if ("error" in header) refusal = header.error;
          else columns = header.columns;
          return;
        }
        const cells: RawRow["cells"] = {};
        for (const [name, at] of Object.entries(columns) as [Column, number][]) cells[name] = record[at];
        rows++;
        onRow({ line: info.lines, cells }, fmt);
      });
      p.on("end", resolve);
      p.on("error", reject);
    });
    parser = p;
  };

  for await (const chunk of chunks) {
    if (parser) {
      if (!parser.write(chunk)) await new Promise((resolve) => parser!.once("drain", resolve));
      continue;
    }
    pending += chunk;
    if (/\r?\n/.test(pending.replace(/^\uFEFF/, "").trimStart())) {
      start(pending);
      parser!.write(pending);
      pending = "";
    }
  }
  if (!parser) start(pending);
  if (pending) parser!.write(pending);
  parser!.end();
  await done;

  if (refusal) return { ok: false, error: refusal };
  if (!columns) return { ok: false, error: { code: "columnMissing", params: { column: "huishouden", alias: "household" } } };
  return { ok: true, format: format!, rows };
}

/** Reads a whole CSV stream into a household table, or the reason it was refused. */
export async function readTable(chunks: AsyncIterable<string>): Promise<{ ok: true; table: HouseholdTable } | { ok: false; error: Message }> {
  let builder: TableBuilder | undefined;
  const outcome = await readCsv(chunks, (row, format) => {
    builder ??= new TableBuilder(format.decimalComma);
    builder.add(row);
  });
  if (!outcome.ok) return outcome;
  return { ok: true, table: (builder ?? new TableBuilder()).finish() };
}
