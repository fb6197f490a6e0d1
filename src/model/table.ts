/** Turns a stream of rows into the household table: one entry per household of the latest snapshot. */

import { BAD_COUNT, BAD_DAY, BAD_WEIGHT, NumberColumns, TextColumn } from "./cells";
import { FactorEntry, GroupEntry } from "./factors";
import { RowStore } from "./growable";
import { factorLayout, factorLists, rankByCode } from "./layout";
import { Message, UniqueMessages } from "./messages";
import { codePointRanks } from "./order";
import { Cell, Column, RawRow, formatDay, namesFactor, validateRow } from "./rows";
import {
  Rejection,
  currentHouseholds,
  datasetWeights,
  internFactors,
  keepDatedRows,
  rowsOfDay,
  snapshotDays,
} from "./snapshot";

export type { Rejection } from "./snapshot";

/** Everything the scoring needs, built once per data change. Per-household data is in typed arrays. */
export interface HouseholdTable {
  /** Pseudonymous key per household, in order of first appearance. */
  keys: string[];
  /** Each household's position in code point order of the keys: the ranking's last tie-break. */
  keyRank: Int32Array;
  /** The line of each household's first input row, rejected rows included (for selection ids). */
  firstLines: Int32Array;
  /** Index into `wijken` per household, -1 when the household has no district. */
  wijk: Int32Array;
  wijken: string[];
  /** Parents and children per household; -1 when unknown. */
  parents: Int32Array;
  children: Int32Array;
  /** Current active factors: household h owns `factorIds[factorStart[h] .. factorStart[h+1]]`, sorted by code. */
  factorStart: Int32Array;
  factorIds: Int32Array;
  /** Sources per active factor entry: entry e owns `sourceIds[sourceStart[e] .. sourceStart[e+1]]`. */
  sourceStart: Int32Array;
  sourceIds: Int32Array;
  /** Source names as first spelt. */
  sources: string[];
  /** Distinct sources on the current active rows per household. */
  sourceCount: Int32Array;
  /** Active factors per household and domain (capped at 65535): `domainCounts[h * DOMAINS.length + d]`. */
  domainCounts: Uint16Array;
  /** Distinct domains with an active factor per household. */
  domains: Uint8Array;
  /** Previous snapshot's active factors, in the same layout; null when the dataset has fewer than two dates. */
  previous: { factorStart: Int32Array; factorIds: Int32Array } | null;
  factors: FactorEntry[];
  groups: GroupEntry[];
  /** The dataset's weight per group (largest of its rows), NaN when its rows give none. */
  datasetWeights: Float64Array;
  /** The distinct weights the rows give per group, ascending; more than one means they disagree. */
  datasetWeightValues: number[][];
  /** The latest and previous snapshot dates (`yyyy-mm-dd`), when rows carry dates. */
  latestDate: string | undefined;
  previousDate: string | undefined;
  rowCount: number;
  acceptedCount: number;
  rejected: Rejection[];
  warnings: Message[];
}

/** The cells of a dataset by column: `cells[column][i]` is row i's cell; a missing column is blank. */
export type ColumnCells = Partial<Record<Column, readonly Cell[]>>;

/** Collects rows (a CSV stream, or DataView columns) and builds the table at the end. */
export class TableBuilder {
  private readonly rejected: Rejection[] = [];
  private rowCount = 0;

  // Each column reads a distinct cell once; household and factor are read on every row (the
  // household's first line counts rejected rows too), the others only on accepted rows, so
  // names a rejected row gives never appear.
  private readonly households = new TextColumn();
  private readonly factorTexts = new TextColumn(null, namesFactor);
  private readonly leefgebieden = new TextColumn();
  private readonly wijken = new TextColumn();
  private readonly sources = new TextColumn((text) => text.toLowerCase());
  private readonly numbers: NumberColumns;

  private readonly rows = new RowStore();

  constructor(decimalComma = false) {
    this.numbers = new NumberColumns(decimalComma);
  }

  /** Adds one input row: it is stored or rejected with its reason. */
  add(row: RawRow): void {
    const c = row.cells;
    const { huishouden, factor, waarde, peildatum, ouders, kinderen, gewicht } = c;
    if (this.take(row.line, huishouden, factor, waarde, peildatum, ouders, kinderen, gewicht))
      this.takeTexts(c.leefgebied, c.wijk, c.bron, row.line);
    else this.reject(row);
  }

  /** Adds `rowCount` rows given by column, numbered `firstLine`, `firstLine + 1`, ...: as `add` per row. */
  addColumns(cells: ColumnCells, rowCount: number, firstLine = 2): void {
    const { huishouden, factor, waarde, peildatum, ouders, kinderen, gewicht } = cells;
    const { leefgebied, wijk, bron } = cells;
    this.rows.reserve(rowCount);
    for (let i = 0; i < rowCount; i++) {
      const line = firstLine + i;
      if (
        !this.take(
          line,
          huishouden?.[i],
          factor?.[i],
          waarde?.[i],
          peildatum?.[i],
          ouders?.[i],
          kinderen?.[i],
          gewicht?.[i],
        )
      ) {
        const row: RawRow["cells"] = {};
        for (const [column, values] of Object.entries(cells)) row[column as Column] = values[i];
        this.reject({ line, cells: row });
      } else this.takeTexts(leefgebied?.[i], wijk?.[i], bron?.[i], line);
    }
  }

  /** Reads a row's checked cells; stores them and returns true when every check passes. */
  private take(
    line: number,
    household: Cell,
    factor: Cell,
    value: Cell,
    peildatum: Cell,
    ouders: Cell,
    kinderen: Cell,
    gewicht: Cell,
  ): boolean {
    this.rowCount++;
    const h = this.households.id(household, line);
    const f = this.factorTexts.id(factor, line);
    const v = this.numbers.value(value);
    const d = this.numbers.day(peildatum);
    const p = this.numbers.count(ouders);
    const c = this.numbers.count(kinderen);
    const w = this.numbers.weight(gewicht);
    if (h < 0 || f < 0 || v !== v || d === BAD_DAY || p === BAD_COUNT || c === BAD_COUNT)
      return false;
    if (w === BAD_WEIGHT) return false;
    const rows = this.rows;
    const k = rows.next();
    rows.line[k] = line;
    rows.household[k] = h;
    rows.factorText[k] = f;
    rows.day[k] = d;
    rows.active[k] = v > 0 ? 1 : 0;
    // Only 0 versus more matters for the family scope, so huge counts are capped to fit Int32.
    rows.parents[k] = Math.min(p, 0x7fffffff);
    rows.children[k] = Math.min(c, 0x7fffffff);
    rows.weight[k] = w;
    return true;
  }

  /** Completes the row just taken with its optional texts. */
  private takeTexts(leefgebied: Cell, wijk: Cell, source: Cell, line: number): void {
    const rows = this.rows;
    const k = rows.length - 1;
    rows.leefgebied[k] = this.leefgebieden.id(leefgebied, line);
    rows.wijk[k] = this.wijken.id(wijk, line);
    rows.source[k] = this.sources.id(source, line);
  }

  /** Records a rejected row with the reason `validateRow` gives, the one source of every reason. */
  private reject(row: RawRow): void {
    // `take` runs the same checks, so validateRow always finds the reason here.
    const reason = validateRow(row, this.numbers.decimalComma);
    if ("code" in reason) this.rejected.push({ line: row.line, reason });
  }

  /** Builds the household table from every row added; calling it again gives the same table. */
  finish(): HouseholdTable {
    const rows = this.rows.view();
    const warnings = new UniqueMessages();
    const { kept, missing } = keepDatedRows(rows);
    const factorTexts = this.factorTexts.names;
    const leefgebieden = this.leefgebieden.names;
    const { factorTable, factorOf } = internFactors(rows, kept, factorTexts, leefgebieden);
    warnings.push(...factorTable.domainWarnings());

    const dates = snapshotDays(rows.day, kept);
    const current = rowsOfDay(rows, kept, dates.latest, false);
    const wijken = this.wijken.names;
    const { ids, ...households } = currentHouseholds(
      rows,
      current,
      this.households.names,
      wijken,
      warnings,
    );
    const n = households.keys.length;
    const codeRank = rankByCode(factorTable.factors);
    const rowsOf = { household: rows.household, factor: factorOf, source: rows.source };
    const active = (day: number | undefined) => rowsOfDay(rows, kept, day, true);
    const factors = factorTable.factors;
    const index = households.index;
    const latest = factorLayout(active(dates.latest), rowsOf, factors, codeRank, index, n);

    let previous: HouseholdTable["previous"] = null;
    if (dates.previous !== undefined)
      previous = factorLists(active(dates.previous), rowsOf, codeRank, index, n);

    const firstLine = this.households.firstLine;
    const firstLines = new Int32Array(n);
    for (let h = 0; h < n; h++) firstLines[h] = firstLine[ids[h]];
    const weights = datasetWeights(rows, kept, factorOf, factorTable);
    return {
      ...households,
      keyRank: codePointRanks(households.keys),
      firstLines,
      ...latest,
      wijken,
      sources: this.sources.names,
      previous,
      factors: factorTable.factors,
      groups: factorTable.groups,
      datasetWeights: weights.max,
      datasetWeightValues: weights.values,
      latestDate: dates.latest === undefined ? undefined : formatDay(dates.latest),
      previousDate: dates.previous === undefined ? undefined : formatDay(dates.previous),
      rowCount: this.rowCount,
      acceptedCount: kept.length,
      rejected: [...this.rejected, ...missing].sort((a, b) => a.line - b.line),
      warnings: warnings.list,
    };
  }
}
