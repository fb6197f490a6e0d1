/**
 * `npm run bench -- --against=OTHER.pbiviz`: this build and another one, side by side in one run.
 * The two visuals are measured in turns (a round of each, then again, the first one switching), so both see the same
 * moments of a shared machine; the ratio between them is what to believe, not either time alone.
 */

import type { Page } from "playwright-core";
import type { BenchApi } from "../page/main";
import type { VisualSamples } from "../page/gezinsbeeld";
import { median } from "./report";

/** Rounds per size; each round runs each visual's updates and weight changes once more. */
const ROUNDS = 5;

type Call = <R>(fn: (b: BenchApi, arg: any) => Promise<R> | R, arg?: unknown) => Promise<R>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One build under comparison: the page to show it and a name to print. */
export interface Contender {
  name: string;
  index: string;
}

/** Measures both builds in turns at `households` and returns the lines to print. */
export async function measureAgainst(
  page: Page,
  call: Call,
  households: number,
  contenders: [Contender, Contender],
  request: Record<string, unknown>,
  log: (line: string) => void,
): Promise<string[]> {
  const samples: BuildSamples[] = contenders.map(() => ({ update: [], reweight: [] }));
  for (let round = 0; round < ROUNDS; round++) {
    // Each goes first in every other round, so neither always runs on a fresher page.
    for (const i of round % 2 ? [1, 0] : [0, 1]) {
      await page.goto(contenders[i].index);
      await call(
        (b, urls) => b.load(urls[0], urls[1]),
        [`/data/${households}.csv`, `/data/${households}-changed.csv`],
      );
      const v: VisualSamples = await call((b, r) => b.visual(r), request);
      samples[i].update.push(...v.updateMs);
      samples[i].reweight.push(...v.reweightMs);
    }
    log(`  ${households} households: round ${round + 1} of ${ROUNDS}`);
  }
  return againstLines(households, contenders, samples);
}

/** Samples of one build: its data changes and weight changes, in milliseconds. */
export interface BuildSamples {
  update: number[];
  reweight: number[];
}

/** The medians of both builds and this build's time as a multiple of the other's. */
export function againstLines(
  households: number,
  names: [{ name: string }, { name: string }],
  [mine, theirs]: BuildSamples[],
): string[] {
  const line = (what: string, a: number[], b: number[]) => {
    const [x, y] = [median(a), median(b)];
    return `  ${what.padEnd(13)}  ${names[0].name} ${x} ms, ${names[1].name} ${y} ms: ${(x / y).toFixed(2)}×`;
  };
  return [
    `At ${households} households, medians of ${mine.update.length} updates and ${mine.reweight.length} weight changes each:`,
    line("update", mine.update, theirs.update),
    line("weight change", mine.reweight, theirs.reweight),
  ];
}
