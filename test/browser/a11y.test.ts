// The WCAG 2.1 A and AA rules of axe-core, run inside the visual's sandboxed frame on the preview
// host: every view, both levels, normal and high contrast, the landing page, Dutch and English.
import axe from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Preview, afterUpdate, chooseSetting, openPreview, visualFrame } from "./harness";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** What one audit found: violations as "rule: nodes", and how much text the contrast rule measured. */
interface Audit {
  violations: string[];
  /** Whether axe measured and passed the contrast of some text (it reports one node of passes). */
  contrastChecked: number;
  /** Text in the bars and flags whose contrast axe could not measure (it must measure all of it). */
  contrastUnknown: string[];
}

/**
 * Runs axe in the visual's frame. The frame's policy admits scripts from the preview server only,
 * but playwright evaluates through the DevTools protocol, which the policy does not govern. Axe
 * runs on the visual's element: the frame's document (title, language of the page) is the host's.
 */
async function audit(page: Page): Promise<Audit> {
  const frame = visualFrame(page);
  if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(axe.source);
  const result = await frame.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run("#visual-root", {
        runOnly: { type: "tag", values: tags },
        // Every node of violations and incomplete results; one of each passing rule is enough.
        resultTypes: ["violations", "incomplete"],
        // Axe would fetch the stylesheets again, which the frame's policy (rightly) refuses.
        preload: false,
      }),
    TAGS,
  );
  const contrast = (list: axe.Result[]) => list.find((r) => r.id === "color-contrast")?.nodes ?? [];
  return {
    violations: result.violations.map(
      (v) =>
        `${v.id} (${v.help}): ${v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`.replace(/\s+/g, " "))
          .join(" | ")}`,
    ),
    contrastChecked: contrast(result.passes).length,
    contrastUnknown: contrast(result.incomplete)
      .map((n) => n.target.join(" "))
      .filter((t) => /gb-(bar|flagrow|badge|value|light)|data-pos/.test(t) && !/gb-expander/.test(t)),
  };
}

let p: Preview;
/** What the page is set to now, so a case changes only what differs (each change is an update). */
const state = { highContrast: false, locale: "nl-NL" };

async function setMode(highContrast: boolean, locale = "nl-NL"): Promise<void> {
  if (state.highContrast !== highContrast) {
    await afterUpdate(p.page, () => p.page.locator("#contrast").setChecked(highContrast));
    state.highContrast = highContrast;
  }
  if (state.locale !== locale) {
    await afterUpdate(p.page, () => p.page.locator("#locale").selectOption(locale));
    state.locale = locale;
  }
}

async function expectClean(): Promise<void> {
  const found = await audit(p.page);
  expect(found.violations, found.violations.join("\n")).toEqual([]);
  expect(found.contrastUnknown, "text whose contrast axe could not measure").toEqual([]);
  expect(found.contrastChecked).toBeGreaterThan(0);
}

beforeAll(async () => {
  p = await openPreview("visual");
});

afterAll(async () => {
  expect(p.errors).toEqual([]);
  expect(p.outside).toEqual([]);
  await p.close();
});

describe("axe-core finds no WCAG 2.1 A/AA violation in the visual", () => {
  for (const highContrast of [false, true]) {
    const mode = highContrast ? "high contrast" : "default palette";
    for (const level of ["household", "wijk"]) {
      for (const view of ["all", "heatMatrix", "bars", "flags"]) {
        it(`${view}, ${level} level, ${mode}`, async () => {
          await setMode(highContrast);
          await chooseSetting(p.page, level);
          await chooseSetting(p.page, view);
          await expectClean();
        });
      }
    }

    it(`with a household expanded and a district opened, ${mode}`, async () => {
      await setMode(highContrast);
      await chooseSetting(p.page, "all");
      await chooseSetting(p.page, "household");
      const frame = visualFrame(p.page);
      await frame.locator(".gb-heatMatrix .gb-expander[data-pos='0']").click();
      await frame.locator(".gb-details h3").waitFor();
      await expectClean();

      await chooseSetting(p.page, "wijk");
      // A district large enough to open (a small one lists no red and orange counts).
      const district = frame.locator(".gb-bars [role=option]", { hasText: /oranje/ }).first();
      await district.press("Enter");
      await frame.locator(".gb-back").waitFor({ timeout: 5000 });
      await expectClean();
    });

    it(`on the landing page (no data), ${mode}`, async () => {
      await setMode(highContrast);
      await afterUpdate(p.page, () => p.page.locator("#source").selectOption("none"));
      await visualFrame(p.page).locator(".gb-landing h2").waitFor();
      await expectClean();
      await afterUpdate(p.page, () => p.page.locator("#source").selectOption("sample"));
    });
  }

  it("in English (en-US), all views at household level", async () => {
    await setMode(false, "en-US");
    await chooseSetting(p.page, "household");
    await chooseSetting(p.page, "all");
    expect(await visualFrame(p.page).locator("#gb-title-bars").textContent()).toBe("Priority");
    await expectClean();
  });
});

/** What a 200% zoom leaves of the shown views: the problems found, as sentences. */
async function zoomProblems(page: Page): Promise<string[]> {
  return visualFrame(page).evaluate(() => {
    const problems: string[] = [];
    const ROW = 28;
    const box = (el: Element) => el.getBoundingClientRect();
    const cut = (el: HTMLElement) =>
      el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    const views = Array.from(document.querySelectorAll<HTMLElement>(".gb-view")).filter((v) => !v.hidden);
    if (views.length === 0) problems.push("no view shown");
    for (const view of views) {
      const name = view.querySelector(".gb-title")?.textContent;
      const scroll = view.querySelector<HTMLElement>(".gb-scroll")!;
      const header = scroll.querySelector<HTMLElement>(".gb-head")?.offsetHeight ?? 0;
      const rows = (scroll.clientHeight - header) / ROW;
      if (rows < 2) problems.push(`${name}: room for ${rows.toFixed(1)} rows`);
      for (const heading of view.querySelectorAll<HTMLElement>("[role=columnheader]"))
        if (heading.textContent && cut(heading)) problems.push(`${name}: heading "${heading.textContent}" cut off`);
      const tracks = new Set<number>();
      for (const row of view.querySelectorAll<HTMLElement>("[role=option]")) {
        const parts = Array.from(row.children).filter(
          (c): c is HTMLElement => c instanceof HTMLElement && !c.hidden && box(c).width > 0,
        );
        for (const part of parts)
          if (part.textContent && cut(part)) problems.push(`${name}: "${part.textContent}" cut off`);
        for (const badge of row.querySelectorAll(".gb-badge"))
          if (box(badge).right > box(row).right + 1) problems.push(`${name}: badge "${badge.textContent}" cut off`);
        parts.forEach((a, i) =>
          parts.slice(i + 1).forEach((b) => {
            if (box(a).right > box(b).left + 1) problems.push(`${name}: "${a.textContent}" overlaps "${b.textContent}"`);
          }),
        );
        const track = row.querySelector(".gb-track");
        if (track) tracks.add(Math.round(box(track).width));
      }
      if (tracks.size > 1) problems.push(`${name}: bars of unequal tracks ${[...tracks].join(", ")}`);
    }
    return problems;
  });
}

describe("at 200% zoom (the visual at half its width and height in CSS pixels)", () => {
  it("keeps every view usable and every label, value, badge and heading whole, not overlapping", async () => {
    await setMode(false, "nl-NL");
    const size = { width: await p.page.locator("#width").inputValue(), height: await p.page.locator("#height").inputValue() };
    for (const [field, value] of Object.entries(size)) {
      const input = p.page.locator(`#${field}`);
      await afterUpdate(p.page, async () => {
        await input.fill(String(Math.round(Number(value) / 2)));
        await input.dispatchEvent("change");
      });
    }
    const problems: string[] = [];
    for (const level of ["household", "wijk"]) {
      for (const view of ["all", "heatMatrix", "bars", "flags"]) {
        await chooseSetting(p.page, level);
        await chooseSetting(p.page, view);
        problems.push(...(await zoomProblems(p.page)).map((s) => `${level}/${view}: ${s}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
