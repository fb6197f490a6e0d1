/** How each department's extract spells factors, domains and dates, as real ETL output varies. */

import { CATALOGUE, DOMAINS } from "../../model";
import { Source } from "./clusters";

/** Custom factors of the sample: the text the extract writes and the leefgebied it gives. */
const CUSTOM: Record<string, { text: string; leefgebied: string; weight?: number }> = {
  mantelzorg: { text: "Mantelzorg", leefgebied: "Gezin en huishouden", weight: 0.5 },
  eenzaamheid: { text: "eenzaamheid", leefgebied: "sociaal netwerk" },
  // "Onderwijs" is no life domain: the scorer counts it as overig and warns.
  taalachterstand: { text: "Taalachterstand", leefgebied: "Onderwijs" },
};

type Style = "code" | "nl" | "en" | "alias";

/** Jeugd exports codes, WMO and Werk en Inkomen Dutch labels, BOA an English system, the others aliases. */
const STYLE: Record<Source, Style> = {
  Jeugd: "code",
  WMO: "nl",
  "Werk en Inkomen": "nl",
  Schuldhulp: "alias",
  Leerplicht: "alias",
  BOA: "en",
};

const BY_CODE = new Map(CATALOGUE.map((c) => [c.code, c]));

/** The factor text a department writes for a factor code. */
export function factorText(code: string, source: Source): string {
  const custom = CUSTOM[code];
  if (custom) return custom.text;
  const entry = BY_CODE.get(code)!;
  const style = STYLE[source];
  if (style === "code") return entry.code;
  if (style === "en") return entry.aliases[0] ?? entry.en;
  if (style === "alias") return entry.aliases[0] ?? entry.nl;
  // Werk en Inkomen writes its own favourite in capitals; normalisation matches it anyway.
  return source === "Werk en Inkomen" && code === "lage_ses" ? "Lage SES" : entry.nl;
}

/** The leefgebied a department writes: custom factors always, WMO on every row, others never. */
export function leefgebiedText(code: string, source: Source): string {
  const custom = CUSTOM[code];
  if (custom) return custom.leefgebied;
  if (source !== "WMO") return "";
  // WMO files relationship trouble under the parents: the scorer keeps the catalogue's domain and warns.
  if (code === "relatieproblemen") return "Ouders";
  const domain = BY_CODE.get(code)!.domain;
  return DOMAINS.find((d) => d.code === domain)!.nl;
}

/** The weight a department's rows carry for a factor, if any. */
export function datasetWeight(code: string): number | undefined {
  return CUSTOM[code]?.weight;
}

/** Leerplicht writes Dutch dates, the others ISO dates. */
export function dateText(iso: string, source: Source): string {
  if (source !== "Leerplicht") return iso;
  const [y, m, d] = iso.split("-");
  return `${d}-${m}-${y}`;
}
