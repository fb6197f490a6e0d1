// Keyboard only: from the report page into the visual, through its three views, selecting, adding,
// expanding, opening the context menu and reading tooltips, with a focus ring in both modes.
import { createReadStream } from "node:fs";
import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTable } from "../../src/csv/read";
import { FLAGS, HouseholdTable, LIGHTS, Scores, defaultSettings, score } from "../../src/model";
import { defaultSample } from "../../preview/server";
import { contrast } from "../../src/views/colour";
import { Preview, afterUpdate, openPreview, visualFrame } from "./harness";

const LIGHT_WORDS = { red: "rood", orange: "oranje", green: "groen" } as const;
const FLAG_WORDS = {
  "early-warning": "vroegsignaal",
  "multi-domain": "meerdere leefgebieden",
  "known-widely": "breed bekend",
  rising: "stijgend",
} as const;

let table: HouseholdTable;
let scores: Scores;
let p: Preview;

beforeAll(async () => {
  const read = await readTable(createReadStream(defaultSample(), "utf8"));
  if (!read.ok) throw new Error("the sample was refused");
  table = read.table;
  scores = score(table, defaultSettings());
  p = await openPreview("visual");
});

afterAll(async () => {
  expect(p.errors).toEqual([]);
  expect(p.outside).toEqual([]);
  await p.close();
});

/** Presses keys on the page, wherever focus is; the sandboxed frame receives them like a user's. */
const press = async (...keys: string[]) => {
  for (const key of keys) await p.page.keyboard.press(key);
};
/** The focused element of the visual, as the accessibility tree names it (role, name, states). */
const focused = (frame: Frame) => frame.locator(":focus").ariaSnapshot();
const live = (frame: Frame) => frame.locator(".gb-live").textContent();
const selection = () => p.page.locator("#selection li[data-selected]").allTextContents();
const tooltip = (frame: Frame) => frame.locator(".preview-tooltip").textContent();

/** Tabs from the page's last control before the visual into the visual. */
async function tabIntoVisual(): Promise<Frame> {
  await p.page.locator("#slicer input").last().focus();
  await press("Tab");
  const frame = visualFrame(p.page);
  expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
  return frame;
}

describe("keyboard only", () => {
  it("names and selects the top household of each view; adds, expands, menu", async () => {
    const top = scores.order[0];
    const frame = await tabIntoVisual();

    // Heat-matrix: the tab stop is the first row's expander; its tooltip shows on focus.
    expect(await focused(frame)).toMatch(/gridcell "Factoren van Huishouden 1 tonen"/);
    expect(await tooltip(frame)).toContain("Huishouden 1");
    await press("ArrowRight");
    expect(await focused(frame)).toMatch(/^- rowheader "Huishouden 1"/);
    await press("Enter");
    await expect.poll(selection).toEqual([`huishouden = ${table.keys[top]}`]);
    const firstRow = frame.locator("[role=row][aria-rowindex='2']");
    expect(await firstRow.getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => live(frame)).toBe("1 huishouden geselecteerd");
    // The first count cell says its domain and number in words, and its tooltip says the same.
    await press("ArrowRight");
    expect(await focused(frame)).toMatch(/gridcell "[^"]+: \d+ actieve factor(en)?"/);
    expect(await tooltip(frame)).toMatch(/actieve factor/);

    // Ctrl+Enter on the next row adds it.
    await press("ArrowDown", "Control+Enter");
    const second = scores.order[1];
    await expect
      .poll(selection)
      .toEqual([`huishouden = ${table.keys[top]}`, `huishouden = ${table.keys[second]}`]);
    await expect.poll(() => live(frame)).toBe("2 huishoudens geselecteerd");

    // Home goes to the expander; Enter shows the factors, Escape hides them again.
    await press("Home", "Enter");
    await frame.locator(".gb-details h3").waitFor();
    expect(await frame.locator(".gb-details h3").textContent()).toBe("Factoren van Huishouden 2");
    const expander = /gridcell "Factoren van Huishouden 2 verbergen" \[expanded]/;
    expect(await focused(frame)).toMatch(expander);
    expect(await live(frame)).toBe("Factoren van Huishouden 2 getoond");
    await press("Escape");
    await frame.locator(".gb-details").waitFor({ state: "hidden" });
    expect(await frame.locator(".preview-tooltip").count(), "Escape dismisses the tooltip").toBe(0);

    // Shift+F10 opens Power BI's context menu for the focused household.
    await press("Shift+F10");
    const status = () => p.page.locator("#status").textContent();
    await expect.poll(status).toContain(table.keys[second]);

    // Tab: the bars, at the top household. Its name has the rank, light and priority in words.
    await press("Tab");
    const light = LIGHT_WORDS[LIGHTS[scores.light[top]]];
    const name = await focused(frame);
    expect(name).toContain(`option "Huishouden 1: ${light}, ${scores.priority[top]} (prioriteit)`);
    // The tooltip's breakdown of the score is the option's description.
    const describedBy = await frame.locator(":focus").getAttribute("aria-describedby");
    expect(await frame.locator(`#${describedBy}`).textContent()).toMatch(/: gewicht \d+/);
    expect(await tooltip(frame)).toContain("Huishouden 1");
    await press("Enter");
    await expect.poll(selection).toEqual([`huishouden = ${table.keys[top]}`]);
    await expect.poll(() => frame.locator(":focus").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => live(frame)).toBe("1 huishouden geselecteerd");

    // Escape clears the selection.
    await press("Escape");
    await expect.poll(selection).toEqual([]);
    await expect.poll(() => live(frame)).toBe("Selectie opgeheven");

    // Tab: the flags, at the first flagged household, its flags in words with their rule.
    await press("Tab");
    const flagged = Array.from(scores.order).filter((h) => scores.flags[h] !== 0);
    const raised = FLAGS.filter((_, i) => scores.flags[flagged[0]] & (1 << i));
    const words = raised.map((f) => FLAG_WORDS[f]);
    const flagName = await focused(frame);
    expect(flagName).toContain(`option "Huishouden ${scores.rank[flagged[0]]}: ${words[0]} (`);
    for (const word of words) expect(flagName).toContain(word);
    expect(flagName).toContain("drempel");
    await press("Enter");
    await expect.poll(selection).toEqual([`huishouden = ${table.keys[flagged[0]]}`]);
    await expect.poll(() => frame.locator(":focus").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => live(frame)).toBe("1 huishouden geselecteerd");
    await press("ArrowDown", "Control+Enter");
    const both = [flagged[0], flagged[1]].map((h) => `huishouden = ${table.keys[h]}`);
    await expect.poll(selection).toEqual(both);

    // One tab stop per view: the next Tab leaves the visual.
    await press("Tab");
    expect(await frame.evaluate(() => document.hasFocus())).toBe(false);
  });

  it("draws a 2 px ring in the foreground colour, normally and in high contrast", async () => {
    for (const highContrast of [false, true]) {
      if (highContrast) await afterUpdate(p.page, () => p.page.locator("#contrast").check());
      const frame = await tabIntoVisual();
      await press("Tab"); // the bars: an option on the plain background
      const ring = await frame.locator(":focus").evaluate((el) => {
        const style = getComputedStyle(el);
        const root = getComputedStyle(el.closest(".gezinsbeeld")!);
        return {
          style: style.outlineStyle,
          width: style.outlineWidth,
          colour: style.outlineColor,
          foreground: root.color,
          background: root.backgroundColor,
        };
      });
      expect(ring.style).toBe("solid");
      expect(ring.width).toBe("2px");
      expect(ring.colour).toBe(ring.foreground);
      expect(ring.colour).toBe(highContrast ? "rgb(255, 255, 255)" : "rgb(37, 36, 35)");
      // WCAG 1.4.11: a focus indicator needs 3:1 against what surrounds it.
      expect(contrast(ring.colour, ring.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it("keeps the ring visible on a shaded cell: a background band inside it", async () => {
    await afterUpdate(p.page, () => p.page.locator("#contrast").uncheck());
    const frame = await tabIntoVisual();
    // The darkest cell in view, reached with the arrow keys.
    const target = await frame.evaluate(() => {
      const cells = Array.from(document.querySelectorAll<HTMLElement>(".gb-heatMatrix .gb-shaded"));
      const dark = cells.sort((a, b) => Number(b.textContent) - Number(a.textContent))[0];
      return { pos: Number(dark.dataset.pos), col: Number(dark.dataset.col) };
    });
    for (let i = 0; i < target.pos; i++) await press("ArrowDown");
    for (let i = 0; i < target.col; i++) await press("ArrowRight");
    const cell = await frame.locator(":focus").evaluate((el) => ({
      shaded: el.classList.contains("gb-shaded"),
      fill: getComputedStyle(el).backgroundColor,
      ring: getComputedStyle(el).outlineColor,
      band: getComputedStyle(el).boxShadow,
    }));
    expect(cell.shaded).toBe(true);
    expect(cell.band).toMatch(/^rgb\(255, 255, 255\) 0px 0px 0px 4px inset$/);
    // The ring contrasts with the band (3:1), whatever the fill.
    expect(contrast(cell.ring, "rgb(255, 255, 255)")).toBeGreaterThanOrEqual(3);
  });
});
