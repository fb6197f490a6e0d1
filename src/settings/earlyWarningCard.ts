/** Format pane card: early-warning weights and the threshold that raises the flag. */

import { formattingSettings as fs } from "powerbi-visuals-utils-formattingmodel";
import { EARLY_WARNING_WEIGHTS, defaultSettings } from "../model";
import { weightInput } from "./inputs";

/** The factors with an early-warning weight by default; each gets an input. */
export const EARLY_WARNING_FACTORS = Object.keys(EARLY_WARNING_WEIGHTS);

/** Card `earlyWarning`: a weight per early-warning factor, and `threshold`. */
export class EarlyWarningCard extends fs.SimpleCard {
  name = "earlyWarning";
  displayName = "Early warning";
  displayNameKey = "Card_EarlyWarning";
  slices: fs.Slice[] = [
    ...EARLY_WARNING_FACTORS.map((f) => weightInput(f, `Factor_${f}`, f, EARLY_WARNING_WEIGHTS[f])),
    weightInput(
      "threshold",
      "Setting_EarlyWarningThreshold",
      "Threshold",
      defaultSettings().earlyWarning.threshold,
    ),
  ];
}
