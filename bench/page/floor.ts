/**
 * The floor: what the hardware allows for the same scores. Rows are pre-parsed into typed arrays
 * (untimed); the timed part is one tight pass computing every household's scores, then the ranking.
 */

import {
  DOMAINS,
  DOMAIN_CODES,
  EARLY_WARNING_WEIGHTS,
  GROUP_OF_FACTOR,
  OTHER_DOMAIN,
  PRIORITY_GROUPS,
  customCode,
  matchDomain,
  matchFactor,
} from "../../src/model/catalogue";
import { readDay } from "../../src/model/rows";
import { Columns } from "./csv";
import { settle } from "./frame";

/** Rows as integer ids and per-factor lookup tables: the input of the floor's pass. */
export interface FloorRows {
  rows: number;
  households: number;
  household: Int32Array;
  factor: Int32Array;
  source: Int32Array;
  day: Float64Array;
  active: Uint8Array;
  parents: Int32Array;
  children: Int32Array;
  /** The dataset's weight on the row, NaN when blank. */
  weight: Float64Array;
  factorGroup: Int32Array;
  factorDomain: Uint8Array;
  factorEarlyWarning: Float64Array;
  groupWeight: Float64Array;
  sources: number;
  /** Position of each household's key in code point order: the ranking's last tie-break. */
  keyRank: Int32Array;
  /** Household keys by id. */
  keys: string[];
}

function interner() {
  const ids = new Map<string, number>();
  return { ids, id: (s: string) => ids.get(s) ?? (ids.set(s, ids.size), ids.size - 1) };
}

/** Parses the columns into ids once; not part of the floor's time. */
export function preparse(data: Columns): FloorRows {
  const n = data.rows;
  const col = (name: string) => data.cells.get(name) ?? new Array<string>(n).fill("");
  const [keys, factors, sources, dates, values, parents, children, weights, leefgebieden] = [
    "huishouden",
    "factor",
    "bron",
    "peildatum",
    "waarde",
    "ouders",
    "kinderen",
    "gewicht",
    "leefgebied",
  ].map(col);
  const hh = interner();
  const ff = interner();
  const ss = interner();
  const groups = interner();
  for (const g of PRIORITY_GROUPS) groups.id(g.code);
  const out: FloorRows = {
    rows: n,
    households: 0,
    household: new Int32Array(n),
    factor: new Int32Array(n),
    source: new Int32Array(n),
    day: new Float64Array(n),
    active: new Uint8Array(n),
    parents: new Int32Array(n),
    children: new Int32Array(n),
    weight: new Float64Array(n),
    factorGroup: new Int32Array(0),
    factorDomain: new Uint8Array(0),
    factorEarlyWarning: new Float64Array(0),
    groupWeight: new Float64Array(0),
    sources: 0,
    keyRank: new Int32Array(0),
    keys: [],
  };
  // Factors by code, so two spellings of one factor are one factor, as in the model.
  const codeOfText = new Map<string, string>();
  const codeOf = (text: string): string => {
    let code = codeOfText.get(text);
    if (code === undefined)
      codeOfText.set(text, (code = matchFactor(text)?.code ?? customCode(text)));
    return code;
  };
  const factorCodes: string[] = [];
  const factorLeefgebied: string[] = [];
  for (let i = 0; i < n; i++) {
    out.household[i] = hh.id(keys[i]);
    const before = ff.ids.size;
    const code = codeOf(factors[i]);
    out.factor[i] = ff.id(code);
    if (ff.ids.size > before) (factorCodes.push(code), factorLeefgebied.push(leefgebieden[i]));
    out.source[i] = sources[i].trim() ? ss.id(sources[i].trim().toLowerCase()) : -1;
    const value = values[i] === "" ? 1 : Number(values[i]);
    out.active[i] = value > 0 ? 1 : 0;
    out.parents[i] = parents[i] === "" ? -1 : Number(parents[i]);
    out.children[i] = children[i] === "" ? -1 : Number(children[i]);
    out.weight[i] = weights[i] === "" ? NaN : Number(weights[i]);
    // Rows the model rejects get no day, so no pass counts them.
    const rejected =
      !keys[i].trim() ||
      !factors[i].trim() ||
      !(value >= 0) ||
      !(Number.isInteger(out.parents[i]) && out.parents[i] >= -1) ||
      !(Number.isInteger(out.children[i]) && out.children[i] >= -1) ||
      (weights[i] !== "" && !(out.weight[i] >= 0)) ||
      (parents[i] !== "" && out.parents[i] < 0) ||
      (children[i] !== "" && out.children[i] < 0);
    out.day[i] = rejected ? NaN : dates[i] ? readDay(dates[i]) : 0;
  }
  const known = factorCodes.map((code) => matchFactor(code));
  const codes = factorCodes;
  out.factorGroup = Int32Array.from(codes, (c) => groups.id(GROUP_OF_FACTOR.get(c) ?? c));
  // A custom factor takes its domain from the leefgebied of its first row, as the model does.
  const customDomain = (f: number) => {
    const given = factorLeefgebied[f] ? matchDomain(factorLeefgebied[f]) : undefined;
    return given ? DOMAIN_CODES.indexOf(given.code) : OTHER_DOMAIN;
  };
  out.factorDomain = Uint8Array.from(known, (k, f) =>
    k ? DOMAIN_CODES.indexOf(k.domain) : customDomain(f),
  );
  out.factorEarlyWarning = Float64Array.from(codes, (c) => EARLY_WARNING_WEIGHTS[c] ?? 0);
  const defaults = new Map(PRIORITY_GROUPS.map((g) => [g.code, g.weight]));
  out.groupWeight = Float64Array.from(groups.ids.keys(), (g) => defaults.get(g) ?? 0);
  out.households = hh.ids.size;
  out.keys = [...hh.ids.keys()];
  const keyOrder = [...hh.ids.keys()]
    .map((k, h) => [k, h] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  out.keyRank = new Int32Array(out.households);
  keyOrder.forEach(([, h], rank) => (out.keyRank[h] = rank));
  out.sources = ss.ids.size;
  return out;
}

/** The scores of the floor's pass, enough to check it against the visual's. */
export interface FloorScores {
  priority: Float64Array;
  earlyWarning: Float64Array;
  domains: Uint8Array;
  light: Uint8Array;
  flags: Uint8Array;
  order: Int32Array;
}

/**
 * A scan for the snapshots and the dataset's weights, then one pass: priority, previous priority,
 * early warning, domains, sources; then light, flags, family scope and the rank order.
 */
export function floorPass(r: FloorRows): FloorScores {
  const n = r.households;
  const F = r.factorGroup.length;
  const G = r.groupWeight.length;
  const D = DOMAINS.length;
  const S = Math.max(1, r.sources);

  // A first, cheap pass: the latest and previous snapshots, and the dataset's weight per group.
  let latest = -Infinity;
  let previous = -Infinity;
  const datasetWeight = new Float64Array(G).fill(-1);
  for (let i = 0; i < r.rows; i++) {
    const d = r.day[i];
    if (Number.isNaN(d)) continue;
    if (d > latest) ((previous = latest), (latest = d));
    else if (d < latest && d > previous) previous = d;
    const g = r.factorGroup[r.factor[i]];
    if (r.weight[i] > datasetWeight[g]) datasetWeight[g] = r.weight[i];
  }
  const groupWeight = new Float64Array(G);
  for (let g = 0; g < G; g++)
    groupWeight[g] = datasetWeight[g] >= 0 ? datasetWeight[g] : r.groupWeight[g];

  const priority = new Float64Array(n);
  const previousPriority = new Float64Array(n);
  const previousSeen = new Uint8Array(n * G);
  const earlyWarning = new Float64Array(n);
  const domainCounts = new Uint16Array(n * D);
  const domains = new Uint8Array(n);
  const sourceCount = new Uint8Array(n);
  const parents = new Int32Array(n).fill(-1);
  const children = new Int32Array(n).fill(-1);
  const factorSeen = new Uint8Array(n * F);
  const groupSeen = new Uint8Array(n * G);
  const sourceSeen = new Uint8Array(n * S);
  const present = new Uint8Array(n);

  // Locals, so the hot loop reads typed arrays and nothing else.
  const { household, factor, source, day, active, factorGroup, factorDomain, factorEarlyWarning } =
    r;
  const rowParents = r.parents;
  const rowChildren = r.children;
  for (let i = 0; i < r.rows; i++) {
    if (day[i] !== latest) {
      // The previous snapshot only feeds the rising flag: its priority, nothing else.
      if (day[i] === previous && active[i]) {
        const h = household[i];
        const g = factorGroup[factor[i]];
        if (!previousSeen[h * G + g])
          ((previousSeen[h * G + g] = 1), (previousPriority[h] += groupWeight[g]));
      }
      continue;
    }
    const h = household[i];
    present[h] = 1;
    if (rowParents[i] > parents[h]) parents[h] = rowParents[i];
    if (rowChildren[i] > children[h]) children[h] = rowChildren[i];
    if (!active[i]) continue;
    const f = factor[i];
    if (!factorSeen[h * F + f]) {
      factorSeen[h * F + f] = 1;
      earlyWarning[h] += factorEarlyWarning[f];
      if (domainCounts[h * D + factorDomain[f]]++ === 0) domains[h]++;
      const g = factorGroup[f];
      if (!groupSeen[h * G + g]) {
        groupSeen[h * G + g] = 1;
        priority[h] += groupWeight[g];
      }
    }
    const s = source[i];
    if (s >= 0 && !sourceSeen[h * S + s]) {
      sourceSeen[h * S + s] = 1;
      sourceCount[h]++;
    }
  }

  const light = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const ranked = new Int32Array(n);
  let m = 0;
  for (let h = 0; h < n; h++) {
    light[h] = priority[h] >= 10 ? 2 : priority[h] >= 5 ? 1 : 0;
    const rising = previous > -Infinity && priority[h] - previousPriority[h] >= 1;
    flags[h] =
      (earlyWarning[h] >= 2 ? 1 : 0) |
      (domains[h] >= 3 ? 2 : 0) |
      (sourceCount[h] >= 3 ? 4 : 0) |
      (rising ? 8 : 0);
    if (present[h] && parents[h] !== 0 && children[h] !== 0) ranked[m++] = h;
  }
  const keyRank = r.keyRank;
  const order = ranked
    .subarray(0, m)
    .sort(
      (a, b) =>
        priority[b] - priority[a] ||
        earlyWarning[b] - earlyWarning[a] ||
        domains[b] - domains[a] ||
        keyRank[a] - keyRank[b],
    );
  return { priority, earlyWarning, domains, light, flags, order };
}

/** Times the pass `runs` times. */
export async function benchFloor(
  data: Columns,
  runs: number,
): Promise<{ ms: number[]; top: number }> {
  const rows = preparse(data);
  const ms: number[] = [];
  let top = 0;
  await settle("full");
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: (o: object) => void }).gc?.({ type: "minor" });
    const t0 = performance.now();
    const scores = floorPass(rows);
    ms.push(performance.now() - t0);
    top = scores.priority[scores.order[0]];
  }
  return { ms, top };
}
