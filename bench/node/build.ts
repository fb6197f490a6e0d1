/** Bundles the benchmark page from TypeScript with esbuild, in memory. */

import { build } from "esbuild";
import { join } from "node:path";

/** The page script: contenders, host shim and helpers in one IIFE. */
export async function bundlePage(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, "bench/page/main.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: false,
    write: false,
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}

/**
 * The visual built from source, unminified with names kept, for profiling only: the same modules as
 * the package, registered the way the package registers itself, so profiles name real functions.
 */
export async function bundleVisualFromSource(root: string, guid: string): Promise<string> {
  const entry = `import { Visual } from "./src/visual";
const p = (window as any).powerbi;
p.visuals.plugins[${JSON.stringify(guid)}] = { name: ${JSON.stringify(guid)}, class: "Visual", create: (o: any) => new Visual(o) };`;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: "ts", sourcefile: "profile-entry.ts" },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    keepNames: true,
    minify: false,
    write: false,
    loader: { ".less": "empty", ".css": "empty" },
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}
