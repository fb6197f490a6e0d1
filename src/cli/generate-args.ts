/** Reads the generator's command line into sample options. */

import { SAMPLE_DEFAULTS, SampleOptions } from "./sample/dataset";

/** The generator's options: what to generate and where to write it. */
export interface GenerateOptions extends SampleOptions {
  /** Aim for about this many data rows instead of a household count. */
  rows: number | undefined;
  /** Output file; standard output when undefined. */
  out: string | undefined;
}

const WHOLE = /^\d+$/;

/** Parses `[--households N | --rows N] [--snapshots N] [--start yyyy-mm-dd] [--seed N] [--semicolon] [--out FILE]`. */
export function parseGenerateArgs(
  argv: readonly string[],
): { help: true } | { help: false; options: GenerateOptions } | { error: string } {
  const o: GenerateOptions = { ...SAMPLE_DEFAULTS, rows: undefined, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].includes("=")
      ? argv[i].split(/=(.*)/s, 2)
      : [argv[i], undefined];
    const value = (): string => inline ?? argv[++i] ?? "";
    const whole = (min: number): number | string => {
      const v = value();
      return WHOLE.test(v) && Number(v) >= min
        ? Number(v)
        : `${name} verwacht een geheel getal ≥ ${min}, niet '${v}' / ${name} expects a whole number ≥ ${min}, not '${v}'`;
    };
    let n: number | string = 0;
    if (name === "--help" || name === "-h") return { help: true };
    else if (name === "--semicolon") o.semicolon = true;
    else if (name === "--out") o.out = value();
    else if (name === "--start") {
      o.start = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.start))
        return { error: `--start verwacht jjjj-mm-dd / --start expects yyyy-mm-dd: '${o.start}'` };
    } else if (name === "--households" && typeof (n = whole(1)) === "number") o.households = n;
    else if (name === "--rows" && typeof (n = whole(1)) === "number") o.rows = n;
    else if (name === "--snapshots" && typeof (n = whole(1)) === "number") o.snapshots = n;
    else if (name === "--seed" && typeof (n = whole(0)) === "number") o.seed = n;
    else if (typeof n === "string") return { error: n };
    else return { error: `onbekende optie '${argv[i]}' / unknown option '${argv[i]}'` };
  }
  if (o.out === "") return { error: "--out verwacht een bestand / --out expects a file" };
  return { help: false, options: o };
}
