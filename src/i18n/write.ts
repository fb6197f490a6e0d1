/** Writes the resjson files from the string tables: `npx tsx src/i18n/write.ts`. */

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RESOURCE_LOCALES, resources } from "./resources";

for (const locale of Object.keys(RESOURCE_LOCALES) as (keyof typeof RESOURCE_LOCALES)[]) {
  const dir = join(__dirname, "../../stringResources", locale);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "resources.resjson"), `${JSON.stringify(resources(locale), null, 2)}\n`);
}
