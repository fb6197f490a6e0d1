/** Reads the scorer's command line into options, or one sentence saying what is wrong with it. */

/** The scorer's options. */
export interface ScoreOptions {
  file: string;
  settings: string | undefined;
  level: "household" | "wijk";
  json: boolean;
}

/** What the command line asks for: help, a run, or a refusal with its reason. */
export type ParsedArgs =
  { help: true } | { help: false; options: ScoreOptions } | { error: string };

const LEVELS = ["household", "wijk"] as const;

/** Parses `FILE.csv [--settings FILE.json] [--level household|wijk] [--json]`; `--opt=value` also works. */
export function parseScoreArgs(argv: readonly string[]): ParsedArgs {
  const files: string[] = [];
  let settings: string | undefined;
  let level: ScoreOptions["level"] = "household";
  let json = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = (): string | undefined =>
      inline ??
      (argv[i + 1] !== undefined && !argv[i + 1].startsWith("--") ? argv[++i] : undefined);

    if (name === "--help" || name === "-h") return { help: true };
    else if (name === "--json" && inline === undefined) json = true;
    else if (name === "--settings") {
      settings = value();
      if (!settings)
        return { error: "--settings verwacht een bestand / --settings expects a file" };
    } else if (name === "--level") {
      const given = value();
      if (!LEVELS.includes(given as ScoreOptions["level"])) {
        return {
          error: `--level moet household of wijk zijn, niet '${given ?? ""}' / --level must be household or wijk, not '${given ?? ""}'`,
        };
      }
      level = given as ScoreOptions["level"];
    } else if (arg.startsWith("-") && arg !== "-") {
      return { error: `onbekende optie '${arg}' / unknown option '${arg}'` };
    } else files.push(arg);
  }

  if (files.length === 0)
    return { error: "geef een CSV-bestand op / give a CSV file (see --help)" };
  if (files.length > 1)
    return {
      error: `één CSV-bestand verwacht, kreeg ${files.length} / one CSV file expected, got ${files.length}`,
    };
  return { help: false, options: { file: files[0], settings, level, json } };
}
