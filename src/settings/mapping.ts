/**
 * The one mapping from format-pane objects (or a theme's visualStyles) onto the model's Settings
 * and the visual's options. Only values present in the objects become explicit; the rest keep the
 * defaults of the model (weights: dataset column, then catalogue).
 */

import powerbi from "powerbi-visuals-api";
import { Message, PRIORITY_GROUPS, Settings, defaultSettings, parseSettings } from "../model";
import { COLOUR_KEYS } from "./displayCard";
import { EARLY_WARNING_FACTORS } from "./earlyWarningCard";
import { LEVELS, VIEWS, VisualOptions, defaultOptions } from "./options";
import { THRESHOLD_KEYS } from "./thresholdsCard";

/** Objects as Power BI sends them: card name → property name → value. */
export type PaneObjects =
  powerbi.DataViewObjects | Record<string, Record<string, unknown>> | undefined;

/** What the pane means: scorer settings, visual options, and any values that were refused. */
export interface PaneSettings {
  settings: Settings;
  options: VisualOptions;
  errors: Message[];
}

type Doc = Record<string, unknown>;

const get = (objects: PaneObjects, card: string, property: string): unknown =>
  (objects as Record<string, Record<string, unknown> | undefined> | undefined)?.[card]?.[property];

/** Copies the properties present in a card into a plain document under the given keys. */
function pick(objects: PaneObjects, card: string, properties: readonly string[]): Doc {
  const doc: Doc = {};
  for (const p of properties) {
    const value = get(objects, card, p);
    if (value !== undefined && value !== null) doc[p] = value;
  }
  return doc;
}

/** The settings-file document the pane stands for, holding only the values that were set. */
export function settingsDocument(objects: PaneObjects): Doc {
  const doc: Doc = {};
  const weights = pick(
    objects,
    "priorityWeights",
    PRIORITY_GROUPS.map((g) => g.code),
  );
  if (Object.keys(weights).length) doc.weights = weights;

  const ew = pick(objects, "earlyWarning", ["threshold"]);
  const ewWeights = pick(objects, "earlyWarning", EARLY_WARNING_FACTORS);
  if (Object.keys(ewWeights).length) ew.weights = ewWeights;
  if (Object.keys(ew).length) doc.earlyWarning = ew;

  const thresholds = pick(objects, "thresholds", THRESHOLD_KEYS);
  if (Object.keys(thresholds).length) doc.thresholds = thresholds;
  const privacy = pick(objects, "privacy", ["minGroupSize"]);
  if (Object.keys(privacy).length) doc.privacy = privacy;
  const scope = get(objects, "thresholds", "familiesOnly");
  if (typeof scope === "boolean") doc.familiesOnly = scope;
  return doc;
}

/** Reads the pane: Settings through the scorer's own parser, so both refuse the same values. */
export function readPane(objects: PaneObjects): PaneSettings {
  const parsed = parseSettings(settingsDocument(objects));
  return {
    settings: "settings" in parsed ? parsed.settings : defaultSettings(),
    options: readOptions(objects),
    errors: "errors" in parsed ? parsed.errors : [],
  };
}

function readOptions(objects: PaneObjects): VisualOptions {
  const options = defaultOptions();
  const level = enumValue(get(objects, "privacy", "level"));
  if (LEVELS.includes(level as never)) options.level = level as VisualOptions["level"];
  const view = enumValue(get(objects, "display", "view"));
  if (VIEWS.includes(view as never)) options.view = view as VisualOptions["view"];
  const showKeys = get(objects, "privacy", "showKeys");
  if (typeof showKeys === "boolean") options.showKeys = showKeys;
  const rows = get(objects, "display", "rowCount");
  if (typeof rows === "number" && Number.isFinite(rows) && rows >= 0)
    options.rowCount = Math.floor(rows);
  for (const key of COLOUR_KEYS) {
    const fill = colourValue(get(objects, "display", key));
    if (fill) options.colours[key] = fill;
  }
  return options;
}

/** An enumeration arrives as its value, or (from a dropdown) as `{ value }`. */
function enumValue(value: unknown): unknown {
  return typeof value === "object" && value !== null && "value" in value
    ? (value as { value: unknown }).value
    : value;
}

/** A fill arrives as `{ solid: { color } }`; a theme may write the colour directly. */
function colourValue(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  const color = (value as { solid?: { color?: unknown } } | undefined)?.solid?.color;
  return typeof color === "string" ? color : undefined;
}

/** Turns a theme's `visualStyles[visual]["*"]` (cards as arrays of one object) into pane objects. */
export function themeObjects(
  style: Record<string, unknown>,
): Record<string, Record<string, unknown>> {
  const objects: Record<string, Record<string, unknown>> = {};
  for (const [card, value] of Object.entries(style)) {
    const entry = Array.isArray(value) ? value[0] : value;
    if (typeof entry === "object" && entry !== null)
      objects[card] = entry as Record<string, unknown>;
  }
  return objects;
}
