/** The accepted rows as typed columns that grow together, so rows stream in without objects. */

import { StoredRows } from "./snapshot";

/** Columns of the accepted rows; `next()` hands out a row index and the caller fills its cells. */
export class RowStore {
  length = 0;
  private capacity = 0;
  line = new Int32Array(0);
  household = new Int32Array(0);
  factorText = new Int32Array(0);
  leefgebied = new Int32Array(0);
  wijk = new Int32Array(0);
  source = new Int32Array(0);
  day = new Float64Array(0);
  active = new Uint8Array(0);
  parents = new Int32Array(0);
  children = new Int32Array(0);
  weight = new Float64Array(0);

  /** The index of a new row; every column doubles when full (one check per row, not per cell). */
  next(): number {
    if (this.length === this.capacity) this.reserve(Math.max(1024, this.capacity));
    return this.length++;
  }

  /** Makes room for `extra` more rows at once, so a known number of rows is never copied. */
  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.capacity) return;
    const n = (this.capacity = needed);
    this.line = grown(this.line, n);
    this.household = grown(this.household, n);
    this.factorText = grown(this.factorText, n);
    this.leefgebied = grown(this.leefgebied, n);
    this.wijk = grown(this.wijk, n);
    this.source = grown(this.source, n);
    this.day = grown(this.day, n);
    this.active = grown(this.active, n);
    this.parents = grown(this.parents, n);
    this.children = grown(this.children, n);
    this.weight = grown(this.weight, n);
  }

  /** The filled rows, without copying. */
  view(): StoredRows {
    const n = this.length;
    return {
      line: this.line.subarray(0, n),
      household: this.household.subarray(0, n),
      factorText: this.factorText.subarray(0, n),
      leefgebied: this.leefgebied.subarray(0, n),
      wijk: this.wijk.subarray(0, n),
      source: this.source.subarray(0, n),
      day: this.day.subarray(0, n),
      active: this.active.subarray(0, n),
      parents: this.parents.subarray(0, n),
      children: this.children.subarray(0, n),
      weight: this.weight.subarray(0, n),
    };
  }
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(data: T, length: number): T {
  const bigger = new (data.constructor as new (n: number) => T)(length);
  bigger.set(data);
  return bigger;
}
