/**
 * `--trace`: where the frame after a data change and after a weight change goes (style, layout,
 * paint), from a Chrome trace of the packaged visual. The sampling profiler (`--profile`) sees
 * only script; this sees the rest.
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

/** Traces data changes and weight changes of the visual, showing `view`, at `households` households. */
export async function traceVisual(
  page: Page,
  call: Call,
  households: number,
  guid: string,
  objects: [object, object],
  view: string,
): Promise<string[]> {
  const shown = objects.map((o) => ({ ...o, display: { view } })) as [object, object];
  await openSession(call, households, guid, shown);
  // Warm up, so the trace sees the steady state a user sees on the second change.
  for (let i = 0; i < 6; i++) await call((b, i) => b.session.weightChange(i), i);
  const cdp = await page.context().newCDPSession(page);
  // One trace per run, so that preparing the next DataView (untimed in the benchmark) is not in it.
  const traced = async (
    what: string,
    runs: number,
    step: (i: number) => Promise<number>,
    prepare?: () => Promise<void>,
  ) => {
    const events: TraceEvent[] = [];
    const collect = (e: { value: unknown }) => events.push(...(e.value as TraceEvent[]));
    cdp.on("Tracing.dataCollected", collect);
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      await prepare?.();
      const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.start", {
        categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8",
        transferMode: "ReportEvents",
      });
      ms.push(await step(i));
      await cdp.send("Tracing.end");
      await complete;
    }
    cdp.off("Tracing.dataCollected", collect);
    const times = ms.map((x) => x.toFixed(1)).join(", ");
    return summary(`${what} (${times} ms under the trace)`, events, runs);
  };
  const data = await traced(
    "Data change",
    5,
    () => call((b) => b.session.dataChange()),
    () => call((b) => b.session.prepareDataChange()),
  );
  const weight = await traced("Weight change", 10, (i) =>
    call((b, i) => b.session.weightChange(i), i),
  );
  await call((b) => b.session.close());
  return [`At ${households} households, view "${view}":`, ...data, "", ...weight];
}

/** Main-thread time per run by phase. */
function summary(title: string, events: TraceEvent[], runs: number): string[] {
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const perRun = new Map<string, number>();
  for (const e of events)
    if (e.ph === "X" && main && e.pid === main.pid && e.tid === main.tid)
      perRun.set(e.name, (perRun.get(e.name) ?? 0) + (e.dur ?? 0) / 1000 / runs);
  // Tasks nest; what is left of them besides the phases is script (the update) and the page's timing.
  const phases = PHASES.reduce((sum, [name]) => sum + (perRun.get(name) ?? 0), 0);
  const script = (perRun.get("RunTask") ?? 0) - phases;
  return [
    `${title}, main-thread time per run:`,
    `  ${script.toFixed(2).padStart(8)} ms  script and the rest of the tasks`,
    ...PHASES.map(
      ([name, what]) => `  ${(perRun.get(name) ?? 0).toFixed(2).padStart(8)} ms  ${what}`,
    ),
  ];
}
