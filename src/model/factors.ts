/** Interns the factor texts of a dataset into factor entries with a domain and a priority group. */

import {
  DOMAIN_CODES,
  GROUP_OF_FACTOR,
  OTHER_DOMAIN,
  PRIORITY_GROUPS,
  customCode,
  matchDomain,
  matchFactor,
  normalise,
} from "./catalogue";
import { Message, message } from "./messages";

/** A factor as the dataset uses it: catalogue or custom. */
export interface FactorEntry {
  code: string;
  /** Index into DOMAINS. */
  domain: number;
  /** Labels; a custom factor's labels are the text first seen. */
  nl: string;
  en: string;
  custom: boolean;
  /** Index into the group list. */
  group: number;
}

/** A priority group as the dataset uses it: default groups first, then one per other factor. */
export interface GroupEntry {
  code: string;
  /** The contract default; undefined for a custom factor, which has no default. */
  defaultWeight: number | undefined;
  /** Factor indices of its members that occur in the dataset. */
  members: number[];
}

/** A leefgebied text a factor's rows gave, and the domain it names (-1 when it names none). */
interface Given {
  text: string;
  domain: number;
}

/** Builds the factor and group tables from the accepted rows, in file order. */
export class FactorTable {
  readonly factors: FactorEntry[] = [];
  readonly groups: GroupEntry[] = PRIORITY_GROUPS.map((g) => ({
    code: g.code,
    defaultWeight: g.weight,
    members: [] as number[],
  }));
  private readonly byText = new Map<string, number>();
  private readonly byCode = new Map<string, number>();
  private readonly groupByCode = new Map(this.groups.map((g, i) => [g.code, i]));
  /** Per factor: the distinct leefgebied texts its rows gave, first seen first. */
  private readonly given: Given[][] = [];
  private readonly givenSeen = new Set<string>();
  /** Per factor: whether a custom factor's domain came from a row's leefgebied. */
  private readonly settled: boolean[] = [];

  /** The factor index for a row's factor text; the row's leefgebied is noted for the domain. */
  intern(text: string, leefgebied: string): number {
    let index = this.byText.get(text);
    if (index === undefined) {
      const known = matchFactor(text);
      const code = known ? known.code : customCode(text);
      index =
        this.byCode.get(code) ??
        this.add(code, text, known ? DOMAIN_CODES.indexOf(known.domain) : OTHER_DOMAIN, !known);
      this.byText.set(text, index);
    }
    if (leefgebied) this.note(index, leefgebied);
    return index;
  }

  /** The warnings about leefgebied texts that do not fit their factor's domain, once each. */
  domainWarnings(): Message[] {
    const warnings: Message[] = [];
    this.factors.forEach((entry, f) => {
      const domain = DOMAIN_CODES[entry.domain];
      for (const g of this.given[f]) {
        if (g.domain === entry.domain) continue;
        if (g.domain < 0 && entry.custom && !this.settled[f]) {
          warnings.push(message("unknownDomain", { domain: g.text, factor: entry.code }));
        } else {
          const given = g.domain < 0 ? g.text : DOMAIN_CODES[g.domain];
          warnings.push(message("domainDisagrees", { factor: entry.code, domain, given }));
        }
      }
    });
    return warnings;
  }

  /** Records a leefgebied text; the first one naming a domain sets a custom factor's domain. */
  private note(index: number, text: string): void {
    // Spellings that normalise alike are one leefgebied: warn about the first spelling only.
    const key = `${index}\u0000${normalise(text)}`;
    if (this.givenSeen.has(key)) return;
    this.givenSeen.add(key);
    const match = matchDomain(text);
    const domain = match ? DOMAIN_CODES.indexOf(match.code) : -1;
    const entry = this.factors[index];
    if (entry.custom && !this.settled[index] && domain >= 0) {
      entry.domain = domain;
      this.settled[index] = true;
    }
    this.given[index].push({ text, domain });
  }

  private add(code: string, text: string, domain: number, custom: boolean): number {
    const known = custom ? undefined : matchFactor(code);
    // A custom factor spelt like a group code (`mentaal_ouders`) joins that group rather than
    // making a second group of the same code that settings could not tell apart.
    const groupCode = GROUP_OF_FACTOR.get(code) ?? code;
    let group = this.groupByCode.get(groupCode);
    if (group === undefined) {
      group =
        this.groups.push({ code: groupCode, defaultWeight: custom ? undefined : 0, members: [] }) -
        1;
      this.groupByCode.set(groupCode, group);
    }
    const index =
      this.factors.push({
        code,
        domain,
        nl: known?.nl ?? text,
        en: known?.en ?? text,
        custom,
        group,
      }) - 1;
    this.groups[group].members.push(index);
    this.byCode.set(code, index);
    this.given.push([]);
    this.settled.push(false);
    return index;
  }
}
