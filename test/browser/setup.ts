/**
 * Starts what every browser test shares, once: a packaged visual (re-packaged only when its sources
 * are newer), the preview server for it, a second one for the probe visual, and one headless Chromium.
 */

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, chromiumPath } from "../../preview/chromium";
import { newestPbiviz } from "../../preview/pbiviz";
import { PreviewServer, startPreview } from "../../preview/server";

const ROOT = join(__dirname, "../..");
const FIXTURES = join(__dirname, "fixtures");
const SOURCES = [
  "src",
  "style",
  "stringResources",
  "assets",
  "capabilities.json",
  "pbiviz.json",
  "package.json",
];

declare module "vitest" {
  export interface ProvidedContext {
    previewUrl: string;
    probeUrl: string;
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await packageIfStale();
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: install Debian's (apt-get install chromium) or set CHROMIUM to another`,
    );
  }
  const browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
  const servers: PreviewServer[] = await Promise.all([
    startPreview({ port: 0 }),
    startPreview({ port: 0, visual: probeVisual, sample: join(FIXTURES, "sample.csv") }),
  ]);
  project.provide("previewUrl", servers[0].url);
  project.provide("probeUrl", servers[1].url);
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    await browser.close();
  };
}

/** Packages the visual unless the newest `.pbiviz` is newer than every source it is built from. */
async function packageIfStale(): Promise<void> {
  const built = await newestPbiviz(join(ROOT, "dist"));
  if (built && built.mtimeMs > newestSource()) return;
  try {
    execFileSync(join(ROOT, "node_modules/.bin/pbiviz"), ["package"], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 120_000,
    });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? "");
    const reasons = output
      .split("\n")
      .filter((line) => /error/i.test(line))
      .join("\n");
    // CI packages the visual on its own and fails there; locally a visual mid-edit should not stop the host's tests.
    if (!built) throw new Error(`pbiviz package failed:\n${reasons}`);
    process.stderr.write(
      `pbiviz package failed; testing the previous package ${built.path}:\n${reasons}\n`,
    );
  }
}

function newestSource(): number {
  let newest = 0;
  const visit = (path: string): void => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, info.mtimeMs);
  };
  for (const source of SOURCES) visit(join(ROOT, source));
  return newest;
}

/** The probe: a tiny hand-written visual that calls every host service, so the host is tested on its own. */
async function probeVisual() {
  return {
    guid: "previewProbe0000000000000000000000",
    displayName: "Probe",
    version: "1.0.0.0",
    apiVersion: "5.11.0",
    js: readFileSync(join(FIXTURES, "probe-visual.js"), "utf8"),
    css: "",
    capabilities: JSON.parse(readFileSync(join(ROOT, "capabilities.json"), "utf8")),
    stringResources: {
      "en-US": { Probe_Title: "Households" },
      "nl-NL": { Probe_Title: "Huishoudens" },
    },
  };
}
