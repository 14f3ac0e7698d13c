export const id = 327;
export const ids = [327];
export const modules = {

/***/ 4013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ aggregateStream),
/* harmony export */   Fz: () => (/* binding */ isEmptyPartial),
/* harmony export */   Hb: () => (/* binding */ partialToJson),
/* harmony export */   S6: () => (/* binding */ partialFromJson),
/* harmony export */   Te: () => (/* binding */ withReferenceCost),
/* harmony export */   _H: () => (/* binding */ mergeOwnedPartials),
/* harmony export */   p8: () => (/* binding */ mergePartials),
/* harmony export */   pP: () => (/* binding */ emptyPartial),
/* harmony export */   u: () => (/* binding */ Aggregator),
/* harmony export */   vm: () => (/* binding */ parseCellKey)
/* harmony export */ });
/* unused harmony exports COUNTERS, DIMENSIONS, cellKey, MAX_SAMPLES, aggregate, PARTIAL_FORMAT, PARTIAL_VERSION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _pricing_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(912);
/* harmony import */ var _readers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(530);
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
        cells: new Map(),
        malformed: { total: 0, byReason: {}, samples: [] },
        stats: (0,_readers_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyReadStats */ .zD)(),
        first: null,
        last: null,
        referenceCost: new Map(),
    };
}
const DAY_MS = 86_400_000;
/** Incremental aggregation; {@link aggregate} wraps it. Hot path: keep it allocation-light. */
class Aggregator {
    catalog;
    cells = new Map();
    models = new Map();
    days = new Map();
    /** Seed lines by user -> tool -> UTC day number -> [requests, unsplit] (see {@link addSeed}). */
    seed = new Map();
    seedCell;
    seedDay = 0;
    seedUser = "";
    seedTool = "";
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    constructor(catalog = _pricing_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultCatalog */ .Dd) {
        this.catalog = catalog;
    }
    model(raw) {
        const name = raw ?? "";
        let m = this.models.get(name);
        if (!m) {
            const entry = name ? (0,_pricing_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveModel */ .AX)(name, this.catalog) : undefined;
            m = { key: entry ? entry.id : (0,_pricing_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .stripContextSuffix */ .XJ)(name), entry };
            this.models.set(name, m);
        }
        return m;
    }
    add(r) {
        const dayNo = Math.floor(r.time / DAY_MS);
        let day = this.days.get(dayNo);
        if (day === undefined) {
            day = new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
            this.days.set(dayNo, day);
        }
        if (r.time < this.first)
            this.first = r.time;
        if (r.time > this.last)
            this.last = r.time;
        const m = this.model(r.model);
        let long = r.longContext === true;
        const lc = m.entry?.longContext;
        if (!long && lc)
            long = r.input + r.cacheWrite5m + r.cacheWrite1h + r.cacheRead > lc.aboveInputTokens;
        const tier = r.batch ? (long ? "batch-long" : "batch") : long ? "long" : "standard";
        const key = day + SEP + r.user + SEP + m.key + SEP + tier + SEP + (r.tool ?? "") + SEP + r.source;
        let c = this.cells.get(key);
        if (c === undefined) {
            c = [0, 0, 0, 0, 0, 0, 0];
            this.cells.set(key, c);
        }
        c[0] += r.requests;
        c[1] += r.input;
        c[2] += r.output;
        c[3] += r.cacheWrite5m;
        c[4] += r.cacheWrite1h;
        c[5] += r.cacheRead;
        c[6] += r.unsplit;
    }
    /**
     * The same as `add()` of a seed record (no model, unsplit tokens, one
     * request), without building the record or its cell key per line: the
     * reader's fast lane. Cells are keyed when the partial is taken.
     */
    addSeed(time, user, tool, unsplit) {
        const dayNo = Math.floor(time / DAY_MS);
        // Consecutive seed lines mostly share user, tool and day: reuse the last cell.
        let c = this.seedCell;
        if (c === undefined || dayNo !== this.seedDay || user !== this.seedUser || tool !== this.seedTool) {
            let byTool = this.seed.get(user);
            if (byTool === undefined) {
                byTool = new Map();
                this.seed.set(user, byTool);
            }
            let byDay = byTool.get(tool);
            if (byDay === undefined) {
                byDay = new Map();
                byTool.set(tool, byDay);
            }
            c = byDay.get(dayNo);
            if (c === undefined) {
                c = [0, 0];
                byDay.set(dayNo, c);
            }
            this.seedCell = c;
            this.seedDay = dayNo;
            this.seedUser = user;
            this.seedTool = tool;
        }
        c[0]++;
        c[1] += unsplit;
        if (time < this.first)
            this.first = time;
        if (time > this.last)
            this.last = time;
    }
    /** The partial, with the reader's tallies. Ends the aggregation: the aggregator is empty afterwards. */
    toPartial(extra = {}) {
        const tally = extra.malformed;
        // The aggregator hands its cells over and empties itself (seed user by seed
        // user), so the partial and the aggregator never both hold every cell.
        const cells = this.cells;
        this.cells = new Map();
        this.seedCell = undefined;
        for (const [user, byTool] of this.seed) {
            this.seed.delete(user);
            for (const [tool, byDay] of byTool) {
                for (const [dayNo, [requests, unsplit]] of byDay) {
                    let day = this.days.get(dayNo);
                    if (day === undefined) {
                        day = new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
                        this.days.set(dayNo, day);
                    }
                    const key = `${day}${SEP}${user}${SEP}${SEP}standard${SEP}${tool}${SEP}seed`;
                    const c = cells.get(key);
                    if (c === undefined)
                        cells.set(key, [requests, 0, 0, 0, 0, 0, unsplit]);
                    else {
                        c[0] = safeAdd(c[0], requests);
                        c[6] = safeAdd(c[6], unsplit);
                    }
                }
            }
        }
        return {
            cells,
            malformed: tally
                ? {
                    total: tally.total,
                    byReason: Object.fromEntries(tally.byReason),
                    samples: sortSamples([...tally.samples]),
                }
                : { total: 0, byReason: {}, samples: [] },
            stats: { ...(extra.stats ?? (0,_readers_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyReadStats */ .zD)()) },
            first: this.first === Number.POSITIVE_INFINITY ? null : this.first,
            last: this.last === Number.NEGATIVE_INFINITY ? null : this.last,
            referenceCost: new Map(),
        };
    }
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
    const a = options.aggregator ?? new Aggregator(options.catalog ?? _pricing_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultCatalog */ .Dd);
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
/** Merges two partials exactly. Associative and commutative. */
function mergePartials(a, b) {
    const cells = new Map();
    for (const [k, v] of a.cells)
        cells.set(k, [...v]);
    return combine(cells, a, b, true);
}
/**
 * {@link mergePartials} for partials the caller owns and gives up: `a`'s cells
 * and `b`'s counter arrays are reused, so a merge of two large partials does
 * not hold a third copy of every cell.
 */
function mergeOwnedPartials(a, b) {
    return combine(a.cells, a, b, false);
}
function combine(cells, a, b, copy) {
    for (const [k, v] of b.cells) {
        const c = cells.get(k);
        if (!c)
            cells.set(k, copy ? [...v] : v);
        else
            for (let i = 0; i < c.length; i++)
                c[i] = safeAdd(c[i], v[i]);
    }
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
const PARTIAL_FORMAT = "steward.usage-partial";
const PARTIAL_VERSION = 1;
/** Canonical JSON form (sorted cells), so equal partials serialise to equal bytes. */
function partialToJson(p) {
    const keys = [...p.cells.keys()].sort();
    const sortedByReason = Object.fromEntries(Object.entries(p.malformed.byReason).sort(([x], [y]) => (x < y ? -1 : 1)));
    return {
        format: PARTIAL_FORMAT,
        version: PARTIAL_VERSION,
        dimensions: DIMENSIONS,
        counters: COUNTERS,
        cells: keys.map((k) => [...k.split(SEP), ...p.cells.get(k)]),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file} is not a Steward usage partial: ${why}.`, {
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
    const cells = new Map();
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
        const key = dims.join(SEP);
        const prior = cells.get(key);
        if (prior)
            for (let j = 0; j < prior.length; j++)
                prior[j] = safeAdd(prior[j], nums[j]);
        else
            cells.set(key, nums);
    }
    const m = (o.malformed ?? {});
    const stats = { ...(0,_readers_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyReadStats */ .zD)() };
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
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4013);
/* harmony import */ var _readers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(530);
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
 * of its copies lost; each range then aggregates its winners itself.
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
        seedSink: (time, user, tool, unsplit) => aggregator.addSeed(time, user, tool, unsplit),
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
    const weights = files.map(weight);
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
                partialResolve(m.partial);
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
        const read = await readRange(input.files, input.offset, input.options, input.catalog ?? _pricing_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultCatalog */ .Dd, (index) => port.postMessage({ type: "file", index }));
        const keys = keysOf(read.requests);
        const settle = new Promise((resolve) => port.once("message", resolve));
        port.postMessage({ type: "keys", keys }, [
            // transferred, not copied
            keys.totals.buffer,
            keys.sidechain.buffer,
        ]);
        const { lost } = await settle;
        const partial = finishRange(read, lost, input.options);
        port.postMessage({ type: "done", partial });
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
