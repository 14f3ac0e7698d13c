/**
 * The monthly cost report as a job: run the report, write its files, put the
 * Markdown in the job summary, set the headline outputs, and tell Slack about
 * quota and budget thresholds crossed (and that the report is ready).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { systemRetryPorts } from "../http/retry.js";
import { notify, runContextFromEnv } from "../notify/index.js";
import type { CostReport } from "../reports/cost/build.js";
import type { CostFormat } from "../reports/cost/pipeline.js";
import { renderMarkdown } from "../reports/cost/render.js";
import { alertLevels, runCostReport } from "../reports/cost/request.js";
import type { SourceKind } from "../usage/readers.js";
import type { ActionContext } from "./run-action.js";

export interface CostReportJobOptions {
  readonly sources: readonly string[];
  readonly kind: SourceKind;
  readonly merge: readonly string[];
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly roles?: string | undefined;
  readonly users?: string | undefined;
  readonly budgets?: string | undefined;
  readonly prices?: string | undefined;
  readonly dashboard?: string | undefined;
  readonly formats: readonly CostFormat[];
  readonly outDir: string;
  readonly partialFile?: string | undefined;
  readonly reconcile: boolean;
  readonly adminKey?: string | undefined;
  readonly apiUrl: string;
  readonly slackWebhookUrl?: string | undefined;
  readonly notify: "alerts" | "all" | "none";
  readonly failOn: "warning" | "critical" | "never";
}

const top = <T extends { costUsd: number; key: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => b.costUsd - a.costUsd)[0]?.key ?? "";

/** The Slack messages a report calls for: one per threshold crossed (and report-ready when asked). */
export function alertMessages(
  report: CostReport,
  notifyMode: "alerts" | "all" | "none",
): Array<{ event: "quota-threshold" | "budget-threshold" | "report-ready"; data: Record<string, unknown> }> {
  if (notifyMode === "none") return [];
  const out: Array<{
    event: "quota-threshold" | "budget-threshold" | "report-ready";
    data: Record<string, unknown>;
  }> = [];
  for (const b of report.quotaBreaches) {
    out.push({
      event: "quota-threshold",
      data: {
        subject: b.user,
        subjectKind: "user",
        metric: "tokens",
        used: b.used,
        limit: b.limit,
        threshold: b.severity === "critical" ? 100 : 80,
        period: `${b.period} ${b.when} (role ${b.role})`,
      },
    });
  }
  for (const a of report.budgetAlerts) {
    out.push({
      event: "budget-threshold",
      data: {
        subject: a.team,
        subjectKind: "team",
        spent: Number(a.cost),
        budget: Number(a.budget),
        threshold: a.severity === "critical" ? 100 : 80,
        period: a.month,
      },
    });
  }
  if (notifyMode === "all") {
    const ranked = (rows: readonly { key: string; costUsd: number }[]) =>
      [...rows]
        .sort((x, y) => y.costUsd - x.costUsd)
        .slice(0, 5)
        .map((r) => ({ name: r.key, cost: r.costUsd }));
    out.push({
      event: "report-ready",
      data: {
        period:
          report.period.since && report.period.until
            ? `${report.period.since} to ${report.period.until}`
            : "all data",
        totalCost: report.totals.costUsd,
        totalTokens: report.totals.tokens,
        activeUsers: report.byUser.length,
        topModels: ranked(report.byModel),
        topSpenders: ranked(report.byUser),
      },
    });
  }
  return out;
}

export async function runCostReportJob(ctx: ActionContext, options: CostReportJobOptions): Promise<void> {
  if (options.adminKey) ctx.setSecret(options.adminKey);
  const webhook = options.slackWebhookUrl ?? ctx.env.SLACK_WEBHOOK_URL;
  if (webhook) ctx.setSecret(webhook);
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  const adminAuth = options.adminKey
    ? options.adminKey.startsWith("sk-ant-admin")
      ? ({ kind: "admin-key", key: options.adminKey } as const)
      : ({ kind: "bearer", token: options.adminKey } as const)
    : undefined;
  const run = await runCostReport(
    {
      sources: options.sources,
      kind: options.kind,
      merge: options.merge,
      formats: options.formats,
      ...(options.since ? { since: options.since } : {}),
      ...(options.until ? { until: options.until } : {}),
      ...(options.roles ? { roles: options.roles } : {}),
      ...(options.users ? { users: options.users } : {}),
      ...(options.budgets ? { budgets: options.budgets } : {}),
      ...(options.prices ? { prices: options.prices } : {}),
      ...(options.dashboard ? { dashboard: options.dashboard } : {}),
      ...(options.reconcile && adminAuth ? { reconcile: { auth: adminAuth, baseUrl: options.apiUrl } } : {}),
    },
    { cwd: workspace, logger: ctx.logger, now: ctx.now },
  );
  const { report } = run;
  const outDir = resolve(workspace, options.outDir);
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of run.files) await writeFile(join(outDir, name), text);
  if (options.partialFile) {
    const file = resolve(workspace, options.partialFile);
    await writeFile(file, run.partialJson);
    ctx.setOutput("partial-file", file);
  }
  await ctx.appendSummary(renderMarkdown(report, { top: 10 }));

  ctx.setOutput("total-cost-usd", report.totals.costUsd.toFixed(2));
  ctx.setOutput("total-tokens", report.totals.tokens);
  ctx.setOutput("users", report.byUser.length);
  ctx.setOutput("top-user", top(report.byUser));
  ctx.setOutput("top-model", top(report.byModel));
  ctx.setOutput("quota-breaches", report.quotaBreaches.length);
  ctx.setOutput("budget-alerts", report.budgetAlerts.length);
  ctx.setOutput("unpriced-models", report.unpricedModels.length);
  ctx.setOutput("malformed-lines", report.malformed.total);
  ctx.setOutput("report-dir", outDir);
  ctx.logger.info(
    `Cost report: $${report.totals.costUsd.toFixed(2)} for ${report.totals.tokens} tokens, ${report.byUser.length} users; written to ${options.outDir}.`,
  );

  const messages = alertMessages(report, options.notify);
  if (messages.length > 0) {
    if (!webhook) {
      ctx.logger.warning(
        `${messages.length} Slack message(s) were due (quota/budget alerts) but no slack-webhook-url or SLACK_WEBHOOK_URL is set.`,
      );
    } else {
      for (const m of messages) {
        await notify(
          {
            event: m.event,
            data: m.data,
            context: runContextFromEnv(ctx.env),
            webhookUrl: webhook,
            webhookUrlSource: options.slackWebhookUrl ? "the slack-webhook-url input" : "SLACK_WEBHOOK_URL",
          },
          { logger: ctx.logger, ...systemRetryPorts },
        );
      }
      ctx.logger.info(`${messages.length} Slack message(s) sent.`);
    }
  }
  const levels = alertLevels(report);
  if (
    (options.failOn === "critical" && levels.includes("critical")) ||
    (options.failOn === "warning" && levels.length > 0)
  ) {
    ctx.fail(`Cost report: ${levels.length} quota/budget alert(s) at or above ${options.failOn}.`);
  }
}
