/** Opens a packaged visual (`.pbiviz`, a zip) the way Power BI does: its bundle, style, capabilities and strings. */

import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";

/** What the preview needs of a packaged visual. */
export interface VisualPackage {
  guid: string;
  displayName: string;
  version: string;
  apiVersion: string;
  js: string;
  css: string;
  capabilities: Capabilities;
  /** Display names by locale (`en-US`, `nl-NL`, ...) and key. */
  stringResources: Record<string, Record<string, string>>;
}

/** The parts of capabilities.json the preview reads. */
export interface Capabilities {
  dataRoles?: { name: string; displayName: string; displayNameKey?: string; kind: string }[];
  dataViewMappings?: { categorical?: unknown }[];
  objects?: Record<
    string,
    {
      properties?: Record<
        string,
        { type?: { enumeration?: { value: unknown; displayName: string }[] } }
      >;
    }
  >;
  privileges?: unknown[];
  [key: string]: unknown;
}

interface PackageManifest {
  resources: { file: string; sourceType: number }[];
}

/** Reads a `.pbiviz` file's content: the manifest names the resource JSON that holds everything else. */
export async function readPbiviz(bytes: Uint8Array): Promise<VisualPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const manifestFile = zip.file("package.json");
  if (!manifestFile) throw new Error("not a .pbiviz: package.json is missing");
  const manifest = JSON.parse(await manifestFile.async("string")) as PackageManifest;
  const resource = manifest.resources.find((r) => r.file.endsWith(".json"));
  const resourceFile = resource && zip.file(resource.file);
  if (!resourceFile) throw new Error("not a .pbiviz: the visual's resource file is missing");

  const content = JSON.parse(await resourceFile.async("string"));
  return {
    guid: content.visual.guid,
    displayName: content.visual.displayName,
    version: content.visual.version,
    apiVersion: content.apiVersion,
    js: content.content.js,
    css: content.content.css ?? "",
    capabilities: content.capabilities,
    stringResources: normaliseStrings(content.stringResources ?? {}),
  };
}

/** pbiviz stores each locale's strings either flat or under `resources`; this returns them flat. */
function normaliseStrings(raw: Record<string, unknown>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [locale, value] of Object.entries(raw)) {
    const v = value as Record<string, unknown>;
    out[locale] = (typeof v.resources === "object" && v.resources ? v.resources : v) as Record<
      string,
      string
    >;
  }
  return out;
}

/** The newest `.pbiviz` in a folder, or undefined when there is none. */
export async function newestPbiviz(
  folder: string,
): Promise<{ path: string; mtimeMs: number } | undefined> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) =>
    n.endsWith(".pbiviz"),
  );
  const found = await Promise.all(
    names.map(async (n) => ({
      path: join(folder, n),
      mtimeMs: (await stat(join(folder, n))).mtimeMs,
    })),
  );
  return found.sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
}

/** Loads the newest `.pbiviz` of a folder, re-reading it only when the file changed. */
export function pbivizLoader(folder: string): () => Promise<VisualPackage> {
  let cached: { path: string; mtimeMs: number; pkg: VisualPackage } | undefined;
  return async () => {
    const newest = await newestPbiviz(folder);
    if (!newest) throw new Error(`no .pbiviz in ${folder}: run \`npx pbiviz package\` first`);
    if (cached?.path !== newest.path || cached.mtimeMs !== newest.mtimeMs) {
      cached = { ...newest, pkg: await readPbiviz(await readFile(newest.path)) };
    }
    return cached.pkg;
  };
}
