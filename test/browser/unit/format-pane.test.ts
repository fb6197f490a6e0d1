// @vitest-environment jsdom
import type powerbi from "powerbi-visuals-api";
import { describe, expect, it } from "vitest";
import { renderFormatPane } from "../../../preview/page/formatPane";

const d = (propertyName: string) => ({ objectName: "display", propertyName });

function model(slices: unknown[]): powerbi.visuals.FormattingModel {
  return {
    cards: [
      {
        uid: "c",
        displayName: "Weergave",
        revertToDefaultDescriptors: [d("a")],
        groups: [{ uid: "g", displayName: "Groep", slices }],
      },
    ],
  } as unknown as powerbi.visuals.FormattingModel;
}

function draw(slices: unknown[], capabilities = {}) {
  const pane = document.createElement("div");
  const changes: unknown[][] = [];
  const resets: unknown[] = [];
  renderFormatPane(
    pane,
    model(slices),
    capabilities,
    { empty: "leeg", reset: "Standaardwaarden" },
    {
      change: (descriptor, type, value) => changes.push([descriptor.propertyName, type, value]),
      reset: (descriptors) => resets.push(descriptors),
    },
  );
  return { pane, changes, resets };
}

const fire = (el: Element) => el.dispatchEvent(new Event("change"));

describe("the format pane", () => {
  it("takes an AutoDropdown's items from the capabilities' enumeration and sends the chosen value", () => {
    const capabilities = {
      objects: {
        display: {
          properties: {
            level: {
              type: {
                enumeration: [
                  { value: "household", displayName: "Huishouden" },
                  { value: "wijk", displayName: "Wijk" },
                ],
              },
            },
          },
        },
      },
    };
    const { pane, changes } = draw(
      [
        {
          uid: "s",
          displayName: "Niveau",
          control: { type: "Dropdown", properties: { descriptor: d("level"), value: "wijk" } },
        },
      ],
      capabilities,
    );
    const select = pane.querySelector("select")!;
    expect([...select.options].map((o) => [o.textContent, o.selected])).toEqual([
      ["Huishouden", false],
      ["Wijk", true],
    ]);
    select.value = JSON.stringify("household");
    fire(select);
    expect(changes).toEqual([["level", "Dropdown", "household"]]);
  });

  it("draws numbers with their bounds, ignores a field left empty, and shows colours as #rrggbb", () => {
    const { pane, changes } = draw([
      {
        uid: "n",
        displayName: "Drempel",
        control: {
          type: "NumUpDown",
          properties: {
            descriptor: d("n"),
            value: 2,
            options: { minValue: { value: 0 }, maxValue: { value: 9 } },
          },
        },
      },
      {
        uid: "k",
        displayName: "Kleur",
        control: {
          type: "ColorPicker",
          properties: { descriptor: d("k"), value: { value: "#AbC" } },
        },
      },
    ]);
    const [number, colour] = pane.querySelectorAll("input");
    expect([number.min, number.max, number.value, colour.value]).toEqual([
      "0",
      "9",
      "2",
      "#aabbcc",
    ]);
    number.value = "";
    fire(number);
    number.value = "3.5";
    fire(number);
    expect(changes).toEqual([["n", "NumUpDown", 3.5]]);
  });

  it("splits a composite slice into one field per part and resets the card's descriptors", () => {
    const font = {
      fontSize: { descriptor: d("size"), value: 11 },
      bold: { descriptor: d("bold"), value: true },
    };
    const { pane, changes, resets } = draw([
      { uid: "f", displayName: "Tekst", control: { type: "FontControl", properties: font } },
    ]);
    const [size, bold] = pane.querySelectorAll("input");
    expect([size.type, bold.type, bold.checked]).toEqual(["number", "checkbox", true]);
    bold.checked = false;
    fire(bold);
    expect(changes).toEqual([["bold", "ToggleSwitch", false]]);
    (pane.querySelector("button") as HTMLButtonElement).click();
    expect(resets).toEqual([[d("a")]]);
  });

  it("says so when the visual offers no formatting model", () => {
    const pane = document.createElement("div");
    renderFormatPane(
      pane,
      null,
      {},
      { empty: "Geen opmaakopties", reset: "" },
      { change: () => undefined, reset: () => undefined },
    );
    expect(pane.textContent).toBe("Geen opmaakopties");
  });
});
