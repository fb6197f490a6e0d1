/** The scorer's report: the JSON document of the command-line contract. */

import { Language, Message, formatMessage } from "./messages";
import { LIGHTS, Scores, flagList } from "./scoring";
import { Settings } from "./settings";
import { HouseholdTable } from "./table";
import { UNKNOWN_WIJK, WijkRow, countWijken, wijkRows } from "./wijk";

/** One ranked household as the report lists it. */
export interface HouseholdRow {
  household: string;
  wijk: string;
  rank: number;
  priority: number;
  earlyWarning: number;
  domains: number;
  sources: number;
  light: string;
  flags: string[];
  factors: string[];
  previousPriority?: number;
}

/** The report at household or wijk level. */
export interface Report {
  households?: HouseholdRow[];
  wijken?: WijkRow[];
  outOfScope: number;
  rejected: { line: number; reason: string }[];
  warnings: string[];
}

/** The ranked households as report rows. */
export function householdRows(table: HouseholdTable, scores: Scores): HouseholdRow[] {
  return Array.from(scores.order, (h) => {
    const row: HouseholdRow = {
      household: table.keys[h],
      wijk: table.wijk[h] >= 0 ? table.wijken[table.wijk[h]] : UNKNOWN_WIJK,
      rank: scores.rank[h],
      priority: scores.priority[h],
      earlyWarning: scores.earlyWarning[h],
      domains: table.domains[h],
      sources: table.sourceCount[h],
      light: LIGHTS[scores.light[h]],
      flags: flagList(scores.flags[h]),
      factors: Array.from(
        table.factorIds.subarray(table.factorStart[h], table.factorStart[h + 1]),
        (f) => table.factors[f].code,
      ),
    };
    if (scores.previousPriority) row.previousPriority = scores.previousPriority[h];
    return row;
  });
}

/** Builds the report document for a level, with messages in the given language. */
export function buildReport(
  table: HouseholdTable,
  scores: Scores,
  settings: Settings,
  level: "household" | "wijk",
  language: Language,
): Report {
  const text = (m: Message) => formatMessage(m, language);
  const body =
    level === "household"
      ? { households: householdRows(table, scores) }
      : { wijken: wijkRows(countWijken(table, scores), settings.privacy.minGroupSize) };
  return {
    ...body,
    outOfScope: scores.outOfScope,
    rejected: table.rejected.map((r) => ({ line: r.line, reason: text(r.reason) })),
    warnings: [...new Set([...table.warnings, ...scores.warnings].map(text))],
  };
}
