/**
 * Anthropic Admin API figures for the compliance report (anthropic-apis.md
 * §3, §5): the organization's users (`GET /v1/organizations/users`, paged by
 * `after_id`) and who used Claude Code on which day (`GET
 * /v1/organizations/usage_report/claude_code`, one UTC day per request, paged
 * by `page`). Every request goes through the one Admin API client
 * (shared/anthropic/admin-client.ts); the credential never appears in an
 * error or a log line.
 */
import { revealAuth } from "../../anthropic/admin-client.js";
import { getErrorMessage } from "../../errors.js";
import { type AdminApiOptions, paginate, reportClient } from "../../usage/anthropic-api.js";
import type { ApiEvidence, Period } from "./types.js";

/** The report client's options (auth, base URL, fetch, retry); pages are capped here. */
export type ComplianceApiOptions = Omit<AdminApiOptions, "maxPages">;

export interface OrgUser {
  readonly id: string;
  readonly email: string;
  readonly role: string;
}

/** Every user of the organization (all pages). */
export async function fetchOrgUsers(options: ComplianceApiOptions): Promise<OrgUser[]> {
  const users: OrgUser[] = [];
  for await (const page of reportClient(options, 4).pages<Record<string, unknown> | null>({
    path: "/v1/organizations/users",
    query: { limit: 1000 },
    paging: "after_id",
    maxPages: 1000,
  })) {
    for (const u of page) {
      if (typeof u?.id === "string")
        users.push({ id: u.id, email: String(u.email ?? ""), role: String(u.role ?? "unknown") });
    }
  }
  return users;
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
  const secret = revealAuth(options.auth);
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
