/** Looks strings up through Power BI's localization manager, falling back to the built-in tables. */

import type { Language } from "../model";
import { STRINGS, StringKey } from "./strings";

/** Anything that can resolve a resource key, such as Power BI's ILocalizationManager. */
export interface DisplayNames {
  getDisplayName(key: string): string;
}

/** The language to speak for a report locale: Dutch for `nl*`, English otherwise. */
export function languageOf(locale: string | undefined): Language {
  return (locale ?? "").toLowerCase().startsWith("nl") ? "nl" : "en";
}

/** Text in the report's language with numbers formatted for its locale. */
export class Localizer {
  readonly language: Language;
  private readonly numbers: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;

  constructor(
    readonly locale: string,
    private readonly names?: DisplayNames,
  ) {
    this.language = languageOf(locale);
    const tag = safeLocale(locale, this.language);
    this.numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    this.dates = new Intl.DateTimeFormat(tag, {
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: "UTC",
    });
  }

  /** The string for a key with `{name}` placeholders filled in; numbers are formatted. */
  t(key: StringKey, params: Record<string, string | number> = {}): string {
    const template = this.lookup(key);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? this.number(value) : value;
    });
  }

  /** A number as the report locale writes it. */
  number(value: number): string {
    return this.numbers.format(value);
  }

  /** A `yyyy-mm-dd` date as the report locale writes it. */
  date(iso: string): string {
    const ms = Date.parse(`${iso}T00:00:00Z`);
    return Number.isFinite(ms) ? this.dates.format(ms) : iso;
  }

  private lookup(key: StringKey): string {
    // The host answers with the key itself (or nothing) when its resources lack the string.
    const hosted = this.names?.getDisplayName(key);
    if (hosted && hosted !== key) return hosted;
    return STRINGS[key][this.language === "nl" ? 1 : 0];
  }
}

function safeLocale(locale: string, language: Language): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? language;
  } catch {
    return language;
  }
}
