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
  // A redraw writes hundreds of labels from a few templates and small numbers: each is looked up
  // and formatted once. The host's strings do not change while the visual lives.
  private readonly templates = new Map<StringKey, string>();
  private readonly formatted = new Map<number, string>();

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
    // A Map takes -0 for 0, which the locale writes differently.
    if (Object.is(value, -0)) return this.numbers.format(value);
    let text = this.formatted.get(value);
    if (text === undefined) {
      if (this.formatted.size >= NUMBERS_KEPT) this.formatted.clear();
      this.formatted.set(value, (text = this.numbers.format(value)));
    }
    return text;
  }

  /** A `yyyy-mm-dd` date as the report locale writes it. */
  date(iso: string): string {
    const ms = Date.parse(`${iso}T00:00:00Z`);
    return Number.isFinite(ms) ? this.dates.format(ms) : iso;
  }

  private lookup(key: StringKey): string {
    let template = this.templates.get(key);
    if (template === undefined) {
      // The host answers with the key itself (or nothing) when its resources lack the string.
      const hosted = this.names?.getDisplayName(key);
      template = hosted && hosted !== key ? hosted : STRINGS[key][this.language === "nl" ? 1 : 0];
      this.templates.set(key, template);
    }
    return template;
  }
}

/** Formatted numbers kept per localizer; a redraw uses a few hundred at most. */
const NUMBERS_KEPT = 2048;

function safeLocale(locale: string, language: Language): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? language;
  } catch {
    return language;
  }
}
