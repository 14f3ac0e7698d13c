"use strict";
exports.id = 912;
exports.ids = [912];
exports.modules = {

/***/ 2613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CATALOG_DATA)
/* harmony export */ });
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


/***/ }),

/***/ 912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ applyPriceOverrides),
/* harmony export */   AD: () => (/* binding */ decimalToMicros),
/* harmony export */   AX: () => (/* binding */ resolveModel),
/* harmony export */   Dd: () => (/* binding */ defaultCatalog),
/* harmony export */   XJ: () => (/* binding */ stripContextSuffix),
/* harmony export */   _5: () => (/* binding */ modelLifecycle)
/* harmony export */ });
/* unused harmony export normaliseModelId */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _catalog_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2613);
/**
 * The model catalog: resolution of every id form (first-party, aliases,
 * Bedrock, Vertex, `[1m]`), lifecycle, and price overrides from a JSON file.
 * Pure: the data comes from `catalog-data.ts` or an override text passed in.
 */


/** Parses "12.50" into integer micro-units (12_500_000). Exact; rejects more than 6 decimals. */
function decimalToMicros(value, where = "price") {
    const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(value.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: "${value}" is not a non-negative decimal with at most 6 decimals.`);
    const whole = Number(m[1]);
    const frac = Number((m[2] ?? "").padEnd(6, "0"));
    const micros = whole * 1_000_000 + frac;
    if (!Number.isSafeInteger(micros))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: "${value}" is too large.`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`price overrides: alias "${alias}" points at unknown model "${target}".`);
        index.set(alias.toLowerCase(), entry);
    }
    return { checkedAt, models, index };
}
/** The built-in catalog. */
const defaultCatalog = buildCatalog(_catalog_data_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_DATA */ .j.checkedAt, _catalog_data_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_DATA */ .j.models.map(toEntry));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${today}" is not a YYYY-MM-DD date.`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${error.message}`, {
            file,
            cause: error,
        });
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: expected an object with "models" and/or "aliases".`, { file });
    }
    const obj = json;
    for (const key of Object.keys(obj)) {
        if (key !== "models" && key !== "aliases" && key !== "$schema" && key !== "checkedAt") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: unknown key "${key}" (expected "models" or "aliases").`, {
                file,
            });
        }
    }
    const byId = new Map(base.models.map((m) => [m.id, m]));
    const models = (obj.models ?? {});
    if (typeof models !== "object" || models === null || Array.isArray(models)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: "models" must be an object keyed by model id.`, { file });
    }
    for (const [id, raw] of Object.entries(models)) {
        if (typeof raw !== "object" || raw === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: models.${id} must be an object.`, { file });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} is not in the catalog, so it needs "prices".`, { file });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: aliases.${alias} must be a model id string.`, { file });
        extra[alias] = target;
    }
    return buildCatalog(base.checkedAt, [...byId.values()], extra);
}
function readPrices(raw, where, file) {
    if (typeof raw !== "object" || raw === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} must be an object.`, { file });
    const o = raw;
    const field = (k) => {
        const v = o[k];
        if (typeof v === "number")
            return decimalToMicros(String(v), `${where}.${k}`);
        if (typeof v === "string")
            return decimalToMicros(v, `${where}.${k}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}.${k} is missing (USD per million tokens, e.g. "3" or "0.30").`, {
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


/***/ })

};
;