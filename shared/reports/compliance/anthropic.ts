/**
 * Anthropic Admin API figures for the compliance report (anthropic-apis.md
 * §3, §5): the organization's users (`GET /v1/organizations/users`, paged by
 * `after_id`) and who used Claude Code on which day (`GET
 * /v1/organizations/usage_report/claude_code`, one UTC day per request, paged
 * by `page`). Every request goes through shared/http's retry policy; the
 * credential never appears in an error or a log line.
 */
import { ConfigurationError, getErrorMessage } from "../../errors.js";
import {
  HttpStatusError,
  type RetryOptions,
  type RetryPorts,
  systemRetryPorts,
  withRetry,
} from "../../http/retry.js";
import type { Logger } from "../../logging.js";
import { type AdminAuth, adminHeaders, describeFailure, paginate } from "../../usage/anthropic-api.js";
import type { ApiEvidence, Period } from "./types.js";

export interface ComplianceApiOptions {
  readonly auth: AdminAuth;
  /** Default https://api.anthropic.com */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  readonly retry?: RetryOptions;
  readonly retryPorts?: RetryPorts;
  readonly logger?: Logger;
}

export interface OrgUser {
  readonly id: string;
  readonly email: string;
  readonly role: string;
}

const USERS_PATH = "/v1/organizations/users";
const MAX_USER_PAGES = 1000;

/** Every user of the organization (all pages). */
export async function fetchOrgUsers(options: ComplianceApiOptions): Promise<OrgUser[]> {
  const base = options.baseUrl ?? "https://api.anthropic.com";
  const doFetch = options.fetch ?? fetch;
  const headers = adminHeaders(options.auth);
  const users: OrgUser[] = [];
  let afterId: string | undefined;
  for (let page = 0; page < MAX_USER_PAGES; page++) {
    const url = new URL(USERS_PATH, base);
    url.searchParams.set("limit", "1000");
    if (afterId) url.searchParams.set("after_id", afterId);
    let body: { data?: unknown; has_more?: unknown; last_id?: unknown };
    try {
      ({ value: body } = await withRetry(
        async (signal) => {
          const res = await doFetch(url, { headers, signal });
          const text = await res.text();
          if (!res.ok)
            throw new HttpStatusError(res.status, { retryAfter: res.headers.get("retry-after"), body: text });
          return JSON.parse(text) as typeof body;
        },
        {
          maxAttempts: 4,
          baseDelayMs: 1000,
          ...options.retry,
          onRetry: (i) =>
            options.logger?.debug(`${USERS_PATH}: attempt ${i.attempt} failed, retrying in ${i.delayMs} ms`),
        },
        options.retryPorts ?? systemRetryPorts,
      ));
    } catch (error) {
      throw describeFailure(error, USERS_PATH);
    }
    if (!Array.isArray(body.data))
      throw new ConfigurationError(`Anthropic Admin API ${USERS_PATH} returned no data array.`);
    for (const u of body.data as Record<string, unknown>[]) {
      if (typeof u?.id === "string")
        users.push({ id: u.id, email: String(u.email ?? ""), role: String(u.role ?? "unknown") });
    }
    if (body.has_more !== true) return users;
    if (typeof body.last_id !== "string")
      throw new ConfigurationError(`Anthropic Admin API ${USERS_PATH}: has_more without last_id.`);
    afterId = body.last_id;
  }
  throw new ConfigurationError(`Anthropic Admin API ${USERS_PATH}: more than ${MAX_USER_PAGES} pages.`);
}

interface ClaudeCodeRow {
  date?: string;
  actor?: { type?: string; email_address?: string; api_key_name?: string };
  core_metrics?: { num_sessions?: number };
}

/**
 * Who used Claude Code on which day of the period, from the Claude Code
 * Analytics API. Days from `today` on are skipped (the API returns only data
 * older than an hour, so today is incomplete). Only user actors count.
 */
export async function fetchClaudeCodeActivity(
  period: Period,
  today: string,
  options: ComplianceApiOptions,
): Promise<{ days: number; userDays: Record<string, string[]> }> {
  const userDays = new Map<string, Set<string>>();
  let days = 0;
  const end = period.until < today ? period.until : today;
  for (let t = Date.parse(`${period.since}T00:00:00Z`); t < Date.parse(`${end}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    days++;
    for await (const rows of paginate<ClaudeCodeRow>(
      "/v1/organizations/usage_report/claude_code",
      { starting_at: day, limit: 1000 },
      { ...options, maxPages: 1000 },
    )) {
      for (const row of rows) {
        const email = row.actor?.type === "user_actor" ? row.actor.email_address : undefined;
        if (!email) continue;
        const sessions = row.core_metrics?.num_sessions;
        if (typeof sessions === "number" && sessions <= 0) continue;
        const key = email.toLowerCase();
        const set = userDays.get(key) ?? new Set<string>();
        userDays.set(key, set);
        set.add(day);
      }
    }
  }
  return {
    days,
    userDays: Object.fromEntries(
      [...userDays.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([u, d]) => [u, [...d].sort()]),
    ),
  };
}

/** Users and activity; a failure of either is recorded in `errors` (the report then falls back to the logs). */
export async function gatherApiEvidence(
  period: Period,
  today: string,
  options: ComplianceApiOptions,
): Promise<ApiEvidence> {
  const errors: string[] = [];
  const secret = options.auth.kind === "admin-key" ? options.auth.key : options.auth.token;
  const scrub = (m: string) => (secret.length >= 4 ? m.split(secret).join("[credential]") : m);
  let users: ApiEvidence["users"];
  let activity: ApiEvidence["activity"];
  try {
    const list = await fetchOrgUsers(options);
    const byRole: Record<string, number> = {};
    for (const u of list) byRole[u.role] = (byRole[u.role] ?? 0) + 1;
    users = { total: list.length, byRole };
  } catch (error) {
    errors.push(scrub(getErrorMessage(error)));
  }
  try {
    activity = await fetchClaudeCodeActivity(period, today, options);
  } catch (error) {
    errors.push(scrub(getErrorMessage(error)));
  }
  return { ...(users ? { users } : {}), ...(activity ? { activity } : {}), errors };
}
