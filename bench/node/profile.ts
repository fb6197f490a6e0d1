/** `--profile`: where the visual's time goes, from Chrome's sampling profiler through CDP. */

import type { Page } from "playwright-core";

/** Runs a function in the benchmark page with its API (`bench/page/main.ts`) and one argument. */
export type Call = <R>(fn: (b: any, arg: any) => Promise<R> | R, arg?: unknown) => Promise<R>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Maps a line of the unminified visual bundle to its source file, from esbuild's `// src/…` markers. */
function sourceFiles(bundle: string): (line: number) => string {
  const marks: { line: number; file: string }[] = [];
  bundle.split("\n").forEach((text, line) => {
    const m = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
    if (m) marks.push({ line, file: m[1].replace(/^node_modules\//, "") });
  });
  return (line) => {
    let file = "visual.js";
    for (const m of marks) if (m.line <= line) file = m.file;
    return file;
  };
}

/** `--hot=file:function`: also list that function's hottest lines of the bundle. */
const HOT = process.argv.find((a) => a.startsWith("--hot="))?.slice("--hot=".length);
const hotLines = HOT ? new Map<number, number>() : undefined;
export const hot = () => hotLines;

/** Self and total milliseconds per file:function in one profile. */
function summarise(
  profile: Profile,
  fileOf: (line: number) => string,
): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    own.set(id, (own.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const keyOf = (n: ProfileNode): string => {
    const f = n.callFrame;
    const name = f.functionName || "(anonymous)";
    if (f.url.endsWith("/visual.js")) return `${fileOf(f.lineNumber)}:${name}`;
    if (f.url.endsWith("/page.js")) return `bench page:${name}`;
    return f.url ? `${f.url}:${name}` : name;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  // Total time counts a function once per call stack, so recursion is not double counted.
  const walk = (n: ProfileNode, stack: ReadonlySet<string>): number => {
    const key = keyOf(n);
    const inner = new Set(stack).add(key);
    let t = own.get(n.id) ?? 0;
    for (const c of n.children ?? []) t += walk(byId.get(c)!, inner);
    self.set(key, (self.get(key) ?? 0) + (own.get(n.id) ?? 0));
    if (!stack.has(key)) total.set(key, (total.get(key) ?? 0) + t);
    return t;
  };
  walk(profile.nodes[0], new Set());
  if (hotLines)
    for (const n of profile.nodes)
      if (keyOf(n) === HOT)
        for (const t of n.positionTicks ?? [])
          hotLines.set(t.line, (hotLines.get(t.line) ?? 0) + t.ticks);
  return { self, total };
}

/** The heaviest entries of the summed profiles, per run. */
function report(profiles: Profile[], fileOf: (line: number) => string): string[] {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const p of profiles) {
    const s = summarise(p, fileOf);
    for (const [k, v] of s.self) self.set(k, (self.get(k) ?? 0) + v);
    for (const [k, v] of s.total) total.set(k, (total.get(k) ?? 0) + v);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .filter(([key]) => !key.startsWith("("))
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([key, ms]) => `  ${(ms / profiles.length).toFixed(2).padStart(8)} ms  ${key}`);
  return [
    "  self time per run:",
    ...top(self, 20),
    "  total time per run (callees included):",
    ...top(total, 20),
  ];
}

/** Loads the dataset of `households` households into the page and opens a visual session on it. */
export async function openSession(
  call: Call,
  households: number,
  guid: string,
  objects: [object, object],
): Promise<void> {
  await call(
    (b, urls) => b.load(urls[0], urls[1]),
    [`/data/${households}.csv`, `/data/${households}-changed.csv`],
  );
  await call((b, r) => b.session.open(r), {
    guid,
    runs: 0,
    reweightRuns: 0,
    width: 1000,
    height: 700,
    objects,
  });
}

/** Profiles data changes and weight changes of the unminified visual at `households` households. */
export async function profileVisual(
  page: Page,
  call: Call,
  households: number,
  guid: string,
  objects: [object, object],
  bundle: string,
): Promise<string[]> {
  const fileOf = sourceFiles(bundle);
  const runs = 5;
  await openSession(call, households, guid, objects);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  const profiled = async (step: (i: number) => Promise<number>) => {
    const ms: number[] = [];
    const profiles: Profile[] = [];
    for (let i = 0; i < runs; i++) {
      await cdp.send("Profiler.start");
      ms.push(await step(i));
      profiles.push(((await cdp.send("Profiler.stop")) as unknown as { profile: Profile }).profile);
    }
    return { ms, profiles };
  };

  const data = await profiled(async () => {
    await cdp.send("Profiler.stop");
    await call((b) => b.session.prepareDataChange());
    await cdp.send("Profiler.start");
    return call((b) => b.session.dataChange());
  });
  const weight = await profiled((i) => call((b, i) => b.session.weightChange(i), i));
  await call((b) => b.session.close());
  const shown = (ms: number[]) => ms.map((x) => x.toFixed(1)).join(", ");
  return [
    `Data change at ${households} households (${shown(data.ms)} ms under the profiler):`,
    ...report(data.profiles, fileOf),
    "",
    `Weight change (${shown(weight.ms)} ms under the profiler):`,
    ...report(weight.profiles, fileOf),
  ];
}
