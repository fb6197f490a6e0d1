/** A panel whose rows form one multi-select listbox: the bars and the flags. */

import { Panel, PanelEvents } from "./panel";

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
