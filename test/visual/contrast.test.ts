// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { contrast, inkOn } from "../../src/views/colour";
import { defaultOptions } from "../../src/settings/options";
import { dataView, mount, syntheticRows } from "./fixtures";

describe("high contrast", () => {
  it("draws with the theme's foreground and background only, keeping numbers and shapes", () => {
    const { element, host, update } = mount(undefined);
    Object.assign(host.colorPalette, {
      isHighContrast: true,
      foreground: { value: "#ffff00" },
      background: { value: "#000000" },
      foregroundSelected: { value: "#00ffff" },
    });
    update(dataView(syntheticRows(20, 2)));
    expect(element.querySelector(".gb-hc")).toBeNull();
    expect(element.classList.contains("gb-hc")).toBe(true);
    expect(element.style.getPropertyValue("--gb-fg")).toBe("#ffff00");
    expect(element.querySelectorAll(".gb-shaded").length).toBe(0);
    // Each bar is its track's background: segments in the foreground colour, gaps in the background.
    const bars = Array.from(element.querySelectorAll<HTMLElement>(".gb-bars .gb-track")).map((t) =>
      t.style.getPropertyValue("--gb-bar"),
    );
    const colours = bars.flatMap((bar) => bar.match(/#[0-9a-f]{6}|rgb\([^)]*\)/gi) ?? []);
    expect(bars.filter(Boolean).length).toBeGreaterThan(0);
    expect(new Set(colours)).toEqual(new Set(["#ffff00", "#000000"]));
    expect(element.querySelector(".gb-bars .gb-light")!.textContent).toMatch(/^[●▲■] /);
  });
});

describe("default colours", () => {
  it("give text on shaded cells at least AA contrast (4.5:1) at both ends of the scale", () => {
    const { heatLow, heatHigh } = defaultOptions().colours;
    for (const fill of [heatLow, heatHigh])
      expect(contrast(fill, inkOn(fill))).toBeGreaterThanOrEqual(4.5);
  });

  it("give the traffic-light words AA contrast on white", () => {
    const { red, orange, green } = defaultOptions().colours;
    for (const colour of [red, orange, green])
      expect(contrast(colour, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});

describe("colours from the format pane", () => {
  it("never carry anything but a colour into a bar's drawing", () => {
    const evil = "red), url(https://example.invalid/x.png";
    const { element } = mount(
      dataView(syntheticRows(20, 2), {
        objects: { display: { red: { solid: { color: evil } }, orange: evil } } as never,
      }),
    );
    const tracks = Array.from(element.querySelectorAll<HTMLElement>(".gb-bars .gb-track"));
    expect(tracks.length).toBeGreaterThan(0);
    for (const track of tracks) expect(track.getAttribute("style") ?? "").not.toMatch(/url\(/i);
    expect(tracks[0].style.getPropertyValue("--gb-lines")).toMatch(/transparent 0 5px/);
  });
});
