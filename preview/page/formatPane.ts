/** Draws the format pane from the visual's own formatting model: cards, groups and slices, with reset to default. */

import type powerbi from "powerbi-visuals-api";
import type { Capabilities } from "../pbiviz";
import { el } from "./dom";

type Model = powerbi.visuals.FormattingModel;
type Card = powerbi.visuals.FormattingCard;
type Group = powerbi.visuals.FormattingGroup;
type Descriptor = powerbi.visuals.FormattingDescriptor;

/** A control of the pane as the model gives it: its kind, what it edits and its current value. */
interface Control {
  type: string;
  properties: {
    descriptor: Descriptor;
    value: unknown;
    items?: EnumMember[];
    mergeValues?: EnumMember[];
    options?: NumberOptions;
  };
}
interface EnumMember {
  value: unknown;
  displayName: string;
}
interface NumberOptions {
  minValue?: { value: number };
  maxValue?: { value: number };
}

/** What the pane tells the page. */
export interface FormatPaneListener {
  change(descriptor: Descriptor, controlType: string, value: unknown): void;
  reset(descriptors: Descriptor[]): void;
}

/** Words the pane shows itself. */
export interface FormatPaneText {
  empty: string;
  reset: string;
}

/** Replaces the pane's content with the model's cards. */
export function renderFormatPane(
  pane: HTMLElement,
  model: Model | null,
  capabilities: Capabilities,
  text: FormatPaneText,
  listener: FormatPaneListener,
): void {
  const open = new Set(
    [...pane.querySelectorAll("details[open]")].map((d) => d.getAttribute("data-uid")),
  );
  pane.replaceChildren();
  const cards = (model?.cards ?? []).filter((c): c is Card => "groups" in c);
  if (cards.length === 0) {
    pane.appendChild(el("p", text.empty));
    return;
  }
  for (const card of cards) {
    const details = pane.appendChild(el("details"));
    details.setAttribute("data-uid", card.uid);
    details.open = open.size === 0 || open.has(card.uid);
    const summary = details.appendChild(el("summary", card.displayName));
    summary.setAttribute("aria-label", card.displayName);
    const body = details.appendChild(el("section"));
    body.setAttribute("aria-label", card.displayName);
    if (card.topLevelToggle)
      body.appendChild(
        slice(card.topLevelToggle as never, card.displayName, capabilities, listener),
      );
    for (const group of card.groups.filter((g): g is Group => "slices" in g || "uid" in g))
      body.appendChild(groupOf(group, capabilities, listener));
    if (card.revertToDefaultDescriptors?.length) {
      const reset = body.appendChild(el("button", text.reset));
      reset.type = "button";
      reset.setAttribute("aria-label", `${text.reset}: ${card.displayName}`);
      reset.addEventListener("click", () => listener.reset(card.revertToDefaultDescriptors!));
    }
  }
}

function groupOf(
  group: Group,
  capabilities: Capabilities,
  listener: FormatPaneListener,
): HTMLElement {
  const fieldset = el("fieldset");
  if (group.displayName && !group.suppressDisplayName)
    fieldset.appendChild(el("legend", group.displayName));
  fieldset.disabled = Boolean(group.disabled);
  if (group.topLevelToggle)
    fieldset.appendChild(
      slice(group.topLevelToggle as never, group.displayName, capabilities, listener),
    );
  // Limitation: group containers (lists of instances, as for per-series settings) are not drawn.
  for (const s of group.slices ?? []) {
    if (!("control" in s)) continue;
    const control = s.control as unknown as { type: string; properties: Record<string, unknown> };
    if (control.properties && "descriptor" in control.properties)
      fieldset.appendChild(slice(s as never, s.displayName ?? "", capabilities, listener));
    else
      for (const [name, part] of Object.entries(control.properties ?? {})) {
        // A composite slice (font, margins): one control per part, typed by its value.
        if (!part) continue;
        const sub = part as Control["properties"];
        const type =
          typeof sub.value === "boolean"
            ? "ToggleSwitch"
            : typeof sub.value === "number"
              ? "NumUpDown"
              : "TextInput";
        fieldset.appendChild(
          slice(
            {
              control: { type, properties: sub },
              displayName: `${s.displayName ?? ""} ${name}`,
            } as never,
            name,
            capabilities,
            listener,
          ),
        );
      }
  }
  return fieldset;
}

function slice(
  s: { control: Control; displayName?: string; disabled?: boolean },
  fallback: string,
  capabilities: Capabilities,
  listener: FormatPaneListener,
): HTMLElement {
  const { type, properties } = s.control;
  const descriptor = properties.descriptor;
  const label = el("label");
  label.className = "slice";
  label.appendChild(el("span", s.displayName || fallback || descriptor.propertyName));
  const change = (value: unknown) => listener.change(descriptor, type, value);
  let input: HTMLInputElement | HTMLSelectElement;

  if (type === "ToggleSwitch") {
    input = el("input");
    input.type = "checkbox";
    input.setAttribute("role", "switch");
    input.checked = Boolean(properties.value);
    input.addEventListener("change", () => change((input as HTMLInputElement).checked));
  } else if (type === "NumUpDown" || type === "Slider") {
    input = el("input");
    input.type = "number";
    input.step = "any";
    if (properties.options?.minValue) input.min = String(properties.options.minValue.value);
    if (properties.options?.maxValue) input.max = String(properties.options.maxValue.value);
    input.value =
      properties.value === undefined || properties.value === null ? "" : String(properties.value);
    input.addEventListener("change", () => {
      const n = Number((input as HTMLInputElement).value);
      if ((input as HTMLInputElement).value.trim() !== "" && Number.isFinite(n)) change(n);
    });
  } else if (type === "ColorPicker") {
    input = el("input");
    input.type = "color";
    input.value = hex((properties.value as { value?: string } | undefined)?.value);
    input.addEventListener("change", () => change((input as HTMLInputElement).value));
  } else if (type === "Dropdown") {
    input = el("select");
    const current =
      properties.value && typeof properties.value === "object"
        ? (properties.value as EnumMember).value
        : properties.value;
    for (const item of [
      ...(properties.items ?? enumeration(capabilities, descriptor)),
      ...(properties.mergeValues ?? []),
    ]) {
      const option = input.appendChild(el("option", item.displayName));
      option.value = JSON.stringify(item.value);
      option.selected = item.value === current;
    }
    input.addEventListener("change", () => change(JSON.parse((input as HTMLSelectElement).value)));
  } else {
    input = el("input");
    input.type = "text";
    input.value =
      properties.value === undefined || properties.value === null ? "" : String(properties.value);
    input.readOnly = type === "ReadOnlyText";
    input.addEventListener("change", () => change((input as HTMLInputElement).value));
  }
  input.disabled = Boolean(s.disabled);
  label.appendChild(input);
  return label;
}

/** An AutoDropdown's items come from the enumeration in capabilities.json, as Power BI reads them. */
function enumeration(capabilities: Capabilities, d: Descriptor): EnumMember[] {
  return (capabilities.objects?.[d.objectName]?.properties?.[d.propertyName]?.type?.enumeration ??
    []) as EnumMember[];
}

/** `<input type=color>` takes only `#rrggbb`. */
function hex(color: string | undefined): string {
  if (!color) return "#000000";
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : "#000000";
}
