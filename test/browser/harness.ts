/** Opens the preview in the shared Chromium and records what a test must check: console errors and outside requests. */

import { Browser, Frame, FrameLocator, Page, chromium } from "playwright-core";
import { inject } from "vitest";

/** An open preview page, the visual's frame in it, and what went wrong so far. */
export interface Preview {
  page: Page;
  visual: FrameLocator;
  /** Console errors and uncaught exceptions, of the page and the frame. */
  errors: string[];
  /** Requests to anything other than the preview server on localhost. */
  outside: string[];
  close(): Promise<void>;
}

let browser: Promise<Browser> | undefined;

/** Opens the preview of the packaged visual (or of the probe visual) and waits until the visual handled its first data. */
export async function openPreview(
  which: "visual" | "probe" = "visual",
  viewport = { width: 1400, height: 1000 },
): Promise<Preview> {
  browser ??= chromium.connect(inject("browserEndpoint"));
  const context = await (await browser).newContext({ viewport, locale: "nl-NL" });
  const page = await context.newPage();
  const url = inject(which === "probe" ? "probeUrl" : "previewUrl");
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    const { protocol, hostname } = new URL(r.url());
    if (
      !["data:", "blob:"].includes(protocol) &&
      !(hostname === "localhost" || hostname === "127.0.0.1")
    )
      outside.push(r.url());
  });
  await page.goto(url);
  await waitForUpdates(page, 1);
  return {
    page,
    visual: page.frameLocator("iframe"),
    errors,
    outside,
    close: () => context.close(),
  };
}

/** Waits until the visual has handled at least `count` updates since the page loaded. */
export async function waitForUpdates(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.updates ?? 0) >= n, count);
}

/** The number of updates the visual has handled so far. */
export async function updates(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.updates ?? 0));
}

/** Runs an action and waits for the update it causes. */
export async function afterUpdate(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await updates(page);
  await action();
  await waitForUpdates(page, before + 1);
}

/** Saves a picture of the visual alone (the stage's resize grip hidden) for the README. */
export async function screenshot(preview: Preview, path: string): Promise<void> {
  await preview.page.locator("#stage").evaluate((stage) => (stage.style.resize = "none"));
  await preview.page.locator("#stage iframe").screenshot({ path });
  await preview.page.locator("#stage").evaluate((stage) => (stage.style.resize = ""));
}

/** The visual's sandboxed frame as a playwright Frame (a re-created visual has a new one). */
export function visualFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().endsWith("/frame.html"));
  if (!frame) throw new Error("the page holds no visual frame");
  return frame;
}

/** Chooses `value` in the format pane's dropdown that offers it (e.g. "bars" for Display → View) and waits for the update. */
export async function chooseSetting(page: Page, value: string): Promise<void> {
  const select = page.locator(`#format select:has(option[value='${JSON.stringify(value)}'])`);
  if ((await select.inputValue()) === JSON.stringify(value)) return;
  await afterUpdate(page, () => select.selectOption(JSON.stringify(value)));
}
