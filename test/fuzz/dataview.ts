/** fast-check arbitraries for hostile DataViews: every shape a report, a theme or a broken host could send. */
import fc from "fast-check";
import powerbi from "powerbi-visuals-api";
import { COLUMNS } from "../../src/model";
import { anyText, dateText, factorText, numberText } from "./arbitraries";

const ROLES = COLUMNS.map((c) => c.name);

/** `true` once for every `against` times `false`: a hostile twist most cases leave out. */
const rarely = (against: number) =>
  fc.oneof(
    { weight: against, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  );

/** A DataView cell: a primitive, or null/undefined where Power BI (or a broken host) leaves it empty. */
type CellValue = powerbi.PrimitiveValue | null | undefined;

/** Dates Power BI could hand over, and some it should not: NaN time, the last and first valid instants. */
const dateCell = fc.oneof(
  fc.constantFrom(
    new Date(2026, 1, 28),
    new Date(2026, 0, 31),
    new Date(NaN),
    new Date(8.64e15), // 275760-09-13, the last instant a Date can hold
    new Date(-8.64e15),
    new Date(Date.UTC(275760, 8, 13)),
    new Date(0),
  ),
  fc.date(),
);

/** Numbers of every kind, including the ones no measure should produce. */
const numberCell = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0, 1, 2.5, 1e308, -1e308, 2 ** 53, 5e-324),
  fc.double(),
  fc.integer({ min: -3, max: 12 }),
);

/** Any primitive a DataView cell can hold, or null/undefined. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: anyText },
  { weight: 2, arbitrary: numberCell },
  { weight: 1, arbitrary: numberText },
  { weight: 1, arbitrary: dateText },
  { weight: 1, arbitrary: dateCell },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
);

/** Household keys: a few repeated ones (duplicates are normal) and hostile text. */
const keyCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("H1", "H2", "H3", "H4", "H5", "H6", "H7") },
  { weight: 1, arbitrary: anyCell },
);

/** A cell for a role: mostly plausible for that role, sometimes anything at all. */
function cellFor(role: string | undefined): fc.Arbitrary<CellValue> {
  const plausible: Record<string, fc.Arbitrary<CellValue>> = {
    huishouden: keyCell,
    factor: factorText,
    wijk: fc.oneof(fc.constantFrom("Centrum", "Hertme", "Zenderen", "", null), anyText),
    peildatum: fc.oneof(dateCell, dateText),
    waarde: fc.oneof(fc.constantFrom(1, 1, 0, null), numberCell, numberText),
    ouders: fc.oneof(fc.constantFrom(1, 2, 0, null), numberCell),
    kinderen: fc.oneof(fc.constantFrom(1, 3, 0, null), numberCell),
    gewicht: fc.oneof(fc.constantFrom(null, 2, 0.5), numberCell, numberText),
  };
  const arb = role ? plausible[role] : undefined;
  return arb ? fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: anyCell }) : anyCell;
}

/** One column as generated: its roles, kind, values and highlights. */
export interface ColumnSpec {
  roles: Record<string, unknown> | undefined;
  measure: boolean;
  values: CellValue[] | undefined;
  highlights?: CellValue[];
}

const roleSet = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ROLES).map((r) => ({ [r]: true })) },
  // a column bound to two roles at once, a role set to false, an unknown role, no roles at all
  {
    weight: 1,
    arbitrary: fc
      .subarray(ROLES, { minLength: 2, maxLength: 3 })
      .map((rs) => Object.fromEntries(rs.map((r) => [r, true]))),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Record<string, unknown> | undefined>(
      { huishouden: false },
      { onbekend: true },
      { "<img src=x onerror=alert(1)>": true },
      {},
      undefined,
      { factor: "ja" },
    ),
  },
);

function column(rows: number): fc.Arbitrary<ColumnSpec> {
  return fc
    .record({
      roles: roleSet,
      measure: fc.boolean(),
      // most columns match the row count; some are shorter or longer, some have no values at all
      length: fc.oneof(
        { weight: 8, arbitrary: fc.constant(rows) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: rows + 5 }) },
      ),
      missing: rarely(15),
      highlighted: rarely(5),
    })
    .chain(({ roles, measure, length, missing, highlighted }) => {
      const role = Object.keys(roles ?? {}).find((r) => ROLES.includes(r as never));
      return fc.record({
        roles: fc.constant(roles),
        measure: fc.constant(measure),
        values: missing
          ? fc.constant(undefined)
          : fc.array(cellFor(role), { minLength: length, maxLength: length }),
        highlights: highlighted
          ? fc.array(fc.oneof(fc.constant(null), anyCell), { minLength: length, maxLength: length })
          : fc.constant(undefined),
      });
    });
}

/** The two required columns, so that most cases get past the landing page. */
function required(rows: number): fc.Arbitrary<ColumnSpec[]> {
  return fc
    .tuple(
      fc.array(cellFor("huishouden"), { minLength: rows, maxLength: rows }),
      fc.array(cellFor("factor"), { minLength: rows, maxLength: rows }),
    )
    .map(([keys, factors]) => [
      { roles: { huishouden: true }, measure: false, values: keys },
      { roles: { factor: true }, measure: false, values: factors },
    ]);
}

/** Pane objects of wrong types: strings for numbers, negative weights, unknown enum values, odd shapes. */
export const hostileObjects: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        privacy: fc.record(
          {
            level: fc.constantFrom<unknown>(
              "wijk",
              "household",
              { value: "wijk" },
              "stad",
              3,
              null,
              { value: "<b>" },
            ),
            minGroupSize: fc.constantFrom<unknown>(
              0,
              1,
              2,
              3,
              5,
              10,
              -1,
              2.5,
              "5",
              NaN,
              Infinity,
              1e9,
              null,
            ),
            showKeys: fc.constantFrom<unknown>(true, false, "true", 1, null),
          },
          { requiredKeys: [] },
        ),
        display: fc.record(
          {
            view: fc.constantFrom<unknown>(
              "all",
              "bars",
              "flags",
              "heatMatrix",
              "pie",
              { value: "bars" },
              7,
            ),
            rowCount: fc.constantFrom<unknown>(0, 1, 3, -5, 1e12, NaN, "10", Infinity),
            heatLow: fc.constantFrom<unknown>(
              { solid: { color: "#ffeeee" } },
              "url(https://example.invalid/x.png)",
              { solid: { color: 5 } },
              "red;background:url(x)",
              "",
            ),
            red: fc.constantFrom<unknown>(
              "#ff0000",
              "expression(alert(1))",
              { solid: null },
              "url(javascript:alert(1))",
            ),
          },
          { requiredKeys: [] },
        ),
        priorityWeights: fc.dictionary(
          fc.constantFrom("veiligheid_kind", "psych_kind", "constructor", "__proto__", "onbekend"),
          fc.constantFrom<unknown>(-1, 0, 2.5, 1e308, "5", NaN, Infinity, null, {}),
        ),
        thresholds: fc.record(
          {
            orange: fc.constantFrom<unknown>(5, 0, -3, "7", NaN, 1e300),
            red: fc.constantFrom<unknown>(10, 1, -1, Infinity),
            familiesOnly: fc.constantFrom<unknown>(true, false, "nee", 0),
            risingMinIncrease: fc.constantFrom<unknown>(1, -1, "x"),
          },
          { requiredKeys: [] },
        ),
        earlyWarning: fc.record(
          {
            threshold: fc.constantFrom<unknown>(2, 0, -2, "2"),
            schoolverzuim: fc.constantFrom<unknown>(1, -1, "x"),
          },
          { requiredKeys: [] },
        ),
        unknownCard: fc.constant({ x: "<script>alert(1)</script>" }),
      },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      "objects",
      5,
      null,
      [],
      { privacy: "wijk" },
      { privacy: null, display: [] },
    ),
  },
);

/** One hostile update: columns (or none), the row count they aim at, pane objects, segments and a viewport. */
export interface HostileCase {
  columns: ColumnSpec[];
  categoriesUndefined: boolean;
  valuesUndefined: boolean;
  objects: unknown;
  segment: boolean;
  /** What fetchMoreData answers while segments are pending. */
  moreData: boolean;
  viewport: { width: number; height: number };
  shape: "normal" | "noDataView" | "noCategorical" | "noMetadata";
}

/** Many distinct factors for one case: thousands of factor texts, each a custom factor. */
const manyFactors = fc.integer({ min: 1000, max: 3000 }).map((n): ColumnSpec[] => [
  {
    roles: { huishouden: true },
    measure: false,
    values: Array.from({ length: n }, (_, i) => `H${i % 40}`),
  },
  {
    roles: { factor: true },
    measure: false,
    values: Array.from({ length: n }, (_, i) => `eigen factor ${i} <b>`),
  },
  {
    roles: { wijk: true },
    measure: false,
    values: Array.from({ length: n }, (_, i) => (i % 3 ? "Centrum" : "Hertme")),
  },
]);

/** A hostile update of any shape; `rows` bounds the ordinary row count. */
export function hostileCase(maxRows = 30): fc.Arbitrary<HostileCase> {
  const columns = fc.integer({ min: 0, max: maxRows }).chain((rows) =>
    fc.oneof(
      {
        weight: 12,
        arbitrary: fc
          .tuple(required(rows), fc.array(column(rows), { maxLength: 6 }))
          .map(([a, b]) => [...a, ...b]),
      },
      { weight: 3, arbitrary: fc.array(column(rows), { maxLength: 6 }) },
      { weight: 1, arbitrary: manyFactors },
    ),
  );
  return fc.record({
    columns,
    categoriesUndefined: rarely(20),
    valuesUndefined: rarely(10),
    objects: hostileObjects,
    segment: rarely(6),
    moreData: fc.boolean(),
    viewport: fc.record({
      width: fc.oneof(fc.constantFrom(0, 300, 899, 900, 1400), fc.integer({ min: 0, max: 5000 })),
      height: fc.oneof(fc.constantFrom(0, 200, 600), fc.integer({ min: 0, max: 5000 })),
    }),
    shape: fc.oneof(
      { weight: 30, arbitrary: fc.constant("normal" as const) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "noDataView" as const,
          "noCategorical" as const,
          "noMetadata" as const,
        ),
      },
    ),
  });
}

/** Builds the DataView of a case by hand, without testutils, so that malformed shapes survive. */
export function toDataView(c: HostileCase): powerbi.DataView | undefined {
  if (c.shape === "noDataView") return undefined;
  const source = (spec: ColumnSpec, i: number) => ({
    displayName: `kolom ${i} <i>`,
    queryName: `Signalen.kolom${i}`,
    index: i,
    roles: spec.roles,
    isMeasure: spec.measure,
  });
  const categories = c.columns
    .map((spec, i) => ({ spec, i }))
    .filter(({ spec }) => !spec.measure)
    .map(({ spec, i }) => ({
      source: source(spec, i),
      values: spec.values,
      identity: spec.values?.map((_, j) => ({ key: `${i}:${j}` })),
    }));
  const values = c.columns
    .map((spec, i) => ({ spec, i }))
    .filter(({ spec }) => spec.measure)
    .map(({ spec, i }) => ({
      source: source(spec, i),
      values: spec.values,
      highlights: spec.highlights,
    }));
  const metadata = {
    columns: c.columns.map(source),
    objects: c.objects,
    ...(c.segment ? { segment: {} } : {}),
  };
  const view: Record<string, unknown> = c.shape === "noMetadata" ? {} : { metadata };
  if (c.shape !== "noCategorical") {
    view.categorical = {
      categories: c.categoriesUndefined ? undefined : categories,
      values: c.valuesUndefined ? undefined : values,
    };
  }
  return view as unknown as powerbi.DataView;
}
