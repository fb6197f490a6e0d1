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
  /** Whether axe measured the contrast of text and passed it (one node is reported per rule). */
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

/** The stage's size as the page opens it (a report visual of 1000 × 600). */
const initial = { width: 0, height: 0 };

async function resize(size: { width: number; height: number }): Promise<void> {
  for (const [field, value] of Object.entries(size)) {
    const input = p.page.locator(`#${field}`);
    if (Number(await input.inputValue()) === value) continue;
    await afterUpdate(p.page, async () => {
      await input.fill(String(value));
      await input.dispatchEvent("change");
    });
  }
}

beforeAll(async () => {
  p = await openPreview("visual");
  initial.width = Number(await p.page.locator("#width").inputValue());
  initial.height = Number(await p.page.locator("#height").inputValue());
  // Tall enough that the stacked views need no scrolling: axe's contrast rule gives up on text
  // near the edge of nested scroll areas ("element midpoint exceeds the grid bounds").
  await resize({ width: initial.width, height: 1000 });
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

  it("with a traffic-light colour too light for text, the word keeps the foreground colour", async () => {
    await setMode(false);
    await chooseSetting(p.page, "household");
    await chooseSetting(p.page, "bars");
    const red = p.page.locator("#format input[type=color]").nth(2); // heat low, heat high, red
    const before = await red.inputValue();
    await afterUpdate(p.page, () => red.fill("#ff9999"));
    const word = visualFrame(p.page).locator(".gb-light-red").first();
    expect(await word.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(37, 36, 35)");
    await expectClean();
    await afterUpdate(p.page, () => red.fill(before));
    expect(await word.evaluate((el) => getComputedStyle(el).color)).not.toBe("rgb(37, 36, 35)");
  });

  it("in English (en-US), all views at household level", async () => {
    await setMode(false, "en-US");
    await chooseSetting(p.page, "household");
    await chooseSetting(p.page, "all");
    expect(await visualFrame(p.page).locator("#gb-title-bars").textContent()).toBe("Priority");
    await expectClean();
  });
});

describe("nothing depends on colour alone", () => {
  it("writes the light as shape and word, every heat count as a number, every flag as symbol and word", async () => {
    await setMode(false);
    await chooseSetting(p.page, "household");
    await chooseSetting(p.page, "all");
    const seen = await visualFrame(p.page).evaluate(() => {
      const texts = (selector: string) =>
        Array.from(document.querySelectorAll<HTMLElement>(selector), (el) => ({
          className: el.className,
          text: el.textContent ?? "",
          label: el.closest("[aria-label]")?.getAttribute("aria-label") ?? "",
        }));
      return {
        lights: texts(".gb-bars .gb-light"),
        counts: texts(".gb-heatMatrix .gb-count"),
        shaded: texts(".gb-heatMatrix .gb-shaded"),
        badges: texts(".gb-flags .gb-badge"),
        scale: document.querySelector(".gb-bars .gb-scale")?.textContent ?? "",
      };
    });
    const shapes = { red: "● rood", orange: "▲ oranje", green: "■ groen" };
    expect(seen.lights.length).toBeGreaterThan(5);
    for (const { className, text, label } of seen.lights) {
      const light = /gb-light-(red|orange|green)/.exec(className)![1] as keyof typeof shapes;
      expect(text).toBe(shapes[light]);
      expect(label).toContain(`: ${shapes[light].slice(2)},`);
    }
    expect(seen.counts.length).toBeGreaterThan(20);
    for (const { text, label } of seen.counts) {
      expect(text).toMatch(/^\d+$/);
      expect(label).toMatch(new RegExp(`: ${text} actieve factor(en)?$`));
    }
    expect(seen.shaded.length).toBeGreaterThan(0);
    for (const { text } of seen.shaded) expect(Number(text)).toBeGreaterThan(0);
    expect(seen.badges.length).toBeGreaterThan(5);
    for (const { text } of seen.badges)
      expect(text).toMatch(/^(! vroegsignaal|◆ meerdere leefgebieden|◉ breed bekend|↑ stijgend)$/);
    // The dashed threshold lines carry their values in words above the list.
    expect(seen.scale).toMatch(/^oranje vanaf \d+ · rood vanaf \d+$/);
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
      for (const heading of Array.from(view.querySelectorAll<HTMLElement>("[role=columnheader]")))
        if (heading.textContent && cut(heading)) problems.push(`${name}: heading "${heading.textContent}" cut off`);
      const tracks = new Set<number>();
      for (const row of Array.from(view.querySelectorAll<HTMLElement>("[role=option]"))) {
        const parts = Array.from(row.children).filter(
          (c): c is HTMLElement => c instanceof HTMLElement && !c.hidden && box(c).width > 0,
        );
        for (const part of parts)
          if (part.textContent && cut(part)) problems.push(`${name}: "${part.textContent}" cut off`);
        for (const badge of Array.from(row.querySelectorAll(".gb-badge")))
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

describe("with the text spacing of WCAG 1.4.12 (line 1.5, paragraphs 2, letters 0.12, words 0.16 em)", () => {
  it("keeps every label, value, badge and heading whole, not overlapping", async () => {
    await setMode(false, "nl-NL");
    const frame = visualFrame(p.page);
    // A user style sheet, as a reader's browser extension would add it.
    await frame.evaluate(() => {
      const style = document.createElement("style");
      style.id = "text-spacing";
      style.textContent =
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";
      document.head.append(style);
    });
    // The visual measures its text when it draws; a style sheet added later counts from the next update.
    await chooseSetting(p.page, "heatMatrix");
    const problems: string[] = [];
    for (const level of ["household", "wijk"]) {
      for (const view of ["all", "bars", "flags"]) {
        await chooseSetting(p.page, level);
        await chooseSetting(p.page, view);
        problems.push(...(await zoomProblems(p.page)).map((s) => `${level}/${view}: ${s}`));
      }
    }
    await frame.evaluate(() => document.getElementById("text-spacing")?.remove());
    expect(problems).toEqual([]);
  });
});

describe("at 200% zoom (the visual at half its width and height in CSS pixels)", () => {
  it("keeps every view usable and every label, value, badge and heading whole, not overlapping", async () => {
    await setMode(false, "nl-NL");
    await resize({ width: Math.round(initial.width / 2), height: Math.round(initial.height / 2) });
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
