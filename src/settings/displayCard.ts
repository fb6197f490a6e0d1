/** Format pane card: which view, colours and how many rows. */

import { formattingSettings as fs } from "powerbi-visuals-utils-formattingmodel";
import { colour, dropdown, weightInput } from "./inputs";
import { Colours, VIEWS, defaultOptions } from "./options";

/** The colour properties, named as in VisualOptions.colours. */
export const COLOUR_KEYS: readonly (keyof Colours)[] = [
  "heatLow",
  "heatHigh",
  "red",
  "orange",
  "green",
];

/** Card `display`: `view`, the colours and `rowCount` (0 = all). */
export class DisplayCard extends fs.SimpleCard {
  name = "display";
  displayName = "Display";
  displayNameKey = "Card_Display";
  slices: fs.Slice[] = [
    dropdown("view", "Setting_view", "View", VIEWS, defaultOptions().view),
    ...COLOUR_KEYS.map((k) => colour(k, `Colour_${k}`, k, defaultOptions().colours[k])),
    weightInput("rowCount", "Setting_rowCount", "Rows (0 = all)", defaultOptions().rowCount),
  ];
}
