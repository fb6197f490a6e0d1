/** Exercises a mounted visual the way a user would and collects everything it shows or hands to Power BI. */
import { domStrings } from "../fuzz/dom";
import { Probe } from "../fuzz/probe";
import { hoverAlongBars } from "../visual/fixtures";

/** Hovers every row, cell, segment and badge, and walks each view with the keyboard, collecting tooltips. */
export function hoverEverything(p: Probe): void {
  const targets = p.element.querySelectorAll<HTMLElement>("[data-pos][data-col], .gb-badge");
  for (const el of Array.from(targets)) {
    el.dispatchEvent(new MouseEvent("pointermove", { bubbles: true, clientX: 5, clientY: 5 }));
  }
  hoverAlongBars(p.element);
  for (const view of ["heatMatrix", "bars", "flags"]) {
    const first = p.element.querySelector<HTMLElement>(`.gb-${view} [data-pos][data-col]`);
    for (const key of ["ArrowDown", "ArrowRight", "End", "Home"])
      first?.dispatchEvent(
        new KeyboardEvent("keydown", { key, bubbles: true, ctrlKey: key === "End" }),
      );
  }
}

/** Everything a user, a screen reader or Power BI got from the visual, as strings. */
export function everythingShown(p: Probe): string[] {
  return [
    ...domStrings(p.element),
    ...p.tooltips.flat().flatMap((line) => [line.displayName, line.value]),
    ...p.warnings.flat(),
    ...p.menus.map((args) => JSON.stringify(args)),
  ];
}

/** The texts people read or hear: text nodes and the attributes that carry words (not structure). */
export function perceivable(p: Probe): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(p.element, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.nodeValue ?? "");
  for (const el of Array.from(p.element.querySelectorAll("*"))) {
    for (const name of [
      "aria-label",
      "aria-description",
      "aria-valuetext",
      "aria-roledescription",
      "title",
    ]) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
  }
  for (const tip of p.tooltips) for (const line of tip) out.push(line.displayName, line.value);
  return out;
}
