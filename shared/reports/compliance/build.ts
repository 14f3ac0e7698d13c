/**
 * Builds the compliance report from gathered evidence: the controls, the
 * seed's matrix with Steward's verdicts, the metrics governance-config.json
 * asks for, and a content-derived idempotency key. Pure.
 */
import { createHash } from "node:crypto";
import { COMPLIANCE_MATRIX, METRIC_NAMES } from "./catalog.js";
import { evaluateControls, usageOverlaps } from "./controls.js";
import { valueAt } from "./policy-files.js";
import type {
  ComplianceEvidence,
  ComplianceReport,
  ControlResult,
  MatrixRow,
  MetricName,
  Metrics,
  Period,
  UserMetric,
  Verdict,
} from "./types.js";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` -> the month's first day and the first day of the next. Undefined when malformed. */
export function periodOf(month: string): Period | undefined {
  const m = MONTH.exec(month);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
  return { month, since: `${month}-01`, until: `${next}-01` };
}

/** The calendar month before `now` (a monthly job on the 1st reports the month that just ended). */
export function previousMonth(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

/** Worst first: any fail fails the row; otherwise any not-evaluated leaves it not evaluated. */
function worst(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("fail")) return "fail";
  if (verdicts.includes("not-evaluated") || verdicts.length === 0) return "not-evaluated";
  return "pass";
}

function matrixRows(controls: readonly ControlResult[]): MatrixRow[] {
  return COMPLIANCE_MATRIX.map((row) => {
    const cs = row.controls.map((id) => controls.find((c) => c.id === id)).filter((c) => c !== undefined);
    return {
      ...row,
      status: worst(cs.map((c) => c.verdict)),
      evidence: cs.map((c) => `${c.title}: ${c.verdict} (${c.reason})`).join(" "),
    };
  });
}

function includedMetrics(ev: ComplianceEvidence): { include: Set<MetricName>; unknown: string[] } {
  const asked = valueAt(ev.policy?.governance, ["governance", "reports", "includeMetrics"])?.value;
  if (!Array.isArray(asked)) return { include: new Set(METRIC_NAMES), unknown: [] };
  const names = asked.filter((x): x is string => typeof x === "string");
  const include = new Set(METRIC_NAMES.filter((m) => names.includes(m)));
  // lint findings are Steward's own metric: always reported
  include.add("lint_findings");
  return { include, unknown: names.filter((n) => !(METRIC_NAMES as readonly string[]).includes(n)) };
}

function totalUsers(ev: ComplianceEvidence): UserMetric {
  if (ev.api?.users) return { value: ev.api.users.total, source: "admin-api", byRole: ev.api.users.byRole };
  const seen = new Set([...(ev.audit?.users ?? []), ...(ev.usage?.activeUsers ?? [])]);
  if (!ev.audit && !ev.usage) return { value: null, source: "none", note: "no Admin API access and no logs" };
  return {
    value: seen.size,
    source: ev.usage ? "audit-and-usage-logs" : "audit-logs",
    note: "lower bound: only users who left records (no Admin API access)",
  };
}

function activeUsers(ev: ComplianceEvidence): UserMetric {
  if (ev.api?.activity) {
    return { value: Object.keys(ev.api.activity.userDays).length, source: "claude-code-analytics-api" };
  }
  if (ev.audit) {
    return {
      value: ev.audit.users.length,
      source: "audit-logs",
      note: "users with audit records in the period (no Claude Code Analytics API access)",
    };
  }
  return { value: null, source: "none", note: "no Admin API access and no audit logs" };
}

export function computeMetrics(ev: ComplianceEvidence): Metrics {
  const { include, unknown } = includedMetrics(ev);
  const u = ev.usage;
  const all: Omit<Metrics, "omitted" | "unknown"> = {
    total_users: totalUsers(ev),
    active_users: activeUsers(ev),
    token_usage: {
      source: u ? "cost-report" : "none",
      tokens: u?.tokens ?? null,
      input: u?.input ?? null,
      output: u?.output ?? null,
      cacheRead: u?.cacheRead ?? null,
      cacheWrite: u?.cacheWrite ?? null,
      requests: u?.requests ?? null,
      costUsd: u?.costUsd ?? null,
    },
    policy_violations: ev.audit?.violations ?? null,
    access_denials: ev.audit?.accessDenials ?? null,
    lint_findings: ev.lint?.counts ?? null,
  };
  const picked: Record<string, unknown> = {};
  for (const name of METRIC_NAMES) if (include.has(name)) picked[name] = all[name];
  return {
    ...(picked as Omit<Metrics, "omitted" | "unknown">),
    omitted: METRIC_NAMES.filter((m) => !include.has(m)),
    unknown,
  };
}

export interface BuildComplianceOptions {
  /** ISO time of the run (passed in: no clock here). */
  readonly generatedAt: string;
  readonly adminApi: "used" | "not-configured" | "failed";
}

export function buildComplianceReport(
  ev: ComplianceEvidence,
  options: BuildComplianceOptions,
): ComplianceReport {
  const controls = evaluateControls(ev);
  const count = (v: Verdict) => controls.filter((c) => c.verdict === v).length;
  const notes: string[] = [];
  if (!ev.api || options.adminApi !== "used")
    notes.push("User counts come from the logs: no Anthropic Admin API figures were used.");
  if (ev.usage && !usageOverlaps(ev.usage, ev.period))
    notes.push(
      `The cost report ${ev.usage.file} (${ev.usage.since} to ${ev.usage.until}) does not cover ${ev.period.month}: its figures are not this period's, and it was not used to find log gaps.`,
    );
  else if (ev.usage?.since && ev.usage.since > ev.period.since)
    notes.push(`The cost report starts on ${ev.usage.since}, after the period's first day.`);
  if (ev.audit && ev.audit.legacyLines > 0)
    notes.push(
      `${ev.audit.legacyLines} legacy BLOCKED/DENIED lines were counted as denials; the seed hook's exit 1 never blocked anything.`,
    );
  const version =
    valueAt(ev.policy?.enterprise, ["enterprise", "policyVersion"]) ??
    valueAt(ev.policy?.governance, ["policyVersion"]);
  return {
    schemaVersion: 1,
    generatedAt: options.generatedAt,
    period: ev.period,
    policy: {
      dir: ev.policy?.dir ?? null,
      policyVersion: typeof version?.value === "string" ? version.value : null,
    },
    summary: {
      passing: count("pass"),
      failing: count("fail"),
      notEvaluated: count("not-evaluated"),
      total: controls.length,
    },
    matrix: matrixRows(controls),
    controls,
    metrics: computeMetrics(ev),
    sources: {
      auditFiles: ev.audit?.files ?? 0,
      auditLines: ev.audit?.lines ?? 0,
      auditMalformed: ev.audit?.malformed ?? 0,
      malformedSamples: ev.audit?.malformedSamples ?? [],
      usageReport: ev.usage?.file ?? null,
      adminApi: options.adminApi,
      apiErrors: ev.api?.errors ?? [],
    },
    notes,
  };
}

/**
 * A key for the compliance endpoint's `Idempotency-Key` header: a hash of the
 * report without its generation time, so a retried or re-run post of the same
 * findings is recognised as the same report.
 */
export function idempotencyKey(report: ComplianceReport): string {
  const { generatedAt: _ignored, ...content } = report;
  return `steward-compliance-${createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 40)}`;
}
