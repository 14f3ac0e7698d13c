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
import { ConfigurationError } from "../errors.js";
import {
  type Catalog,
  defaultCatalog,
  type ModelEntry,
  resolveModel,
  stripContextSuffix,
} from "../pricing/catalog.js";
import type { PricingTier } from "../pricing/price.js";
import { CellTable, COUNTER_COUNT, type Dictionary, type PackedCells } from "./cells.js";
import { emptyReadStats, type ReadStats } from "./readers.js";
import type { MalformedSample, MalformedTally, UsageRecord } from "./record.js";

/** Counter positions in a cell. */
export const COUNTERS = [
  "requests",
  "input",
  "output",
  "cacheWrite5m",
  "cacheWrite1h",
  "cacheRead",
  "unsplit",
] as const;
export type CounterName = (typeof COUNTERS)[number];
export const DIMENSIONS = ["day", "user", "model", "tier", "tool", "source"] as const;
export type DimensionName = (typeof DIMENSIONS)[number];

export interface CellKey {
  readonly day: string;
  readonly user: string;
  /** Canonical catalog id when known, else the id as written ("" when the source has none). */
  readonly model: string;
  readonly tier: PricingTier;
  /** "" when the source has no tool. */
  readonly tool: string;
  readonly source: string;
}

const SEP = "\u001f";

export function cellKey(k: CellKey): string {
  return [k.day, k.user, k.model, k.tier, k.tool, k.source].join(SEP);
}

export function parseCellKey(key: string): CellKey {
  const p = key.split(SEP);
  return {
    day: p[0] ?? "",
    user: p[1] ?? "",
    model: p[2] ?? "",
    tier: (p[3] ?? "standard") as PricingTier,
    tool: p[4] ?? "",
    source: p[5] ?? "",
  };
}

export interface MalformedSummary {
  readonly total: number;
  readonly byReason: Readonly<Record<string, number>>;
  readonly samples: readonly MalformedSample[];
}

export interface UsagePartial {
  /**
   * The cells: dimension ids and counters ({@link COUNTERS} order). Iterates
   * as `[key, counters]` pairs (key: see {@link cellKey}) like the map it
   * replaces; the report reads ids and counters directly.
   */
  readonly cells: CellTable;
  readonly malformed: MalformedSummary;
  readonly stats: Readonly<ReadStats>;
  /** Earliest and latest record time (ms), or null when empty. */
  readonly first: number | null;
  readonly last: number | null;
  /** Authoritative cost from Anthropic's cost_report, pico-USD per UTC day (for reconciliation). */
  readonly referenceCost: ReadonlyMap<string, bigint>;
}

export const MAX_SAMPLES = 20;

export function emptyPartial(): UsagePartial {
  return {
    cells: new CellTable(),
    malformed: { total: 0, byReason: {}, samples: [] },
    stats: emptyReadStats(),
    first: null,
    last: null,
    referenceCost: new Map(),
  };
}

const DAY_MS = 86_400_000;
const [D_DAY, D_USER, D_MODEL, D_TIER, D_TOOL, D_SOURCE] = [0, 1, 2, 3, 4, 5] as const;
const TIERS: readonly PricingTier[] = ["standard", "long", "batch", "batch-long", "fast"];

interface ModelInfo {
  readonly key: string;
  readonly entry: ModelEntry | undefined;
  /** Id of `key` in the table of generation {@link gen}. */
  id: number;
  gen: number;
}

/**
 * Incremental aggregation into a {@link CellTable}; {@link aggregate} wraps
 * it. Hot path: keep it allocation-light. Dimension values are interned once
 * (days by day number, models by the name as written, tiers by position), so
 * a record costs a few map lookups and a probe of the table's index.
 */
export class Aggregator {
  private table = new CellTable();
  /** Bumped with every new table: cached ids of an older one are stale. */
  private gen = 0;
  private readonly models = new Map<string, ModelInfo>();
  private readonly dayNames = new Map<number, string>();
  /** UTC day number -> day id in the current table. */
  private dayIds = new Map<number, number>();
  /** Tier id by position in {@link TIERS} (-1: not interned yet). */
  private tierIds = [-1, -1, -1, -1, -1];
  // addSeed(): the current user and day, and the cell of the last tool seen for them
  private seedDay = Number.NaN;
  private seedUser = "";
  private seedTool = "";
  private seedCell = -1;
  /** [day, user, model "", tier standard, source seed] ids of the current seed user and day. */
  private seedDims = [0, 0, 0, 0, 0];
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly catalog: Catalog = defaultCatalog) {}

  private dict(d: number): Dictionary {
    return this.table.dictionaries[d] as Dictionary;
  }

  private model(raw: string | undefined): ModelInfo {
    const name = raw ?? "";
    let m = this.models.get(name);
    if (!m) {
      const entry = name ? resolveModel(name, this.catalog) : undefined;
      m = { key: entry ? entry.id : stripContextSuffix(name), entry, id: 0, gen: -1 };
      this.models.set(name, m);
    }
    if (m.gen !== this.gen) {
      m.id = this.dict(D_MODEL).id(m.key);
      m.gen = this.gen;
    }
    return m;
  }

  private dayId(dayNo: number): number {
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

  private tierId(t: number): number {
    let id = this.tierIds[t] as number;
    if (id < 0) {
      id = this.dict(D_TIER).id(TIERS[t] as PricingTier);
      this.tierIds[t] = id;
    }
    return id;
  }

  add(r: UsageRecord): void {
    const day = this.dayId(Math.floor(r.time / DAY_MS));
    if (r.time < this.first) this.first = r.time;
    if (r.time > this.last) this.last = r.time;
    const m = this.model(r.model);
    let long = r.longContext === true;
    const lc = m.entry?.longContext;
    if (!long && lc) long = r.input + r.cacheWrite5m + r.cacheWrite1h + r.cacheRead > lc.aboveInputTokens;
    // TIERS positions: standard, long, batch, batch-long, fast
    const tier = this.tierId(r.fast ? 4 : (r.batch ? 2 : 0) + (long ? 1 : 0));
    const t = this.table;
    const cell = t.cell(
      day,
      this.dict(D_USER).id(r.user),
      m.id,
      tier,
      this.dict(D_TOOL).id(r.tool ?? ""),
      this.dict(D_SOURCE).id(r.source),
    );
    const o = t.offset(cell);
    // a column is made only for a non-zero value (see CellTable)
    if (r.requests !== 0) bump(t.column(0, cell), o, r.requests);
    if (r.input !== 0) bump(t.column(1, cell), o, r.input);
    if (r.output !== 0) bump(t.column(2, cell), o, r.output);
    if (r.cacheWrite5m !== 0) bump(t.column(3, cell), o, r.cacheWrite5m);
    if (r.cacheWrite1h !== 0) bump(t.column(4, cell), o, r.cacheWrite1h);
    if (r.cacheRead !== 0) bump(t.column(5, cell), o, r.cacheRead);
    if (r.unsplit !== 0) bump(t.column(6, cell), o, r.unsplit);
  }

  /**
   * The same as `add()` of a seed record (no model, unsplit tokens, one
   * request), without building the record: the reader's fast lane. A seed
   * file holds one user and day, so their ids are looked up once per file;
   * the last tool's cell is kept, and any other is found through the cell
   * index (a map of tool to cell per user and day, cleared for every daily
   * file, cost more than it saved once the scanner summed lines per tool).
   */
  addSeed(time: number, user: string, tool: string, unsplit: number, requests = 1, last = time): void {
    const dayNo = Math.floor(time / DAY_MS);
    let cell: number | undefined;
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
    if (tool === this.seedTool && this.seedCell >= 0) cell = this.seedCell;
    else {
      const d = this.seedDims as [number, number, number, number, number];
      cell = this.table.cell(d[0], d[1], d[2], d[3], this.dict(D_TOOL).id(tool), d[4]);
      this.seedTool = tool;
      this.seedCell = cell;
    }
    const o = this.table.offset(cell);
    if (requests !== 0) bump(this.table.column(0, cell), o, requests);
    if (unsplit !== 0) bump(this.table.column(6, cell), o, unsplit);
    if (time < this.first) this.first = time;
    if (last > this.last) this.last = last;
  }

  /** The partial, with the reader's tallies. Ends the aggregation: the aggregator is empty afterwards. */
  toPartial(extra: { malformed?: MalformedTally; stats?: ReadStats } = {}): UsagePartial {
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
      stats: { ...(extra.stats ?? emptyReadStats()) },
      first: this.first === Number.POSITIVE_INFINITY ? null : this.first,
      last: this.last === Number.NEGATIVE_INFINITY ? null : this.last,
      referenceCost: new Map(),
    };
  }
}

function bump(column: Float64Array, at: number, n: number): void {
  column[at] = (column[at] as number) + n;
}

/** Aggregates records into a partial (pure). */
export function aggregate(records: Iterable<UsageRecord>, catalog: Catalog = defaultCatalog): UsagePartial {
  const a = new Aggregator(catalog);
  for (const r of records) a.add(r);
  return a.toPartial();
}

/** Aggregates an async stream of records, or of batches of records (faster: one await per batch). */
export async function aggregateStream(
  records: AsyncIterable<UsageRecord | readonly UsageRecord[]>,
  options: { catalog?: Catalog; malformed?: MalformedTally; stats?: ReadStats; aggregator?: Aggregator } = {},
): Promise<UsagePartial> {
  const a = options.aggregator ?? new Aggregator(options.catalog ?? defaultCatalog);
  for await (const r of records) {
    if (Array.isArray(r)) for (const x of r as readonly UsageRecord[]) a.add(x);
    else a.add(r as UsageRecord);
  }
  return a.toPartial({
    ...(options.malformed ? { malformed: options.malformed } : {}),
    ...(options.stats ? { stats: options.stats } : {}),
  });
}

function compareSamples(a: MalformedSample, b: MalformedSample): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  return a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0;
}

function sortSamples(s: MalformedSample[]): MalformedSample[] {
  return s.sort(compareSamples).slice(0, MAX_SAMPLES);
}

function safeAdd(a: number, b: number): number {
  const s = a + b;
  if (!Number.isSafeInteger(s)) throw new Error(`usage counter overflow (${a} + ${b})`);
  return s;
}

/** Merges two partials exactly. Associative and commutative. Neither partial changes. */
export function mergePartials(a: UsagePartial, b: UsagePartial): UsagePartial {
  return combine(a.cells.clone(), a, b);
}

/**
 * {@link mergePartials} for partials the caller owns and gives up: `b`'s
 * cells are added into `a`'s table, so a merge of two large partials does not
 * hold a third copy of every cell.
 */
export function mergeOwnedPartials(a: UsagePartial, b: UsagePartial): UsagePartial {
  return combine(a.cells, a, b);
}

function combine(cells: CellTable, a: UsagePartial, b: UsagePartial): UsagePartial {
  cells.addTable(b.cells);
  const byReason: Record<string, number> = { ...a.malformed.byReason };
  for (const [k, v] of Object.entries(b.malformed.byReason)) byReason[k] = (byReason[k] ?? 0) + v;
  const stats = { ...a.stats };
  for (const k of Object.keys(stats) as (keyof ReadStats)[]) stats[k] = safeAdd(stats[k], b.stats[k] ?? 0);
  const referenceCost = new Map(a.referenceCost);
  for (const [d, v] of b.referenceCost) referenceCost.set(d, (referenceCost.get(d) ?? 0n) + v);
  const minNull = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
  const maxNull = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));
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
export function isEmptyPartial(p: UsagePartial): boolean {
  return (
    p.cells.size === 0 &&
    p.malformed.total === 0 &&
    p.referenceCost.size === 0 &&
    p.first === null &&
    Object.values(p.stats).every((v) => v === 0)
  );
}

/** Adds Anthropic cost_report amounts (pico-USD per day) to a partial. */
export function withReferenceCost(p: UsagePartial, byDay: ReadonlyMap<string, bigint>): UsagePartial {
  return mergePartials(p, { ...emptyPartial(), referenceCost: byDay });
}

/** A partial as plain data for postMessage, its cells packed (see {@link packPartial}). */
export type PackedPartial = Omit<UsagePartial, "cells"> & { readonly cells: PackedCells };

/**
 * A partial for another thread: the message and the buffers to transfer with
 * it (the cell pages move, they are not copied). `p` must not be used afterwards.
 */
export function packPartial(p: UsagePartial): { packed: PackedPartial; transfer: ArrayBuffer[] } {
  const { packed, transfer } = p.cells.pack();
  return { packed: { ...p, cells: packed }, transfer };
}

export function unpackPartial(p: PackedPartial): UsagePartial {
  return { ...p, cells: CellTable.unpack(p.cells) };
}

export const PARTIAL_FORMAT = "steward.usage-partial";
export const PARTIAL_VERSION = 1;

/** Canonical JSON form (sorted cells), so equal partials serialise to equal bytes. */
export function partialToJson(p: UsagePartial): object {
  const t = p.cells;
  const keys = Array.from({ length: t.size }, (_, cell) => t.key(cell));
  const order = Array.from(keys.keys()).sort((x, y) => {
    const a = keys[x] as string;
    const b = keys[y] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  // One row per key. Two cells share a key only when a dimension value holds
  // U+001F; they are summed, as the key-addressed map before the table did.
  const rows: (string | number)[][] = [];
  let prior: { key: string; counters: number[] } | undefined;
  for (const cell of order) {
    const key = keys[cell] as string;
    const counters = t.readCounters(cell);
    if (prior !== undefined && prior.key === key) {
      for (let i = 0; i < COUNTER_COUNT; i++)
        prior.counters[i] = safeAdd(prior.counters[i] as number, counters[i] as number);
      rows[rows.length - 1] = [...key.split(SEP), ...prior.counters];
    } else {
      prior = { key, counters };
      rows.push([...key.split(SEP), ...counters]);
    }
  }
  const sortedByReason = Object.fromEntries(
    Object.entries(p.malformed.byReason).sort(([x], [y]) => (x < y ? -1 : 1)),
  );
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
    referenceCostPicoUsd: Object.fromEntries(
      [...p.referenceCost.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([d, v]) => [d, v.toString()]),
    ),
  };
}

/** Reads a partial written by {@link partialToJson}; anything else is a ConfigurationError naming `file`. */
export function partialFromJson(text: string, file: string): UsagePartial {
  const fail = (why: string): never => {
    throw new ConfigurationError(`${file} is not a Steward usage partial: ${why}.`, {
      file,
      hint: "Write partials with 'steward report cost --partial-out <file>'.",
    });
  };
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text);
  } catch (error) {
    return fail(`invalid JSON (${(error as Error).message})`);
  }
  if (typeof o !== "object" || o === null) return fail("not an object");
  if (o.format !== PARTIAL_FORMAT) return fail(`format is ${JSON.stringify(o.format)}`);
  if (o.version !== PARTIAL_VERSION)
    return fail(`version ${JSON.stringify(o.version)} is not supported (expected 1)`);
  if (!Array.isArray(o.cells)) return fail("cells is not an array");
  const cells = new CellTable();
  const width = DIMENSIONS.length + COUNTERS.length;
  for (const [i, row] of (o.cells as unknown[]).entries()) {
    if (!Array.isArray(row) || row.length !== width)
      return fail(`cells[${i}] does not have ${width} entries`);
    const dims = row.slice(0, DIMENSIONS.length);
    const nums = row.slice(DIMENSIONS.length);
    if (!dims.every((d) => typeof d === "string")) return fail(`cells[${i}] has a non-string dimension`);
    if (!nums.every((n) => Number.isSafeInteger(n) && (n as number) >= 0))
      return fail(`cells[${i}] has a bad counter`);
    cells.addChecked(cells.cellOf(dims as string[]), nums as number[]);
  }
  const m = (o.malformed ?? {}) as Record<string, unknown>;
  const stats = { ...emptyReadStats() };
  const rawStats = (o.stats ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(stats) as (keyof ReadStats)[]) {
    const v = rawStats[k];
    if (v !== undefined && !(Number.isSafeInteger(v) && (v as number) >= 0))
      return fail(`stats.${k} is not a count`);
    stats[k] = (v as number | undefined) ?? 0;
  }
  const ref = new Map<string, bigint>();
  for (const [d, v] of Object.entries((o.referenceCostPicoUsd ?? {}) as Record<string, unknown>)) {
    if (typeof v !== "string" || !/^-?\d+$/.test(v))
      return fail(`referenceCostPicoUsd.${d} is not an integer string`);
    ref.set(d, BigInt(v));
  }
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  return {
    cells,
    malformed: {
      total: typeof m.total === "number" ? m.total : 0,
      byReason: (m.byReason ?? {}) as Record<string, number>,
      samples: Array.isArray(m.samples) ? (m.samples as MalformedSample[]) : [],
    },
    stats,
    first: num(o.first),
    last: num(o.last),
    referenceCost: ref,
  };
}
