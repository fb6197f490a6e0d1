import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const MODEL = join(__dirname, "../../src/model");
const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gm;

describe("the domain model", () => {
  it("imports nothing outside itself: no d3, DOM helpers or Power BI API", () => {
    const outward: string[] = [];
    for (const file of readdirSync(MODEL).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(join(MODEL, file), "utf8");
      for (const [, target] of source.matchAll(IMPORT)) {
        if (!target.startsWith("./")) outward.push(`${file} imports ${target}`);
      }
      if (/\b(document|window)\s*\.|\bHTMLElement\b/.test(source))
        outward.push(`${file} touches the DOM`);
    }
    expect(outward).toEqual([]);
  });
});
