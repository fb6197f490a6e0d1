/** A panel whose rows form one multi-select listbox: the bars and the flags. */

import { Joined, attr } from "./dom";
import { Panel, PanelEvents } from "./panel";
import { RowVM } from "./types";

/** A panel of one focusable column per row, exposed as a multi-select listbox of options. */
export abstract class ListboxPanel extends Panel {
  constructor(
    parent: HTMLElement,
    kind: "bars" | "flags",
    events: PanelEvents,
    height: () => number,
  ) {
    super(parent, kind, events, height);
    this.list.viewport.setAttribute("role", "listbox");
    this.list.viewport.setAttribute("aria-multiselectable", "true");
    this.list.window.setAttribute("role", "presentation");
  }

  protected columns(): number {
    return 1;
  }
}

/** The class of a listbox row: `gb-row`, the view's own class, and its selection and dimming. */
export const optionClass =
  (className: string) =>
  (d: RowVM): string =>
    `gb-row ${className}${d.selected ? " gb-selected" : ""}${d.dimmed ? " gb-dimmed" : ""}`;

/** Makes drawn rows the options of a listbox of `total` rows: position, selection and name. */
export function asOptions<D extends RowVM>(rows: Joined<D>, total: number): void {
  rows
    .call(attr, "role", "option")
    .call(attr, "data-pos", (d) => d.pos)
    .call(attr, "data-col", 0)
    .call(attr, "aria-setsize", total)
    .call(attr, "aria-posinset", (d) => d.pos + 1)
    .call(attr, "aria-selected", (d) => String(d.selected))
    .call(attr, "aria-label", (d) => d.aria);
}
