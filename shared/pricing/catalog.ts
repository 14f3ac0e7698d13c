/**
 * The model catalog: resolution of every id form (first-party, aliases,
 * Bedrock, Vertex, `[1m]`), lifecycle, and price overrides from a JSON file.
 * Pure: the data comes from `catalog-data.ts` or an override text passed in.
 */
import { ConfigurationError } from "../errors.js";
import {
  CATALOG_DATA,
  type CatalogData,
  type LongContextTierData,
  type ModelData,
  type PriceTableData,
} from "./catalog-data.js";

/** Prices as integer micro-USD per million tokens (= pico-USD per token), so costs are exact integers. */
export interface PriceTable {
  readonly input: number;
  readonly output: number;
  readonly cacheWrite5m: number;
  readonly cacheWrite1h: number;
  readonly cacheRead: number;
}

export interface ModelEntry {
  readonly id: string;
  readonly family: string;
  readonly displayName: string;
  readonly aliases: readonly string[];
  readonly bedrock: readonly string[];
  readonly vertex: readonly string[];
  /** `null` when the model is known but unpriced. */
  readonly prices: PriceTable | null;
  readonly longContext?: {
    readonly aboveInputTokens: number;
    readonly scope: "whole-request";
    readonly prices: PriceTable;
    readonly historical: boolean;
  };
  /** Fast mode prices, when the model has them (see ModelData.fast). */
  readonly fast?: PriceTable;
  readonly batchDiscountPercent: number;
  readonly deprecatedAt?: string;
  readonly retiredAt?: string;
  readonly retirementNotBefore?: string;
  readonly legacy: boolean;
  readonly sources: readonly string[];
}

export interface Catalog {
  readonly checkedAt: string;
  readonly models: readonly ModelEntry[];
  /** Every known spelling (lower-case) -> entry. */
  readonly index: ReadonlyMap<string, ModelEntry>;
}

/** Parses "12.50" into integer micro-units (12_500_000). Exact; rejects more than 6 decimals. */
export function decimalToMicros(value: string, where = "price"): number {
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(value.trim());
  if (!m)
    throw new ConfigurationError(
      `${where}: "${value}" is not a non-negative decimal with at most 6 decimals.`,
    );
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? "").padEnd(6, "0"));
  const micros = whole * 1_000_000 + frac;
  if (!Number.isSafeInteger(micros)) throw new ConfigurationError(`${where}: "${value}" is too large.`);
  return micros;
}

function priceTable(data: PriceTableData, where: string): PriceTable {
  return {
    input: decimalToMicros(data.input, `${where}.input`),
    output: decimalToMicros(data.output, `${where}.output`),
    cacheWrite5m: decimalToMicros(data.cacheWrite5m, `${where}.cacheWrite5m`),
    cacheWrite1h: decimalToMicros(data.cacheWrite1h, `${where}.cacheWrite1h`),
    cacheRead: decimalToMicros(data.cacheRead, `${where}.cacheRead`),
  };
}

function toEntry(data: ModelData): ModelEntry {
  const lc: LongContextTierData | undefined = data.longContext;
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

function buildCatalog(
  checkedAt: string,
  models: readonly ModelEntry[],
  extraAliases: Record<string, string> = {},
): Catalog {
  const index = new Map<string, ModelEntry>();
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
      throw new ConfigurationError(`price overrides: alias "${alias}" points at unknown model "${target}".`);
    index.set(alias.toLowerCase(), entry);
  }
  return { checkedAt, models, index };
}

/** The built-in catalog. */
export const defaultCatalog: Catalog = buildCatalog(CATALOG_DATA.checkedAt, CATALOG_DATA.models.map(toEntry));

/** Claude Code's `[1m]` (and any `[...]`) context suffix removed, whitespace trimmed. */
export function stripContextSuffix(id: string): string {
  return id.trim().replace(/\[[^\]]*\]$/, "");
}

/** Candidate spellings of an id after removing provider decorations, most specific first. */
export function normaliseModelId(id: string): string[] {
  const out: string[] = [];
  let s = stripContextSuffix(id).toLowerCase();
  out.push(s);
  s = s.replace(
    /^arn:aws[a-z-]*:bedrock:[^:]*:[^:]*:(?:inference-profile|foundation-model|application-inference-profile)\//,
    "",
  );
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

function lookupNormalised(index: ReadonlyMap<string, ModelEntry>, id: string): ModelEntry | undefined {
  for (const candidate of normaliseModelId(id)) {
    const hit = index.get(candidate);
    if (hit) return hit;
  }
  return undefined;
}

/** The catalog entry for any spelling of a model id, or `undefined`. */
export function resolveModel(id: string, catalog: Catalog = defaultCatalog): ModelEntry | undefined {
  if (!id) return undefined;
  return catalog.index.get(id.toLowerCase()) ?? lookupNormalised(catalog.index, id);
}

export type LifecycleStatus = "active" | "deprecated" | "retired" | "unknown";

export interface ModelLifecycle {
  readonly status: LifecycleStatus;
  /** The canonical id the input resolved to. */
  readonly modelId?: string;
  readonly deprecatedAt?: string;
  readonly retiredAt?: string;
  readonly retirementNotBefore?: string;
  readonly legacy?: boolean;
  /** One sentence a linter can show. */
  readonly reason: string;
}

function isoDay(today: string | Date): string {
  if (typeof today === "string") {
    if (!/^\d{4}-\d{2}-\d{2}/.test(today))
      throw new ConfigurationError(`"${today}" is not a YYYY-MM-DD date.`);
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
export function modelLifecycle(
  id: string,
  today: string | Date,
  catalog: Catalog = defaultCatalog,
): ModelLifecycle {
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
export function applyPriceOverrides(text: string, file: string, base: Catalog = defaultCatalog): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid JSON: ${(error as Error).message}`, {
      file,
      cause: error,
    });
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ConfigurationError(`${file}: expected an object with "models" and/or "aliases".`, { file });
  }
  const obj = json as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key !== "models" && key !== "aliases" && key !== "$schema" && key !== "checkedAt") {
      throw new ConfigurationError(`${file}: unknown key "${key}" (expected "models" or "aliases").`, {
        file,
      });
    }
  }
  const byId = new Map(base.models.map((m) => [m.id, m] as const));
  const models = (obj.models ?? {}) as Record<string, unknown>;
  if (typeof models !== "object" || models === null || Array.isArray(models)) {
    throw new ConfigurationError(`${file}: "models" must be an object keyed by model id.`, { file });
  }
  for (const [id, raw] of Object.entries(models)) {
    if (typeof raw !== "object" || raw === null)
      throw new ConfigurationError(`${file}: models.${id} must be an object.`, { file });
    const o = raw as Record<string, unknown>;
    const existing = resolveModel(id, base);
    const where = `${file}: models.${id}`;
    const prices =
      o.prices === undefined
        ? undefined
        : o.prices === null
          ? null
          : readPrices(o.prices, `${where}.prices`, file);
    const fast = o.fast === undefined ? undefined : readPrices(o.fast, `${where}.fast`, file);
    if (!existing && prices === undefined) {
      throw new ConfigurationError(`${where} is not in the catalog, so it needs "prices".`, { file });
    }
    const entry: ModelEntry = {
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
  const aliases = (obj.aliases ?? {}) as Record<string, unknown>;
  const extra: Record<string, string> = {};
  for (const [alias, target] of Object.entries(aliases)) {
    if (typeof target !== "string")
      throw new ConfigurationError(`${file}: aliases.${alias} must be a model id string.`, { file });
    extra[alias] = target;
  }
  return buildCatalog(base.checkedAt, [...byId.values()], extra);
}

function readPrices(raw: unknown, where: string, file: string): PriceTable {
  if (typeof raw !== "object" || raw === null)
    throw new ConfigurationError(`${where} must be an object.`, { file });
  const o = raw as Record<string, unknown>;
  const field = (k: keyof PriceTable): number => {
    const v = o[k];
    if (typeof v === "number") return decimalToMicros(String(v), `${where}.${k}`);
    if (typeof v === "string") return decimalToMicros(v, `${where}.${k}`);
    throw new ConfigurationError(`${where}.${k} is missing (USD per million tokens, e.g. "3" or "0.30").`, {
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

export type { CatalogData, ModelData };
