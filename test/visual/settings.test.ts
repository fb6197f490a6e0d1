// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import powerbi from "powerbi-visuals-api";
import { FormattingSettingsService } from "powerbi-visuals-utils-formattingmodel";
import { describe, expect, it } from "vitest";
import { buildTable, roleColumns } from "../../src/adapter/dataview";
import { PRIORITY_GROUPS, defaultSettings, parseSettings, score } from "../../src/model";
import { readPane, settingsDocument, themeObjects } from "../../src/settings/mapping";
import { FormatPaneModel } from "../../src/settings/model";
import { defaultOptions } from "../../src/settings/options";
import { dataView, syntheticRows } from "./fixtures";

const ROOT = join(__dirname, "../..");
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
const GUID = json("pbiviz.json").visual.guid as string;

describe("the format pane", () => {
  const service = new FormattingSettingsService();

  it("has the five cards, each with a reset to defaults", () => {
    const model = service.buildFormattingModel(new FormatPaneModel()) as {
      cards: powerbi.visuals.FormattingCard[];
    };
    expect(model.cards.map((c) => c.uid.replace(/-card$/, ""))).toEqual([
      "priorityWeights",
      "earlyWarning",
      "thresholds",
      "privacy",
      "display",
    ]);
    for (const card of model.cards)
      expect(card.revertToDefaultDescriptors?.length).toBeGreaterThan(0);
  });

  it("shows the contract's defaults: one weight per default priority group, thresholds, privacy", () => {
    const pane = service.populateFormattingSettingsModel(
      FormatPaneModel,
      dataView(syntheticRows(1)),
    );
    const values = (card: { slices?: unknown[] }) =>
      Object.fromEntries(
        (card.slices as { name: string; value: unknown }[]).map((s) => [s.name, s.value]),
      );
    expect(values(pane.priorityWeights)).toEqual(
      Object.fromEntries(PRIORITY_GROUPS.map((g) => [g.code, g.weight])),
    );
    expect(values(pane.earlyWarning)).toEqual({
      schoolverzuim: 1,
      lage_ses: 1,
      vechtscheiding: 1,
      threshold: 2,
    });
    const d = defaultSettings();
    expect(values(pane.thresholds)).toEqual({ ...d.thresholds, familiesOnly: true });
    expect(values(pane.privacy).minGroupSize).toBe(5);
  });

  it("reads what the author set from the objects", () => {
    const objects = {
      thresholds: { red: 12 },
      privacy: { level: "wijk", showKeys: true },
    } as unknown as powerbi.DataViewObjects;
    const pane = service.populateFormattingSettingsModel(
      FormatPaneModel,
      dataView(syntheticRows(1), { objects }),
    );
    expect(pane.thresholds.slices?.find((s) => s.name === "red")).toMatchObject({ value: 12 });
  });

  it("declares every card property in capabilities.json", () => {
    const objects = json("capabilities.json").objects;
    for (const card of new FormatPaneModel().cards) {
      for (const slice of (card as { slices: { name: string }[] }).slices) {
        expect(
          objects[card.name]?.properties?.[slice.name],
          `${card.name}.${slice.name}`,
        ).toBeDefined();
      }
    }
  });
});

describe("the mapping from pane to settings", () => {
  it("makes only set values explicit, so the dataset's weight column still counts for the rest", () => {
    const rows = syntheticRows(30, 5, false).map((r) =>
      r.factor === "psych_kind" ? { ...r, gewicht: 9 } : r,
    );
    const table = buildTable(roleColumns(dataView(rows)));
    const pane = readPane({ priorityWeights: { veiligheid_kind: 2.5 } });
    expect(pane.settings.weights).toEqual({ veiligheid_kind: 2.5 });
    const weights = score(table, pane.settings).groupWeights;
    const g = (code: string) => table.groups.findIndex((x) => x.code === code);
    expect(weights[g("veiligheid_kind")]).toBe(2.5);
    expect(weights[g("psych_kind")]).toBe(9);
    expect(weights[g("cogn_kind")]).toBe(3);
  });

  it("gives the defaults for empty objects", () => {
    expect(readPane(undefined)).toEqual({
      settings: defaultSettings(),
      options: defaultOptions(),
      errors: [],
    });
  });

  it("reads visual options: level, keys, view, colours and rows", () => {
    const { options } = readPane({
      privacy: { level: "wijk", showKeys: true },
      display: { view: "bars", red: { solid: { color: "#aa0000" } }, rowCount: 25 },
    });
    expect(options).toMatchObject({ level: "wijk", showKeys: true, view: "bars", rowCount: 25 });
    expect(options.colours.red).toBe("#aa0000");
  });

  it("refuses a negative threshold with the scorer's message and keeps the defaults", () => {
    const pane = readPane({ thresholds: { red: -1 } });
    expect(pane.errors.map((e) => e.code)).toEqual(["settingNegative"]);
    expect(pane.settings.thresholds.red).toBe(10);
  });
});

describe("the Kennispunt Twente theme", () => {
  const theme = json("themes/kennispunt-twente.json");
  const style = theme.visualStyles[GUID]["*"];

  it("is keyed by this visual's guid and maps onto the same document as its settings file", () => {
    expect(settingsDocument(themeObjects(style))).toEqual(
      json("themes/kennispunt-twente.settings.json"),
    );
  });

  it("ranks the synthetic households as the settings file does, and differently from the defaults", () => {
    const table = buildTable(roleColumns(dataView(syntheticRows(300, 11))));
    const fromTheme = score(table, readPane(themeObjects(style)).settings);
    const parsed = parseSettings(json("themes/kennispunt-twente.settings.json"));
    if (!parsed.ok) throw new Error("settings file refused");
    const fromFile = score(table, parsed.settings);
    expect(Array.from(fromTheme.order)).toEqual(Array.from(fromFile.order));
    expect(Array.from(fromTheme.light)).toEqual(Array.from(fromFile.light));
    expect(Array.from(fromTheme.order)).not.toEqual(
      Array.from(score(table, defaultSettings()).order),
    );
  });
});
