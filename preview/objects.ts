/** Merges what the visual persists (or the format pane changes) into `dataView.metadata.objects`, as Power BI does. */

import type powerbi from "powerbi-visuals-api";

type Objects = powerbi.DataViewObjects;
type Instance = powerbi.VisualObjectInstance;

/**
 * Applies persistProperties changes: `replace` swaps an object's properties, `merge` sets the given ones,
 * `remove` deletes the given ones. Returns new objects; the input is left alone.
 */
// Limitation: only instances without a selector (the static scope) are kept; per-data-point
// formatting lives in category objects in Power BI, which the preview does not build.
export function persist(
  objects: Objects,
  changes: powerbi.VisualObjectInstancesToPersist,
): Objects {
  const next: Objects = Object.fromEntries(
    Object.entries(objects).map(([name, props]) => [name, { ...props }]),
  );
  for (const instance of staticOnly(changes.replace))
    next[instance.objectName] = { ...instance.properties } as powerbi.DataViewObject;
  for (const instance of staticOnly(changes.merge)) {
    next[instance.objectName] = {
      ...next[instance.objectName],
      ...instance.properties,
    } as powerbi.DataViewObject;
  }
  for (const instance of staticOnly(changes.remove)) {
    const object = next[instance.objectName];
    if (!object) continue;
    for (const property of Object.keys(instance.properties ?? {})) delete object[property];
    if (Object.keys(object).length === 0) delete next[instance.objectName];
  }
  return next;
}

/** Reset to default in the format pane: removes the properties the descriptors name. */
export function resetToDefault(
  objects: Objects,
  descriptors: readonly powerbi.visuals.FormattingDescriptor[],
): Objects {
  const remove = descriptors
    .filter((d) => !d.selector)
    .map((d): Instance => ({
      objectName: d.objectName,
      selector: undefined as unknown as powerbi.data.Selector,
      properties: { [d.propertyName]: null as unknown as powerbi.DataViewPropertyValue },
    }));
  return persist(objects, { remove });
}

/** The value Power BI stores for a format pane control's new value (a colour as a solid fill). */
export function storedValue(controlType: string, value: unknown): powerbi.DataViewPropertyValue {
  if (controlType === "ColorPicker")
    return { solid: { color: String(value) } } as powerbi.DataViewPropertyValue;
  return value as powerbi.DataViewPropertyValue;
}

function staticOnly(instances: Instance[] | undefined): Instance[] {
  return (instances ?? []).filter((i) => !i.selector || Object.keys(i.selector).length === 0);
}
