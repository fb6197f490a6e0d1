/** The format pane as one model of cards, for FormattingSettingsService. */

import { formattingSettings as fs } from "powerbi-visuals-utils-formattingmodel";
import { DisplayCard } from "./displayCard";
import { EarlyWarningCard } from "./earlyWarningCard";
import { PrivacyCard } from "./privacyCard";
import { ThresholdsCard } from "./thresholdsCard";
import { PriorityWeightsCard } from "./weightsCard";

/** All cards in pane order. */
export class FormatPaneModel extends fs.Model {
  priorityWeights = new PriorityWeightsCard();
  earlyWarning = new EarlyWarningCard();
  thresholds = new ThresholdsCard();
  privacy = new PrivacyCard();
  display = new DisplayCard();
  cards: fs.Cards[] = [
    this.priorityWeights,
    this.earlyWarning,
    this.thresholds,
    this.privacy,
    this.display,
  ];
}
