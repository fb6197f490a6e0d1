/** One sample household: who it is, where it lives, and which signals it has in which month. */

import { CLUSTERS, ClusterFactor, MILD, Source, Traits } from "./clusters";
import { Random } from "./prng";

/** A signal over time: active from `from` up to (not including) `to`; reported closed (value 0) at `to`. */
export interface Episode {
  code: string;
  source: Source;
  from: number;
  to: number;
}

/** A sample household with its episodes, in snapshot indices 0 .. snapshots − 1. */
export interface SampleHousehold {
  key: string;
  wijk: string;
  parents: number;
  children: number;
  episodes: Episode[];
}

/** Borne's districts with their share of households; Hertme is kept tiny on purpose (see `wijkOf`). */
const WIJKEN: readonly (readonly [string, number])[] = [
  ["Centrum", 20],
  ["Bornsche Maten", 20],
  ["Borne-West", 15],
  ["Stroomgebied", 15],
  ["Zenderen", 12],
  ["Dorp", 10],
  ["Letterdijk", 8],
  ["", 1],
];

/** The small district: exactly these households live there, so the privacy rule always shows. */
const SMALL_WIJK = "Hertme";
const SMALL_WIJK_MEMBERS = new Set([41, 138, 235]);

function wijkOf(index: number, random: Random): string {
  return SMALL_WIJK_MEMBERS.has(index) ? SMALL_WIJK : random.weighted(WIJKEN);
}

/** When a problem starts and stops: most are already known at the first snapshot, some appear later. */
function span(random: Random, snapshots: number): [number, number] {
  const from = random.chance(0.55) || snapshots === 1 ? 0 : random.int(1, snapshots - 1);
  const to =
    random.chance(0.15) && from < snapshots - 1 ? random.int(from + 1, snapshots - 1) : snapshots;
  return [from, to];
}

function episodesOf(
  factor: ClusterFactor,
  [from, to]: [number, number],
  random: Random,
  snapshots: number,
): Episode[] {
  // Members of a cluster sometimes surface a month after the first one.
  const start = Math.min(snapshots - 1, from + (random.chance(0.2) ? 1 : 0));
  const first: Episode = {
    code: factor.code,
    source: factor.sources[0],
    from: start,
    to: Math.max(to, start + 1),
  };
  const second = factor.sources[1];
  return second && random.chance(0.35) ? [first, { ...first, source: second }] : [first];
}

/** Builds household `index` from its own random source, so any household can be made on its own. */
export function sampleHousehold(
  index: number,
  keyWidth: number,
  snapshots: number,
  random: Random,
): SampleHousehold {
  const traits: Traits = { risk: random.next() ** 2, lowIncome: false };
  traits.lowIncome = random.chance(0.2 + 0.3 * traits.risk);
  const wijk = wijkOf(index, random);
  const parents = random.chance(0.01) ? 0 : random.chance(0.3) ? 1 : 2;
  const children = random.chance(0.08) ? 0 : random.int(1, 4);

  const episodes: Episode[] = [];
  for (const cluster of CLUSTERS) {
    if (!random.chance(cluster.p(traits))) continue;
    const when = span(random, snapshots);
    for (const factor of cluster.factors) {
      if (random.chance(factor.p)) episodes.push(...episodesOf(factor, when, random, snapshots));
    }
  }
  for (const factor of MILD) {
    if (random.chance(factor.p))
      episodes.push(...episodesOf(factor, [0, snapshots], random, snapshots));
  }
  if (episodes.length === 0) {
    const factor = MILD[random.int(0, MILD.length - 1)];
    episodes.push({ code: factor.code, source: factor.sources[0], from: 0, to: snapshots });
  }

  const key = `HH-${String(index + 1).padStart(keyWidth, "0")}`;
  return { key, wijk, parents, children, episodes };
}
