/**
 * The arithmetic under the cost report: pricing one cell at a time without
 * allocating, exact pico-USD sums, and per-dimension sums in flat arrays.
 *
 * The report adds every cell into seven rollups (total, user, team, model,
 * day, tool, source). A month of seed logs is some 31,000 cells, a month of
 * a thousand users' transcripts some 300,000, and the report runs once per
 * process: its loop mostly runs before V8 has optimised it. So the per-cell
 * work is kept to number arithmetic on typed arrays: no result object per
 * cell, no bigint unless a cost passes 2^53 pico-USD (about $9,007), no Map
 * lookups on the way.
 */
import { type Catalog, resolveModel } from "../../pricing/catalog.js";
import {
  type PriceRule,
  type PricingTier,
  priceRule,
  tableCost,
  type UnpricedReason,
} from "../../pricing/price.js";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The number form of a non-negative pico amount for {@link PicoSum.add}: the amount, or -1 beyond 2^53. */
export const smallPico = (pico: bigint): number => (pico >= 0n && pico <= MAX_SAFE ? Number(pico) : -1);

/**
 * An exact sum of pico-USD amounts. Most amounts (a cell's cost) fit a
 * double exactly, so they are added as numbers and carried into a bigint
 * only before the number sum would leave the safe-integer range: exact, and
 * without a bigint allocation per addition.
 */
export class PicoSum {
  private big: bigint;
  private small = 0;
  constructor(start = 0n) {
    this.big = start;
  }
  /** `n` is the same amount as `pico` when it is a safe integer, else -1. */
  add(pico: bigint, n: number): void {
    if (n < 0) {
      this.big += pico;
      return;
    }
    const s = this.small + n;
    if (s > Number.MAX_SAFE_INTEGER) {
      this.big += BigInt(this.small);
      this.small = n;
    } else this.small = s;
  }
  get value(): bigint {
    return this.big + BigInt(this.small);
  }
}

/** Positions in a cell's counters (COUNTERS order in shared/usage/aggregate.ts). */
const [C_INPUT, C_OUTPUT, C_WRITE_5M, C_WRITE_1H, C_READ, C_UNSPLIT] = [1, 2, 3, 4, 5, 6] as const;

/**
 * Prices cells into its own fields, so pricing a cell allocates nothing:
 * after {@link price}, `picoN` is the exact cost in pico-USD when it is a
 * safe integer (0 when free) and -1 when it is not, in which case `pico`
 * holds it; `unpriced` and `reason` are the tokens that could not be priced
 * and why. The same rules as priceUsage in shared/pricing/price.ts (and its
 * tableCost past 2^53), with the catalog looked up once per (model, tier)
 * instead of per cell, and doubles while they are exact.
 */
export class CellPricer {
  pico = 0n;
  picoN = 0;
  unpriced = 0;
  reason: UnpricedReason | undefined = undefined;
  private readonly rules: (PriceRule | undefined)[] = [];

  constructor(
    private readonly models: readonly string[],
    private readonly tiers: readonly string[],
    private readonly catalog: Catalog,
  ) {}

  private rule(model: number, tier: number): PriceRule {
    const k = model * this.tiers.length + tier;
    let rule = this.rules[k];
    if (rule === undefined) {
      const name = this.models[model] as string;
      const entry = name === "" ? undefined : resolveModel(name, this.catalog);
      rule = priceRule(name !== "", entry, this.tiers[tier] as PricingTier);
      this.rules[k] = rule;
    }
    return rule;
  }

  /** Prices one cell's counters (COUNTERS order) for model id `model` at tier id `tier`. */
  price(model: number, tier: number, counters: readonly number[]): void {
    const input = counters[C_INPUT] as number;
    const output = counters[C_OUTPUT] as number;
    const write5m = counters[C_WRITE_5M] as number;
    const write1h = counters[C_WRITE_1H] as number;
    const read = counters[C_READ] as number;
    const unsplit = counters[C_UNSPLIT] as number;
    const split = input + output + write5m + write1h + read;
    const rule = this.rule(model, tier);
    const table = rule.table;
    if (table === undefined) {
      this.picoN = 0;
      this.unpriced = split + unsplit;
      this.reason = split === 0 && unsplit > 0 ? "unsplit" : rule.reason;
      return;
    }
    this.unpriced = unsplit;
    this.reason = unsplit > 0 ? "unsplit" : undefined;
    if (rule.keep === 100 && input >= 0 && output >= 0 && write5m >= 0 && write1h >= 0 && read >= 0) {
      // Non-negative integers: if the double result is at most 2^53 - 1, every
      // product and partial sum on the way was too, so it is exact.
      const x =
        input * table.input +
        output * table.output +
        write5m * table.cacheWrite5m +
        write1h * table.cacheWrite1h +
        read * table.cacheRead;
      if (x <= Number.MAX_SAFE_INTEGER) {
        this.picoN = x;
        return;
      }
    }
    const pico = tableCost(
      table,
      { input, output, cacheWrite5m: write5m, cacheWrite1h: write1h, cacheRead: read },
      rule.keep,
    );
    this.pico = pico;
    this.picoN = pico === 0n ? 0 : smallPico(pico);
  }

  /** The last priced cell's cost as a bigint. */
  get cost(): bigint {
    return this.picoN >= 0 ? BigInt(this.picoN) : this.pico;
  }
}

/** Per id: the seven counters, then quota tokens and unpriced tokens. */
const WIDTH = 9;

/**
 * Sums by dimension id (ids are dense: 0 to size - 1) in flat arrays: the
 * seven counters, quota tokens and unpriced tokens as doubles, and the exact
 * cost as a number part carried into a bigint part before it would leave the
 * safe-integer range (as {@link PicoSum} does).
 */
export class IdSums {
  private readonly sums: Float64Array;
  private readonly picoSmall: Float64Array;
  private readonly picoBig: bigint[] = [];
  private readonly used: Uint8Array;

  constructor(readonly size: number) {
    this.sums = new Float64Array(size * WIDTH);
    this.picoSmall = new Float64Array(size);
    this.used = new Uint8Array(size);
  }

  /** Adds one cell (see {@link CellPricer} for `pico` and `picoN`) to id `id`. */
  add(
    id: number,
    counters: readonly number[],
    quota: number,
    unpriced: number,
    pico: bigint,
    picoN: number,
  ): void {
    const s = this.sums;
    const o = id * WIDTH;
    s[o] = (s[o] as number) + (counters[0] as number);
    s[o + 1] = (s[o + 1] as number) + (counters[1] as number);
    s[o + 2] = (s[o + 2] as number) + (counters[2] as number);
    s[o + 3] = (s[o + 3] as number) + (counters[3] as number);
    s[o + 4] = (s[o + 4] as number) + (counters[4] as number);
    s[o + 5] = (s[o + 5] as number) + (counters[5] as number);
    s[o + 6] = (s[o + 6] as number) + (counters[6] as number);
    s[o + 7] = (s[o + 7] as number) + quota;
    s[o + 8] = (s[o + 8] as number) + unpriced;
    this.used[id] = 1;
    if (picoN === 0) return;
    if (picoN < 0) {
      this.picoBig[id] = (this.picoBig[id] ?? 0n) + pico;
      return;
    }
    const sum = (this.picoSmall[id] as number) + picoN;
    if (sum > Number.MAX_SAFE_INTEGER) {
      this.picoBig[id] = (this.picoBig[id] ?? 0n) + BigInt(this.picoSmall[id] as number);
      this.picoSmall[id] = picoN;
    } else this.picoSmall[id] = sum;
  }

  /** Whether any cell was added to `id`. */
  has(id: number): boolean {
    return this.used[id] === 1;
  }

  /** The seven counters of `id` (COUNTERS order). */
  counters(id: number): number[] {
    return Array.from(this.sums.subarray(id * WIDTH, id * WIDTH + 7));
  }

  quota(id: number): number {
    return this.sums[id * WIDTH + 7] as number;
  }

  unpriced(id: number): number {
    return this.sums[id * WIDTH + 8] as number;
  }

  /** The exact cost of `id`, pico-USD. */
  pico(id: number): bigint {
    return (this.picoBig[id] ?? 0n) + BigInt(this.picoSmall[id] as number);
  }
}

/** The reasons a cell's tokens go unpriced, in the order {@link UnpricedSums} numbers them. */
const REASONS: readonly UnpricedReason[] = ["no-model", "unknown-model", "no-price", "unsplit"];

/** Unpriced requests and tokens by (model id, reason), listed in the order first seen. */
export class UnpricedSums {
  private readonly requests: Float64Array;
  private readonly tokens: Float64Array;
  private readonly order: number[] = [];

  constructor(models: number) {
    this.requests = new Float64Array(models * REASONS.length);
    this.tokens = new Float64Array(models * REASONS.length);
  }

  /** Adds a cell's unpriced tokens (`tokens` > 0); a missing reason counts as "no-price". */
  add(model: number, reason: UnpricedReason | undefined, requests: number, tokens: number): void {
    const k = model * REASONS.length + (reason === undefined ? 2 : REASONS.indexOf(reason));
    // tokens > 0 on every add: a zero is a pair not seen yet
    if (this.tokens[k] === 0) this.order.push(k);
    this.requests[k] = (this.requests[k] as number) + requests;
    this.tokens[k] = (this.tokens[k] as number) + tokens;
  }

  entries(): { model: number; reason: UnpricedReason; requests: number; tokens: number }[] {
    return this.order.map((k) => ({
      model: Math.floor(k / REASONS.length),
      reason: REASONS[k % REASONS.length] as UnpricedReason,
      requests: this.requests[k] as number,
      tokens: this.tokens[k] as number,
    }));
  }
}
