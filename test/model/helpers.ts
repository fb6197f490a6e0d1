/** Builds model inputs from compact row literals, so each test reads as a small dataset. */

import {
  Cell,
  Column,
  HouseholdRow,
  HouseholdTable,
  RawRow,
  Report,
  Scores,
  Settings,
  TableBuilder,
  buildReport,
  parseSettings,
  score,
} from "../../src/model";

/**
 * A row in short form: h huishouden, f factor, wijk, lg leefgebied, v waarde, bron, d peildatum,
 * o ouders, k kinderen, g gewicht. `line` overrides the line number (default: 2, 3, ... in order).
 */
export interface Lit {
  h?: Cell;
  f?: Cell;
  wijk?: Cell;
  lg?: Cell;
  v?: Cell;
  bron?: Cell;
  d?: Cell;
  o?: Cell;
  k?: Cell;
  g?: Cell;
  line?: number;
}

const COLUMN_OF: Record<Exclude<keyof Lit, "line">, Column> = {
  h: "huishouden",
  f: "factor",
  wijk: "wijk",
  lg: "leefgebied",
  v: "waarde",
  bron: "bron",
  d: "peildatum",
  o: "ouders",
  k: "kinderen",
  g: "gewicht",
};

/** Turns row literals into RawRows numbered as a CSV file would (header is line 1). */
export function rawRows(lits: readonly Lit[]): RawRow[] {
  return lits.map((lit, i) => {
    const cells: RawRow["cells"] = {};
    for (const [short, value] of Object.entries(lit)) {
      if (short !== "line") cells[COLUMN_OF[short as keyof typeof COLUMN_OF]] = value;
    }
    return { line: lit.line ?? i + 2, cells };
  });
}

/** Feeds row literals through a TableBuilder. */
export function table(lits: readonly Lit[], decimalComma = false): HouseholdTable {
  const builder = new TableBuilder(decimalComma);
  for (const row of rawRows(lits)) builder.add(row);
  return builder.finish();
}

/** Settings from a settings document, failing the test when the document is refused. */
export function settings(doc: unknown = {}): Settings {
  const result = parseSettings(doc);
  if (!result.ok) throw new Error(`settings refused: ${JSON.stringify(result.errors)}`);
  return result.settings;
}

/** Everything one scorer run produces, with the report in English. */
export interface Run {
  table: HouseholdTable;
  scores: Scores;
  report: Report;
  /** The report's household rows by key. */
  byKey: Map<string, HouseholdRow>;
  warnings: string[];
}

/** Builds, scores and reports row literals under a settings document. */
export function run(
  lits: readonly Lit[],
  doc: unknown = {},
  level: "household" | "wijk" = "household",
): Run {
  const t = table(lits);
  const s = settings(doc);
  const scores = score(t, s);
  const report = buildReport(t, scores, s, level, "en");
  const households = buildReport(t, scores, s, "household", "en").households ?? [];
  return {
    table: t,
    scores,
    report,
    byKey: new Map(households.map((r) => [r.household, r])),
    warnings: report.warnings,
  };
}

/** One household's report row; fails when it is not listed. */
export function row(r: Run, key: string): HouseholdRow {
  const found = r.byKey.get(key);
  if (!found)
    throw new Error(`household ${key} is not listed; listed: ${[...r.byKey.keys()].join(", ")}`);
  return found;
}

/** The households of a report in rank order. */
export function ranked(r: Run): string[] {
  return (r.report.households ?? []).map((h) => h.household);
}

/** Rows for one household: each factor once, active, with parents and children 1 unless given. */
export function family(h: string, factors: readonly string[], extra: Lit = {}): Lit[] {
  return factors.map((f) => ({ h, f, o: 1, k: 1, ...extra }));
}
