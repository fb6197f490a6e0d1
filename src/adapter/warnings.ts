/** The text of Power BI's warning icon: rejected rows with their first reasons, truncation, refused settings, notes. */

import { HouseholdTable, Message, Scores, formatMessage } from "../model";
import { Localizer } from "../i18n/localize";

/** How many rejected rows the warning names one by one. */
const FIRST_REASONS = 3;

/** Title and detail for the warning icon, or null when there is nothing to warn about. */
export function warningText(
  table: HouseholdTable | null,
  partialRows: number | null,
  settingErrors: readonly Message[],
  l: Localizer,
  notes: readonly Message[] = [],
  /** How a note names a household; keys stay out of the warning when they are hidden. */
  householdName: (key: string) => string = (key) => key,
): { title: string; detail: string } | null {
  const lines: string[] = [];
  if (partialRows !== null) lines.push(l.t("Partial", { n: partialRows }));
  const rejected = table?.rejected ?? [];
  if (rejected.length) {
    lines.push(l.t("Warning_Rejected", { n: rejected.length, total: table?.rowCount ?? 0 }));
    for (const r of rejected.slice(0, FIRST_REASONS)) {
      lines.push(
        l.t("Warning_Line", { line: String(r.line), reason: formatMessage(r.reason, l.language) }),
      );
    }
    if (rejected.length > FIRST_REASONS)
      lines.push(l.t("Warning_More", { n: rejected.length - FIRST_REASONS }));
  }
  if (settingErrors.length) {
    lines.push(
      l.t("Warning_Settings", {
        reasons: settingErrors.map((m) => formatMessage(m, l.language)).join("; "),
      }),
    );
  }
  if (notes.length) {
    lines.push(l.t("Warning_Notes", { n: notes.length }));
    for (const note of notes.slice(0, FIRST_REASONS))
      lines.push(formatMessage(renamed(note, householdName), l.language));
    if (notes.length > FIRST_REASONS)
      lines.push(l.t("Warning_More", { n: notes.length - FIRST_REASONS }));
  }
  return lines.length ? { title: l.t("Warning_Title"), detail: lines.join("\n") } : null;
}

function renamed(note: Message, householdName: (key: string) => string): Message {
  const key = note.params.household;
  if (key === undefined) return note;
  return { ...note, params: { ...note.params, household: householdName(String(key)) } };
}

/** Names households by rank ("Huishouden 3"), as the views do when keys are hidden; "–" when unranked. */
export function rankNames(
  table: HouseholdTable,
  scores: Scores,
  l: Localizer,
): (key: string) => string {
  // Built on first use: most updates have no note naming a household, and 30,000 keys cost.
  let index: Map<string, number> | undefined;
  return (key) => {
    index ??= new Map(table.keys.map((k, h) => [k, h]));
    const h = index.get(key);
    const rank = h === undefined ? 0 : scores.rank[h];
    return l.t("Household_Rank", { rank: rank > 0 ? rank : "–" });
  };
}
