// @vitest-environment jsdom
import powerbi from "powerbi-visuals-api";
import { describe, expect, it, vi } from "vitest";
import { LATEST, Row, dataView, hoverAlongBars, mount, syntheticRows } from "./fixtures";

const objects = (o: Record<string, Record<string, unknown>>) =>
  o as unknown as powerbi.DataViewObjects;

/** Markup of a view, one row per line so a snapshot diff points at the row that changed. */
function markup(element: HTMLElement, selector: string): string {
  return (
    element
      .querySelector(selector)!
      .outerHTML.replace(/(<div class="gb-row|<li|<div role="row)/g, "\n$1") + "\n"
  );
}

const texts = (element: HTMLElement, selector: string) =>
  Array.from(element.querySelectorAll<HTMLElement>(selector)).map((e) => e.textContent ?? "");

describe("the views at household level", () => {
  const rows = syntheticRows(24, 7);

  it("draws the heat-matrix, bars and flags as committed snapshots", async () => {
    const { element } = mount(dataView(rows));
    await expect(markup(element, ".gb-heatMatrix")).toMatchFileSnapshot(
      "__snapshots__/heat-matrix.html",
    );
    await expect(markup(element, ".gb-bars")).toMatchFileSnapshot("__snapshots__/bars.html");
    await expect(markup(element, ".gb-flags")).toMatchFileSnapshot("__snapshots__/flags.html");
    await expect(markup(element, ".gb-header")).toMatchFileSnapshot("__snapshots__/summary.html");
  });

  it("shows the tooltip of the segment under the pointer as it moves along a bar", () => {
    const { element, host } = mount(dataView(rows));
    const show = vi.spyOn(host.tooltipService, "show");
    hoverAlongBars(element.querySelector(".gb-bars [role=option]")!);
    // A segment's tooltip names the household, its priority and that segment's group alone.
    const groups = show.mock.calls
      .map((c) => c[0].dataItems!.map((i) => i.displayName))
      .filter((names) => names.length === 3)
      .map((names) => names[2]);
    expect(new Set(groups)).toEqual(
      new Set([
        "Veiligheid van het kind",
        "Psychische problemen kind",
        "Huiselijk geweld en mishandeling",
        "Psychische of cognitieve problemen ouders",
      ]),
    );
  });

  it("shows the traffic light by shape and word, not colour alone, and the previous value when rising", () => {
    const { element } = mount(dataView(rows), { locale: "nl-NL" });
    const marks = texts(element, ".gb-bars .gb-light");
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(["● rood", "▲ oranje", "■ groen"]).toContain(mark);
    const rising = Array.from(element.querySelectorAll(".gb-bars [role=option]")).filter((o) =>
      o.textContent?.includes("↑"),
    );
    expect(rising.length).toBeGreaterThan(0);
    expect(rising[0].getAttribute("aria-label")).toMatch(/\d+(,\d+)? \(prioriteit\), was \d+/);
  });

  it("states a flag's rule with its numbers in the tooltip", () => {
    const family = { wijk: "Centrum", ouders: 1, kinderen: 2, peildatum: LATEST, waarde: 1 };
    const own: Row[] = [
      { ...family, huishouden: "A1", factor: "schoolverzuim", bron: "Leerplicht" },
      { ...family, huishouden: "A1", factor: "lage_ses", bron: "Werk en Inkomen" },
    ];
    const { element, host } = mount(dataView(own), { locale: "nl-NL" });
    const show = vi.spyOn(host.tooltipService, "show");
    const badge = element.querySelector<HTMLElement>(".gb-flags .gb-badge")!;
    expect(badge.textContent).toBe("! vroegsignaal");
    badge.dispatchEvent(new MouseEvent("pointermove", { bubbles: true, clientX: 5, clientY: 5 }));
    const items = show.mock.calls.at(-1)![0].dataItems!;
    expect(items).toContainEqual({
      displayName: "vroegsignaal",
      value: "Lage sociaaleconomische status + Schoolverzuim = 2, drempel 2",
    });
  });

  it("writes numbers and dates for the report locale", () => {
    const { element } = mount(dataView(rows), { locale: "nl-NL" });
    expect(element.querySelector(".gb-summary")!.textContent).toContain(
      "peildatum 28 februari 2026",
    );
    const en = mount(dataView(rows), { locale: "en-US" }).element;
    expect(en.querySelector(".gb-summary")!.textContent).toContain("snapshot February 28, 2026");
  });

  it("summarises for screen readers: households, red, early warning", () => {
    const { element } = mount(dataView(rows), { locale: "nl-NL" });
    expect(element.querySelector(".gb-summary")!.textContent).toMatch(
      /^\d+ huishoudens, \d+ met rood, \d+ met een vroegsignaal/,
    );
    expect(element.querySelector(".gb-views")!.getAttribute("aria-describedby")).toBe("gb-summary");
  });

  it("shows one view when the pane chooses one", () => {
    const { element } = mount(dataView(rows, { objects: objects({ display: { view: "bars" } }) }));
    expect(element.querySelector<HTMLElement>(".gb-bars")!.hidden).toBe(false);
    expect(element.querySelector<HTMLElement>(".gb-heatMatrix")!.hidden).toBe(true);
    expect(
      element.querySelectorAll(".gb-heatMatrix .gb-row[aria-rowindex]:not(.gb-head)").length,
    ).toBe(0);
  });
});

describe("household keys", () => {
  const rows = syntheticRows(30, 3);

  it("appear nowhere when hidden: not in text, labels or tooltips", () => {
    const { element, host } = mount(dataView(rows));
    const show = vi.spyOn(host.tooltipService, "show");
    element
      .querySelectorAll<HTMLElement>("[data-pos]")
      .forEach((el) => el.dispatchEvent(new MouseEvent("pointermove", { bubbles: true })));
    expect(show).toHaveBeenCalled();
    expect(element.outerHTML).not.toMatch(/HH\d{4}/);
    expect(JSON.stringify(show.mock.calls)).not.toMatch(/HH\d{4}/);
    expect(element.querySelector(".gb-bars .gb-label")!.textContent).toBe("#1");
    expect(element.querySelector(".gb-bars [role=option]")!.getAttribute("aria-label")).toMatch(
      /^Huishouden 1: /,
    );
  });

  it("are shown when the privacy card allows it", () => {
    const { element } = mount(
      dataView(rows, { objects: objects({ privacy: { showKeys: true } }) }),
    );
    expect(element.querySelector(".gb-bars .gb-label")!.textContent).toMatch(/^HH\d{4}$/);
  });
});

describe("the district level", () => {
  const rows = syntheticRows(160, 9);
  const wijk = objects({ privacy: { level: "wijk" } });

  it("draws the three views per district as committed snapshots", async () => {
    const { element } = mount(dataView(rows, { objects: wijk }));
    await expect(markup(element, ".gb-heatMatrix")).toMatchFileSnapshot(
      "__snapshots__/wijk-heat-matrix.html",
    );
    await expect(markup(element, ".gb-bars")).toMatchFileSnapshot("__snapshots__/wijk-bars.html");
    await expect(markup(element, ".gb-flags")).toMatchFileSnapshot("__snapshots__/wijk-flags.html");
  });

  it("never shows a count from 1 to k − 1: not in cells, labels, bars, flags or tooltips", () => {
    const { element, host } = mount(dataView(rows, { objects: wijk }));
    const show = vi.spyOn(host.tooltipService, "show");
    element
      .querySelectorAll<HTMLElement>("[data-pos], [data-part]")
      .forEach((el) => el.dispatchEvent(new MouseEvent("pointermove", { bubbles: true })));
    hoverAlongBars(element);
    const shown = [
      ...texts(element, "[data-pos], .gb-badge, .gb-value, .gb-summary"),
      ...Array.from(element.querySelectorAll("[aria-label]")).map((e) =>
        e.getAttribute("aria-label")!,
      ),
      ...show.mock.calls.flatMap((c) => c[0].dataItems!.map((i) => `${i.displayName}: ${i.value}`)),
    ];
    const small = shown.filter((s) =>
      /(^|[^\d<,.])[1-4](?![\d,.])/.test(s.replace(/Born-Noord|Born-Zuid/g, "")),
    );
    expect(small).toEqual([]);
    expect(
      shown.some(
        (s) => s.includes("<5") || s.includes("fewer than 5") || s.includes("minder dan 5"),
      ),
    ).toBe(true);
  });

  it("hides every domain count of a district smaller than k and does not drill into it", () => {
    const { element } = mount(dataView(rows, { objects: wijk }));
    const hertme = Array.from(element.querySelectorAll(".gb-heatMatrix .gb-row")).find((r) =>
      r.textContent?.includes("Hertme"),
    )!;
    const cells = Array.from(hertme.querySelectorAll(".gb-count")).map((c) => c.textContent);
    expect(cells[0]).toBe("<5");
    expect(cells.slice(1).every((c) => c === "–")).toBe(true);
    hertme.querySelector<HTMLElement>(".gb-label")!.click();
    expect(element.querySelector<HTMLElement>(".gb-back")!.hidden).toBe(true);
  });

  it("summarises one district in the singular and several in the plural", () => {
    const oneWijk = rows.map((r) => ({ ...r, wijk: "Centrum" }));
    const one = mount(dataView(oneWijk, { objects: wijk }), { locale: "nl-NL" }).element;
    expect(one.querySelector(".gb-summary")!.textContent).toMatch(/^1 wijk, \d+ huishoudens/);
    const many = mount(dataView(rows, { objects: wijk }), { locale: "nl-NL" }).element;
    expect(many.querySelector(".gb-summary")!.textContent).toMatch(/^\d+ wijken, \d+ huishoudens/);
  });

  it("drills from a district to its households and back", () => {
    const { element } = mount(dataView(rows, { objects: wijk }), { locale: "nl-NL" });
    const centrum = Array.from(
      element.querySelectorAll<HTMLElement>(".gb-heatMatrix .gb-label"),
    ).find((c) => c.textContent === "Centrum")!;
    centrum.click();
    const back = element.querySelector<HTMLElement>(".gb-back")!;
    expect(back.hidden).toBe(false);
    expect(back.textContent).toBe("← Alle wijken");
    expect(element.querySelector(".gb-summary")!.textContent).toMatch(/^Wijk Centrum: /);
    expect(element.querySelector(".gb-heatMatrix .gb-label")!.textContent).toMatch(/^#\d+$/);
    back.click();
    expect(element.querySelector(".gb-heatMatrix .gb-label")!.textContent).toBe("Born-Noord");
  });
});

describe("messages", () => {
  it("shows the landing page in the user's language when the required fields are missing", () => {
    const nl = mount(undefined, { locale: "nl-NL" }).element;
    expect(nl.querySelector(".gb-landing h2")!.textContent).toBe(
      "Gezinsbeeld: signalen per huishouden",
    );
    expect(nl.querySelector(".gb-landing")!.textContent).toContain("Verplicht: Huishouden");
    const en = mount(undefined, { locale: "en-GB" }).element;
    expect(en.querySelector(".gb-landing")!.textContent).toContain("Required: Huishouden");
    expect(en.querySelector<HTMLElement>(".gb-views")!.hidden).toBe(true);
  });

  it("raises the warning icon with the count of rejected rows and their first reasons", () => {
    const rows = syntheticRows(5, 2, false);
    rows[1] = { ...rows[1], waarde: "veel" };
    rows[3] = { ...rows[3], waarde: -2 };
    const element = document.createElement("div");
    const { host, update } = mount(undefined, { locale: "nl-NL" });
    const warn = vi.spyOn(host, "displayWarningIcon");
    update(dataView(rows));
    expect(warn).toHaveBeenCalledTimes(1);
    const [title, detail] = warn.mock.calls[0];
    expect(title).toBe("Gezinsbeeld kon niet alles gebruiken");
    expect(detail).toContain(`2 van ${rows.length} rijen zijn afgewezen.`);
    expect(detail).toContain("Regel 3: waarde is geen getal: 'veel'");
    expect(detail).toContain("Regel 5: waarde is negatief: '-2'");
    expect(element).toBeDefined();
  });

  it("adds the model's notes, such as a custom factor without a weight", () => {
    const rows = syntheticRows(3, 2, false);
    rows.push({ ...rows[0], factor: "mantelzorg" });
    const { host, update } = mount(undefined, { locale: "nl-NL" });
    const warn = vi.spyOn(host, "displayWarningIcon");
    update(dataView(rows));
    expect(warn.mock.calls[0][1]).toContain(
      "1 opmerkingen over de gegevens:\nonbekende factor 'mantelzorg': gewicht 0",
    );
  });

  it("shows progress while segments arrive and says so when Power BI stops early", () => {
    const { host, element, update } = mount(undefined, { locale: "nl-NL" });
    const fetch = vi.spyOn(host, "fetchMoreData").mockReturnValue(true);
    update(dataView(syntheticRows(8), { segment: true }));
    expect(fetch).toHaveBeenCalledWith(true);
    expect(element.querySelector(".gb-notice")!.textContent).toMatch(/^Gegevens laden… \d+ rijen$/);
    fetch.mockReturnValue(false);
    const warn = vi.spyOn(host, "displayWarningIcon");
    update(dataView(syntheticRows(8), { segment: true }));
    expect(element.querySelector(".gb-notice")!.textContent).toMatch(
      /^Power BI stuurde na \d+ rijen geen gegevens meer/,
    );
    expect(warn.mock.calls[0][1]).toMatch(/deel van de gegevens/);
    expect(element.querySelectorAll(".gb-bars [role=option]").length).toBeGreaterThan(0);
  });
});
