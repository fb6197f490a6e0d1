/** Finds the packaged visual in dist/ and reads its JS and CSS the way Power BI receives them. */

import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";

/** The visual as shipped: its guid, bundle, style sheet and the size of the .pbiviz file. */
export interface PackagedVisual {
  file: string;
  bytes: number;
  guid: string;
  js: string;
  css: string;
  capabilities: unknown;
}

/** Runs `pbiviz package` so the benchmark measures the current sources, not a stale build. */
export function packageVisual(root: string): void {
  execFileSync("npx", ["pbiviz", "package"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

/** The newest .pbiviz in dist/. */
export function newestPbiviz(root: string): string {
  const dist = join(root, "dist");
  const files = readdirSync(dist)
    .filter((f) => f.endsWith(".pbiviz"))
    .map((f) => join(dist, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (files.length === 0) throw new Error(`no .pbiviz in ${dist}; run npx pbiviz package`);
  return files[0];
}

/** Entries of a zip archive by name; enough of the format for what pbiviz writes (stored or deflated). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip archive");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    // Sizes in the local header may be zero when a data descriptor follows, so take them from here.
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra;
  }
  return entries;
}

/** Reads the visual's bundle out of a .pbiviz file. */
export function readPbiviz(file: string): PackagedVisual {
  const zip = readFileSync(file);
  const entries = unzip(zip);
  const name = [...entries.keys()].find(
    (n) => n.startsWith("resources/") && n.endsWith(".pbiviz.json"),
  );
  if (!name) throw new Error(`${file} holds no resources/*.pbiviz.json`);
  const manifest = JSON.parse(entries.get(name)!.toString("utf8"));
  return {
    file,
    bytes: zip.length,
    guid: manifest.visual.guid,
    js: manifest.content.js,
    css: manifest.content.css ?? "",
    capabilities: manifest.capabilities,
  };
}
