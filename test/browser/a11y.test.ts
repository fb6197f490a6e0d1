// The WCAG 2.1 A and AA rules of axe-core, run inside the visual's sandboxed frame on the preview
// host: every view, both levels, normal and high contrast, the landing page, Dutch and English.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXT_SPACING, audit, layoutProblems } from "./a11y-checks";
import { Preview, afterUpdate, chooseSetting, openPreview, visualFrame } from "./harness";

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

  it("a light colour too pale for text leaves the word in the foreground colour", async () => {
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
  it("light as shape and word, heat counts as numbers, flags as symbol and word", async () => {
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
      expect(text).toMatch(/^(! vroegsignaal|◆ meerdere leefgebieden|◉ breed bekend|↑ stijgend)$/u);
    // The dashed threshold lines carry their values in words above the list.
    expect(seen.scale).toMatch(/^oranje vanaf \d+ · rood vanaf \d+$/);
  });
});

describe("with the text spacing of WCAG 1.4.12", () => {
  it("keeps every label, value, badge and heading whole and apart", async () => {
    await setMode(false, "nl-NL");
    const frame = visualFrame(p.page);
    // A user style sheet, as a reader's browser extension would add it.
    await frame.evaluate((css) => {
      const style = document.createElement("style");
      style.id = "text-spacing";
      style.textContent = css;
      document.head.append(style);
    }, TEXT_SPACING);
    // The visual measures its text when it draws; a style sheet added later counts from the next
    // update.
    await chooseSetting(p.page, "heatMatrix");
    const problems: string[] = [];
    for (const level of ["household", "wijk"]) {
      for (const view of ["all", "bars", "flags"]) {
        await chooseSetting(p.page, level);
        await chooseSetting(p.page, view);
        problems.push(...(await layoutProblems(p.page)).map((s) => `${level}/${view}: ${s}`));
      }
    }
    await frame.evaluate(() => document.getElementById("text-spacing")?.remove());
    expect(problems).toEqual([]);
  });
});

describe("at 200% zoom (the visual at half its width and height in CSS pixels)", () => {
  it("keeps every view usable, its texts whole and apart", async () => {
    await setMode(false, "nl-NL");
    await resize({ width: Math.round(initial.width / 2), height: Math.round(initial.height / 2) });
    const problems: string[] = [];
    for (const level of ["household", "wijk"]) {
      for (const view of ["all", "heatMatrix", "bars", "flags"]) {
        await chooseSetting(p.page, level);
        await chooseSetting(p.page, view);
        problems.push(...(await layoutProblems(p.page)).map((s) => `${level}/${view}: ${s}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
