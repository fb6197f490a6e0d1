/** The preview page: wires the data, the controls and the panels to the visual's sandboxed frame. */

import type powerbi from "powerbi-visuals-api";
import { formatMessage } from "../../src/model";
import { buildDataView } from "../dataview";
import { persist, resetToDefault, storedValue } from "../objects";
import type { VisualPackage } from "../pbiviz";
import type { FromFrame, SelectorPart } from "../protocol";
import { rowWindow } from "../segments";
import { Dataset, readDataset, sliceByWijk, wijkChoices } from "./data";
import { renderFormatPane } from "./formatPane";
import { TextKey, languageOf, t } from "./i18n";
import { Warning, renderRejected, renderSelection, renderSlicer, renderWarnings } from "./panels";
import { VisualFrame } from "./visualFrame";

type Meta = Omit<VisualPackage, "js" | "css">;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const state = {
  locale: "nl-NL",
  highContrast: false,
  dataset: null as Dataset | null,
  source: "sample" as "sample" | "file",
  wijken: new Set<string>(),
  objects: {} as powerbi.DataViewObjects,
  selection: [] as SelectorPart[][],
  visualWarnings: [] as Warning[],
  model: null as powerbi.visuals.FormattingModel | null,
  renders: 0,
  updates: 0,
};
const language = () => languageOf(state.locale);

async function main(): Promise<void> {
  const meta = (await (await fetch("/visual.json")).json()) as Meta;
  const stage = $("stage");
  const frame = new VisualFrame(
    stage,
    (m) => receive(m, meta, frame),
    { window: rowWindow(meta.capabilities), maxSegments: 0 },
    size(stage),
  );
  $<HTMLInputElement>("window").value = String(rowWindow(meta.capabilities));

  const reload = () => {
    // A re-created visual starts with no selection, as a reopened report does.
    state.selection = [];
    document.documentElement.lang = state.locale;
    document.body.classList.toggle("high-contrast", state.highContrast);
    translate();
    frame.load({
      guid: meta.guid,
      locale: state.locale,
      highContrast: state.highContrast,
      stringResources: meta.stringResources,
    });
    sendData(frame);
    renderPanels(frame);
  };
  $<HTMLSelectElement>("locale").addEventListener("change", (e) => {
    state.locale = (e.target as HTMLSelectElement).value;
    reload();
  });
  $<HTMLInputElement>("contrast").addEventListener("change", (e) => {
    state.highContrast = (e.target as HTMLInputElement).checked;
    reload();
  });
  $<HTMLSelectElement>("source").addEventListener(
    "change",
    (e) => void chooseSource((e.target as HTMLSelectElement).value, frame),
  );
  $<HTMLInputElement>("file").addEventListener("change", (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) void load(file.name, "file", file.stream(), frame);
  });
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) void load(file.name, "file", file.stream(), frame);
  });
  $("clear-selection").addEventListener("click", () => frame.applySelection([]));
  for (const id of ["window", "max-segments"]) {
    $(id).addEventListener("change", () => {
      frame.setSegmenting({
        window: Math.max(1, Number($<HTMLInputElement>("window").value) || 1),
        maxSegments: Math.max(0, Number($<HTMLInputElement>("max-segments").value) || 0),
      });
      sendData(frame);
    });
  }
  watchViewport(stage, frame);

  // The sample is read before the visual exists, so its first update already carries the data.
  await chooseSource("sample", frame);
  reload();
}

async function chooseSource(source: string, frame: VisualFrame): Promise<void> {
  if (source === "none") {
    state.dataset = null;
    state.wijken.clear();
    sendData(frame);
    renderPanels(frame);
    return;
  }
  const response = await fetch("/sample.csv");
  await load("sample.csv", "sample", response.body!, frame);
}

async function load(
  name: string,
  source: "sample" | "file",
  body: ReadableStream<Uint8Array>,
  frame: VisualFrame,
): Promise<void> {
  const outcome = await readDataset(name, body);
  if (!outcome.ok) {
    $("status").textContent =
      `${t("refused", language())}: ${formatMessage(outcome.error, language())}`;
    return;
  }
  $("status").textContent = "";
  state.dataset = outcome.dataset;
  state.wijken.clear();
  state.source = source;
  $<HTMLSelectElement>("source").value = source;
  sendData(frame);
  renderPanels(frame);
}

/** Sends the current dataset through the slicer as a new DataView; no dataset means no fields bound. */
function sendData(frame: VisualFrame): void {
  state.visualWarnings = [];
  showWarnings();
  const d = state.dataset;
  frame.setData(
    d
      ? buildDataView({
          rows: sliceByWijk(d.rows, state.wijken),
          columns: d.columns,
          decimalComma: d.decimalComma,
        })
      : null,
  );
  document.body.dataset.dataRows = String(d ? sliceByWijk(d.rows, state.wijken).length : 0);
}

function receive(message: FromFrame, meta: Meta, frame: VisualFrame): void {
  const lang = language();
  if (message.type === "rendering") {
    if (message.state === "finished") document.body.dataset.renders = String(++state.renders);
    document.body.dataset.renderState = message.state;
  } else if (message.type === "selection") {
    state.selection = message.ids;
    renderSelection($("selection"), state.selection, lang);
  } else if (message.type === "persist") {
    state.objects = persist(state.objects, message.changes);
    frame.setObjects(state.objects);
  } else if (message.type === "warning") {
    state.visualWarnings = [
      ...state.visualWarnings.filter(
        (w) => w.title !== message.title || w.detail !== message.detail,
      ),
      message,
    ];
    showWarnings();
  } else if (message.type === "formattingModel") {
    // Sent after every update the visual handled: tests wait on this count.
    document.body.dataset.updates = String(++state.updates);
    state.model = message.model;
    renderPane(meta, frame);
  } else if (message.type === "failed") {
    $("status").textContent = `${t("failed", lang)}: ${message.message}`;
    document.body.dataset.renderState = "failed";
  } else if (message.type === "launchUrl")
    $("status").textContent = `${t("launchUrl", lang)}: ${message.url}`;
  else if (message.type === "contextMenu")
    $("status").textContent = `${t("contextMenu", lang)}: ${message.ids
      .flat()
      .map((p) => String(p.value))
      .join(", ")}`;
  else if (message.type === "jsonFilter")
    $("json-filter").textContent = `${t("jsonFilter", lang)}: ${JSON.stringify(message.filter)}`;
}

function renderPane(meta: Meta, frame: VisualFrame): void {
  const lang = language();
  renderFormatPane(
    $("format"),
    state.model,
    meta.capabilities,
    { empty: t("noFormat", lang), reset: t("reset", lang) },
    {
      change: (descriptor, type, value) => {
        const properties = { [descriptor.propertyName]: storedValue(type, value) };
        state.objects = persist(state.objects, {
          merge: [
            {
              objectName: descriptor.objectName,
              selector: null as unknown as powerbi.data.Selector,
              properties,
            },
          ],
        });
        frame.setObjects(state.objects);
      },
      reset: (descriptors) => {
        state.objects = resetToDefault(state.objects, descriptors);
        frame.setObjects(state.objects);
      },
    },
  );
}

function renderPanels(frame: VisualFrame): void {
  const lang = language();
  const d = state.dataset;
  renderSlicer($("slicer"), d ? wijkChoices(d.rows) : [], state.wijken, lang, (chosen) => {
    state.wijken = chosen;
    sendData(frame);
  });
  renderSelection($("selection"), state.selection, lang);
  showWarnings();
  renderRejected($<HTMLTableElement>("rejected"), d?.table.rejected ?? [], lang);
  const name = state.source === "sample" ? t("sample", lang) : d?.name;
  $("data-name").textContent = d
    ? `${name}: ${d.rows.length} ${t("rows", lang)}`
    : t("noData", lang);
}

/** The visual's warning icon (its latest calls) and what reading the data warned about. */
function showWarnings(): void {
  const lang = language();
  const dataWarnings = (state.dataset?.table.warnings ?? []).map((w) => ({
    title: "",
    detail: formatMessage(w, lang),
  }));
  renderWarnings($("warnings"), [...state.visualWarnings, ...dataWarnings], lang);
}

function translate(): void {
  for (const node of document.querySelectorAll<HTMLElement>("[data-t]"))
    node.textContent = t(node.dataset.t as TextKey, language());
  document.title = t("title", language());
}

/** The viewport follows the stage, which the user resizes by its corner or through the width and height fields. */
function watchViewport(stage: HTMLElement, frame: VisualFrame): void {
  const width = $<HTMLInputElement>("width");
  const height = $<HTMLInputElement>("height");
  const apply = () => {
    stage.style.width = `${Number(width.value)}px`;
    stage.style.height = `${Number(height.value)}px`;
  };
  width.addEventListener("change", apply);
  height.addEventListener("change", apply);
  let last = size(stage);
  new ResizeObserver(() => {
    const next = size(stage);
    if (next.width === last.width && next.height === last.height) return;
    last = next;
    width.value = String(next.width);
    height.value = String(next.height);
    frame.resize(next);
  }).observe(stage);
  width.value = String(last.width);
  height.value = String(last.height);
}

function size(stage: HTMLElement): powerbi.IViewport {
  return { width: Math.round(stage.clientWidth), height: Math.round(stage.clientHeight) };
}

void main();
