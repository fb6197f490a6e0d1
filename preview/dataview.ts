/** Builds the categorical DataView Power BI would send for the household dataset, from CSV rows. */

import type powerbi from "powerbi-visuals-api";
import { COLUMNS, Cell, Column, RawRow, readDay, readNumber } from "../src/model";
import type { Value } from "./protocol";

type DataView = powerbi.DataView;
type MetadataColumn = powerbi.DataViewMetadataColumn;
type Primitive = Value;

/** The grouping roles, in the order of the capabilities' category bindings. */
export const GROUPING_ROLES = [
  "huishouden",
  "factor",
  "wijk",
  "leefgebied",
  "bron",
  "peildatum",
] as const;

/** The measure roles, in the order of the capabilities' value bindings. */
export const MEASURE_ROLES = ["waarde", "ouders", "kinderen", "gewicht"] as const;

/** What a DataView is built from: rows as read from CSV, the columns the file has, and its number format. */
export interface DataViewInput {
  rows: readonly RawRow[];
  columns: readonly Column[];
  decimalComma: boolean;
  /** The table name used in query names, as a report's data model would name it. */
  table?: string;
}

/** A category cell as Power BI sends it: text, a Date for a parsable peildatum, null for blank. */
export function categoryValue(role: Column, cell: Cell): Primitive {
  if (isBlank(cell)) return null;
  if (role !== "peildatum") return String(cell);
  const day = readDay(cell);
  if (Number.isNaN(day)) return String(cell);
  const utc = new Date(day * 86_400_000);
  // Power BI hands dates over as local midnight, which is what the visual's adapter reads back.
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/**
 * A measure cell as Power BI sends it: a number, null for blank. A cell that is not a number
 * is passed through as its text, so the visual's adapter rejects the row exactly as the scorer does.
 */
export function measureValue(cell: Cell, decimalComma: boolean): Primitive {
  if (isBlank(cell)) return null;
  const n = readNumber(cell, decimalComma);
  return Number.isNaN(n) ? String(cell) : n;
}

/** The categorical DataView for the rows: one category per grouping role and one value column per measure role the file has. */
export function buildDataView(input: DataViewInput): DataView {
  const table = input.table ?? "Signalen";
  const bound = new Set(input.columns);
  const columns: MetadataColumn[] = [];
  const source = (role: Column, isMeasure: boolean): MetadataColumn => {
    const column: MetadataColumn = {
      displayName: COLUMNS.find((c) => c.name === role)!.name,
      queryName: `${table}.${role}`,
      roles: { [role]: true },
      type: typeOf(role),
      index: columns.length,
      isMeasure,
    };
    columns.push(column);
    return column;
  };

  const categories = GROUPING_ROLES.filter((role) => bound.has(role)).map((role) => {
    const column = source(role, false);
    const values = input.rows.map((row) =>
      categoryValue(role, row.cells[role]),
    ) as powerbi.PrimitiveValue[];
    return { source: column, values, identity: values.map((value) => identityOf(column, value)) };
  });
  const values = MEASURE_ROLES.filter((role) => bound.has(role)).map((role) => ({
    source: source(role, true),
    values: input.rows.map((row) =>
      measureValue(row.cells[role], input.decimalComma),
    ) as powerbi.PrimitiveValue[],
  }));

  return {
    metadata: { columns },
    categorical: { categories, values: values as powerbi.DataViewValueColumns },
  };
}

/** The opaque identity of a category value: its column and value, so equal values share one identity. */
export function identityOf(
  column: MetadataColumn,
  value: Primitive,
): powerbi.visuals.CustomVisualOpaqueIdentity {
  const shown = value instanceof Date ? value.toISOString() : value;
  return {
    key: JSON.stringify([column.queryName, shown]),
  } as unknown as powerbi.visuals.CustomVisualOpaqueIdentity;
}

function typeOf(role: Column): powerbi.ValueTypeDescriptor {
  if (role === "peildatum") return { dateTime: true };
  if ((MEASURE_ROLES as readonly string[]).includes(role)) return { numeric: true };
  return { text: true };
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}
