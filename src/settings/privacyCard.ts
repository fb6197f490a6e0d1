/** Format pane card: level (household or district), minimum group size, household keys. */

import { formattingSettings as fs } from "powerbi-visuals-utils-formattingmodel";
import { defaultSettings } from "../model";
import { dropdown, toggle, weightInput } from "./inputs";
import { LEVELS, defaultOptions } from "./options";

/** Card `privacy`: `level`, `minGroupSize` and `showKeys`. */
export class PrivacyCard extends fs.SimpleCard {
  name = "privacy";
  displayName = "Privacy";
  displayNameKey = "Card_Privacy";
  slices: fs.Slice[] = [
    dropdown("level", "Setting_level", "Level", LEVELS, defaultOptions().level),
    weightInput(
      "minGroupSize",
      "Setting_minGroupSize",
      "Minimum group size",
      defaultSettings().privacy.minGroupSize,
    ),
    toggle("showKeys", "Setting_showKeys", "Show household keys", defaultOptions().showKeys),
  ];
}
