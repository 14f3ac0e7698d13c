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
import { ConfigurationError } from "../errors.js";
import {
  type Catalog,
  defaultCatalog,
  type ModelEntry,
  resolveModel,
  stripContextSuffix,
} from "../pricing/catalog.js";
import type { PricingTier } from "../pricing/price.js";
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
type Counters = [number, number, number, number, number, number, number];

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
  /** Cell key (see {@link cellKey}) -> counters in {@link COUNTERS} order. */
  readonly cells: ReadonlyMap<string, readonly number[]>;
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
    cells: new Map(),
    malformed: { total: 0, byReason: {}, samples: [] },
    stats: emptyReadStats(),
    first: null,
    last: null,
    referenceCost: new Map(),
  };
}

const DAY_MS = 86_400_000;

/** Incremental aggregation; {@link aggregate} wraps it. Hot path: keep it allocation-light. */
export class Aggregator {
  private cells = new Map<string, Counters>();
  private readonly models = new Map<string, { key: string; entry: ModelEntry | undefined }>();
  private readonly days = new Map<number, string>();
  /** Seed lines by user -> tool -> UTC day number -> [requests, unsplit] (see {@link addSeed}). */
  private readonly seed = new Map<string, Map<string, Map<number, [number, number]>>>();
  private seedCell: [number, number] | undefined;
  private seedDay = 0;
  private seedUser = "";
  private seedTool = "";
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly catalog: Catalog = defaultCatalog) {}

  private model(raw: string | undefined): { key: string; entry: ModelEntry | undefined } {
    const name = raw ?? "";
    let m = this.models.get(name);
    if (!m) {
      const entry = name ? resolveModel(name, this.catalog) : undefined;
      m = { key: entry ? entry.id : stripContextSuffix(name), entry };
      this.models.set(name, m);
    }
    return m;
  }

  add(r: UsageRecord): void {
    const dayNo = Math.floor(r.time / DAY_MS);
    let day = this.days.get(dayNo);
    if (day === undefined) {
      day = new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
      this.days.set(dayNo, day);
    }
    if (r.time < this.first) this.first = r.time;
    if (r.time > this.last) this.last = r.time;
    const m = this.model(r.model);
    let long = r.longContext === true;
    const lc = m.entry?.longContext;
    if (!long && lc) long = r.input + r.cacheWrite5m + r.cacheWrite1h + r.cacheRead > lc.aboveInputTokens;
    const tier: PricingTier = r.batch ? (long ? "batch-long" : "batch") : long ? "long" : "standard";
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
  addSeed(time: number, user: string, tool: string, unsplit: number): void {
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
    if (time < this.first) this.first = time;
    if (time > this.last) this.last = time;
  }

  /** The partial, with the reader's tallies. Ends the aggregation: the aggregator is empty afterwards. */
  toPartial(extra: { malformed?: MalformedTally; stats?: ReadStats } = {}): UsagePartial {
    const tally = extra.malformed;
    // The aggregator hands its cells over and empties itself (seed user by seed
    // user), so the partial and the aggregator never both hold every cell.
    const cells: Map<string, number[]> = this.cells;
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
          if (c === undefined) cells.set(key, [requests, 0, 0, 0, 0, 0, unsplit]);
          else {
            c[0] = safeAdd(c[0] as number, requests);
            c[6] = safeAdd(c[6] as number, unsplit);
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
      stats: { ...(extra.stats ?? emptyReadStats()) },
      first: this.first === Number.POSITIVE_INFINITY ? null : this.first,
      last: this.last === Number.NEGATIVE_INFINITY ? null : this.last,
      referenceCost: new Map(),
    };
  }
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

/** Merges two partials exactly. Associative and commutative. */
export function mergePartials(a: UsagePartial, b: UsagePartial): UsagePartial {
  const cells = new Map<string, number[]>();
  for (const [k, v] of a.cells) cells.set(k, [...v]);
  return combine(cells, a, b, true);
}

/**
 * {@link mergePartials} for partials the caller owns and gives up: `a`'s cells
 * and `b`'s counter arrays are reused, so a merge of two large partials does
 * not hold a third copy of every cell.
 */
export function mergeOwnedPartials(a: UsagePartial, b: UsagePartial): UsagePartial {
  return combine(a.cells as Map<string, number[]>, a, b, false);
}

function combine(
  cells: Map<string, number[]>,
  a: UsagePartial,
  b: UsagePartial,
  copy: boolean,
): UsagePartial {
  for (const [k, v] of b.cells) {
    const c = cells.get(k);
    if (!c) cells.set(k, copy ? [...v] : (v as number[]));
    else for (let i = 0; i < c.length; i++) c[i] = safeAdd(c[i] as number, v[i] as number);
  }
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

export const PARTIAL_FORMAT = "steward.usage-partial";
export const PARTIAL_VERSION = 1;

/** Canonical JSON form (sorted cells), so equal partials serialise to equal bytes. */
export function partialToJson(p: UsagePartial): object {
  const keys = [...p.cells.keys()].sort();
  const sortedByReason = Object.fromEntries(
    Object.entries(p.malformed.byReason).sort(([x], [y]) => (x < y ? -1 : 1)),
  );
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    dimensions: DIMENSIONS,
    counters: COUNTERS,
    cells: keys.map((k) => [...k.split(SEP), ...(p.cells.get(k) as number[])]),
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
  const cells = new Map<string, number[]>();
  const width = DIMENSIONS.length + COUNTERS.length;
  for (const [i, row] of (o.cells as unknown[]).entries()) {
    if (!Array.isArray(row) || row.length !== width)
      return fail(`cells[${i}] does not have ${width} entries`);
    const dims = row.slice(0, DIMENSIONS.length);
    const nums = row.slice(DIMENSIONS.length);
    if (!dims.every((d) => typeof d === "string")) return fail(`cells[${i}] has a non-string dimension`);
    if (!nums.every((n) => Number.isSafeInteger(n) && (n as number) >= 0))
      return fail(`cells[${i}] has a bad counter`);
    const key = dims.join(SEP);
    const prior = cells.get(key);
    if (prior)
      for (let j = 0; j < prior.length; j++) prior[j] = safeAdd(prior[j] as number, nums[j] as number);
    else cells.set(key, nums as number[]);
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
