/** Writes the seeded synthetic dataset: `npm run -s generate -- [--households N | --rows N] [--seed N] [--semicolon] [--out FILE]`. */

import { createWriteStream } from "node:fs";
import { Writable } from "node:stream";
import { parseGenerateArgs } from "./generate-args";
import { householdsForRows, sampleCsv } from "./sample/dataset";

const HELP = `Gebruik: npm run -s generate -- [--households N | --rows N] [--snapshots N] [--start jjjj-mm-dd] [--seed N] [--semicolon] [--out BESTAND]
Schrijft een synthetische dataset met signalen (geen echte personen). Dezelfde seed geeft dezelfde bytes.
Standaard: 400 huishoudens, 6 maandelijkse peildatums vanaf 2026-06-01, seed 1, komma's, naar standaarduitvoer.
  --rows N       ongeveer N rijen (het aantal huishoudens wordt erbij gekozen)
  --semicolon    puntkomma's en decimale komma's, zoals Nederlandse spreadsheets schrijven

Usage: npm run -s generate -- [--households N | --rows N] [--snapshots N] [--start yyyy-mm-dd] [--seed N] [--semicolon] [--out FILE]
Writes a synthetic signal dataset (no real people). The same seed gives the same bytes.
Defaults: 400 households, 6 monthly snapshot dates from 2026-06-01, seed 1, commas, to standard output.
  --rows N       about N rows (the household count is chosen to match)
  --semicolon    semicolons and decimal commas, as Dutch spreadsheets write them
`;

const CHUNK = 1 << 16;

/** Streams the generator's text into a writable in 64 KiB pieces, waiting when the writable is full. */
export async function writeSample(chunks: Iterable<string>, out: Writable): Promise<void> {
  let buffer = "";
  const flush = async () => {
    if (!out.write(buffer)) await new Promise((resolve) => out.once("drain", resolve));
    buffer = "";
  };
  for (const text of chunks) {
    buffer += text;
    if (buffer.length >= CHUNK) await flush();
  }
  if (buffer) await flush();
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseGenerateArgs(argv);
  if ("error" in parsed) {
    process.stderr.write(parsed.error + "\n");
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const o = parsed.options;
  const households = o.rows === undefined ? o.households : householdsForRows(o.rows, o);
  const out = o.out === undefined ? process.stdout : createWriteStream(o.out, { encoding: "utf8" });
  await writeSample(sampleCsv({ ...o, households }), out);
  if (out !== process.stdout)
    await new Promise<void>((resolve, reject) =>
      out.end((e?: Error | null) => (e ? reject(e) : resolve())),
    );
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (status) => (process.exitCode = status),
    (e: unknown) => {
      process.stderr.write(
        `schrijven mislukt / writing failed: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
