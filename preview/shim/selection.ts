/** Selection ids, their builder and the selection manager the preview host gives the visual. */

import type powerbi from "powerbi-visuals-api";
import { MockISelectionManager } from "powerbi-visuals-utils-testutils/lib/mocks/mockISelectionManager";
import type { SelectorPart, Value } from "../protocol";

type ISelectionId = powerbi.visuals.ISelectionId;

/**
 * A selection id that remembers what it identifies: the category values and measures it was built from.
 * Two ids are equal when they name the same values, as Power BI's identities compare.
 */
export class PreviewSelectionId implements ISelectionId {
  constructor(readonly parts: readonly SelectorPart[]) {}

  /** Equal ids name the same values, in any order. */
  equals(other: ISelectionId): boolean {
    return other instanceof PreviewSelectionId && other.getKey() === this.getKey();
  }

  /** This id includes another when every value this one names is named by the other too. */
  includes(other: ISelectionId): boolean {
    if (!(other instanceof PreviewSelectionId)) return false;
    const theirs = new Set(other.parts.map(partKey));
    return this.parts.every((p) => theirs.has(partKey(p)));
  }

  getKey(): string {
    return JSON.stringify(this.parts.map(partKey).sort());
  }

  getSelector(): powerbi.data.Selector {
    return {
      data: this.parts.map((p) => ({ expr: { queryName: p.queryName, value: p.value } })),
    } as unknown as powerbi.data.Selector;
  }

  getSelectorsByColumn(): powerbi.data.SelectorsByColumn {
    return {} as powerbi.data.SelectorsByColumn;
  }

  hasIdentity(): boolean {
    return this.parts.length > 0;
  }
}

const partKey = (p: SelectorPart): string =>
  JSON.stringify([p.queryName, p.value instanceof Date ? p.value.toISOString() : p.value]);

/** Builds selection ids from category rows and measures, as `host.createSelectionIdBuilder()` does. */
export class PreviewSelectionIdBuilder implements powerbi.visuals.ISelectionIdBuilder {
  private readonly parts: SelectorPart[] = [];

  withCategory(category: powerbi.DataViewCategoryColumn, index: number): this {
    this.parts.push({
      queryName: category.source.queryName ?? category.source.displayName,
      displayName: category.source.displayName,
      value: category.values[index] as Value,
    });
    return this;
  }

  withSeries(
    seriesColumn: powerbi.DataViewValueColumns,
    valueColumn: powerbi.DataViewValueColumn | powerbi.DataViewValueColumnGroup,
  ): this {
    const source = (valueColumn as powerbi.DataViewValueColumn).source ?? seriesColumn.source;
    if (source)
      this.parts.push({
        queryName: source.queryName ?? source.displayName,
        displayName: source.displayName,
        value: null,
      });
    return this;
  }

  withMeasure(measureId: string): this {
    this.parts.push({ queryName: measureId, value: null });
    return this;
  }

  withMatrixNode(node: powerbi.DataViewMatrixNode): this {
    this.parts.push({ queryName: "matrix", value: (node.value ?? null) as Value });
    return this;
  }

  withTable(table: powerbi.DataViewTable, rowIndex: number): this {
    table.columns.forEach((column, i) =>
      this.parts.push({
        queryName: column.queryName ?? column.displayName,
        displayName: column.displayName,
        value: (table.rows?.[rowIndex]?.[i] ?? null) as Value,
      }),
    );
    return this;
  }

  createSelectionId(): ISelectionId {
    return new PreviewSelectionId([...this.parts]);
  }
}

/** What the selection manager tells the page. */
export interface SelectionListener {
  selected(ids: SelectorPart[][]): void;
  contextMenu(ids: SelectorPart[][], x: number, y: number): void;
}

/**
 * The selection manager: the mock from powerbi-visuals-utils-testutils does select, multi-select toggling
 * and clear; this adds what Power BI does on top: selecting the only selected id again clears it,
 * and every change reaches the page as the cross-filter the visual would apply.
 */
export class PreviewSelectionManager extends MockISelectionManager {
  private onSelect?: (ids: ISelectionId[]) => void;

  constructor(private readonly listener: SelectionListener) {
    super();
  }

  select(
    selectionId: ISelectionId | ISelectionId[],
    multiSelect = false,
  ): powerbi.IPromise<ISelectionId[]> {
    const ids = ([] as ISelectionId[]).concat(selectionId);
    const current = this.getSelectionIds() as ISelectionId[];
    const reselect =
      !multiSelect && ids.length === 1 && current.length === 1 && current[0].equals(ids[0]);
    // Multi-select toggles an id off, which is what selecting the only selected id again does.
    void super.select(selectionId, multiSelect || reselect);
    this.listener.selected(describe(this.getSelectionIds() as ISelectionId[]));
    return resolved(this.getSelectionIds() as ISelectionId[]);
  }

  clear(): powerbi.IPromise<{}> {
    void super.clear();
    this.listener.selected([]);
    return resolved({});
  }

  showContextMenu(
    selectionId: ISelectionId,
    position: powerbi.extensibility.IPoint,
  ): powerbi.IPromise<{}> {
    this.listener.contextMenu(describe([selectionId]), position.x, position.y);
    return resolved({});
  }

  registerOnSelectCallback(callback: (ids: ISelectionId[]) => void): void {
    this.onSelect = callback;
  }

  /** The host replaces the selection, as a bookmark does, and tells the visual through its callback. */
  applyFromHost(ids: SelectorPart[][]): void {
    void super.clear();
    void super.select(
      ids.map((parts) => new PreviewSelectionId(parts)),
      true,
    );
    this.onSelect?.(this.getSelectionIds() as ISelectionId[]);
    this.listener.selected(ids);
  }
}

/** Power BI's IPromise is a thenable; a native promise is one. */
function resolved<T>(value: T): powerbi.IPromise<T> {
  return Promise.resolve(value) as unknown as powerbi.IPromise<T>;
}

/** The values each selected id names, for the page's cross-filter panel. */
export function describe(ids: readonly ISelectionId[]): SelectorPart[][] {
  return ids.map((id) => (id instanceof PreviewSelectionId ? [...id.parts] : []));
}
