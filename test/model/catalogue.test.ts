import { describe, expect, it } from "vitest";
import {
  CATALOGUE,
  DOMAINS,
  EARLY_WARNING_WEIGHTS,
  PRIORITY_GROUPS,
  customCode,
  matchDomain,
  matchFactor,
  normalise,
} from "../../src/model";
import {
  CONTRACT_DOMAINS,
  CONTRACT_EARLY_WARNING,
  CONTRACT_FACTORS,
  CONTRACT_GROUPS,
} from "./contract";

describe("the catalogue against the contract tables", () => {
  it("has the nine life domains in display order with their labels", () => {
    expect(DOMAINS.map((d) => ({ code: d.code, nl: d.nl, en: d.en }))).toEqual(CONTRACT_DOMAINS);
  });

  it("has every factor with its domain, labels and aliases, in catalogue order", () => {
    expect(
      CATALOGUE.map((f) => ({
        code: f.code,
        domain: f.domain,
        nl: f.nl,
        en: f.en,
        aliases: [...f.aliases],
      })),
    ).toEqual(CONTRACT_FACTORS);
  });

  it("has the priority groups with their default weights and members", () => {
    expect(
      PRIORITY_GROUPS.map((g) => ({ code: g.code, weight: g.weight, members: [...g.members] })),
    ).toEqual(CONTRACT_GROUPS);
  });

  it("has the early-warning weights and nothing else", () => {
    expect({ ...EARLY_WARNING_WEIGHTS }).toEqual(CONTRACT_EARLY_WARNING);
  });
});

describe("normalise", () => {
  it("drops diacritics after canonical decomposition", () => {
    expect(normalise("Financiële problemen")).toBe("financiele problemen");
    expect(normalise("Financie\u0308le problemen")).toBe("financiele problemen");
    expect(normalise("ÇÀÉÎÕÜ")).toBe("caeiou");
  });

  it("lower-cases and trims", () => {
    expect(normalise("  SchoolVerzuim \t")).toBe("schoolverzuim");
  });

  it("treats underscores, hyphens and runs of white space as one space", () => {
    expect(normalise("lage_ses")).toBe("lage ses");
    expect(normalise("Niet-aangeboren   hersenletsel")).toBe("niet aangeboren hersenletsel");
    expect(normalise("a _-\t\n b")).toBe("a b");
    expect(normalise("a\u00a0b")).toBe("a b");
    expect(normalise("__a--")).toBe("a");
  });

  it("keeps other punctuation", () => {
    expect(normalise("Parent victim, witness")).toBe("parent victim, witness");
  });
});

describe("matching a factor", () => {
  it.each(CONTRACT_FACTORS)(
    "finds $code by code, Dutch label, English label and every alias",
    (f) => {
      for (const text of [f.code, f.nl, f.en, ...f.aliases])
        expect(matchFactor(text)?.code, text).toBe(f.code);
    },
  );

  it("matches after normalisation: case, diacritics, separators, spacing", () => {
    expect(matchFactor("financiele problemen")?.code).toBe("financiele_problemen");
    expect(matchFactor("  FINANCIËLE_PROBLEMEN ")?.code).toBe("financiele_problemen");
    expect(matchFactor("Financiële-problemen")?.code).toBe("financiele_problemen");
    expect(matchFactor("lage  ses")?.code).toBe("lage_ses");
    expect(matchFactor("niet aangeboren hersenletsel")?.code).toBe("nah_ouders");
    expect(matchFactor("Onvoldoende of inconsistente opvoedingsstrategieën")?.code).toBe(
      "pedagogische_onmacht",
    );
  });

  it("matches nothing for text that is no code, label or alias", () => {
    expect(matchFactor("mantelzorg")).toBeUndefined();
    expect(matchFactor("psych")).toBeUndefined();
    expect(matchFactor("Kind")).toBeUndefined();
  });
});

describe("matching a life domain", () => {
  it.each(CONTRACT_DOMAINS)("finds $code by code and labels", (d) => {
    for (const text of [d.code, d.nl, d.en]) expect(matchDomain(text)?.code, text).toBe(d.code);
  });

  it("normalises like factors", () => {
    expect(matchDomain("SOCIAAL-NETWERK")?.code).toBe("sociaal_netwerk");
    expect(matchDomain(" gezin  en huishouden ")?.code).toBe("gezin");
    expect(matchDomain("Care_history")?.code).toBe("hulpverlening");
    expect(matchDomain("buurt")).toBeUndefined();
  });
});

describe("custom factor codes", () => {
  it("are the normalised text with spaces as underscores", () => {
    expect(customCode("Mantelzorg")).toBe("mantelzorg");
    expect(customCode("  Zorg voor   Opa ")).toBe("zorg_voor_opa");
    expect(customCode("Eenzaamheid-ouder")).toBe("eenzaamheid_ouder");
    expect(customCode("Ménage à trois")).toBe("menage_a_trois");
  });
});
