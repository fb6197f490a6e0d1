/** Generated synthetic households for privacy properties: distinctive keys, districts of every size. */
import fc from "fast-check";
import powerbi from "powerbi-visuals-api";
import { Row } from "../visual/fixtures";

const FACTORS = [
  "veiligheid_kind",
  "huiselijk_geweld",
  "psych_kind",
  "schoolverzuim",
  "lage_ses",
  "vechtscheiding",
  "financiele_problemen",
  "gebrek_netwerk",
  "huisvesting",
  "relatieproblemen",
  "eigen zorgfactor",
];
const SOURCES = ["WMO", "Jeugd", "Leerplicht", "BOA"];

/** District names without digits, so every digit on screen is a count, a rank or a threshold. */
const WIJK_NAMES = [
  "Centrum",
  "Hertme",
  "Zenderen",
  "Born-Noord",
  "Oude Dorp",
  "<b>Markt</b>",
  "حي",
  "Ze\u0301nderen",
];

/** One generated dataset: rows, the households per district and the keys used. */
export interface PrivacyData {
  rows: Row[];
  keys: string[];
  /** In-scope households per district name (households without a wijk under ""). */
  sizes: Map<string, number>;
}

/**
 * Districts of 0 to 14 households, each household with a key like `KX7Q2M9ZP4` that cannot occur by
 * chance in any text the visual makes, one to five factors and sometimes two snapshots.
 */
export const privacyData: fc.Arbitrary<PrivacyData> = fc
  .record({
    sizes: fc.array(fc.integer({ min: 0, max: 14 }), {
      minLength: 1,
      maxLength: WIJK_NAMES.length,
    }),
    unknownWijk: fc.integer({ min: 0, max: 3 }),
    keyChars: fc.array(fc.constantFrom(..."ABCDEFGHJKMNPQRSTUVWXYZ"), {
      minLength: 6,
      maxLength: 6,
    }),
    factors: fc.array(fc.subarray(FACTORS, { minLength: 1, maxLength: 5 }), {
      minLength: 120,
      maxLength: 120,
    }),
    sources: fc.array(fc.constantFrom(...SOURCES), { minLength: 120, maxLength: 120 }),
    dated: fc.boolean(),
  })
  .map(({ sizes, unknownWijk, keyChars, factors, sources, dated }) => {
    const rows: Row[] = [];
    const keys: string[] = [];
    const counts = new Map<string, number>();
    const districts = [
      ...sizes.map((n, i) => [WIJK_NAMES[i], n] as const),
      ["", unknownWijk] as const,
    ];
    let h = 0;
    for (const [wijk, n] of districts) {
      if (n > 0) counts.set(wijk, n);
      for (let i = 0; i < n; i++, h++) {
        // Distinctive: a fixed stem, a per-dataset tag and a number spelt in letters.
        const key = `KX${keyChars.join("")}${spell(h)}Q`;
        keys.push(key);
        for (const factor of factors[h % factors.length]) {
          const row: Row = {
            huishouden: key,
            factor,
            wijk: wijk || undefined,
            bron: sources[h % sources.length],
            ouders: 1,
            kinderen: 2,
            waarde: 1,
          };
          rows.push(dated ? { ...row, peildatum: new Date(2026, 1, 28) } : row);
        }
      }
    }
    return { rows, keys, sizes: counts };
  });

function spell(n: number): string {
  const letters = "ABCDEFGHJK";
  return String(n)
    .split("")
    .map((d) => letters[Number(d)])
    .join("");
}

/** Pane objects for the district level with minimum group size k (and keys hidden unless asked). */
export function wijkObjects(k: number, showKeys = false): powerbi.DataViewObjects {
  return {
    privacy: { level: "wijk", minGroupSize: k, showKeys },
  } as unknown as powerbi.DataViewObjects;
}
