/** The benchmark page's entry: loads a dataset and runs one contender at a time for the Node driver. */

import { Columns, parseCsv } from "./csv";
import { benchFloor } from "./floor";
import { VisualRequest, VisualSession, benchVisual } from "./gezinsbeeld";
import { benchNaiveD3 } from "./naive-d3";
import { benchVegaLite } from "./vegalite";

let data: Columns | undefined;
let changed: Columns | undefined;
let session: VisualSession | undefined;
const missing = new Set<string>();

const loaded = (): Columns => {
  if (!data) throw new Error("load a dataset first");
  return data;
};

/** The API the driver calls through page.evaluate. */
const bench = {
  /** Loads the dataset every contender draws, and the changed one the visual's data changes alternate with. */
  async load(url: string, changedUrl: string): Promise<{ rows: number }> {
    data = changed = session = undefined;
    const read = async (u: string) => parseCsv(await (await fetch(u)).text());
    data = await read(url);
    changed = await read(changedUrl);
    return { rows: data.rows };
  },
  async visual(r: VisualRequest) {
    const samples = await benchVisual([loaded(), changed!], r, missing);
    // The DataViews are the largest thing in memory; let them go so later garbage collections are quick.
    changed = undefined;
    return samples;
  },
  /** Step-by-step control for the profiler. */
  session: {
    open: async (r: VisualRequest) => (
      (session = new VisualSession([loaded(), changed!], r, missing)),
      session.first()
    ),
    prepareDataChange: () => session!.prepareDataChange(),
    dataChange: () => session!.dataChange(),
    weightChange: (i: number) => session!.weightChange(i),
    close: () => session?.close(),
  },
  vegaLite: (runs: number, renderer: "svg" | "canvas", width: number, height: number) =>
    benchVegaLite(loaded(), runs, renderer, width, height),
  naiveD3: (runs: number, width: number, height: number) =>
    benchNaiveD3(loaded(), runs, width, height),
  floor: (runs: number) => benchFloor(loaded(), runs),
  /** Host members the visual asked for that the page's host does not provide. */
  missingHostMembers: () => [...missing],
};

(window as unknown as { bench: typeof bench }).bench = bench;
export type BenchApi = typeof bench;
