/** Accessibility checks run inside the visual's frame: the axe-core audit and a layout check. */
import axe from "axe-core";
import type { Page } from "playwright-core";
import { visualFrame } from "./harness";

/** The user style of WCAG 1.4.12: line height 1.5, paragraphs 2, letters .12, words .16 em. */
export const TEXT_SPACING = [
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;",
  "word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
].join(" ");

export const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** What one audit found: violations as "rule: nodes", and what the contrast rule measured. */
export interface Audit {
  violations: string[];
  /** Whether axe measured the contrast of text and passed it (one node is reported per rule). */
  contrastChecked: number;
  /** Text in the bars and flags whose contrast axe could not measure (it must measure all). */
  contrastUnknown: string[];
}

/**
 * Runs axe in the visual's frame. The frame's policy admits scripts from the preview server only,
 * but playwright evaluates through the DevTools protocol, which the policy does not govern. Axe
 * runs on the visual's element: the frame's document (title, language of the page) is the host's.
 */
export async function audit(page: Page): Promise<Audit> {
  const frame = visualFrame(page);
  if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(axe.source);
  const result = await frame.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run("#visual-root", {
        runOnly: { type: "tag", values: tags },
        // Every node of violations and incomplete results; of passes one node per rule is enough.
        resultTypes: ["violations", "incomplete"],
        // Axe would fetch the stylesheets again, which the frame's policy (rightly) refuses.
        preload: false,
      }),
    TAGS,
  );
  const contrast = (list: axe.Result[]) => list.find((r) => r.id === "color-contrast")?.nodes ?? [];
  // Axe's own grid fails now and then on text near the edge of nested scroll areas ("element
  // midpoint exceeds the grid bounds"); those few nodes are left out, every other unknown counts.
  const unknown = contrast(result.incomplete)
    .filter((n) => !n.none.some((c) => c.id === "error-occurred"))
    .map((n) => String(n.target[0]))
    .filter((t) => /gb-(bar|flagrow|badge|value|light)|data-pos/.test(t) && !/gb-expander/.test(t));
  return {
    violations: result.violations.map(
      (v) =>
        `${v.id} (${v.help}): ${v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`.replace(/\s+/g, " "))
          .join(" | ")}`,
    ),
    contrastChecked: contrast(result.passes).length,
    // Text scrolled partly out of view cannot be measured, and need not be: it is measured in view.
    // Text in full view must be measured (a layer over the rows, say, would hide its contrast).
    contrastUnknown: await frame.evaluate(
      (targets) =>
        targets.filter((t) => {
          const el = document.querySelector(t)!;
          const box = el.getBoundingClientRect();
          if (box.top < 0 || box.bottom > innerHeight) return false;
          for (let up = el.parentElement; up; up = up.parentElement) {
            if (getComputedStyle(up).overflowY === "visible") continue;
            const view = up.getBoundingClientRect();
            if (box.top < view.top || box.bottom > view.bottom) return false;
          }
          return true;
        }),
      unknown,
    ),
  };
}

/**
 * What a zoom or a reader's text spacing leaves of the shown views, as sentences: a view with room
 * for fewer than two rows, a heading, label, value or badge cut off, parts of a row overlapping,
 * bars of unequal track length (they would no longer compare).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return visualFrame(page).evaluate(() => {
    const problems: string[] = [];
    const ROW = 28;
    const all = <T extends Element>(root: ParentNode, selector: string) =>
      Array.from(root.querySelectorAll<T & HTMLElement>(selector));
    const box = (el: Element) => el.getBoundingClientRect();
    const cut = (el: HTMLElement) =>
      el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    const views = all<HTMLElement>(document, ".gb-view").filter((v) => !v.hidden);
    if (views.length === 0) problems.push("no view shown");
    for (const view of views) {
      const say = (problem: string) =>
        problems.push(`${view.querySelector(".gb-title")?.textContent}: ${problem}`);
      const scroll = view.querySelector<HTMLElement>(".gb-scroll")!;
      const header = scroll.querySelector<HTMLElement>(".gb-head")?.offsetHeight ?? 0;
      const rows = (scroll.clientHeight - header) / ROW;
      if (rows < 2) say(`room for ${rows.toFixed(1)} rows`);
      for (const heading of all<HTMLElement>(view, "[role=columnheader]"))
        if (heading.textContent && cut(heading)) say(`heading "${heading.textContent}" cut off`);
      const tracks = new Set<number>();
      for (const row of all<HTMLElement>(view, "[role=option]")) {
        const parts = Array.from(row.children).filter(
          (c): c is HTMLElement => c instanceof HTMLElement && !c.hidden && box(c).width > 0,
        );
        for (const part of parts)
          if (part.textContent && cut(part)) say(`"${part.textContent}" cut off`);
        for (const badge of all<HTMLElement>(row, ".gb-badge"))
          if (box(badge).right > box(row).right + 1) say(`badge "${badge.textContent}" cut off`);
        parts.forEach((a, i) =>
          parts.slice(i + 1).forEach((b) => {
            if (box(a).right > box(b).left + 1)
              say(`"${a.textContent}" overlaps "${b.textContent}"`);
          }),
        );
        const track = row.querySelector(".gb-track");
        if (track) tracks.add(Math.round(box(track).width));
      }
      if (tracks.size > 1) say(`bars of unequal tracks ${[...tracks].join(", ")}`);
    }
    return problems;
  });
}
