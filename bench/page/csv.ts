/** Parses the generated CSV into columns once, outside every timed section. */

/** The dataset as columns of cell text, by header name (lower case). */
export interface Columns {
  names: string[];
  cells: Map<string, string[]>;
  rows: number;
}

/** Splits CSV text (comma-separated, double quotes allowed) into columns. */
export function parseCsv(text: string): Columns {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (record.push(cell), (cell = ""));
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(cell);
      if (record.length > 1 || record[0] !== "") records.push(record);
      record = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || record.length > 0) records.push([...record, cell]);

  const names = records[0].map((n) =>
    n
      .trim()
      .replace(/^\uFEFF/, "")
      .toLowerCase(),
  );
  const cells = new Map(names.map((n, c) => [n, records.slice(1).map((r) => r[c] ?? "")]));
  return { names, cells, rows: records.length - 1 };
}
