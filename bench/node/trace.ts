/**
 * `--trace`: where a weight change's frame goes (style, layout, paint), from a Chrome trace of the
 * packaged visual. The sampling profiler (`--profile`) sees only script; this sees the rest.
 */

import type { Page } from "playwright-core";
import { Call, openSession } from "./profile";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** The main-thread phases worth naming, as the trace calls them. */
const PHASES: [string, string][] = [
  ["UpdateLayoutTree", "style recalculation"],
  ["Layout", "layout"],
  ["PrePaint", "pre-paint (paint properties, invalidation)"],
  ["Paint", "paint (recording the display lists)"],
  ["Layerize", "layerization"],
  ["Commit", "commit to the compositor"],
  ["MinorGC", "young-generation garbage collection"],
];

/** Traces `runs` weight changes of the visual, showing `view`, at `households` households. */
export async function traceVisual(
  page: Page,
  call: Call,
  households: number,
  guid: string,
  objects: [object, object],
  view: string,
): Promise<string[]> {
  const runs = 10;
  const shown = objects.map((o) => ({ ...o, display: { view } })) as [object, object];
  await openSession(call, households, guid, shown);
  // Warm up, so the trace sees the steady state a user sees on the second change.
  for (let i = 0; i < 6; i++) await call((b, i) => b.session.weightChange(i), i);

  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8",
    transferMode: "ReportEvents",
  });
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await call((b, i) => b.session.weightChange(i), i));
  await cdp.send("Tracing.end");
  await complete;
  await call((b) => b.session.close());

  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const perRun = new Map<string, number>();
  for (const e of events)
    if (e.ph === "X" && main && e.pid === main.pid && e.tid === main.tid)
      perRun.set(e.name, (perRun.get(e.name) ?? 0) + (e.dur ?? 0) / 1000 / runs);
  // Tasks nest; what is left of them besides the phases is script (the update) and the page's timing.
  const phases = PHASES.reduce((sum, [name]) => sum + (perRun.get(name) ?? 0), 0);
  const script = (perRun.get("RunTask") ?? 0) - phases;
  return [
    `Weight change at ${households} households, view "${view}" (${ms.map((x) => x.toFixed(1)).join(", ")} ms under the trace):`,
    "  main-thread time per run:",
    `  ${script.toFixed(2).padStart(8)} ms  script and the rest of the tasks`,
    ...PHASES.map(
      ([name, what]) => `  ${(perRun.get(name) ?? 0).toFixed(2).padStart(8)} ms  ${what}`,
    ),
  ];
}
