/** View model of the ranked priority bars: segments per contributing priority group. */

import { FLAGS, LIGHTS, suppress } from "../model";
import { cssColour } from "./colour";
import { Frame, countSpoken, countText, groupLabel, householdLabel, householdName } from "./frame";
import { BarRowVM, MarkVM, SegmentVM, TipLine } from "./types";

/** Shape and word per traffic light, so the light never hangs on colour alone. */
export const LIGHT_SHAPES = { red: "●", orange: "▲", green: "■" } as const;

/** The rising flag's bit in a household's flag mask. */
const RISING = 1 << FLAGS.indexOf("rising");

/** Width in percent of a suppressed count: fixed, so the bar's length tells nothing. */
const HIDDEN_WIDTH = 4;

/** The traffic light as shape and word, e.g. "● rood". */
export function lightMark(f: Frame, light: (typeof LIGHTS)[number]): string {
  return `${LIGHT_SHAPES[light]} ${f.l.t(`Light_${light}`)}`;
}

/** The number of bar rows. */
export function barTotal(f: Frame): number {
  return f.wijken ? f.wijken.length : f.items.length;
}

/** Threshold marks at orange and red, in percent of the track (household level only). */
export function barMarks(f: Frame): MarkVM[] {
  if (f.wijken) return [];
  const t = f.settings.thresholds;
  return (["orange", "red"] as const).map((light) => ({
    at: (100 * t[light]) / f.maxPriority,
    text: f.l.t("Threshold_Mark", { light: f.l.t(`Light_${light}`), value: t[light] }),
    light,
  }));
}

/**
 * The longest value texts the bars can show, so every row gets the same value column (the tracks,
 * and so the bars, stay comparable): every district's; for households one text of the widest shape
 * that occurs ("88,8 ↑ was 8,88": digits and decimals as in the data, each digit an 8), found with
 * arithmetic because formatting 30,000 numbers per draw would cost more than the drawing.
 */
export function longValues(f: Frame): string[] {
  if (f.wijken) return barRows(f, 0, f.wijken.length).map((r) => r.value);
  const { priority, previousPriority, flags } = f.scores;
  let chars = 0;
  let widest = 0;
  let widestBefore: number | undefined;
  for (let i = 0; i < f.items.length; i++) {
    const h = f.items[i];
    const before = previousPriority && flags[h] & RISING ? previousPriority[h] : undefined;
    const c = charsOf(priority[h]) + (before === undefined ? 0 : charsOf(before) + 8);
    if (c > chars) [chars, widest, widestBefore] = [c, priority[h], before];
  }
  if (chars === 0) return [];
  const number = (x: number) => f.l.number(widestLike(x));
  const previous =
    widestBefore === undefined ? "" : ` ↑ ${f.l.t("Previous", { value: number(widestBefore) })}`;
  return [number(widest) + previous];
}

/** How many digits (and a decimal sign) a number takes as the bars write it, up to two decimals. */
function charsOf(x: number): number {
  const cents = hundredths(x);
  const decimals = decimalsOf(cents);
  return digits(Math.floor(cents / 100)) + (decimals ? decimals + 1 : 0);
}

/** A number written with as many digits as `x`, each an 8 (one of the widest digits). */
function widestLike(x: number): number {
  const cents = hundredths(x);
  const decimals = decimalsOf(cents);
  const whole = "8".repeat(digits(Math.floor(cents / 100)));
  return Number(whole + (decimals ? "." + "8".repeat(decimals) : ""));
}

/** A value's size in hundredths, as the bars round it (two decimals at most). */
const hundredths = (x: number): number => Math.round(Math.abs(x) * 100);

/** How many decimals the bars write for a size in hundredths: 0, 1 or 2. */
const decimalsOf = (cents: number): number => (cents % 100 === 0 ? 0 : cents % 10 === 0 ? 1 : 2);

/** The number of decimal digits of a whole number ≥ 0, without making a string (30,000 per draw). */
function digits(whole: number): number {
  if (whole < 10) return 1; // most priorities
  if (whole < 100) return 2;
  // Sums of huge weights saturate at the largest number; ×100 makes them Infinity.
  if (!Number.isFinite(whole)) return String(whole).length;
  let n = 1;
  for (let rest = whole; rest >= 10; rest /= 10) n++;
  return n;
}

/** The groups that make up a household's priority: active, weight above 0, in group order. */
export function contributingGroups(f: Frame, h: number): number[] {
  const { table, scores } = f;
  const groups = new Set<number>();
  for (let e = table.factorStart[h]; e < table.factorStart[h + 1]; e++) {
    const g = table.factors[table.factorIds[e]].group;
    if (scores.groupWeights[g] > 0) groups.add(g);
  }
  return [...groups].sort((a, b) => a - b);
}

/** Whether a household shows its previous priority: it carries the rising flag. */
const rising = (f: Frame, h: number): boolean => (f.scores.flags[h] & RISING) !== 0;

/** The bar rows in positions `from` to `to` (exclusive). */
export function barRows(f: Frame, from: number, to: number): BarRowVM[] {
  return f.wijken ? wijkBars(f, from, to) : householdBars(f, from, to);
}

function householdBars(f: Frame, from: number, to: number): BarRowVM[] {
  const { scores, l } = f;
  const rows: BarRowVM[] = [];
  for (let pos = from; pos < Math.min(to, f.items.length); pos++) {
    const h = f.items[pos];
    const light = LIGHTS[scores.light[h]];
    let left = 0;
    const groups = contributingGroups(f, h);
    const segments: SegmentVM[] = groups.map((g) => {
      const width = (100 * scores.groupWeights[g]) / f.maxPriority;
      const segment = {
        part: String(g),
        left,
        width,
        fill: f.palette.highContrast
          ? f.palette.foreground
          : f.palette.group(f.table.groups[g].code),
        hatched: false,
      };
      left += width;
      return segment;
    });
    const previous =
      rising(f, h) && scores.previousPriority ? scores.previousPriority[h] : undefined;
    const value =
      l.number(scores.priority[h]) +
      (previous === undefined ? "" : ` ↑ ${l.t("Previous", { value: previous })}`);
    const words = [lightMark(f, light).slice(2), l.t("Priority", { value: scores.priority[h] })];
    if (previous !== undefined) words.push(l.t("Previous", { value: previous }));
    // The tooltip's breakdown, for those who cannot hover: the reason for the score.
    const parts = groups.map((g) =>
      l.t("Segment", { group: groupLabel(f, g), value: scores.groupWeights[g] }),
    );
    rows.push({
      pos,
      id: h,
      label: householdLabel(f, h),
      aria: `${householdName(f, h)}: ${words.join(", ")}`,
      selected: f.selected.has(h),
      dimmed: f.highlighted !== null && !f.highlighted[h],
      mark: lightMark(f, light),
      light,
      segments,
      value,
      description: parts.join("; "),
    });
  }
  return rows;
}

function wijkBars(f: Frame, from: number, to: number): BarRowVM[] {
  const wijken = f.wijken ?? [];
  const k = f.settings.privacy.minGroupSize;
  const max = Math.max(k, ...wijken.map((w) => w.households));
  const rows: BarRowVM[] = [];
  for (let pos = from; pos < Math.min(to, wijken.length); pos++) {
    const w = wijken[pos];
    const households = suppress(w.households, k);
    const counts = { red: 0, orange: 0 };
    for (const h of w.members) {
      if (f.scores.light[h] === 2) counts.red++;
      else if (f.scores.light[h] === 1) counts.orange++;
    }
    const red = suppress(counts.red, k);
    const orange = suppress(counts.orange, k);
    const small = typeof households !== "number";
    // Segments follow one another from the left: red, orange, then the district's other
    // households, so each point of the bar belongs to one of them.
    const segments: SegmentVM[] = [];
    if (!small) {
      let left = 0;
      for (const [light, shown] of [
        ["red", red],
        ["orange", orange],
      ] as const) {
        const width = typeof shown === "number" ? (100 * shown) / max : shown ? HIDDEN_WIDTH : 0;
        if (width === 0) continue;
        const fill = f.palette.highContrast ? f.palette.foreground : f.options.colours[light];
        segments.push({ part: light, left, width, fill, hatched: typeof shown !== "number" });
        left += width;
      }
      const rest = (100 * w.households) / max - left;
      if (rest > 1e-9)
        segments.push({
          part: "households",
          left,
          width: rest,
          fill: f.palette.highContrast ? f.palette.background : "#D9D9D9",
          hatched: false,
        });
    }
    const text = small
      ? countText(f, households)
      : f.l.t("Wijk_Lights", {
          red: countText(f, red),
          orange: countText(f, orange),
          households: countText(f, households),
        });
    const spoken = (n: typeof red) => countSpoken(f, n);
    const aria = small
      ? `${w.wijk}: ${spoken(households)} ${f.l.t("Col_Households").toLowerCase()}`
      : `${w.wijk}: ${f.l.t("Wijk_Lights", { red: spoken(red), orange: spoken(orange), households: spoken(households) })}`;
    rows.push({
      pos,
      id: pos,
      label: w.wijk,
      aria,
      selected: w.members.some((h) => f.selected.has(h)),
      dimmed: f.highlighted !== null && !w.members.some((h) => f.highlighted?.[h]),
      mark: "",
      light: "none",
      segments,
      value: text,
      description: "",
    });
  }
  return rows;
}

/**
 * A bar drawn as the background of its track (CSS values), not as an element per segment: each
 * segment a hard colour stop with a 1px gap in the background colour after it, and the hatching
 * of suppressed counts as a layer over their span. A weight change then rewrites one value per
 * row instead of creating, moving and painting boxes.
 */
export function barBackground(segments: SegmentVM[], background: string) {
  if (segments.length === 0) return { bar: null, hatch: null, hatchSize: null, hatchAt: null };
  const gap = cssColour(background);
  const stops = segments.map((s) => {
    const right = s.left + s.width;
    const fill = cssColour(s.fill);
    return `${fill} ${s.left}% calc(${right}% - 1px), ${gap} calc(${right}% - 1px) ${right}%`;
  });
  const end = segments[segments.length - 1];
  const bar = `linear-gradient(to right, ${stops.join(", ")}, transparent ${end.left + end.width}%)`;
  // Suppressed counts are adjacent (red, then orange), so one layer covers them.
  const hatched = segments.filter((s) => s.hatched);
  if (hatched.length === 0) return { bar, hatch: null, hatchSize: null, hatchAt: null };
  const from = hatched[0].left;
  const width = hatched[hatched.length - 1].left + hatched[hatched.length - 1].width - from;
  return {
    bar,
    hatch: `repeating-linear-gradient(45deg, transparent 0 3px, ${gap} 3px 5px)`,
    hatchSize: `${width}% 14px`,
    // A background's x percentage places that point of the image on that point of the track.
    hatchAt: `${width >= 100 ? 0 : (100 * from) / (100 - width)}% 50%`,
  };
}

/** The threshold marks as dashed vertical lines: background layers of every bar's track. */
export function thresholdLines(marks: MarkVM[], colour: (m: MarkVM) => string) {
  if (marks.length === 0) return { lines: null, size: null, at: null };
  const each = (layer: (m: MarkVM) => string) => marks.map(layer).join(", ");
  return {
    lines: each(
      (m) => `repeating-linear-gradient(${cssColour(colour(m))} 0 5px, transparent 5px 8px)`,
    ),
    size: each(() => "2px 100%"),
    at: each((m) => `${Math.min(100, m.at)}% 0`),
  };
}

/** The segment at `percent` of the track, if any. */
export function segmentAt(segments: SegmentVM[], percent: number): SegmentVM | undefined {
  return segments.find((s) => percent >= s.left && percent < s.left + s.width);
}

/** Tooltip of a bar row, or of one of its segments (`part` is a group index or a light). */
export function barTip(f: Frame, pos: number, part: string | null): TipLine[] {
  const row = barRows(f, pos, pos + 1)[0];
  if (!row) return [];
  const lines: TipLine[] = [
    {
      displayName: f.wijken ? f.l.t("Col_Wijk") : f.l.t("Col_Household"),
      value: f.wijken ? row.label : householdName(f, row.id),
    },
  ];
  if (f.wijken) return [...lines, { displayName: f.l.t("View_Bars"), value: row.value }];
  lines.push({ displayName: f.l.t("View_Bars"), value: `${row.value} (${row.mark})` });
  const groups =
    part !== null && /^\d+$/.test(part) ? [Number(part)] : contributingGroups(f, row.id);
  for (const g of groups)
    lines.push({ displayName: groupLabel(f, g), value: f.l.number(f.scores.groupWeights[g]) });
  return lines;
}
