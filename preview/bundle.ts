/** Bundles the preview's browser code (the page and the frame's host shim) with esbuild, in memory. */

import { join } from "node:path";
import { build } from "esbuild";

/** The browser entry points, by the path the server serves them under. */
export const ENTRIES = {
  "/page.js": join(__dirname, "page/main.ts"),
  "/shim.js": join(__dirname, "shim/frame.ts"),
} as const;

/** Bundles one entry for the browser, with the scorer's own CSV reader inside. */
export async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: false,
    sourcemap: "inline",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
