/**
 * The compliance report's data: the evidence gathered at the edge (policy
 * files, audit logs, the cost report, Anthropic Admin API figures) and the
 * report built from it (docs/compliance.md). Plain data only.
 */
import type { JsonSource } from "../../policy/json-source.js";

export const COMPLIANCE_REPORT_SCHEMA_VERSION = 1;

/** A control's outcome. `not-evaluated` always carries the reason (missing file, logs or API access). */
export type Verdict = "pass" | "fail" | "not-evaluated";

export type ControlId =
  | "sso"
  | "audit-logging"
  | "sandbox"
  | "secrets-protected"
  | "access-control"
  | "model-routing"
  | "retention"
  | "mfa-session"
  | "policy-lint";

/**
 * One fact a verdict rests on. `ok`: true = satisfies the control, false =
 * violates it, null = context only (a figure, a note).
 */
export interface EvidenceItem {
  readonly check: string;
  readonly ok: boolean | null;
  readonly detail: string;
  /** Policy file (relative to the policy directory) or log file. */
  readonly file?: string;
  /** 1-based line in `file`. */
  readonly line?: number;
}

export interface FrameworkClauses {
  readonly soc2: readonly string[];
  readonly hipaa: readonly string[];
  readonly gdpr: readonly string[];
}

export interface ControlResult {
  readonly id: ControlId;
  readonly title: string;
  readonly severity: "high" | "medium" | "low";
  readonly verdict: Verdict;
  /** One sentence: why this verdict. */
  readonly reason: string;
  readonly evidence: readonly EvidenceItem[];
  readonly frameworks: FrameworkClauses;
}

/** The policy repository's files, parsed with positions. Any may be absent. */
export interface PolicyEvidence {
  /** The directory as the user gave it. */
  readonly dir: string;
  readonly managed?: JsonSource;
  /** managed-settings.d/*.json, alphabetical. */
  readonly dropIns: readonly JsonSource[];
  readonly enterprise?: JsonSource;
  readonly enterpriseAuth?: JsonSource;
  readonly governance?: JsonSource;
  readonly roleMappings?: JsonSource;
  readonly modelPolicy?: JsonSource;
  /** Other files a control follows a reference to (routing drop-ins), by path relative to `dir`. */
  readonly referenced: Readonly<Record<string, JsonSource>>;
}

export interface LintEvidence {
  readonly counts: { readonly error: number; readonly warning: number; readonly note: number };
  /** Errors first; at most 50. */
  readonly findings: readonly {
    readonly ruleId: string;
    readonly severity: "error" | "warning" | "note";
    readonly file: string;
    readonly line: number;
    readonly message: string;
  }[];
  readonly waived: number;
}

export interface CountBreakdown {
  readonly total: number;
  readonly byRule: Readonly<Record<string, number>>;
  readonly byUser: Readonly<Record<string, number>>;
  readonly byTool: Readonly<Record<string, number>>;
  readonly byDay: Readonly<Record<string, number>>;
}

export interface MalformedLine {
  readonly file: string;
  readonly line: number;
  readonly error: string;
}

/** Statistics over the audit logs (AuditRecordV1 and the seed's legacy lines). */
export interface AuditEvidence {
  readonly files: number;
  readonly lines: number;
  readonly v1Records: number;
  readonly legacyLines: number;
  readonly malformed: number;
  /** At most 20. */
  readonly malformedSamples: readonly MalformedLine[];
  /** v1 records dated inside the period. */
  readonly recordsInPeriod: number;
  readonly recordsOutsidePeriod: number;
  /** Legacy lines carry no time unless one prefixes them. */
  readonly legacyUndated: number;
  /** pre-tool-use decisions in the period. */
  readonly decisions: Readonly<Record<"deny" | "ask" | "allow" | "none", number>>;
  /** Users (lower-cased) with at least one v1 record in the period. */
  readonly users: readonly string[];
  /** Per user, the UTC days (YYYY-MM-DD) in the period with at least one record. */
  readonly userDays: Readonly<Record<string, readonly string[]>>;
  /** Records per UTC day in the period. */
  readonly byDay: Readonly<Record<string, number>>;
  /** Every denial in the period: v1 deny decisions and dated or undated legacy lines. */
  readonly violations: CountBreakdown & { readonly legacy: number };
  /** The denials decided by a role's rules (role-mappings.json): access control at work. */
  readonly accessDenials: CountBreakdown;
  /** Oldest and newest time found in any record or in a `YYYY-MM-DD` file name, all periods. */
  readonly oldest: { readonly day: string; readonly file: string } | null;
  readonly newest: { readonly day: string; readonly file: string } | null;
}

/** Figures from a cost report.json (shared/reports/cost, schemaVersion 1). */
export interface UsageEvidence {
  readonly file: string;
  readonly since: string | null;
  readonly until: string | null;
  readonly tokens: number;
  readonly input: number;
  readonly output: number;
  readonly cacheRead: number;
  readonly cacheWrite: number;
  readonly requests: number;
  readonly costUsd: number;
  readonly cost: string;
  /** Users (lower-cased) with requests or tokens in the report. */
  readonly activeUsers: readonly string[];
  /** Days with requests or tokens. */
  readonly activeDays: readonly string[];
}

/** Anthropic Admin API figures; `error` when the API could not be read (metrics then come from the logs). */
export interface ApiEvidence {
  readonly users?: {
    readonly total: number;
    readonly byRole: Readonly<Record<string, number>>;
  };
  /** From the Claude Code Analytics API, per UTC day of the period. */
  readonly activity?: {
    readonly days: number;
    /** user e-mail (lower-cased) -> days with sessions. */
    readonly userDays: Readonly<Record<string, readonly string[]>>;
  };
  readonly errors: readonly string[];
}

export interface Period {
  /** YYYY-MM */
  readonly month: string;
  /** First day, YYYY-MM-DD (inclusive). */
  readonly since: string;
  /** Day after the last, YYYY-MM-DD (exclusive). */
  readonly until: string;
}

/** Everything the controls look at. Undefined = that source was not given or not readable. */
export interface ComplianceEvidence {
  readonly period: Period;
  /** ISO time of the run. */
  readonly now: string;
  readonly policy?: PolicyEvidence;
  readonly lint?: LintEvidence;
  /** Why lint did not run, when it did not. */
  readonly lintError?: string;
  readonly audit?: AuditEvidence;
  readonly usage?: UsageEvidence;
  readonly api?: ApiEvidence;
}

export type MetricName =
  | "total_users"
  | "active_users"
  | "token_usage"
  | "policy_violations"
  | "access_denials"
  | "lint_findings";

export interface UserMetric {
  readonly value: number | null;
  /** Where the figure comes from, or why there is none. */
  readonly source: "admin-api" | "claude-code-analytics-api" | "audit-logs" | "audit-and-usage-logs" | "none";
  readonly note?: string;
  /** Organization role -> users (Admin API only). */
  readonly byRole?: Readonly<Record<string, number>>;
}

export interface Metrics {
  readonly total_users?: UserMetric;
  readonly active_users?: UserMetric;
  readonly token_usage?: {
    readonly source: "cost-report" | "none";
    readonly tokens: number | null;
    readonly input: number | null;
    readonly output: number | null;
    readonly cacheRead: number | null;
    readonly cacheWrite: number | null;
    readonly requests: number | null;
    readonly costUsd: number | null;
  };
  readonly policy_violations?: (CountBreakdown & { readonly legacy: number }) | null;
  readonly access_denials?: CountBreakdown | null;
  readonly lint_findings?: { readonly error: number; readonly warning: number; readonly note: number } | null;
  /** Metrics governance-config.json's reports.includeMetrics left out. */
  readonly omitted: readonly MetricName[];
  /** Names in includeMetrics Steward does not know. */
  readonly unknown: readonly string[];
}

/** One row of the seed's compliance configuration matrix, with Steward's verdict. */
export interface MatrixRow {
  readonly requirement: string;
  readonly configuration: string;
  readonly verification: string;
  readonly controls: readonly ControlId[];
  readonly status: Verdict;
  readonly evidence: string;
}

export interface ComplianceReport {
  readonly schemaVersion: 1;
  readonly generatedAt: string;
  readonly period: Period;
  readonly policy: { readonly dir: string | null; readonly policyVersion: string | null };
  readonly summary: {
    readonly passing: number;
    readonly failing: number;
    readonly notEvaluated: number;
    readonly total: number;
  };
  readonly matrix: readonly MatrixRow[];
  readonly controls: readonly ControlResult[];
  readonly metrics: Metrics;
  readonly sources: {
    readonly auditFiles: number;
    readonly auditLines: number;
    readonly auditMalformed: number;
    readonly malformedSamples: readonly MalformedLine[];
    readonly usageReport: string | null;
    readonly adminApi: "used" | "not-configured" | "failed";
    readonly apiErrors: readonly string[];
  };
  readonly notes: readonly string[];
}
