/** Selection ids per household (from its first DataView row) and the way back from ids to households. */

import powerbi from "powerbi-visuals-api";

type ISelectionId = powerbi.visuals.ISelectionId;

/** Anything that builds selection ids (the visual host). */
export interface IdFactory {
  createSelectionIdBuilder(): powerbi.visuals.ISelectionIdBuilder;
}

/**
 * Selection ids for households, built on first use so a data change stays cheap.
 * Limitation: a categorical DataView has one identity per row (all grouping columns together), so
 * a household's id is that of its first row and cross-filters to that row's combination.
 */
export class HouseholdIdentities {
  private readonly ids: (ISelectionId | undefined)[];
  private byKey: Map<string, number> | null = null;

  constructor(
    private readonly host: IdFactory,
    private readonly category: powerbi.DataViewCategoryColumn | undefined,
    /** DataView row index of each household's first row. */
    private readonly firstRow: Int32Array,
  ) {
    this.ids = new Array(firstRow.length);
  }

  /** The selection id of a household. */
  of(h: number): ISelectionId | undefined {
    if (!this.category || this.firstRow[h] < 0) return undefined;
    return (this.ids[h] ??= this.host
      .createSelectionIdBuilder()
      .withCategory(this.category, this.firstRow[h])
      .createSelectionId());
  }

  /** The ids of several households, skipping any without one. */
  many(households: readonly number[]): ISelectionId[] {
    return households.map((h) => this.of(h)).filter((id): id is ISelectionId => id !== undefined);
  }

  /** The households that a list of selected ids stands for. */
  households(selected: readonly ISelectionId[]): Set<number> {
    if (selected.length === 0) return new Set();
    if (!this.byKey) {
      this.byKey = new Map();
      for (let h = 0; h < this.firstRow.length; h++) {
        const id = this.of(h);
        if (id) this.byKey.set(id.getKey(), h);
      }
    }
    const result = new Set<number>();
    for (const id of selected) {
      const h = this.byKey.get(id.getKey());
      if (h !== undefined) result.add(h);
    }
    return result;
  }
}
