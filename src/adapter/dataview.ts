/** Turns Power BI's categorical DataView into the model's household table. */

import powerbi from "powerbi-visuals-api";
import { COLUMNS, Cell, Column, HouseholdTable, TableBuilder } from "../model";

type DataView = powerbi.DataView;
type CategoryColumn = powerbi.DataViewCategoryColumn;

/** The DataView's columns by data role, found through `source.roles`, not position. */
export interface RoleColumns {
  cells: Partial<Record<Column, readonly Cell[]>>;
  /** The category column bound to `huishouden`, for selection ids. */
  household: CategoryColumn | undefined;
  /** Highlight arrays of the measure columns, when another visual highlights. */
  highlights: (readonly unknown[])[];
  rowCount: number;
}

const ROLE_NAMES = new Set<string>(COLUMNS.map((c) => c.name));

/** Finds each role's column in the DataView; a role may be bound as a category or a measure. */
export function roleColumns(dataView: DataView | undefined): RoleColumns {
  const cells: RoleColumns["cells"] = {};
  const highlights: RoleColumns["highlights"] = [];
  let household: CategoryColumn | undefined;
  let rowCount = 0;
  const categorical = dataView?.categorical;

  // A column without values (a broken or partial DataView) counts as an empty column, not a crash.
  const take = (roles: Record<string, boolean> | undefined, given: unknown): void => {
    const values = Array.isArray(given) ? (given as readonly unknown[]) : [];
    for (const [role, bound] of Object.entries(roles ?? {})) {
      if (bound === true && ROLE_NAMES.has(role)) cells[role as Column] = values as Cell[];
    }
    rowCount = Math.max(rowCount, values.length);
  };
  for (const category of arrayOf(categorical?.categories)) {
    take(category.source?.roles, category.values);
    if (category.source?.roles?.huishouden === true) household = category;
  }
  for (const column of arrayOf(categorical?.values)) {
    take(column.source?.roles, column.values);
    if (Array.isArray(column.highlights)) highlights.push(column.highlights);
  }
  return { cells, household, highlights, rowCount };
}

function arrayOf<T>(list: readonly T[] | undefined): readonly T[] {
  return Array.isArray(list) ? list : [];
}

/** The required roles that are not bound. */
export function missingRoles(columns: RoleColumns): Column[] {
  return COLUMNS.filter((c) => c.required && !columns.cells[c.name]).map((c) => c.name);
}

/** Builds the table from the role columns; line numbers are the row index + 2, as if a header were line 1. */
export function buildTable(columns: RoleColumns): HouseholdTable {
  const builder = new TableBuilder();
  builder.addColumns(columns.cells, columns.rowCount, FIRST_LINE);
  return builder.finish();
}

/** The line number of DataView row 0. */
const FIRST_LINE = 2;

/**
 * The DataView row index of each household's first row (rejected rows count), aligned with
 * `table.keys`; `table` must have been built from `columns` by `buildTable`, which notes the lines.
 */
export function firstRows(_columns: RoleColumns, table: HouseholdTable): Int32Array {
  return table.firstLines.map((line) => line - FIRST_LINE);
}

/** The household key of a cell as the model reads it (trimmed text). */
export function keyText(cell: Cell | unknown): string {
  if (cell === null || cell === undefined) return "";
  // A Date with no time (NaN) has no text, as the model reads it.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
  return String(cell).trim();
}

/**
 * Which households another visual highlights: those with any highlighted row.
 * Null when nothing is highlighted, so the views draw everything at full strength.
 */
export function highlightedHouseholds(
  columns: RoleColumns,
  table: HouseholdTable,
): Uint8Array | null {
  if (columns.highlights.length === 0) return null;
  const index = new Map(table.keys.map((k, h) => [k, h]));
  const keys = columns.cells.huishouden ?? [];
  const marked = new Uint8Array(table.keys.length);
  for (let i = 0; i < keys.length; i++) {
    if (!columns.highlights.some((values) => values[i] !== null && values[i] !== undefined))
      continue;
    const h = index.get(keyText(keys[i]));
    if (h !== undefined) marked[h] = 1;
  }
  return marked;
}

/** True when two role-column sets hold the same rows, so the table need not be rebuilt. */
export function sameRows(a: RoleColumns | undefined, b: RoleColumns): boolean {
  if (!a || a.rowCount !== b.rowCount) return false;
  const names = Object.keys(b.cells) as Column[];
  if (names.length !== Object.keys(a.cells).length) return false;
  for (const name of names) {
    const x = a.cells[name];
    const y = b.cells[name];
    if (!x || !y) return false;
    if (x === y) continue;
    for (let i = 0; i < y.length; i++) if (!sameCell(x[i], y[i])) return false;
  }
  return true;
}

function sameCell(x: Cell, y: Cell): boolean {
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  return x === y;
}
