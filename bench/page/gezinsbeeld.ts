/** Times the packaged Gezinsbeeld visual: a data change, a weight change, and its DOM size. */

import { Columns } from "./csv";
import { BuiltDataView, buildDataView, withObjects } from "./dataview";
import { afterPaint, countNodes, freshStage, settle } from "./frame";
import { RenderSignal, createHost } from "./host";

/** What one size yields for the visual. */
export interface VisualSamples {
  firstMs: number;
  updateMs: number[];
  reweightMs: number[];
  /** The same runs, only the time until `update()` returned: the rest is style, layout and paint. */
  updateScriptMs: number[];
  reweightScriptMs: number[];
  domNodes: number;
  /** Whether the visual reports rendering-finished; when it does, timings wait for that event. */
  signalsRendering: boolean;
  /** Whether a weight change changed what is on screen (a check that the update did real work). */
  reweightChangedView: boolean;
}

/** The benchmark's request: runs, viewport and the two format-pane object sets to alternate. */
export interface VisualRequest {
  guid: string;
  runs: number;
  reweightRuns: number;
  width: number;
  height: number;
  /** Objects before the weight change and the alternative weight(s). */
  objects: [Record<string, unknown>, Record<string, unknown>];
}

// Power BI's enums, by value: VisualUpdateType.Data = 2, VisualDataChangeOperationKind.Create = 0.
const DATA = 2;
const CREATE = 0;

const options = (dataView: unknown, r: VisualRequest) => ({
  viewport: { width: r.width, height: r.height },
  dataViews: [dataView],
  type: DATA,
  operationKind: CREATE,
  viewMode: 0,
  editMode: 0,
  jsonFilters: [],
  isInFocus: false,
});

let signalsRendering: boolean | undefined;
/** The part of the last timed update spent inside `update()` itself, before the frame. */
let lastScriptMs = 0;

/** Calls update and waits for the visual's rendering-finished event (when it sends one) and a frame. */
async function timedUpdate(
  visual: { update(o: unknown): void },
  rendering: RenderSignal,
  opts: unknown,
): Promise<number> {
  const seen = rendering.count();
  const t0 = performance.now();
  visual.update(opts);
  lastScriptMs = performance.now() - t0;
  if (signalsRendering) await rendering.after(seen, 60_000);
  await afterPaint();
  return performance.now() - t0;
}

/** One visual instance on one dataset, driven step by step (the benchmark and the profiler share it). */
export class VisualSession {
  private readonly stage: HTMLElement;
  private readonly visual: { update(o: unknown): void; destroy?: () => void };
  private readonly rendering: RenderSignal;
  private built: BuiltDataView;
  private changes = 0;

  /** `datasets`: the dataset first shown, then the one each data change alternates with. */
  constructor(
    private readonly datasets: [Columns, Columns],
    private readonly r: VisualRequest,
    missing: Set<string>,
  ) {
    const plugin = (window as any).powerbi.visuals.plugins[r.guid]; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (!plugin) throw new Error(`visual ${r.guid} did not register`);
    this.stage = freshStage(r.width, r.height);
    const { host, rendering } = createHost(missing);
    this.rendering = rendering;
    this.visual = plugin.create({ element: this.stage, host });
    this.built = buildDataView(datasets[0], r.objects[0]);
  }

  /** The first update of the instance; it also tells whether the visual sends rendering events. */
  async first(): Promise<number> {
    const seen = this.rendering.count();
    const t0 = performance.now();
    this.visual.update(options(this.built.dataView, this.r));
    const probe = signalsRendering === undefined ? 3000 : signalsRendering ? 60_000 : 0;
    const signalled = probe
      ? this.rendering.after(seen, probe).then((ok) => (ok ? performance.now() : undefined))
      : undefined;
    await afterPaint();
    let t1 = performance.now();
    const at = await signalled;
    signalsRendering ??= at !== undefined;
    // Rendering that finished after that frame is timed to the frame after its event.
    if (at !== undefined && at > t1) {
      await afterPaint();
      t1 = performance.now();
    }
    return t1 - t0;
  }

  /**
   * Builds the next DataView (untimed): the other dataset, so the rows really differ. The visual may
   * compare cells and skip its table build when they are equal, as it should when Power BI resends.
   */
  prepareDataChange(): void {
    this.changes++;
    this.built = buildDataView(this.datasets[this.changes % 2], this.r.objects[0]);
  }

  /** A data change with the prepared DataView. */
  dataChange(): Promise<number> {
    return timedUpdate(this.visual, this.rendering, options(this.built.dataView, this.r));
  }

  /** A weight change: the same rows, the `i`-th objects of the alternation. */
  weightChange(i: number): Promise<number> {
    const objects = this.r.objects[(i + 1) % 2];
    return timedUpdate(
      this.visual,
      this.rendering,
      options(withObjects(this.built, objects), this.r),
    );
  }

  /** Nodes in the visual's element; and its markup, to tell whether a change changed the view. */
  nodes = (): number => countNodes(this.stage);
  markup = (): string => this.stage.innerHTML;
  signals = (): boolean => !!signalsRendering;

  close(): void {
    this.visual.destroy?.();
    this.stage.remove();
  }
}

/** Runs the visual on `data`: one cold update, `runs` data changes, `reweightRuns` weight changes. */
export async function benchVisual(
  datasets: [Columns, Columns],
  r: VisualRequest,
  missing: Set<string>,
): Promise<VisualSamples> {
  const session = new VisualSession(datasets, r, missing);
  await settle("full");
  const firstMs = await session.first();

  const updateMs: number[] = [];
  const updateScriptMs: number[] = [];
  for (let i = 0; i < r.runs; i++) {
    session.prepareDataChange();
    await settle();
    updateMs.push(await session.dataChange());
    updateScriptMs.push(lastScriptMs);
  }
  const domNodes = session.nodes();

  const reweightMs: number[] = [];
  const reweightScriptMs: number[] = [];
  const before = session.markup();
  let changed = false;
  for (let i = 0; i < r.reweightRuns; i++) {
    await settle();
    reweightMs.push(await session.weightChange(i));
    reweightScriptMs.push(lastScriptMs);
    if (i === 0) changed = session.markup() !== before;
  }
  session.close();
  return {
    firstMs,
    updateMs,
    reweightMs,
    updateScriptMs,
    reweightScriptMs,
    domNodes,
    signalsRendering: session.signals(),
    reweightChangedView: changed,
  };
}
