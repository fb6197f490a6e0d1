// The packaged Gezinsbeeld visual in the preview host, checked against the scorer's own reading of the sample.
import { createReadStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FrameLocator, Locator } from "playwright-core";
import { readTable } from "../../src/csv/read";
import { HouseholdTable, Scores, defaultSettings, score } from "../../src/model";
import { defaultSample } from "../../preview/server";
import { Preview, afterUpdate, openPreview, screenshot } from "./harness";

const SHOTS = join(__dirname, "../../docs/screenshots");

let table: HouseholdTable;
let scores: Scores;
/** The household key the scorer ranks at `rank` (1-based). */
const keyAt = (s: Scores, rank: number) => table.keys[s.order[rank - 1]];

beforeAll(async () => {
  const read = await readTable(createReadStream(defaultSample(), "utf8"));
  if (!read.ok) throw new Error("the sample was refused");
  table = read.table;
  scores = score(table, defaultSettings());
  mkdirSync(SHOTS, { recursive: true });
});

let p: Preview;
const views = (v: FrameLocator) => ({
  matrix: v.getByRole("grid"),
  bars: v.getByRole("listbox").nth(0),
  flags: v.getByRole("listbox").nth(1),
});
const setSize = async (list: Locator) =>
  Number(await list.getByRole("option").first().getAttribute("aria-setsize"));
const matrixRows = async (grid: Locator) => Number(await grid.getAttribute("aria-rowcount")) - 1;
const selection = () => p.page.locator("#selection li").allTextContents();

beforeEach(async () => {
  p = await openPreview("visual");
});

afterEach(async () => {
  expect(p.errors).toEqual([]);
  expect(p.outside).toEqual([]);
  await p.close();
});

describe("Gezinsbeeld in the preview", () => {
  it("renders the heat-matrix, the priority bars and the flags on the sample, one entry per ranked household", async () => {
    const { matrix, bars, flags } = views(p.visual);
    await expect
      .poll(() => p.page.evaluate(() => document.body.dataset.renderState))
      .toBe("finished");
    expect(await matrixRows(matrix)).toBe(scores.order.length);
    expect(await setSize(bars)).toBe(scores.order.length);
    const flagged = Array.from(scores.order).filter((h) => scores.flags[h] !== 0).length;
    expect(await setSize(flags)).toBe(flagged);
    await screenshot(p, join(SHOTS, "visual-household.png"));
    await p.page.screenshot({ path: join(SHOTS, "preview-page.png") });
  });

  it("selects a household on click and adds one with ctrl-click; the selection panel shows their keys", async () => {
    const { bars } = views(p.visual);
    await bars.getByRole("option").nth(0).click();
    await expect.poll(selection).toEqual([`huishouden = ${keyAt(scores, 1)}`]);
    await bars
      .getByRole("option")
      .nth(1)
      .click({ modifiers: ["Control"] });
    await expect
      .poll(selection)
      .toEqual([`huishouden = ${keyAt(scores, 1)}`, `huishouden = ${keyAt(scores, 2)}`]);
    expect(await bars.getByRole("option", { selected: true }).count()).toBe(2);
  });

  it("reaches every household of a wijk with the keyboard and selects with Enter", async () => {
    // One wijk keeps the key presses few; the smallest with at least ten households still scrolls.
    const sizes = table.wijken.map((w, i) => ({
      w,
      n: Array.from(scores.order).filter((h) => table.wijk[h] === i).length,
    }));
    const wijk = sizes.filter((s) => s.n >= 10).sort((a, b) => a.n - b.n)[0];
    await afterUpdate(p.page, () => p.page.getByRole("checkbox", { name: wijk.w }).check());
    const inWijk = Array.from(scores.order).filter((h) => table.wijken[table.wijk[h]] === wijk.w);
    const { bars } = views(p.visual);
    const total = await setSize(bars);
    expect(total).toBe(wijk.n);
    // The frame records every option that takes focus, so the test need not ask after each key.
    await bars.evaluate((list) => {
      const seen = new Set<string>();
      (window as unknown as { reached: Set<string> }).reached = seen;
      list.addEventListener("focusin", (e) =>
        seen.add((e.target as HTMLElement).getAttribute("aria-posinset") ?? ""),
      );
    });
    await bars.getByRole("option").first().focus();
    for (let i = 1; i < total; i++) await p.page.keyboard.press("ArrowDown");
    const reached = new Set(
      await bars.evaluate(() => [...(window as unknown as { reached: Set<string> }).reached]),
    );
    expect(reached.size).toBe(total);
    await p.page.keyboard.press("Enter");
    await expect.poll(selection).toEqual([`huishouden = ${table.keys[inWijk[total - 1]]}`]);
  });

  it("re-ranks when a priority weight changes in the format pane", async () => {
    const weight = p.page.getByLabel("Financiële problemen");
    await afterUpdate(p.page, () => weight.fill("20").then(() => weight.press("Enter")));
    const settings = defaultSettings();
    settings.weights.financiele_problemen = 20;
    const reranked = score(table, settings);
    expect(keyAt(reranked, 1)).not.toBe(keyAt(scores, 1));
    await views(p.visual).bars.getByRole("option").first().click();
    await expect.poll(selection).toEqual([`huishouden = ${keyAt(reranked, 1)}`]);
  });

  it("narrows every view to the households of the wijk chosen in the slicer", async () => {
    const { matrix, bars, flags } = views(p.visual);
    const before = {
      matrix: await matrixRows(matrix),
      bars: await setSize(bars),
      flags: await setSize(flags),
    };
    const wijk = table.wijken[0];
    const inWijk = Array.from(scores.order).filter((h) => table.wijken[table.wijk[h]] === wijk);
    await afterUpdate(p.page, () => p.page.getByRole("checkbox", { name: wijk }).check());
    expect(await matrixRows(matrix)).toBe(inWijk.length);
    expect(await setSize(bars)).toBe(inWijk.length);
    expect(await setSize(flags)).toBeLessThan(before.flags);
    expect(inWijk.length).toBeLessThan(before.bars);
  });

  it("switches the visual to English and to high contrast", async () => {
    await afterUpdate(p.page, () => p.page.getByLabel("Taal").selectOption("en-US"));
    expect(
      await p.visual
        .getByRole("listbox")
        .first()
        .getAttribute("aria-labelledby")
        .then((id) => p.visual.locator(`#${id}`).textContent()),
    ).toBe("Priority");
    await afterUpdate(p.page, () => p.page.getByLabel("High contrast").check());
    const colours = await p.visual
      .locator("#visual-root > *")
      .first()
      .evaluate((el) => {
        const root = el.closest(".gezinsbeeld") as HTMLElement;
        return [getComputedStyle(root).backgroundColor, getComputedStyle(root).color];
      });
    expect(colours).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    await screenshot(p, join(SHOTS, "visual-high-contrast.png"));
  });

  it("shows the district level with small counts suppressed", async () => {
    await afterUpdate(p.page, () => p.page.getByLabel("Niveau").selectOption({ label: "Wijk" }));
    const { matrix } = views(p.visual);
    expect(await matrixRows(matrix)).toBe(
      new Set(Array.from(scores.order, (h) => table.wijk[h])).size,
    );
    await screenshot(p, join(SHOTS, "visual-wijk.png"));
  });

  it("shows the landing page when no data is bound", async () => {
    await afterUpdate(p.page, () => p.page.getByLabel("Gegevens").selectOption("none"));
    expect(await p.visual.getByRole("grid").count()).toBe(0);
    const landing = p.visual
      .getByText(/Huishouden/)
      .filter({ hasText: /Factor/ })
      .first();
    expect(await landing.isVisible()).toBe(true);
  });

  it("lists the rejected rows of a CSV with bad rows, and the visual warns about the same rows", async () => {
    await afterUpdate(p.page, () =>
      p.page.locator("#file").setInputFiles(join(__dirname, "fixtures/bad-rows.csv")),
    );
    const reasons = [
      "waarde is geen getal: 'veel'",
      "huishouden is leeg",
      "gewicht is geen getal ≥ 0: '-2'",
    ];
    expect(await p.page.locator("#rejected tbody tr").allTextContents()).toEqual([
      "3" + reasons[0],
      "4" + reasons[1],
      "6" + reasons[2],
    ]);
    await expect.poll(() => p.page.locator("#warnings").textContent()).toContain(reasons[0]);
    const warning = await p.page.locator("#warnings").textContent();
    for (const reason of reasons) expect(warning).toContain(reason);
  });
});
