/** The seeded sample dataset as CSV text, produced piece by piece so any size streams. Pure TS: runs in Node and browsers. */

import { Source } from "./clusters";
import { Episode, SampleHousehold, sampleHousehold } from "./household";
import { Random, mixSeed } from "./prng";
import { dateText, datasetWeight, factorText, leefgebiedText } from "./spelling";

/** What to generate. */
export interface SampleOptions {
  households: number;
  /** Number of monthly peildatums. */
  snapshots: number;
  /** First peildatum, `yyyy-mm-dd`. */
  start: string;
  seed: number;
  /** A Dutch spreadsheet file: `;` between cells and a decimal comma. */
  semicolon: boolean;
}

/** The options that produce `data/sample.csv`. */
export const SAMPLE_DEFAULTS: Readonly<SampleOptions> = {
  households: 400,
  snapshots: 6,
  start: "2026-06-01",
  seed: 1,
  semicolon: false,
};

const HEADER = [
  "huishouden",
  "peildatum",
  "bron",
  "wijk",
  "factor",
  "leefgebied",
  "waarde",
  "ouders",
  "kinderen",
  "gewicht",
];

/** The peildatums: the same day of each month from `start`, or the month's last day when it is shorter. */
export function snapshotDates(start: string, snapshots: number): string[] {
  const [y, m, d] = start.split("-").map(Number);
  return Array.from({ length: snapshots }, (_, s) => {
    const lastDay = new Date(Date.UTC(y, m + s, 0)).getUTCDate();
    return new Date(Date.UTC(y, m - 1 + s, Math.min(d, lastDay))).toISOString().slice(0, 10);
  });
}

function csvLine(cells: readonly string[], separator: string): string {
  const quoted = cells.map((c) =>
    c.includes(separator) || c.includes('"') || c.includes("\n") ? `"${c.replace(/"/g, '""')}"` : c,
  );
  return quoted.join(separator) + "\n";
}

function householdAt(options: SampleOptions, index: number): SampleHousehold {
  const keyWidth = Math.max(4, String(options.households).length);
  return sampleHousehold(
    index,
    keyWidth,
    options.snapshots,
    new Random(mixSeed(options.seed, index)),
  );
}

/** The value a department writes: mostly nothing (meaning 1), sometimes 1 or 2; 0 when the case was closed. */
function valueText(e: Episode, s: number, random: Random): string {
  if (s === e.to) return "0";
  const x = random.next();
  return x < 0.7 ? "" : x < 0.95 ? "1" : "2";
}

function householdRows(
  h: SampleHousehold,
  s: number,
  date: string,
  random: Random,
  o: SampleOptions,
): string[][] {
  const rows: string[][] = [];
  for (const e of h.episodes) {
    if (s < e.from || s > e.to) continue;
    // BOA's extract knows no family composition.
    const composition = e.source === "BOA" ? ["", ""] : [String(h.parents), String(h.children)];
    const weight = datasetWeight(e.code);
    const weightText =
      weight === undefined ? "" : o.semicolon ? String(weight).replace(".", ",") : String(weight);
    rows.push([
      h.key,
      dateText(date, e.source),
      e.source,
      h.wijk,
      factorText(e.code, e.source),
      leefgebiedText(e.code, e.source),
      valueText(e, s, random),
      ...composition,
      weightText,
    ]);
  }
  return rows;
}

/** Households after which the last extract carries one deliberately broken row each. */
const BROKEN_AFTER = [7, 60, 120, 200];

function brokenRow(kind: number, h: SampleHousehold, date: string): string[] {
  const year = date.slice(0, 4);
  const base = (source: Source, factor: string) => [
    h.key,
    date,
    source,
    h.wijk,
    factor,
    "",
    "",
    String(h.parents),
    String(h.children),
    "",
  ];
  const row = base("Leerplicht", "Schoolverzuim");
  if (kind === 0) row[6] = "veel";
  if (kind === 1) row[1] = `31-02-${year}`;
  if (kind === 2) row[4] = "";
  if (kind === 3) row[8] = "-1";
  return row;
}

/** Yields the CSV text: the header, then per peildatum every household's rows. Same options, same text. */
export function* sampleCsv(options: SampleOptions): Generator<string> {
  const separator = options.semicolon ? ";" : ",";
  const dates = snapshotDates(options.start, options.snapshots);
  yield csvLine(HEADER, separator);
  for (let s = 0; s < dates.length; s++) {
    const last = s === dates.length - 1;
    for (let i = 0; i < options.households; i++) {
      const h = householdAt(options, i);
      const random = new Random(mixSeed(mixSeed(options.seed, i), s + 1));
      let text = "";
      for (const row of householdRows(h, s, dates[s], random, options))
        text += csvLine(row, separator);
      const broken = last ? BROKEN_AFTER.indexOf(i) : -1;
      if (broken >= 0) text += csvLine(brokenRow(broken, h, dates[s]), separator);
      if (text) yield text;
    }
  }
}

/** About how many households give `rows` data rows with these options, estimated on a first stretch. */
export function householdsForRows(rows: number, options: SampleOptions): number {
  const pilot = { ...options, households: 1000 };
  let lines = -1;
  for (const text of sampleCsv(pilot))
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return Math.max(1, Math.round((rows / lines) * pilot.households));
}
