/**
 * The model catalog as data (ARCHITECTURE.md rule 6). Prices are USD per
 * million tokens, exactly as the pricing page prints them (decimal strings, so
 * no float ever enters the arithmetic). Update this table, not the code, when
 * Anthropic changes a price or retires a model; `checkedAt` says when a human
 * last compared it with the sources.
 *
 * Sources (see docs/reference/anthropic-apis.md sections 7 and 8):
 * - PCD:about-claude/pricing (snapshot 2026-08-22) and [live] PCD:models/<model>/overview
 * - PCD:about-claude/model-deprecations (snapshot 2026-08-22)
 * - PCD:build-with-claude/claude-in-amazon-bedrock, claude-on-amazon-bedrock-legacy, claude-on-vertex-ai
 */

/** Prices in USD per million tokens, as decimal strings ("0.125"). */
export interface PriceTableData {
  readonly input: string;
  readonly output: string;
  readonly cacheWrite5m: string;
  readonly cacheWrite1h: string;
  readonly cacheRead: string;
}

export interface LongContextTierData {
  /** The tier applies when a request's prompt (input + cache writes + cache reads) exceeds this many tokens. */
  readonly aboveInputTokens: number;
  /** "whole-request": every token of the request, output included, is priced at the tier. */
  readonly scope: "whole-request";
  readonly prices: PriceTableData;
  /** True for tiers the sources describe as historical / unconfirmed. */
  readonly historical?: boolean;
  readonly note?: string;
}

export interface ModelData {
  /** Canonical first-party API id. */
  readonly id: string;
  readonly family:
    | "opus"
    | "sonnet"
    | "haiku"
    | "fable"
    | "mythos"
    | "claude-2"
    | "claude-instant"
    | "claude-1";
  readonly displayName: string;
  /** Other first-party names that resolve to this model (undated aliases, `-latest`, `-0`). */
  readonly aliases?: readonly string[];
  /** Bedrock ids: `anthropic.` + id (Messages API) and legacy InvokeModel base / profile ids. */
  readonly bedrock?: readonly string[];
  /** Vertex AI ids: the bare id (4.6 and later) or `name@YYYYMMDD`. */
  readonly vertex?: readonly string[];
  /** `null`: the model is known but its price is not; its usage is reported as unpriced. */
  readonly prices: PriceTableData | null;
  readonly longContext?: LongContextTierData;
  /**
   * Fast mode (a transcript's `usage.speed: "fast"`, the Admin API's
   * `speed=fast`): its own price table. A model without one has no fast mode
   * price: fast requests to it are reported as unpriced.
   */
  readonly fast?: PriceTableData;
  /** Batch API discount on input and output, percent. */
  readonly batchDiscountPercent?: number;
  /** Announced deprecation date (first-party API), YYYY-MM-DD. */
  readonly deprecatedAt?: string;
  /** Retirement date (first-party API), YYYY-MM-DD; requests fail from this day. */
  readonly retiredAt?: string;
  /** "Not sooner than" retirement date of an active model. */
  readonly retirementNotBefore?: string;
  /** Anthropic labels the model "Legacy" (still served). */
  readonly legacy?: boolean;
  readonly notes?: string;
  readonly sources: readonly string[];
}

export interface CatalogData {
  readonly checkedAt: string;
  readonly currency: "USD";
  readonly unit: "per-million-tokens";
  readonly sources: Readonly<Record<string, string>>;
  readonly models: readonly ModelData[];
}

const p = (input: string, cacheWrite5m: string, cacheWrite1h: string, cacheRead: string, output: string) => ({
  input,
  output,
  cacheWrite5m,
  cacheWrite1h,
  cacheRead,
});

const OPUS_4X = p("5", "6.25", "10", "0.50", "25");
/**
 * Fast mode on Opus 5 and 4.8: $10 input, $50 output (the pricing page); the
 * cache prices follow the usual modifiers on the fast input price (writes
 * 1.25x and 2x, reads 0.1x), which the page does not list for fast mode.
 */
const OPUS_FAST = p("10", "12.50", "20", "1", "50");
const OPUS_4_0 = p("15", "18.75", "30", "1.50", "75");
const SONNET_4X = p("3", "3.75", "6", "0.30", "15");
const SONNET_4_LONG = {
  aboveInputTokens: 200_000,
  scope: "whole-request" as const,
  prices: p("6", "7.50", "12", "0.60", "22.50"),
  historical: true,
  note: "Historical >200k-input premium (2x input, 1.5x output); whether it still applies is UNCONFIRMED.",
};
const PRICING = "PCD:about-claude/pricing@2026-08-22";
const DEPRECATIONS = "PCD:about-claude/model-deprecations@2026-08-22";
const BEDROCK = "PCD:build-with-claude/claude-in-amazon-bedrock";
const BEDROCK_LEGACY = "PCD:build-with-claude/claude-on-amazon-bedrock-legacy";
const VERTEX = "PCD:build-with-claude/claude-on-vertex-ai";

export const CATALOG_DATA: CatalogData = {
  checkedAt: "2026-11-23",
  currency: "USD",
  unit: "per-million-tokens",
  sources: {
    "PCD:": "https://platform.claude.com/docs/en/",
    reference: "docs/reference/anthropic-apis.md sections 7-8 (compiled 2026-11-23)",
  },
  models: [
    {
      id: "claude-fable-5-1",
      family: "fable",
      displayName: "Claude Fable 5.1",
      prices: p("10", "12.50", "20", "0.25", "50"),
      batchDiscountPercent: 50,
      notes: "Cache reads 0.025x input. Bedrock/Vertex ids not published.",
      sources: ["[live] PCD:models/claude-fable-5-1/overview"],
    },
    {
      id: "claude-fable-5",
      family: "fable",
      displayName: "Claude Fable 5",
      bedrock: ["anthropic.claude-fable-5"],
      vertex: ["claude-fable-5"],
      prices: p("10", "12.50", "20", "1", "50"),
      batchDiscountPercent: 50,
      retirementNotBefore: "2027-06-09",
      legacy: true,
      sources: [PRICING, DEPRECATIONS, BEDROCK, VERTEX],
    },
    {
      id: "claude-mythos-5",
      family: "mythos",
      displayName: "Claude Mythos 5",
      prices: p("10", "12.50", "20", "1", "50"),
      batchDiscountPercent: 50,
      sources: [PRICING],
    },
    {
      id: "claude-mythos-preview",
      family: "mythos",
      displayName: "Claude Mythos (preview, Bedrock)",
      bedrock: ["anthropic.claude-mythos-preview"],
      prices: null,
      notes: "Listed on Bedrock only; no published price in the sources.",
      sources: [BEDROCK],
    },
    {
      id: "claude-opus-5-5",
      family: "opus",
      displayName: "Claude Opus 5.5",
      prices: p("4", "5", "8", "0.20", "20"),
      batchDiscountPercent: 50,
      notes: "Cache reads 0.05x input. Bedrock ids for the 5.5 generation are UNCONFIRMED.",
      sources: ["[live] PCD:models/claude-opus-5-5/overview"],
    },
    {
      id: "claude-opus-5",
      family: "opus",
      displayName: "Claude Opus 5",
      bedrock: ["anthropic.claude-opus-5"],
      vertex: ["claude-opus-5"],
      prices: OPUS_4X,
      fast: OPUS_FAST,
      batchDiscountPercent: 50,
      retirementNotBefore: "2027-07-24",
      legacy: true,
      sources: [PRICING, DEPRECATIONS, BEDROCK, VERTEX],
    },
    {
      id: "claude-opus-4-8",
      family: "opus",
      displayName: "Claude Opus 4.8",
      bedrock: ["anthropic.claude-opus-4-8"],
      vertex: ["claude-opus-4-8"],
      prices: OPUS_4X,
      fast: OPUS_FAST,
      batchDiscountPercent: 50,
      retirementNotBefore: "2027-05-28",
      sources: [PRICING, DEPRECATIONS, BEDROCK, VERTEX],
    },
    {
      id: "claude-opus-4-7",
      family: "opus",
      displayName: "Claude Opus 4.7",
      bedrock: ["anthropic.claude-opus-4-7"],
      vertex: ["claude-opus-4-7"],
      prices: OPUS_4X,
      batchDiscountPercent: 50,
      retirementNotBefore: "2027-04-16",
      sources: [PRICING, DEPRECATIONS, BEDROCK, VERTEX],
    },
    {
      id: "claude-opus-4-6",
      family: "opus",
      displayName: "Claude Opus 4.6",
      bedrock: ["anthropic.claude-opus-4-6-v1", "global.anthropic.claude-opus-4-6-v1"],
      vertex: ["claude-opus-4-6"],
      prices: OPUS_4X,
      batchDiscountPercent: 50,
      retirementNotBefore: "2027-02-05",
      sources: [PRICING, DEPRECATIONS, BEDROCK_LEGACY, VERTEX],
    },
    {
      id: "claude-opus-4-5-20251101",
      family: "opus",
      displayName: "Claude Opus 4.5",
      aliases: ["claude-opus-4-5"],
      bedrock: ["anthropic.claude-opus-4-5-20251101-v1:0"],
      vertex: ["claude-opus-4-5@20251101"],
      prices: OPUS_4X,
      batchDiscountPercent: 50,
      retirementNotBefore: "2026-11-24",
      sources: [PRICING, DEPRECATIONS, BEDROCK_LEGACY, VERTEX],
    },
    {
      id: "claude-opus-4-1-20250805",
      family: "opus",
      displayName: "Claude Opus 4.1",
      aliases: ["claude-opus-4-1"],
      vertex: ["claude-opus-4-1@20250805"],
      prices: OPUS_4_0,
      batchDiscountPercent: 50,
      retiredAt: "2026-08-05",
      sources: [PRICING, DEPRECATIONS, VERTEX],
    },
    {
      id: "claude-opus-4-20250514",
      family: "opus",
      displayName: "Claude Opus 4",
      aliases: ["claude-opus-4-0", "claude-opus-4"],
      vertex: ["claude-opus-4@20250514"],
      prices: OPUS_4_0,
      batchDiscountPercent: 50,
      retiredAt: "2026-06-15",
      sources: [PRICING, DEPRECATIONS, VERTEX],
    },
    {
      id: "claude-sonnet-5-5",
      family: "sonnet",
      displayName: "Claude Sonnet 5.5",
      prices: p("2", "2.50", "4", "0.20", "10"),
      batchDiscountPercent: 50,
      notes:
        "Cache read 0.20 per the model page; a third-party source says it was cut to 0.10 on 2026-10-07 (UNCONFIRMED). Override if your invoice disagrees.",
      sources: ["[live] PCD:models/claude-sonnet-5-5/overview"],
    },
    {
      id: "claude-sonnet-5",
      family: "sonnet",
      displayName: "Claude Sonnet 5",
      bedrock: ["anthropic.claude-sonnet-5"],
      vertex: ["claude-sonnet-5"],
      prices: p("2", "2.50", "4", "0.20", "10"),
      batchDiscountPercent: 50,
      retirementNotBefore: "2027-06-30",
      legacy: true,
      sources: [PRICING, DEPRECATIONS, BEDROCK, VERTEX],
    },
    {
      id: "claude-sonnet-4-6",
      family: "sonnet",
      displayName: "Claude Sonnet 4.6",
      bedrock: ["anthropic.claude-sonnet-4-6"],
      vertex: ["claude-sonnet-4-6"],
      prices: SONNET_4X,
      batchDiscountPercent: 50,
      retirementNotBefore: "2027-02-17",
      sources: [PRICING, DEPRECATIONS, BEDROCK_LEGACY, VERTEX],
    },
    {
      id: "claude-sonnet-4-5-20250929",
      family: "sonnet",
      displayName: "Claude Sonnet 4.5",
      aliases: ["claude-sonnet-4-5"],
      bedrock: ["anthropic.claude-sonnet-4-5-20250929-v1:0", "us.anthropic.claude-sonnet-4-5-20250929-v1:0"],
      vertex: ["claude-sonnet-4-5@20250929"],
      prices: SONNET_4X,
      longContext: SONNET_4_LONG,
      batchDiscountPercent: 50,
      retirementNotBefore: "2026-09-29",
      sources: [PRICING, DEPRECATIONS, BEDROCK_LEGACY, VERTEX],
    },
    {
      id: "claude-sonnet-4-20250514",
      family: "sonnet",
      displayName: "Claude Sonnet 4",
      aliases: ["claude-sonnet-4-0", "claude-sonnet-4"],
      vertex: ["claude-sonnet-4@20250514"],
      prices: SONNET_4X,
      longContext: SONNET_4_LONG,
      batchDiscountPercent: 50,
      retiredAt: "2026-06-15",
      sources: [PRICING, DEPRECATIONS, VERTEX],
    },
    {
      id: "claude-3-7-sonnet-20250219",
      family: "sonnet",
      displayName: "Claude Sonnet 3.7",
      aliases: ["claude-3-7-sonnet-latest"],
      vertex: ["claude-3-7-sonnet@20250219"],
      prices: SONNET_4X,
      batchDiscountPercent: 50,
      retiredAt: "2026-02-19",
      notes: "Price not in the 2026-08-22 snapshot (retired); historical list price, same as Sonnet 4.",
      sources: [DEPRECATIONS, VERTEX],
    },
    {
      id: "claude-haiku-5-5",
      family: "haiku",
      displayName: "Claude Haiku 5.5",
      prices: p("0.10", "0.125", "0.20", "0.01", "0.50"),
      longContext: {
        aboveInputTokens: 100_000,
        scope: "whole-request",
        prices: p("0.50", "0.625", "1.00", "0.05", "2.50"),
        note: "Prompts above 100k tokens are priced at this tier for the whole request; 1h write and cache read are third-party figures.",
      },
      batchDiscountPercent: 50,
      sources: [
        "[live] PCD:models/claude-haiku-5-5/overview",
        "[3p] cache read, long-tier 1h write and read",
      ],
    },
    {
      id: "claude-haiku-4-5-20251001",
      family: "haiku",
      displayName: "Claude Haiku 4.5",
      aliases: ["claude-haiku-4-5"],
      bedrock: ["anthropic.claude-haiku-4-5", "anthropic.claude-haiku-4-5-20251001-v1:0"],
      vertex: ["claude-haiku-4-5@20251001"],
      prices: p("1", "1.25", "2", "0.10", "5"),
      batchDiscountPercent: 50,
      retirementNotBefore: "2026-10-15",
      sources: [PRICING, DEPRECATIONS, BEDROCK, BEDROCK_LEGACY, VERTEX],
    },
    {
      id: "claude-3-5-haiku-20241022",
      family: "haiku",
      displayName: "Claude Haiku 3.5",
      aliases: ["claude-3-5-haiku-latest"],
      bedrock: ["anthropic.claude-3-5-haiku-20241022-v1:0"],
      vertex: ["claude-3-5-haiku@20241022"],
      prices: p("0.80", "1", "1.60", "0.08", "4"),
      batchDiscountPercent: 50,
      retiredAt: "2026-02-19",
      sources: [PRICING, DEPRECATIONS, BEDROCK_LEGACY, VERTEX],
    },
    {
      id: "claude-3-haiku-20240307",
      family: "haiku",
      displayName: "Claude Haiku 3",
      vertex: ["claude-3-haiku@20240307"],
      prices: p("0.25", "0.30", "0.50", "0.03", "1.25"),
      batchDiscountPercent: 50,
      retiredAt: "2026-04-20",
      notes: "Price not in the 2026-08-22 snapshot (retired); historical list price.",
      sources: [DEPRECATIONS],
    },
    {
      id: "claude-3-opus-20240229",
      family: "opus",
      displayName: "Claude Opus 3",
      aliases: ["claude-3-opus-latest"],
      vertex: ["claude-3-opus@20240229"],
      prices: OPUS_4_0,
      batchDiscountPercent: 50,
      retiredAt: "2026-01-05",
      notes: "Price not in the 2026-08-22 snapshot (retired); historical list price.",
      sources: [DEPRECATIONS, VERTEX],
    },
    {
      id: "claude-3-5-sonnet-20241022",
      family: "sonnet",
      displayName: "Claude Sonnet 3.5 v2",
      aliases: ["claude-3-5-sonnet-latest", "claude-3-5-sonnet-v2-20241022"],
      vertex: ["claude-3-5-sonnet-v2@20241022"],
      prices: SONNET_4X,
      retiredAt: "2025-10-28",
      notes: "Historical list price.",
      sources: [DEPRECATIONS, VERTEX],
    },
    {
      id: "claude-3-5-sonnet-20240620",
      family: "sonnet",
      displayName: "Claude Sonnet 3.5",
      vertex: ["claude-3-5-sonnet@20240620"],
      prices: SONNET_4X,
      retiredAt: "2025-10-28",
      notes: "Historical list price.",
      sources: [DEPRECATIONS],
    },
    {
      id: "claude-3-sonnet-20240229",
      family: "sonnet",
      displayName: "Claude Sonnet 3",
      prices: null,
      retiredAt: "2025-07-21",
      sources: [DEPRECATIONS],
    },
    {
      id: "claude-2.1",
      family: "claude-2",
      displayName: "Claude 2.1",
      prices: null,
      retiredAt: "2025-07-21",
      sources: [DEPRECATIONS],
    },
    {
      id: "claude-2.0",
      family: "claude-2",
      displayName: "Claude 2.0",
      prices: null,
      retiredAt: "2025-07-21",
      sources: [DEPRECATIONS],
    },
    {
      id: "claude-instant-1.2",
      family: "claude-instant",
      displayName: "Claude Instant 1.2",
      aliases: ["claude-instant-1.1", "claude-instant-1.0", "claude-instant-1"],
      prices: null,
      retiredAt: "2024-11-06",
      sources: [DEPRECATIONS],
    },
    {
      id: "claude-1.3",
      family: "claude-1",
      displayName: "Claude 1.x",
      aliases: ["claude-1.2", "claude-1.1", "claude-1.0", "claude-1"],
      prices: null,
      retiredAt: "2024-11-06",
      sources: [DEPRECATIONS],
    },
  ],
};
