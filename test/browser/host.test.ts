// The preview host on its own, driven through a hand-written probe visual that calls every host service.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Preview, afterUpdate, openPreview } from "./harness";

const SAMPLE = readFileSync(join(__dirname, "fixtures/sample.csv"), "utf8").trim().split("\n");
const WIJK = SAMPLE[0].split(",").indexOf("wijk");
const rowsIn = (wijk: string) =>
  SAMPLE.slice(1).filter((line) => line.split(",")[WIJK] === wijk).length;

let p: Preview;
const probe = (name: string) => p.visual.locator(`[data-probe="${name}"]`);
const item = (key: string) => p.visual.getByRole("listitem").filter({ hasText: key });
const selection = () => p.page.locator("#selection li");

beforeEach(async () => {
  p = await openPreview("probe");
});

afterEach(async () => {
  expect(p.errors).toEqual([]);
  expect(p.outside).toEqual([]);
  await p.close();
});

describe("the preview host, through the probe visual", () => {
  it("creates the visual in a scripts-only sandbox and sends the sample as a categorical DataView", async () => {
    expect(await p.page.locator("iframe").getAttribute("sandbox")).toBe("allow-scripts");
    await expect.poll(() => probe("rows").textContent()).toBe(String(SAMPLE.length - 1));
    expect(await probe("roles").textContent()).toBe(
      "huishouden,factor,wijk,bron,peildatum,waarde,ouders,kinderen",
    );
    expect(await probe("date-type").textContent()).toBe("[object Date]");
    expect(await probe("grouped").textContent()).toBe("function");
    expect(await probe("locale").textContent()).toBe("nl-NL");
    expect(await probe("title").textContent()).toBe("Huishoudens");
    expect(await probe("segment").textContent()).toBe("last");
  });

  it("selects on click, adds with ctrl-click, replaces on a plain click and clears on a second click", async () => {
    await item("H001").click();
    await expect.poll(() => selection().allTextContents()).toEqual(["huishouden = H001"]);
    await item("H002").click({ modifiers: ["Control"] });
    await expect
      .poll(() => selection().allTextContents())
      .toEqual(["huishouden = H001", "huishouden = H002"]);
    await item("H003").click();
    await expect.poll(() => selection().allTextContents()).toEqual(["huishouden = H003"]);
    await item("H003").click();
    await expect
      .poll(() => selection().allTextContents())
      .toEqual(["Niets geselecteerd: geen filter op andere visuals."]);
  });

  it("clears the selection from the page and tells the visual through its callback", async () => {
    await item("H001").click();
    await p.page.getByRole("button", { name: "Selectie wissen" }).click();
    await expect.poll(() => probe("callback").textContent()).toBe("0");
    expect(await selection().allTextContents()).toEqual([
      "Niets geselecteerd: geen filter op andere visuals.",
    ]);
  });

  it("merges persisted properties into the objects and updates the visual and the format pane", async () => {
    await afterUpdate(p.page, () => p.visual.getByRole("button", { name: "persist" }).click());
    expect(JSON.parse((await probe("objects").textContent())!)).toEqual({ probe: { size: 42 } });
    expect(await p.page.getByLabel("Size").inputValue()).toBe("42");
  });

  it("draws the formatting model's slices, sends changes as objects and resets to default", async () => {
    const objects = async () => JSON.parse((await probe("objects").textContent())!);
    await afterUpdate(p.page, () =>
      p.page
        .getByLabel("Size")
        .fill("7")
        .then(() => p.page.getByLabel("Size").press("Enter")),
    );
    await afterUpdate(p.page, () => p.page.getByRole("switch", { name: "Show" }).uncheck());
    await afterUpdate(p.page, () => p.page.getByLabel("Shape").selectOption({ label: "Dot" }));
    await afterUpdate(p.page, () => p.page.getByLabel("Colour").fill("#ff0000"));
    expect(await objects()).toEqual({
      probe: { size: 7, show: false, shape: "dot", color: { solid: { color: "#ff0000" } } },
    });

    await afterUpdate(p.page, () =>
      p.page.getByRole("button", { name: "Standaardwaarden: Probe" }).click(),
    );
    expect(await objects()).toEqual({});
    expect(await p.page.getByLabel("Size").inputValue()).toBe("5");
  });

  it("narrows the rows with the wijk slicer and widens them again", async () => {
    await afterUpdate(p.page, () => p.page.getByRole("checkbox", { name: "Hertme" }).check());
    expect(await probe("rows").textContent()).toBe(String(rowsIn("Hertme")));
    await afterUpdate(p.page, () => p.page.getByRole("checkbox", { name: "Zenderen" }).check());
    expect(await probe("rows").textContent()).toBe(String(rowsIn("Hertme") + rowsIn("Zenderen")));
    await afterUpdate(p.page, () => p.page.getByRole("checkbox", { name: "Hertme" }).uncheck());
    await afterUpdate(p.page, () => p.page.getByRole("checkbox", { name: "Zenderen" }).uncheck());
    expect(await probe("rows").textContent()).toBe(String(SAMPLE.length - 1));
  });

  it("re-creates the visual in English and in high contrast", async () => {
    await afterUpdate(p.page, () => p.page.getByLabel("Taal").selectOption("en-US"));
    await expect.poll(() => probe("title").textContent()).toBe("Households");
    expect(await probe("locale").textContent()).toBe("en-US");
    expect(await p.page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Gezinsbeeld: preview",
    );

    await afterUpdate(p.page, () => p.page.getByLabel("High contrast").check());
    await expect.poll(() => probe("contrast").textContent()).toBe("true #FFFFFF #000000");
  });

  it("sends no DataView when no data is chosen, so the visual shows its landing page", async () => {
    await afterUpdate(p.page, () => p.page.getByLabel("Gegevens").selectOption("none"));
    expect(await probe("landing").textContent()).toBe("no data");
  });

  it("lists the rejected rows of a user's CSV and passes unparsable cells through as text", async () => {
    await afterUpdate(p.page, () =>
      p.page.locator("#file").setInputFiles(join(__dirname, "fixtures/bad-rows.csv")),
    );
    const rows = await p.page.locator("#rejected tbody tr").allTextContents();
    expect(rows).toEqual([
      "3waarde is geen getal: 'veel'",
      "4huishouden is leeg",
      "6gewicht is geen getal ≥ 0: '-2'",
    ]);
    await expect.poll(() => p.page.locator("#warnings").textContent()).toContain("Probe warning");
    expect(await probe("rows").textContent()).toBe("6");
  });

  it("refuses a CSV without a required column, says why, and keeps the data it had", async () => {
    await p.page.locator("#file").setInputFiles({
      name: "geen-factor.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("huishouden,wijk\nH1,Noord\n"),
    });
    await expect
      .poll(() => p.page.getByRole("status").textContent())
      .toBe("Bestand geweigerd: verplichte kolom ontbreekt: 'factor'");
    expect(await probe("rows").textContent()).toBe(String(SAMPLE.length - 1));
  });

  it("reads a CSV dropped onto the page", async () => {
    const csv = readFileSync(join(__dirname, "fixtures/bad-rows.csv"), "utf8");
    await afterUpdate(p.page, () =>
      p.page.evaluate((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
        document.body.dispatchEvent(
          new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }, csv),
    );
    expect(await probe("rows").textContent()).toBe("6");
    expect(await p.page.locator("#data-name").textContent()).toBe("dropped.csv: 6 rijen");
  });

  it("serves a large dataset in segments and stops granting more where Power BI would stop", async () => {
    await afterUpdate(p.page, () =>
      p.page
        .getByLabel("Rijen per segment")
        .fill("40")
        .then(() => p.page.getByLabel("Rijen per segment").press("Enter")),
    );
    expect(await probe("rows").textContent()).toBe("40");
    expect(await probe("segment").textContent()).toBe("more");
    await afterUpdate(p.page, () => p.visual.getByRole("button", { name: "more" }).click());
    expect(await probe("rows").textContent()).toBe("80");
    expect(await probe("operation").textContent()).toBe("1");

    await afterUpdate(p.page, () =>
      p.page
        .getByLabel("Power BI stopt na segmenten")
        .fill("1")
        .then(() => p.page.getByLabel("Power BI stopt na segmenten").press("Enter")),
    );
    await p.visual.getByRole("button", { name: "more" }).click();
    expect(await probe("granted").textContent()).toBe("false");
    expect(await probe("rows").textContent()).toBe("40");
  });

  it("draws tooltips as plain DOM in the frame", async () => {
    await item("H004").hover();
    await expect.poll(() => p.visual.getByRole("tooltip").textContent()).toBe("Huishouden: H004");
    await p.visual.getByRole("button", { name: "persist" }).hover();
    await expect.poll(() => p.visual.getByRole("tooltip").count()).toBe(0);
  });

  it("resizes the viewport from the width and height fields", async () => {
    await afterUpdate(p.page, () =>
      p.page
        .getByLabel("Breedte")
        .fill("500")
        .then(() => p.page.getByLabel("Breedte").press("Enter")),
    );
    await expect.poll(() => probe("viewport").textContent()).toMatch(/^500x\d+$/);
  });
});
