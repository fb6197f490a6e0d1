/** The messages the preview page and the sandboxed visual frame exchange through postMessage. */

import type powerbi from "powerbi-visuals-api";

/** A value as Power BI sends it in a DataView: blank is null. */
export type Value = powerbi.PrimitiveValue | null;

/** One part of a selection id: a category column's value, or a measure. */
export interface SelectorPart {
  queryName: string;
  displayName?: string;
  value: Value;
}

/** What the frame needs to create the visual, as a report does on load. */
export interface InitMessage {
  type: "init";
  guid: string;
  locale: string;
  highContrast: boolean;
  stringResources: Record<string, Record<string, string>>;
}

/** A visual update; `canFetchMore` says whether fetchMoreData would be granted now. */
export interface UpdateMessage {
  type: "update";
  options: powerbi.extensibility.visual.VisualUpdateOptions;
  canFetchMore: boolean;
}

/** The host replaces the selection (a bookmark, or the page's clear button). */
export interface ApplySelectionMessage {
  type: "applySelection";
  ids: SelectorPart[][];
}

/** Messages from the page to the frame. */
export type ToFrame = InitMessage | UpdateMessage | ApplySelectionMessage;

/** Messages from the frame to the page. */
export type FromFrame =
  | { type: "ready" }
  | { type: "created" }
  | { type: "failed"; message: string }
  | { type: "rendering"; state: "started" | "finished" | "failed"; reason?: string }
  | { type: "selection"; ids: SelectorPart[][] }
  | { type: "contextMenu"; ids: SelectorPart[][]; x: number; y: number }
  | { type: "persist"; changes: powerbi.VisualObjectInstancesToPersist }
  | { type: "warning"; title: string; detail: string }
  | { type: "fetchMoreData"; aggregate: boolean }
  | { type: "formattingModel"; model: powerbi.visuals.FormattingModel | null }
  | {
      type: "jsonFilter";
      filter: unknown;
      objectName: string;
      propertyName: string;
      action: number;
    }
  | { type: "launchUrl"; url: string };
