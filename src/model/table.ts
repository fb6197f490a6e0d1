/** Turns a stream of rows into the household table: one entry per household of the latest snapshot. */

import { DOMAINS } from "./catalogue";
import { FactorEntry, FactorTable, GroupEntry } from "./factors";
import { Growable } from "./growable";
import { Message, message } from "./messages";
import { compareCodePoints } from "./order";
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
  /** Active factors per household and domain: `domainCounts[h * DOMAINS.length + d]`. */
  domainCounts: Uint16Array;
  /** Distinct domains with an active factor per household. */
  domains: Uint8Array;
  /** Previous snapshot's active factors, in the same layout; null when the dataset has fewer than two dates. */
  previous: { factorStart: Int32Array; factorIds: Int32Array } | null;
  factors: FactorEntry[];
  groups: GroupEntry[];
  /** The dataset's weight per group (largest of its rows), NaN when its rows give none. */
  datasetWeights: Float64Array;
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
  private readonly warnings: Message[] = [];
  private readonly factorTable = new FactorTable(this.warnings);
  private readonly rejected: Rejection[] = [];
  private rowCount = 0;

  private readonly householdIds = new Map<string, number>();
  private readonly householdKeys: string[] = [];
  private readonly wijkIds = new Map<string, number>();
  private readonly wijken: string[] = [];
  private readonly sourceIds = new Map<string, number>();
  private readonly sources: string[] = [];

  private readonly line = new Growable(Int32Array);
  private readonly household = new Growable(Int32Array);
  private readonly factor = new Growable(Int32Array);
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
    this.factor.push(this.factorTable.intern(r.factor, r.leefgebied));
    this.wijk.push(r.wijk ? intern(this.wijkIds, this.wijken, r.wijk, r.wijk) : -1);
    this.source.push(r.source ? intern(this.sourceIds, this.sources, r.source.toLowerCase(), r.source) : -1);
    this.day.push(r.day);
    this.active.push(r.value > 0 ? 1 : 0);
    this.parents.push(r.parents);
    this.children.push(r.children);
    this.weight.push(r.weight);
  }

  /** Builds the household table from every row added. */
  finish(): HouseholdTable {
    const kept = this.keepDatedRows();
    const days = this.day.view();
    const dates = snapshotDays(days, kept);
    const current = kept.filter((i) => dates.latest === undefined || days[i] === dates.latest);
    const households = this.currentHouseholds(current);
    const active = current.filter((i) => this.active.at(i) === 1);
    const n = households.keys.length;
    const layout = this.factorLayout(active, households.index, n);

    let previous: HouseholdTable["previous"] = null;
    if (dates.previous !== undefined) {
      const rows = kept.filter((i) => days[i] === dates.previous && this.active.at(i) === 1);
      const { factorStart, factorIds } = this.factorLayout(rows, households.index, n);
      previous = { factorStart, factorIds };
    }

    const rejected = this.rejected.sort((a, b) => a.line - b.line);
    return {
      ...households,
      ...layout,
      wijken: this.wijken,
      sources: this.sources,
      previous,
      factors: this.factorTable.factors,
      groups: this.factorTable.groups,
      datasetWeights: this.datasetWeights(kept),
      latestDate: dates.latest === undefined ? undefined : formatDay(dates.latest),
      previousDate: dates.previous === undefined ? undefined : formatDay(dates.previous),
      rowCount: this.rowCount,
      acceptedCount: kept.length,
      rejected,
      warnings: this.warnings,
    };
  }

  /** Row indices that count: when any row has a date, undated rows are rejected. */
  private keepDatedRows(): number[] {
    const days = this.day.view();
    const all = Array.from({ length: days.length }, (_, i) => i);
    if (days.every(Number.isNaN)) return all;
    for (const i of all) {
      if (Number.isNaN(days[i])) this.rejected.push({ line: this.line.at(i), reason: message("dateMissing") });
    }
    return all.filter((i) => !Number.isNaN(days[i]));
  }

  /** The households of the current rows, in order of first appearance, with district and composition. */
  private currentHouseholds(current: number[]) {
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
        this.warnings.push(message("wijkDisagrees", { household: keys[h], wijk: this.wijken[wijk[h]], other: this.wijken[w] }));
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

  /** Groups active rows by household into distinct factors (sorted by code) with their sources. */
  private factorLayout(rows: number[], householdIndex: Int32Array, n: number) {
    const byHousehold = bucket(rows, (i) => householdIndex[this.household.at(i)], n);
    const factors = this.factorTable.factors;
    const byCode = (a: number, b: number) => compareCodePoints(factors[a].code, factors[b].code);
    const D = DOMAINS.length;

    const factorStart = new Int32Array(n + 1);
    const factorIds: number[] = [];
    const sourceStart: number[] = [0];
    const sourceIds: number[] = [];
    const sourceCount = new Int32Array(n);
    const domainCounts = new Uint16Array(n * D);
    const domains = new Uint8Array(n);

    for (let h = 0; h < n; h++) {
      const own = byHousehold[h];
      const distinct = [...new Set(own.map((i) => this.factor.at(i)))].sort(byCode);
      for (const f of distinct) {
        const from = sourceIds.length;
        for (const i of own) {
          const s = this.source.at(i);
          if (this.factor.at(i) === f && s >= 0 && !sourceIds.includes(s, from)) sourceIds.push(s);
        }
        factorIds.push(f);
        sourceStart.push(sourceIds.length);
        const cell = h * D + factors[f].domain;
        if (domainCounts[cell]++ === 0) domains[h]++;
      }
      sourceCount[h] = new Set(own.map((i) => this.source.at(i)).filter((s) => s >= 0)).size;
      factorStart[h + 1] = factorIds.length;
    }
    return {
      factorStart,
      factorIds: Int32Array.from(factorIds),
      sourceStart: Int32Array.from(sourceStart),
      sourceIds: Int32Array.from(sourceIds),
      sourceCount,
      domainCounts,
      domains,
    };
  }

  /** The largest weight the rows give per group, warning where a group's rows disagree. */
  private datasetWeights(kept: number[]): Float64Array {
    const groups = this.factorTable.groups;
    const seen = groups.map(() => new Set<number>());
    for (const i of kept) {
      const w = this.weight.at(i);
      if (!Number.isNaN(w)) seen[this.factorTable.factors[this.factor.at(i)].group].add(w);
    }
    return Float64Array.from(seen, (weights, g) => {
      if (weights.size === 0) return NaN;
      const used = Math.max(...weights);
      if (weights.size > 1) {
        const list = [...weights].sort((a, b) => a - b).join(", ");
        this.warnings.push(message("weightsDisagree", { group: groups[g].code, weights: list, used }));
      }
      return used;
    });
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

/** Splits row indices into one list per bucket, keeping their order; a key below 0 drops the row. */
function bucket(rows: number[], key: (row: number) => number, n: number): number[][] {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const i of rows) {
    const k = key(i);
    if (k >= 0) lists[k].push(i);
  }
  return lists;
}
