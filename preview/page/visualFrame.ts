/** The page's side of the sandboxed frame: creates the visual and sends it updates, segment by segment. */

import type powerbi from "powerbi-visuals-api";
import type { FromFrame, SelectorPart, ToFrame } from "../protocol";
import { nextEnd, rowCount, segmentOf } from "../segments";

type DataView = powerbi.DataView;

/** Power BI's update type flags and data change kinds, by value (the API declares them as const enums). */
const UPDATE = { Data: 2, Resize: 4, All: 2 | 4 | 8 | 16 | 32 } as const;
const OPERATION = { Create: 0, Append: 1, Segment: 2 } as const;

/** What the visual frame reports to the page. */
export type FrameListener = (message: FromFrame) => void;

/** The creation settings of a visual instance; changing one re-creates the visual, as reopening a report does. */
export interface FrameSettings {
  guid: string;
  locale: string;
  highContrast: boolean;
  stringResources: Record<string, Record<string, string>>;
}

/** Segmenting as Power BI does for large data: rows per segment, and after how many segments it stops granting more. */
export interface Segmenting {
  window: number;
  /** 0: never stops early. */
  maxSegments: number;
}

/** One sandboxed frame holding one visual instance. */
export class VisualFrame {
  private frame: HTMLIFrameElement | undefined;
  private pendingInit: ToFrame | undefined;
  private objects: powerbi.DataViewObjects = {};
  private created = false;
  private full: DataView | null = null;
  private loaded = 0;
  private segments = 0;
  private current: DataView[] = [];
  private viewport: powerbi.IViewport;

  constructor(
    private readonly container: HTMLElement,
    private readonly listener: FrameListener,
    private segmenting: Segmenting,
    viewport: powerbi.IViewport,
  ) {
    this.viewport = viewport;
    window.addEventListener("message", (event: MessageEvent<FromFrame>) => {
      if (!this.frame || event.source !== this.frame.contentWindow) return;
      this.receive(event.data);
    });
  }

  /** (Re-)creates the visual in a fresh sandboxed frame. */
  load(settings: FrameSettings): void {
    this.frame?.remove();
    this.created = false;
    const frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-scripts");
    frame.title = "Gezinsbeeld";
    frame.src = "/frame.html";
    this.sizeFrame(frame);
    this.pendingInit = { type: "init", ...settings };
    this.container.appendChild(frame);
    this.frame = frame;
  }

  /** Sends a whole dataset (or none, for the landing page), starting again from its first segment. */
  setData(dataView: DataView | null): void {
    this.full = dataView && {
      ...dataView,
      metadata: { ...dataView.metadata, objects: this.objects },
    };
    this.segments = 0;
    this.loaded = 0;
    if (!dataView) {
      this.current = [];
      this.send(UPDATE.Data, OPERATION.Create);
      return;
    }
    this.loaded = nextEnd(0, this.segmenting.window, rowCount(dataView));
    this.segments = 1;
    this.current = [segmentOf(this.full!, 0, this.loaded)];
    this.send(UPDATE.Data, OPERATION.Create);
  }

  /** Sets the report's formatting objects, as persistProperties or the format pane change them, and updates. */
  setObjects(objects: powerbi.DataViewObjects): void {
    this.objects = objects;
    for (const dataView of [this.full, ...this.current])
      if (dataView) dataView.metadata = { ...dataView.metadata, objects };
    this.send(UPDATE.Data, undefined);
  }

  /** Changes the segment size and early stop; applies from the next dataset. */
  setSegmenting(segmenting: Segmenting): void {
    this.segmenting = segmenting;
  }

  /** Resizes the visual's viewport. */
  resize(viewport: powerbi.IViewport): void {
    this.viewport = viewport;
    if (this.frame) this.sizeFrame(this.frame);
    this.send(UPDATE.Resize, undefined);
  }

  /** Tells the visual the selection the host holds (a bookmark, or clearing from the page). */
  applySelection(ids: SelectorPart[][]): void {
    this.post({ type: "applySelection", ids });
  }

  private receive(message: FromFrame): void {
    if (message.type === "ready" && this.pendingInit) this.post(this.pendingInit);
    if (message.type === "created") {
      this.created = true;
      this.send(UPDATE.All, OPERATION.Create);
    }
    if (message.type === "fetchMoreData") this.fetchMore(message.aggregate);
    this.listener(message);
  }

  private fetchMore(aggregate: boolean): void {
    if (!this.full) return;
    const start = this.loaded;
    this.loaded = nextEnd(start, this.segmenting.window, rowCount(this.full));
    this.segments++;
    this.current = [
      aggregate ? segmentOf(this.full, 0, this.loaded) : segmentOf(this.full, start, this.loaded),
    ];
    this.send(UPDATE.Data, aggregate ? OPERATION.Append : OPERATION.Segment);
  }

  private canFetchMore(): boolean {
    if (!this.full || this.loaded >= rowCount(this.full)) return false;
    return this.segmenting.maxSegments === 0 || this.segments < this.segmenting.maxSegments;
  }

  private send(type: number, operationKind: number | undefined): void {
    if (!this.created) return;
    const options = {
      viewport: this.viewport,
      dataViews: this.current,
      type,
      operationKind,
      viewMode: 0,
      editMode: 0,
    };
    this.post({
      type: "update",
      options: options as unknown as powerbi.extensibility.visual.VisualUpdateOptions,
      canFetchMore: this.canFetchMore(),
    });
  }

  private post(message: ToFrame): void {
    this.frame?.contentWindow?.postMessage(message, "*");
  }

  private sizeFrame(frame: HTMLIFrameElement): void {
    frame.style.width = `${this.viewport.width}px`;
    frame.style.height = `${this.viewport.height}px`;
  }
}
