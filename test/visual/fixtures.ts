/** Test fixtures: seeded synthetic households as a categorical DataView, and a host with keyed ids. */

import powerbi from "powerbi-visuals-api";
import {
  createCategoricalDataViewBuilder,
  createSelectionId,
  createVisualHost,
} from "powerbi-visuals-utils-testutils";
import { resources } from "../../src/i18n/resources";
import { Visual } from "../../src/visual";

/** One synthetic signal row; `waarde` may be any cell, to test rejection. */
export interface Row {
  huishouden: string;
  factor: string;
  wijk?: string;
  bron?: string;
  peildatum?: Date;
  waarde?: unknown;
  ouders?: number;
  kinderen?: number;
  gewicht?: number;
}

/** A small seeded generator (mulberry32), so fixtures are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FACTORS = [
  "veiligheid_kind",
  "huiselijk_geweld",
  "psych_kind",
  "hulpverlening_stagneert",
  "psych_ouders",
  "cogn_kind",
  "pedagogische_onmacht",
  "openbare_orde",
  "financiele_problemen",
  "schoolverzuim",
  "lage_ses",
  "vechtscheiding",
  "relatieproblemen",
  "gebrek_netwerk",
  "huisvesting",
  "lange_hulpgeschiedenis",
];
/** Districts; Hertme gets few households so that it is suppressed at district level. */
const WIJKEN = ["Centrum", "Born-Noord", "Born-Zuid", "Zenderen", "Hertme"];
const BRONNEN = ["WMO", "Jeugd", "Werk en Inkomen", "Leerplicht", "BOA"];
export const PREVIOUS = new Date(2026, 0, 31);
export const LATEST = new Date(2026, 1, 28);

/** Synthetic rows for `n` households over two snapshots; household keys are `HH0001`, `HH0002`, … */
export function syntheticRows(n: number, seed = 7, previous = true): Row[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const rows: Row[] = [];
  for (let i = 1; i <= n; i++) {
    const huishouden = `HH${String(i).padStart(4, "0")}`;
    const wijk = i % 37 === 0 ? "Hertme" : pick(WIJKEN.slice(0, 4));
    const ouders = 1 + Math.floor(rnd() * 2);
    const kinderen = i % 23 === 0 ? 0 : 1 + Math.floor(rnd() * 3);
    const count = 1 + Math.floor(rnd() * rnd() * 7);
    const factors = new Set<string>();
    while (factors.size < count) factors.add(pick(FACTORS));
    for (const factor of factors) {
      const base = { huishouden, factor, wijk, ouders, kinderen };
      rows.push({ ...base, bron: pick(BRONNEN), peildatum: LATEST, waarde: 1 });
      if (previous && rnd() < 0.6)
        rows.push({ ...base, bron: pick(BRONNEN), peildatum: PREVIOUS, waarde: 1 });
    }
  }
  return rows;
}

const GROUPING = ["huishouden", "factor", "wijk", "leefgebied", "bron", "peildatum"] as const;
const MEASURES = ["waarde", "ouders", "kinderen", "gewicht"] as const;

/** The DataView Power BI sends for rows: one category column per bound grouping role, one value column per measure. */
export function dataView(
  rows: Row[],
  options: {
    objects?: powerbi.DataViewObjects;
    highlights?: (row: Row) => boolean;
    segment?: boolean;
  } = {},
): powerbi.DataView {
  const bound = (role: string) =>
    rows.some((r) => (r as unknown as Record<string, unknown>)[role] !== undefined);
  const cell = (r: Row, role: string) =>
    ((r as unknown as Record<string, unknown>)[role] ?? null) as powerbi.PrimitiveValue;
  const categories = GROUPING.filter(
    (role) => role === "huishouden" || role === "factor" || bound(role),
  ).map((role, i) => ({
    source: { displayName: role, queryName: `Signalen.${role}`, index: i, roles: { [role]: true } },
    values: rows.map((r) => cell(r, role)),
    identity: rows.map(
      (_, j) => ({ key: `${role}:${j}` }) as unknown as powerbi.visuals.CustomVisualOpaqueIdentity,
    ),
  }));
  const columns = MEASURES.filter(bound).map((role, i) => ({
    source: {
      displayName: role,
      queryName: `Sum(Signalen.${role})`,
      index: categories.length + i,
      roles: { [role]: true },
      isMeasure: true,
    },
    values: rows.map((r) => cell(r, role)),
    highlights: options.highlights
      ? rows.map((r) => (options.highlights?.(r) ? (cell(r, role) ?? 1) : null))
      : undefined,
  }));
  const view = createCategoricalDataViewBuilder()
    .withCategories(categories as unknown as powerbi.DataViewCategoryColumn[])
    .withValues({ columns: columns as never })
    .build();
  view.metadata.objects = options.objects;
  if (options.segment) view.metadata.segment = {};
  return view;
}

/** A selection-id builder whose ids carry their category and row, unlike testutils' random ones. */
class KeyedIdBuilder {
  private key = "";
  withCategory(column: powerbi.DataViewCategoryColumn, index: number) {
    this.key = `${column.source.queryName}:${index}`;
    return this;
  }
  createSelectionId() {
    return createSelectionId(this.key);
  }
}

/** A testutils host with keyed selection ids, a locale and the visual's string resources, as Power BI serves them. */
export function makeHost(locale = "nl-NL") {
  const displayNames = resources(locale.startsWith("nl") ? "nl-NL" : "en-US");
  const host = createVisualHost({
    isEnabled: true,
    allowInteractions: true,
    locale: { [locale]: locale },
    displayNames,
  } as Parameters<typeof createVisualHost>[0]);
  (host as unknown as { createSelectionIdBuilder: () => KeyedIdBuilder }).createSelectionIdBuilder =
    () => new KeyedIdBuilder();
  return host;
}

/** A visual in a fresh element, updated with a DataView. */
export function mount(
  view: powerbi.DataView | undefined,
  opts: { locale?: string; width?: number; height?: number } = {},
) {
  const element = document.createElement("div");
  document.body.replaceChildren(element);
  const host = makeHost(opts.locale);
  const visual = new Visual({
    element,
    host,
  } as unknown as powerbi.extensibility.visual.VisualConstructorOptions);
  const update = (dv: powerbi.DataView | undefined, type = 2) =>
    visual.update({
      dataViews: dv ? [dv] : [],
      viewport: { width: opts.width ?? 1200, height: opts.height ?? 600 },
      type,
    } as unknown as powerbi.extensibility.visual.VisualUpdateOptions);
  update(view);
  return { element, host, visual, update };
}

/** Element nodes under a root (what "DOM nodes" counts). */
export const nodeCount = (root: Element): number => root.getElementsByTagName("*").length + 1;

/**
 * Moves the pointer along every bar, as a user hovering each segment would. A bar's segments are
 * its track's background, found from the pointer's place; jsdom lays nothing out, so a track
 * without a size is given one of 100 px first.
 */
export function hoverAlongBars(root: Element): void {
  for (const track of Array.from(root.querySelectorAll<HTMLElement>(".gb-track"))) {
    if (track.getBoundingClientRect().width === 0)
      track.getBoundingClientRect = () => new DOMRect(0, 0, 100, 28);
    for (let x = 1; x < 100; x += 2)
      track.dispatchEvent(new MouseEvent("pointermove", { bubbles: true, clientX: x, clientY: 5 }));
  }
}
