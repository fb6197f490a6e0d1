// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { dataView, mount, syntheticRows } from "./fixtures";

const rows = syntheticRows(40, 4);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const option = (element: HTMLElement, view: string, pos: number) =>
  element.querySelector<HTMLElement>(`.gb-${view} [data-pos="${pos}"][data-col="0"]`)!;
const selectedKeys = (host: ReturnType<typeof mount>["host"]) =>
  (host.createSelectionManager().getSelectionIds() as { getKey(): string }[]).map((id) =>
    id.getKey(),
  );

describe("selection", () => {
  it("selects a household on click, adds with ctrl-click and clears on a background click", async () => {
    const { element, host } = mount(dataView(rows));
    const manager = host.createSelectionManager();
    const select = vi.spyOn(manager, "select");

    option(element, "bars", 0).click();
    await settle();
    expect(select).toHaveBeenLastCalledWith([expect.anything()], false);
    expect(selectedKeys(host)).toHaveLength(1);
    expect(selectedKeys(host)[0]).toMatch(/^Signalen\.huishouden:\d+$/);
    expect(option(element, "bars", 0).getAttribute("aria-selected")).toBe("true");

    option(element, "bars", 1).dispatchEvent(
      new MouseEvent("click", { bubbles: true, ctrlKey: true }),
    );
    await settle();
    expect(selectedKeys(host)).toHaveLength(2);
    expect(element.querySelectorAll('.gb-bars [aria-selected="true"]').length).toBe(2);
    expect(element.querySelector(".gb-live")!.textContent).toBe("2 huishoudens geselecteerd");

    element.querySelector<HTMLElement>(".gb-header")!.click();
    await settle();
    expect(selectedKeys(host)).toHaveLength(0);
    expect(element.querySelectorAll('[aria-selected="true"]').length).toBe(0);
    expect(element.querySelector(".gb-live")!.textContent).toBe("Selectie opgeheven");
  });

  it("uses the household's first DataView row for its selection id", async () => {
    const { element, host } = mount(dataView(rows));
    option(element, "bars", 0).click();
    await settle();
    const index = Number(selectedKeys(host)[0].split(":")[1]);
    const label = option(element, "bars", 0).getAttribute("aria-label")!;
    const key = rows[index].huishouden;
    expect(rows.findIndex((r) => r.huishouden === key)).toBe(index);
    expect(label).toMatch(/^Huishouden 1:/);
  });

  it("follows selections made elsewhere through the select callback", () => {
    const { element, host } = mount(dataView(rows));
    const manager = host.createSelectionManager() as unknown as {
      simutateSelection(ids: unknown[]): void;
    };
    option(element, "bars", 2).click();
    manager.simutateSelection([]);
    expect(element.querySelectorAll('[aria-selected="true"]').length).toBe(0);
  });

  it("opens the context menu for a household and for the background", () => {
    const { element, host } = mount(dataView(rows));
    const menu = vi.spyOn(host.createSelectionManager(), "showContextMenu");
    option(element, "flags", 0).dispatchEvent(
      new MouseEvent("contextmenu", { bubbles: true, clientX: 10, clientY: 20 }),
    );
    expect(menu).toHaveBeenLastCalledWith(
      expect.objectContaining({ getKey: expect.any(Function) }),
      { x: 10, y: 20 },
    );
    element
      .querySelector<HTMLElement>(".gb-header")!
      .dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, clientX: 1, clientY: 2 }));
    expect(menu).toHaveBeenLastCalledWith({}, { x: 1, y: 2 });
  });
});

describe("where interaction is not allowed", () => {
  it("selects nothing", async () => {
    const { element, host } = mount(dataView(rows));
    (
      host as unknown as { hostCapabilities: { allowInteractions: boolean } }
    ).hostCapabilities.allowInteractions = false;
    option(element, "bars", 0).click();
    await settle();
    expect(selectedKeys(host)).toHaveLength(0);
  });
});

describe("keyboard", () => {
  const key = (el: Element, k: string, extra: KeyboardEventInit = {}) =>
    el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, ...extra }));

  it("gives each view one tab stop and moves it with the arrow keys", () => {
    const { element } = mount(dataView(rows));
    for (const view of ["heatMatrix", "bars", "flags"]) {
      expect(element.querySelectorAll(`.gb-${view} [tabindex="0"]`).length).toBe(1);
    }
    const first = option(element, "bars", 0);
    first.focus();
    key(first, "ArrowDown");
    expect(document.activeElement).toBe(option(element, "bars", 1));
    expect(option(element, "bars", 1).tabIndex).toBe(0);
    expect(option(element, "bars", 0).tabIndex).toBe(-1);
    key(document.activeElement!, "End");
    const last = document.activeElement as HTMLElement;
    expect(last.getAttribute("aria-posinset")).toBe(last.getAttribute("aria-setsize"));
    expect(element.querySelector(".gb-bars .gb-scroll")!.scrollTop).toBeGreaterThan(0);
  });

  it("moves across heat-matrix cells with left and right, down rows with up and down", () => {
    const { element } = mount(dataView(rows));
    const start = element.querySelector<HTMLElement>(
      '.gb-heatMatrix [data-pos="0"][data-col="0"]',
    )!;
    start.focus();
    key(start, "ArrowRight");
    key(document.activeElement!, "ArrowRight");
    key(document.activeElement!, "ArrowDown");
    const at = document.activeElement as HTMLElement;
    expect([at.dataset.pos, at.dataset.col]).toEqual(["1", "2"]);
    expect(at.getAttribute("role")).toBe("gridcell");
    expect(at.closest("[role=row]")!.getAttribute("aria-rowindex")).toBe("3");
  });

  it("selects with Enter and adds with Ctrl+Enter", async () => {
    const { element, host } = mount(dataView(rows));
    key(option(element, "flags", 0), "Enter");
    await settle();
    key(option(element, "flags", 1), "Enter", { ctrlKey: true });
    await settle();
    expect(selectedKeys(host)).toHaveLength(2);
  });

  it("expands a household's factors with Enter on its expander, listing the departments", () => {
    const { element } = mount(dataView(rows), { locale: "nl-NL" });
    const expander = element.querySelector<HTMLElement>(
      '.gb-heatMatrix [data-pos="0"][data-col="0"]',
    )!;
    expect(expander.getAttribute("aria-expanded")).toBe("false");
    key(expander, "Enter");
    const details = element.querySelector<HTMLElement>(".gb-details")!;
    expect(details.hidden).toBe(false);
    expect(details.querySelector("h3")!.textContent).toBe("Factoren van Huishouden 1");
    expect(details.querySelector("li")!.textContent).toMatch(/: gemeld door /);
    expect(
      element
        .querySelector('.gb-heatMatrix [data-pos="0"][data-col="0"]')!
        .getAttribute("aria-expanded"),
    ).toBe("true");
    key(element.querySelector('.gb-heatMatrix [data-pos="0"][data-col="0"]')!, "Escape");
    expect(details.hidden).toBe(true);
  });

  it("opens the context menu with Shift+F10 and the ContextMenu key", () => {
    const { element, host } = mount(dataView(rows));
    const menu = vi.spyOn(host.createSelectionManager(), "showContextMenu");
    key(option(element, "bars", 0), "F10", { shiftKey: true });
    key(option(element, "bars", 0), "ContextMenu");
    expect(menu).toHaveBeenCalledTimes(2);
  });

  it("shows the tooltip of the focused row, so keyboard users get its content", () => {
    const { element, host } = mount(dataView(rows));
    const show = vi.spyOn(host.tooltipService, "show");
    key(option(element, "bars", 0), "ArrowDown");
    expect(show).toHaveBeenCalledTimes(1);
    expect(show.mock.calls[0][0].dataItems![0]).toEqual({
      displayName: "Huishouden",
      value: "Huishouden 2",
    });
  });
});

describe("highlighting from other visuals", () => {
  it("dims the households without a highlighted row and keeps the rest", () => {
    const { element } = mount(dataView(rows, { highlights: (r) => r.huishouden === "HH0003" }));
    const options = Array.from(element.querySelectorAll<HTMLElement>(".gb-bars [role=option]"));
    const bright = options.filter((o) => !o.classList.contains("gb-dimmed"));
    expect(bright).toHaveLength(1);
    expect(options.length).toBeGreaterThan(10);
  });

  it("dims nothing when nothing is highlighted", () => {
    const { element } = mount(dataView(rows));
    expect(element.querySelectorAll(".gb-dimmed").length).toBe(0);
  });
});

describe("re-ranking", () => {
  it("re-scores on a weight change without rebuilding and announces it politely", () => {
    const { element, update } = mount(dataView(rows));
    const before = element.querySelector(".gb-bars [role=option]")!.getAttribute("aria-label");
    update(
      dataView(rows, {
        objects: {
          priorityWeights: { veiligheid_kind: 0, huiselijk_geweld: 0, psych_kind: 0 },
        } as never,
      }),
    );
    const live = element.querySelector(".gb-live")!;
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toMatch(/^Rangschikking bijgewerkt: \d+ huishoudens/);
    expect(element.querySelector(".gb-bars [role=option]")!.getAttribute("aria-label")).not.toBe(
      before,
    );
  });
});
