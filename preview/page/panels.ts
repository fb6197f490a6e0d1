/** The panels around the visual: the wijk slicer, the selection it would filter by, warnings and rejected rows. */

import { Language, Rejection, formatMessage } from "../../src/model";
import type { SelectorPart } from "../protocol";
import { t } from "./i18n";
import { el } from "./dom";

/** Draws the wijk slicer: one checkbox per district; none checked keeps every row, as a report slicer does. */
export function renderSlicer(
  box: HTMLElement,
  wijken: string[],
  chosen: ReadonlySet<string>,
  language: Language,
  onChange: (chosen: Set<string>) => void,
): void {
  box.replaceChildren();
  const legend = box.appendChild(el("legend", t("slicer", language)));
  legend.id = "slicer-legend";
  for (const wijk of wijken) {
    const label = box.appendChild(el("label"));
    const input = label.appendChild(el("input"));
    input.type = "checkbox";
    input.value = wijk;
    input.checked = chosen.has(wijk);
    label.appendChild(document.createTextNode(wijk));
    input.addEventListener("change", () => {
      const next = new Set(
        [...box.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value),
      );
      onChange(next);
    });
  }
}

/** Shows the cross-filter the visual's selection would apply to the other visuals of a report page. */
export function renderSelection(
  list: HTMLElement,
  ids: SelectorPart[][],
  language: Language,
): void {
  list.replaceChildren();
  if (ids.length === 0) {
    list.appendChild(el("li", t("nothingSelected", language)));
    return;
  }
  for (const parts of ids) {
    const text = parts.map((p) => `${p.displayName ?? p.queryName} = ${shown(p.value)}`).join(", ");
    list.appendChild(el("li", text)).setAttribute("data-selected", "");
  }
}

/** One warning from the visual (displayWarningIcon) or from reading the data. */
export interface Warning {
  title: string;
  detail: string;
}

/** Lists warnings, newest last. */
export function renderWarnings(
  list: HTMLElement,
  warnings: readonly Warning[],
  language: Language,
): void {
  list.replaceChildren();
  if (warnings.length === 0) list.appendChild(el("li", t("noWarnings", language)));
  for (const w of warnings) {
    const item = list.appendChild(el("li"));
    item.appendChild(el("strong", w.title));
    if (w.detail) item.appendChild(el("span", ` ${w.detail}`));
  }
}

/** Lists the rows the reader rejected, with line number and reason in the page's language. */
export function renderRejected(
  table: HTMLTableElement,
  rejected: readonly Rejection[],
  language: Language,
): void {
  table.replaceChildren();
  table.appendChild(el("caption", `${t("rejected", language)} (${rejected.length})`));
  if (rejected.length === 0) {
    table
      .appendChild(el("tbody"))
      .appendChild(el("tr"))
      .appendChild(el("td", t("noRejected", language)));
    return;
  }
  const head = table.appendChild(el("thead")).appendChild(el("tr"));
  head.appendChild(el("th", t("line", language)));
  head.appendChild(el("th", t("reason", language)));
  const body = table.appendChild(el("tbody"));
  for (const r of rejected) {
    const row = body.appendChild(el("tr"));
    row.appendChild(el("td", String(r.line)));
    row.appendChild(el("td", formatMessage(r.reason, language)));
  }
}

function shown(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
