/** Reads a CSV in the browser with the scorer's own reader, keeping the rows for the DataView and the table for the page. */

import { readCsv } from "../../src/csv/read";
import {
  COLUMNS,
  Column,
  HouseholdTable,
  Message,
  RawRow,
  TableBuilder,
  compareCodePoints,
} from "../../src/model";

/** A dataset as the page holds it: the raw rows, which columns the file has, and what the model made of them. */
export interface Dataset {
  name: string;
  rows: RawRow[];
  columns: Column[];
  decimalComma: boolean;
  table: HouseholdTable;
}

/** Reads a stream of bytes (a file, or the sample's response body) as a dataset, or the reason it was refused. */
export async function readDataset(
  name: string,
  body: ReadableStream<Uint8Array>,
): Promise<{ ok: true; dataset: Dataset } | { ok: false; error: Message }> {
  const rows: RawRow[] = [];
  let builder: TableBuilder | undefined;
  let decimalComma = false;
  const outcome = await readCsv(textChunks(body), (row, format) => {
    decimalComma = format.decimalComma;
    builder ??= new TableBuilder(format.decimalComma);
    builder.add(row);
    rows.push(row);
  });
  if (!outcome.ok) return outcome;
  // A column the file lacks has no cell at all (undefined); a present one has text, perhaps empty.
  const columns = COLUMNS.map((c) => c.name).filter((name) =>
    rows.some((row) => row.cells[name] !== undefined),
  );
  return {
    ok: true,
    dataset: { name, rows, columns, decimalComma, table: (builder ?? new TableBuilder()).finish() },
  };
}

/** The rows a report slicer on wijk keeps: every row when nothing is chosen, else the rows of the chosen districts. */
export function sliceByWijk(rows: readonly RawRow[], chosen: ReadonlySet<string>): RawRow[] {
  if (chosen.size === 0) return [...rows];
  return rows.filter((row) => chosen.has(String(row.cells.wijk ?? "").trim()));
}

/** The districts a slicer lists: every non-empty wijk of the rows, in code point order. */
export function wijkChoices(rows: readonly RawRow[]): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    const w = String(row.cells.wijk ?? "").trim();
    if (w) names.add(w);
  }
  return [...names].sort(compareCodePoints);
}

async function* textChunks(body: ReadableStream<Uint8Array>): AsyncIterable<string> {
  const reader = body
    .pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>)
    .getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}
