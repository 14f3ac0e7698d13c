/**
 * Anthropic Admin API usage sources (docs/reference/anthropic-apis.md 4-5):
 *
 * - `GET /v1/organizations/usage_report/messages` -> UsageRecord per bucket x group
 * - `GET /v1/organizations/cost_report` -> authoritative cost per UTC day (reconciliation)
 * - `GET /v1/organizations/usage_report/claude_code` -> UsageRecord per actor x day x model
 *
 * Paginated with `page` / `has_more` / `next_page`; every request goes through
 * `shared/http/retry.ts` (bounded attempts, backoff, Retry-After). Auth is an
 * admin key (`x-api-key`) or an `org:admin` OAuth bearer; the credential is
 * never put in an error, a log line or a record. HTTP failures are translated
 * here, once, into ConfigurationErrors that carry the API's error type,
 * message and request id.
 */
import { ConfigurationError } from "../errors.js";
import {
  HttpStatusError,
  RetryError,
  type RetryOptions,
  type RetryPorts,
  systemRetryPorts,
  withRetry,
} from "../http/retry.js";
import type { Logger } from "../logging.js";
import type { UsageRecord } from "./record.js";

export type AdminAuth =
  | { readonly kind: "admin-key"; readonly key: string }
  | { readonly kind: "bearer"; readonly token: string };

export interface AdminApiOptions {
  readonly auth: AdminAuth;
  /** Default https://api.anthropic.com */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  readonly retry?: RetryOptions;
  readonly retryPorts?: RetryPorts;
  readonly logger?: Logger;
  /** Stop after this many pages per call (a safety net). Default 10 000. */
  readonly maxPages?: number;
}

export const ANTHROPIC_VERSION = "2023-06-01";

type Params = Record<string, string | number | readonly string[] | undefined>;

function buildUrl(base: string, path: string, params: Params): string {
  const url = new URL(path, base.endsWith("/") ? base : `${base}/`);
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const item of v) url.searchParams.append(`${k}[]`, item);
    else url.searchParams.set(k, String(v));
  }
  return url.toString();
}

interface ApiErrorBody {
  type?: string;
  error?: { type?: string; message?: string };
  request_id?: string;
}

/** The request headers for an Admin API call with `auth`. */
export function adminHeaders(auth: AdminAuth): Record<string, string> {
  const headers: Record<string, string> = {
    "anthropic-version": ANTHROPIC_VERSION,
    accept: "application/json",
  };
  if (auth.kind === "admin-key") headers["x-api-key"] = auth.key;
  else headers.authorization = `Bearer ${auth.token}`;
  return headers;
}

/** Turns a failed Admin API call (after retries) into a ConfigurationError with the API's error and what to do. */
export function describeFailure(error: unknown, path: string): ConfigurationError {
  const last = error instanceof RetryError ? error.lastError : error;
  const attempts = error instanceof RetryError ? error.attempts : 1;
  if (last instanceof HttpStatusError) {
    let body: ApiErrorBody = {};
    try {
      body = JSON.parse(last.body ?? "{}") as ApiErrorBody;
    } catch {}
    const type = body.error?.type ?? "unknown_error";
    const message = body.error?.message ?? "no message";
    const req = body.request_id ? ` (request ${body.request_id})` : "";
    const hint =
      last.status === 401
        ? "Check the admin key or OAuth token (expired keys also answer 401)."
        : last.status === 403
          ? "The credential needs admin access to the organization (an admin key or an org:admin OAuth token)."
          : last.status === 429
            ? `Still rate-limited after ${attempts} attempts; the usage endpoints allow about 1 request per minute sustained. Try again later.`
            : last.status >= 500
              ? `Anthropic answered ${last.status} ${attempts} times; try again later.`
              : undefined;
    return new ConfigurationError(
      `Anthropic Admin API ${path} answered ${last.status} ${type}: ${message}${req}.`,
      {
        title: "Anthropic Admin API",
        ...(hint ? { hint } : {}),
        cause: error,
      },
    );
  }
  const why =
    error instanceof RetryError ? `${error.reason} after ${error.attempts} attempts` : "request failed";
  return new ConfigurationError(`Could not reach the Anthropic Admin API (${path}): ${why}.`, {
    title: "Anthropic Admin API",
    cause: error,
  });
}

interface Page<T> {
  data: T[];
  has_more?: boolean;
  next_page?: string | null;
}

/** All pages of a paginated report, page by page. */
export async function* paginate<T>(
  path: string,
  params: Params,
  options: AdminApiOptions,
): AsyncGenerator<T[]> {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl ?? "https://api.anthropic.com";
  const headers = adminHeaders(options.auth);
  let page: string | undefined;
  const maxPages = options.maxPages ?? 10_000;
  for (let n = 0; n < maxPages; n++) {
    const url = buildUrl(base, path, { ...params, page });
    let body: Page<T>;
    try {
      ({ value: body } = await withRetry(
        async (signal) => {
          const res = await doFetch(url, { headers, signal });
          const text = await res.text();
          if (!res.ok)
            throw new HttpStatusError(res.status, { retryAfter: res.headers.get("retry-after"), body: text });
          try {
            return JSON.parse(text) as Page<T>;
          } catch {
            throw new ConfigurationError(`Anthropic Admin API ${path} returned a body that is not JSON.`);
          }
        },
        {
          maxAttempts: 5,
          baseDelayMs: 1000,
          ...options.retry,
          onRetry: (info) =>
            options.logger?.debug(`${path}: attempt ${info.attempt} failed, retrying in ${info.delayMs} ms`),
        },
        options.retryPorts ?? systemRetryPorts,
      ));
    } catch (error) {
      if (error instanceof RetryError && error.lastError instanceof ConfigurationError) throw error.lastError;
      throw describeFailure(error, path);
    }
    if (!body || !Array.isArray(body.data)) {
      throw new ConfigurationError(`Anthropic Admin API ${path} returned no data array.`);
    }
    yield body.data;
    if (!body.has_more) return;
    if (!body.next_page)
      throw new ConfigurationError(`Anthropic Admin API ${path}: has_more without next_page.`);
    page = body.next_page;
  }
  throw new ConfigurationError(
    `Anthropic Admin API ${path}: more than ${maxPages} pages; narrow the time range.`,
  );
}

export interface TimeRange {
  /** RFC 3339, inclusive. */
  readonly startingAt: string;
  /** RFC 3339, exclusive. */
  readonly endingAt: string;
}

interface MessagesResult {
  uncached_input_tokens?: number;
  cache_creation?: { ephemeral_5m_input_tokens?: number; ephemeral_1h_input_tokens?: number } | null;
  cache_read_input_tokens?: number;
  output_tokens?: number;
  model?: string | null;
  account_id?: string | null;
  service_account_id?: string | null;
  api_key_id?: string | null;
  workspace_id?: string | null;
  service_tier?: string | null;
  context_window?: string | null;
}

const n = (v: unknown) => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : 0);

/** Usage per day (or hour) and group, as records; the user is the account, service account or API key. */
export async function* fetchMessagesUsage(
  range: TimeRange & { readonly bucketWidth?: "1d" | "1h"; readonly groupBy?: readonly string[] },
  options: AdminApiOptions,
): AsyncGenerator<UsageRecord> {
  const groupBy = range.groupBy ?? [
    "model",
    "account_id",
    "service_account_id",
    "api_key_id",
    "service_tier",
    "context_window",
  ];
  const width = range.bucketWidth ?? "1d";
  for await (const buckets of paginate<{ starting_at: string; results: MessagesResult[] }>(
    "/v1/organizations/usage_report/messages",
    {
      starting_at: range.startingAt,
      ending_at: range.endingAt,
      bucket_width: width,
      limit: width === "1d" ? 31 : 168,
      group_by: groupBy,
    },
    options,
  )) {
    for (const bucket of buckets) {
      const time = Date.parse(bucket.starting_at);
      for (const r of bucket.results ?? []) {
        const user = r.account_id ?? r.service_account_id ?? r.api_key_id ?? r.workspace_id ?? "organization";
        yield {
          time,
          user,
          ...(r.model ? { model: r.model } : {}),
          input: n(r.uncached_input_tokens),
          output: n(r.output_tokens),
          cacheWrite5m: n(r.cache_creation?.ephemeral_5m_input_tokens),
          cacheWrite1h: n(r.cache_creation?.ephemeral_1h_input_tokens),
          cacheRead: n(r.cache_read_input_tokens),
          unsplit: 0,
          requests: 0,
          source: "anthropic-usage-api",
          ...(r.service_tier === "batch" ? { batch: true } : {}),
          ...(r.context_window === "200k-1M" ? { longContext: true } : {}),
        };
      }
    }
  }
}

/** "123.45" cents (a decimal string) -> pico-USD, exact to 1e-10 cent, half-up beyond. */
export function centsToPico(amount: string | number): bigint {
  const s = typeof amount === "number" ? amount.toFixed(10) : amount.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new ConfigurationError(`Anthropic cost amount "${s}" is not a decimal number of cents.`);
  const frac = (m[3] ?? "").padEnd(11, "0");
  let pico = BigInt(m[2] as string) * 10_000_000_000n + BigInt(frac.slice(0, 10));
  if (Number(frac[10]) >= 5) pico += 1n;
  return m[1] ? -pico : pico;
}

/** The organisation's cost per UTC day, pico-USD (cost_report, `bucket_width=1d`). */
export async function fetchCostReport(
  range: TimeRange,
  options: AdminApiOptions,
): Promise<Map<string, bigint>> {
  const byDay = new Map<string, bigint>();
  for await (const buckets of paginate<{
    starting_at: string;
    results: { amount?: string; currency?: string }[];
  }>(
    "/v1/organizations/cost_report",
    { starting_at: range.startingAt, ending_at: range.endingAt, bucket_width: "1d", limit: 31 },
    options,
  )) {
    for (const b of buckets) {
      const day = b.starting_at.slice(0, 10);
      let sum = byDay.get(day) ?? 0n;
      for (const r of b.results ?? []) {
        if (r.currency && r.currency !== "USD") {
          throw new ConfigurationError(
            `cost_report returned currency ${r.currency}; Steward reconciles USD only.`,
          );
        }
        if (r.amount !== undefined) sum += centsToPico(r.amount);
      }
      byDay.set(day, sum);
    }
  }
  return byDay;
}

interface ClaudeCodeRow {
  date: string;
  actor?: { type?: string; email_address?: string; api_key_name?: string };
  model_breakdown?: {
    model?: string;
    tokens?: { input?: number; output?: number; cache_read?: number; cache_creation?: number };
  }[];
}

/**
 * Claude Code Analytics rows for each UTC day in [since, until) as records.
 * The API does not split cache creation into 5m/1h: it is counted as 5m writes.
 */
export async function* fetchClaudeCodeUsage(
  days: { readonly since: string; readonly until: string },
  options: AdminApiOptions,
): AsyncGenerator<UsageRecord> {
  for (
    let t = Date.parse(`${days.since}T00:00:00Z`);
    t < Date.parse(`${days.until}T00:00:00Z`);
    t += 86_400_000
  ) {
    const day = new Date(t).toISOString().slice(0, 10);
    for await (const rows of paginate<ClaudeCodeRow>(
      "/v1/organizations/usage_report/claude_code",
      { starting_at: day, limit: 1000 },
      options,
    )) {
      for (const row of rows) {
        const user = row.actor?.email_address ?? row.actor?.api_key_name ?? "unknown";
        const time = Date.parse(row.date) || t;
        for (const m of row.model_breakdown ?? []) {
          yield {
            time,
            user,
            ...(m.model ? { model: m.model } : {}),
            input: n(m.tokens?.input),
            output: n(m.tokens?.output),
            cacheWrite5m: n(m.tokens?.cache_creation),
            cacheWrite1h: 0,
            cacheRead: n(m.tokens?.cache_read),
            unsplit: 0,
            requests: 0,
            source: "claude-code-analytics-api",
          };
        }
      }
    }
  }
}
