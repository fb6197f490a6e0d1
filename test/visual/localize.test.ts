import { describe, expect, it } from "vitest";
import { Localizer } from "../../src/i18n/localize";

describe("the localizer", () => {
  it("writes every number as the locale does, however often and in whatever order it is asked", () => {
    const l = new Localizer("nl-NL");
    const intl = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
    const numbers = [0, -0, 0, 7.5, -0, 1234.5, NaN, Infinity];
    for (let i = 0; i < 5000; i++) numbers.push(i / 4);
    for (const n of [...numbers, ...numbers]) expect(l.number(n)).toBe(intl.format(n));
  });

  it("fills templates with the host's strings where it has them, else its own", () => {
    const host = { getDisplayName: (key: string) => (key === "Back" ? "Terug naar wijken" : key) };
    const l = new Localizer("nl-NL", host);
    expect(l.t("Back")).toBe("Terug naar wijken");
    expect(l.t("Back")).toBe("Terug naar wijken");
    expect(l.t("Household_Rank", { rank: 1200 })).toBe("Huishouden 1.200");
    expect(new Localizer("en-GB").t("Household_Rank", { rank: 1200 })).toBe("Household 1,200");
  });
});
