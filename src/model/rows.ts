/** The columns of the household dataset and the checks every row passes before it counts. */

import { normalise } from "./catalogue";
import { Message, message } from "./messages";

/** The dataset's columns by their Dutch names, in contract order. */
export const COLUMNS = [
  { name: "huishouden", alias: "household", required: true },
  { name: "factor", alias: "factor", required: true },
  { name: "wijk", alias: "district", required: false },
  { name: "leefgebied", alias: "domain", required: false },
  { name: "waarde", alias: "value", required: false },
  { name: "bron", alias: "source", required: false },
  { name: "peildatum", alias: "date", required: false },
  { name: "ouders", alias: "parents", required: false },
  { name: "kinderen", alias: "children", required: false },
  { name: "gewicht", alias: "weight", required: false },
] as const;

/** A column of the dataset, by its Dutch name. */
export type Column = (typeof COLUMNS)[number]["name"];

/** A cell as CSV text or as a value Power BI sends. */
export type Cell = string | number | boolean | Date | null | undefined;

/** One input row: its line number (header is line 1) and its cells by column. */
export interface RawRow {
  line: number;
  cells: Partial<Record<Column, Cell>>;
}

/** Finds each column's position in a header, by Dutch name or English alias, ignoring case. */
export function resolveHeader(
  header: readonly string[],
): { columns: Partial<Record<Column, number>> } | { error: Message } {
  const names = header.map((h) =>
    h
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase(),
  );
  const columns: Partial<Record<Column, number>> = {};
  for (const col of COLUMNS) {
    const at = names.findIndex((n) => n === col.name || n === col.alias);
    if (at >= 0) columns[col.name] = at;
    else if (col.required)
      return { error: message("columnMissing", { column: col.name, alias: col.alias }) };
  }
  return { columns };
}

/** A row that passed every check, with its values in model form. */
export interface ValidRow {
  line: number;
  household: string;
  factor: string;
  wijk: string;
  leefgebied: string;
  value: number;
  source: string;
  /** Day number (days since 1970-01-01), or NaN when the row has no date. */
  day: number;
  /** -1 when unknown. */
  parents: number;
  /** -1 when unknown. */
  children: number;
  /** NaN when the row gives no weight. */
  weight: number;
}

/** True for a cell that holds nothing: null, undefined or only white space. */
export const isBlankCell = (cell: Cell): boolean =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

const isBlank = isBlankCell;

/** The text of a cell as the checks read it: trimmed, "" for a blank, a Date in ISO form. */
export const cellText = (cell: Cell): string =>
  isBlank(cell) ? "" : cell instanceof Date ? dateText(cell) : String(cell).trim();

const text = cellText;

/** A Date as text; one with no time (NaN) has none: as a key or factor it is empty, as a date invalid. */
const dateText = (d: Date): string => (Number.isNaN(d.getTime()) ? "" : d.toISOString());

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?(\d+,?\d*|,\d+)(e[+-]?\d+)?$/i;

/** Reads a number cell; NaN when it is not one. A decimal comma counts only when allowed. */
export function readNumber(cell: Cell, decimalComma: boolean): number {
  if (typeof cell === "number") return cell;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  const s = text(cell);
  if (NUMBER.test(s)) return Number(s);
  if (decimalComma && DECIMAL_COMMA.test(s)) return Number(s.replace(",", "."));
  return NaN;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_DATE = /^(\d{2})-(\d{2})-(\d{4})$/;
const MS_PER_DAY = 86_400_000;

// Limitation: Date.UTC reads years 0-99 as 1900-1999, so such dates fail the check below and are
// rejected; a snapshot date before the year 100 is a typing error in practice.
function dayNumber(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return NaN;
  return ms / MS_PER_DAY;
}

/** Reads a date cell as a day number; NaN when it is not a real calendar date. */
export function readDay(cell: Cell): number {
  if (cell instanceof Date) {
    const t = cell.getTime();
    if (!Number.isFinite(t)) return NaN;
    // Power BI sends one Date object per row, for a handful of instants: read each instant once.
    const seen = INSTANT_CACHE.get(t);
    if (seen !== undefined) return seen;
    const day = dayNumber(cell.getFullYear(), cell.getMonth() + 1, cell.getDate());
    if (INSTANT_CACHE.size < 10_000) INSTANT_CACHE.set(t, day);
    return day;
  }
  const s = text(cell);
  // An extract repeats a handful of dates a million times: parse each spelling once.
  const known = DAY_CACHE.get(s);
  if (known !== undefined) return known;
  const day = parseDay(s);
  if (DAY_CACHE.size < 10_000) DAY_CACHE.set(s, day);
  return day;
}

const DAY_CACHE = new Map<string, number>();
const INSTANT_CACHE = new Map<number, number>();

function parseDay(s: string): number {
  const iso = ISO_DATE.exec(s);
  if (iso) return dayNumber(+iso[1], +iso[2], +iso[3]);
  const nl = DUTCH_DATE.exec(s);
  if (nl) return dayNumber(+nl[3], +nl[2], +nl[1]);
  return NaN;
}

/** Formats a day number as `yyyy-mm-dd`. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const shown = (cell: Cell): string => (cell instanceof Date ? cell.toString() : String(cell));

const HAS_ALNUM = /[a-z0-9]/i;

/** False for factor text that names no factor: empty, or only separators or marks ("_-_"). */
export function namesFactor(factor: string): boolean {
  // An ASCII letter or digit always survives normalisation, so most texts skip the costly check.
  return HAS_ALNUM.test(factor) || normalise(factor) !== "";
}

/** Checks one row; returns the valid row or the reason it is rejected. */
export function validateRow(row: RawRow, decimalComma: boolean): ValidRow | Message {
  const c = row.cells;
  const household = text(c.huishouden);
  if (!household) return message("householdEmpty");
  const factor = text(c.factor);
  if (!namesFactor(factor)) return message("factorEmpty");

  const value = isBlank(c.waarde) ? 1 : readNumber(c.waarde, decimalComma);
  if (!Number.isFinite(value)) return message("valueNotNumber", { value: shown(c.waarde) });
  if (value < 0) return message("valueNegative", { value: shown(c.waarde) });

  const day = isBlank(c.peildatum) ? NaN : readDay(c.peildatum);
  if (!isBlank(c.peildatum) && Number.isNaN(day))
    return message("dateInvalid", { value: shown(c.peildatum) });

  const counts = { ouders: -1, kinderen: -1 };
  for (const column of ["ouders", "kinderen"] as const) {
    if (isBlank(c[column])) continue;
    const n = readNumber(c[column], decimalComma);
    if (!Number.isInteger(n) || n < 0)
      return message("countInvalid", { column, value: shown(c[column]) });
    counts[column] = n;
  }

  const weight = isBlank(c.gewicht) ? NaN : readNumber(c.gewicht, decimalComma);
  if (!isBlank(c.gewicht) && !(Number.isFinite(weight) && weight >= 0)) {
    return message("weightInvalid", { value: shown(c.gewicht) });
  }

  return {
    line: row.line,
    household,
    factor,
    wijk: text(c.wijk),
    leefgebied: text(c.leefgebied),
    value,
    source: text(c.bron),
    day,
    parents: counts.ouders,
    children: counts.kinderen,
    weight,
  };
}
