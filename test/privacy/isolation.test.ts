// @vitest-environment jsdom
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dataView } from "../visual/fixtures";
import { RUNS, SEED } from "../fuzz/arbitraries";
import { hostileObjects } from "../fuzz/dataview";
import { gesture, perform, probe, settle } from "../fuzz/probe";
import { privacyData } from "./data";

const runs = Math.max(10, Math.round(RUNS / 15));

/** Every way a page can reach the network or keep data, replaced by a recorder. */
const used: string[] = [];
const record = (what: string) => () => {
  used.push(what);
  throw new Error(`${what} is not allowed in the visual`);
};

beforeEach(() => {
  used.length = 0;
  vi.stubGlobal("fetch", vi.fn(record("fetch")));
  vi.stubGlobal("XMLHttpRequest", vi.fn(record("XMLHttpRequest")));
  vi.stubGlobal("WebSocket", vi.fn(record("WebSocket")));
  vi.stubGlobal("EventSource", vi.fn(record("EventSource")));
  vi.stubGlobal("Worker", vi.fn(record("Worker")));
  Object.defineProperty(navigator, "sendBeacon", {
    configurable: true,
    value: record("sendBeacon"),
  });
  vi.spyOn(window, "open").mockImplementation(record("window.open"));
  for (const method of ["getItem", "setItem", "removeItem", "clear", "key"] as const)
    vi.spyOn(Storage.prototype, method).mockImplementation(record(`Storage.${method}`));
  for (const name of ["localStorage", "sessionStorage", "indexedDB", "caches"]) {
    Object.defineProperty(window, name, { configurable: true, get: record(name) });
  }
  Object.defineProperty(document, "cookie", {
    configurable: true,
    get: record("cookie"),
    set: record("cookie"),
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  for (const name of ["localStorage", "sessionStorage", "indexedDB", "caches"])
    delete (window as never as Record<string, unknown>)[name];
  delete (document as never as Record<string, unknown>).cookie;
  delete (navigator as never as Record<string, unknown>).sendBeacon;
});

describe(`what the visual sends and keeps (seed ${SEED}, ${runs} runs)`, () => {
  it("requests nothing from the network, uses no storage and persists no value from data", async () => {
    await fc.assert(
      fc.asyncProperty(
        privacyData,
        fc.array(
          fc.oneof(
            hostileObjects,
            fc.constantFrom(
              { privacy: { level: "wijk", minGroupSize: 3 } },
              { privacy: { showKeys: true } },
            ),
          ),
          { maxLength: 3 },
        ),
        fc.array(gesture, { maxLength: 10 }),
        async (data, settings, gestures) => {
          const p = probe();
          const host = p.host as unknown as Record<string, unknown>;
          for (const service of [
            "storageService",
            "storageV2Service",
            "webAccessService",
            "downloadService",
            "authenticationService",
          ]) {
            Object.defineProperty(host, service, {
              configurable: true,
              get: record(`host.${service}`),
            });
          }
          host.launchUrl = record("host.launchUrl");
          try {
            p.update(dataView(data.rows));
            for (const objects of settings)
              p.update(dataView(data.rows, { objects: objects as never }));
            for (const g of gestures) perform(p, g);
            await settle();
            p.visual.getFormattingModel();
          } finally {
            p.dispose();
          }
          expect(used).toEqual([]);
          expect(p.errors).toEqual([]);

          // Whatever is persisted is a format-pane setting, never a key, a district or a factor.
          const fromData = [
            ...data.keys,
            ...data.rows.map((r) => r.factor),
            ...[...data.sizes.keys()].filter(Boolean),
          ];
          for (const change of p.persisted) {
            const text = JSON.stringify(change);
            for (const value of fromData) expect(text).not.toContain(value);
            for (const entry of (change as { merge?: { objectName: string }[] }).merge ?? [])
              expect([
                "priorityWeights",
                "earlyWarning",
                "thresholds",
                "privacy",
                "display",
              ]).toContain(entry.objectName);
          }
        },
      ),
      { numRuns: runs, seed: SEED },
    );
  }, 3_600_000);

  it("notices when something does reach for storage (the recorders work)", () => {
    expect(() => window.localStorage).toThrow();
    expect(() => document.cookie).toThrow();
    expect(() => fetch("https://example.invalid")).toThrow();
    expect(used).toEqual(["localStorage", "cookie", "fetch"]);
  });
});
