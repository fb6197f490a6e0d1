/** Loads the scorer's inputs from disk, turning every problem a user can cause into one sentence. */

import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { readTable } from "../csv/read";
import { HouseholdTable, Settings, defaultSettings, formatMessage, parseSettings } from "../model";

/** An input the scorer refuses; its message is one line, Dutch then English. */
export class Refusal extends Error {}

async function checkFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new Refusal(`bestand niet gevonden / file not found: ${path}`);
  if (!info.isFile()) throw new Refusal(`geen bestand / not a file: ${path}`);
}

const reasonOf = (e: unknown): string =>
  e instanceof Error ? e.message.split("\n")[0] : String(e);

/** Streams a CSV file into a household table; never holds the whole file as one string. */
export async function loadTable(path: string): Promise<HouseholdTable> {
  await checkFile(path);
  let outcome: Awaited<ReturnType<typeof readTable>>;
  try {
    outcome = await readTable(createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 }));
  } catch (e) {
    throw new Refusal(`bestand niet leesbaar / file could not be read: ${path} (${reasonOf(e)})`);
  }
  if (!outcome.ok)
    throw new Refusal(
      `${formatMessage(outcome.error, "nl")} / ${formatMessage(outcome.error, "en")}: ${path}`,
    );
  return outcome.table;
}

/** Reads a settings file, or the defaults when none is given. */
export async function loadSettings(path: string | undefined): Promise<Settings> {
  if (path === undefined) return defaultSettings();
  await checkFile(path);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new Refusal(
      `instellingen zijn geen geldige JSON / settings are not valid JSON: ${path} (${reasonOf(e)})`,
    );
  }
  const result = parseSettings(json);
  if (result.ok) return result.settings;
  const nl = result.errors.map((m) => formatMessage(m, "nl")).join("; ");
  const en = result.errors.map((m) => formatMessage(m, "en")).join("; ");
  throw new Refusal(`instellingen geweigerd: ${nl} / settings refused: ${en} (${path})`);
}
