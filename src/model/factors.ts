/** Interns the factor texts of a dataset into factor entries with a domain and a priority group. */

import {
  DOMAIN_CODES,
  GROUP_OF_FACTOR,
  OTHER_DOMAIN,
  PRIORITY_GROUPS,
  customCode,
  matchDomain,
  matchFactor,
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

/** Builds the factor and group tables while rows stream in. */
export class FactorTable {
  readonly factors: FactorEntry[] = [];
  readonly groups: GroupEntry[] = PRIORITY_GROUPS.map((g) => ({ code: g.code, defaultWeight: g.weight, members: [] }));
  private readonly byText = new Map<string, number>();
  private readonly byCode = new Map<string, number>();
  private readonly groupByCode = new Map(this.groups.map((g, i) => [g.code, i]));
  private readonly warned = new Set<string>();

  constructor(private readonly warnings: Message[]) {}

  /** The factor index for a row's factor text and leefgebied, warning about domain trouble once. */
  intern(text: string, leefgebied: string): number {
    const cacheKey = `${text}\u0000${leefgebied}`;
    const cached = this.byText.get(cacheKey);
    if (cached !== undefined) return cached;

    const known = matchFactor(text);
    const code = known ? known.code : customCode(text);
    const given = leefgebied ? matchDomain(leefgebied) : undefined;
    if (leefgebied && !given) this.warnOnce(message("unknownDomain", { domain: leefgebied, factor: code }));

    let index = this.byCode.get(code);
    if (index === undefined) {
      index = this.add(code, text, known ? DOMAIN_CODES.indexOf(known.domain) : given ? DOMAIN_CODES.indexOf(given.code) : OTHER_DOMAIN, !known);
    }
    const entry = this.factors[index];
    if (given && DOMAIN_CODES.indexOf(given.code) !== entry.domain) {
      this.warnOnce(message("domainDisagrees", { factor: code, domain: DOMAIN_CODES[entry.domain], given: given.code }));
    }
    this.byText.set(cacheKey, index);
    return index;
  }

  private add(code: string, text: string, domain: number, custom: boolean): number {
    const known = custom ? undefined : matchFactor(code);
    const groupCode = GROUP_OF_FACTOR.get(code) ?? code;
    let group = this.groupByCode.get(groupCode);
    if (group === undefined) {
      group = this.groups.push({ code: groupCode, defaultWeight: custom ? undefined : 0, members: [] }) - 1;
      this.groupByCode.set(groupCode, group);
    }
    const index = this.factors.push({
      code,
      domain,
      nl: known?.nl ?? text,
      en: known?.en ?? text,
      custom,
      group,
    }) - 1;
    this.groups[group].members.push(index);
    this.byCode.set(code, index);
    return index;
  }

  private warnOnce(msg: Message): void {
    const key = JSON.stringify(msg);
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(msg);
  }
}
