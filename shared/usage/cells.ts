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
 *   cells (the last page grows by doubling up to that), outside the
 *   garbage-collected heap; growing never copies more than one page;
 * - counters are stored by column, and a page's column exists only once a
 *   cell of the page has a non-zero value in it: a seed cell (requests and
 *   unsplit tokens only) costs 24 + 16 bytes, a transcript cell 24 + 56;
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

/**
 * A cell table as plain data for postMessage: `dims` are its id pages and
 * `counters[c]` counter c's pages (null: all zero); transfer their buffers.
 */
export interface PackedCells {
  readonly size: number;
  readonly values: readonly (readonly string[])[];
  readonly dims: readonly Int32Array[];
  readonly counters: readonly (readonly (Float64Array | null)[])[];
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
  /**
   * counterPages[c][page]: counter c of the page's cells; undefined while they
   * are all 0. Each column has a slot for every page (undefined included), so
   * a read never goes past an array's end: V8 deoptimises the code that does,
   * and a seed table, whose input and output columns never exist, would pay
   * that in every loop that reads counters.
   */
  private counterPages: (Float64Array | undefined)[][] = emptyColumns();
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
    const page = (this.counterPages[c] as (Float64Array | undefined)[])[cell >>> PAGE_BITS];
    return page === undefined ? 0 : (page[cell & MASK] as number);
  }

  /**
   * Counter `c`'s page for `cell`, made when missing: `page[cell & 4095]`
   * is the counter (see {@link offset}). For hot loops that add to a cell.
   */
  column(c: number, cell: number): Float64Array {
    const pages = this.counterPages[c] as (Float64Array | undefined)[];
    const p = cell >>> PAGE_BITS;
    let page = pages[p];
    if (page === undefined) {
      page = new Float64Array((this.dimPages[p] as Int32Array).length / DIMENSION_COUNT);
      pages[p] = page;
    }
    return page;
  }

  /** Where `cell` sits in its pages (see {@link column}). */
  offset(cell: number): number {
    return cell & MASK;
  }

  /** Copies `cell`'s counters into `out` (COUNTERS order) and returns it. */
  readCounters(cell: number, out: number[] = new Array<number>(COUNTER_COUNT)): number[] {
    const p = cell >>> PAGE_BITS;
    const o = cell & MASK;
    for (let c = 0; c < COUNTER_COUNT; c++) {
      const page = (this.counterPages[c] as (Float64Array | undefined)[])[p];
      out[c] = page === undefined ? 0 : (page[o] as number);
    }
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
  addChecked(cell: number, counters: ArrayLike<number>): void {
    const o = cell & MASK;
    for (let c = 0; c < COUNTER_COUNT; c++) {
      const n = counters[c] as number;
      if (n === 0) continue;
      const page = this.column(c, cell);
      page[o] = checkedSum(page[o] as number, n);
    }
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
    const counters = new Array<number>(COUNTER_COUNT);
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
      this.addChecked(mine, other.readCounters(cell, counters));
    }
  }

  /** A copy that shares nothing with this table. */
  clone(): CellTable {
    const t = new CellTable(this.dictionaries.map((d) => new Dictionary([...d.values])));
    t.dimPages = this.dimPages.map((p) => p.slice());
    t.counterPages = this.counterPages.map((pages) => pages.map((p) => p?.slice()));
    t.count = this.count;
    return t;
  }

  /**
   * The table as plain data for another thread; `transfer` lists the page
   * buffers to move (not copy). The table must not be used afterwards.
   */
  pack(): { packed: PackedCells; transfer: ArrayBuffer[] } {
    const counters = this.counterPages.map((pages) => Array.from(pages, (p) => p ?? null));
    const packed: PackedCells = {
      size: this.count,
      values: this.dictionaries.map((d) => d.values),
      dims: this.dimPages,
      counters,
    };
    const transfer: ArrayBuffer[] = this.dimPages.map((p) => p.buffer as ArrayBuffer);
    for (const pages of counters)
      for (const p of pages) if (p !== null) transfer.push(p.buffer as ArrayBuffer);
    this.dimPages = [];
    this.counterPages = emptyColumns();
    this.count = 0;
    this.slots = undefined;
    return { packed, transfer };
  }

  /** The table {@link pack} gave (taking over its arrays). */
  static unpack(p: PackedCells): CellTable {
    const t = new CellTable(p.values.map((v) => new Dictionary(v as string[])));
    t.dimPages = [...p.dims];
    t.counterPages = p.counters.map((pages) =>
      Array.from({ length: p.dims.length }, (_, i) => pages[i] ?? undefined),
    );
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
    const dims = p < this.dimPages.length ? this.dimPages[p] : undefined;
    if (dims === undefined) {
      // a new page: small while the table is (many partials hold a handful of cells), full size after the first
      this.dimPages.push(new Int32Array((p === 0 ? FIRST_PAGE : PAGE) * DIMENSION_COUNT));
      for (const pages of this.counterPages) pages.push(undefined);
    } else if (o * DIMENSION_COUNT >= dims.length) {
      const cells = Math.min(PAGE, (dims.length / DIMENSION_COUNT) * 2);
      const grownDims = new Int32Array(cells * DIMENSION_COUNT);
      grownDims.set(dims);
      this.dimPages[p] = grownDims;
      for (const pages of this.counterPages) {
        const column = pages[p];
        if (column === undefined) continue;
        const grown = new Float64Array(cells);
        grown.set(column);
        pages[p] = grown;
      }
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

function emptyColumns(): (Float64Array | undefined)[][] {
  return Array.from({ length: COUNTER_COUNT }, () => []);
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
