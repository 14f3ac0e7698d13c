/**
 * Anthropic Admin API usage sources (docs/reference/anthropic-apis.md 4-5):
 *
 * - `GET /v1/organizations/usage_report/messages` -> UsageRecord per bucket x group
 * - `GET /v1/organizations/cost_report` -> authoritative cost per UTC day (reconciliation)
 * - `GET /v1/organizations/usage_report/claude_code` -> UsageRecord per actor x day x model
 *
 * Paginated with `page` / `has_more` / `next_page`. Every request goes
 * through the one Admin API client (shared/anthropic/admin-client.ts: auth
 * as an admin key or an `org:admin` OAuth bearer, retry policy, pagination);
 * the credential is never put in an error, a log line or a record. Every
 * failure is a ConfigurationError carrying the API's error type, message and
 * request id.
 */
import { AdminApiClient, type AdminAuth, type Query } from "../anthropic/admin-client.js";
import { ConfigurationError } from "../errors.js";
import type { RetryOptions, RetryPorts } from "../http/retry.js";
import type { Logger } from "../logging.js";
import type { UsageRecord } from "./record.js";

export { type AdminAuth, ANTHROPIC_VERSION } from "../anthropic/admin-client.js";

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

/** The client for the report endpoints: 5 attempts (they allow ~1 request a minute), every failure the user's to see. */
export function reportClient(options: Omit<AdminApiOptions, "maxPages">, maxAttempts = 5): AdminApiClient {
  return new AdminApiClient({
    auth: options.auth,
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: { maxAttempts, baseDelayMs: 1000, ...options.retry },
    ...(options.retryPorts ? { ports: options.retryPorts } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    configurationErrors: "all",
  });
}

/** All pages of a report (`page` cursor), page by page. */
export function paginate<T>(path: string, params: Query, options: AdminApiOptions): AsyncGenerator<T[]> {
  return reportClient(options).pages<T>({
    path,
    query: params,
    paging: "page",
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
  });
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
