import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RESOURCE_LOCALES, resources } from "../../src/i18n/resources";
import { FormatPaneModel } from "../../src/settings/model";

const ROOT = join(__dirname, "../..");
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

describe("string resources", () => {
  it("are the committed resjson files, regenerated from the tables (npx tsx src/i18n/write.ts)", () => {
    for (const locale of Object.keys(RESOURCE_LOCALES) as (keyof typeof RESOURCE_LOCALES)[]) {
      expect(read(`stringResources/${locale}/resources.resjson`)).toEqual(resources(locale));
    }
  });

  it("hold every key capabilities.json and the format pane name, in both languages", () => {
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          if ((k === "displayNameKey" || k === "descriptionKey") && typeof v === "string")
            keys.add(v);
          else walk(v);
        }
      }
    };
    walk(read("capabilities.json"));
    walk(new FormatPaneModel().cards);
    expect(keys.size).toBeGreaterThan(40);
    for (const locale of Object.keys(RESOURCE_LOCALES) as (keyof typeof RESOURCE_LOCALES)[]) {
      const missing = [...keys].filter((k) => !resources(locale)[k]);
      expect(missing, locale).toEqual([]);
    }
  });

  it("differ between Dutch and English where the words differ", () => {
    expect(resources("nl-NL").View_Bars).toBe("Prioriteit");
    expect(resources("en-US").View_Bars).toBe("Priority");
  });
});
