/** The district level: households and life-domain counts per wijk, with small-cell suppression. */

import { DOMAINS, OTHER_DOMAIN } from "./catalogue";
import { compareCodePoints } from "./order";
import { Scores } from "./scoring";
import { HouseholdTable } from "./table";

/** The district name used for households without a wijk. */
export const UNKNOWN_WIJK = "(onbekend)";

/** A count as shown: the number, or `<k` when it lies between 1 and k − 1. */
export type ShownCount = number | string;

/** One district row as the report shows it. */
export interface WijkRow {
  wijk: string;
  households: ShownCount;
  /** Count per domain code; null when the district itself is too small to show any. */
  leefgebieden: Record<string, ShownCount> | null;
}

/** Applies the privacy rule to one count. */
export function suppress(count: number, minGroupSize: number): ShownCount {
  return count >= 1 && count < minGroupSize ? `<${minGroupSize}` : count;
}

/** Raw (unsuppressed) counts per district, for the model's own use only. */
export interface WijkCounts {
  wijk: string;
  households: number;
  /** Households with an active factor, per index of DOMAINS. */
  domains: number[];
  /** In-scope household indices of this district, in rank order. */
  members: number[];
}

/** Counts in-scope households per district and domain, districts ordered by name. */
export function countWijken(table: HouseholdTable, scores: Scores): WijkCounts[] {
  const byName = new Map<string, WijkCounts>();
  const D = DOMAINS.length;
  for (const h of scores.order) {
    const name = table.wijk[h] >= 0 ? table.wijken[table.wijk[h]] : UNKNOWN_WIJK;
    let row = byName.get(name);
    if (!row)
      byName.set(
        name,
        (row = { wijk: name, households: 0, domains: new Array(D).fill(0), members: [] }),
      );
    row.households++;
    row.members.push(h);
    for (let d = 0; d < D; d++) if (table.domainCounts[h * D + d] > 0) row.domains[d]++;
  }
  return [...byName.values()].sort((a, b) => compareCodePoints(a.wijk, b.wijk));
}

/** The district rows as shown, with every count passed through the privacy rule. */
export function wijkRows(counts: WijkCounts[], minGroupSize: number): WijkRow[] {
  const showOther = counts.some((c) => c.domains[OTHER_DOMAIN] > 0);
  return counts.map((c): WijkRow => {
    if (c.households < minGroupSize) {
      return { wijk: c.wijk, households: suppress(c.households, minGroupSize), leefgebieden: null };
    }
    const leefgebieden: Record<string, ShownCount> = {};
    DOMAINS.forEach((d, i) => {
      if (i !== OTHER_DOMAIN || showOther)
        leefgebieden[d.code] = suppress(c.domains[i], minGroupSize);
    });
    return { wijk: c.wijk, households: c.households, leefgebieden };
  });
}
