/**
 * Debian's Chromium as the browser tests and the benchmark launch it (the preview itself only
 * serves pages): where it is, and the flags for a headless run that reaches no network by itself.
 */

/** The browser binary: Debian's package, or `CHROMIUM` for another. */
export const chromiumPath = (): string => process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Headless, no GPU, no sandbox (CI runs as root), and none of Chromium's own background traffic. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
