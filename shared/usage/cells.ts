/**
 * The cells of a usage partial, stored compactly.
 *
 * A report over a month of a thousand users holds about 300,000 cells (day x
 * user x model x tier x tool x source). As a Map from joined string keys to
 * counter arrays each cell cost about 250 bytes of V8 heap (the key, its
 * parts, the array, the map entry) and every step (aggregation, the handover
 * between threads, the report) built or parsed more of them. Here:
 *
 * - each dimension's values are interned in a {@link Dictionary}: a cell
 *   holds six small integer ids, not strings;
 * - the ids and the seven counters live in typed arrays, in pages of 4,096
 *   cells (the last page grows by doubling up to that), so a cell costs 24 +
 *   56 bytes outside the garbage-collected heap and growing never copies more
 *   than one page;
 * - the index from ids to cell is an open-addressing hash table of cell
 *   numbers (Int32Array), built only when something looks a cell up: a table
 *   handed over from a worker thread is only read;
 * - {@link CellTable.pack} gives the pages as transferable buffers, so a
 *   worker's cells reach the main thread without a copy.
 *
 * Cells keep the order they were first seen in. Counters are doubles holding
 * safe integers; merging checks that sums stay safe (the same rule as before).
 * The string form of a cell (its key, dimension values joined with U+001F)
 * remains for the partial file and for callers that iterate
 * `[key, counters]` pairs.
 */

export const DIMENSION_COUNT = 6;
export const COUNTER_COUNT = 7;

const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;
const MASK = PAGE - 1;
/** Cells the first page holds before it grows. */
const FIRST_PAGE = 16;

/** The values of one dimension, each with a small integer id (its position). */
export class Dictionary {
  readonly values: string[];
  private ids: Map<string, number> | undefined;

  constructor(values: string[] = []) {
    this.values = values;
  }

  /** The id of `value`, interned when new. */
  id(value: string): number {
    let ids = this.ids;
    if (ids === undefined) {
      ids = new Map(this.values.map((v, i) => [v, i]));
      this.ids = ids;
    }
    let id = ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      ids.set(value, id);
    }
    return id;
  }
}

/** A cell table as plain data for postMessage: `dims` and `counters` are the pages (transfer their buffers). */
export interface PackedCells {
  readonly size: number;
  readonly values: readonly (readonly string[])[];
  readonly dims: readonly Int32Array[];
  readonly counters: readonly Float64Array[];
}

function checkedSum(a: number, b: number): number {
  const s = a + b;
  if (!Number.isSafeInteger(s)) throw new Error(`usage counter overflow (${a} + ${b})`);
  return s;
}

export class CellTable {
  /** One dictionary per dimension, in DIMENSIONS order (day, user, model, tier, tool, source). */
  readonly dictionaries: readonly Dictionary[];
  private dimPages: Int32Array[] = [];
  private counterPages: Float64Array[] = [];
  private count = 0;
  /** Open addressing: cell number + 1, 0 for a free slot. Built on the first lookup. */
  private slots: Int32Array | undefined;

  constructor(dictionaries?: readonly Dictionary[]) {
    this.dictionaries = dictionaries ?? Array.from({ length: DIMENSION_COUNT }, () => new Dictionary());
  }

  get size(): number {
    return this.count;
  }

  /** Dimension `d`'s id in `cell`. */
  dim(cell: number, d: number): number {
    return (this.dimPages[cell >>> PAGE_BITS] as Int32Array)[(cell & MASK) * DIMENSION_COUNT + d] as number;
  }

  /** Dimension `d`'s value in `cell`. */
  value(cell: number, d: number): string {
    return (this.dictionaries[d] as Dictionary).values[this.dim(cell, d)] as string;
  }

  /** Counter `c` of `cell`. */
  counter(cell: number, c: number): number {
    return (this.counterPages[cell >>> PAGE_BITS] as Float64Array)[
      (cell & MASK) * COUNTER_COUNT + c
    ] as number;
  }

  /** The counter page holding `cell` (its counters start at {@link counterOffset}): for hot loops. */
  counterPage(cell: number): Float64Array {
    return this.counterPages[cell >>> PAGE_BITS] as Float64Array;
  }

  counterOffset(cell: number): number {
    return (cell & MASK) * COUNTER_COUNT;
  }

  /** Copies `cell`'s counters into `out` (COUNTERS order) and returns it. */
  readCounters(cell: number, out: number[] = new Array<number>(COUNTER_COUNT)): number[] {
    const page = this.counterPages[cell >>> PAGE_BITS] as Float64Array;
    const o = (cell & MASK) * COUNTER_COUNT;
    for (let i = 0; i < COUNTER_COUNT; i++) out[i] = page[o + i] as number;
    return out;
  }

  /** The cell of these dimension ids, added with zero counters when new. */
  cell(d0: number, d1: number, d2: number, d3: number, d4: number, d5: number): number {
    let slots = this.slots;
    if (slots === undefined || this.count * 2 >= slots.length) slots = this.reindex();
    const mask = slots.length - 1;
    let h = hash(d0, d1, d2, d3, d4, d5) & mask;
    for (;;) {
      const s = slots[h] as number;
      if (s === 0) break;
      const cell = s - 1;
      const page = this.dimPages[cell >>> PAGE_BITS] as Int32Array;
      const o = (cell & MASK) * DIMENSION_COUNT;
      if (
        page[o] === d0 &&
        page[o + 1] === d1 &&
        page[o + 2] === d2 &&
        page[o + 3] === d3 &&
        page[o + 4] === d4 &&
        page[o + 5] === d5
      )
        return cell;
      h = (h + 1) & mask;
    }
    const cell = this.append();
    const page = this.dimPages[cell >>> PAGE_BITS] as Int32Array;
    const o = (cell & MASK) * DIMENSION_COUNT;
    page[o] = d0;
    page[o + 1] = d1;
    page[o + 2] = d2;
    page[o + 3] = d3;
    page[o + 4] = d4;
    page[o + 5] = d5;
    slots[h] = cell + 1;
    return cell;
  }

  /** The cell of these dimension values, added when new. */
  cellOf(values: readonly string[]): number {
    const d = this.dictionaries;
    return this.cell(
      (d[0] as Dictionary).id(values[0] ?? ""),
      (d[1] as Dictionary).id(values[1] ?? ""),
      (d[2] as Dictionary).id(values[2] ?? ""),
      (d[3] as Dictionary).id(values[3] ?? ""),
      (d[4] as Dictionary).id(values[4] ?? ""),
      (d[5] as Dictionary).id(values[5] ?? ""),
    );
  }

  /** Adds `counters` (COUNTERS order) to `cell`, checking that every sum stays a safe integer. */
  addChecked(cell: number, counters: ArrayLike<number>, from = 0): void {
    const page = this.counterPages[cell >>> PAGE_BITS] as Float64Array;
    const o = (cell & MASK) * COUNTER_COUNT;
    for (let i = 0; i < COUNTER_COUNT; i++)
      page[o + i] = checkedSum(page[o + i] as number, counters[from + i] as number);
  }

  /** Adds every cell of `other` (another table, with its own dictionaries) into this one. */
  addTable(other: CellTable): void {
    const remap = other.dictionaries.map((od, d) => {
      const mine = this.dictionaries[d] as Dictionary;
      return Int32Array.from(od.values, (v) => mine.id(v));
    });
    const [r0, r1, r2, r3, r4, r5] = remap as [
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
    ];
    for (let cell = 0; cell < other.count; cell++) {
      const dims = other.dimPages[cell >>> PAGE_BITS] as Int32Array;
      const o = (cell & MASK) * DIMENSION_COUNT;
      const mine = this.cell(
        r0[dims[o] as number] as number,
        r1[dims[o + 1] as number] as number,
        r2[dims[o + 2] as number] as number,
        r3[dims[o + 3] as number] as number,
        r4[dims[o + 4] as number] as number,
        r5[dims[o + 5] as number] as number,
      );
      this.addChecked(
        mine,
        other.counterPages[cell >>> PAGE_BITS] as Float64Array,
        (cell & MASK) * COUNTER_COUNT,
      );
    }
  }

  /** A copy that shares nothing with this table. */
  clone(): CellTable {
    const t = new CellTable(this.dictionaries.map((d) => new Dictionary([...d.values])));
    t.dimPages = this.dimPages.map((p) => p.slice());
    t.counterPages = this.counterPages.map((p) => p.slice());
    t.count = this.count;
    return t;
  }

  /**
   * The table as plain data for another thread; `transfer` lists the page
   * buffers to move (not copy). The table must not be used afterwards.
   */
  pack(): { packed: PackedCells; transfer: ArrayBuffer[] } {
    const packed: PackedCells = {
      size: this.count,
      values: this.dictionaries.map((d) => d.values),
      dims: this.dimPages,
      counters: this.counterPages,
    };
    const transfer = [...this.dimPages, ...this.counterPages].map((p) => p.buffer as ArrayBuffer);
    this.dimPages = [];
    this.counterPages = [];
    this.count = 0;
    this.slots = undefined;
    return { packed, transfer };
  }

  /** The table {@link pack} gave (taking over its arrays). */
  static unpack(p: PackedCells): CellTable {
    const t = new CellTable(p.values.map((v) => new Dictionary(v as string[])));
    t.dimPages = [...p.dims];
    t.counterPages = [...p.counters];
    t.count = p.size;
    return t;
  }

  /** `cell`'s key: its dimension values joined with U+001F (see cellKey in aggregate.ts). */
  key(cell: number): string {
    let k = this.value(cell, 0);
    for (let d = 1; d < DIMENSION_COUNT; d++) k += `\u001f${this.value(cell, d)}`;
    return k;
  }

  /** The counters of the cell with this key, or undefined (a scan: for tests and small tables). */
  get(key: string): number[] | undefined {
    for (let cell = 0; cell < this.count; cell++) if (this.key(cell) === key) return this.readCounters(cell);
    return undefined;
  }

  /** `[key, counters]` per cell, in the order cells were first seen (fresh arrays: changing them changes nothing). */
  *entries(): Generator<[string, number[]]> {
    for (let cell = 0; cell < this.count; cell++) yield [this.key(cell), this.readCounters(cell)];
  }

  *keys(): Generator<string> {
    for (let cell = 0; cell < this.count; cell++) yield this.key(cell);
  }

  [Symbol.iterator](): Generator<[string, number[]]> {
    return this.entries();
  }

  private append(): number {
    const cell = this.count;
    const p = cell >>> PAGE_BITS;
    const o = cell & MASK;
    const dims = this.dimPages[p];
    if (dims === undefined) {
      // a new page: small while the table is (many partials hold a handful of cells), full size after the first
      const cells = p === 0 ? FIRST_PAGE : PAGE;
      this.dimPages.push(new Int32Array(cells * DIMENSION_COUNT));
      this.counterPages.push(new Float64Array(cells * COUNTER_COUNT));
    } else if (o * DIMENSION_COUNT >= dims.length) {
      const cells = Math.min(PAGE, (dims.length / DIMENSION_COUNT) * 2);
      const grownDims = new Int32Array(cells * DIMENSION_COUNT);
      grownDims.set(dims);
      this.dimPages[p] = grownDims;
      const grownCounters = new Float64Array(cells * COUNTER_COUNT);
      grownCounters.set(this.counterPages[p] as Float64Array);
      this.counterPages[p] = grownCounters;
    }
    this.count = cell + 1;
    return cell;
  }

  /** (Re)builds the index for twice the cells held, at least. */
  private reindex(): Int32Array {
    let capacity = 64;
    while (capacity < (this.count + 1) * 4) capacity *= 2;
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let cell = 0; cell < this.count; cell++) {
      const page = this.dimPages[cell >>> PAGE_BITS] as Int32Array;
      const o = (cell & MASK) * DIMENSION_COUNT;
      let h =
        hash(
          page[o] as number,
          page[o + 1] as number,
          page[o + 2] as number,
          page[o + 3] as number,
          page[o + 4] as number,
          page[o + 5] as number,
        ) & mask;
      while (slots[h] !== 0) h = (h + 1) & mask;
      slots[h] = cell + 1;
    }
    this.slots = slots;
    return slots;
  }
}

/** Mixes six ids into 32 bits (multiply-xorshift per id, then a final avalanche). */
function hash(d0: number, d1: number, d2: number, d3: number, d4: number, d5: number): number {
  let h = Math.imul(d0 ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ d1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ d2, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ d3, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15) ^ d4, 0x165667b1);
  h = Math.imul(h ^ (h >>> 13) ^ d5, 0x9e3779b1);
  return (h ^ (h >>> 16)) >>> 0;
}
