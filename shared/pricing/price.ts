/**
 * Cost arithmetic. Prices are integer micro-USD per million tokens, which is
 * pico-USD per token, so `tokens * price` is an exact integer number of
 * pico-dollars (kept as bigint: sums of billions of tokens overflow 2^53).
 * Nothing is ever rounded until it is displayed.
 */
import { type Catalog, defaultCatalog, type ModelEntry, type PriceTable, resolveModel } from "./catalog.js";

export interface TokenCounts {
  readonly input: number;
  readonly output: number;
  readonly cacheWrite5m: number;
  readonly cacheWrite1h: number;
  readonly cacheRead: number;
  /** Tokens with no input/output split (the seed's `tokens`): never priced. */
  readonly unsplit?: number;
}

/** How a request is billed: long-context tier and/or Batch API, or fast mode. */
export type PricingTier = "standard" | "long" | "batch" | "batch-long" | "fast";

export type UnpricedReason = "no-model" | "unknown-model" | "no-price" | "unsplit";

export interface PriceResult {
  /** Exact cost of the priced tokens, pico-USD (1e-12 USD). */
  readonly costPicoUsd: bigint;
  /** The same in USD, for display only. */
  readonly costUsd: number;
  readonly pricedTokens: number;
  /** Tokens that could not be priced (unknown model, no price, unsplit). Never costed at zero silently. */
  readonly unpricedTokens: number;
  readonly unpricedReason?: UnpricedReason;
  readonly model?: ModelEntry;
  readonly tier: PricingTier;
}

export function splitTotal(t: TokenCounts): number {
  return t.input + t.output + t.cacheWrite5m + t.cacheWrite1h + t.cacheRead;
}

/** Prompt size of one request, for long-context tiers. */
export function promptTokens(t: TokenCounts): number {
  return t.input + t.cacheWrite5m + t.cacheWrite1h + t.cacheRead;
}

/**
 * The tier one request falls in (the long tier applies to the whole request
 * when its prompt exceeds the threshold). Fast mode has its own table, with
 * no long-context or batch variant.
 */
export function tierForRequest(
  t: TokenCounts,
  model: ModelEntry | undefined,
  batch = false,
  fast = false,
): PricingTier {
  if (fast) return "fast";
  const long = model?.longContext !== undefined && promptTokens(t) > model.longContext.aboveInputTokens;
  if (batch) return long ? "batch-long" : "batch";
  return long ? "long" : "standard";
}

/** The price table that applies to a model at a tier, or undefined when unpriced. */
export function pricesFor(model: ModelEntry, tier: PricingTier): PriceTable | undefined {
  if (!model.prices) return undefined;
  if (tier === "fast") return model.fast;
  const base =
    (tier === "long" || tier === "batch-long") && model.longContext ? model.longContext.prices : model.prices;
  return base;
}

const PICO_PER_USD = 1_000_000_000_000n;

/** Pico-USD -> USD as a number (display only). */
export function picoToUsd(pico: bigint): number {
  const whole = pico / PICO_PER_USD;
  const frac = pico % PICO_PER_USD;
  return Number(whole) + Number(frac) / 1e12;
}

/** Pico-USD -> exact decimal string of USD ("12.345678901234", trailing zeros trimmed). */
export function formatPicoUsd(pico: bigint): string {
  const neg = pico < 0n;
  const abs = neg ? -pico : pico;
  const whole = abs / PICO_PER_USD;
  const frac = (abs % PICO_PER_USD).toString().padStart(12, "0").replace(/0+$/, "");
  return `${neg ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`;
}

/** Pico-USD rounded half-up to micro-USD. */
export function picoToMicros(pico: bigint): bigint {
  const neg = pico < 0n;
  const abs = neg ? -pico : pico;
  const r = (abs + 500_000n) / 1_000_000n;
  return neg ? -r : r;
}

/** How requests of one model at one tier are priced. */
export interface PriceRule {
  /** undefined: the requests are unpriced, for `reason`. */
  readonly table: PriceTable | undefined;
  readonly reason: UnpricedReason;
  /** Percent of the list price paid (100 minus the Batch API discount on batch tiers). */
  readonly keep: number;
}

/**
 * The rule for a model (`named`: the request names one; `entry`: the catalog's
 * entry for it, if any) at a tier. priceUsage and the report's cell pricer
 * both decide through it.
 */
export function priceRule(named: boolean, entry: ModelEntry | undefined, tier: PricingTier): PriceRule {
  if (!named) return { table: undefined, reason: "no-model", keep: 100 };
  if (entry === undefined) return { table: undefined, reason: "unknown-model", keep: 100 };
  const table = pricesFor(entry, tier);
  if (table === undefined) return { table: undefined, reason: "no-price", keep: 100 };
  const batch = tier === "batch" || tier === "batch-long";
  return { table, reason: "no-price", keep: batch ? 100 - entry.batchDiscountPercent : 100 };
}

/**
 * Exact cost in pico-USD of split token counts at a price table, of which
 * `keepPercent` is paid: 100 minus the Batch API discount on batch tiers. The
 * Batch API discount applies to input and output; cache line items are
 * discounted the same way on the pricing page. Exact: prices are multiples of
 * 1000 micro-USD.
 */
export function tableCost(table: PriceTable, tokens: TokenCounts, keepPercent = 100): bigint {
  const pico =
    BigInt(tokens.input) * BigInt(table.input) +
    BigInt(tokens.output) * BigInt(table.output) +
    BigInt(tokens.cacheWrite5m) * BigInt(table.cacheWrite5m) +
    BigInt(tokens.cacheWrite1h) * BigInt(table.cacheWrite1h) +
    BigInt(tokens.cacheRead) * BigInt(table.cacheRead);
  return keepPercent === 100 ? pico : (pico * BigInt(keepPercent)) / 100n;
}

/**
 * Exact cost of token counts for a model at a tier. Token counts here may be a
 * single request or an aggregate of requests of the same tier; the tier must
 * be decided per request (see {@link tierForRequest}) — when `tier` is not
 * given it is decided from these counts as if they were one request.
 */
export function priceUsage(
  tokens: TokenCounts,
  model: string | ModelEntry | undefined,
  options: { tier?: PricingTier; batch?: boolean; catalog?: Catalog } = {},
): PriceResult {
  const unsplit = tokens.unsplit ?? 0;
  const split = splitTotal(tokens);
  const entry = typeof model === "string" ? resolveModel(model, options.catalog ?? defaultCatalog) : model;
  const tier = options.tier ?? tierForRequest(tokens, entry, options.batch ?? false);
  const unpriced = (reason: UnpricedReason): PriceResult => ({
    costPicoUsd: 0n,
    costUsd: 0,
    pricedTokens: 0,
    unpricedTokens: split + unsplit,
    unpricedReason: split === 0 && unsplit > 0 ? "unsplit" : reason,
    ...(entry ? { model: entry } : {}),
    tier,
  });
  const rule = priceRule(model !== undefined && model !== "", entry, tier);
  if (rule.table === undefined || entry === undefined) return unpriced(rule.reason);
  const pico = tableCost(rule.table, tokens, rule.keep);
  return {
    costPicoUsd: pico,
    costUsd: picoToUsd(pico),
    pricedTokens: split,
    unpricedTokens: unsplit,
    ...(unsplit > 0 ? { unpricedReason: "unsplit" as const } : {}),
    model: entry,
    tier,
  };
}
