/**
 * Results per line, kept while the draft still uses them: an entry not used by the last two analyses is
 * dropped when the cache grows past twice what one analysis needs, so memory follows the draft's size.
 */
export class LineCache<T> {
  private readonly entries = new Map<string, { value: T; used: number }>();
  private generation = 0;
  private usedNow = 0;
  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    if (e.used !== this.generation) this.usedNow++;
    e.used = this.generation;
    return e.value;
  }
  set(key: string, value: T): void {
    this.entries.set(key, { value, used: this.generation });
    this.usedNow++;
  }
  /** Ends one analysis. */
  rotate(): void {
    if (this.entries.size > 2 * this.usedNow + 64) {
      for (const [key, e] of this.entries) if (e.used < this.generation - 1) this.entries.delete(key);
    }
    this.generation++;
    this.usedNow = 0;
  }
}
