/** The scorer's readable output in Dutch: the ranked households, the districts, the summary. */

import { DOMAINS, HouseholdTable, Report, Scores, ShownCount, reasons } from "../model";
import { TextColumn, dutchNumber, textTable } from "./text-table";

const LIGHT_NL: Record<string, string> = { green: "groen", orange: "oranje", red: "rood" };

const FLAG_NL: Record<string, string> = {
  "early-warning": "vroegsignaal",
  "multi-domain": "meerdere leefgebieden",
  "known-widely": "breed bekend",
  rising: "stijgend",
};

/** The ranked households, one line each, with the weighted groups behind each score. */
export function householdLines(report: Report, table: HouseholdTable, scores: Scores): string[] {
  const rows = report.households ?? [];
  const withPrevious = rows.some((r) => r.previousPriority !== undefined);
  const columns: TextColumn[] = [
    { heading: "rang", right: true },
    { heading: "huishouden" },
    { heading: "wijk" },
    { heading: "prioriteit", right: true },
    ...(withPrevious ? [{ heading: "vorige", right: true }] : []),
    { heading: "licht" },
    { heading: "signalen" },
    { heading: "factoren" },
  ];
  // Report rows follow scores.order, so the i-th row is household scores.order[i].
  const cells = rows.map((r, i) => [
    String(r.rank),
    r.household,
    r.wijk,
    dutchNumber(r.priority),
    ...(withPrevious ? [dutchNumber(r.previousPriority ?? 0)] : []),
    LIGHT_NL[r.light] ?? r.light,
    r.flags.map((f) => FLAG_NL[f] ?? f).join(", "),
    reasons(table, scores, scores.order[i])
      .map((x) => `${x.group} ${dutchNumber(x.weight)}`)
      .join(", "),
  ]);
  return textTable(columns, cells);
}

const shown = (count: ShownCount | undefined): string =>
  typeof count === "number" ? String(count) : (count ?? "-");

/** The districts × life domains, with the small-cell suppression already applied by the model. */
export function wijkLines(report: Report): string[] {
  const rows = report.wijken ?? [];
  // `overig` is a column only when the model shows it; suppressed districts carry no keys at all.
  const withOther = rows.some((r) => r.leefgebieden && "overig" in r.leefgebieden);
  const domains = DOMAINS.filter((d) => d.code !== "overig" || withOther);
  const columns: TextColumn[] = [
    { heading: "wijk" },
    { heading: "huishoudens", right: true },
    ...domains.map((d) => ({ heading: d.nl.toLowerCase(), right: true })),
  ];
  const cells = rows.map((r) => [
    r.wijk,
    shown(r.households),
    ...domains.map((d) => (r.leefgebieden ? shown(r.leefgebieden[d.code]) : "-")),
  ]);
  return textTable(columns, cells);
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** One line with the counts a reader checks first: households ranked (or counted per wijk), out of scope, rejected, warnings. */
export function summaryLine(report: Report, inScope: number): string {
  const verb = report.wijken ? "geteld" : "gerangschikt";
  return [
    plural(inScope, `huishouden ${verb}`, `huishoudens ${verb}`),
    `${report.outOfScope} buiten scope (geen ouder of geen kind)`,
    plural(report.rejected.length, "rij afgewezen", "rijen afgewezen"),
    plural(report.warnings.length, "waarschuwing", "waarschuwingen"),
  ].join(", ");
}

/** The rejected rows and warnings, one per line, for standard error. */
export function diagnosticLines(report: Report): string[] {
  return [
    ...report.rejected.map((r) => `regel ${r.line} afgewezen: ${r.reason}`),
    ...report.warnings.map((w) => `waarschuwing: ${w}`),
  ];
}
