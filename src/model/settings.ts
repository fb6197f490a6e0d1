/** The settings structure shared by the scorer's `--settings` file and the visual's format pane. */

import { GROUP_OF_FACTOR, PRIORITY_GROUPS, customCode, matchFactor } from "./catalogue";
import { Message, message } from "./messages";

/** Settings as the scorer and the visual use them; weights hold only explicit choices. */
export interface Settings {
  /** Explicit priority weights by group code; groups not named here fall back (dataset, default). */
  weights: Record<string, number>;
  earlyWarning: {
    /** Explicit early-warning weights by factor code; others use the defaults. */
    weights: Record<string, number>;
    threshold: number;
  };
  thresholds: {
    orange: number;
    red: number;
    multiDomain: number;
    knownWidely: number;
    risingMinIncrease: number;
  };
  privacy: { minGroupSize: number };
  familiesOnly: boolean;
}

/** The contract's defaults; weight defaults live in the catalogue. */
export function defaultSettings(): Settings {
  return {
    weights: {},
    earlyWarning: { weights: {}, threshold: 2 },
    thresholds: { orange: 5, red: 10, multiDomain: 3, knownWidely: 3, risingMinIncrease: 1 },
    privacy: { minGroupSize: 5 },
    familiesOnly: true,
  };
}

/** The outcome of reading settings: the settings, or the reasons they were refused. */
export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: Message[] };

const GROUP_CODES = new Set(PRIORITY_GROUPS.map((g) => g.code));
const MULTI_MEMBER = new Map(
  PRIORITY_GROUPS.filter((g) => g.members.length > 1).map((g) => [g.code, g]),
);

/**
 * The group code a `weights` key names: a group code, a catalogue factor of a group of its own,
 * or a custom factor (normalised). Undefined when the key names a member of a larger group.
 */
export function weightKey(key: string): string | undefined {
  // A group code in any spelling names the group, even when a member factor shares its code.
  if (GROUP_CODES.has(customCode(key))) return customCode(key);
  const factor = matchFactor(key);
  if (!factor) return customCode(key);
  const group = GROUP_OF_FACTOR.get(factor.code);
  if (group && MULTI_MEMBER.has(group)) return undefined;
  return factor.code;
}

/** The factor code an early-warning `weights` key names. */
export function earlyWarningKey(key: string): string {
  return matchFactor(key)?.code ?? customCode(key);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

class Reader {
  readonly errors: Message[] = [];

  object(value: unknown, key: string, known: readonly string[] | null): Record<string, unknown> {
    if (!isObject(value)) {
      this.errors.push(message("settingType", { key: key || "settings", expected: "object" }));
      return {};
    }
    if (known) {
      for (const k of Object.keys(value)) {
        if (!known.includes(k))
          this.errors.push(message("settingUnknown", { key: key ? `${key}.${k}` : k }));
      }
    }
    return value;
  }

  number(value: unknown, key: string, fallback: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.errors.push(message("settingType", { key, expected: "number" }));
      return fallback;
    }
    if (value < 0) {
      this.errors.push(message("settingNegative", { key, value }));
      return fallback;
    }
    return value;
  }

  wholeNumber(value: unknown, key: string, fallback: number): number {
    const n = this.number(value, key, fallback);
    if (Number.isInteger(n)) return n;
    this.errors.push(message("settingType", { key, expected: "integer" }));
    return fallback;
  }

  boolean(value: unknown, key: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== "boolean") {
      this.errors.push(message("settingType", { key, expected: "boolean" }));
      return fallback;
    }
    return value;
  }

  weights(
    value: unknown,
    key: string,
    toCode: (k: string) => string | undefined,
  ): Record<string, number> {
    const result: Record<string, number> = Object.create(null);
    if (value === undefined) return result;
    for (const [k, v] of Object.entries(this.object(value, key, null))) {
      const code = toCode(k);
      const weight = this.number(v, `${key}.${k}`, NaN);
      if (code === undefined) {
        const group = PRIORITY_GROUPS.find((g) => g.members.includes(matchFactor(k)?.code ?? ""));
        this.errors.push(
          message("settingGroupMember", { key: `${key}.${k}`, group: group?.code ?? "" }),
        );
      } else if (!Number.isNaN(weight)) {
        result[code] = weight;
      }
    }
    return result;
  }
}

/** Reads a settings document (parsed JSON), refusing wrong types, negatives and unknown keys. */
export function parseSettings(input: unknown): SettingsResult {
  const r = new Reader();
  const d = defaultSettings();
  const root = r.object(input, "", [
    "weights",
    "earlyWarning",
    "thresholds",
    "privacy",
    "familiesOnly",
  ]);
  const ew =
    root.earlyWarning === undefined
      ? {}
      : r.object(root.earlyWarning, "earlyWarning", ["weights", "threshold"]);
  const th =
    root.thresholds === undefined
      ? {}
      : r.object(root.thresholds, "thresholds", Object.keys(d.thresholds));
  const pr = root.privacy === undefined ? {} : r.object(root.privacy, "privacy", ["minGroupSize"]);

  const settings: Settings = {
    weights: r.weights(root.weights, "weights", weightKey),
    earlyWarning: {
      weights: r.weights(ew.weights, "earlyWarning.weights", earlyWarningKey),
      threshold: r.number(ew.threshold, "earlyWarning.threshold", d.earlyWarning.threshold),
    },
    thresholds: {
      orange: r.number(th.orange, "thresholds.orange", d.thresholds.orange),
      red: r.number(th.red, "thresholds.red", d.thresholds.red),
      multiDomain: r.number(th.multiDomain, "thresholds.multiDomain", d.thresholds.multiDomain),
      knownWidely: r.number(th.knownWidely, "thresholds.knownWidely", d.thresholds.knownWidely),
      risingMinIncrease: r.number(
        th.risingMinIncrease,
        "thresholds.risingMinIncrease",
        d.thresholds.risingMinIncrease,
      ),
    },
    privacy: {
      minGroupSize: r.wholeNumber(pr.minGroupSize, "privacy.minGroupSize", d.privacy.minGroupSize),
    },
    familiesOnly: r.boolean(root.familiesOnly, "familiesOnly", d.familiesOnly),
  };
  return r.errors.length ? { ok: false, errors: r.errors } : { ok: true, settings };
}
