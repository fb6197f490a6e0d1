/** Plain-text tables with aligned columns, for terminals and log files. */

/** A column: its heading and whether its cells line up on the right (numbers). */
export interface TextColumn {
  heading: string;
  right?: boolean;
}

/** Characters a terminal shows for a string: code points, not UTF-16 units. */
const width = (s: string): number => [...s].length;

const pad = (s: string, to: number, right: boolean | undefined): string =>
  right ? " ".repeat(to - width(s)) + s : s + " ".repeat(to - width(s));

/** Lays out a heading line, a rule and the rows, each column as wide as its widest cell. */
export function textTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
): string[] {
  const widths = columns.map((c) => width(c.heading));
  for (const row of rows)
    columns.forEach((_, i) => (widths[i] = Math.max(widths[i], width(row[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => pad(cells[i] ?? "", widths[i], c.right))
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((c) => c.heading)),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(line),
  ];
}

/** A number as Dutch readers write it: a decimal comma, no trailing zeros. */
export function dutchNumber(n: number): string {
  return String(n).replace(".", ",");
}
