// Speed code: an open-addressing table from int32 keys (word hashes) to their index.

const probe = (h: number, mask: number) => (Math.imul(h, 0x9e3779b1) >>> 12) & mask;

/** Cells per key: the key, its index + 1 (0: empty) and two ints the caller may use (a
 *  per-call mark and a value). Side by side, a look-up and what the caller notes of it are
 *  one cache line: the table is larger than the cache, and parallel arrays were a miss each. */
export const CELL = 4;

/**
 * `keys[i]` → i. At most half full, so a miss ends after a probe or two (most words looked up
 * are not in an index). `cells` is public for loops that read the caller's ints in place.
 */
export class IntTable {
  readonly cells: Int32Array;
  readonly mask: number;

  constructor(keys: ArrayLike<number>) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.cells = new Int32Array(size * CELL);
    for (let i = 0; i < keys.length; i++) {
      let p = probe(keys[i], this.mask);
      while (this.cells[p * CELL + 1] !== 0) p = (p + 1) & this.mask;
      this.cells[p * CELL] = keys[i];
      this.cells[p * CELL + 1] = i + 1;
    }
  }

  /** Where `h`'s cells start, or -1 when it is not a key. */
  cell(h: number): number {
    const { cells, mask } = this;
    for (let p = probe(h, mask); ; p = (p + 1) & mask) {
      const at = p * CELL;
      if (cells[at + 1] === 0) return -1;
      if (cells[at] === h) return at;
    }
  }

  /** The index of `h`, or -1. */
  get(h: number): number {
    const at = this.cell(h);
    return at < 0 ? -1 : this.cells[at + 1] - 1;
  }
}
