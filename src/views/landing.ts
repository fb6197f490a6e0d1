/** The landing page: what the visual does and which fields to bind, in the user's language. */

import { select } from "d3-selection";
import { Localizer } from "../i18n/localize";

/** Draws the landing page into its element. */
export function drawLanding(element: HTMLElement, l: Localizer): void {
  const root = select(element);
  root
    .selectAll("h2")
    .data([l.t("Landing_Title")])
    .join("h2")
    .text((d) => d);
  root
    .selectAll("p")
    .data([
      l.t("Landing_Intro"),
      l.t("Landing_Required"),
      l.t("Landing_Optional"),
      l.t("Landing_Privacy"),
    ])
    .join("p")
    .text((d) => d);
}
