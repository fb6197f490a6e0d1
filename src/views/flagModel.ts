/** View model of the early-warning flags: labelled badges whose tooltips state the rule with numbers. */

import { FLAGS, Flag, suppress } from "../model";
import { Frame, countSpoken, countText, countWords, householdLabel, householdName } from "./frame";
import { BadgeVM, FlagRowVM, TipLine } from "./types";

/** A shape per flag, so badges differ by more than colour. */
export const FLAG_ICONS: Record<Flag, string> = {
  "early-warning": "!",
  "multi-domain": "◆",
  "known-widely": "◉",
  rising: "↑",
};

/**
 * The widest set of badges a row can show, as their texts ("! vroegsignaal: <5"): exact for
 * districts (few), for households the badges of every flag that occurs (an upper bound).
 */
export function widestBadges(f: Frame): string[] {
  const texts = (badges: BadgeVM[]) => badges.map((b) => `${b.icon} ${b.text}`);
  if (f.wijken) {
    const rows = flagRows(f, 0, flagTotal(f)).map((r) => texts(r.badges));
    const width = (t: string[]) => t.reduce((sum, s) => sum + s.length, 0);
    return rows.reduce<string[]>((widest, t) => (width(t) > width(widest) ? t : widest), []);
  }
  let present = 0;
  for (const h of f.flagged) present |= f.scores.flags[h];
  return FLAGS.filter((_, i) => present & (1 << i)).map(
    (flag) => `${FLAG_ICONS[flag]} ${f.l.t(`Flag_${flag}`)}`,
  );
}

/** The number of flag rows: flagged households, or districts with a shown flag count. */
export function flagTotal(f: Frame): number {
  return f.wijken ? flagWijken(f).length : f.flagged.length;
}

/** The rule that raised a flag, with the numbers, e.g. "Schoolverzuim + Lage SES = 2, drempel 2". */
export function flagRule(f: Frame, h: number, flag: Flag): string {
  const { l, table, scores, settings } = f;
  switch (flag) {
    case "early-warning": {
      const terms: string[] = [];
      for (let e = table.factorStart[h]; e < table.factorStart[h + 1]; e++) {
        const id = table.factorIds[e];
        const w = scores.earlyWarningWeights[id];
        if (w <= 0) continue;
        const factor = table.factors[id];
        const name = l.language === "nl" ? factor.nl : factor.en;
        terms.push(w === 1 ? name : `${name} × ${l.number(w)}`);
      }
      return l.t("Rule_early-warning", {
        terms: terms.join(" + "),
        value: scores.earlyWarning[h],
        threshold: settings.earlyWarning.threshold,
      });
    }
    case "multi-domain":
      return l.t("Rule_multi-domain", {
        value: table.domains[h],
        threshold: settings.thresholds.multiDomain,
      });
    case "known-widely":
      return l.t("Rule_known-widely", {
        value: table.sourceCount[h],
        threshold: settings.thresholds.knownWidely,
      });
    case "rising":
      return l.t("Rule_rising", {
        previous: scores.previousPriority?.[h] ?? 0,
        value: scores.priority[h],
        threshold: settings.thresholds.risingMinIncrease,
      });
  }
}

/** The flag rows in positions `from` to `to` (exclusive). */
export function flagRows(f: Frame, from: number, to: number): FlagRowVM[] {
  return f.wijken ? wijkFlags(f, from, to) : householdFlags(f, from, to);
}

function householdFlags(f: Frame, from: number, to: number): FlagRowVM[] {
  const rows: FlagRowVM[] = [];
  for (let pos = from; pos < Math.min(to, f.flagged.length); pos++) {
    const h = f.flagged[pos];
    const badges: BadgeVM[] = FLAGS.filter((_, i) => f.scores.flags[h] & (1 << i)).map((flag) => ({
      part: flag,
      icon: FLAG_ICONS[flag],
      text: f.l.t(`Flag_${flag}`),
    }));
    const spoken = badges.map((b) => `${b.text} (${flagRule(f, h, b.part as Flag)})`);
    rows.push({
      pos,
      id: h,
      label: householdLabel(f, h),
      aria: `${householdName(f, h)}: ${spoken.join("; ")}`,
      selected: f.selected.has(h),
      dimmed: f.highlighted !== null && !f.highlighted[h],
      badges,
    });
  }
  return rows;
}

/** Flagged households per district and flag, before suppression; small districts are left out. */
function flagWijken(f: Frame): { pos: number; counts: number[] }[] {
  const k = f.settings.privacy.minGroupSize;
  const list: { pos: number; counts: number[] }[] = [];
  (f.wijken ?? []).forEach((w, pos) => {
    if (w.households < k) return;
    const counts = FLAGS.map(
      (_, i) => w.members.filter((h) => f.scores.flags[h] & (1 << i)).length,
    );
    if (counts.some((n) => n > 0)) list.push({ pos, counts });
  });
  return list;
}

function wijkFlags(f: Frame, from: number, to: number): FlagRowVM[] {
  const k = f.settings.privacy.minGroupSize;
  const wijken = f.wijken ?? [];
  return flagWijken(f)
    .slice(from, to)
    .map(({ pos: wijk, counts }, i) => {
      const w = wijken[wijk];
      const shown = counts.map((n) => suppress(n, k));
      const flags = FLAGS.map((flag, j) => ({ flag, n: shown[j] })).filter((x) => x.n !== 0);
      const badges = flags.map(({ flag, n }) => ({
        part: flag,
        icon: FLAG_ICONS[flag],
        text: f.l.t("Wijk_Flag", { flag: f.l.t(`Flag_${flag}`), value: countText(f, n) }),
      }));
      const spoken = flags.map(({ flag, n }) =>
        f.l.t("Wijk_Flag", { flag: f.l.t(`Flag_${flag}`), value: countSpoken(f, n) }),
      );
      return {
        pos: from + i,
        id: wijk,
        label: w.wijk,
        aria: `${w.wijk}: ${spoken.join("; ")}`,
        selected: w.members.some((h) => f.selected.has(h)),
        dimmed: f.highlighted !== null && !w.members.some((h) => f.highlighted?.[h]),
        badges,
      };
    });
}

/** Tooltip of a flag row, or of one badge (`part` is the flag). */
export function flagTip(f: Frame, pos: number, part: string | null): TipLine[] {
  const row = flagRows(f, pos, pos + 1)[0];
  if (!row) return [];
  if (f.wijken) {
    const { counts } = flagWijken(f)[pos];
    const k = f.settings.privacy.minGroupSize;
    const lines = FLAGS.map((flag, i) => ({ flag, n: suppress(counts[i], k) }))
      .filter(({ n }) => n !== 0)
      .map(({ flag, n }) => ({
        displayName: f.l.t("View_Flags"),
        value: f.l.t("Wijk_Flag", { flag: f.l.t(`Flag_${flag}`), value: countWords(f, n) }),
      }));
    return [{ displayName: f.l.t("Col_Wijk"), value: row.label }, ...lines];
  }
  const lines: TipLine[] = [
    { displayName: f.l.t("Col_Household"), value: householdName(f, row.id) },
  ];
  for (const b of row.badges) {
    if (part && b.part !== part) continue;
    lines.push({ displayName: b.text, value: flagRule(f, row.id, b.part as Flag) });
  }
  return lines;
}
