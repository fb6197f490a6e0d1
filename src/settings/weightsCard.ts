/** Format pane card: one priority weight per default priority group. */

import { formattingSettings as fs } from "powerbi-visuals-utils-formattingmodel";
import { PRIORITY_GROUPS } from "../model";
import { weightInput } from "./inputs";

/** Card `priorityWeights`: property names are the group codes of the contract. */
export class PriorityWeightsCard extends fs.SimpleCard {
  name = "priorityWeights";
  displayName = "Priority weights";
  displayNameKey = "Card_PriorityWeights";
  description =
    "Weight of each priority group; weights of other factors come from the dataset's Gewicht column.";
  descriptionKey = "Card_PriorityWeights_Description";
  slices: fs.Slice[] = PRIORITY_GROUPS.map((g) =>
    weightInput(g.code, `Group_${g.code}`, g.code, g.weight),
  );
}
