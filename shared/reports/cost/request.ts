/**
 * One cost-report run, as both `steward report cost` and the cost-report
 * action ask for it: read the organisation files, collect the sources into a
 * partial, merge partials from other shards, reconcile with Anthropic's
 * cost_report when asked, build the report and render the formats. File
 * reading happens here; writing the rendered files is the caller's.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import type { Logger } from "../../logging.js";
import { applyPriceOverrides, type Catalog, defaultCatalog } from "../../pricing/catalog.js";
import {
  partialFromJson,
  partialToJson,
  type UsagePartial,
  withReferenceCost,
} from "../../usage/aggregate.js";
import { type AdminAuth, fetchCostReport } from "../../usage/anthropic-api.js";
import type { SourceFile } from "../../usage/files.js";
import type { SourceKind } from "../../usage/readers.js";
import { buildCostReport, type CostReport } from "./build.js";
import { emptyOrg, type OrgModel, withBudgets, withRoleMappings, withUsersFile } from "./org.js";
import { type CostFormat, collectPartial, mergeAll, renderFormats } from "./pipeline.js";

export interface CostReportRequest {
  readonly sources: readonly string[];
  readonly kind?: SourceKind;
  readonly roles?: string;
  readonly users?: string;
  readonly budgets?: string;
  readonly prices?: string;
  readonly dashboard?: string;
  /** YYYY-MM-DD, inclusive. */
  readonly since?: string;
  readonly until?: string;
  /** Partials written by other shards. */
  readonly merge?: readonly string[];
  readonly formats: readonly CostFormat[];
  readonly top?: number;
  /** Fetch Anthropic's cost_report for the period and show the variance. */
  readonly reconcile?: { readonly auth: AdminAuth; readonly baseUrl?: string };
}

export interface CostReportRun {
  readonly report: CostReport;
  /** The partial this run read (before merging), for `--partial-out`: made when first read. */
  readonly partialJson: string;
  /** File name -> content, per requested format. */
  readonly files: Map<string, string>;
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a YYYY-MM-DD value, naming the option on error. */
export function checkDay(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!DAY_PATTERN.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new ConfigurationError(`${name} expects a date YYYY-MM-DD, got "${value}".`);
  }
  return value;
}

/** Reads one of the report's input files; a missing or unreadable file is a ConfigurationError naming it. */
export async function readText(cwd: string, file: string, what: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      `Cannot read ${what} ${file}: ${code === "ENOENT" ? "no such file" : (code ?? "error")}.`,
      {
        file,
        cause: error,
      },
    );
  }
}

/** The files a report is priced and grouped with, read and checked (each error names its file). */
export async function readReportInputs(
  cwd: string,
  files: Pick<CostReportRequest, "prices" | "roles" | "users" | "budgets" | "dashboard">,
): Promise<{ catalog: Catalog; org: OrgModel; dashboard: { text: string; file: string } | undefined }> {
  let catalog: Catalog = defaultCatalog;
  if (files.prices)
    catalog = applyPriceOverrides(await readText(cwd, files.prices, "price overrides"), files.prices);
  let org: OrgModel = emptyOrg();
  if (files.roles)
    org = withRoleMappings(org, await readText(cwd, files.roles, "role mappings"), files.roles);
  if (files.users) org = withUsersFile(org, await readText(cwd, files.users, "users file"), files.users);
  if (files.budgets)
    org = withBudgets(org, await readText(cwd, files.budgets, "budgets file"), files.budgets);
  const dashboard = files.dashboard
    ? { text: await readText(cwd, files.dashboard, "dashboard config"), file: files.dashboard }
    : undefined;
  return { catalog, org, dashboard };
}

export async function runCostReport(
  request: CostReportRequest,
  ports: {
    readonly cwd: string;
    readonly logger: Logger;
    readonly now: () => Date;
    readonly onFile?: (file: SourceFile, index: number, total: number) => void;
  },
): Promise<CostReportRun> {
  const { cwd, logger } = ports;
  if (request.sources.length === 0 && (request.merge ?? []).length === 0) {
    throw new ConfigurationError("A cost report needs at least one source or partial to merge.");
  }
  if (request.since && request.until && request.since > request.until) {
    throw new ConfigurationError(`The period starts (${request.since}) after it ends (${request.until}).`);
  }
  const { catalog, org, dashboard } = await readReportInputs(cwd, request);

  const started = Date.now();
  const local = await collectPartial({
    sources: request.sources,
    cwd,
    ...(request.kind ? { kind: request.kind } : {}),
    ...(request.since ? { since: request.since } : {}),
    ...(request.until ? { until: request.until } : {}),
    ...(org.aliases.size ? { userMap: Object.fromEntries(org.aliases) } : {}),
    catalog,
    ...(ports.onFile ? { onFile: ports.onFile } : {}),
    onPlan: (threads, files) => logger.debug(`reading ${files} files on ${threads} thread(s)`),
  });
  logger.debug(
    `read ${local.stats.records} records from ${local.stats.files} files in ${Date.now() - started} ms`,
  );
  if (local.malformed.total > 0) {
    const first = local.malformed.samples[0];
    logger.warning(
      `${local.malformed.total} malformed line(s) skipped${first ? `; first: ${first.reason}` : ""}.`,
      first ? { file: first.file, line: first.line } : undefined,
    );
  }
  const others: UsagePartial[] = [];
  for (const m of request.merge ?? []) others.push(partialFromJson(await readText(cwd, m, "partial"), m));
  let partial = mergeAll([local, ...others]);

  if (request.reconcile) {
    if (!request.since || !request.until)
      throw new ConfigurationError("Reconciliation needs a period (since and until).");
    const end = new Date(Date.parse(`${request.until}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .replace(".000", "");
    const byDay = await fetchCostReport(
      { startingAt: `${request.since}T00:00:00Z`, endingAt: end },
      {
        auth: request.reconcile.auth,
        ...(request.reconcile.baseUrl ? { baseUrl: request.reconcile.baseUrl } : {}),
        logger,
      },
    );
    partial = withReferenceCost(partial, byDay);
  }

  const report = buildCostReport(partial, {
    catalog,
    org,
    generatedAt: ports.now().toISOString(),
    ...(request.since ? { since: request.since } : {}),
    ...(request.until ? { until: request.until } : {}),
    ...(dashboard ? { dashboard } : {}),
  });
  const files = renderFormats(report, request.formats, { top: request.top ?? 10 });
  // Serialised on first read only: most runs write no partial, and over
  // hundreds of thousands of cells its JSON is tens of megabytes.
  let partialJson: string | undefined;
  return {
    report,
    get partialJson(): string {
      partialJson ??= `${JSON.stringify(partialToJson(local))}\n`;
      return partialJson;
    },
    files,
  };
}

/** The alert levels present in a report (quota breaches and budget alerts). */
export function alertLevels(report: CostReport): string[] {
  return [...report.quotaBreaches.map((b) => b.severity), ...report.budgetAlerts.map((b) => b.severity)];
}
