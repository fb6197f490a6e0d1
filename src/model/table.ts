/** Turns a stream of rows into the household table: one entry per household of the latest snapshot. */

import { FactorEntry, FactorTable, GroupEntry } from "./factors";
import { Growable } from "./growable";
import { factorLayout, rankByCode } from "./layout";
import { Message, UniqueMessages, message } from "./messages";
import { RawRow, ValidRow, formatDay, validateRow } from "./rows";

/** A row that was not used, with its line number and the reason. */
export interface Rejection {
  line: number;
  reason: Message;
}

/** Everything the scoring needs, built once per data change. Per-household data is in typed arrays. */
export interface HouseholdTable {
  /** Pseudonymous key per household, in order of first appearance. */
  keys: string[];
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

/** Collects rows one at a time (a CSV stream or DataView segments) and builds the table at the end. */
export class TableBuilder {
  private readonly rejected: Rejection[] = [];
  private rowCount = 0;

  private readonly householdIds = new Map<string, number>();
  private readonly householdKeys: string[] = [];
  private readonly wijkIds = new Map<string, number>();
  private readonly wijken: string[] = [];
  private readonly sourceIds = new Map<string, number>();
  private readonly sources: string[] = [];
  private readonly factorTextIds = new Map<string, number>();
  private readonly factorTexts: string[] = [];
  private readonly leefgebiedIds = new Map<string, number>();
  private readonly leefgebieden: string[] = [];

  private readonly line = new Growable(Int32Array);
  private readonly household = new Growable(Int32Array);
  private readonly factorText = new Growable(Int32Array);
  private readonly leefgebied = new Growable(Int32Array);
  private readonly wijk = new Growable(Int32Array);
  private readonly source = new Growable(Int32Array);
  private readonly day = new Growable(Float64Array);
  private readonly active = new Growable(Uint8Array);
  private readonly parents = new Growable(Int32Array);
  private readonly children = new Growable(Int32Array);
  private readonly weight = new Growable(Float64Array);

  constructor(private readonly decimalComma = false) {}

  /** Adds one input row: it is stored or rejected with its reason. */
  add(row: RawRow): void {
    this.rowCount++;
    const valid = validateRow(row, this.decimalComma);
    if ("code" in valid) this.rejected.push({ line: row.line, reason: valid });
    else this.store(valid);
  }

  private store(r: ValidRow): void {
    this.line.push(r.line);
    this.household.push(intern(this.householdIds, this.householdKeys, r.household, r.household));
    this.factorText.push(intern(this.factorTextIds, this.factorTexts, r.factor, r.factor));
    this.leefgebied.push(
      r.leefgebied ? intern(this.leefgebiedIds, this.leefgebieden, r.leefgebied, r.leefgebied) : -1,
    );
    this.wijk.push(r.wijk ? intern(this.wijkIds, this.wijken, r.wijk, r.wijk) : -1);
    this.source.push(
      r.source ? intern(this.sourceIds, this.sources, r.source.toLowerCase(), r.source) : -1,
    );
    this.day.push(r.day);
    this.active.push(r.value > 0 ? 1 : 0);
    // Only 0 versus more matters for the family scope, so huge counts are capped to fit Int32.
    this.parents.push(Math.min(r.parents, 0x7fffffff));
    this.children.push(Math.min(r.children, 0x7fffffff));
    this.weight.push(r.weight);
  }

  /** Builds the household table from every row added; calling it again gives the same table. */
  finish(): HouseholdTable {
    const warnings = new UniqueMessages();
    const { kept, missing } = this.keepDatedRows();
    const { factorTable, factorOf } = this.internFactors(kept);
    warnings.push(...factorTable.domainWarnings());

    const days = this.day.view();
    const dates = snapshotDays(days, kept);
    const current = kept.filter((i) => dates.latest === undefined || days[i] === dates.latest);
    const households = this.currentHouseholds(current, warnings);
    const n = households.keys.length;
    const codeRank = rankByCode(factorTable.factors);
    const rowsOf = {
      household: this.household.view(),
      factor: factorOf,
      source: this.source.view(),
    };
    const active = current.filter((i) => this.active.at(i) === 1);
    const layout = factorLayout(active, rowsOf, factorTable.factors, codeRank, households.index, n);

    let previous: HouseholdTable["previous"] = null;
    if (dates.previous !== undefined) {
      const rows = kept.filter((i) => days[i] === dates.previous && this.active.at(i) === 1);
      const { factorStart, factorIds } = factorLayout(
        rows,
        rowsOf,
        factorTable.factors,
        codeRank,
        households.index,
        n,
      );
      previous = { factorStart, factorIds };
    }

    const weights = this.datasetWeights(kept, factorOf, factorTable);
    return {
      ...households,
      ...layout,
      wijken: this.wijken,
      sources: this.sources,
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

  /** Row indices that count: when any row has a date, undated rows are rejected. */
  private keepDatedRows(): { kept: number[]; missing: Rejection[] } {
    const days = this.day.view();
    const all = Array.from({ length: days.length }, (_, i) => i);
    if (days.every(Number.isNaN)) return { kept: all, missing: [] };
    const missing: Rejection[] = [];
    for (const i of all) {
      if (Number.isNaN(days[i]))
        missing.push({ line: this.line.at(i), reason: message("dateMissing") });
    }
    return { kept: all.filter((i) => !Number.isNaN(days[i])), missing };
  }

  /** Interns the factors of the kept rows only, in file order, so rejected rows leave no trace. */
  private internFactors(kept: number[]): { factorTable: FactorTable; factorOf: Int32Array } {
    const factorTable = new FactorTable();
    const factorOf = new Int32Array(this.line.length).fill(-1);
    // Extracts repeat a few (factor, leefgebied) spellings many times: match each pair once.
    const pairs = new Map<number, number>();
    const width = this.leefgebieden.length + 1;
    for (const i of kept) {
      const l = this.leefgebied.at(i);
      const pair = this.factorText.at(i) * width + l + 1;
      let f = pairs.get(pair);
      if (f === undefined) {
        f = factorTable.intern(
          this.factorTexts[this.factorText.at(i)],
          l >= 0 ? this.leefgebieden[l] : "",
        );
        pairs.set(pair, f);
      }
      factorOf[i] = f;
    }
    return { factorTable, factorOf };
  }

  /** The households of the current rows, in order of first appearance, with district and composition. */
  private currentHouseholds(current: number[], warnings: UniqueMessages) {
    const index = new Int32Array(this.householdKeys.length).fill(-1);
    const keys: string[] = [];
    const wijk: number[] = [];
    const parents: number[] = [];
    const children: number[] = [];
    for (const i of current) {
      const id = this.household.at(i);
      let h = index[id];
      if (h < 0) {
        h = index[id] = keys.push(this.householdKeys[id]) - 1;
        wijk.push(-1);
        parents.push(-1);
        children.push(-1);
      }
      const w = this.wijk.at(i);
      if (w >= 0 && wijk[h] < 0) wijk[h] = w;
      else if (w >= 0 && w !== wijk[h]) {
        warnings.push(
          message("wijkDisagrees", {
            household: keys[h],
            wijk: this.wijken[wijk[h]],
            other: this.wijken[w],
          }),
        );
      }
      parents[h] = Math.max(parents[h], this.parents.at(i));
      children[h] = Math.max(children[h], this.children.at(i));
    }
    return {
      index,
      keys,
      wijk: Int32Array.from(wijk),
      parents: Int32Array.from(parents),
      children: Int32Array.from(children),
    };
  }

  /** The weights the kept rows give per group: all distinct values, and the largest (NaN when none). */
  private datasetWeights(kept: number[], factorOf: Int32Array, factorTable: FactorTable) {
    const seen = factorTable.groups.map(() => new Set<number>());
    for (const i of kept) {
      const w = this.weight.at(i);
      if (!Number.isNaN(w)) seen[factorTable.factors[factorOf[i]].group].add(w);
    }
    const values = seen.map((weights) => [...weights].sort((a, b) => a - b));
    const max = Float64Array.from(values, (list) => (list.length ? list[list.length - 1] : NaN));
    return { max, values };
  }
}

function intern(ids: Map<string, number>, names: string[], key: string, name: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = names.push(name) - 1;
    ids.set(key, id);
  }
  return id;
}

/** The latest day and the latest day before it among the kept rows. */
function snapshotDays(days: Float64Array, kept: number[]): { latest?: number; previous?: number } {
  let latest: number | undefined;
  let previous: number | undefined;
  for (const i of kept) {
    const d = days[i];
    if (Number.isNaN(d)) continue;
    if (latest === undefined || d > latest) {
      if (latest !== undefined) previous = latest;
      latest = d;
    } else if (d < latest && (previous === undefined || d > previous)) previous = d;
  }
  return { latest, previous };
}
