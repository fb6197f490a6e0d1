/** Messages users can act on, as codes with parameters, rendered in Dutch or English. */

/** The languages the visual and the scorer speak. */
export type Language = "nl" | "en";

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const q = (value: string | number | undefined): string => `'${value ?? ""}'`;

const EXPECTED_NL: Record<string, string> = {
  object: "een object",
  boolean: "waar of onwaar",
  integer: "een geheel getal",
};
const EXPECTED_EN: Record<string, string> = {
  object: "an object",
  boolean: "true or false",
  integer: "a whole number",
};

const TEMPLATES = {
  householdEmpty: {
    nl: () => "huishouden is leeg",
    en: () => "household is empty",
  },
  factorEmpty: {
    nl: () => "factor is leeg",
    en: () => "factor is empty",
  },
  valueNotNumber: {
    nl: (p) => `waarde is geen getal: ${q(p.value)}`,
    en: (p) => `value is not a number: ${q(p.value)}`,
  },
  valueNegative: {
    nl: (p) => `waarde is negatief: ${q(p.value)}`,
    en: (p) => `value is negative: ${q(p.value)}`,
  },
  dateInvalid: {
    nl: (p) => `peildatum is geen datum (jjjj-mm-dd of dd-mm-jjjj): ${q(p.value)}`,
    en: (p) => `date is not a date (yyyy-mm-dd or dd-mm-yyyy): ${q(p.value)}`,
  },
  dateMissing: {
    nl: () => "peildatum ontbreekt terwijl andere rijen er een hebben",
    en: () => "date is missing while other rows have one",
  },
  countInvalid: {
    nl: (p) => `${p.column} is geen geheel getal ≥ 0: ${q(p.value)}`,
    en: (p) => `${p.column} is not a whole number ≥ 0: ${q(p.value)}`,
  },
  weightInvalid: {
    nl: (p) => `gewicht is geen getal ≥ 0: ${q(p.value)}`,
    en: (p) => `weight is not a number ≥ 0: ${q(p.value)}`,
  },
  columnMissing: {
    nl: (p) =>
      `verplichte kolom ontbreekt: '${p.column}'${p.alias !== p.column ? ` (of '${p.alias}')` : ""}`,
    en: (p) =>
      `required column is missing: '${p.column}'${p.alias !== p.column ? ` (or '${p.alias}')` : ""}`,
  },
  unknownFactorWeight: {
    nl: (p) => `onbekende factor ${q(p.factor)}: gewicht 0`,
    en: (p) => `unknown factor ${q(p.factor)}: weight 0`,
  },
  unknownDomain: {
    nl: (p) => `onbekend leefgebied ${q(p.domain)} bij factor ${q(p.factor)}: telt als overig`,
    en: (p) => `unknown life domain ${q(p.domain)} for factor ${q(p.factor)}: counted as other`,
  },
  domainDisagrees: {
    nl: (p) => `factor ${q(p.factor)} hoort bij leefgebied ${q(p.domain)}, niet bij ${q(p.given)}`,
    en: (p) => `factor ${q(p.factor)} belongs to life domain ${q(p.domain)}, not ${q(p.given)}`,
  },
  wijkDisagrees: {
    nl: (p) =>
      `huishouden ${q(p.household)} heeft wijk ${q(p.wijk)} en later ${q(p.other)}: ${q(p.wijk)} geldt`,
    en: (p) =>
      `household ${q(p.household)} has district ${q(p.wijk)} and later ${q(p.other)}: ${q(p.wijk)} is used`,
  },
  weightsDisagree: {
    nl: (p) =>
      `gewichten voor ${q(p.group)} verschillen in de dataset (${p.weights}): ${p.used} geldt`,
    en: (p) => `weights for ${q(p.group)} differ in the dataset (${p.weights}): ${p.used} is used`,
  },
  settingUnknown: {
    nl: (p) => `onbekende instelling ${q(p.key)}`,
    en: (p) => `unknown setting ${q(p.key)}`,
  },
  settingType: {
    nl: (p) => `instelling ${q(p.key)} moet ${EXPECTED_NL[p.expected] ?? "een getal"} zijn`,
    en: (p) => `setting ${q(p.key)} must be ${EXPECTED_EN[p.expected] ?? "a number"}`,
  },
  settingNegative: {
    nl: (p) => `instelling ${q(p.key)} mag niet negatief zijn: ${p.value}`,
    en: (p) => `setting ${q(p.key)} must not be negative: ${p.value}`,
  },
  settingGroupMember: {
    nl: (p) => `gewicht ${q(p.key)} hoort bij groep ${q(p.group)}: geef de groep een gewicht`,
    en: (p) => `weight ${q(p.key)} belongs to group ${q(p.group)}: weight the group instead`,
  },
} satisfies Record<string, Record<Language, Template>>;

/** Every message code. */
export type MessageCode = keyof typeof TEMPLATES;

/** A message: a code and the values it names. */
export interface Message {
  code: MessageCode;
  params: Params;
}

/** Builds a message. */
export function message(code: MessageCode, params: Params = {}): Message {
  return { code, params };
}

/** Renders a message as a sentence in the given language. */
export function formatMessage(msg: Message, language: Language): string {
  const template: Template = TEMPLATES[msg.code][language];
  return template(msg.params);
}

/** A list of messages in the order raised that keeps each distinct message once. */
export class UniqueMessages {
  readonly list: Message[] = [];
  private readonly seen = new Set<string>();

  /** Adds messages that are not in the list yet. */
  push(...messages: Message[]): void {
    for (const m of messages) {
      const key = JSON.stringify([m.code, m.params]);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.list.push(m);
    }
  }
}
