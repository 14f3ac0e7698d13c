/**
 * Quota arithmetic over the hook's usage lines (pure), plus reading the day
 * files of the current month (I/O, {@link usageTotals}).
 *
 * Which tokens count: role-mappings.json `quotaUnit.countedTokens` (default:
 * input, output and both cache writes; cache reads excluded). Days and months
 * are UTC.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { UsageCounter } from "./policy.js";

export interface UsageTotals {
  /** Counted tokens of this UTC day. */
  readonly daily: number;
  /** Counted tokens of this UTC month (today included). */
  readonly monthly: number;
}

export interface QuotaStatus {
  readonly daily: { readonly used: number; readonly limit: number | null };
  readonly monthly: { readonly used: number; readonly limit: number | null };
  /** The first quota used up (daily before monthly), or null. */
  readonly exhausted: "daily" | "monthly" | null;
}

/** Sums counted tokens of `user`'s records in `lines` by day and month of `now`. Bad lines are skipped. */
export function sumUsage(
  lines: Iterable<string>,
  user: string,
  counted: readonly UsageCounter[],
  now: Date,
): UsageTotals {
  const day = now.toISOString().slice(0, 10);
  const month = day.slice(0, 7);
  let daily = 0;
  let monthly = 0;
  for (const line of lines) {
    if (line === "") continue;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (o === null || typeof o !== "object" || o.user !== user || typeof o.ts !== "string") continue;
    if (!o.ts.startsWith(month)) continue;
    let n = 0;
    for (const c of counted) {
      const v = o[c];
      if (typeof v === "number" && Number.isSafeInteger(v) && v > 0) n += v;
    }
    monthly += n;
    if (o.ts.startsWith(day)) daily += n;
  }
  return { daily, monthly };
}

/** Compares totals with a role's quotas. Pure. */
export function quotaStatus(totals: UsageTotals, quotas: { daily?: number; monthly?: number }): QuotaStatus {
  const daily = { used: totals.daily, limit: quotas.daily ?? null };
  const monthly = { used: totals.monthly, limit: quotas.monthly ?? null };
  const exhausted =
    daily.limit !== null && daily.used >= daily.limit
      ? "daily"
      : monthly.limit !== null && monthly.used >= monthly.limit
        ? "monthly"
        : null;
  return { daily, monthly, exhausted };
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** The user-facing sentence for an exhausted quota. Pure. */
export function quotaMessage(status: QuotaStatus, role: string, contact: string, blocking: boolean): string {
  const which = status.exhausted === "monthly" ? status.monthly : status.daily;
  const period = status.exhausted === "monthly" ? "monthly" : "daily";
  const resets = period === "daily" ? "at 00:00 UTC" : "on the 1st of next month (UTC)";
  return `Your ${period} Claude Code token quota for role ${role} is used up: ${fmt(which.used)} of ${fmt(which.limit ?? 0)} tokens. ${
    blocking ? "New prompts are blocked until it resets" : "It resets"
  } ${resets}. For more, contact ${contact}.`;
}

/** Reads the current month's usage day files in `usageDir` and sums them for `user`. */
export function usageTotals(
  usageDir: string,
  user: string,
  counted: readonly UsageCounter[],
  now: Date,
): UsageTotals {
  const month = now.toISOString().slice(0, 7);
  let names: string[];
  try {
    names = readdirSync(usageDir).filter((n) => n.startsWith(month) && n.endsWith(".jsonl"));
  } catch {
    return { daily: 0, monthly: 0 };
  }
  let daily = 0;
  let monthly = 0;
  for (const name of names) {
    let text: string;
    try {
      text = readFileSync(join(usageDir, name), "utf8");
    } catch {
      continue;
    }
    const t = sumUsage(text.split("\n"), user, counted, now);
    daily += t.daily;
    monthly += t.monthly;
  }
  return { daily, monthly };
}
