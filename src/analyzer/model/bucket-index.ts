/**
 * Buckets to dense row numbers, in typed arrays with linear probing: read for every feature of every clause, where
 * a `Map` of a hundred thousand numbers costs a hash and a pointer chase per read.
 */
export class BucketIndex {
  readonly size: number;
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(buckets: Iterable<number>) {
    const distinct = [...new Set(buckets)];
    let bits = 4;
    while (2 ** bits < 2 * distinct.length) bits++;
    this.mask = 2 ** bits - 1;
    this.shift = 32 - bits;
    const slots = 2 ** bits;
    this.keys = new Int32Array(slots).fill(-1);
    this.rows = new Int32Array(slots);
    this.size = distinct.length;
    distinct.forEach((bucket, row) => {
      let i = this.slot(bucket);
      while (this.keys[i] !== -1) i = (i + 1) & this.mask;
      this.keys[i] = bucket;
      this.rows[i] = row;
    });
  }

  /** The bucket's row, or -1 when no head has a weight for it. */
  get(bucket: number): number {
    for (let i = this.slot(bucket); ; i = (i + 1) & this.mask) {
      const key = this.keys[i] as number;
      if (key === bucket) return this.rows[i] as number;
      if (key === -1) return -1;
    }
  }

  // Buckets are the low bits of a hash already; the multiplicative (Fibonacci) mix spreads runs of neighbours.
  private slot(bucket: number): number {
    return Math.imul(bucket, 0x9e3779b1) >>> this.shift;
  }
}
