/** Scores the households of a table under a settings object, without re-reading rows. */

import { EARLY_WARNING_WEIGHTS } from "./catalogue";
import { Message, message } from "./messages";
import { rankOrder } from "./ranking";
import { Settings } from "./settings";
import { HouseholdTable } from "./table";

/** Traffic light per household. */
export const LIGHTS = ["green", "orange", "red"] as const;
export type Light = (typeof LIGHTS)[number];

/** Flags in contract order; bit i of a household's flag mask is FLAGS[i]. */
export const FLAGS = ["early-warning", "multi-domain", "known-widely", "rising"] as const;
export type Flag = (typeof FLAGS)[number];

/** The scores of every household, in the table's household order. */
export interface Scores {
  priority: Float64Array;
  earlyWarning: Float64Array;
  /** Null when the dataset has fewer than two snapshot dates. */
  previousPriority: Float64Array | null;
  /** Index into LIGHTS. */
  light: Uint8Array;
  /** Bit mask over FLAGS. */
  flags: Uint8Array;
  /** 1 when the household is ranked, 0 when out of the family scope. */
  inScope: Uint8Array;
  /** In-scope household indices in rank order. */
  order: Int32Array;
  /** Rank per household (1 = first); 0 when out of scope. */
  rank: Int32Array;
  outOfScope: number;
  /** The weight used per group and the early-warning weight per factor. */
  groupWeights: Float64Array;
  earlyWarningWeights: Float64Array;
  warnings: Message[];
}

/** Sums are rounded to this many decimals so that 0.1 + 0.2 compares and prints as 0.3. */
const PRECISION = 1e9;

/** Rounds a sum; sums of huge weights saturate at the largest finite number instead of Infinity. */
function round(x: number): number {
  const rounded = Math.round(x * PRECISION) / PRECISION;
  if (Number.isFinite(rounded)) return rounded;
  return Math.max(-Number.MAX_VALUE, Math.min(x, Number.MAX_VALUE));
}

/** A record's own value for a key: factor codes like `constructor` must not reach Object.prototype. */
function own(record: Readonly<Record<string, number>>, key: string): number | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Resolves each group's weight: explicit setting, then the dataset, then the default, then 0. */
export function resolveGroupWeights(
  table: HouseholdTable,
  settings: Settings,
): { weights: Float64Array; warnings: Message[] } {
  const warnings: Message[] = [];
  const weights = Float64Array.from(table.groups, (group, g) => {
    const explicit = own(settings.weights, group.code);
    if (explicit !== undefined) return explicit;
    const fromData = table.datasetWeights[g];
    if (!Number.isNaN(fromData)) {
      // Warned only here: when a setting decides the weight, the dataset's disagreement does not matter.
      const values = table.datasetWeightValues?.[g] ?? [];
      if (values.length > 1)
        warnings.push(
          message("weightsDisagree", {
            group: group.code,
            weights: values.join(", "),
            used: fromData,
          }),
        );
      return fromData;
    }
    if (group.defaultWeight !== undefined) return group.defaultWeight;
    warnings.push(message("unknownFactorWeight", { factor: group.code }));
    return 0;
  });
  return { weights, warnings };
}

/** Sums the weights of the groups with an active member among `ids[from..to]`. */
function prioritySum(
  groupOf: Int32Array,
  ids: Int32Array,
  from: number,
  to: number,
  weights: Float64Array,
  seen: Int32Array,
  stamp: number,
): number {
  let sum = 0;
  for (let e = from; e < to; e++) {
    const g = groupOf[ids[e]];
    if (seen[g] === stamp) continue;
    seen[g] = stamp;
    sum += weights[g];
  }
  return round(sum);
}

/** Scores every household: priority, early warning, light, flags, scope and rank. */
export function score(table: HouseholdTable, settings: Settings): Scores {
  const n = table.keys.length;
  const { weights: groupWeights, warnings } = resolveGroupWeights(table, settings);
  const earlyWarningWeights = Float64Array.from(
    table.factors,
    (f) => own(settings.earlyWarning.weights, f.code) ?? own(EARLY_WARNING_WEIGHTS, f.code) ?? 0,
  );

  const priority = new Float64Array(n);
  const earlyWarning = new Float64Array(n);
  const previousPriority = table.previous ? new Float64Array(n) : null;
  const seen = new Int32Array(table.groups.length).fill(-1);
  const groupOf = Int32Array.from(table.factors, (f) => f.group);
  const { factorIds, factorStart, previous } = table;
  for (let h = 0; h < n; h++) {
    const from = factorStart[h];
    const to = factorStart[h + 1];
    priority[h] = prioritySum(groupOf, factorIds, from, to, groupWeights, seen, 2 * h);
    let ew = 0;
    for (let e = from; e < to; e++) ew += earlyWarningWeights[factorIds[e]];
    earlyWarning[h] = round(ew);
    if (previousPriority && previous) {
      const { factorIds: ids, factorStart: start } = previous;
      previousPriority[h] = prioritySum(
        groupOf,
        ids,
        start[h],
        start[h + 1],
        groupWeights,
        seen,
        2 * h + 1,
      );
    }
  }

  const { red, orange, multiDomain, knownWidely, risingMinIncrease } = settings.thresholds;
  const early = settings.earlyWarning.threshold;
  const familiesOnly = settings.familiesOnly;
  const { domains, sourceCount, parents, children } = table;
  const light = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const inScope = new Uint8Array(n);
  for (let h = 0; h < n; h++) {
    const p = priority[h];
    light[h] = p >= red ? 2 : p >= orange ? 1 : 0;
    let mask = 0;
    if (earlyWarning[h] >= early) mask |= 1;
    if (domains[h] >= multiDomain) mask |= 2;
    if (sourceCount[h] >= knownWidely) mask |= 4;
    if (previousPriority && round(p - previousPriority[h]) >= risingMinIncrease) mask |= 8;
    flags[h] = mask;
    inScope[h] = familiesOnly && (parents[h] === 0 || children[h] === 0) ? 0 : 1;
  }

  const { keyRank } = table;
  const order = rankOrder({ priority, earlyWarning, domains, keyRank }, inScope);
  const rank = new Int32Array(n);
  for (let i = 0; i < order.length; i++) rank[order[i]] = i + 1;
  return {
    priority,
    earlyWarning,
    previousPriority,
    light,
    flags,
    inScope,
    order,
    rank,
    outOfScope: n - order.length,
    groupWeights,
    earlyWarningWeights,
    warnings,
  };
}

/** The flags raised in a household's mask, in contract order. */
export function flagList(mask: number): Flag[] {
  return FLAGS.filter((_, i) => mask & (1 << i));
}
