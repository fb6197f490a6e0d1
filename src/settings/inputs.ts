/** Small builders for the format pane's inputs, so every card declares numbers the same way. */

import powerbi from "powerbi-visuals-api";
import { formattingSettings as fs } from "powerbi-visuals-utils-formattingmodel";

// ValidatorType.Min is a const enum in the API typings; its value is 0.
const MIN = 0 as powerbi.visuals.ValidatorType.Min;

/** A number input from 0 up; decimals allowed. */
export function weightInput(name: string, key: string, label: string, value: number): fs.NumUpDown {
  return new fs.NumUpDown({
    name,
    displayName: label,
    displayNameKey: key,
    value,
    options: { minValue: { type: MIN, value: 0 } },
  });
}

/** A toggle. */
export function toggle(name: string, key: string, label: string, value: boolean): fs.ToggleSwitch {
  return new fs.ToggleSwitch({ name, displayName: label, displayNameKey: key, value });
}

/** A colour picker with its default. */
export function colour(name: string, key: string, label: string, value: string): fs.ColorPicker {
  return new fs.ColorPicker({ name, displayName: label, displayNameKey: key, value: { value } });
}

/** A dropdown over fixed values, each labelled by a resource key. */
export function dropdown(
  name: string,
  key: string,
  label: string,
  values: readonly string[],
  value: string,
): fs.ItemDropdown {
  const items = values.map((v) => ({ value: v, displayName: v, displayNameKey: `${key}_${v}` }));
  return new fs.ItemDropdown({
    name,
    displayName: label,
    displayNameKey: key,
    items,
    value: items.find((i) => i.value === value) ?? items[0],
  });
}
