export const id = 327;
export const ids = [327];
export const modules = {

/***/ 2635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/* unused harmony exports isConfigurationError, wrapError */
/**
 * Two kinds of error (ARCHITECTURE.md, rule 2).
 *
 * A `ConfigurationError` is the user's to fix: bad input, a malformed policy
 * file, a 401 from a service. It says what is wrong, where, and what to do, and
 * is shown without a stack trace. Every other error is a bug in Steward.
 */
/** An error the user can fix. Shown without a stack trace. */
class ConfigurationError extends Error {
    location;
    title;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = "ConfigurationError";
        const { title, hint, cause: _cause, ...location } = options;
        this.location = location;
        this.title = title;
        this.hint = hint;
    }
    /** The message with its hint, as users should read it. */
    get userMessage() {
        return this.hint ? `${this.message} ${this.hint}` : this.message;
    }
}
/** True for errors the user can fix (see {@link ConfigurationError}). */
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** The message of anything thrown, without an `Error: ` prefix. */
function getErrorMessage(error) {
    if (error instanceof ConfigurationError)
        return error.userMessage;
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Normalise anything thrown into an `Error`. */
function wrapError(error) {
    return error instanceof Error ? error : new Error(getErrorMessage(error));
}


/***/ }),

/***/ 8024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $B: () => (/* binding */ applyPriceOverrides),
  AD: () => (/* binding */ decimalToMicros),
  Dd: () => (/* binding */ defaultCatalog),
  _5: () => (/* binding */ modelLifecycle),
  AX: () => (/* binding */ resolveModel),
  XJ: () => (/* binding */ stripContextSuffix)
});

// UNUSED EXPORTS: normaliseModelId

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/pricing/catalog-data.ts
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
const p = (input, cacheWrite5m, cacheWrite1h, cacheRead, output) => ({
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
    scope: "whole-request",
    prices: p("6", "7.50", "12", "0.60", "22.50"),
    historical: true,
    note: "Historical >200k-input premium (2x input, 1.5x output); whether it still applies is UNCONFIRMED.",
};
const PRICING = "PCD:about-claude/pricing@2026-08-22";
const DEPRECATIONS = "PCD:about-claude/model-deprecations@2026-08-22";
const BEDROCK = "PCD:build-with-claude/claude-in-amazon-bedrock";
const BEDROCK_LEGACY = "PCD:build-with-claude/claude-on-amazon-bedrock-legacy";
const VERTEX = "PCD:build-with-claude/claude-on-vertex-ai";
const CATALOG_DATA = {
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
            notes: "Cache read 0.20 per the model page; a third-party source says it was cut to 0.10 on 2026-10-07 (UNCONFIRMED). Override if your invoice disagrees.",
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

;// CONCATENATED MODULE: ./shared/pricing/catalog.ts
/**
 * The model catalog: resolution of every id form (first-party, aliases,
 * Bedrock, Vertex, `[1m]`), lifecycle, and price overrides from a JSON file.
 * Pure: the data comes from `catalog-data.ts` or an override text passed in.
 */


/** Parses "12.50" into integer micro-units (12_500_000). Exact; rejects more than 6 decimals. */
function decimalToMicros(value, where = "price") {
    const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(value.trim());
    if (!m)
        throw new errors/* ConfigurationError */.j1(`${where}: "${value}" is not a non-negative decimal with at most 6 decimals.`);
    const whole = Number(m[1]);
    const frac = Number((m[2] ?? "").padEnd(6, "0"));
    const micros = whole * 1_000_000 + frac;
    if (!Number.isSafeInteger(micros))
        throw new errors/* ConfigurationError */.j1(`${where}: "${value}" is too large.`);
    return micros;
}
function priceTable(data, where) {
    return {
        input: decimalToMicros(data.input, `${where}.input`),
        output: decimalToMicros(data.output, `${where}.output`),
        cacheWrite5m: decimalToMicros(data.cacheWrite5m, `${where}.cacheWrite5m`),
        cacheWrite1h: decimalToMicros(data.cacheWrite1h, `${where}.cacheWrite1h`),
        cacheRead: decimalToMicros(data.cacheRead, `${where}.cacheRead`),
    };
}
function toEntry(data) {
    const lc = data.longContext;
    return {
        id: data.id,
        family: data.family,
        displayName: data.displayName,
        aliases: data.aliases ?? [],
        bedrock: data.bedrock ?? [],
        vertex: data.vertex ?? [],
        prices: data.prices ? priceTable(data.prices, `${data.id}.prices`) : null,
        ...(lc
            ? {
                longContext: {
                    aboveInputTokens: lc.aboveInputTokens,
                    scope: lc.scope,
                    prices: priceTable(lc.prices, `${data.id}.longContext.prices`),
                    historical: lc.historical ?? false,
                },
            }
            : {}),
        ...(data.fast ? { fast: priceTable(data.fast, `${data.id}.fast`) } : {}),
        batchDiscountPercent: data.batchDiscountPercent ?? 0,
        ...(data.deprecatedAt ? { deprecatedAt: data.deprecatedAt } : {}),
        ...(data.retiredAt ? { retiredAt: data.retiredAt } : {}),
        ...(data.retirementNotBefore ? { retirementNotBefore: data.retirementNotBefore } : {}),
        legacy: data.legacy ?? false,
        sources: data.sources,
    };
}
function buildCatalog(checkedAt, models, extraAliases = {}) {
    const index = new Map();
    for (const m of models) {
        for (const name of [m.id, ...m.aliases, ...m.bedrock, ...m.vertex]) {
            const key = name.toLowerCase();
            const prior = index.get(key);
            if (prior && prior.id !== m.id)
                throw new Error(`catalog: "${name}" names both ${prior.id} and ${m.id}`);
            index.set(key, m);
        }
    }
    for (const [alias, target] of Object.entries(extraAliases)) {
        const entry = index.get(target.toLowerCase()) ?? lookupNormalised(index, target);
        if (!entry)
            throw new errors/* ConfigurationError */.j1(`price overrides: alias "${alias}" points at unknown model "${target}".`);
        index.set(alias.toLowerCase(), entry);
    }
    return { checkedAt, models, index };
}
/** The built-in catalog. */
const defaultCatalog = buildCatalog(CATALOG_DATA.checkedAt, CATALOG_DATA.models.map(toEntry));
/** Claude Code's `[1m]` (and any `[...]`) context suffix removed, whitespace trimmed. */
function stripContextSuffix(id) {
    return id.trim().replace(/\[[^\]]*\]$/, "");
}
/** Candidate spellings of an id after removing provider decorations, most specific first. */
function normaliseModelId(id) {
    const out = [];
    let s = stripContextSuffix(id).toLowerCase();
    out.push(s);
    s = s.replace(/^arn:aws[a-z-]*:bedrock:[^:]*:[^:]*:(?:inference-profile|foundation-model|application-inference-profile)\//, "");
    s = s.replace(/^(?:global|us|eu|jp|apac|au|ca|us-gov)\./, "");
    out.push(s);
    s = s.replace(/^anthropic\./, "");
    out.push(s);
    s = s.replace(/-v\d+(?::\d+)?$/, "");
    out.push(s);
    s = s.replace(/@(\d{8})$/, "-$1");
    out.push(s);
    return [...new Set(out)];
}
function lookupNormalised(index, id) {
    for (const candidate of normaliseModelId(id)) {
        const hit = index.get(candidate);
        if (hit)
            return hit;
    }
    return undefined;
}
/** The catalog entry for any spelling of a model id, or `undefined`. */
function resolveModel(id, catalog = defaultCatalog) {
    if (!id)
        return undefined;
    return catalog.index.get(id.toLowerCase()) ?? lookupNormalised(catalog.index, id);
}
function isoDay(today) {
    if (typeof today === "string") {
        if (!/^\d{4}-\d{2}-\d{2}/.test(today))
            throw new errors/* ConfigurationError */.j1(`"${today}" is not a YYYY-MM-DD date.`);
        return today.slice(0, 10);
    }
    return today.toISOString().slice(0, 10);
}
/**
 * Lifecycle of a model on the first-party API on `today`. A model whose "not
 * sooner than" retirement date has passed is reported `deprecated` (it may be
 * retired with 60 days' notice at any time). Bedrock and Vertex keep their own
 * schedules; the first-party dates are a warning, not a verdict, for them.
 */
function modelLifecycle(id, today, catalog = defaultCatalog) {
    const day = isoDay(today);
    const m = resolveModel(id, catalog);
    if (!m)
        return {
            status: "unknown",
            reason: `"${id}" is not a model id Steward knows (catalog checked ${catalog.checkedAt}).`,
        };
    const dates = {
        modelId: m.id,
        ...(m.deprecatedAt ? { deprecatedAt: m.deprecatedAt } : {}),
        ...(m.retiredAt ? { retiredAt: m.retiredAt } : {}),
        ...(m.retirementNotBefore ? { retirementNotBefore: m.retirementNotBefore } : {}),
        ...(m.legacy ? { legacy: true } : {}),
    };
    if (m.retiredAt && m.retiredAt <= day) {
        return {
            status: "retired",
            ...dates,
            reason: `${m.id} was retired on ${m.retiredAt}; requests to it fail.`,
        };
    }
    if (m.deprecatedAt && m.deprecatedAt <= day) {
        const until = m.retiredAt ? `; it retires on ${m.retiredAt}` : "";
        return {
            status: "deprecated",
            ...dates,
            reason: `${m.id} is deprecated since ${m.deprecatedAt}${until}.`,
        };
    }
    if (m.retirementNotBefore && m.retirementNotBefore <= day) {
        return {
            status: "deprecated",
            ...dates,
            reason: `${m.id} is past its earliest retirement date (${m.retirementNotBefore}) and may be retired at 60 days' notice.`,
        };
    }
    const legacy = m.legacy ? " (labelled Legacy by Anthropic)" : "";
    return { status: "active", ...dates, reason: `${m.id} is active${legacy}.` };
}
/**
 * Price overrides (a JSON file): replace or add prices, add models and aliases.
 *
 * ```json
 * { "models": { "claude-sonnet-5-5": { "prices": { "input": "2", "output": "10", "cacheWrite5m": "2.5",
 *   "cacheWrite1h": "4", "cacheRead": "0.10" } } },
 *   "aliases": { "corp-gateway-sonnet": "claude-sonnet-4-6" } }
 * ```
 *
 * A model's `fast` table (the same fields) prices its fast mode requests.
 */
function applyPriceOverrides(text, file, base = defaultCatalog) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message}`, {
            file,
            cause: error,
        });
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
        throw new errors/* ConfigurationError */.j1(`${file}: expected an object with "models" and/or "aliases".`, { file });
    }
    const obj = json;
    for (const key of Object.keys(obj)) {
        if (key !== "models" && key !== "aliases" && key !== "$schema" && key !== "checkedAt") {
            throw new errors/* ConfigurationError */.j1(`${file}: unknown key "${key}" (expected "models" or "aliases").`, {
                file,
            });
        }
    }
    const byId = new Map(base.models.map((m) => [m.id, m]));
    const models = (obj.models ?? {});
    if (typeof models !== "object" || models === null || Array.isArray(models)) {
        throw new errors/* ConfigurationError */.j1(`${file}: "models" must be an object keyed by model id.`, { file });
    }
    for (const [id, raw] of Object.entries(models)) {
        if (typeof raw !== "object" || raw === null)
            throw new errors/* ConfigurationError */.j1(`${file}: models.${id} must be an object.`, { file });
        const o = raw;
        const existing = resolveModel(id, base);
        const where = `${file}: models.${id}`;
        const prices = o.prices === undefined
            ? undefined
            : o.prices === null
                ? null
                : readPrices(o.prices, `${where}.prices`, file);
        const fast = o.fast === undefined ? undefined : readPrices(o.fast, `${where}.fast`, file);
        if (!existing && prices === undefined) {
            throw new errors/* ConfigurationError */.j1(`${where} is not in the catalog, so it needs "prices".`, { file });
        }
        const entry = {
            ...(existing ?? {
                id,
                family: typeof o.family === "string" ? o.family : "custom",
                displayName: typeof o.displayName === "string" ? o.displayName : id,
                aliases: [],
                bedrock: [],
                vertex: [],
                prices: null,
                batchDiscountPercent: 0,
                legacy: false,
                sources: [file],
            }),
            ...(prices !== undefined ? { prices } : {}),
            ...(fast !== undefined ? { fast } : {}),
            ...(typeof o.batchDiscountPercent === "number" ? { batchDiscountPercent: o.batchDiscountPercent } : {}),
            ...(Array.isArray(o.aliases)
                ? { aliases: [...(existing?.aliases ?? []), ...o.aliases.map(String)] }
                : {}),
            ...(typeof o.retiredAt === "string" ? { retiredAt: o.retiredAt } : {}),
            ...(typeof o.deprecatedAt === "string" ? { deprecatedAt: o.deprecatedAt } : {}),
            sources: [...(existing?.sources ?? []), `override:${file}`],
        };
        byId.set(entry.id, entry);
    }
    const aliases = (obj.aliases ?? {});
    const extra = {};
    for (const [alias, target] of Object.entries(aliases)) {
        if (typeof target !== "string")
            throw new errors/* ConfigurationError */.j1(`${file}: aliases.${alias} must be a model id string.`, { file });
        extra[alias] = target;
    }
    return buildCatalog(base.checkedAt, [...byId.values()], extra);
}
function readPrices(raw, where, file) {
    if (typeof raw !== "object" || raw === null)
        throw new errors/* ConfigurationError */.j1(`${where} must be an object.`, { file });
    const o = raw;
    const field = (k) => {
        const v = o[k];
        if (typeof v === "number")
            return decimalToMicros(String(v), `${where}.${k}`);
        if (typeof v === "string")
            return decimalToMicros(v, `${where}.${k}`);
        throw new errors/* ConfigurationError */.j1(`${where}.${k} is missing (USD per million tokens, e.g. "3" or "0.30").`, {
            file,
        });
    };
    return {
        input: field("input"),
        output: field("output"),
        cacheWrite5m: field("cacheWrite5m"),
        cacheWrite1h: field("cacheWrite1h"),
        cacheRead: field("cacheRead"),
    };
}


/***/ }),

/***/ 4081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ Aggregator),
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

// UNUSED EXPORTS: COUNTERS, DIMENSIONS, MAX_SAMPLES, PARTIAL_FORMAT, PARTIAL_VERSION, aggregate, aggregateStream, cellKey, parseCellKey

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/pricing/catalog.ts + 1 modules
var pricing_catalog = __webpack_require__(8024);
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

// EXTERNAL MODULE: ./shared/usage/readers.ts + 3 modules
var readers = __webpack_require__(4172);
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
    const a = options.aggregator ?? new Aggregator(options.catalog ?? defaultCatalog);
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

/***/ 9414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ AssistantLane),
  J: () => (/* binding */ transcriptLine)
});

;// CONCATENATED MODULE: ./shared/usage/assistant-scan-wasm.ts
// Generated by scripts/build-wasm.mjs from assistant-scan.wat: do not edit.
// 1969 bytes of WebAssembly, base64.
const ASSISTANT_SCAN_WASM = "AGFzbQEAAAABGQRgAX8Bf2ACf38Bf2ACf38BfGADf39/AX8DDAsAAQEAAQECAQEDAQUDAQACBgsCfwFBfwt/AUEACwcVAgZtZW1v" +
    "cnkCAAh2YWxpZGF0ZQAKCtQOCxkAIABBIEYgAEEKRnIgAEENRiAAQQlGcnILMgAgAC0AAEEgSwRAIAAPCwJAA0AgACABTw0BIAAt" +
    "AAAQAEUNASAAQQFqIQAMAAsLIAALiQIDAn8BewF/QQAkAQJAA0ACQANAIAD9AAQAIQQgBP0MIiIiIiIiIiIiIiIiIiIiIv0jIAT9" +
    "DFxcXFxcXFxcXFxcXFxcXFz9I/1QIAT9DCAgICAgICAgICAgICAgICD9Jv1Q/WQhBSAFBEAgACAFaGohAAwCCyAAQRBqIQAMAAsL" +
    "IAAgAU8NASAALQAAIQIgAkEiRgRAIAAPCyACQdwARw0BQQEkASAALQABIQMgAy0AgAIEQCAAQQJqIQAFIANB9QBHDQIgAC0AAi0A" +
    "gARFDQIgAC0AAy0AgARFDQIgAC0ABC0AgARFDQIgAC0ABS0AgARFDQIgAEEGaiEACyAAIAFLDQEMAAsLQX8LCgAgAEEwa0EKSQvL" +
    "AQEBfyAALQAAQS1GBEAgAEEBaiEACyAAIAFPBEBBfw8LIAAtAABBMEYEQCAAQQFqIQAFIAAtAAAQA0UEQEF/DwsgACABEAUhAAsg" +
    "ACABSSAALQAAQS5GcQRAIABBAWohAiACIAEQBSEAIAAgAkYEQEF/DwsLIAAgAUkgAC0AAEEgckHlAEZxBEAgAEEBaiEAIAAgAUkg" +
    "AC0AAEErRiAALQAAQS1GcnEEQCAAQQFqIQALIAAhAiACIAEQBSEAIAAgAkYEQEF/DwsLIAALJAACQANAIAAgAU8NASAALQAAEANF" +
    "DQEgAEEBaiEADAALCyAAC2ECAXwBfyABIABrQQ9KBEBEAAAAAAAA8L8PCwJAA0AgACABTw0BIAAtAABBMGshAyADQQpPBEBEAAAA" +
    "AAAA8L8PCyACRAAAAAAAACRAoiADuKAhAiAAQQFqIQAMAAsLIAILWQEBfyAAKAIAIQIgAkH05NWrBkYEQCAAQQRqIAEQCA8LIAJB" +
    "7uqx4wZGBEAgAEEEaiABEAgPCyACQebCsZsHRiAALQAEQeUARnEEQCAAQQVqIAEQCA8LQX8LDAAgAEF/IAAgAU0bC74CAQd/IAAt" +
    "AABBIkcEQEF/DwsgAEEBaiABEAIhAyADQQBIBEBBfw8LQX8kAAJAIAIEQCMBBEBBfw8LIAMgAGtBAWshBCAERQRADAILIAJBCnQg" +
    "BEEfbCAALQABakEDIABBCiAEQQFrIARBCksbai0AAWxqQf8HcWotAIAgIQYgBkUEQAwCC0GAECACQQZ0aiAGQQFrQQJ0aiEFIAUt" +
    "AAAgBEcEQAwCCyAFLwECIQgCQANAIAcgBEkEQCAIIAdqLQAAIAAgB2otAAFHDQQgB0EBaiEHDAELCwsgBS0AASEJIAlBBkYEQCAJ" +
    "QQQ6AIAIBSAJLQCACARAQX8PCyAJQQY6AIAIIAkkAAsLCyADQQFqIAEQASEAIAAgAU8gAC0AAEE6R3IEQEF/DwsgAEEBaiABEAEh" +
    "ACAAQX8gACABSRsL8wUBBn9BgAhCADcDAEGICEIANwMAQZAIQgA3AwBBmAhCADcDACAAIAEQASECIAIgAU8EQEEADwsgAi0AAEH7" +
    "AEcEQEEADwtBfyEGA0AgAi0AACEEAkAgBEEiRgRAIAJBAWogARACIQMgA0EASARAQQAPCyAGQQBOBEAgBkEBIwFqOgCACCAGQQJ0" +
    "IAJBAWo2AsAIIAZBAnQgAzYCwAkLIANBAWohAgwBCyAEQfsARgRAIAVBwABGBEBBAA8LIAZBAE4EQCAGQQc6AIAICyAFRQR/QQEF" +
    "IAZBAEgEf0EABSAGLQCkDQsLIQcgBUEBaiEFIAUgBzoAwAwgAkEBaiABEAEhAiACIAFPBEBBAA8LIAItAABB/QBGBEAgBUEBayEF" +
    "IAUtAMAMIQcgAkEBaiECDAILIAIgASAHEAkhAiACQQBIBEBBAA8LIwAhBgwCCyAEQdsARgRAIAVBwABGBEBBAA8LIAZBAE4EQCAG" +
    "QQg6AIAIC0EIIQcgBUEBaiEFIAVBCDoAwAwgAkEBaiABEAEhAiACIAFPBEBBAA8LIAItAABB3QBHBEBBfyEGDAMLIAZBAE4EQCAG" +
    "QQk6AIAICyAFQQFrIQUgBS0AwAwhByACQQFqIQIMAQsgBEEtRiAEEANyBEAgAiABEAQhAyADQQBIBEBBAA8LIAZBAE4EQCAGQQM6" +
    "AIAIIAZBA3QgAiADEAY5A8AKCyADIQIMAQsgAiABEAchAyADQQBIBEBBAA8LIAZBAE4EQCAGQQRBBUEGIARB5gBGGyAEQfQARhs6" +
    "AIAICyADIQILA0AgAiABEAEhAiAFRQRAIAIgAUYPCyACIAFPBEBBAA8LIAItAAAhBCAEQSxGBEAgAkEBaiABEAEhAiACIAFPBEBB" +
    "AA8LIAdBCEYEQEF/IQYFIAIgASAHEAkhAiACQQBIBEBBAA8LIwAhBgsMAgsgBEHdAEH9ACAHQQhGG0cEQEEADwsgBUEBayEFIAUt" +
    "AMAMIQcgAkEBaiECDAALC0EACw==";

// EXTERNAL MODULE: ./shared/usage/bytes.ts
var bytes = __webpack_require__(8121);
// EXTERNAL MODULE: ./shared/usage/record.ts
var record = __webpack_require__(2865);
// EXTERNAL MODULE: ./shared/usage/wasm.ts
var wasm = __webpack_require__(7936);
;// CONCATENATED MODULE: ./shared/usage/assistant-lane.ts
/**
 * The fast lane for Claude Code assistant lines, on raw bytes. A transcript
 * line that carries usage is one JSON object of a few kilobytes, nearly all
 * of it `message.content` (text, tool input); what the reader needs is a
 * dozen small values (`type`, `timestamp`, `requestId`, `sessionId`,
 * `isSidechain`, `message.id`, `message.model`, `message.usage.*`).
 * JSON.parse would build every string of the content only to drop it.
 *
 * {@link AssistantLane.scan} walks the line once, byte by byte, as a strict
 * JSON validator: every token is checked against the JSON grammar
 * (ECMA-404: string escapes, no control characters in strings, number
 * syntax, literals, nesting, nothing after the object), so a line
 * JSON.parse would reject is never taken. On the way it notes where the
 * values it needs start and end, by their path (a `usage` key counts only
 * inside the top-level `message` object, and so on). Then it reads those
 * values, and only in the plainest form:
 *
 * - strings without escapes (decoded from UTF-8 like the general path);
 * - token counts and numeric timestamps written as plain digits (at most 15);
 * - `true`, `false`, `null`, objects.
 *
 * Anything else, or anything the general path would report as malformed, or
 * where the order of its checks would matter (a key written twice in one of
 * those objects, an escaped key, a non-empty `usage.iterations`, nesting
 * deeper than 64, with auto detection a top-level `source`, `v`, `ts` or
 * `tokens`), answers `general`: the caller hands the line to JSON.parse and
 * parseTranscriptLine (shared/usage/readers.ts). Both paths build their
 * result with the same function ({@link transcriptLine}), so the lane
 * changes speed, never results; test/usage/assistant-lane.test.ts compares
 * the two on generated, real and mutated lines.
 *
 * The validator exists twice: in WebAssembly (assistant-scan.wat, strings
 * scanned 16 bytes at a time with SIMD; the line is copied into the module's
 * memory, which grows for long lines up to 64 MiB) and in JavaScript
 * ({@link validate}, used without WebAssembly, and as the reference: the
 * tests run both on every line and require the same answer and values).
 * Measured on the bench's assistant lines (2 cores, loaded): JSON.parse and
 * parseTranscriptLine 5.0-5.4 us a line, the JavaScript validator 2.4 us,
 * the WebAssembly one 1.6 us, the whole lane 2.7-3.1 us.
 */




/**
 * The line both paths produce from the same values. The record's keys come
 * in one order whatever is present (`model`, `session`, `requestKey`,
 * `batch` and `fast` only when set); a usual line (all but `batch` and
 * `fast`) is built in one literal, without the spreads' temporary objects.
 */
function transcriptLine(f, user) {
    const { model, messageId, requestId, session, batch, fast } = f;
    // Without a requestId (older Claude Code) copies still share the message id.
    const key = messageId ? `${messageId}:${requestId ?? ""}` : undefined;
    const record = model && session && key && !batch && !fast
        ? {
            time: f.time,
            user,
            model,
            input: f.input,
            output: f.output,
            cacheWrite5m: f.cacheWrite5m,
            cacheWrite1h: f.cacheWrite1h,
            cacheRead: f.cacheRead,
            unsplit: 0,
            requests: 1,
            session,
            source: "transcript",
            requestKey: key,
        }
        : {
            time: f.time,
            user,
            ...(model ? { model } : {}),
            input: f.input,
            output: f.output,
            cacheWrite5m: f.cacheWrite5m,
            cacheWrite1h: f.cacheWrite1h,
            cacheRead: f.cacheRead,
            unsplit: 0,
            requests: 1,
            ...(session ? { session } : {}),
            source: "transcript",
            ...(key ? { requestKey: key } : {}),
            ...(batch ? { batch } : {}),
            ...(fast ? { fast } : {}),
        };
    const total = record.input + record.output + record.cacheWrite5m + record.cacheWrite1h + record.cacheRead;
    return { record, key, total, sidechain: f.sidechain };
}
// Value kinds.
const NONE = 0;
const STR = 1;
/** A string with an escape: not read here. */
const ESTR = 2;
const NUM = 3;
const TRUE = 4;
const FALSE = 5;
const NULL = 6;
const OBJ = 7;
/** A non-empty array. */
const ARR = 8;
const EMPTY_ARR = 9;
// The objects whose keys are watched (0: any other).
const ROOT = 1;
const MESSAGE = 2;
const USAGE = 3;
const CACHE_CREATION = 4;
// The watched values.
const F_TYPE = 0;
const F_MESSAGE = 1;
const F_TIMESTAMP = 2;
const F_REQUEST_ID = 3;
const F_SESSION_ID = 4;
const F_SIDECHAIN = 5;
/** `source`, `v`, `ts` or `tokens` at the top level: with auto detection, maybe not a transcript. */
const F_OTHER_KIND = 6;
const F_ID = 7;
const F_MODEL = 8;
const F_USAGE = 9;
const F_INPUT = 10;
const F_OUTPUT = 11;
const F_CACHE_READ = 12;
const F_CACHE_CREATION_INPUT = 13;
const F_CACHE_CREATION = 14;
const F_SERVICE_TIER = 15;
const F_ITERATIONS = 16;
const F_5M = 17;
const F_1H = 18;
const F_SPEED = 19;
const FIELDS = 20;
/** Watched keys by object (index: ROOT, MESSAGE, USAGE, CACHE_CREATION). */
const KEYS = [
    [],
    [
        ["type", F_TYPE],
        ["message", F_MESSAGE],
        ["timestamp", F_TIMESTAMP],
        ["requestId", F_REQUEST_ID],
        ["sessionId", F_SESSION_ID],
        ["isSidechain", F_SIDECHAIN],
        ["source", F_OTHER_KIND],
        ["v", F_OTHER_KIND],
        ["ts", F_OTHER_KIND],
        ["tokens", F_OTHER_KIND],
    ],
    [
        ["id", F_ID],
        ["model", F_MODEL],
        ["usage", F_USAGE],
    ],
    [
        ["input_tokens", F_INPUT],
        ["output_tokens", F_OUTPUT],
        ["cache_read_input_tokens", F_CACHE_READ],
        ["cache_creation_input_tokens", F_CACHE_CREATION_INPUT],
        ["cache_creation", F_CACHE_CREATION],
        ["service_tier", F_SERVICE_TIER],
        ["speed", F_SPEED],
        ["iterations", F_ITERATIONS],
    ],
    [
        ["ephemeral_5m_input_tokens", F_5M],
        ["ephemeral_1h_input_tokens", F_1H],
    ],
];
/** A byte of a key's first and one of its 11 first: tells the watched keys of one object and length apart. */
function keyHash(buf, p, n) {
    return (buf[p] + 3 * buf[p + (n > 10 ? 10 : n - 1)]) & 255;
}
/**
 * Key look-up: `KEY_SLOT[(role * 64 + length) * 256 + keyHash]` is 1 + the
 * index in KEY_NAMES of the one watched key of that object, length and hash
 * (no two share them), or 0.
 */
const KEY_SLOT = new Uint8Array(5 * 64 * 256);
const KEY_NAMES = [];
const KEY_FIELDS = [];
KEYS.forEach((list, role) => {
    for (const [name, field] of list) {
        const bytes = Buffer.from(name);
        const slot = (role * 64 + name.length) * 256 + keyHash(bytes, 0, name.length);
        if (KEY_SLOT[slot] !== 0)
            throw new Error(`assistant lane: two watched keys like ${name}`);
        KEY_NAMES.push(bytes);
        KEY_FIELDS.push(field);
        KEY_SLOT[slot] = KEY_NAMES.length;
    }
});
/** The object a watched key's object value is. */
function childRole(field) {
    if (field === F_MESSAGE)
        return MESSAGE;
    if (field === F_USAGE)
        return USAGE;
    if (field === F_CACHE_CREATION)
        return CACHE_CREATION;
    return 0;
}
/** 1 for the bytes that end the plain run of a string: `"`, `\` and control characters. */
const STOP = new Uint8Array(256);
for (let i = 0; i < 0x20; i++)
    STOP[i] = 1;
STOP[0x22] = 1;
STOP[0x5c] = 1;
/** 1 for the characters allowed after `\` other than `u`. */
const ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt')
    ESCAPE[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of "0123456789abcdefABCDEF")
    HEX[c.charCodeAt(0)] = 1;
const isWs = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const MAX_DEPTH = 64;
const ASSISTANT = Buffer.from("assistant");
const SYNTHETIC = Buffer.from("<synthetic>");
const BATCH = Buffer.from("batch");
const FAST = Buffer.from("fast");
/** A decoded string, kept with its bytes so the next line's copy costs a comparison, not a decode. */
class LastString {
    bytes = Buffer.alloc(64);
    length = -1;
    value = "";
    get(buf, start, end) {
        const n = end - start;
        if (n === this.length) {
            const bytes = this.bytes;
            let i = 0;
            while (i < n && bytes[i] === buf[start + i])
                i++;
            if (i === n)
                return this.value;
        }
        this.value = buf.toString("utf8", start, end);
        if (n <= this.bytes.length) {
            buf.copy(this.bytes, 0, start, end);
            this.length = n;
        }
        else
            this.length = -1;
        return this.value;
    }
}
class AssistantLane {
    auto;
    wasm;
    /** The values of the last line {@link scan} answered `usage` for (reused object: copy what you keep). */
    fields = {
        time: 0,
        model: undefined,
        input: 0,
        output: 0,
        cacheWrite5m: 0,
        cacheWrite1h: 0,
        cacheRead: 0,
        messageId: undefined,
        requestId: undefined,
        session: undefined,
        batch: false,
        fast: false,
        sidechain: false,
    };
    models = new LastString();
    sessions = new LastString();
    messageIds = new LastString();
    requestIds = new LastString();
    days = new bytes/* DayReader */.O();
    /**
     * `auto`: the reader detects the kind of each line (seed, hook or
     * transcript); else every line is a transcript line. `wasm: false` keeps
     * the validator in JavaScript (tests compare the two).
     */
    constructor(auto, wasm = true) {
        this.auto = auto;
        this.wasm = wasm;
    }
    /**
     * Validates the line (see {@link validate}) in WebAssembly, on a copy in
     * the module's memory, else in JavaScript; returns the buffer the noted
     * offsets point into, or undefined when the general path must decide.
     */
    validate(line, start, end) {
        const n = end - start;
        const w = this.wasm ? wasmScanner(n) : undefined;
        if (w === undefined)
            return validate(line, start, end) ? line : undefined;
        const bytes = w.bytes;
        line.copy(bytes, IN_AT, start, end);
        bytes[IN_AT + n] = 0x0a;
        return w.x.validate(IN_AT, IN_AT + n) === 1 ? bytes : undefined;
    }
    /** Reads the line `buf[start, end)` (see the module comment). */
    scan(line, start, end) {
        const buf = this.validate(line, start, end);
        if (buf === undefined)
            return "general";
        if (kind[F_OTHER_KIND] !== NONE && this.auto)
            return "general";
        // parseTranscriptLine's checks, in its order; "general" wherever it would report a malformed line.
        if (kind[F_TYPE] !== STR)
            return "general";
        if (!this.equals(buf, F_TYPE, ASSISTANT))
            return "ignore";
        if (kind[F_MESSAGE] !== OBJ)
            return "general";
        const usage = kind[F_USAGE];
        if (usage === NONE || usage === NULL)
            return "ignore";
        if (usage !== OBJ)
            return "general";
        const f = this.fields;
        const model = this.string(buf, F_MODEL, this.models);
        if (model === null)
            return "general";
        if (model !== undefined && this.equals(buf, F_MODEL, SYNTHETIC))
            return "synthetic";
        f.model = model;
        const time = this.time(buf);
        if (time === undefined)
            return "general";
        f.time = time;
        const input = this.count(F_INPUT);
        const output = this.count(F_OUTPUT);
        const cacheRead = this.count(F_CACHE_READ);
        let cw5m;
        let cw1h;
        if (kind[F_CACHE_CREATION] === OBJ) {
            cw5m = this.count(F_5M);
            cw1h = this.count(F_1H);
        }
        else {
            cw5m = this.count(F_CACHE_CREATION_INPUT);
            cw1h = 0;
        }
        if (input < 0 || output < 0 || cacheRead < 0 || cw5m < 0 || cw1h < 0)
            return "general";
        f.input = input;
        f.output = output;
        f.cacheRead = cacheRead;
        f.cacheWrite5m = cw5m;
        f.cacheWrite1h = cw1h;
        // Advisor usage (usage.iterations) is read by the general path; null or [] have none.
        const iterations = kind[F_ITERATIONS];
        if (iterations !== NONE && iterations !== NULL && iterations !== EMPTY_ARR)
            return "general";
        const messageId = this.string(buf, F_ID, this.messageIds);
        const requestId = this.string(buf, F_REQUEST_ID, this.requestIds);
        const session = this.string(buf, F_SESSION_ID, this.sessions);
        if (messageId === null || requestId === null || session === null)
            return "general";
        f.messageId = messageId;
        f.requestId = requestId;
        f.session = session;
        const tier = kind[F_SERVICE_TIER];
        if (tier === ESTR)
            return "general";
        f.batch = tier === STR && this.equals(buf, F_SERVICE_TIER, BATCH);
        const speed = kind[F_SPEED];
        if (speed === ESTR)
            return "general";
        f.fast = speed === STR && this.equals(buf, F_SPEED, FAST);
        f.sidechain = kind[F_SIDECHAIN] === TRUE;
        return "usage";
    }
    /** The watched string value as `str()` reads it: undefined for a non-string or "", null for an escaped one. */
    string(buf, field, cache) {
        const k = kind[field];
        if (k === ESTR)
            return null;
        if (k !== STR)
            return undefined;
        const s = from[field];
        const e = to[field];
        return e === s ? undefined : cache.get(buf, s, e);
    }
    /** A token count as parseTranscriptLine reads it (missing or null: 0), or -1 for the general path. */
    count(field) {
        const k = kind[field];
        if (k === NONE || k === NULL)
            return 0;
        return k === NUM ? num[field] : -1;
    }
    equals(buf, field, lit) {
        const s = from[field];
        if (to[field] - s !== lit.length)
            return false;
        for (let i = 0; i < lit.length; i++)
            if (buf[s + i] !== lit[i])
                return false;
        return true;
    }
    /** `parseTime(o.timestamp)`; undefined for the general path (unreadable, or not plain). */
    time(buf) {
        const k = kind[F_TIMESTAMP];
        if (k === NUM) {
            const n = num[F_TIMESTAMP];
            return n < 0 ? undefined : (0,record/* parseTime */.pe)(n);
        }
        if (k !== STR)
            return undefined;
        const s = from[F_TIMESTAMP];
        const e = to[F_TIMESTAMP];
        const fast = e - s === 24 ? this.isoTime(buf, s) : Number.NaN;
        if (!Number.isNaN(fast))
            return fast;
        return (0,record/* parseTime */.pe)(buf.toString("utf8", s, e));
    }
    /**
     * `YYYY-MM-DDTHH:MM:SS.mmmZ` (what Claude Code writes) at buf[p, p+24) as
     * Date.parse reads it, or NaN: the caller asks Date.parse.
     */
    isoTime(buf, p) {
        const dayMs = this.days.day(buf, p);
        if (Number.isNaN(dayMs))
            return Number.NaN;
        const h = (0,bytes/* digits */.v)(buf, p + 11, 2);
        const mi = (0,bytes/* digits */.v)(buf, p + 14, 2);
        const sec = (0,bytes/* digits */.v)(buf, p + 17, 2);
        const ms = (0,bytes/* digits */.v)(buf, p + 20, 3);
        if (buf[p + 10] !== 0x54 /* T */ || buf[p + 13] !== 0x3a || buf[p + 16] !== 0x3a)
            return Number.NaN;
        if (buf[p + 19] !== 0x2e /* . */ || buf[p + 23] !== 0x5a /* Z */)
            return Number.NaN;
        if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0)
            return Number.NaN;
        return dayMs + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
    }
}
// What validate() noted, per watched value: its kind, where it starts and ends, and
// for a number its value (-1: not plain digits). Module state (a scan is synchronous),
// on the WebAssembly scanner's memory when there is one, so both validators fill the same.
let kind = new Uint8Array(FIELDS);
let from = new Int32Array(FIELDS);
let to = new Int32Array(FIELDS);
let num = new Float64Array(FIELDS);
/** Per open container: its watched-object role (0: not watched), or ARRAY. */
const ARRAY = 8;
const stack = new Uint8Array(MAX_DEPTH + 1);
/** Where the WebAssembly scanner's input starts (see assistant-scan.wat for the layout). */
const IN_AT = 65536;
/** After the line: its "\n" and bytes the scanner may read past the end (16 at a time). */
const SLACK = 48;
/** Longer lines are validated in JavaScript rather than grow the scanner's memory further. */
const MAX_WASM_LINE = 64 * 1024 * 1024;
const PAGE = 65536;
/** This thread's scanner; null when WebAssembly (or its SIMD) is unavailable. */
let scanner;
/** Points the module state at the scanner's memory (again after it grew). */
function viewMemory(s) {
    const memory = s.x.memory.buffer;
    s.bytes = Buffer.from(memory);
    kind = new Uint8Array(memory, 1024, FIELDS);
    from = new Int32Array(memory, 1088, FIELDS);
    to = new Int32Array(memory, 1216, FIELDS);
    num = new Float64Array(memory, 1344, FIELDS);
}
function newScanner() {
    // e.g. a CPU without the SIMD the module uses: the JavaScript validator reads alike
    const x = (0,wasm/* instantiateWasm */.n)(ASSISTANT_SCAN_WASM);
    if (x === undefined)
        return null;
    const s = { x, bytes: Buffer.alloc(0) };
    viewMemory(s);
    const m = s.bytes;
    m.set(STOP, 0);
    m.set(ESCAPE, 256);
    m.set(HEX, 512);
    for (let f = 0; f < FIELDS; f++)
        m[1700 + f] = childRole(f);
    let names = 3072;
    KEYS.forEach((list, role) => {
        list.forEach(([name, field], i) => {
            const e = 2048 + role * 64 + i * 4;
            m[e] = name.length;
            m[e + 1] = field;
            m.writeUInt16LE(names, e + 2);
            names += m.write(name, names, "latin1");
            // the scanner's key hash: (31 * length + first byte + 3 * byte 10 or the last) & 1023
            const n = name.length;
            const slot = 4096 +
                role * 1024 +
                ((31 * n + name.charCodeAt(0) + 3 * name.charCodeAt(n > 10 ? 10 : n - 1)) & 1023);
            if (m[slot] !== 0)
                throw new Error(`assistant lane: two watched keys hash like ${name}`);
            m[slot] = i + 1;
        });
    });
    return s;
}
/** The scanner, with room for a line of n bytes; undefined for the JavaScript validator. */
function wasmScanner(n) {
    if (scanner === undefined)
        scanner = newScanner();
    if (scanner === null || n > MAX_WASM_LINE)
        return undefined;
    const need = IN_AT + n + SLACK;
    if (need > scanner.bytes.length) {
        try {
            scanner.x.memory.grow(Math.ceil((need - scanner.bytes.length) / PAGE));
        }
        catch {
            return undefined; // out of memory for it: this line in JavaScript
        }
        viewMemory(scanner);
    }
    return scanner;
}
/**
 * Checks that buf[start, end) is one JSON object and nothing else (JSON
 * whitespace around it), noting the watched values. False for invalid JSON
 * and for what the lane leaves to the general path (see the module comment).
 * Written for speed: strings are scanned inline with one table look-up per
 * byte, and the common layout (no whitespace, keys without escapes) takes
 * the shortest branches.
 */
function validate(buf, start, end) {
    kind.fill(NONE);
    let p = start;
    let c = buf[p];
    while (p < end && isWs(c))
        c = buf[++p];
    if (p >= end || c !== 0x7b /* { */)
        return false;
    let depth = 0;
    /** The watched value about to be read, or -1. */
    let field = -1;
    /** Role of the innermost open container (ARRAY for an array). */
    let role = 0;
    // At the top of the loop p is at a value and c = buf[p].
    for (;;) {
        if (c === 0x22 /* " */) {
            let q = p + 1;
            while (STOP[buf[q]] === 0)
                q++;
            let esc = false;
            if (buf[q] !== 0x22) {
                q = escapedStringEnd(buf, q, end);
                if (q < 0)
                    return false;
                esc = true;
            }
            if (q >= end)
                return false;
            if (field >= 0) {
                kind[field] = esc ? ESTR : STR;
                from[field] = p + 1;
                to[field] = q;
            }
            p = q + 1;
        }
        else if (c === 0x7b /* { */) {
            if (depth === MAX_DEPTH)
                return false;
            if (field >= 0)
                kind[field] = OBJ;
            role = depth === 0 ? ROOT : field < 0 ? 0 : childRole(field);
            stack[++depth] = role;
            c = buf[++p];
            if (c !== 0x22) {
                while (p < end && isWs(c))
                    c = buf[++p];
                if (p >= end)
                    return false;
            }
            if (c === 0x7d /* } */) {
                depth--;
                role = stack[depth];
                p++;
            }
            else {
                p = readKey(buf, p, end, role);
                if (p < 0)
                    return false;
                field = keyField;
                c = buf[p];
                continue;
            }
        }
        else if (c === 0x5b /* [ */) {
            if (depth === MAX_DEPTH)
                return false;
            if (field >= 0)
                kind[field] = ARR;
            role = ARRAY;
            stack[++depth] = ARRAY;
            c = buf[++p];
            while (p < end && isWs(c))
                c = buf[++p];
            if (p >= end)
                return false;
            if (c !== 0x5d /* ] */) {
                field = -1;
                continue;
            }
            if (field >= 0)
                kind[field] = EMPTY_ARR;
            depth--;
            role = stack[depth];
            p++;
        }
        else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
            const q = numberEnd(buf, p, end);
            if (q < 0)
                return false;
            if (field >= 0) {
                kind[field] = NUM;
                num[field] = plainInteger(buf, p, q);
            }
            p = q;
        }
        else {
            const q = literalEnd(buf, p, end);
            if (q < 0)
                return false;
            if (field >= 0)
                kind[field] = c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL;
            p = q;
        }
        // After a value: a comma, or the end of one or more containers.
        for (;;) {
            c = buf[p];
            if (c <= 0x20)
                while (p < end && isWs(c))
                    c = buf[++p];
            if (depth === 0)
                return p === end;
            if (p >= end)
                return false;
            if (c === 0x2c /* , */) {
                c = buf[++p];
                if (c <= 0x20)
                    while (p < end && isWs(c))
                        c = buf[++p];
                if (p >= end)
                    return false;
                if (role === ARRAY)
                    field = -1;
                else {
                    p = readKey(buf, p, end, role);
                    if (p < 0)
                        return false;
                    field = keyField;
                    c = buf[p];
                }
                break;
            }
            if (c !== (role === ARRAY ? 0x5d /* ] */ : 0x7d) /* } */)
                return false;
            depth--;
            role = stack[depth];
            p++;
        }
    }
}
/** The watched value of the last key {@link readKey} read, or -1. */
let keyField = -1;
/**
 * Reads a key and its colon at p (an object's `"key":`); returns the offset
 * of its value (p < end guaranteed), or -1. In a watched object, sets
 * {@link keyField} (and fails on an escaped key or a watched key seen twice).
 */
function readKey(buf, p, end, role) {
    if (buf[p] !== 0x22)
        return -1;
    let q = p + 1;
    while (STOP[buf[q]] === 0)
        q++;
    if (buf[q] !== 0x22) {
        if (role !== 0)
            return -1;
        q = escapedStringEnd(buf, q, end);
        if (q < 0)
            return -1;
    }
    if (q >= end)
        return -1;
    keyField = -1;
    if (role !== 0) {
        const n = q - p - 1;
        const slot = n > 0 && n < 64 ? KEY_SLOT[(role * 64 + n) * 256 + keyHash(buf, p + 1, n)] : 0;
        if (slot !== 0) {
            const name = KEY_NAMES[slot - 1];
            let j = 0;
            while (j < n && buf[p + 1 + j] === name[j])
                j++;
            if (j === n) {
                const field = KEY_FIELDS[slot - 1];
                if (field === F_OTHER_KIND)
                    kind[field] = TRUE;
                else {
                    if (kind[field] !== NONE)
                        return -1;
                    kind[field] = NULL; // seen; its value says what it is
                    keyField = field;
                }
            }
        }
    }
    p = q + 1;
    let c = buf[p];
    if (c === 0x3a /* : */ && p < end) {
        c = buf[++p];
        if (c > 0x20 && p < end)
            return p;
    }
    else {
        while (p < end && isWs(c))
            c = buf[++p];
        if (c !== 0x3a || p >= end)
            return -1;
        c = buf[++p];
    }
    while (p < end && isWs(c))
        c = buf[++p];
    return p < end ? p : -1;
}
/**
 * The rest of a string at p, which is at a byte that is not a plain
 * character: its closing quote, or -1 when it is not valid (a control
 * character, a bad escape) or does not end before `end`.
 */
function escapedStringEnd(buf, p, end) {
    for (;;) {
        if (p >= end)
            return -1;
        const c = buf[p];
        if (c === 0x22)
            return p;
        if (c !== 0x5c)
            return -1; // a control character
        const n = buf[p + 1];
        if (ESCAPE[n] === 1)
            p += 2;
        else if (n === 0x75 /* u */ &&
            HEX[buf[p + 2]] === 1 &&
            HEX[buf[p + 3]] === 1 &&
            HEX[buf[p + 4]] === 1 &&
            HEX[buf[p + 5]] === 1)
            p += 6;
        else
            return -1;
        while (STOP[buf[p]] === 0)
            p++;
    }
}
/** The end of the JSON number at p (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`), or -1. */
function numberEnd(buf, p, end) {
    if (buf[p] === 0x2d)
        p++;
    if (p >= end)
        return -1;
    if (buf[p] === 0x30)
        p++;
    else if (isDigit(buf[p]))
        while (p < end && isDigit(buf[p]))
            p++;
    else
        return -1;
    if (p < end && buf[p] === 0x2e) {
        p++;
        const d = p;
        while (p < end && isDigit(buf[p]))
            p++;
        if (p === d)
            return -1;
    }
    if (p < end && (buf[p] === 0x65 || buf[p] === 0x45)) {
        p++;
        if (p < end && (buf[p] === 0x2b || buf[p] === 0x2d))
            p++;
        const d = p;
        while (p < end && isDigit(buf[p]))
            p++;
        if (p === d)
            return -1;
    }
    return p;
}
/** The number buf[p, q) when it is plain digits (at most 15, so exact), else -1. */
function plainInteger(buf, p, q) {
    if (q - p > 15)
        return -1;
    let v = 0;
    for (let i = p; i < q; i++) {
        const d = buf[i] - 0x30;
        if (d < 0 || d > 9)
            return -1;
        v = v * 10 + d;
    }
    return v;
}
const TRUE_BYTES = Buffer.from("true");
const FALSE_BYTES = Buffer.from("false");
const NULL_BYTES = Buffer.from("null");
/** The end of `true`, `false` or `null` at p, or -1. */
function literalEnd(buf, p, end) {
    const c = buf[p];
    const lit = c === 0x74 ? TRUE_BYTES : c === 0x66 ? FALSE_BYTES : c === 0x6e ? NULL_BYTES : undefined;
    if (lit === undefined || p + lit.length > end)
        return -1;
    for (let i = 1; i < lit.length; i++)
        if (buf[p + i] !== lit[i])
            return -1;
    return p + lit.length;
}


/***/ }),

/***/ 8121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ DayReader),
/* harmony export */   v: () => (/* binding */ digits)
/* harmony export */ });
/**
 * Byte-level pieces the usage lanes share (seed-lane.ts, assistant-lane.ts):
 * ASCII digits and dates read in place, without decoding a string.
 */
/** n ASCII digits at buf[at, at+n) as a number, or -1. */
function digits(buf, at, n) {
    let v = 0;
    for (let i = at; i < at + n; i++) {
        const c = buf[i] - 48;
        if (c < 0 || c > 9)
            return -1;
        v = v * 10 + c;
    }
    return v;
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * Reads `YYYY-MM-DD` dates (1970 on, real calendar days) and remembers the
 * last one as bytes: consecutive lines of a log mostly share their date, so
 * most calls are a 10-byte comparison.
 */
class DayReader {
    last = new Uint8Array(10);
    lastMs = Number.NaN;
    /** Midnight UTC (ms) of the date at buf[p, p+10), or NaN when it is not a real date. */
    day(buf, p) {
        const last = this.last;
        if (!Number.isNaN(this.lastMs)) {
            let same = true;
            for (let i = 0; i < 10; i++)
                if (buf[p + i] !== last[i]) {
                    same = false;
                    break;
                }
            if (same)
                return this.lastMs;
        }
        const y = digits(buf, p, 4);
        const mo = digits(buf, p + 5, 2);
        const d = digits(buf, p + 8, 2);
        if (buf[p + 4] !== 0x2d || buf[p + 7] !== 0x2d)
            return Number.NaN;
        if (y < 1970 || mo < 1 || mo > 12 || d < 1)
            return Number.NaN;
        const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
        if (d > (mo === 2 && leap ? 29 : DAYS[mo - 1]))
            return Number.NaN;
        for (let i = 0; i < 10; i++)
            last[i] = buf[p + i];
        this.lastMs = Date.UTC(y, mo - 1, d);
        return this.lastMs;
    }
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
/* harmony import */ var _pricing_catalog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8024);
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4081);
/* harmony import */ var _readers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4172);
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


/***/ }),

/***/ 4172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zD: () => (/* binding */ emptyReadStats),
  um: () => (/* binding */ readUsageBatches),
  Mw: () => (/* binding */ settleTranscriptRequests)
});

// UNUSED EXPORTS: parseHookRecord, parseSeedRecord, parseTranscriptLine, readUsageFiles, userFromPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/usage/assistant-lane.ts + 1 modules
var assistant_lane = __webpack_require__(9414);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/usage/lines.ts
/**
 * Streaming line reader for .gz and other byte streams: chunks (1 MiB) are
 * decoded with a StringDecoder and split on "\n" into batches, so no more than
 * one chunk plus one line is held in memory and a 1 GB transcript cannot hit
 * V8's string limit; a line longer than `maxLineBytes` is reported (not
 * returned) and skipped. Plain files are split on bytes by the readers
 * (readers.ts), which use `openFile` from here.
 */




/**
 * Splits a byte stream into batches of lines (one batch per chunk; "\n" or
 * "\r\n"; a final line without newline is returned too). Chunks are decoded
 * with a StringDecoder, so a multi-byte character split across chunks is kept
 * whole. Batching keeps the per-line cost to an indexOf and a slice.
 */
async function* splitLineBatches(stream, options = {}) {
    const max = options.maxLineBytes ?? 64 * 1024 * 1024;
    const decoder = new external_node_string_decoder_.StringDecoder("utf8");
    let carry = "";
    let skipping = false;
    let next = 1;
    const strip = (s) => (s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s);
    for await (const raw of stream) {
        const text = typeof raw === "string" ? raw : decoder.write(raw);
        const lines = [];
        const first = next;
        let start = 0;
        for (;;) {
            const nl = text.indexOf("\n", start);
            if (nl === -1)
                break;
            if (skipping) {
                skipping = false;
                lines.push(null);
            }
            else if (carry.length > 0) {
                lines.push(carry.length + (nl - start) > max ? null : strip(carry + text.slice(start, nl)));
                carry = "";
            }
            else {
                lines.push(nl - start > max ? null : strip(text.slice(start, nl)));
            }
            start = nl + 1;
        }
        next += lines.length;
        if (start < text.length && !skipping) {
            carry += text.slice(start);
            if (carry.length > max) {
                skipping = true;
                carry = "";
            }
        }
        if (lines.length > 0)
            yield { first, lines };
    }
    const rest = decoder.end();
    if (rest)
        carry += rest;
    if (skipping)
        yield { first: next, lines: [null] };
    else if (carry.length > 0)
        yield { first: next, lines: [strip(carry)] };
}
/** Line by line (see {@link splitLineBatches}). */
async function* splitLines(stream, options = {}) {
    for await (const batch of splitLineBatches(stream, options)) {
        for (let i = 0; i < batch.lines.length; i++) {
            const text = batch.lines[i];
            yield text === null || text === undefined
                ? { number: batch.first + i, text: "", tooLong: true }
                : { number: batch.first + i, text };
        }
    }
}
function unreadable(path, error) {
    const code = error.code;
    const why = code === "ENOENT"
        ? "does not exist"
        : code === "EACCES" || code === "EPERM"
            ? "is not readable (permission denied)"
            : code === "EISDIR"
                ? "is a directory"
                : code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR"
                    ? "is not valid gzip data"
                    : `could not be read (${code ?? error.message})`;
    return new errors/* ConfigurationError */.j1(`Usage source ${path} ${why}.`, { file: path, cause: error });
}
const CHUNK = 1 << 20;
/** A read buffer no open file is using (see {@link openFile}). */
let spare;
/**
 * The chunks of a plain (not gzipped) file, read synchronously into one buffer
 * (see {@link openFile}): a sync generator, so a reader of thousands of small
 * files pays no promise per chunk. Each chunk is valid until the next is asked for.
 */
function* readChunks(path, buffer) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, "r");
    }
    catch (error) {
        throw unreadable(path, error);
    }
    // One buffer serves file after file (thousands of small daily files would
    // otherwise each allocate a fresh MiB for the garbage collector).
    const own = buffer === undefined;
    const buf = buffer ?? spare ?? Buffer.allocUnsafe(CHUNK);
    if (own)
        spare = undefined;
    const size = Math.min(buf.length, CHUNK);
    try {
        for (;;) {
            let n;
            try {
                n = (0,external_node_fs_.readSync)(fd, buf, 0, size, null);
            }
            catch (error) {
                throw unreadable(path, error);
            }
            if (n === 0)
                return;
            yield buf.subarray(0, n);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
        if (own)
            spare = buf;
    }
}
/**
 * Opens a file as a stream of byte chunks (1 MiB), gunzipping `.gz`. Plain
 * files are read with positional synchronous reads into one reused buffer:
 * for thousands of small daily files this avoids a thread-pool round trip per
 * open/read/close, and the consumer decodes each chunk before asking for the
 * next, so reusing the buffer is safe; it is handed back for the next file when
 * this one is closed. `buffer` (at least 64 KiB) is read into instead, for a
 * consumer that wants the bytes in a place of its own (the seed lane's
 * scanner memory). Errors surface as a ConfigurationError naming the file.
 */
function openFile(path, buffer) {
    if (!path.endsWith(".gz")) {
        return {
            async *[Symbol.asyncIterator]() {
                yield* readChunks(path, buffer);
            },
        };
    }
    const file = (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK });
    const stream = file.pipe((0,external_node_zlib_.createGunzip)());
    file.on("error", (e) => stream.destroy(e));
    return {
        async *[Symbol.asyncIterator]() {
            try {
                for await (const chunk of stream)
                    yield chunk;
            }
            catch (error) {
                throw unreadable(path, error);
            }
        },
    };
}
/** Lines of a file, streamed. */
function readLines(path, options = {}) {
    return splitLines(openFile(path), options);
}
/** Lines of a file, streamed in batches (one per chunk read). */
function readLineBatches(path, options = {}) {
    return splitLineBatches(openFile(path), options);
}

// EXTERNAL MODULE: ./shared/usage/record.ts
var record = __webpack_require__(2865);
// EXTERNAL MODULE: ./shared/usage/bytes.ts
var bytes = __webpack_require__(8121);
;// CONCATENATED MODULE: ./shared/usage/seed-scan-wasm.ts
// Generated by scripts/build-wasm.mjs from seed-scan.wat: do not edit.
// 1330 bytes of WebAssembly, base64.
const SEED_SCAN_WASM = "AGFzbQEAAAABCQFgBH9/fHwBfwMCAQAFAwEAIQYhBXwBRAAAAAAAAPh/C38BQQALfwFBAAt/AUEAC38BQQALBzsHBm1lbW9yeQIA" +
    "B2hlYWREYXkDAAZtaWRMZW4DAQZuVG9vbHMDAgVjb3VudAMDBGZ1bGwDBANydW4AAAqzCQGwCQkSfwF+AXwBfwF8A34BfwF+AX9B" +
    "ACQDQQAkBEEAIRACQANAIBAjAk8NAUGAICAQQQV0aiEYIBhEAAAAAAAAAAA5AwAgGEQAAAAAAAAAADkDCCAQQQFqIRAMAAsLQQAh" +
    "EAJAA0AgECMCTw0BIBBBA3RBgAggEEEDdGooAgApAwA3A4AKIBBBAWohEAwACwtBACkDACEaQQgpAwAhG0EQKQMAIRxBGC0AACEd" +
    "AkADQCAAQTxqIAFLDQEjACMAYg0BIAApAwAgGlINASAAKQMIIBtSDQEgACkDECAcUg0BIAAtABggHUcNASAAQRlqIQQgBC0AAEEw" +
    "ayEHIAQtAAFBMGshCCAELQADQTBrIQkgBC0ABEEwayEKIAQtAAZBMGshCyAELQAHQTBrIQwgB0ECSyAIQQlLciAJQQVLIApBCUty" +
    "ciALQQVLIAxBCUtycg0BIAdBCmwgCGohDSANQRdLDQEgBC0AAkE6Rw0BIAQtAAVBOkcNASAEQQhqIQRBACEOIAQtAABBLkYEQCAE" +
    "QQFqIQQgBCEPAkADQCAEIAFPDQEgBCAPa0EDTw0BIAQtAABBMGshFSAVQQlLDQEgDkEKbCAVaiEOIARBAWohBAwACwsgBCAPayEG" +
    "IAZFDQIgBkEBRgRAIA5B5ABsIQ4LIAZBAkYEQCAOQQpsIQ4LCyAELQAAQdoARw0BIARBAWohBCMBIQYgBkEISQ0BIAQgBmogAUsN" +
    "ASAGQQhrIR9BACEFAkADQCAFIB9PDQEgBCAFaikDACAFKQNAUg0DIAVBCGohBQwACwsgBCAfaikDACAfKQNAUg0BIAQgBmohBEF/" +
    "IRMgBEEIaiABSw0BIAQpAwAhHkEAIRACQANAIBAjAk8NAQJAIB4gEEEDdCkDgApSDQBBgAggEEEDdGohESARKAIEIRIgEkEISQ0A" +
    "IAQgEmogAUsNACARKAIAIQUgEkEIayEfQQghFAJAA0AgFCAfTw0BIAQgFGopAwAgBSAUaikDAFINAiAUQQhqIRQMAAsLIAQgH2op" +
    "AwAgBSAfaikDAFINACAQIRMgBCASaiEEDAILIBBBAWohEAwACwsgE0EASA0BIAQhFEIAIRYCQANAIAQgAU8NASAELQAAQTBrIRUg" +
    "FUEJSw0BIBZCCn4gFa18IRYgBEEBaiEEDAALCyAEIBRrIQYgBkUNASAGQQ9LDQEgBkEBSyAULQAAQTBGcQ0BIAQgAU8NASAELQAA" +
    "Qf0ARw0BIARBAWohBAJAA0AgBCABTw0BIAQtAAAhFSAVQSBHIBVBCUcgFUENR3FxDQEgBEEBaiEEDAALCyAEIAFPDQEgBC0AAEEK" +
    "Rw0BIwAgDUE8bCAJQQpsIApqakE8bCALQQpsIAxqakHoB2wgDmq4oCEXIBcgAmMNASAXIANmDQFBgCAgE0EFdGohGCAYKwMIIBa6" +
    "oCEZIBlE////////P0NkBEBBASQEDAILIBgrAwBEAAAAAAAAAABhBEAgGCAXOQMQIBggFzkDGAsgGCAYKwMARAAAAAAAAPA/oDkD" +
    "ACAYIBk5AwggGCAYKwMQIBekOQMQIBggGCsDGCAXpTkDGCMDQQFqJAMgBEEBaiEADAALCyAACw==";

// EXTERNAL MODULE: ./shared/usage/wasm.ts
var wasm = __webpack_require__(7936);
;// CONCATENATED MODULE: ./shared/usage/seed-lane.ts
/**
 * The fast lane for the seed's usage lines, on raw bytes. A line written by
 * track-usage.sh is exactly
 *
 *     {"timestamp":"2026-10-01T08:14:38Z","user":"alice","tool":"Edit","tokens":20517}
 *
 * and this scanner recognises that shape byte by byte, without decoding the
 * line or calling JSON.parse: the timestamp is read digit by digit, user and
 * tool names are decoded once and reused (seed files hold one user each).
 * Anything that deviates in the slightest (other key order, spaces, escapes,
 * control characters, an impossible date, a fraction beyond milliseconds)
 * returns false and goes through the general parser, so the lane changes
 * speed, never results.
 *
 * {@link SeedLane.run} takes runs of lines at once. Its inner loop is
 * WebAssembly (seed-scan.wat): it compares each line with byte patterns this
 * class learnt and validated from an earlier line, and stops at the first line
 * that differs; that line is then read here in JavaScript, which either learns
 * its new pattern (a new day, user or tool) or refuses it. Files are read
 * straight into the module's memory ({@link SeedLane.readBuffer}), so no byte
 * is copied on the way.
 */



const PREFIX = Buffer.from('{"timestamp":"');
const USER = Buffer.from('","user":"');
const TOOL = Buffer.from('","tool":"');
const TOKENS = Buffer.from('","tokens":');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function startsWith(buf, at, lit, end) {
    if (at + lit.length > end)
        return false;
    for (let i = 0; i < lit.length; i++)
        if (buf[at + i] !== lit[i])
            return false;
    return true;
}
/** Head of a line up to its date: `{"timestamp":"YYYY-MM-DDT`. */
const HEAD = PREFIX.length + 11;
/** The shortest canonical line: head, `HH:MM:SSZ`, user literal, empty user, tool literal, empty tool, tokens literal, one digit, `}`. */
const MIN_LINE = HEAD + 9 + USER.length + TOOL.length + TOKENS.length + 2;
/** A string cache keyed by bytes (FNV-1a hash, verified byte by byte): one decode per distinct name. */
class NameCache {
    byHash = new Map();
    get(buf, start, end) {
        let h = 0x811c9dc5;
        for (let i = start; i < end; i++)
            h = Math.imul(h ^ buf[i], 0x01000193);
        const len = end - start;
        let list = this.byHash.get(h);
        if (list !== undefined) {
            outer: for (const e of list) {
                if (e.bytes.length !== len)
                    continue;
                for (let j = 0; j < len; j++)
                    if (e.bytes[j] !== buf[start + j])
                        continue outer;
                return e;
            }
        }
        else {
            list = [];
            this.byHash.set(h, list);
        }
        const name = { bytes: copyOf(buf, start, end), str: buf.toString("utf8", start, end) };
        if (this.byHash.size < 100_000)
            list.push(name);
        return name;
    }
}
/**
 * Where the JSON string starting at `p` ends (its closing quote), or -1 when
 * it has an escape or a control character (the general parser decides those)
 * or does not end before `end`.
 */
function plainStringEnd(buf, p, end) {
    for (; p < end; p++) {
        const c = buf[p];
        if (c === QUOTE)
            return p;
        if (c === BACKSLASH || c < 0x20)
            return -1;
    }
    return -1;
}
/**
 * buf[start, end) as a plain Uint8Array view, and a copy of it: cheaper than
 * Buffer#subarray (Node 20 builds a Buffer through its constructor), which
 * counts on a reader that learns patterns from thousands of small files.
 */
const view = (buf, start, end) => new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
const copyOf = (buf, start, end) => view(buf, start, end).slice();
/** Bytes [start, end) of buf equal `bytes` (same length assumed checked by the caller). */
function sameBytes(buf, start, bytes) {
    for (let i = 0; i < bytes.length; i++)
        if (buf[start + i] !== bytes[i])
            return false;
    return true;
}
/** Layout of the scanner's memory (see seed-scan.wat). */
const MID_AT = 64;
const MID_MAX = 1024 - MID_AT;
const TOOLS_AT = 1024;
const TOOL_BYTES_AT = 2048;
const TOOL_BYTES_END = 4096;
const SUMS_AT = 4096;
const MAX_TOOLS = 32;
const IN_AT = 1 << 20;
const IN_SIZE = 1 << 20;
/** A scanner, or undefined where WebAssembly cannot run ({@link SeedLane.run} then stays in JavaScript). */
function newScanner() {
    const x = (0,wasm/* instantiateWasm */.n)(SEED_SCAN_WASM);
    if (x === undefined)
        return undefined;
    const memory = x.memory.buffer;
    return {
        x,
        bytes: Buffer.from(memory),
        sums: new Float64Array(memory, SUMS_AT, MAX_TOOLS * 4),
    };
}
/** Two ASCII digits at buf[p, p+2) as a number, or -1. */
function two(buf, p) {
    const a = buf[p] - 48;
    const b = buf[p + 1] - 48;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
class SeedLane {
    users = new NameCache();
    tools = new NameCache();
    // run(): the last accepted line's head and user part, and the tools seen, as byte patterns.
    head = new Uint8Array(HEAD);
    headDayMs = Number.NaN;
    /** `","user":"<user>","tool":"` of the last accepted line. */
    mid = new Uint8Array(0);
    midUser = "";
    tails = [];
    /** Lines consumed by the last {@link run}. */
    consumed = 0;
    scanner;
    // What the scanner's copy lacks, so that only a changed pattern is copied
    // (a daily file changes the head and the user, rarely the tools).
    headSynced = false;
    midSynced = false;
    /** Tools (from the start of {@link tails}) in the scanner's table, and where its next tool's bytes go. */
    toolsSynced = 0;
    toolAt = TOOL_BYTES_AT;
    inBuffer;
    mapUser;
    /**
     * `mapUser` renames users for {@link run} (once per distinct name); {@link scan}
     * leaves names as written. `wasm: false` keeps {@link run} in JavaScript (the
     * tests compare the two).
     */
    constructor(options = {}) {
        this.mapUser = options.mapUser ?? ((u) => u);
        this.scanner = options.wasm === false ? undefined : newScanner();
        // the scanner's memory never grows, so one view of it serves every file
        this.inBuffer = this.scanner?.bytes.subarray(IN_AT, IN_AT + IN_SIZE);
    }
    /**
     * A 1 MiB buffer in the scanner's memory, for the reader to read files into:
     * {@link run} reads such chunks where they are. Undefined without the scanner.
     * Valid until the next call that reads into it.
     */
    readBuffer() {
        return this.inBuffer;
    }
    /**
     * Reads consecutive canonical seed lines from buf[start, end), each ended
     * by "\n", and hands each to `sink`. Stops at the first line that is not
     * canonical, not in [since, until) or not complete before `end`, and
     * returns its offset (or the offset after the last line consumed); the
     * caller takes that line the general way. {@link consumed} says how many
     * lines were consumed. Buffers from {@link readBuffer} go through the
     * WebAssembly scanner, any other through the same loop in JavaScript.
     */
    run(buf, start, end, since, until, sink) {
        const sc = this.scanner;
        if (sc === undefined || buf.buffer !== sc.x.memory.buffer)
            return this.runJs(buf, start, end, since, until, sink);
        const base = buf.byteOffset;
        let consumed = 0;
        let s = start;
        // where the scanner last stopped for a new head only (see below)
        let newDayAt = -1;
        for (;;) {
            if (!this.headSynced || !this.midSynced || this.toolsSynced < this.tails.length)
                this.sync(sc);
            s = sc.x.run(base + s, base + end, since, until) - base;
            const n = sc.x.count.value;
            if (n > 0) {
                consumed += n;
                const user = this.midUser;
                const sums = sc.sums;
                for (let r = 0, k = sc.x.nTools.value; r < k; r++) {
                    const lines = sums[r * 4];
                    if (lines > 0)
                        sink(sums[r * 4 + 2], user, this.tails[r].str, sums[r * 4 + 1], lines, sums[r * 4 + 3]);
                }
            }
            if (sc.x.full.value === 1)
                continue;
            // A line with another date (the next daily file): its head is learnt
            // here and the scanner reads the line itself. Once per place: if it
            // stops there again, something else differs.
            if (s !== newDayAt &&
                end - s > HEAD &&
                !sameBytes(buf, s, this.head) &&
                !Number.isNaN(this.newHead(buf, s))) {
                newDayAt = s;
                continue;
            }
            // The line that stopped the scanner, in JavaScript: it brings a new
            // pattern (learnt, and the scanner goes on) or it is not canonical.
            const nl = buf.indexOf(0x0a, s);
            if (nl === -1 || nl >= end)
                break;
            const next = this.runJs(buf, s, nl + 1, since, until, sink);
            if (this.consumed === 0)
                break;
            consumed++;
            s = next;
        }
        this.consumed = consumed;
        return s;
    }
    /** Copies the patterns that changed into the scanner's memory (those that fit its tables). */
    sync(sc) {
        const { bytes, x } = sc;
        if (!this.headSynced) {
            bytes.set(this.head, 0);
            x.headDay.value = this.headDayMs;
            this.headSynced = true;
        }
        if (!this.midSynced) {
            const fits = this.mid.length <= MID_MAX;
            if (fits)
                bytes.set(this.mid, MID_AT);
            x.midLen.value = fits ? this.mid.length : 0;
            this.midSynced = true;
        }
        let r = this.toolsSynced;
        let at = this.toolAt;
        for (; r < this.tails.length; r++) {
            const b = this.tails[r].bytes;
            if (at + b.length > TOOL_BYTES_END)
                break;
            bytes.set(b, at);
            bytes.writeInt32LE(at, TOOLS_AT + r * 8);
            bytes.writeInt32LE(b.length, TOOLS_AT + r * 8 + 4);
            at += b.length;
        }
        if (r !== this.toolsSynced) {
            x.nTools.value = r;
            this.toolsSynced = r;
            this.toolAt = at;
        }
    }
    /** The fields of the last accepted line (reused object: copy what you keep). */
    line = { time: 0, user: "", tool: "", tokens: 0 };
    // Consecutive lines mostly share their date, user and tool: the last ones are kept as bytes.
    days = new bytes/* DayReader */.O();
    lastUser = { bytes: new Uint8Array(0), str: "" };
    /** Up to 8 tool names, most recently seen first. */
    recentTools = [];
    /**
     * {@link run} in JavaScript. A line is compared with the last accepted one in three byte patterns:
     * its head up to the date, its user part (`","user":"<user>","tool":"`)
     * and its tool with the tokens key (one of the tools seen so far). Only a
     * pattern that differs is validated from scratch, so a file of one user
     * costs one comparison per byte and no decoding.
     */
    runJs(buf, start, end, since, until, sink) {
        const head = this.head;
        let s = start;
        let lines = 0;
        while (s + MIN_LINE <= end) {
            let p = s;
            let dayMs = this.headDayMs;
            let i = 0;
            if (!Number.isNaN(dayMs))
                while (i < HEAD && buf[p + i] === head[i])
                    i++;
            if (i < HEAD) {
                dayMs = this.newHead(buf, p);
                if (Number.isNaN(dayMs))
                    break;
            }
            p += HEAD;
            // HH:MM:SS[.f{1,3}]Z
            const h = two(buf, p);
            const mi = two(buf, p + 3);
            const sec = two(buf, p + 6);
            if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59)
                break;
            if (buf[p + 2] !== 0x3a || buf[p + 5] !== 0x3a)
                break;
            p += 8;
            let ms = 0;
            if (buf[p] === 0x2e) {
                const f0 = ++p;
                while (p < end && p - f0 < 3 && buf[p] >= 48 && buf[p] <= 57) {
                    ms = ms * 10 + (buf[p] - 48);
                    p++;
                }
                const n = p - f0;
                if (n === 0)
                    break;
                ms *= n === 1 ? 100 : n === 2 ? 10 : 1;
            }
            if (buf[p] !== 0x5a)
                break;
            p++;
            // the user part
            const mid = this.mid;
            const ml = mid.length;
            let j = 0;
            if (p + ml <= end)
                while (j < ml && buf[p + j] === mid[j])
                    j++;
            if (ml === 0 || j < ml) {
                p = this.newMid(buf, p, end);
                if (p < 0)
                    break;
            }
            else
                p += ml;
            const user = this.midUser;
            // the tool and the tokens key
            const tails = this.tails;
            let tool;
            for (let r = 0; r < tails.length; r++) {
                const b = tails[r].bytes;
                const n = b.length;
                if (p + n > end)
                    continue;
                let k = 0;
                while (k < n && buf[p + k] === b[k])
                    k++;
                if (k === n) {
                    tool = tails[r].str;
                    p += n;
                    break;
                }
            }
            if (tool === undefined) {
                p = this.newTool(buf, p, end);
                if (p < 0)
                    break;
                tool = tails[tails.length - 1].str;
            }
            // the tokens, "}", trailing blanks, "\n"
            const k0 = p;
            let tokens = 0;
            while (p < end) {
                const c = buf[p] - 48;
                if (c < 0 || c > 9)
                    break;
                tokens = tokens * 10 + c;
                p++;
            }
            const n = p - k0;
            if (n === 0 || n > 15 || (n > 1 && buf[k0] === 48) || p >= end || buf[p] !== 0x7d)
                break;
            p++;
            while (p < end && (buf[p] === 0x20 || buf[p] === 0x09 || buf[p] === 0x0d))
                p++;
            if (p >= end || buf[p] !== 0x0a)
                break;
            const time = dayMs + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
            if (time < since || time >= until)
                break;
            sink(time, user, tool, tokens);
            lines++;
            s = p + 1;
        }
        this.consumed = lines;
        return s;
    }
    /** Validates `{"timestamp":"YYYY-MM-DDT` at p and keeps it as the head pattern; its day (ms), or NaN. */
    newHead(buf, p) {
        for (let i = 0; i < PREFIX.length; i++)
            if (buf[p + i] !== PREFIX[i])
                return Number.NaN;
        const dayMs = this.days.day(buf, p + PREFIX.length);
        if (Number.isNaN(dayMs) || buf[p + HEAD - 1] !== 0x54)
            return Number.NaN;
        this.head.set(view(buf, p, p + HEAD));
        this.headDayMs = dayMs;
        this.headSynced = false;
        return dayMs;
    }
    /** Validates `","user":"<user>","tool":"` at p and keeps it as the user pattern; the offset after it, or -1. */
    newMid(buf, p, end) {
        if (!startsWith(buf, p, USER, end))
            return -1;
        const u0 = p + USER.length;
        const ue = plainStringEnd(buf, u0, end);
        if (ue <= u0 || !startsWith(buf, ue, TOOL, end))
            return -1;
        const after = ue + TOOL.length;
        this.mid = copyOf(buf, p, after);
        this.midUser = this.mapUser(this.users.get(buf, u0, ue).str);
        this.midSynced = false;
        return after;
    }
    /** Validates `<tool>","tokens":` at p and adds it to the tool patterns (the newest last); the offset after it, or -1. */
    newTool(buf, p, end) {
        const te = plainStringEnd(buf, p, end);
        if (te < 0 || !startsWith(buf, te, TOKENS, end))
            return -1;
        const after = te + TOKENS.length;
        const tail = { bytes: copyOf(buf, p, after), str: this.tools.get(buf, p, te).str };
        // a handful of tools in practice; a log of many keeps the 32 most recently added
        if (this.tails.length >= MAX_TOOLS) {
            this.tails.shift();
            // every tool moved up one: the scanner's table is rebuilt
            this.toolsSynced = 0;
            this.toolAt = TOOL_BYTES_AT;
        }
        this.tails.push(tail);
        return after;
    }
    /** True when buf[start, end) (a line without its "\n") is a canonical seed line; fills {@link line}. */
    scan(buf, start, end) {
        if (!startsWith(buf, start, PREFIX, end))
            return false;
        let p = start + PREFIX.length;
        // YYYY-MM-DDTHH:MM:SS[.f{1,3}]Z
        if (p + 20 > end)
            return false;
        const dayMs = this.days.day(buf, p);
        if (Number.isNaN(dayMs))
            return false;
        if (buf[p + 10] !== 0x54 || buf[p + 13] !== 0x3a || buf[p + 16] !== 0x3a)
            return false;
        const h = (0,bytes/* digits */.v)(buf, p + 11, 2);
        const mi = (0,bytes/* digits */.v)(buf, p + 14, 2);
        const s = (0,bytes/* digits */.v)(buf, p + 17, 2);
        if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
            return false;
        p += 19;
        let ms = 0;
        if (buf[p] === 0x2e) {
            let n = 0;
            p++;
            while (p < end && buf[p] >= 48 && buf[p] <= 57 && n < 3) {
                ms = ms * 10 + (buf[p] - 48);
                n++;
                p++;
            }
            if (n === 0)
                return false;
            ms *= n === 1 ? 100 : n === 2 ? 10 : 1;
        }
        if (buf[p] !== 0x5a || buf[p + 1] !== QUOTE)
            return false;
        p += 1;
        if (!startsWith(buf, p, USER, end))
            return false;
        p += USER.length;
        // the user: most lines repeat the previous line's
        let user;
        const lu = this.lastUser.bytes;
        if (lu.length > 0 && p + lu.length < end && buf[p + lu.length] === QUOTE && sameBytes(buf, p, lu)) {
            user = this.lastUser.str;
            p += lu.length;
        }
        else {
            const u0 = p;
            p = plainStringEnd(buf, p, end);
            if (p <= u0)
                return false;
            this.lastUser = this.users.get(buf, u0, p);
            user = this.lastUser.str;
        }
        if (!startsWith(buf, p, TOOL, end))
            return false;
        p += TOOL.length;
        // the tool: one of a handful, tried most recent first
        let tool;
        const recent = this.recentTools;
        for (let r = 0; r < recent.length; r++) {
            const name = recent[r];
            const len = name.bytes.length;
            if (p + len < end && buf[p + len] === QUOTE && sameBytes(buf, p, name.bytes)) {
                tool = name.str;
                p += len;
                if (r > 0) {
                    recent[r] = recent[0];
                    recent[0] = name;
                }
                break;
            }
        }
        if (tool === undefined) {
            const t0 = p;
            p = plainStringEnd(buf, p, end);
            if (p < 0)
                return false;
            const name = this.tools.get(buf, t0, p);
            tool = name.str;
            recent.unshift(name);
            if (recent.length > 8)
                recent.pop();
        }
        if (!startsWith(buf, p, TOKENS, end))
            return false;
        p += TOKENS.length;
        const k0 = p;
        let tokens = 0;
        while (p < end && buf[p] >= 48 && buf[p] <= 57) {
            tokens = tokens * 10 + (buf[p] - 48);
            p++;
        }
        const n = p - k0;
        if (n === 0 || n > 15 || (n > 1 && buf[k0] === 48))
            return false;
        if (buf[p] !== 0x7d)
            return false;
        p++;
        while (p < end) {
            const c = buf[p];
            if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
                return false;
            p++;
        }
        const line = this.line;
        line.time = dayMs + ((h * 60 + mi) * 60 + s) * 1000 + ms;
        line.user = user;
        line.tool = tool;
        line.tokens = tokens;
        return true;
    }
}

// EXTERNAL MODULE: ./shared/usage/transcript-lane.ts
var transcript_lane = __webpack_require__(1285);
;// CONCATENATED MODULE: ./shared/usage/readers.ts
/**
 * Streaming readers for local usage files: the seed's usage logs, Steward's
 * hook records and Claude Code transcripts. Every file is read line by line;
 * a malformed line is tallied (file, line, reason) and skipped, never fatal;
 * an unreadable file is a ConfigurationError naming it.
 *
 * De-duplication of transcripts (docs/reference/claude-code.md section 5):
 * one API response is written as one line per content block (placeholder
 * output_tokens on all but the last), so lines are keyed by
 * `message.id:requestId`; within a file the copy with the most tokens wins
 * (ties: the non-sidechain copy), a sidechain replay
 * of a message under another request id collapses into it, and a key already
 * emitted by an earlier file of the same run is dropped. Lines without a
 * message id are kept as they are; `<synthetic>` model lines are skipped.
 * Lines that cannot carry usage are recognised on their bytes and never
 * parsed (shared/usage/transcript-lane.ts); assistant lines with usage are
 * read on their bytes too (shared/usage/assistant-lane.ts), and anything
 * unusual in them takes JSON.parse.
 */






function emptyReadStats() {
    return {
        files: 0,
        lines: 0,
        blankLines: 0,
        records: 0,
        duplicates: 0,
        synthetic: 0,
        outOfRange: 0,
        ignored: 0,
    };
}
/**
 * The user a transcript belongs to, from its path: the folder that holds
 * `.claude` (a home directory: `alice/.claude/projects/...`), else the first
 * folder under the source directory when the file sits deeper than
 * `<project>/<session>.jsonl` (`users/alice/<project>/<session>.jsonl`).
 */
const CLAUDE_DIR = `${external_node_path_.sep}.claude${external_node_path_.sep}`;
function userFromPath(file) {
    const claude = file.path.lastIndexOf(CLAUDE_DIR);
    if (claude >= 0)
        return file.path.slice(file.path.lastIndexOf(external_node_path_.sep, claude - 1) + 1, claude);
    if (file.relative.length === 0)
        return undefined;
    const rel = file.relative.split("/");
    const projects = rel.indexOf("projects");
    if (projects > 0)
        return rel[projects - 1];
    if (rel.length >= 3)
        return rel[0];
    return undefined;
}
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === "string" && v !== "" ? v : undefined);
/** The seed's `{timestamp, user, tool, tokens}` line. */
function parseSeedRecord(o) {
    const time = (0,record/* parseTime */.pe)(o.timestamp);
    if (time === undefined)
        return { ok: false, reason: "seed: timestamp missing or not a date" };
    const user = str(o.user);
    if (!user)
        return { ok: false, reason: "seed: user missing" };
    const tokens = (0,record/* tokenCount */.jt)(o.tokens);
    if (tokens === undefined)
        return { ok: false, reason: "seed: tokens is not a non-negative integer" };
    const tool = str(o.tool);
    const model = str(o.model);
    return {
        ok: true,
        record: {
            time,
            user,
            ...(model ? { model } : {}),
            input: 0,
            output: 0,
            cacheWrite5m: 0,
            cacheWrite1h: 0,
            cacheRead: 0,
            unsplit: tokens,
            requests: 1,
            ...(tool ? { tool } : {}),
            source: "seed",
        },
    };
}
/** Steward's hook record `{v:1, ts, user, session, model, input, output, cacheWrite5m, cacheWrite1h, cacheRead, tool, source:"steward-hook", requestId?, speed?}`. */
function parseHookRecord(o) {
    if (o.v !== 1)
        return { ok: false, reason: `hook: unsupported record version ${JSON.stringify(o.v)}` };
    const time = (0,record/* parseTime */.pe)(o.ts);
    if (time === undefined)
        return { ok: false, reason: "hook: ts missing or not a date" };
    const user = str(o.user);
    if (!user)
        return { ok: false, reason: "hook: user missing" };
    const fields = ["input", "output", "cacheWrite5m", "cacheWrite1h", "cacheRead"];
    const n = {
        input: 0,
        output: 0,
        cacheWrite5m: 0,
        cacheWrite1h: 0,
        cacheRead: 0,
    };
    for (const f of fields) {
        if (o[f] === undefined)
            continue;
        const v = (0,record/* tokenCount */.jt)(o[f]);
        if (v === undefined)
            return { ok: false, reason: `hook: ${f} is not a non-negative integer` };
        n[f] = v;
    }
    const model = str(o.model);
    const tool = str(o.tool);
    const session = str(o.session);
    const requestKey = str(o.requestId) ?? str(o.requestKey);
    return {
        ok: true,
        record: {
            time,
            user,
            ...(model ? { model } : {}),
            ...n,
            unsplit: 0,
            requests: 1,
            ...(tool ? { tool } : {}),
            ...(session ? { session } : {}),
            source: "steward-hook",
            ...(requestKey ? { requestKey } : {}),
            ...(o.speed === "fast" ? { fast: true } : {}),
        },
    };
}
/**
 * One transcript line: an assistant message with usage (`messageId` for
 * collapsing sidechain replays, `advisors`: the advisor usage it carries, see
 * {@link advisorLines}), or "skip".
 */
function parseTranscriptLine(o, user) {
    if (o.type !== "assistant")
        return { ok: "skip" };
    const message = o.message;
    if (!isObj(message))
        return { ok: false, reason: "transcript: assistant line without a message object" };
    const usage = message.usage;
    if (usage === undefined || usage === null)
        return { ok: "skip" };
    if (!isObj(usage))
        return { ok: false, reason: "transcript: message.usage is not an object" };
    const model = str(message.model);
    if (model === "<synthetic>")
        return { ok: "synthetic" };
    const time = (0,record/* parseTime */.pe)(o.timestamp);
    if (time === undefined)
        return { ok: false, reason: "transcript: timestamp missing or not a date" };
    const num = (v, name) => {
        if (v === undefined || v === null)
            return 0;
        const n = (0,record/* tokenCount */.jt)(v);
        return n === undefined ? `transcript: usage.${name} is not a non-negative integer` : n;
    };
    const input = num(usage.input_tokens, "input_tokens");
    const output = num(usage.output_tokens, "output_tokens");
    const cacheRead = num(usage.cache_read_input_tokens, "cache_read_input_tokens");
    let cw5m;
    let cw1h;
    if (isObj(usage.cache_creation)) {
        cw5m = num(usage.cache_creation.ephemeral_5m_input_tokens, "cache_creation.ephemeral_5m_input_tokens");
        cw1h = num(usage.cache_creation.ephemeral_1h_input_tokens, "cache_creation.ephemeral_1h_input_tokens");
    }
    else {
        cw5m = num(usage.cache_creation_input_tokens, "cache_creation_input_tokens");
        cw1h = 0;
    }
    for (const v of [input, output, cacheRead, cw5m, cw1h])
        if (typeof v === "string")
            return { ok: false, reason: v };
    const messageId = str(message.id);
    const line = (0,assistant_lane/* transcriptLine */.J)({
        time,
        model,
        input: input,
        output: output,
        cacheWrite5m: cw5m,
        cacheWrite1h: cw1h,
        cacheRead: cacheRead,
        messageId,
        requestId: str(o.requestId),
        session: str(o.sessionId),
        batch: usage.service_tier === "batch",
        fast: usage.speed === "fast",
        sidechain: o.isSidechain === true,
    }, user);
    const advisors = usage.iterations === undefined ? [] : (0,transcript_lane/* advisorLines */.Uc)(usage, line.record, line.key, line.sidechain);
    return { ok: true, line, messageId, advisors };
}
function detect(o) {
    if (o.source === "steward-hook" || (o.v !== undefined && "ts" in o))
        return "hook";
    if ("tokens" in o && "timestamp" in o)
        return "seed";
    if (typeof o.type === "string" && ("message" in o || "sessionId" in o || "uuid" in o || "parentUuid" in o))
        return "transcripts";
    if (typeof o.type === "string")
        return "transcripts"; // summary, file-history-snapshot, ...
    return undefined;
}
/**
 * The seed's line exactly as track-usage.sh writes it. Lines of this shape skip
 * JSON.parse (they cannot mean anything else); every other line takes the
 * general path, so the fast path changes speed, never results.
 */
const SEED_LINE = /^\{"timestamp":"(\d{4}-\d{2}-\d{2}T[0-9:.]+Z)","user":"([^"\\]+)","tool":"([^"\\]*)","tokens":(0|[1-9]\d{0,14})\}\s*$/;
/** Reads every file in order and yields normalised records (see {@link readUsageBatches}). */
async function* readUsageFiles(files, options) {
    for await (const batch of readUsageBatches(files, options))
        yield* batch;
}
/**
 * Reads every file in order and yields normalised records in batches (one per
 * chunk read). Transcript requests are de-duplicated (the largest copy of
 * each, across files) and emitted after the last file, or handed to
 * `options.transcriptTail` file by file. With `options.seedSink`, canonical
 * seed lines go to the sink instead of becoming records (the aggregation fast
 * lane).
 */
const bases = new Map();
/** For a glob, the segments before the first wildcard (`relative` is below them); a plain spec whole. */
function globBase(spec) {
    let base = bases.get(spec);
    if (base === undefined) {
        const parts = spec.split("/");
        const first = parts.findIndex((seg) => /[*?[{]/.test(seg));
        base = (first === -1 ? parts : parts.slice(0, first)).join("/");
        bases.set(spec, base);
    }
    return base;
}
async function* readUsageBatches(files, options) {
    const stats = options.stats ?? emptyReadStats();
    const tally = options.malformed;
    const kind = options.kind ?? "auto";
    const requests = new transcript_lane/* TranscriptRequests */.TZ();
    const userMap = options.userMap;
    const mapUser = (u) => (userMap && Object.hasOwn(userMap, u) ? userMap[u] : u);
    const since = options.since ?? Number.NEGATIVE_INFINITY;
    const until = options.until ?? Number.POSITIVE_INFINITY;
    const inRange = (t) => t >= since && t < until;
    const seedSink = options.seedSink;
    const lane = kind === "auto" || kind === "seed" ? new SeedLane({ mapUser }) : undefined;
    // Runs of canonical seed lines go to the sink straight from the lane (the aggregation path).
    const runSink = lane && seedSink ? seedSink : undefined;
    const maxLine = options.maxLineBytes ?? 64 * 1024 * 1024;
    const transcripts = kind === "auto" || kind === "transcripts" ? new transcript_lane/* TranscriptLane */.Hp(kind === "auto") : undefined;
    for (let i = 0; i < files.length; i++) {
        const file = files[i];
        options.onFile?.(file, i, files.length);
        stats.files++;
        // The file's display name, user and transcript de-duplication are made on
        // first use: a seed file whose lines all take the byte lane needs none of them.
        let shown;
        const display = () => {
            if (shown === undefined) {
                const base = globBase(file.spec);
                shown = file.relative ? `${base.replace(/\/+$/, "")}/${file.relative}` : file.spec;
            }
            return shown;
        };
        let fileUser;
        const user = () => {
            if (fileUser === undefined) {
                const derived = userFromPath(file);
                fileUser = (derived !== undefined ? mapUser(derived) : undefined) ?? options.defaultUser ?? "unknown";
            }
            return fileUser;
        };
        let fileDedup;
        const dedup = () => {
            fileDedup ??= new transcript_lane/* TranscriptFileDedup */.$e();
            return fileDedup;
        };
        /** Everything but the byte-level seed lane: one line of text. */
        const handle = (text, lineNo, out) => {
            if (kind !== "hook" && kind !== "transcripts" && text.charCodeAt(2) === 116 /* t */) {
                const m = SEED_LINE.exec(text);
                if (m) {
                    const time = Date.parse(m[1]);
                    if (!Number.isNaN(time)) {
                        if (!inRange(time))
                            stats.outOfRange++;
                        else {
                            stats.records++;
                            const u = userMap ? mapUser(m[2]) : m[2];
                            if (seedSink)
                                seedSink(time, u, m[3], Number(m[4]));
                            else {
                                out.push({
                                    time,
                                    user: u,
                                    input: 0,
                                    output: 0,
                                    cacheWrite5m: 0,
                                    cacheWrite1h: 0,
                                    cacheRead: 0,
                                    unsplit: Number(m[4]),
                                    requests: 1,
                                    tool: m[3] || undefined,
                                    source: "seed",
                                });
                            }
                        }
                        return;
                    }
                }
            }
            if (text.trim() === "") {
                stats.blankLines++;
                return;
            }
            let o;
            try {
                o = JSON.parse(text);
            }
            catch {
                tally.add(display(), lineNo, "invalid JSON", text);
                return;
            }
            if (!isObj(o)) {
                tally.add(display(), lineNo, "not a JSON object", text);
                return;
            }
            const k = kind === "auto" ? detect(o) : kind;
            if (k === undefined) {
                tally.add(display(), lineNo, "unrecognised record (not seed, hook or transcript)", text);
                return;
            }
            if (k === "transcripts") {
                const r = parseTranscriptLine(o, user());
                if (r.ok === "skip")
                    stats.ignored++;
                else if (r.ok === "synthetic")
                    stats.synthetic++;
                else if (r.ok === false)
                    tally.add(display(), lineNo, r.reason, text);
                else {
                    const d = dedup();
                    if (d.add(r.line, r.messageId))
                        stats.duplicates++;
                    for (const a of r.advisors)
                        d.add(a);
                }
                return;
            }
            const r = k === "seed" ? parseSeedRecord(o) : parseHookRecord(o);
            if (r.ok === true) {
                if (!inRange(r.record.time))
                    stats.outOfRange++;
                else {
                    stats.records++;
                    const mapped = mapUser(r.record.user);
                    out.push(mapped === r.record.user ? r.record : { ...r.record, user: mapped });
                }
            }
            else if (r.ok === false)
                tally.add(display(), lineNo, r.reason, text);
        };
        if (file.path.endsWith(".gz")) {
            for await (const batch of readLineBatches(file.path, { maxLineBytes: maxLine })) {
                const out = [];
                const lines = batch.lines;
                stats.lines += lines.length;
                for (let li = 0; li < lines.length; li++) {
                    const text = lines[li];
                    if (text === null || text === undefined)
                        tally.add(display(), batch.first + li, "line too long", "");
                    else
                        handle(text, batch.first + li, out);
                }
                if (out.length > 0)
                    yield out;
            }
        }
        else {
            // Plain files: split on bytes; canonical seed lines never become strings.
            let lineNo = 0;
            let carry;
            let skipping = false;
            const line = (buf, start, end, out) => {
                lineNo++;
                stats.lines++;
                if (end > start && buf[end - 1] === 0x0d)
                    end--;
                if (lane?.scan(buf, start, end)) {
                    const l = lane.line;
                    if (!inRange(l.time)) {
                        stats.outOfRange++;
                        return;
                    }
                    stats.records++;
                    const u = userMap ? mapUser(l.user) : l.user;
                    if (seedSink)
                        seedSink(l.time, u, l.tool, l.tokens);
                    else {
                        out.push({
                            time: l.time,
                            user: u,
                            input: 0,
                            output: 0,
                            cacheWrite5m: 0,
                            cacheWrite1h: 0,
                            cacheRead: 0,
                            unsplit: l.tokens,
                            requests: 1,
                            tool: l.tool || undefined,
                            source: "seed",
                        });
                    }
                    return;
                }
                if (transcripts?.take(buf, start, end, user, dedup, stats))
                    return;
                handle(buf.toString("utf8", start, end), lineNo, out);
            };
            for (const chunk of readChunks(file.path, runSink && lane?.readBuffer())) {
                const out = [];
                let buf = chunk;
                let start = 0;
                if (carry) {
                    const nl = chunk.indexOf(0x0a);
                    if (nl === -1) {
                        if (!skipping) {
                            carry = Buffer.concat([carry, chunk]);
                            if (carry.length > maxLine) {
                                skipping = true;
                                carry = Buffer.alloc(0);
                            }
                        }
                        continue;
                    }
                    if (skipping) {
                        lineNo++;
                        stats.lines++;
                        tally.add(display(), lineNo, "line too long", "");
                        skipping = false;
                    }
                    else if (carry.length + nl > maxLine) {
                        lineNo++;
                        stats.lines++;
                        tally.add(display(), lineNo, "line too long", "");
                    }
                    else {
                        const joined = Buffer.concat([carry, chunk.subarray(0, nl)]);
                        line(joined, 0, joined.length, out);
                    }
                    carry = undefined;
                    start = nl + 1;
                }
                buf = chunk;
                for (;;) {
                    if (runSink && lane) {
                        start = lane.run(buf, start, buf.length, since, until, runSink);
                        lineNo += lane.consumed;
                        stats.lines += lane.consumed;
                        stats.records += lane.consumed;
                    }
                    const nl = buf.indexOf(0x0a, start);
                    if (nl === -1)
                        break;
                    if (nl - start > maxLine) {
                        lineNo++;
                        stats.lines++;
                        tally.add(display(), lineNo, "line too long", "");
                    }
                    else
                        line(buf, start, nl, out);
                    start = nl + 1;
                }
                if (start < buf.length) {
                    // copy: the reader reuses its buffer for the next chunk
                    carry = Buffer.from(buf.subarray(start));
                    if (carry.length > maxLine) {
                        skipping = true;
                        carry = Buffer.alloc(0);
                    }
                }
                if (out.length > 0)
                    yield out;
            }
            if (carry !== undefined) {
                const out = [];
                if (skipping) {
                    lineNo++;
                    stats.lines++;
                    tally.add(display(), lineNo, "line too long", "");
                }
                else if (carry.length > 0)
                    line(carry, 0, carry.length, out);
                if (out.length > 0)
                    yield out;
            }
        }
        if (fileDedup === undefined)
            continue;
        const { perFile, ordered } = fileDedup;
        const lines = ordered.map((item) => typeof item === "string" ? perFile.get(item) : item);
        if (options.transcriptTail) {
            if (lines.length > 0)
                options.transcriptTail(i, lines);
            continue;
        }
        for (const l of lines)
            requests.offer(l);
    }
    // Transcript requests once every file is read: a later file may hold a larger copy.
    if (!options.transcriptTail) {
        const out = settleTranscriptRequests(requests, undefined, stats, since, until);
        if (out.length > 0)
            yield out;
    }
}
/**
 * The last step for transcript requests: drops the copies that lost (`lost`,
 * a mask over `requests.keys`, for copies another reader holds a larger
 * version of), applies the period, and counts what it dropped.
 */
function settleTranscriptRequests(requests, lost, stats, since, until) {
    stats.duplicates += requests.duplicates;
    const out = [];
    const settle = (line) => {
        const t = line.record.time;
        if (t < since || t >= until)
            stats.outOfRange++;
        else {
            stats.records++;
            out.push(line.record);
        }
    };
    const { lines } = requests;
    for (let i = 0; i < lines.length; i++) {
        if (lost && lost[i] === 1)
            stats.duplicates++;
        else
            settle(lines[i]);
    }
    for (const line of requests.unkeyed)
        settle(line);
    return out;
}


/***/ }),

/***/ 2865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yh: () => (/* binding */ MalformedTally),
/* harmony export */   jt: () => (/* binding */ tokenCount),
/* harmony export */   pe: () => (/* binding */ parseTime)
/* harmony export */ });
/* unused harmony export utcDay */
/**
 * The one normalised usage record every source is turned into, and the
 * malformed-input tally that every reader fills instead of crashing.
 */
/** Counts bad input by reason and keeps a bounded, deterministic sample (the first N by file, line). */
class MalformedTally {
    maxSamples;
    total = 0;
    byReason = new Map();
    samples = [];
    constructor(maxSamples = 20) {
        this.maxSamples = maxSamples;
    }
    add(file, line, reason, text) {
        this.total++;
        this.byReason.set(reason, (this.byReason.get(reason) ?? 0) + 1);
        if (this.samples.length < this.maxSamples) {
            this.samples.push({
                file,
                line,
                reason,
                excerpt: text.length > 120 ? `${text.slice(0, 117)}...` : text,
            });
        }
    }
}
/** Parses an ISO-8601 timestamp or epoch (s or ms) into ms; undefined when unreadable. */
function parseTime(value) {
    if (typeof value === "number" && Number.isFinite(value))
        return value < 1e11 ? value * 1000 : value;
    if (typeof value !== "string" || value.length < 10)
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
}
/** A non-negative safe integer, or undefined. */
function tokenCount(value) {
    return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
/** UTC day "YYYY-MM-DD" of an epoch-ms time. */
function utcDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}


/***/ }),

/***/ 1285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ TranscriptFileDedup),
/* harmony export */   Hp: () => (/* binding */ TranscriptLane),
/* harmony export */   TZ: () => (/* binding */ TranscriptRequests),
/* harmony export */   Uc: () => (/* binding */ advisorLines)
/* harmony export */ });
/* unused harmony exports classifyLine, cannotCarryUsage, better */
/* harmony import */ var _assistant_lane_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9414);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2865);
/**
 * The Claude Code transcript lane of the usage reader (shared/usage/readers.ts):
 *
 * - {@link cannotCarryUsage}: a byte-level pre-filter. Most of a transcript's
 *   bytes are user turns and tool results (file contents, command output) that
 *   never carry usage; they are recognised on the raw bytes and counted as
 *   ignored without being decoded or parsed.
 * - {@link advisorLines}: the advisor tool's usage (`usage.iterations[]` of type
 *   `advisor_message`), which the top-level usage of a message does not include.
 * - {@link TranscriptFileDedup}: per-file de-duplication (docs/cost-report.md,
 *   "Claude Code transcripts").
 * - {@link TranscriptLane}: the pre-filter and the assistant-line fast lane
 *   (shared/usage/assistant-lane.ts) behind one call for the reader's byte
 *   loop: lines it takes go straight into the file's de-duplication, the
 *   rest take the general path.
 */


const ASSISTANT = Buffer.from('"assistant"');
const TS = Buffer.from('"ts"');
const TOKENS = Buffer.from('"tokens"');
const HOOK = Buffer.from("steward-hook");
const TYPE_FIRST = Buffer.from('{"type":"');
const TYPE_FIELD = Buffer.from(',"type":"');
const isSpace = (b) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a;
/**
 * A look at the raw bytes of the line `buf[start, end)`. It is
 * `ignore` when it is certainly a transcript line that the
 * general path would count as ignored (a user turn, tool result, summary,
 * snapshot...): framed as one JSON object (`{` ... `}`, so a line cut short
 * by a crash still takes the general path and is reported as malformed) in
 * which the bytes `"assistant"` occur nowhere, so its top-level `type` cannot
 * be `assistant` (Claude Code writes keys and values unescaped, and inside a
 * string a quote is always escaped). With `auto` detection such a line must
 * also name a top-level `type` before any nested value and contain nothing a
 * seed or hook record needs (`"ts"`, `"tokens"`, `steward-hook`).
 *
 * What it gives up: the JSON of an ignored line is not validated, so a line
 * corrupted in the middle that could not carry usage anyway is ignored
 * instead of tallied as malformed.
 */
function classifyLine(buf, start, end, auto) {
    let s = start;
    let e = end - 1;
    while (s <= e && isSpace(buf[s]))
        s++;
    while (e >= s && isSpace(buf[e]))
        e--;
    if (e - s < 16 || buf[s] !== 0x7b /* { */ || buf[e] !== 0x7d /* } */)
        return "other";
    const line = buf.subarray(s, e + 1);
    if (line.indexOf(ASSISTANT) !== -1)
        return "assistant";
    if (!auto)
        return "ignore";
    if (line.indexOf(TS) !== -1 || line.indexOf(TOKENS) !== -1 || line.indexOf(HOOK) !== -1)
        return "other";
    if (line.subarray(0, TYPE_FIRST.length).equals(TYPE_FIRST))
        return "ignore";
    // `,"type":"` before the first nested object or array: a top-level string `type`.
    const type = line.indexOf(TYPE_FIELD);
    if (type === -1)
        return "other";
    for (let i = 1; i < type; i++) {
        const b = line[i];
        if (b === 0x7b || b === 0x5b)
            return "other";
    }
    return "ignore";
}
/** True when {@link classifyLine} says the line cannot carry usage. */
function cannotCarryUsage(buf, start, end, auto) {
    return classifyLine(buf, start, end, auto) === "ignore";
}
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/**
 * Usage of the advisor tool: `message.usage.iterations[]` entries of type
 * `advisor_message` carry the advisor model's own tokens, which the message's
 * top-level usage leaves out. One line per entry that names its model, keyed
 * `<message key>#advisor<n>` so that copies of the message de-duplicate it
 * like the message itself. Entries with unreadable counts are skipped.
 */
function advisorLines(usage, base, key, sidechain) {
    const list = usage.iterations;
    if (!Array.isArray(list))
        return [];
    // an advisor call is priced at its own model's standard rate: the message's speed is not its own
    const { fast: _fast, ...common } = base;
    const out = [];
    for (let i = 0; i < list.length; i++) {
        const it = list[i];
        if (!isObj(it) || it.type !== "advisor_message")
            continue;
        const model = typeof it.model === "string" && it.model !== "" ? it.model : undefined;
        if (!model)
            continue;
        const n = (v) => (v === undefined || v === null ? 0 : (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenCount */ .jt)(v));
        const input = n(it.input_tokens);
        const output = n(it.output_tokens);
        const cacheRead = n(it.cache_read_input_tokens);
        let cw5m;
        let cw1h;
        if (isObj(it.cache_creation)) {
            cw5m = n(it.cache_creation.ephemeral_5m_input_tokens);
            cw1h = n(it.cache_creation.ephemeral_1h_input_tokens);
        }
        else {
            cw5m = n(it.cache_creation_input_tokens);
            cw1h = 0;
        }
        if (input === undefined || output === undefined || cacheRead === undefined)
            continue;
        if (cw5m === undefined || cw1h === undefined)
            continue;
        const record = {
            ...common,
            model,
            input,
            output,
            cacheWrite5m: cw5m,
            cacheWrite1h: cw1h,
            cacheRead,
            ...(key ? { requestKey: `${key}#advisor${i}` } : {}),
        };
        out.push({
            record,
            key: key ? `${key}#advisor${i}` : undefined,
            total: input + output + cw5m + cw1h + cacheRead,
            sidechain,
        });
    }
    return out;
}
/** Whether `next` should replace `prior`, two copies of the same request. */
function better(next, prior) {
    if (next.total !== prior.total)
        return next.total > prior.total;
    return prior.sidechain && !next.sidechain;
}
/**
 * De-duplication within one transcript file. Streamed responses are written
 * as one line per content block, with placeholder usage on all but the last:
 * copies of one `message.id:requestId` collapse into the one with the most
 * tokens (ties: the non-sidechain copy). A sidechain line that repeats a
 * message id already seen under another request id (the `/btw` side question
 * replays the parent conversation) collapses into that message too, and the
 * non-sidechain copy wins. `perFile` and `ordered` are what the reader's tail
 * emits: keys in first-seen order, and unkeyed lines as they are.
 */
class TranscriptFileDedup {
    perFile = new Map();
    ordered = [];
    /** message.id -> the key its slot is stored under. */
    byMessage = new Map();
    /** The key of the last slot made: copies of one request mostly follow each other. */
    lastKey;
    /**
     * Adds a line (`messageId`: its `message.id`, for a message line; none for
     * advisor usage); true when it was a copy of one already held.
     */
    add(line, messageId) {
        const { key } = line;
        if (key === undefined) {
            this.ordered.push(line);
            return false;
        }
        // A copy of the last request is found under the stored key (its hash known), not the new string.
        const last = this.lastKey;
        const slot = last !== undefined && key === last ? last : key;
        const prior = this.perFile.get(slot);
        if (prior) {
            if (better(line, prior))
                this.perFile.set(slot, line);
            return true;
        }
        let other;
        if (messageId !== undefined) {
            other = this.byMessage.get(messageId);
            const held = other === undefined ? undefined : this.perFile.get(other);
            if (other !== undefined && held && (line.sidechain || held.sidechain)) {
                // A replay under another request id: the non-sidechain copy wins, else the larger.
                if (line.sidechain !== held.sidechain) {
                    if (!line.sidechain)
                        this.perFile.set(other, line);
                }
                else if (better(line, held))
                    this.perFile.set(other, line);
                return true;
            }
        }
        this.perFile.set(key, line);
        this.ordered.push(key);
        this.lastKey = key;
        if (messageId !== undefined && other === undefined)
            this.byMessage.set(messageId, key);
        return false;
    }
}
/**
 * De-duplication across files: each request (`message.id:requestId`) counts
 * once, as its largest copy wherever it is (a resumed session copies earlier
 * requests into its new file, sometimes before their final usage was
 * written); on a tie the non-sidechain copy, then the one read first.
 * Offered lines are one file's output of {@link TranscriptFileDedup}, file
 * after file. Lines without a key are kept as they are.
 */
class TranscriptRequests {
    keys = [];
    lines = [];
    unkeyed = [];
    /** Copies dropped here (a request seen in an earlier file). */
    duplicates = 0;
    index = new Map();
    offer(line) {
        const { key } = line;
        if (key === undefined) {
            this.unkeyed.push(line);
            return;
        }
        const i = this.index.get(key);
        if (i === undefined) {
            this.index.set(key, this.lines.length);
            this.keys.push(key);
            this.lines.push(line);
            return;
        }
        this.duplicates++;
        if (better(line, this.lines[i]))
            this.lines[i] = line;
    }
}
/**
 * The byte-level transcript lane for one reader: {@link classifyLine}, then
 * for assistant lines {@link AssistantLane}. What it takes it counts and
 * files exactly as the general path (JSON.parse, parseTranscriptLine, then
 * the same de-duplication) would; what it does not take is the general
 * path's.
 */
class TranscriptLane {
    auto;
    assistant;
    /** `auto`: the reader detects each line's kind (seed, hook or transcript). */
    constructor(auto) {
        this.auto = auto;
        this.assistant = new _assistant_lane_js__WEBPACK_IMPORTED_MODULE_0__/* .AssistantLane */ .r(auto);
    }
    /**
     * Reads the line `buf[start, end)` of a file of `user` into `dedup` and
     * `stats`; false when the line takes the general path instead.
     */
    take(buf, start, end, user, dedup, stats) {
        const shape = classifyLine(buf, start, end, this.auto);
        if (shape === "ignore") {
            stats.ignored++;
            return true;
        }
        if (shape !== "assistant")
            return false;
        const lane = this.assistant;
        const r = lane.scan(buf, start, end);
        if (r === "general")
            return false;
        if (r === "ignore")
            stats.ignored++;
        else if (r === "synthetic")
            stats.synthetic++;
        else if (dedup().add((0,_assistant_lane_js__WEBPACK_IMPORTED_MODULE_0__/* .transcriptLine */ .J)(lane.fields, user()), lane.fields.messageId))
            stats.duplicates++;
        return true;
    }
}


/***/ }),

/***/ 7936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ instantiateWasm)
/* harmony export */ });
/**
 * The embedded WebAssembly modules of the usage lanes (seed-scan.wat,
 * assistant-scan.wat, compiled by scripts/build-wasm.mjs into base64
 * strings): each is compiled once per thread and instantiated on demand. A
 * runtime that cannot run one (no WebAssembly, or a feature the module uses
 * such as SIMD) gets undefined, and the lane reads in JavaScript instead.
 */
/** The little of the WebAssembly API used here (the project's type libraries do not declare it). */
const Wasm = globalThis.WebAssembly;
/** Compiled modules by their base64 text, or null for one this runtime cannot compile. */
const modules = new Map();
/** A new instance of the module embedded as `base64`, its exports typed as T; undefined when it cannot run here. */
function instantiateWasm(base64) {
    if (Wasm === undefined)
        return undefined;
    let module = modules.get(base64);
    if (module === undefined) {
        try {
            module = new Wasm.Module(Buffer.from(base64, "base64"));
        }
        catch {
            module = null;
        }
        modules.set(base64, module);
    }
    if (module === null)
        return undefined;
    try {
        return new Wasm.Instance(module).exports;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
