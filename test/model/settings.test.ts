import { describe, expect, it } from "vitest";
import { defaultSettings, formatMessage, parseSettings } from "../../src/model";

/** The refusal messages for a settings document, in English; [] when it is accepted. */
function refusals(doc: unknown): string[] {
  const result = parseSettings(doc);
  return result.ok ? [] : result.errors.map((e) => formatMessage(e, "en"));
}

const CONTRACT_EXAMPLE = {
  weights: { veiligheid_kind: 5, my_custom_factor: 1.5 },
  earlyWarning: { weights: { schoolverzuim: 1 }, threshold: 2 },
  thresholds: { orange: 5, red: 10, multiDomain: 3, knownWidely: 3, risingMinIncrease: 1 },
  privacy: { minGroupSize: 5 },
  familiesOnly: true,
};

describe("reading a settings document", () => {
  it("accepts the contract's example", () => {
    const result = parseSettings(CONTRACT_EXAMPLE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect({ ...result.settings.weights }).toEqual({ veiligheid_kind: 5, my_custom_factor: 1.5 });
    expect({ ...result.settings.earlyWarning.weights }).toEqual({ schoolverzuim: 1 });
    expect(result.settings.thresholds).toEqual(CONTRACT_EXAMPLE.thresholds);
  });

  it("treats every key as optional: an empty document gives the defaults", () => {
    const result = parseSettings({});
    expect(result.ok && result.settings).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({
      earlyWarning: { threshold: 2 },
      thresholds: { orange: 5, red: 10, multiDomain: 3, knownWidely: 3, risingMinIncrease: 1 },
      privacy: { minGroupSize: 5 },
      familiesOnly: true,
    });
  });

  it("keeps defaults next to a partly given section", () => {
    const result = parseSettings({ thresholds: { red: 12 }, earlyWarning: {} });
    expect(result.ok && result.settings.thresholds).toEqual({
      orange: 5,
      red: 12,
      multiDomain: 3,
      knownWidely: 3,
      risingMinIncrease: 1,
    });
    expect(result.ok && result.settings.earlyWarning.threshold).toBe(2);
  });

  it("accepts decimals for weights and thresholds, and zero", () => {
    expect(
      refusals({
        weights: { psych_kind: 2.5, x: 0 },
        earlyWarning: { threshold: 0.5, weights: { lage_ses: 0.25 } },
        thresholds: { orange: 4.5 },
      }),
    ).toEqual([]);
  });

  it("refuses a value of the wrong type, naming the key", () => {
    expect(refusals({ familiesOnly: "yes" })).toEqual([
      "setting 'familiesOnly' must be true or false",
    ]);
    expect(refusals({ thresholds: { red: "10" } })).toEqual([
      "setting 'thresholds.red' must be a number",
    ]);
    expect(refusals({ weights: { psych_kind: null } })).toEqual([
      "setting 'weights.psych_kind' must be a number",
    ]);
    expect(refusals({ earlyWarning: { weights: { lage_ses: true } } })).toEqual([
      "setting 'earlyWarning.weights.lage_ses' must be a number",
    ]);
    expect(refusals({ thresholds: [] })).toEqual(["setting 'thresholds' must be an object"]);
    expect(refusals({ weights: 3 })).toEqual(["setting 'weights' must be an object"]);
    expect(refusals({ privacy: null })).toEqual(["setting 'privacy' must be an object"]);
    expect(refusals({ earlyWarning: "x" })).toEqual(["setting 'earlyWarning' must be an object"]);
  });

  it("refuses a document that is not an object", () => {
    for (const doc of [null, 3, "x", []])
      expect(refusals(doc), JSON.stringify(doc)).toEqual(["setting 'settings' must be an object"]);
  });

  it("refuses a group size that is not a whole number", () => {
    expect(refusals({ privacy: { minGroupSize: 2.5 } })).toEqual([
      "setting 'privacy.minGroupSize' must be a whole number",
    ]);
  });

  it("refuses negative weights and thresholds, naming the key", () => {
    expect(refusals({ weights: { psych_kind: -1 } })).toEqual([
      "setting 'weights.psych_kind' must not be negative: -1",
    ]);
    expect(refusals({ earlyWarning: { threshold: -0.5 } })).toEqual([
      "setting 'earlyWarning.threshold' must not be negative: -0.5",
    ]);
    expect(refusals({ earlyWarning: { weights: { x: -2 } } })).toEqual([
      "setting 'earlyWarning.weights.x' must not be negative: -2",
    ]);
    expect(refusals({ thresholds: { risingMinIncrease: -1 } })).toEqual([
      "setting 'thresholds.risingMinIncrease' must not be negative: -1",
    ]);
    expect(refusals({ privacy: { minGroupSize: -5 } })).toEqual([
      "setting 'privacy.minGroupSize' must not be negative: -5",
    ]);
  });

  it("refuses unknown keys at the top and nested, naming them", () => {
    expect(refusals({ weight: {} })).toEqual(["unknown setting 'weight'"]);
    expect(refusals({ thresholds: { amber: 5 } })).toEqual(["unknown setting 'thresholds.amber'"]);
    expect(refusals({ earlyWarning: { treshold: 2 } })).toEqual([
      "unknown setting 'earlyWarning.treshold'",
    ]);
    expect(refusals({ privacy: { k: 5 } })).toEqual(["unknown setting 'privacy.k'"]);
  });

  it("reports every problem at once", () => {
    expect(refusals({ x: 1, thresholds: { red: -1 }, familiesOnly: 1 })).toHaveLength(3);
  });
});

describe("weights keys", () => {
  const weights = (w: Record<string, number>) => {
    const result = parseSettings({ weights: w });
    return result.ok
      ? { ...result.settings.weights }
      : result.errors.map((e) => formatMessage(e, "en"));
  };

  it("accept group codes", () => {
    expect(weights({ huiselijk_geweld: 1, mentaal_ouders: 2, veiligheid_kind: 3 })).toEqual({
      huiselijk_geweld: 1,
      mentaal_ouders: 2,
      veiligheid_kind: 3,
    });
  });

  it("accept catalogue factors outside multi-member groups, by code or label", () => {
    expect(
      weights({ schoolverzuim: 1, "Lage sociaaleconomische status": 2, psych_kind: 3 }),
    ).toEqual({ schoolverzuim: 1, lage_ses: 2, psych_kind: 3 });
  });

  it("accept custom factor codes, normalised like the rows' factors", () => {
    expect(weights({ my_custom_factor: 1.5, "Zorg voor Opa": 1 })).toEqual({
      my_custom_factor: 1.5,
      zorg_voor_opa: 1,
    });
  });

  it("refuse a member of a multi-member group, naming the key and the group", () => {
    expect(weights({ geweld_kind: 1 })).toEqual([
      "weight 'weights.geweld_kind' belongs to group 'huiselijk_geweld': weight the group instead",
    ]);
    expect(weights({ psych_ouders: 1 })).toEqual([
      "weight 'weights.psych_ouders' belongs to group 'mentaal_ouders': weight the group instead",
    ]);
    expect(weights({ lvb: 1 })).toEqual([
      "weight 'weights.lvb' belongs to group 'mentaal_ouders': weight the group instead",
    ]);
    expect(weights({ geweld_ouders: 1 })).toHaveLength(1);
    expect(weights({ cogn_ouders: 1 })).toHaveLength(1);
  });

  it("accept a group code in other spellings, since it names the group and not its member", () => {
    expect(weights({ "Huiselijk geweld": 2 })).toEqual({ huiselijk_geweld: 2 });
  });

  it("accept keys named like Object.prototype members as custom factors", () => {
    expect(weights({ constructor: 1, toString: 2 })).toEqual({ constructor: 1, tostring: 2 });
  });
});

describe("early-warning weights keys", () => {
  it("name factors by code or label, custom factors normalised", () => {
    const result = parseSettings({
      earlyWarning: { weights: { "School absenteeism": 2, Mantelzorg: 1, geweld_kind: 1 } },
    });
    expect(result.ok && { ...result.settings.earlyWarning.weights }).toEqual({
      schoolverzuim: 2,
      mantelzorg: 1,
      geweld_kind: 1,
    });
  });
});
