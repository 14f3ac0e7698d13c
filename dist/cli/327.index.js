"use strict";
exports.id = 327;
exports.ids = [327];
exports.modules = {

/***/ 4081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ Aggregator),
  CQ: () => (/* binding */ aggregateStream),
  pP: () => (/* binding */ emptyPartial),
  Fz: () => (/* binding */ isEmptyPartial),
  _H: () => (/* binding */ mergeOwnedPartials),
  p8: () => (/* binding */ mergePartials),
  z7: () => (/* binding */ packPartial),
  S6: () => (/* binding */ partialFromJson),
  Hb: () => (/* binding */ partialToJson),
  yu: () => (/* binding */ unpackPartial),
  Te: () => (/* binding */ withReferenceCost)
});

// UNUSED EXPORTS: COUNTERS, DIMENSIONS, MAX_SAMPLES, PARTIAL_FORMAT, PARTIAL_VERSION, aggregate, cellKey, parseCellKey

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/pricing/catalog.ts
var pricing_catalog = __webpack_require__(912);
;// CONCATENATED MODULE: ./shared/usage/cells.ts
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
const DIMENSION_COUNT = 6;
const COUNTER_COUNT = 7;
const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;
const MASK = PAGE - 1;
/** Cells the first page holds before it grows. */
const FIRST_PAGE = 16;
/** The values of one dimension, each with a small integer id (its position). */
class Dictionary {
    values;
    ids;
    constructor(values = []) {
        this.values = values;
    }
    /** The id of `value`, interned when new. */
    id(value) {
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
function checkedSum(a, b) {
    const s = a + b;
    if (!Number.isSafeInteger(s))
        throw new Error(`usage counter overflow (${a} + ${b})`);
    return s;
}
class CellTable {
    /** One dictionary per dimension, in DIMENSIONS order (day, user, model, tier, tool, source). */
    dictionaries;
    dimPages = [];
    /**
     * counterPages[c][page]: counter c of the page's cells; undefined while they
     * are all 0. Each column has a slot for every page (undefined included), so
     * a read never goes past an array's end: V8 deoptimises the code that does,
     * and a seed table, whose input and output columns never exist, would pay
     * that in every loop that reads counters.
     */
    counterPages = emptyColumns();
    count = 0;
    /** Open addressing: cell number + 1, 0 for a free slot. Built on the first lookup. */
    slots;
    constructor(dictionaries) {
        this.dictionaries = dictionaries ?? Array.from({ length: DIMENSION_COUNT }, () => new Dictionary());
    }
    get size() {
        return this.count;
    }
    /** Dimension `d`'s id in `cell`. */
    dim(cell, d) {
        return this.dimPages[cell >>> PAGE_BITS][(cell & MASK) * DIMENSION_COUNT + d];
    }
    /** Dimension `d`'s value in `cell`. */
    value(cell, d) {
        return this.dictionaries[d].values[this.dim(cell, d)];
    }
    /** Counter `c` of `cell`. */
    counter(cell, c) {
        const page = this.counterPages[c][cell >>> PAGE_BITS];
        return page === undefined ? 0 : page[cell & MASK];
    }
    /**
     * Counter `c`'s page for `cell`, made when missing: `page[cell & 4095]`
     * is the counter (see {@link offset}). For hot loops that add to a cell.
     */
    column(c, cell) {
        const pages = this.counterPages[c];
        const p = cell >>> PAGE_BITS;
        let page = pages[p];
        if (page === undefined) {
            page = new Float64Array(this.dimPages[p].length / DIMENSION_COUNT);
            pages[p] = page;
        }
        return page;
    }
    /** Where `cell` sits in its pages (see {@link column}). */
    offset(cell) {
        return cell & MASK;
    }
    /** Copies `cell`'s counters into `out` (COUNTERS order) and returns it. */
    readCounters(cell, out = new Array(COUNTER_COUNT)) {
        const p = cell >>> PAGE_BITS;
        const o = cell & MASK;
        for (let c = 0; c < COUNTER_COUNT; c++) {
            const page = this.counterPages[c][p];
            out[c] = page === undefined ? 0 : page[o];
        }
        return out;
    }
    /** The cell of these dimension ids, added with zero counters when new. */
    cell(d0, d1, d2, d3, d4, d5) {
        let slots = this.slots;
        if (slots === undefined || this.count * 2 >= slots.length)
            slots = this.reindex();
        const mask = slots.length - 1;
        let h = hash(d0, d1, d2, d3, d4, d5) & mask;
        for (;;) {
            const s = slots[h];
            if (s === 0)
                break;
            const cell = s - 1;
            const page = this.dimPages[cell >>> PAGE_BITS];
            const o = (cell & MASK) * DIMENSION_COUNT;
            if (page[o] === d0 &&
                page[o + 1] === d1 &&
                page[o + 2] === d2 &&
                page[o + 3] === d3 &&
                page[o + 4] === d4 &&
                page[o + 5] === d5)
                return cell;
            h = (h + 1) & mask;
        }
        const cell = this.append();
        const page = this.dimPages[cell >>> PAGE_BITS];
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
    cellOf(values) {
        const d = this.dictionaries;
        return this.cell(d[0].id(values[0] ?? ""), d[1].id(values[1] ?? ""), d[2].id(values[2] ?? ""), d[3].id(values[3] ?? ""), d[4].id(values[4] ?? ""), d[5].id(values[5] ?? ""));
    }
    /** Adds `counters` (COUNTERS order) to `cell`, checking that every sum stays a safe integer. */
    addChecked(cell, counters) {
        const o = cell & MASK;
        for (let c = 0; c < COUNTER_COUNT; c++) {
            const n = counters[c];
            if (n === 0)
                continue;
            const page = this.column(c, cell);
            page[o] = checkedSum(page[o], n);
        }
    }
    /** Adds every cell of `other` (another table, with its own dictionaries) into this one. */
    addTable(other) {
        const remap = other.dictionaries.map((od, d) => {
            const mine = this.dictionaries[d];
            return Int32Array.from(od.values, (v) => mine.id(v));
        });
        const [r0, r1, r2, r3, r4, r5] = remap;
        const counters = new Array(COUNTER_COUNT);
        for (let cell = 0; cell < other.count; cell++) {
            const dims = other.dimPages[cell >>> PAGE_BITS];
            const o = (cell & MASK) * DIMENSION_COUNT;
            const mine = this.cell(r0[dims[o]], r1[dims[o + 1]], r2[dims[o + 2]], r3[dims[o + 3]], r4[dims[o + 4]], r5[dims[o + 5]]);
            this.addChecked(mine, other.readCounters(cell, counters));
        }
    }
    /** A copy that shares nothing with this table. */
    clone() {
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
    pack() {
        const counters = this.counterPages.map((pages) => Array.from(pages, (p) => p ?? null));
        const packed = {
            size: this.count,
            values: this.dictionaries.map((d) => d.values),
            dims: this.dimPages,
            counters,
        };
        const transfer = this.dimPages.map((p) => p.buffer);
        for (const pages of counters)
            for (const p of pages)
                if (p !== null)
                    transfer.push(p.buffer);
        this.dimPages = [];
        this.counterPages = emptyColumns();
        this.count = 0;
        this.slots = undefined;
        return { packed, transfer };
    }
    /** The table {@link pack} gave (taking over its arrays). */
    static unpack(p) {
        const t = new CellTable(p.values.map((v) => new Dictionary(v)));
        t.dimPages = [...p.dims];
        t.counterPages = p.counters.map((pages) => Array.from({ length: p.dims.length }, (_, i) => pages[i] ?? undefined));
        t.count = p.size;
        return t;
    }
    /** `cell`'s key: its dimension values joined with U+001F (see cellKey in aggregate.ts). */
    key(cell) {
        let k = this.value(cell, 0);
        for (let d = 1; d < DIMENSION_COUNT; d++)
            k += `\u001f${this.value(cell, d)}`;
        return k;
    }
    /** The counters of the cell with this key, or undefined (a scan: for tests and small tables). */
    get(key) {
        for (let cell = 0; cell < this.count; cell++)
            if (this.key(cell) === key)
                return this.readCounters(cell);
        return undefined;
    }
    /** `[key, counters]` per cell, in the order cells were first seen (fresh arrays: changing them changes nothing). */
    *entries() {
        for (let cell = 0; cell < this.count; cell++)
            yield [this.key(cell), this.readCounters(cell)];
    }
    *keys() {
        for (let cell = 0; cell < this.count; cell++)
            yield this.key(cell);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    append() {
        const cell = this.count;
        const p = cell >>> PAGE_BITS;
        const o = cell & MASK;
        const dims = p < this.dimPages.length ? this.dimPages[p] : undefined;
        if (dims === undefined) {
            // a new page: small while the table is (many partials hold a handful of cells), full size after the first
            this.dimPages.push(new Int32Array((p === 0 ? FIRST_PAGE : PAGE) * DIMENSION_COUNT));
            for (const pages of this.counterPages)
                pages.push(undefined);
        }
        else if (o * DIMENSION_COUNT >= dims.length) {
            const cells = Math.min(PAGE, (dims.length / DIMENSION_COUNT) * 2);
            const grownDims = new Int32Array(cells * DIMENSION_COUNT);
            grownDims.set(dims);
            this.dimPages[p] = grownDims;
            for (const pages of this.counterPages) {
                const column = pages[p];
                if (column === undefined)
                    continue;
                const grown = new Float64Array(cells);
                grown.set(column);
                pages[p] = grown;
            }
        }
        this.count = cell + 1;
        return cell;
    }
    /** (Re)builds the index for twice the cells held, at least. */
    reindex() {
        let capacity = 64;
        while (capacity < (this.count + 1) * 4)
            capacity *= 2;
        const slots = new Int32Array(capacity);
        const mask = capacity - 1;
        for (let cell = 0; cell < this.count; cell++) {
            const page = this.dimPages[cell >>> PAGE_BITS];
            const o = (cell & MASK) * DIMENSION_COUNT;
            let h = hash(page[o], page[o + 1], page[o + 2], page[o + 3], page[o + 4], page[o + 5]) & mask;
            while (slots[h] !== 0)
                h = (h + 1) & mask;
            slots[h] = cell + 1;
        }
        this.slots = slots;
        return slots;
    }
}
function emptyColumns() {
    return Array.from({ length: COUNTER_COUNT }, () => []);
}
/** Mixes six ids into 32 bits (multiply-xorshift per id, then a final avalanche). */
function hash(d0, d1, d2, d3, d4, d5) {
    let h = Math.imul(d0 ^ 0x2545f491, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 15) ^ d1, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13) ^ d2, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 16) ^ d3, 0x27d4eb2f);
    h = Math.imul(h ^ (h >>> 15) ^ d4, 0x165667b1);
    h = Math.imul(h ^ (h >>> 13) ^ d5, 0x9e3779b1);
    return (h ^ (h >>> 16)) >>> 0;
}

// EXTERNAL MODULE: ./shared/usage/readers.ts + 2 modules
var readers = __webpack_require__(8022);
;// CONCATENATED MODULE: ./shared/usage/aggregate.ts
/**
 * Aggregation into partials that merge exactly.
 *
 * A partial is a fact table: one cell per (UTC day, user, model, pricing tier,
 * tool, source) holding integer counters. Every report dimension (user, team,
 * model, day, tool, quotas, budgets, costs) is derived from cells at report
 * time, so `mergePartials` is plain integer addition per cell: associative,
 * commutative, exact. Costs are never summed as floats: each cell is priced
 * from its integer tokens when the report is built.
 *
 * The pricing tier of a request (long context, batch) is decided per record
 * here, because it depends on that request's prompt size.
 *
 * Cells live in a {@link CellTable} (shared/usage/cells.ts): dimension values
 * interned to small ids, ids and counters in typed-array pages, so hundreds of
 * thousands of cells cost tens of megabytes outside the heap and cross
 * threads without a copy ({@link packPartial}).
 *
 * Sharding rule: de-duplication of transcripts happens in the reader, within
 * one run. Split work across shards by file (or by user folder), never inside
 * a session file, so two shards never hold copies of the same request.
 */




/** Counter positions in a cell. */
const COUNTERS = [
    "requests",
    "input",
    "output",
    "cacheWrite5m",
    "cacheWrite1h",
    "cacheRead",
    "unsplit",
];
const DIMENSIONS = ["day", "user", "model", "tier", "tool", "source"];
const SEP = "\u001f";
function cellKey(k) {
    return [k.day, k.user, k.model, k.tier, k.tool, k.source].join(SEP);
}
function parseCellKey(key) {
    const p = key.split(SEP);
    return {
        day: p[0] ?? "",
        user: p[1] ?? "",
        model: p[2] ?? "",
        tier: (p[3] ?? "standard"),
        tool: p[4] ?? "",
        source: p[5] ?? "",
    };
}
const MAX_SAMPLES = 20;
function emptyPartial() {
    return {
        cells: new CellTable(),
        malformed: { total: 0, byReason: {}, samples: [] },
        stats: (0,readers/* emptyReadStats */.zD)(),
        first: null,
        last: null,
        referenceCost: new Map(),
    };
}
const DAY_MS = 86_400_000;
const [D_DAY, D_USER, D_MODEL, D_TIER, D_TOOL, D_SOURCE] = [0, 1, 2, 3, 4, 5];
const TIERS = ["standard", "long", "batch", "batch-long", "fast"];
/**
 * Incremental aggregation into a {@link CellTable}; {@link aggregate} wraps
 * it. Hot path: keep it allocation-light. Dimension values are interned once
 * (days by day number, models by the name as written, tiers by position), so
 * a record costs a few map lookups and a probe of the table's index.
 */
class Aggregator {
    catalog;
    table = new CellTable();
    /** Bumped with every new table: cached ids of an older one are stale. */
    gen = 0;
    models = new Map();
    dayNames = new Map();
    /** UTC day number -> day id in the current table. */
    dayIds = new Map();
    /** Tier id by position in {@link TIERS} (-1: not interned yet). */
    tierIds = [-1, -1, -1, -1, -1];
    // addSeed(): the current user and day, and the cell of the last tool seen for them
    seedDay = Number.NaN;
    seedUser = "";
    seedTool = "";
    seedCell = -1;
    /** [day, user, model "", tier standard, source seed] ids of the current seed user and day. */
    seedDims = [0, 0, 0, 0, 0];
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    constructor(catalog = pricing_catalog/* defaultCatalog */.Dd) {
        this.catalog = catalog;
    }
    dict(d) {
        return this.table.dictionaries[d];
    }
    model(raw) {
        const name = raw ?? "";
        let m = this.models.get(name);
        if (!m) {
            const entry = name ? (0,pricing_catalog/* resolveModel */.AX)(name, this.catalog) : undefined;
            m = { key: entry ? entry.id : (0,pricing_catalog/* stripContextSuffix */.XJ)(name), entry, id: 0, gen: -1 };
            this.models.set(name, m);
        }
        if (m.gen !== this.gen) {
            m.id = this.dict(D_MODEL).id(m.key);
            m.gen = this.gen;
        }
        return m;
    }
    dayId(dayNo) {
        let id = this.dayIds.get(dayNo);
        if (id === undefined) {
            let day = this.dayNames.get(dayNo);
            if (day === undefined) {
                day = new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
                this.dayNames.set(dayNo, day);
            }
            id = this.dict(D_DAY).id(day);
            this.dayIds.set(dayNo, id);
        }
        return id;
    }
    tierId(t) {
        let id = this.tierIds[t];
        if (id < 0) {
            id = this.dict(D_TIER).id(TIERS[t]);
            this.tierIds[t] = id;
        }
        return id;
    }
    add(r) {
        const day = this.dayId(Math.floor(r.time / DAY_MS));
        if (r.time < this.first)
            this.first = r.time;
        if (r.time > this.last)
            this.last = r.time;
        const m = this.model(r.model);
        let long = r.longContext === true;
        const lc = m.entry?.longContext;
        if (!long && lc)
            long = r.input + r.cacheWrite5m + r.cacheWrite1h + r.cacheRead > lc.aboveInputTokens;
        // TIERS positions: standard, long, batch, batch-long, fast
        const tier = this.tierId(r.fast ? 4 : (r.batch ? 2 : 0) + (long ? 1 : 0));
        const t = this.table;
        const cell = t.cell(day, this.dict(D_USER).id(r.user), m.id, tier, this.dict(D_TOOL).id(r.tool ?? ""), this.dict(D_SOURCE).id(r.source));
        const o = t.offset(cell);
        // a column is made only for a non-zero value (see CellTable)
        if (r.requests !== 0)
            bump(t.column(0, cell), o, r.requests);
        if (r.input !== 0)
            bump(t.column(1, cell), o, r.input);
        if (r.output !== 0)
            bump(t.column(2, cell), o, r.output);
        if (r.cacheWrite5m !== 0)
            bump(t.column(3, cell), o, r.cacheWrite5m);
        if (r.cacheWrite1h !== 0)
            bump(t.column(4, cell), o, r.cacheWrite1h);
        if (r.cacheRead !== 0)
            bump(t.column(5, cell), o, r.cacheRead);
        if (r.unsplit !== 0)
            bump(t.column(6, cell), o, r.unsplit);
    }
    /**
     * The same as `add()` of a seed record (no model, unsplit tokens, one
     * request), without building the record: the reader's fast lane. A seed
     * file holds one user and day, so their ids are looked up once per file;
     * the last tool's cell is kept, and any other is found through the cell
     * index (a map of tool to cell per user and day, cleared for every daily
     * file, cost more than it saved once the scanner summed lines per tool).
     */
    addSeed(time, user, tool, unsplit, requests = 1, last = time) {
        const dayNo = Math.floor(time / DAY_MS);
        let cell;
        if (dayNo !== this.seedDay || user !== this.seedUser) {
            this.seedDay = dayNo;
            this.seedUser = user;
            this.seedTool = "";
            this.seedCell = -1;
            const d = this.seedDims;
            d[0] = this.dayId(dayNo);
            d[1] = this.dict(D_USER).id(user);
            d[2] = this.dict(D_MODEL).id("");
            d[3] = this.tierId(0);
            d[4] = this.dict(D_SOURCE).id("seed");
        }
        if (tool === this.seedTool && this.seedCell >= 0)
            cell = this.seedCell;
        else {
            const d = this.seedDims;
            cell = this.table.cell(d[0], d[1], d[2], d[3], this.dict(D_TOOL).id(tool), d[4]);
            this.seedTool = tool;
            this.seedCell = cell;
        }
        const o = this.table.offset(cell);
        if (requests !== 0)
            bump(this.table.column(0, cell), o, requests);
        if (unsplit !== 0)
            bump(this.table.column(6, cell), o, unsplit);
        if (time < this.first)
            this.first = time;
        if (last > this.last)
            this.last = last;
    }
    /** The partial, with the reader's tallies. Ends the aggregation: the aggregator is empty afterwards. */
    toPartial(extra = {}) {
        const tally = extra.malformed;
        // the table is handed over, not copied; the aggregator starts a new one
        const cells = this.table;
        this.table = new CellTable();
        this.gen++;
        this.dayIds = new Map();
        this.tierIds = [-1, -1, -1, -1, -1];
        this.seedDay = Number.NaN;
        this.seedCell = -1;
        return {
            cells,
            malformed: tally
                ? {
                    total: tally.total,
                    byReason: Object.fromEntries(tally.byReason),
                    samples: sortSamples([...tally.samples]),
                }
                : { total: 0, byReason: {}, samples: [] },
            stats: { ...(extra.stats ?? (0,readers/* emptyReadStats */.zD)()) },
            first: this.first === Number.POSITIVE_INFINITY ? null : this.first,
            last: this.last === Number.NEGATIVE_INFINITY ? null : this.last,
            referenceCost: new Map(),
        };
    }
}
function bump(column, at, n) {
    column[at] = column[at] + n;
}
/** Aggregates records into a partial (pure). */
function aggregate(records, catalog = defaultCatalog) {
    const a = new Aggregator(catalog);
    for (const r of records)
        a.add(r);
    return a.toPartial();
}
/** Aggregates an async stream of records, or of batches of records (faster: one await per batch). */
async function aggregateStream(records, options = {}) {
    const a = options.aggregator ?? new Aggregator(options.catalog ?? pricing_catalog/* defaultCatalog */.Dd);
    for await (const r of records) {
        if (Array.isArray(r))
            for (const x of r)
                a.add(x);
        else
            a.add(r);
    }
    return a.toPartial({
        ...(options.malformed ? { malformed: options.malformed } : {}),
        ...(options.stats ? { stats: options.stats } : {}),
    });
}
function compareSamples(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line !== b.line)
        return a.line - b.line;
    return a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0;
}
function sortSamples(s) {
    return s.sort(compareSamples).slice(0, MAX_SAMPLES);
}
function safeAdd(a, b) {
    const s = a + b;
    if (!Number.isSafeInteger(s))
        throw new Error(`usage counter overflow (${a} + ${b})`);
    return s;
}
/** Merges two partials exactly. Associative and commutative. Neither partial changes. */
function mergePartials(a, b) {
    return combine(a.cells.clone(), a, b);
}
/**
 * {@link mergePartials} for partials the caller owns and gives up: `b`'s
 * cells are added into `a`'s table, so a merge of two large partials does not
 * hold a third copy of every cell.
 */
function mergeOwnedPartials(a, b) {
    return combine(a.cells, a, b);
}
function combine(cells, a, b) {
    cells.addTable(b.cells);
    const byReason = { ...a.malformed.byReason };
    for (const [k, v] of Object.entries(b.malformed.byReason))
        byReason[k] = (byReason[k] ?? 0) + v;
    const stats = { ...a.stats };
    for (const k of Object.keys(stats))
        stats[k] = safeAdd(stats[k], b.stats[k] ?? 0);
    const referenceCost = new Map(a.referenceCost);
    for (const [d, v] of b.referenceCost)
        referenceCost.set(d, (referenceCost.get(d) ?? 0n) + v);
    const minNull = (x, y) => (x === null ? y : y === null ? x : Math.min(x, y));
    const maxNull = (x, y) => (x === null ? y : y === null ? x : Math.max(x, y));
    return {
        cells,
        malformed: {
            total: a.malformed.total + b.malformed.total,
            byReason,
            samples: sortSamples([...a.malformed.samples, ...b.malformed.samples]),
        },
        stats,
        first: minNull(a.first, b.first),
        last: maxNull(a.last, b.last),
        referenceCost,
    };
}
/** True for a partial that adds nothing to a merge (no cells, counts, samples or reference costs). */
function isEmptyPartial(p) {
    return (p.cells.size === 0 &&
        p.malformed.total === 0 &&
        p.referenceCost.size === 0 &&
        p.first === null &&
        Object.values(p.stats).every((v) => v === 0));
}
/** Adds Anthropic cost_report amounts (pico-USD per day) to a partial. */
function withReferenceCost(p, byDay) {
    return mergePartials(p, { ...emptyPartial(), referenceCost: byDay });
}
/**
 * A partial for another thread: the message and the buffers to transfer with
 * it (the cell pages move, they are not copied). `p` must not be used afterwards.
 */
function packPartial(p) {
    const { packed, transfer } = p.cells.pack();
    return { packed: { ...p, cells: packed }, transfer };
}
function unpackPartial(p) {
    return { ...p, cells: CellTable.unpack(p.cells) };
}
const PARTIAL_FORMAT = "steward.usage-partial";
const PARTIAL_VERSION = 1;
/** Canonical JSON form (sorted cells), so equal partials serialise to equal bytes. */
function partialToJson(p) {
    const t = p.cells;
    const keys = Array.from({ length: t.size }, (_, cell) => t.key(cell));
    const order = Array.from(keys.keys()).sort((x, y) => {
        const a = keys[x];
        const b = keys[y];
        return a < b ? -1 : a > b ? 1 : 0;
    });
    // One row per key. Two cells share a key only when a dimension value holds
    // U+001F; they are summed, as the key-addressed map before the table did.
    const rows = [];
    let prior;
    for (const cell of order) {
        const key = keys[cell];
        const counters = t.readCounters(cell);
        if (prior !== undefined && prior.key === key) {
            for (let i = 0; i < COUNTER_COUNT; i++)
                prior.counters[i] = safeAdd(prior.counters[i], counters[i]);
            rows[rows.length - 1] = [...key.split(SEP), ...prior.counters];
        }
        else {
            prior = { key, counters };
            rows.push([...key.split(SEP), ...counters]);
        }
    }
    const sortedByReason = Object.fromEntries(Object.entries(p.malformed.byReason).sort(([x], [y]) => (x < y ? -1 : 1)));
    return {
        format: PARTIAL_FORMAT,
        version: PARTIAL_VERSION,
        dimensions: DIMENSIONS,
        counters: COUNTERS,
        cells: rows,
        malformed: { total: p.malformed.total, byReason: sortedByReason, samples: p.malformed.samples },
        stats: Object.fromEntries(Object.entries(p.stats).sort(([x], [y]) => (x < y ? -1 : 1))),
        first: p.first,
        last: p.last,
        referenceCostPicoUsd: Object.fromEntries([...p.referenceCost.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([d, v]) => [d, v.toString()])),
    };
}
/** Reads a partial written by {@link partialToJson}; anything else is a ConfigurationError naming `file`. */
function partialFromJson(text, file) {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`${file} is not a Steward usage partial: ${why}.`, {
            file,
            hint: "Write partials with 'steward report cost --partial-out <file>'.",
        });
    };
    let o;
    try {
        o = JSON.parse(text);
    }
    catch (error) {
        return fail(`invalid JSON (${error.message})`);
    }
    if (typeof o !== "object" || o === null)
        return fail("not an object");
    if (o.format !== PARTIAL_FORMAT)
        return fail(`format is ${JSON.stringify(o.format)}`);
    if (o.version !== PARTIAL_VERSION)
        return fail(`version ${JSON.stringify(o.version)} is not supported (expected 1)`);
    if (!Array.isArray(o.cells))
        return fail("cells is not an array");
    const cells = new CellTable();
    const width = DIMENSIONS.length + COUNTERS.length;
    for (const [i, row] of o.cells.entries()) {
        if (!Array.isArray(row) || row.length !== width)
            return fail(`cells[${i}] does not have ${width} entries`);
        const dims = row.slice(0, DIMENSIONS.length);
        const nums = row.slice(DIMENSIONS.length);
        if (!dims.every((d) => typeof d === "string"))
            return fail(`cells[${i}] has a non-string dimension`);
        if (!nums.every((n) => Number.isSafeInteger(n) && n >= 0))
            return fail(`cells[${i}] has a bad counter`);
        cells.addChecked(cells.cellOf(dims), nums);
    }
    const m = (o.malformed ?? {});
    const stats = { ...(0,readers/* emptyReadStats */.zD)() };
    const rawStats = (o.stats ?? {});
    for (const k of Object.keys(stats)) {
        const v = rawStats[k];
        if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0))
            return fail(`stats.${k} is not a count`);
        stats[k] = v ?? 0;
    }
    const ref = new Map();
    for (const [d, v] of Object.entries((o.referenceCostPicoUsd ?? {}))) {
        if (typeof v !== "string" || !/^-?\d+$/.test(v))
            return fail(`referenceCostPicoUsd.${d} is not an integer string`);
        ref.set(d, BigInt(v));
    }
    const num = (v) => (typeof v === "number" ? v : null);
    return {
        cells,
        malformed: {
            total: typeof m.total === "number" ? m.total : 0,
            byReason: (m.byReason ?? {}),
            samples: Array.isArray(m.samples) ? m.samples : [],
        },
        stats,
        first: num(o.first),
        last: num(o.last),
        referenceCost: ref,
    };
}


/***/ }),

/***/ 327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   estimateWeights: () => (/* binding */ estimateWeights),
/* harmony export */   pickWinners: () => (/* binding */ pickWinners),
/* harmony export */   readFilesToPartial: () => (/* binding */ readFilesToPartial),
/* harmony export */   serveUsageWorker: () => (/* binding */ serveUsageWorker),
/* harmony export */   splitRanges: () => (/* binding */ splitRanges)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2635);
/* harmony import */ var _pricing_catalog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(912);
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4081);
/* harmony import */ var _readers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8022);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2865);
/* harmony import */ var _transcript_lane_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1285);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4035);
/**
 * Reading usage files on every core. The file list is cut into contiguous
 * ranges of about equal bytes; the main thread reads the first range and one
 * worker thread reads each other range, each into its own partial. Partials
 * merge exactly (shared/usage/aggregate.ts), so the split never changes a
 * figure. The one thing that crosses files, transcript de-duplication (a
 * request counts once, as its largest copy, in whatever file), is settled in
 * two steps: every range reports the keys of the requests it holds (with
 * their size), the main thread picks each key's winning copy exactly as one
 * reader going through the files in order would, and tells each range which
 * of its copies lost; each range then aggregates its winners itself. A
 * worker's partial reaches the main thread as its cell pages, transferred
 * (typed-array buffers change hands), not as a structured-clone copy.
 *
 * Workers run the bundle entry that registered itself
 * (shared/usage/worker-entry.ts); from source (tests) or when the input is
 * small, everything runs on the main thread through the same code.
 */










/**
 * Below this many bytes one thread is as fast as two: a worker's start and
 * its own JIT warm-up eat the gain (measured on 2 cores: 86 MB of seed logs
 * 1.1-1.3 s either way; 320 MB of transcripts 1.9 s -> 1.4 s on two threads;
 * 860 MB of seed logs 10.5 s -> 7.9 s).
 */
const MIN_PARALLEL_BYTES = 128 * 1024 * 1024;
/** Each thread gets at least this much. */
const MIN_BYTES_PER_THREAD = 64 * 1024 * 1024;
/** gzip'd bytes cost about this many plain bytes to read. */
const GZIP_WEIGHT = 5;
async function readRange(files, offset, options, catalog, onFile) {
    const aggregator = new _aggregate_js__WEBPACK_IMPORTED_MODULE_5__/* .Aggregator */ .u(catalog);
    const malformed = new _record_js__WEBPACK_IMPORTED_MODULE_9__/* .MalformedTally */ .Yh();
    const stats = (0,_readers_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyReadStats */ .zD)();
    const requests = new _transcript_lane_js__WEBPACK_IMPORTED_MODULE_7__/* .TranscriptRequests */ .TZ();
    const batches = (0,_readers_js__WEBPACK_IMPORTED_MODULE_6__/* .readUsageBatches */ .um)(files, {
        ...options,
        malformed,
        stats,
        seedSink: (time, user, tool, unsplit, requests, last) => aggregator.addSeed(time, user, tool, unsplit, requests, last),
        transcriptTail: (_i, lines) => {
            for (const line of lines)
                requests.offer(line);
        },
        ...(onFile ? { onFile: (_f, i) => onFile(offset + i) } : {}),
    });
    for await (const batch of batches)
        for (const r of batch)
            aggregator.add(r);
    return { aggregator, malformed, stats, requests };
}
function keysOf(requests) {
    const { keys, lines } = requests;
    const totals = new Float64Array(lines.length);
    const sidechain = new Uint8Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        totals[i] = line.total;
        sidechain[i] = line.sidechain ? 1 : 0;
    }
    return { keys, totals, sidechain };
}
/** The second step: drops the copies that lost, aggregates the rest, and hands the partial over. */
function finishRange(read, lost, options) {
    const since = options.since ?? Number.NEGATIVE_INFINITY;
    const until = options.until ?? Number.POSITIVE_INFINITY;
    for (const r of (0,_readers_js__WEBPACK_IMPORTED_MODULE_6__/* .settleTranscriptRequests */ .Mw)(read.requests, lost, read.stats, since, until))
        read.aggregator.add(r);
    return read.aggregator.toPartial({ malformed: read.malformed, stats: read.stats });
}
/**
 * Picks each request's winning copy across ranges, in range (= file) order,
 * with the rule a single reader applies (larger copy; on a tie the
 * non-sidechain one, then the earlier): one mask per range, 1 where its copy lost.
 */
function pickWinners(ranges) {
    const lost = ranges.map((r) => new Uint8Array(r.keys.length));
    const held = new Map();
    ranges.forEach((r, range) => {
        for (let index = 0; index < r.keys.length; index++) {
            const key = r.keys[index];
            const prior = held.get(key);
            if (prior === undefined) {
                held.set(key, { range, index });
                continue;
            }
            const p = ranges[prior.range];
            const total = r.totals[index];
            const priorTotal = p.totals[prior.index];
            const better = total !== priorTotal
                ? total > priorTotal
                : p.sidechain[prior.index] === 1 && r.sidechain[index] === 0;
            if (better) {
                lost[prior.range][prior.index] = 1;
                held.set(key, { range, index });
            }
            else
                lost[range][index] = 1;
        }
    });
    return lost;
}
function weight(file) {
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file.path).size;
        return file.path.endsWith(".gz") ? size * GZIP_WEIGHT : size;
    }
    catch {
        return 0; // the reader reports it, with its name
    }
}
/** Files stat'ed at most to weigh a file list (see {@link estimateWeights}). */
const MAX_STATS = 256;
/**
 * Each file's weight: its size (gzip'd ones weighted up), stat'ed one by one
 * for up to {@link MAX_STATS} files. A longer list is sampled: every k-th file
 * is stat'ed and stands for the k files from it on. Stat'ing 31,000 daily
 * files took a third of a second on the main thread before any worker could
 * start; a sample of 256 spread over the list splits as evenly (a sample of
 * 1,024 still cost about 10 ms of a 0.35 s report over 3,100 files).
 */
function estimateWeights(files) {
    if (files.length <= MAX_STATS)
        return files.map(weight);
    const k = Math.ceil(files.length / MAX_STATS);
    const weights = new Array(files.length);
    for (let i = 0; i < files.length; i += k) {
        const w = weight(files[i]);
        for (let j = i; j < Math.min(i + k, files.length); j++)
            weights[j] = w;
    }
    return weights;
}
/** Cuts `weights` into at most `n` contiguous ranges of about equal sum: [start, end) pairs. */
function splitRanges(weights, n) {
    const total = weights.reduce((a, b) => a + b, 0);
    const ranges = [];
    let start = 0;
    let acc = 0;
    for (let i = 0; i < weights.length && ranges.length < n - 1; i++) {
        acc += weights[i];
        if (acc >= (total * (ranges.length + 1)) / n) {
            ranges.push([start, i + 1]);
            start = i + 1;
        }
    }
    if (start < weights.length || ranges.length === 0)
        ranges.push([start, weights.length]);
    return ranges;
}
/** How many threads to use for these files (1 when workers are unavailable or not worth starting). */
function threadCount(files, options) {
    const env = options.env ?? process.env;
    const forced = options.threads ?? (env.STEWARD_WORKERS ? Number(env.STEWARD_WORKERS) : undefined);
    if (forced !== undefined && !(Number.isInteger(forced) && forced >= 1 && forced <= 64))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`STEWARD_WORKERS must be a whole number from 1 to 64 (got ${JSON.stringify(env.STEWARD_WORKERS)}).`);
    if ((0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_8__/* .usageWorkerEntry */ .ap)() === undefined || files.length < 2 || forced === 1)
        return { n: 1, weights: [] };
    const weights = estimateWeights(files);
    const total = weights.reduce((a, b) => a + b, 0);
    if (forced !== undefined)
        return { n: Math.min(forced, files.length), weights };
    if (total < MIN_PARALLEL_BYTES)
        return { n: 1, weights };
    const n = Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), 8, files.length, Math.max(1, Math.floor(total / MIN_BYTES_PER_THREAD)));
    return { n, weights };
}
/** A range read by a worker thread: its keys, then (after {@link settle}) its partial. */
class WorkerRange {
    keys;
    partial;
    worker;
    constructor(entry, input, onFile) {
        this.worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(entry, { workerData: input, stdout: true, stderr: true });
        let keysResolve;
        let fail;
        let partialResolve;
        let partialReject;
        this.keys = new Promise((resolve, reject) => {
            keysResolve = resolve;
            fail = reject;
        });
        this.partial = new Promise((resolve, reject) => {
            partialResolve = resolve;
            partialReject = reject;
        });
        // an unread rejection must not crash the process while the other promise carries it
        this.partial.catch(() => undefined);
        let settled = false;
        const failAll = (e) => {
            if (settled)
                return;
            settled = true;
            fail(e);
            partialReject(e);
        };
        this.worker.on("message", (m) => {
            if (m.type === "file")
                onFile?.(m.index);
            else if (m.type === "keys")
                keysResolve(m.keys);
            else if (m.type === "done") {
                settled = true;
                partialResolve((0,_aggregate_js__WEBPACK_IMPORTED_MODULE_5__/* .unpackPartial */ .yu)(m.partial));
            }
            else
                failAll(m.configuration
                    ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(m.message, {
                        ...m.location,
                        ...(m.title ? { title: m.title } : {}),
                        ...(m.hint ? { hint: m.hint } : {}),
                    })
                    : new Error(`usage worker failed: ${m.message}`));
        });
        this.worker.on("error", (e) => failAll(new Error(`usage worker failed: ${e.message}`)));
        this.worker.on("exit", (code) => failAll(new Error(`usage worker exited (code ${code}) before finishing`)));
    }
    settle(lost) {
        this.worker.postMessage({ lost }, [lost.buffer]);
    }
    stop() {
        void this.worker.terminate();
    }
}
/**
 * Reads every file into one partial, on as many threads as pay (see
 * {@link threadCount}). The result equals a single sequential read.
 */
async function readFilesToPartial(files, options) {
    const catalog = options.catalog ?? _pricing_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultCatalog */ .Dd;
    const rangeOptions = {
        ...(options.kind !== undefined ? { kind: options.kind } : {}),
        ...(options.since !== undefined ? { since: options.since } : {}),
        ...(options.until !== undefined ? { until: options.until } : {}),
        ...(options.userMap !== undefined ? { userMap: options.userMap } : {}),
        ...(options.defaultUser !== undefined ? { defaultUser: options.defaultUser } : {}),
        ...(options.maxLineBytes !== undefined ? { maxLineBytes: options.maxLineBytes } : {}),
    };
    const onFile = options.onFile
        ? (i) => options.onFile?.(files[i], i, files.length)
        : undefined;
    const { n, weights } = threadCount(files, options);
    const ranges = n === 1 ? [[0, files.length]] : splitRanges(weights, n);
    const entry = (0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_8__/* .usageWorkerEntry */ .ap)();
    options.onPlan?.(ranges.length, files.length);
    const workers = entry === undefined
        ? []
        : ranges.slice(1).map(([start, end]) => new WorkerRange(entry, {
            role: _worker_entry_js__WEBPACK_IMPORTED_MODULE_8__/* .USAGE_WORKER */ .pj,
            files: files.slice(start, end),
            offset: start,
            progress: onFile !== undefined,
            options: rangeOptions,
            catalog: catalog === _pricing_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultCatalog */ .Dd ? null : catalog,
        }, onFile));
    try {
        const [start, end] = ranges[0];
        const own = await readRange(files.slice(start, end), start, rangeOptions, catalog, onFile);
        const keys = [keysOf(own.requests), ...(await Promise.all(workers.map((w) => w.keys)))];
        const lost = pickWinners(keys);
        workers.forEach((w, i) => {
            w.settle(lost[i + 1]);
        });
        const partials = [
            finishRange(own, lost[0], rangeOptions),
            ...(await Promise.all(workers.map((w) => w.partial))),
        ];
        // every range's partial is this function's own: merged in place
        return partials.reduce(_aggregate_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeOwnedPartials */ ._H);
    }
    finally {
        for (const w of workers)
            w.stop();
    }
}
/** The worker side: reads its range, reports its keys, waits for the verdict, posts its partial. */
async function serveUsageWorker() {
    const input = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData;
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort;
    if (!port)
        return;
    try {
        const read = await readRange(input.files, input.offset, input.options, input.catalog ?? _pricing_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultCatalog */ .Dd, input.progress
            ? (index) => port.postMessage({ type: "file", index })
            : undefined);
        const keys = keysOf(read.requests);
        const settle = new Promise((resolve) => port.once("message", resolve));
        port.postMessage({ type: "keys", keys }, [
            // transferred, not copied
            keys.totals.buffer,
            keys.sidechain.buffer,
        ]);
        const { lost } = await settle;
        // the cell pages move to the main thread: no copy of the cells on either side
        const { packed, transfer } = (0,_aggregate_js__WEBPACK_IMPORTED_MODULE_5__/* .packPartial */ .z7)(finishRange(read, lost, input.options));
        port.postMessage({ type: "done", partial: packed }, transfer);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        port.postMessage(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1
            ? {
                type: "error",
                message,
                configuration: true,
                location: { ...error.location },
                ...(error.title ? { title: error.title } : {}),
                ...(error.hint ? { hint: error.hint } : {}),
            }
            : { type: "error", message, configuration: false });
    }
}


/***/ })

};
;