/** The IVisualHost the preview gives the visual: every service reports to the page through `post`. */

import type powerbi from "powerbi-visuals-api";
import type { FromFrame, InitMessage } from "../protocol";
import { PreviewSelectionIdBuilder, PreviewSelectionManager } from "./selection";
import { DomTooltipService, colorPalette, localizationManager } from "./services";

/** The host and the parts of it the frame drives from outside. */
export interface PreviewHost {
  host: powerbi.extensibility.visual.IVisualHost;
  selectionManager: PreviewSelectionManager;
  /** Whether the page would grant fetchMoreData now; set with every update. */
  setCanFetchMore(can: boolean): void;
}

/** Builds the host for one visual instance. */
export function createHost(
  init: InitMessage,
  doc: Document,
  post: (message: FromFrame) => void,
): PreviewHost {
  const selectionManager = new PreviewSelectionManager({
    selected: (ids) => post({ type: "selection", ids }),
    contextMenu: (ids, x, y) => post({ type: "contextMenu", ids, x, y }),
  });
  let canFetchMore = false;
  const palette = colorPalette(init.highContrast);
  const tooltips = new DomTooltipService(doc);

  const host = {
    instanceId: "preview",
    hostEnv: 1,
    locale: init.locale,
    colorPalette: palette,
    tooltipService: tooltips,
    hostCapabilities: { allowInteractions: true, allowModalDialog: false },
    createSelectionIdBuilder: () => new PreviewSelectionIdBuilder(),
    createSelectionManager: () => selectionManager,
    createLocalizationManager: () => localizationManager(init.stringResources, init.locale),
    persistProperties: (changes: powerbi.VisualObjectInstancesToPersist) =>
      post({ type: "persist", changes: plain(changes) }),
    applyJsonFilter: (filter: unknown, objectName: string, propertyName: string, action: number) =>
      post({ type: "jsonFilter", filter: plain(filter), objectName, propertyName, action }),
    displayWarningIcon: (title: string, detail: string) => post({ type: "warning", title, detail }),
    fetchMoreData: (aggregateSegments = true): boolean => {
      if (!canFetchMore) return false;
      canFetchMore = false;
      post({ type: "fetchMoreData", aggregate: aggregateSegments });
      return true;
    },
    eventService: {
      renderingStarted: () => post({ type: "rendering", state: "started" }),
      renderingFinished: () => post({ type: "rendering", state: "finished" }),
      renderingFailed: (_options: unknown, reason?: string) =>
        post({ type: "rendering", state: "failed", reason }),
    },
    // The preview opens nothing outside localhost; the page notes the request instead.
    launchUrl: (url: string) => post({ type: "launchUrl", url }),
    refreshHostData: () => undefined,
    setCanDrill: () => undefined,
    drill: () => undefined,
    switchFocusModeState: () => undefined,
    openModalDialog: () =>
      Promise.reject(new Error("modal dialogs are not available in the preview")),
  };
  return {
    host: host as unknown as powerbi.extensibility.visual.IVisualHost,
    selectionManager,
    setCanFetchMore: (can) => (canFetchMore = can),
  };
}

/** A copy that survives postMessage: class instances become plain data, functions are dropped. */
export function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
