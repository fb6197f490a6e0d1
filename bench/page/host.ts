/** A minimal Power BI host for the benchmark page: enough services for the visual to run, no UI. */

/** Counts the visual's rendering events, so the benchmark can wait for the one an update causes. */
export interface RenderSignal {
  /** Events so far (finished or failed). */
  count(): number;
  /** Resolves once more than `seen` events happened, or with false after `timeoutMs`. */
  after(seen: number, timeoutMs: number): Promise<boolean>;
}

/** A selection id that compares by key, like the host's. */
function selectionId(key: string) {
  return {
    key,
    getKey: () => key,
    equals: (other: { key?: string }) => other?.key === key,
    includes: (other: { key?: string }) => other?.key === key,
    getSelector: () => ({ data: [key] }),
    getSelectorsByColumn: () => ({}),
    hasIdentity: () => true,
  };
}

function selectionIdBuilder() {
  const parts: string[] = [];
  const builder = {
    withCategory(category: { source?: { queryName?: string } }, index: number) {
      parts.push(`${category?.source?.queryName ?? "c"}#${index}`);
      return builder;
    },
    withSeries: () => builder,
    withMeasure(measure: string) {
      parts.push(`m:${measure}`);
      return builder;
    },
    withMatrixNode: () => builder,
    withTable: (_t: unknown, row: number) => (parts.push(`r#${row}`), builder),
    createSelectionId: () => selectionId(parts.join("|")),
  };
  return builder;
}

function selectionManager() {
  let selected: unknown[] = [];
  return {
    select: (ids: unknown | unknown[], multi = false) => {
      const list = Array.isArray(ids) ? ids : [ids];
      selected = multi ? [...selected, ...list] : list;
      return Promise.resolve(selected);
    },
    clear: () => ((selected = []), Promise.resolve()),
    getSelectionIds: () => selected,
    hasSelection: () => selected.length > 0,
    registerOnSelectCallback: () => undefined,
    showContextMenu: () => Promise.resolve(),
    toggleExpandCollapse: () => Promise.resolve(),
  };
}

const PALETTE = [
  "#118DFF",
  "#12239E",
  "#E66C37",
  "#6B007B",
  "#E044A7",
  "#744EC2",
  "#D9B300",
  "#D64550",
];

/** Builds the host and the signal the benchmark waits on; unknown members are recorded, not thrown. */
export function createHost(missing: Set<string>): { host: unknown; rendering: RenderSignal } {
  let events = 0;
  let waiters: { seen: number; resolve: (ok: boolean) => void }[] = [];
  const settle = () => {
    events++;
    const ready = waiters.filter((w) => events > w.seen);
    waiters = waiters.filter((w) => events <= w.seen);
    for (const w of ready) w.resolve(true);
  };
  let colour = 0;
  const host: Record<string, unknown> = {
    locale: "nl-NL",
    instanceId: "bench",
    hostCapabilities: { allowInteractions: true, allowModalDialog: false },
    createSelectionIdBuilder: selectionIdBuilder,
    createSelectionManager: selectionManager,
    colorPalette: {
      getColor: () => ({ value: PALETTE[colour++ % PALETTE.length] }),
      reset: () => ((colour = 0), undefined),
      isHighContrast: false,
      foreground: { value: "#252423" },
      foregroundLight: { value: "#605E5C" },
      foregroundDark: { value: "#000000" },
      foregroundNeutralLight: { value: "#C8C6C4" },
      foregroundNeutralDark: { value: "#201F1E" },
      foregroundNeutralSecondary: { value: "#605E5C" },
      foregroundSelected: { value: "#000000" },
      background: { value: "#FFFFFF" },
      backgroundLight: { value: "#F3F2F1" },
      backgroundNeutral: { value: "#C8C6C4" },
      backgroundDark: { value: "#000000" },
      hyperlink: { value: "#0078D4" },
      visitedHyperlink: { value: "#0078D4" },
    },
    tooltipService: {
      enabled: () => true,
      show: () => undefined,
      move: () => undefined,
      hide: () => undefined,
    },
    eventService: {
      renderingStarted: () => undefined,
      renderingFinished: () => settle(),
      renderingFailed: () => settle(),
    },
    createLocalizationManager: () => ({ getDisplayName: (key: string) => key }),
    persistProperties: () => undefined,
    fetchMoreData: () => false,
    displayWarningIcon: () => undefined,
    refreshHostData: () => undefined,
    launchUrl: () => undefined,
    applyJsonFilter: () => undefined,
    telemetry: { trace: () => undefined },
    switchFocusModeState: () => undefined,
    hostEnv: 0,
  };
  const proxied = new Proxy(host, {
    get(target, name) {
      if (typeof name === "string" && !(name in target) && name !== "then") missing.add(name);
      return target[name as string];
    },
  });
  const rendering: RenderSignal = {
    count: () => events,
    after(seen, timeoutMs) {
      if (events > seen) return Promise.resolve(true);
      return new Promise((resolve) => {
        const waiter = { seen, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          if (!waiters.includes(waiter)) return;
          waiters = waiters.filter((w) => w !== waiter);
          resolve(false);
        }, timeoutMs);
      });
    },
  };
  return { host: proxied, rendering };
}
