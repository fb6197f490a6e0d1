/**
 * Runs in the sandboxed frame before the visual's bundle: provides `window.powerbi` for the bundle to
 * register its plugin, then creates and updates the visual as the page asks, through postMessage.
 */

import type powerbi from "powerbi-visuals-api";
import type { FromFrame, ToFrame, UpdateMessage } from "../protocol";
import { PreviewHost, createHost, plain } from "./host";

type IVisual = powerbi.extensibility.visual.IVisual;
type Plugin = { create(options: powerbi.extensibility.visual.VisualConstructorOptions): IVisual };

const registry = { visuals: { plugins: {} as Record<string, Plugin> } };
(window as unknown as { powerbi: typeof registry }).powerbi = registry;

const post = (message: FromFrame): void => window.parent.postMessage(message, "*");
let visual: IVisual | undefined;
let preview: PreviewHost | undefined;
let root: HTMLElement | undefined;

// No try/catch: an exception from the visual stays uncaught, so it reaches the console (and the
// tests' error log) as in Power BI, and the error listener below reports it to the page.
window.addEventListener("message", (event: MessageEvent<ToFrame>) => {
  if (event.source !== window.parent) return;
  const message = event.data;
  if (message.type === "init") {
    preview = createHost(message, document, post);
    root = document.getElementById("visual-root")!;
    const plugin = registry.visuals.plugins[message.guid];
    if (!plugin) throw new Error(`the bundle registered no plugin '${message.guid}'`);
    visual = plugin.create({ element: root, host: preview.host });
    post({ type: "created" });
  } else if (message.type === "update") update(message);
  else if (message.type === "applySelection") preview?.selectionManager.applyFromHost(message.ids);
});

function update(message: UpdateMessage): void {
  if (!visual || !preview || !root) return;
  const options = message.options;
  for (const dataView of options.dataViews) reviveValues(dataView);
  root.style.width = `${options.viewport.width}px`;
  root.style.height = `${options.viewport.height}px`;
  preview.setCanFetchMore(message.canFetchMore);
  visual.update(options);
  post({ type: "formattingModel", model: plain(visual.getFormattingModel?.()) ?? null });
}

/** postMessage drops functions; Power BI's value columns carry `grouped()`, so it is put back. */
function reviveValues(dataView: powerbi.DataView): void {
  const values = dataView.categorical?.values;
  if (values) values.grouped = () => [{ values: [...values] }];
}

window.addEventListener("error", (event) =>
  post({ type: "failed", message: String(event.message) }),
);
window.addEventListener("unhandledrejection", (event) =>
  post({ type: "failed", message: String(event.reason) }),
);
window.addEventListener("load", () => post({ type: "ready" }));
