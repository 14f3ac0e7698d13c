/**
 * The compliance report job, shared by `steward report compliance` and the
 * compliance-report action: gather evidence (policy files, lint, audit logs,
 * cost report, Admin API), build and render the report, write the files
 * ({@link generateComplianceReport}); then post it and tell Slack
 * ({@link deliverComplianceReport}). I/O only through the ports passed in.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, posix, resolve } from "node:path";
import { ConfigurationError, getErrorMessage } from "../../errors.js";
import type { RetryOptions, RetryPorts } from "../../http/retry.js";
import type { Logger } from "../../logging.js";
import { type CommonData, type NotifyResult, notify } from "../../notify/index.js";
import { lintPolicyDirectory } from "../../policy/lint.js";
import type { AdminAuth } from "../../usage/anthropic-api.js";
import { gatherApiEvidence } from "./anthropic.js";
import { readAuditLogs } from "./audit.js";
import { buildComplianceReport, periodOf, previousMonth } from "./build.js";
import { type EndpointResult, postComplianceReport } from "./endpoint.js";
import { loadPolicyEvidence } from "./policy-files.js";
import { type ComplianceFormat, FILE_NAMES, renderComplianceFormats } from "./render.js";
import type {
  ApiEvidence,
  ComplianceEvidence,
  ComplianceReport,
  LintEvidence,
  UsageEvidence,
} from "./types.js";
import { parseUsageReport } from "./usage.js";

export interface ComplianceRunOptions {
  /** The policy repository, relative to `cwd`. */
  readonly policyDir: string;
  readonly auditLogs: readonly string[];
  /** A cost report.json. */
  readonly usageReport?: string;
  /** YYYY-MM; default the month before `now`. */
  readonly period?: string;
  readonly formats: readonly ComplianceFormat[];
  /** Where to write the files; none written when absent. */
  readonly outDir?: string;
  readonly anthropic?: { readonly auth: AdminAuth; readonly baseUrl?: string };
  /** Retry overrides for outbound calls (tests use millisecond delays). */
  readonly retry?: RetryOptions;
}

export interface ComplianceRunPorts extends RetryPorts {
  readonly logger: Logger;
  readonly cwd: string;
  readonly clock: () => Date;
  readonly fetch?: typeof fetch;
}

export interface GeneratedReport {
  readonly report: ComplianceReport;
  /** File name -> content, in the order of `formats`. */
  readonly files: ReadonlyMap<string, string>;
  /** Absolute paths written. */
  readonly written: readonly string[];
}

export function parsePeriod(value: string | undefined, now: Date, where: string) {
  const month = value ?? previousMonth(now);
  const period = periodOf(month);
  if (!period) {
    throw new ConfigurationError(`${where} must be a month YYYY-MM, got "${month}".`, {
      title: "Compliance report",
    });
  }
  return period;
}

export async function generateComplianceReport(
  options: ComplianceRunOptions,
  ports: ComplianceRunPorts,
): Promise<GeneratedReport> {
  const now = ports.clock();
  const period = parsePeriod(options.period, now, "The period");
  const policyPath = resolve(ports.cwd, options.policyDir);
  const policy = await loadPolicyEvidence(policyPath, options.policyDir);

  let lint: LintEvidence | undefined;
  let lintError: string | undefined;
  try {
    const r = await lintPolicyDirectory(policyPath, ports.logger, { now: () => now });
    lint = {
      counts: r.counts,
      findings: r.findings.slice(0, 50).map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        file: posix.join(options.policyDir, f.file),
        line: f.line,
        message: f.message,
      })),
      waived: r.waived.length,
    };
  } catch (error) {
    lintError = getErrorMessage(error);
    ports.logger.warning(`Policy lint did not run: ${lintError}`);
  }

  const audit = options.auditLogs.length
    ? await readAuditLogs(options.auditLogs, ports.cwd, period)
    : undefined;
  if (audit && audit.malformed > 0) {
    const first = audit.malformedSamples[0];
    ports.logger.warning(
      `${audit.malformed} audit line(s) could not be read${first ? `; first: ${first.error}` : ""}.`,
      first ? { file: first.file, line: first.line } : undefined,
    );
  }

  let usage: UsageEvidence | undefined;
  if (options.usageReport) {
    const file = resolve(ports.cwd, options.usageReport);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      throw new ConfigurationError(`Usage report not found: ${options.usageReport}`, {
        title: "Usage report",
        hint: "Pass the report.json written by `steward report cost --format json`.",
      });
    }
    usage = parseUsageReport(text, options.usageReport);
  }

  let api: ApiEvidence | undefined;
  let adminApi: "used" | "not-configured" | "failed" = "not-configured";
  if (options.anthropic) {
    api = await gatherApiEvidence(period, now.toISOString().slice(0, 10), {
      auth: options.anthropic.auth,
      ...(options.anthropic.baseUrl ? { baseUrl: options.anthropic.baseUrl } : {}),
      ...(ports.fetch ? { fetch: ports.fetch } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      retryPorts: ports,
      logger: ports.logger,
    });
    adminApi = api.errors.length === 0 ? "used" : api.users || api.activity ? "used" : "failed";
    for (const e of api.errors) ports.logger.warning(`Anthropic Admin API: ${e} Falling back to the logs.`);
  }

  const evidence: ComplianceEvidence = {
    period,
    now: now.toISOString(),
    policy,
    ...(lint ? { lint } : {}),
    ...(lintError ? { lintError } : {}),
    ...(audit ? { audit } : {}),
    ...(usage ? { usage } : {}),
    ...(api ? { api } : {}),
  };
  const report = buildComplianceReport(evidence, { generatedAt: now.toISOString(), adminApi });
  const files = renderComplianceFormats(report, options.formats);
  const written: string[] = [];
  if (options.outDir) {
    const dir = resolve(ports.cwd, options.outDir);
    await mkdir(dir, { recursive: true });
    for (const [name, text] of files) {
      const path = join(dir, name);
      await writeFile(path, text);
      written.push(path);
    }
  }
  return { report, files, written };
}

export interface DeliveryOptions {
  readonly endpoint?: {
    readonly url: string;
    readonly token?: string;
    readonly allowHttpLoopback?: boolean;
  };
  readonly slack?: {
    readonly webhookUrl?: string;
    readonly webhookUrlSource: string;
    readonly dryRun?: boolean;
    readonly context?: CommonData;
    readonly reportUrl?: string;
  };
  readonly retry?: RetryOptions;
}

export interface DeliveryResult {
  readonly endpoint?: EndpointResult;
  /** Present when a Slack message was built (only when controls fail). */
  readonly slack?: NotifyResult;
}

/** The `compliance-failing` event's data for a report, or undefined when nothing fails. */
export function complianceFailingData(
  report: ComplianceReport,
  reportUrl?: string,
): Record<string, unknown> | undefined {
  const failing = report.controls.filter((c) => c.verdict === "fail");
  if (failing.length === 0) return undefined;
  return {
    period: report.period.month,
    framework: "SOC 2, HIPAA, GDPR",
    passing: report.summary.passing,
    controls: failing.map((c) => ({
      id: c.id,
      title: c.title,
      severity: c.severity,
      detail: c.reason.length > 280 ? `${c.reason.slice(0, 277)}...` : c.reason,
    })),
    ...(reportUrl ? { reportUrl } : {}),
  };
}

export async function deliverComplianceReport(
  report: ComplianceReport,
  options: DeliveryOptions,
  ports: ComplianceRunPorts,
): Promise<DeliveryResult> {
  let endpoint: EndpointResult | undefined;
  if (options.endpoint) {
    endpoint = await postComplianceReport(
      report,
      { ...options.endpoint, ...(options.retry ? { retry: options.retry } : {}) },
      { ...ports, ...(ports.fetch ? { fetch: ports.fetch } : {}) },
    );
    ports.logger.info(
      `Compliance report posted to the endpoint (HTTP ${endpoint.status}, ${endpoint.attempts} attempt${endpoint.attempts === 1 ? "" : "s"}).`,
    );
  }
  let slack: NotifyResult | undefined;
  const data = complianceFailingData(report, options.slack?.reportUrl);
  if (options.slack && data && (options.slack.webhookUrl || options.slack.dryRun)) {
    slack = await notify(
      {
        event: "compliance-failing",
        data,
        ...(options.slack.context ? { context: options.slack.context } : {}),
        ...(options.slack.dryRun ? { dryRun: true } : {}),
        ...(options.slack.webhookUrl ? { webhookUrl: options.slack.webhookUrl } : {}),
        webhookUrlSource: options.slack.webhookUrlSource,
        ...(options.retry ? { retry: options.retry } : {}),
      },
      { ...ports, ...(ports.fetch ? { fetch: ports.fetch } : {}) },
    );
  }
  return { ...(endpoint ? { endpoint } : {}), ...(slack ? { slack } : {}) };
}

export { FILE_NAMES };
