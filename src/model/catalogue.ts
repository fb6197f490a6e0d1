/** The life domains and factor catalogue of the household model, with text matching. */

export const DOMAIN_CODES = [
  "kind",
  "ouders",
  "opvoeding",
  "gezin",
  "context",
  "sociaal_netwerk",
  "hulpverlening",
  "veiligheid",
  "overig",
] as const;

/** A life domain ("leefgebied") code, in display order. */
export type DomainCode = (typeof DOMAIN_CODES)[number];

/** A life domain with its labels. */
export interface Domain {
  code: DomainCode;
  nl: string;
  en: string;
}

/** The nine life domains in display order; `overig` holds custom factors of no known domain. */
export const DOMAINS: readonly Domain[] = [
  { code: "kind", nl: "Kind", en: "Child" },
  { code: "ouders", nl: "Ouders", en: "Parents" },
  { code: "opvoeding", nl: "Opvoeding", en: "Parenting" },
  { code: "gezin", nl: "Gezin en huishouden", en: "Family and household" },
  { code: "context", nl: "Context", en: "Context" },
  { code: "sociaal_netwerk", nl: "Sociaal netwerk", en: "Social network" },
  { code: "hulpverlening", nl: "Hulpverlening", en: "Care history" },
  { code: "veiligheid", nl: "Veiligheid", en: "Safety" },
  { code: "overig", nl: "Overig", en: "Other" },
];

/** Index of `overig` in DOMAINS. */
export const OTHER_DOMAIN = DOMAIN_CODES.indexOf("overig");

/** A factor of the catalogue. */
export interface CatalogueFactor {
  code: string;
  domain: DomainCode;
  nl: string;
  en: string;
  aliases: readonly string[];
}

type Row = [code: string, domain: DomainCode, nl: string, en: string, ...aliases: string[]];

// One line per factor, as in the specification's table.
// prettier-ignore
const ROWS: Row[] = [
  ["psych_kind", "kind", "Psychische of psychosociale problemen kind", "Psychological problems child"],
  ["cogn_kind", "kind", "Cognitieve problemen kind", "Cognitive problems child", "verstandelijke beperking kind"],
  ["geweld_kind", "kind", "Slachtoffer of getuige van geweld kind", "Child victim or witness of abuse", "mishandeling kind"],
  ["schoolverzuim", "kind", "Schoolverzuim", "School absenteeism", "schoolabsentie"],
  ["gezondheid_kind", "kind", "Fysieke gezondheid kind", "Physical health child"],
  ["psych_ouders", "ouders", "Psychische of psychosociale problemen ouders", "Psychological problems parents"],
  ["cogn_ouders", "ouders", "Cognitieve problemen ouders", "Cognitive problems parents"],
  ["lvb_ouders", "ouders", "Licht verstandelijke beperking ouders", "Mild intellectual disability parents", "lvb"],
  ["geweld_ouders", "ouders", "Slachtoffer getuige of dader van geweld ouders", "Parent victim, witness or perpetrator of abuse"],
  ["gezondheid_ouders", "ouders", "Fysieke gezondheid ouders", "Physical health parents"],
  ["nah_ouders", "ouders", "Niet-aangeboren hersenletsel", "Acquired brain injury", "nah"],
  ["pedagogische_onmacht", "opvoeding", "Pedagogische onmacht", "Parenting incapacity", "onvoldoende of inconsistente opvoedingsstrategieen"],
  ["weinig_responsiviteit", "opvoeding", "Weinig consistentie of responsiviteit", "Low consistency or responsiveness"],
  ["harde_discipline", "opvoeding", "Harde discipline en afwijzing", "Harsh discipline and rejection"],
  ["onveilige_hechting", "opvoeding", "Onveilige hechting", "Insecure attachment"],
  ["relatieproblemen", "gezin", "Relatieproblemen", "Relationship problems"],
  ["vechtscheiding", "gezin", "Vechtscheiding", "High-conflict divorce"],
  ["communicatieproblemen", "gezin", "Communicatieproblemen", "Communication problems"],
  ["weinig_cohesie", "gezin", "Weinig cohesie", "Low cohesion"],
  ["externe_locus", "gezin", "Externe locus of control", "External locus of control"],
  ["negatieve_levensgebeurtenissen", "context", "Meerdere negatieve levensgebeurtenissen", "Multiple negative life events"],
  ["financiele_problemen", "context", "Financiële problemen", "Financial problems", "schulden"],
  ["lage_ses", "context", "Lage sociaaleconomische status", "Low socio-economic status", "lage ses"],
  ["dagbesteding", "context", "Geen dagbesteding", "No daytime activity"],
  ["huisvesting", "context", "Problemen met huisvesting", "Housing problems"],
  ["gebrek_netwerk", "sociaal_netwerk", "Gebrek aan sociaal netwerk", "Lacking social network", "verstoord sociaal netwerk"],
  ["conflicten_buurt", "sociaal_netwerk", "Conflicten met buurtbewoners of vrienden", "Conflicts with neighbours or friends"],
  ["lange_hulpgeschiedenis", "hulpverlening", "Lange geschiedenis van hulpverlening", "Long history of care"],
  ["uithuisplaatsing", "hulpverlening", "Uithuisplaatsing", "Out-of-home placement"],
  ["hulpverlening_stagneert", "hulpverlening", "Hulpverlening stagneert", "Care is stagnating"],
  ["veiligheid_kind", "veiligheid", "Veiligheid van het kind", "Child safety"],
  ["huiselijk_geweld", "veiligheid", "Huiselijk geweld", "Domestic violence"],
  ["openbare_orde", "veiligheid", "Openbare orde en veiligheid", "Public order and safety", "overlast"],
  ["basisveiligheid", "veiligheid", "Veiligheid als basisbehoefte", "Safety as a basic need"],
];

/** The catalogue factors in catalogue order. */
export const CATALOGUE: readonly CatalogueFactor[] = ROWS.map(
  ([code, domain, nl, en, ...aliases]) => ({
    code,
    domain,
    nl,
    en,
    aliases,
  }),
);

/** A priority group: its weight is earned once when any member factor is active. */
export interface PriorityGroup {
  code: string;
  weight: number;
  members: readonly string[];
}

/** The default priority groups; every other factor is a group of its own with weight 0. */
export const PRIORITY_GROUPS: readonly PriorityGroup[] = [
  { code: "veiligheid_kind", weight: 5, members: ["veiligheid_kind"] },
  {
    code: "huiselijk_geweld",
    weight: 4,
    members: ["geweld_kind", "geweld_ouders", "huiselijk_geweld"],
  },
  { code: "psych_kind", weight: 4, members: ["psych_kind"] },
  { code: "hulpverlening_stagneert", weight: 4, members: ["hulpverlening_stagneert"] },
  { code: "mentaal_ouders", weight: 4, members: ["psych_ouders", "cogn_ouders", "lvb_ouders"] },
  { code: "cogn_kind", weight: 3, members: ["cogn_kind"] },
  { code: "pedagogische_onmacht", weight: 3, members: ["pedagogische_onmacht"] },
  { code: "openbare_orde", weight: 3, members: ["openbare_orde"] },
  { code: "financiele_problemen", weight: 2, members: ["financiele_problemen"] },
];

/** Default early-warning weight per factor code; every other factor weighs 0. */
export const EARLY_WARNING_WEIGHTS: Readonly<Record<string, number>> = {
  schoolverzuim: 1,
  lage_ses: 1,
  vechtscheiding: 1,
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[_\-\s]+/g;

/** Normalises text for matching: NFD, no combining marks, lower case, `_`, `-` and white space as one space. */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(SEPARATORS, " ")
    .trim();
}

/** The code a custom factor gets: its normalised text with spaces as `_`. */
export function customCode(text: string): string {
  return normalise(text).replace(/ /g, "_");
}

function indexBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    for (const key of keys(item)) index.set(normalise(key), item);
  }
  return index;
}

const FACTOR_INDEX = indexBy(CATALOGUE, (f) => [f.code, f.nl, f.en, ...f.aliases]);
const DOMAIN_INDEX = indexBy(DOMAINS, (d) => [d.code, d.nl, d.en]);

/** Finds the catalogue factor a code, label or alias names, if any. */
export function matchFactor(text: string): CatalogueFactor | undefined {
  return FACTOR_INDEX.get(normalise(text));
}

/** Finds the life domain a code or label names, if any. */
export function matchDomain(text: string): Domain | undefined {
  return DOMAIN_INDEX.get(normalise(text));
}

/** The group code of each catalogue factor that belongs to a default priority group. */
export const GROUP_OF_FACTOR: ReadonlyMap<string, string> = new Map(
  PRIORITY_GROUPS.flatMap((g) => g.members.map((m) => [m, g.code] as const)),
);
