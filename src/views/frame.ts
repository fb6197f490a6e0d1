/** The frame: everything the three views share for one render, computed once from model + options. */

import {
  DOMAINS,
  HouseholdTable,
  OTHER_DOMAIN,
  Scores,
  Settings,
  ShownCount,
  WijkCounts,
  countWijken,
  suppress,
} from "../model";
import { Localizer } from "../i18n/localize";
import { StringKey, STRINGS } from "../i18n/strings";
import { VisualOptions } from "../settings/options";

/** Colours from the host: the report palette, or the high-contrast theme. */
export interface Palette {
  highContrast: boolean;
  foreground: string;
  background: string;
  selected: string;
  /** A colour per priority group from the report's palette. */
  group(code: string): string;
}

/** What the visual hands the views on each render. */
export interface RenderInput {
  table: HouseholdTable;
  scores: Scores;
  settings: Settings;
  options: VisualOptions;
  l: Localizer;
  palette: Palette;
  selected: ReadonlySet<number>;
  /** Households another visual highlights; null when nothing is highlighted. */
  highlighted: Uint8Array | null;
}

/** The derived state of one render. */
export interface Frame extends RenderInput {
  /** Districts listed at district level (not drilled); null at household level. */
  wijken: WijkCounts[] | null;
  /** The district drilled into, if any. */
  drill: WijkCounts | null;
  /** Households listed, in rank order (drilled district members, or all ranked, up to the row count). */
  items: Int32Array;
  /** Listed households with at least one flag. */
  flagged: Int32Array;
  /** Indices into DOMAINS of the columns shown; `overig` only when used. */
  domains: number[];
  /** Largest active-factor count in one domain of one listed household (for the heat scale). */
  maxCell: number;
  /** Right end of the priority scale. */
  maxPriority: number;
  /** Household whose factors are listed, or -1. */
  expanded: number;
  /**
   * What decides the views' widths apart from their rows: viewport, stacking, view, level,
   * language, label fit and style sheets. Set by the app before each draw; while it is unchanged,
   * a view may reuse what it measured before.
   */
  layout: string;
}

/** Builds the frame for a render; `drillName` and `expanded` are the views' own state. */
export function makeFrame(input: RenderInput, drillName: string | null, expanded: number): Frame {
  const { table, scores, options } = input;
  const wijkLevel = options.level === "wijk";
  const all = wijkLevel ? countWijken(table, scores) : [];
  const drill =
    wijkLevel && drillName !== null ? (all.find((w) => w.wijk === drillName) ?? null) : null;
  const ranked = drill ? Int32Array.from(drill.members) : scores.order;
  const items = limit(ranked, options.rowCount);
  const D = DOMAINS.length;

  // One pass over every listed household (30,000 are common), with no array that grows.
  const { domainCounts } = table;
  const { priority, flags } = scores;
  let maxCell = 0;
  let maxPriority = 0;
  let flaggedCount = 0;
  for (let i = 0; i < items.length; i++) {
    const h = items[i];
    for (let d = h * D; d < h * D + D; d++)
      if (domainCounts[d] > maxCell) maxCell = domainCounts[d];
    maxPriority = Math.max(maxPriority, priority[h]);
    if (flags[h]) flaggedCount++;
  }
  const flagged = new Int32Array(flaggedCount);
  for (let i = 0, j = 0; i < items.length; i++) if (flags[items[i]]) flagged[j++] = items[i];
  return {
    ...input,
    wijken: wijkLevel && !drill ? limitList(all, options.rowCount) : null,
    drill,
    items,
    flagged,
    domains: shownDomains(table, scores),
    maxCell,
    maxPriority: Math.max(maxPriority, input.settings.thresholds.red) * 1.05 || 1,
    expanded: items.includes(expanded) ? expanded : -1,
    layout: "",
  };
}

function limit(order: Int32Array, rows: number): Int32Array {
  return rows > 0 && rows < order.length ? order.subarray(0, rows) : order;
}

function limitList<T>(list: T[], rows: number): T[] {
  return rows > 0 ? list.slice(0, rows) : list;
}

/** The domains to show as columns: the eight, plus `overig` when a ranked household has one there. */
export function shownDomains(table: HouseholdTable, scores: Scores): number[] {
  const D = DOMAINS.length;
  let used = false;
  for (let i = 0; i < scores.order.length && !used; i++) {
    used = table.domainCounts[scores.order[i] * D + OTHER_DOMAIN] > 0;
  }
  return DOMAINS.map((_, i) => i).filter((i) => i !== OTHER_DOMAIN || used);
}

/** A domain's label in the report's language. */
export function domainLabel(f: Frame, d: number): string {
  return f.l.language === "nl" ? DOMAINS[d].nl : DOMAINS[d].en;
}

/** The short visible label of a household: its key, or `#rank` when keys are hidden. */
export function householdLabel(f: Frame, h: number): string {
  return f.options.showKeys ? f.table.keys[h] : `#${f.scores.rank[h]}`;
}

/** The spoken and tooltip name of a household: its key, or "Huishouden 3" when keys are hidden. */
export function householdName(f: Frame, h: number): string {
  return f.options.showKeys ? f.table.keys[h] : f.l.t("Household_Rank", { rank: f.scores.rank[h] });
}

/** The longest row labels the views show: every district name, or the longest keys; none for ranks. */
export function longLabels(f: Frame): string[] {
  if (f.wijken) return f.wijken.map((w) => w.wijk);
  if (!f.options.showKeys) return [];
  // One pass (30,000 keys are common): the keys of the greatest length, a few of them.
  let longest = 0;
  for (const h of f.items) longest = Math.max(longest, f.table.keys[h].length);
  const keys: string[] = [];
  for (let i = 0; i < f.items.length && keys.length < 5; i++) {
    const key = f.table.keys[f.items[i]];
    if (key.length === longest) keys.push(key);
  }
  return keys;
}

/** A priority group's label: the pane's name for default groups, else the factor's label. */
export function groupLabel(f: Frame, g: number): string {
  const group = f.table.groups[g];
  const key = `Group_${group.code}` as StringKey;
  if (key in STRINGS) return f.l.t(key);
  const member = f.table.factors[group.members[0]];
  return member ? (f.l.language === "nl" ? member.nl : member.en) : group.code;
}

/** A count as the privacy level allows: suppressed at district level, exact otherwise. */
export function shownCount(f: Frame, n: number): ShownCount {
  return f.options.level === "wijk" ? suppress(n, f.settings.privacy.minGroupSize) : n;
}

/** A shown count as text: a locale number, or `<k`. */
export function countText(f: Frame, n: ShownCount): string {
  return typeof n === "number" ? f.l.number(n) : n;
}

/** A shown count as words for screen readers: a number, or "fewer than k". */
export function countWords(f: Frame, n: ShownCount): string {
  return typeof n === "number"
    ? f.l.number(n)
    : f.l.t("Suppressed", { k: f.settings.privacy.minGroupSize });
}

/**
 * A shown count in the name of a list option: the words that stand for the `<` sign go in brackets
 * ("(minder dan) 10"), so the name still contains the visible text in order (WCAG 2.5.3, label in
 * name) while a screen reader reads "minder dan 10".
 */
export function countSpoken(f: Frame, n: ShownCount): string {
  return typeof n === "number"
    ? f.l.number(n)
    : f.l.t("Suppressed_Spoken", { k: f.settings.privacy.minGroupSize });
}

/** The accessible summary, e.g. "412 huishoudens, 23 met rood, 41 met een vroegsignaal". */
export function summary(f: Frame): string {
  const { l } = f;
  if (f.wijken) {
    // Only districts that show their count add to the total: otherwise the total minus the shown
    // counts would give away the households of the districts smaller than k.
    const k = f.settings.privacy.minGroupSize;
    const households = f.wijken.reduce((sum, w) => sum + (w.households >= k ? w.households : 0), 0);
    return l.t(f.wijken.length === 1 ? "Summary_WijkOne" : "Summary_Wijk", {
      n: f.wijken.length,
      households: countWords(f, shownCount(f, households)),
    });
  }
  const ranked = f.drill ? f.drill.members : f.scores.order;
  let red = 0;
  let early = 0;
  for (const h of ranked) {
    if (f.scores.light[h] === 2) red++;
    if (f.scores.flags[h] & 1) early++;
  }
  const parts = [
    l.t("Summary", {
      n: countWords(f, shownCount(f, ranked.length)),
      red: countWords(f, shownCount(f, red)),
      ew: countWords(f, shownCount(f, early)),
    }),
  ];
  if (f.scores.outOfScope > 0 && !f.drill) {
    parts.push(l.t("Summary_OutOfScope", { n: countWords(f, shownCount(f, f.scores.outOfScope)) }));
  }
  if (f.table.latestDate) parts.push(l.t("Summary_Date", { date: l.date(f.table.latestDate) }));
  return parts.join("; ");
}
