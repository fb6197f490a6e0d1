/** Format pane card: traffic-light and flag thresholds, and the family scope. */

import { formattingSettings as fs } from "powerbi-visuals-utils-formattingmodel";
import { defaultSettings } from "../model";
import { toggle, weightInput } from "./inputs";

/** The threshold properties, named as in the settings file's `thresholds`. */
export const THRESHOLD_KEYS = [
  "orange",
  "red",
  "multiDomain",
  "knownWidely",
  "risingMinIncrease",
] as const;

/** Card `thresholds`: the five thresholds and `familiesOnly`. */
export class ThresholdsCard extends fs.SimpleCard {
  name = "thresholds";
  displayName = "Thresholds";
  displayNameKey = "Card_Thresholds";
  slices: fs.Slice[] = [
    ...THRESHOLD_KEYS.map((k) =>
      weightInput(k, `Setting_${k}`, k, defaultSettings().thresholds[k]),
    ),
    toggle("familiesOnly", "Setting_familiesOnly", "Families only", defaultSettings().familiesOnly),
  ];
}
