// Speed code: an open-addressing table from int32 keys (word hashes) to their index, and a
// small one that numbers the distinct keys of one round (a paper's words) as first seen.

const probe = (h: number, mask: number) => (Math.imul(h, 0x9e3779b1) >>> 12) & mask;
/** a second hash, independent of the probe's bits (the filter's) */
const bit = (h: number, mask: number) => (Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 7) & mask;

/** Cells per key: the key and its index + 1 (0: empty). Nothing else: the table is larger
 *  than the cache, and a look-up reads one cell and writes none. */
const CELL = 2;

/**
 * `keys[i]` → i. At most half full, so a miss ends after a probe or two (most words looked up
 * are not in an index), and most misses end before the table: a bit per key's other hash (16
 * bits per key, an eighth of the cells' bytes, so mostly in cache) says no for ~19 in 20.
 */
export class IntTable {
  private readonly cells: Int32Array;
  private readonly mask: number;
  private readonly bits: Int32Array;
  private readonly bitMask: number;

  constructor(keys: ArrayLike<number>) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.cells = new Int32Array(size * CELL);
    this.bitMask = size * 8 - 1;
    this.bits = new Int32Array((size * 8) >>> 5);
    for (let i = 0; i < keys.length; i++) {
      let p = probe(keys[i], this.mask);
      while (this.cells[p * CELL + 1] !== 0) p = (p + 1) & this.mask;
      this.cells[p * CELL] = keys[i];
      this.cells[p * CELL + 1] = i + 1;
      const b = bit(keys[i], this.bitMask);
      this.bits[b >>> 5] |= 1 << (b & 31);
    }
  }

  /** Reads the first cell of each of `keys[0, n)`, doing nothing else with it: a loop of reads
   *  that do not wait for one another, whose cache misses overlap (a look-up waits for its
   *  cell), before looking them up. Returns what it read. */
  touch(keys: Int32Array, n: number): number {
    const { cells, mask } = this;
    let x = 0;
    for (let k = 0; k < n; k++) x += cells[probe(keys[k], mask) * CELL];
    return x;
  }

  /** The index of `h`, or -1. */
  get(h: number): number {
    const b = bit(h, this.bitMask);
    if ((this.bits[b >>> 5] & (1 << (b & 31))) === 0) return -1;
    const { cells, mask } = this;
    for (let p = probe(h, mask); ; p = (p + 1) & mask) {
      const at = p * CELL;
      if (cells[at + 1] === 0) return -1;
      if (cells[at] === h) return cells[at + 1] - 1;
    }
  }
}

/**
 * The distinct keys of a round, each with the caller's value, forgotten all at once by the next
 * round (a stamp per cell: nothing is cleared). Sized for the round: small, so in cache — a
 * paper's few hundred words are looked up in the large table once each, not once per use.
 */
export class RoundTable {
  private keys = new Int32Array(0);
  private values = new Int32Array(0);
  private stamps = new Int32Array(0);
  private mask = -1;
  private round = 0;

  /** A new round of at most `n` keys. */
  next(n: number): void {
    if (n * 2 > this.keys.length) {
      let size = 1024;
      while (size < n * 2) size *= 2;
      this.keys = new Int32Array(size);
      this.values = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.mask = size - 1;
      this.round = 0;
    }
    if (++this.round === 0x7fffffff) {
      this.stamps.fill(0);
      this.round = 1;
    }
  }

  /** The cell of `h` this round: where it is, or where it goes (see `has`, `put`). */
  cell(h: number): number {
    const { keys, stamps, mask, round } = this;
    let p = probe(h, mask);
    while (stamps[p] === round && keys[p] !== h) p = (p + 1) & mask;
    return p;
  }

  /** Whether cell `p` (from `cell`) holds its key this round. */
  has(p: number): boolean {
    return this.stamps[p] === this.round;
  }

  value(p: number): number {
    return this.values[p];
  }

  /** Puts `h` with `value` in its empty cell `p` (from `cell`). */
  put(p: number, h: number, value: number): void {
    this.keys[p] = h;
    this.values[p] = value;
    this.stamps[p] = this.round;
  }
}
