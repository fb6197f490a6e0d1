/** Why a household scores what it does: the weighted priority groups it has an active member in. */

import { compareCodePoints } from "./order";
import { Scores } from "./scoring";
import { HouseholdTable } from "./table";

/** One priority group behind a household's score, with the weight it adds. */
export interface Reason {
  group: string;
  weight: number;
}

/** The groups with weight > 0 and an active member, heaviest first, then by code point. */
export function reasons(table: HouseholdTable, scores: Scores, household: number): Reason[] {
  const groups = new Set<number>();
  for (let e = table.factorStart[household]; e < table.factorStart[household + 1]; e++) {
    groups.add(table.factors[table.factorIds[e]].group);
  }
  return [...groups]
    .filter((g) => scores.groupWeights[g] > 0)
    .map((g) => ({ group: table.groups[g].code, weight: scores.groupWeights[g] }))
    .sort((a, b) => b.weight - a.weight || compareCodePoints(a.group, b.group));
}
