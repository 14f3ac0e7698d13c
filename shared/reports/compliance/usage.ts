/**
 * Token usage and cost for the compliance report, from the aggregates of a
 * cost report.json (shared/reports/cost, schemaVersion 1): `steward report
 * cost --format json` or the cost-report action. Pure over the text.
 */
import { ConfigurationError } from "../../errors.js";
import type { UsageEvidence } from "./types.js";

interface Totals {
  requests?: number;
  input?: number;
  output?: number;
  cacheWrite5m?: number;
  cacheWrite1h?: number;
  cacheRead?: number;
  tokens?: number;
  cost?: string;
  costUsd?: number;
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const active = (r: Totals) => num(r.requests) > 0 || num(r.tokens) > 0;

export function parseUsageReport(text: string, file: string): UsageEvidence {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`${file} is not JSON.`, {
      file,
      title: "Usage report",
      hint: "Pass the report.json written by `steward report cost --format json` (or the cost-report action).",
    });
  }
  const r = value as {
    schemaVersion?: unknown;
    period?: { since?: string | null; until?: string | null };
    totals?: Totals;
    byUser?: (Totals & { key?: string })[];
    byDay?: (Totals & { key?: string })[];
  };
  if (typeof r !== "object" || r === null || r.schemaVersion !== 1 || typeof r.totals !== "object") {
    throw new ConfigurationError(`${file} is not a Steward cost report (schemaVersion 1 with totals).`, {
      file,
      title: "Usage report",
      hint: "Pass the report.json written by `steward report cost --format json`.",
    });
  }
  const t = r.totals ?? {};
  const keys = (rows: unknown) =>
    (Array.isArray(rows) ? (rows as (Totals & { key?: string })[]) : [])
      .filter((x) => typeof x?.key === "string" && active(x))
      .map((x) => (x.key as string).toLowerCase());
  return {
    file,
    since: r.period?.since ?? null,
    until: r.period?.until ?? null,
    tokens: num(t.tokens),
    input: num(t.input),
    output: num(t.output),
    cacheRead: num(t.cacheRead),
    cacheWrite: num(t.cacheWrite5m) + num(t.cacheWrite1h),
    requests: num(t.requests),
    costUsd: num(t.costUsd),
    cost: typeof t.cost === "string" ? t.cost : String(num(t.costUsd)),
    activeUsers: [...new Set(keys(r.byUser))].sort(),
    activeDays: [...new Set(keys(r.byDay))].sort(),
  };
}
