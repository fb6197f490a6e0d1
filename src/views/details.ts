/** The expanded household: its active factors per life domain with the departments that reported them. */

import { select } from "d3-selection";
import { DOMAINS } from "../model";
import { attr, setAttr, setHidden, text } from "./dom";
import { Frame, domainLabel, householdName } from "./frame";

/** One domain of the details: its label and the factors with their sources. */
export interface DetailGroup {
  domain: string;
  factors: { label: string; sources: string }[];
}

/** The factors of a household grouped by domain in display order; nothing beyond that. */
export function householdDetails(f: Frame, h: number): DetailGroup[] {
  const { table, l } = f;
  const groups: DetailGroup[] = [];
  for (let d = 0; d < DOMAINS.length; d++) {
    const factors: DetailGroup["factors"] = [];
    for (let e = table.factorStart[h]; e < table.factorStart[h + 1]; e++) {
      const factor = table.factors[table.factorIds[e]];
      if (factor.domain !== d) continue;
      const names: string[] = [];
      for (let s = table.sourceStart[e]; s < table.sourceStart[e + 1]; s++)
        names.push(table.sources[table.sourceIds[s]]);
      const sources = names.length
        ? l.t("Details_Sources", { sources: names.join(", ") })
        : l.t("Details_NoSource");
      factors.push({ label: l.language === "nl" ? factor.nl : factor.en, sources });
    }
    if (factors.length) groups.push({ domain: domainLabel(f, d), factors });
  }
  return groups;
}

/** Draws the details region for the expanded household, or hides it. */
export function drawDetails(region: HTMLElement, f: Frame): void {
  const h = f.expanded;
  setHidden(region, h < 0);
  // The list may scroll; a tab stop lets keyboard users scroll it.
  setAttr(region, "tabindex", h < 0 ? -1 : 0);
  const title = h < 0 ? [] : [f.l.t("Details_Title", { label: householdName(f, h) })];
  const root = select(region);
  root
    .selectAll("h3")
    .data(title)
    .join("h3")
    .call(attr, "id", "gb-details-title")
    .call(text, (d) => d);
  if (h < 0) region.removeAttribute("aria-labelledby");
  else region.setAttribute("aria-labelledby", "gb-details-title");

  const groups = root
    .selectAll("dl")
    .data(h < 0 ? [] : [householdDetails(f, h)])
    .join("dl")
    .selectAll("div")
    .data((d) => d)
    .join((enter) => {
      const group = enter.append("div");
      group.append("dt");
      group.append("dd").append("ul");
      return group;
    });
  groups.select("dt").call(text, (d) => d.domain);
  groups
    .select("ul")
    .selectAll("li")
    .data((d) => d.factors)
    .join("li")
    .call(text, (d) => `${d.label}: ${d.sources}`);
}
