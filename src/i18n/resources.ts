/** The pbiviz string resources (`stringResources/<locale>/resources.resjson`) built from the tables. */

import { PANE_STRINGS } from "./pane";
import { STRINGS } from "./strings";

/** The locales the visual ships, with the column of each table they take. */
export const RESOURCE_LOCALES = { "en-US": 0, "nl-NL": 1 } as const;

/** Every string for one locale, keys sorted, as the resjson file holds them. */
export function resources(locale: keyof typeof RESOURCE_LOCALES): Record<string, string> {
  const column = RESOURCE_LOCALES[locale];
  const all: Record<string, readonly [string, string]> = { ...PANE_STRINGS, ...STRINGS };
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((key) => [key, all[key][column]]),
  );
}
