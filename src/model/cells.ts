/**
 * Reads cells into model values with a cache per column, so a value that repeats (a factor
 * spelling, a wijk, a date, a count) is checked and interned once, not once per row. The checks
 * are those of `validateRow`; a reader only says that a cell fails, the row's reason comes from
 * `validateRow` itself.
 */

import { Cell, cellText, isBlankCell as isBlank, readDay, readNumber } from "./rows";

/** A count cell that is not a whole number ≥ 0. */
export const BAD_COUNT = -2;
/** A weight cell that is not a number ≥ 0. */
export const BAD_WEIGHT = -1;
/** A date cell that is not a calendar date (day numbers are finite). */
export const BAD_DAY = Infinity;

/** Distinct number and date spellings kept per column; beyond this, cells are read uncached. */
const CACHE_LIMIT = 10_000;

/**
 * Interns the trimmed text of cells, first spelling first; -1 for a blank. One map serves raw
 * cells and texts: a trimmed text is its own raw spelling, and a raw spelling maps to its text's id.
 */
export class TextColumn {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Interning keys (e.g. lower case) to ids, when names that differ in spelling are one. */
  private readonly byKey: Map<string, number> | null;
  /** The first line on which each id was read. */
  readonly firstLine: number[] = [];

  constructor(
    private readonly keyOf: ((text: string) => string) | null = null,
    /** An extra test a non-blank text must pass; a text that fails reads as -1. */
    private readonly accept: ((text: string) => boolean) | null = null,
  ) {
    this.byKey = keyOf ? new Map() : null;
  }

  // Rows come grouped (a household's rows, a wijk's households): the previous cell often repeats.
  private lastCell: Cell = undefined;
  private lastId = -1;

  /** The id of a cell's text, -1 for a blank (or a text refused by `accept`). */
  id(cell: Cell, line: number): number {
    if (cell === this.lastCell) return this.lastId;
    let id = typeof cell === "string" ? this.ids.get(cell) : undefined;
    if (id === undefined) id = this.miss(cell, line);
    this.lastCell = cell;
    return (this.lastId = id);
  }

  private miss(cell: Cell, line: number): number {
    const text = cellText(cell);
    // A cell that is its own text was just looked up (every household's first row comes here).
    let id = text === cell ? undefined : this.ids.get(text);
    if (id === undefined) {
      id = text === "" || (this.accept && !this.accept(text)) ? -1 : this.intern(text, line);
      this.ids.set(text, id);
    }
    if (typeof cell === "string" && text !== cell) this.ids.set(cell, id);
    return id;
  }

  private intern(text: string, line: number): number {
    if (!this.byKey || !this.keyOf) return this.add(text, line);
    const key = this.keyOf(text);
    let id = this.byKey.get(key);
    if (id === undefined) this.byKey.set(key, (id = this.add(text, line)));
    return id;
  }

  private add(text: string, line: number): number {
    this.firstLine.push(line);
    return this.names.push(text) - 1;
  }
}

/** Reads number and date cells, caching the result per distinct text. */
export class NumberColumns {
  private readonly values = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  private readonly weights = new Map<string, number>();
  private readonly days = new Map<string, number>();
  private lastInstant = NaN;
  private lastDay = NaN;

  constructor(readonly decimalComma: boolean) {}

  /** A waarde cell: 1 when blank, NaN when it is not a number ≥ 0. */
  value(cell: Cell): number {
    if (typeof cell === "number") return cell >= 0 && cell !== Infinity ? cell : NaN;
    if (typeof cell !== "string") return this.readValue(cell);
    let v = this.values.get(cell);
    if (v === undefined) v = remember(this.values, cell, this.readValue(cell));
    return v;
  }

  /** An ouders or kinderen cell: -1 when blank, BAD_COUNT when it is not a whole number ≥ 0. */
  count(cell: Cell): number {
    if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 ? cell : BAD_COUNT;
    if (typeof cell !== "string") return this.readCount(cell);
    let v = this.counts.get(cell);
    if (v === undefined) v = remember(this.counts, cell, this.readCount(cell));
    return v;
  }

  /** A gewicht cell: NaN when blank, BAD_WEIGHT when it is not a number ≥ 0. */
  weight(cell: Cell): number {
    if (typeof cell === "number") return cell >= 0 && cell !== Infinity ? cell : BAD_WEIGHT;
    if (typeof cell !== "string") return this.readWeight(cell);
    let v = this.weights.get(cell);
    if (v === undefined) v = remember(this.weights, cell, this.readWeight(cell));
    return v;
  }

  /** A peildatum cell as a day number: NaN when blank, BAD_DAY when it is not a date. */
  day(cell: Cell): number {
    if (cell instanceof Date) {
      // Power BI sends a Date object per row for a handful of instants.
      const t = cell.getTime();
      if (t !== this.lastInstant) this.lastDay = readDayCell(cell);
      this.lastInstant = t;
      return this.lastDay;
    }
    if (typeof cell !== "string") return readDayCell(cell);
    let v = this.days.get(cell);
    if (v === undefined) v = remember(this.days, cell, readDayCell(cell));
    return v;
  }

  private readValue(cell: Cell): number {
    if (isBlank(cell)) return 1;
    const v = readNumber(cell, this.decimalComma);
    return Number.isFinite(v) && v >= 0 ? v : NaN;
  }

  private readCount(cell: Cell): number {
    if (isBlank(cell)) return -1;
    const n = readNumber(cell, this.decimalComma);
    return Number.isInteger(n) && n >= 0 ? n : BAD_COUNT;
  }

  private readWeight(cell: Cell): number {
    if (isBlank(cell)) return NaN;
    const w = readNumber(cell, this.decimalComma);
    return Number.isFinite(w) && w >= 0 ? w : BAD_WEIGHT;
  }
}

function readDayCell(cell: Cell): number {
  if (isBlank(cell)) return NaN;
  const day = readDay(cell);
  return Number.isNaN(day) ? BAD_DAY : day;
}

function remember(cache: Map<string, number>, key: string, value: number): number {
  if (cache.size < CACHE_LIMIT) cache.set(key, value);
  return value;
}
