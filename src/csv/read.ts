/** Reads the household dataset from CSV text chunks, streamed, into rows for the model. */

import {
  COLUMNS,
  Column,
  HouseholdTable,
  Message,
  RawRow,
  TableBuilder,
  resolveHeader,
} from "../model";
import { CsvTokenizer } from "./tokenizer";

/** How a CSV file is written: its separator, and whether numbers may use a decimal comma. */
export interface CsvFormat {
  separator: "," | ";";
  decimalComma: boolean;
}

/** The outcome of reading: the format and row count, or why the whole input was refused. */
export type CsvOutcome =
  { ok: true; format: CsvFormat; rows: number } | { ok: false; error: Message };

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
  return semicolons > commas
    ? { separator: ";", decimalComma: true }
    : { separator: ",", decimalComma: false };
}

// Top level, not a closure: tsx wraps every closure it creates with a naming helper, costly per row.
function cell(record: string[], i: number): string | undefined {
  return i < 0 ? undefined : record[i];
}

/** A row's cells by column; every row gets the same object shape, which keeps a million rows fast. */
function cellsOf(record: string[], at: Record<Column, number>): RawRow["cells"] {
  return {
    huishouden: cell(record, at.huishouden),
    factor: cell(record, at.factor),
    wijk: cell(record, at.wijk),
    leefgebied: cell(record, at.leefgebied),
    waarde: cell(record, at.waarde),
    bron: cell(record, at.bron),
    peildatum: cell(record, at.peildatum),
    ouders: cell(record, at.ouders),
    kinderen: cell(record, at.kinderen),
    gewicht: cell(record, at.gewicht),
  } satisfies Record<Column, string | undefined>;
}

/** The first line with any characters, without a byte-order mark; undefined until one is complete. */
function headerLine(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const at = lines.findIndex((l) => l !== "");
  return at >= 0 && at < lines.length - 1 ? lines[at] : undefined;
}

/**
 * Streams CSV chunks through a tokenizer, calling `onRow` for each data row with its line number
 * (the line a row starts on; the header is line 1). Blank lines are skipped; a byte-order mark is
 * ignored; a missing required column refuses the input.
 */
export async function readCsv(
  chunks: AsyncIterable<string>,
  onRow: (row: RawRow, format: CsvFormat) => void,
): Promise<CsvOutcome> {
  let pending = "";
  let tokenizer: CsvTokenizer | undefined;
  let format: CsvFormat | undefined;
  let columns: Record<Column, number> | undefined;
  let refusal: Message | undefined;
  let rows = 0;

  const onRecord = (record: string[], line: number): void => {
    if (refusal) return;
    if (!columns) {
      const header = resolveHeader(record);
      if ("error" in header) refusal = header.error;
      else
        columns = Object.fromEntries(
          COLUMNS.map((c) => [c.name, header.columns[c.name] ?? -1]),
        ) as Record<Column, number>;
      return;
    }
    rows++;
    onRow({ line, cells: cellsOf(record, columns) }, format!);
  };
  const start = (text: string): CsvTokenizer => {
    format = detectFormat(headerLine(text) ?? text.replace(/^\uFEFF/, ""));
    return new CsvTokenizer(format.separator, onRecord);
  };

  for await (const chunk of chunks) {
    if (tokenizer) {
      tokenizer.write(chunk);
      continue;
    }
    pending += chunk;
    if (headerLine(pending) !== undefined) {
      tokenizer = start(pending);
      tokenizer.write(pending);
      pending = "";
    }
  }
  if (!tokenizer) {
    tokenizer = start(pending);
    tokenizer.write(pending);
  }
  tokenizer.end();

  if (refusal) return { ok: false, error: refusal };
  if (!columns)
    return {
      ok: false,
      error: { code: "columnMissing", params: { column: "huishouden", alias: "household" } },
    };
  return { ok: true, format: format!, rows };
}

/** Reads a whole CSV stream into a household table, or the reason it was refused. */
export async function readTable(
  chunks: AsyncIterable<string>,
): Promise<{ ok: true; table: HouseholdTable } | { ok: false; error: Message }> {
  let builder: TableBuilder | undefined;
  const outcome = await readCsv(chunks, (row, format) => {
    builder ??= new TableBuilder(format.decimalComma);
    builder.add(row);
  });
  if (!outcome.ok) return outcome;
  return { ok: true, table: (builder ?? new TableBuilder()).finish() };
}
