// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { persist, resetToDefault, storedValue } from "../../../preview/objects";
import { readPbiviz } from "../../../preview/pbiviz";
import { rowWindow, segmentOf } from "../../../preview/segments";
import {
  PreviewSelectionId,
  PreviewSelectionIdBuilder,
  PreviewSelectionManager,
} from "../../../preview/shim/selection";
import {
  DomTooltipService,
  colorPalette,
  localizationManager,
} from "../../../preview/shim/services";
import { buildDataView } from "../../../preview/dataview";
import type { SelectorPart } from "../../../preview/protocol";

describe("persistProperties and the format pane's objects", () => {
  it("merges, replaces and removes properties without touching the input", () => {
    const start = { a: { x: 1, y: 2 }, b: { z: 3 } };
    const merged = persist(start, {
      merge: [{ objectName: "a", selector: null!, properties: { y: 5, w: 6 } }],
    });
    expect(merged).toEqual({ a: { x: 1, y: 5, w: 6 }, b: { z: 3 } });
    expect(start).toEqual({ a: { x: 1, y: 2 }, b: { z: 3 } });
    expect(
      persist(merged, { replace: [{ objectName: "a", selector: null!, properties: { q: 1 } }] }),
    ).toEqual({ a: { q: 1 }, b: { z: 3 } });
    expect(
      persist(merged, { remove: [{ objectName: "b", selector: null!, properties: { z: 0 } }] }),
    ).toEqual({ a: { x: 1, y: 5, w: 6 } });
  });

  it("resets a card by removing the properties its descriptors name", () => {
    const objects = { weights: { a: 1, b: 2 }, display: { c: true } };
    expect(
      resetToDefault(objects, [
        { objectName: "weights", propertyName: "a" },
        { objectName: "display", propertyName: "c" },
      ]),
    ).toEqual({ weights: { b: 2 } });
  });

  it("stores a colour as a solid fill and other values as they are", () => {
    expect(storedValue("ColorPicker", "#112233")).toEqual({ solid: { color: "#112233" } });
    expect(storedValue("NumUpDown", 2.5)).toBe(2.5);
  });
});

describe("segments", () => {
  const rows = Array.from({ length: 5 }, (_, i) => ({
    line: i + 2,
    cells: { huishouden: `H${i}`, factor: "lvb", waarde: String(i) },
  }));
  const dv = buildDataView({
    rows,
    columns: ["huishouden", "factor", "waarde"],
    decimalComma: false,
  });

  it("cuts aligned rows and marks every segment but the last", () => {
    const first = segmentOf(dv, 0, 2);
    expect(first.categorical!.categories![0].values).toEqual(["H0", "H1"]);
    expect(first.categorical!.values![0].values).toEqual([0, 1]);
    expect(first.metadata.segment).toEqual({});
    const last = segmentOf(dv, 2, 10);
    expect(last.categorical!.categories![1].values).toEqual(["lvb", "lvb", "lvb"]);
    expect(last.metadata.segment).toBeUndefined();
  });

  it("reads the row window from the capabilities", () => {
    const capabilities = JSON.parse(
      readFileSync(join(__dirname, "../../../capabilities.json"), "utf8"),
    );
    expect(rowWindow(capabilities)).toBe(
      capabilities.dataViewMappings[0].categorical.categories.dataReductionAlgorithm.window.count,
    );
    expect(rowWindow({})).toBe(1000);
  });
});

describe("selection ids and the selection manager", () => {
  const dv = buildDataView({
    rows: [
      { line: 2, cells: { huishouden: "H1" } },
      { line: 3, cells: { huishouden: "H2" } },
      { line: 4, cells: { huishouden: "H1" } },
    ],
    columns: ["huishouden"],
    decimalComma: false,
  });
  const households = dv.categorical!.categories![0];
  const id = (i: number) =>
    new PreviewSelectionIdBuilder().withCategory(households, i).createSelectionId();

  it("makes ids that name the household, equal for rows of the same household", () => {
    expect(id(0).equals(id(2))).toBe(true);
    expect(id(0).equals(id(1))).toBe(false);
    expect((id(1) as PreviewSelectionId).parts).toEqual([
      { queryName: "Signalen.huishouden", displayName: "huishouden", value: "H2" },
    ]);
    expect(new PreviewSelectionIdBuilder().createSelectionId().hasIdentity()).toBe(false);
  });

  it("selects, toggles with multi-select, clears on reselecting the only id, and reports every change", async () => {
    const reports: SelectorPart[][][] = [];
    const manager = new PreviewSelectionManager({
      selected: (ids) => reports.push(ids),
      contextMenu: () => undefined,
    });
    await manager.select(id(0));
    await manager.select(id(1), true);
    await manager.select(id(0), true);
    await manager.select(id(1));
    expect(reports.map((r) => r.map((parts) => parts[0].value))).toEqual([
      ["H1"],
      ["H1", "H2"],
      ["H2"],
      [],
    ]);
    expect(manager.hasSelection()).toBe(false);
  });

  it("applies a selection from the host and tells the visual's callback", () => {
    const manager = new PreviewSelectionManager({
      selected: () => undefined,
      contextMenu: () => undefined,
    });
    let told = -1;
    manager.registerOnSelectCallback((ids) => (told = ids.length));
    manager.applyFromHost([(id(1) as PreviewSelectionId).parts as SelectorPart[]]);
    expect(told).toBe(1);
    expect(manager.getSelectionIds()[0].equals(id(1))).toBe(true);
  });
});

describe("tooltips, palette and strings", () => {
  it("draws a tooltip as text in the document and removes it on hide", () => {
    const tooltips = new DomTooltipService(document);
    tooltips.show({
      coordinates: [10, 20],
      isTouchEvent: false,
      identities: [],
      dataItems: [{ displayName: "Wijk", value: "<b>Noord</b>" }],
    });
    const box = document.querySelector('[role="tooltip"]') as HTMLElement;
    expect(box.textContent).toBe("Wijk: <b>Noord</b>");
    expect(box.querySelector("b")).toBeNull();
    expect([box.style.left, box.style.top]).toEqual(["22px", "32px"]);
    tooltips.hide();
    expect(document.querySelector('[role="tooltip"]')).toBeNull();
  });

  it("gives high-contrast colours for every data colour in high-contrast mode only", () => {
    const normal = colorPalette(false);
    expect(normal.isHighContrast).toBe(false);
    expect(normal.getColor("a").value).not.toBe(normal.getColor("b").value);
    const contrast = colorPalette(true);
    expect([
      contrast.isHighContrast,
      contrast.foreground.value,
      contrast.background.value,
      contrast.getColor("a").value,
    ]).toEqual([true, "#FFFFFF", "#000000", "#FFFFFF"]);
  });

  it("finds a string in the locale, then its language, then en-US, then gives the key", () => {
    const strings = { "en-US": { A: "a-en", B: "b-en" }, "nl-NL": { A: "a-nl" } };
    const nl = localizationManager(strings, "nl-BE");
    expect([nl.getDisplayName("A"), nl.getDisplayName("B"), nl.getDisplayName("C")]).toEqual([
      "a-nl",
      "b-en",
      "C",
    ]);
  });
});

describe("reading a .pbiviz", () => {
  it("takes the bundle, style, capabilities and strings from the resource the manifest names", async () => {
    const zip = new JSZip();
    zip.file(
      "package.json",
      JSON.stringify({
        resources: [{ resourceId: "rId0", sourceType: 5, file: "resources/v.pbiviz.json" }],
      }),
    );
    zip.file(
      "resources/v.pbiviz.json",
      JSON.stringify({
        visual: { guid: "g1", displayName: "V", version: "1.0.0.0" },
        apiVersion: "5.11.0",
        capabilities: { dataRoles: [] },
        stringResources: { "nl-NL": { K: "nl" } },
        content: { js: "var x;", css: ".a{}" },
      }),
    );
    const pkg = await readPbiviz(await zip.generateAsync({ type: "uint8array" }));
    expect(pkg).toMatchObject({
      guid: "g1",
      js: "var x;",
      css: ".a{}",
      capabilities: { dataRoles: [] },
      stringResources: { "nl-NL": { K: "nl" } },
    });
  });
});
