/** A visual under observation: a testutils host whose services are spied on, and gestures to replay. */
import fc from "fast-check";
import powerbi from "powerbi-visuals-api";
import { createSelectionId } from "powerbi-visuals-utils-testutils";
import { vi } from "vitest";
import { Visual } from "../../src/visual";
import { makeHost } from "../visual/fixtures";

type Options = powerbi.extensibility.visual.VisualUpdateOptions;

/** Everything the visual handed to Power BI, and every error it let escape. */
export interface Probe {
  element: HTMLElement;
  visual: Visual;
  host: ReturnType<typeof makeHost>;
  /** Arguments of each displayWarningIcon call: [title, detail]. */
  warnings: [string, string][];
  /** Data items of each tooltip shown. */
  tooltips: { displayName: string; value: string }[][];
  /** Arguments of each context-menu call. */
  menus: unknown[][];
  /** Arguments of each persistProperties call. */
  persisted: unknown[];
  /** Reasons given to renderingFailed: an error the visual caught itself. */
  failures: string[];
  /** Errors thrown from event listeners (jsdom reports them on window). */
  errors: unknown[];
  /** What fetchMoreData answers. */
  moreData: boolean;
  update(
    dataView: powerbi.DataView | undefined,
    viewport?: { width: number; height: number },
    type?: number,
  ): void;
  dispose(): void;
}

/** Mounts a visual in a fresh element of the jsdom document with every host service spied on. */
export function probe(locale = "nl-NL"): Probe {
  const element = document.createElement("div");
  document.body.replaceChildren(element);
  const host = makeHost(locale);
  const p = {
    element,
    host,
    warnings: [],
    tooltips: [],
    menus: [],
    persisted: [],
    failures: [],
    errors: [],
    moreData: true,
  } as unknown as Probe;

  host.displayWarningIcon = (title: string, detail: string) =>
    void p.warnings.push([title, detail]);
  host.persistProperties = (changes: unknown) => void p.persisted.push(changes);
  (host as unknown as { fetchMoreData: () => boolean }).fetchMoreData = () => p.moreData;
  const tooltips = host.tooltipService;
  tooltips.show = (o) => void p.tooltips.push(o.dataItems as Probe["tooltips"][number]);
  tooltips.move = (o) => void p.tooltips.push(o.dataItems as Probe["tooltips"][number]);
  const events = host.eventService;
  events.renderingFailed = (_o: unknown, reason?: string) => void p.failures.push(reason ?? "");
  const menu = host.createSelectionManager();
  vi.spyOn(menu, "showContextMenu").mockImplementation((id, position) => {
    p.menus.push([id, position]);
    return Promise.resolve({}) as ReturnType<typeof menu.showContextMenu>;
  });

  const onError = (e: ErrorEvent) => {
    p.errors.push(e.error ?? e.message);
    e.preventDefault(); // keep jsdom from printing it; the property reports it
  };
  window.addEventListener("error", onError);

  p.visual = new Visual({
    element,
    host,
  } as unknown as powerbi.extensibility.visual.VisualConstructorOptions);
  p.update = (dataView, viewport = { width: 1200, height: 600 }, type = 2) =>
    p.visual.update({
      dataViews: dataView ? [dataView] : [],
      viewport,
      type,
    } as unknown as Options);
  p.dispose = () => {
    window.removeEventListener("error", onError);
    (p.visual as { destroy?: () => void }).destroy?.();
    element.remove();
  };
  return p;
}

const KEYS = [
  "ArrowDown",
  "ArrowUp",
  "ArrowLeft",
  "ArrowRight",
  "PageDown",
  "PageUp",
  "Home",
  "End",
  "Enter",
  " ",
  "Escape",
  "ContextMenu",
  "F10",
  "Tab",
  "a",
];

/** One user gesture, described by plain numbers so fast-check can shrink it. */
export interface Gesture {
  kind:
    | "click"
    | "contextmenu"
    | "pointermove"
    | "pointerleave"
    | "keydown"
    | "scroll"
    | "selectElsewhere";
  /** Which element: an index into the focusable elements, or the background when out of range. */
  target: number;
  key: number;
  ctrl: boolean;
  shift: boolean;
  amount: number;
}

/** Random gestures of every kind the panels listen to. */
export const gesture: fc.Arbitrary<Gesture> = fc.record({
  kind: fc.constantFrom(
    "click",
    "contextmenu",
    "pointermove",
    "pointerleave",
    "keydown",
    "scroll",
    "selectElsewhere",
  ),
  target: fc.nat(60),
  key: fc.nat(KEYS.length - 1),
  ctrl: fc.boolean(),
  shift: fc.boolean(),
  amount: fc.nat(100_000),
});

/** Replays a gesture on the visual's DOM as a user (or another visual's selection) would make it. */
export function perform(p: Probe, g: Gesture): void {
  const focusable = Array.from(
    p.element.querySelectorAll<HTMLElement>("[data-pos][data-col], .gb-track, .gb-badge, button"),
  );
  const target =
    focusable[g.target] ?? p.element.querySelector<HTMLElement>(".gb-header") ?? p.element;
  const mouse = {
    bubbles: true,
    ctrlKey: g.ctrl,
    shiftKey: g.shift,
    clientX: g.amount % 800,
    clientY: g.amount % 500,
  };
  switch (g.kind) {
    case "click":
      target.dispatchEvent(new MouseEvent("click", mouse));
      break;
    case "contextmenu":
      target.dispatchEvent(new MouseEvent("contextmenu", { ...mouse, cancelable: true }));
      break;
    case "pointermove":
      target.dispatchEvent(new MouseEvent("pointermove", mouse));
      break;
    case "pointerleave":
      target.closest("section")?.dispatchEvent(new MouseEvent("pointerleave", mouse));
      break;
    case "keydown":
      target.dispatchEvent(
        new KeyboardEvent("keydown", {
          bubbles: true,
          cancelable: true,
          key: KEYS[g.key],
          ctrlKey: g.ctrl,
          shiftKey: g.shift,
        }),
      );
      break;
    case "scroll": {
      const scroller = p.element.querySelectorAll<HTMLElement>(".gb-scroll")[g.target % 3];
      if (scroller) {
        scroller.scrollTop = g.amount;
        scroller.dispatchEvent(new Event("scroll"));
      }
      break;
    }
    case "selectElsewhere": {
      const manager = p.host.createSelectionManager() as unknown as {
        simutateSelection(ids: unknown[]): void;
      };
      const ids = Array.from({ length: g.key }, (_, i) =>
        createSelectionId(`Signalen.kolom0:${(g.amount + i) % 50}`),
      );
      manager.simutateSelection(ids);
      break;
    }
  }
}

/** Lets promise callbacks (selection results) and, with the default wait, animation frames run. */
export const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
