/** Append-only typed arrays that double when full, so rows stream in without objects per row. */

type TypedArray = Int32Array | Float64Array | Uint8Array;
type Constructor<T extends TypedArray> = new (length: number) => T;

/** A typed array that grows as values are pushed. */
export class Growable<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly make: Constructor<T>,
    capacity = 1024,
  ) {
    this.data = new make(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for `extra` more values at once, so a known number of rows never re-copies. */
  reserve(extra: number): void {
    if (this.length + extra > this.data.length) this.grow(this.length + extra);
  }

  private grow(needed: number): void {
    const bigger = new this.make(Math.max(needed, this.data.length * 2));
    bigger.set(this.data);
    this.data = bigger;
  }

  at(index: number): number {
    return this.data[index];
  }

  /** The filled part, without copying. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
