/** compliance-report: read inputs, mask secrets, build the report, post it, set outputs. */
import { join, resolve } from "node:path";
import { type ActionContext, runAction } from "../../shared/github/run-action.js";
import { systemRetryPorts } from "../../shared/http/retry.js";
import { runContextFromEnv } from "../../shared/notify/index.js";
import {
  deliverComplianceReport,
  FILE_NAMES,
  generateComplianceReport,
  renderMarkdown,
} from "../../shared/reports/compliance/index.js";
import { parseInputs, secretInputs } from "./inputs.js";

export async function complianceReportAction(ctx: ActionContext): Promise<void> {
  // Mask every secret the moment it is read, before parsing can fail.
  for (const secret of secretInputs(ctx.getInput)) ctx.setSecret(secret);
  const inputs = parseInputs(ctx.getInput);
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  const ports = { ...systemRetryPorts, logger: ctx.logger, cwd: workspace, clock: ctx.now };

  const { report, written } = await generateComplianceReport(
    {
      policyDir: inputs.policyPath,
      auditLogs: inputs.auditLogs,
      ...(inputs.usageReport ? { usageReport: inputs.usageReport } : {}),
      ...(inputs.period ? { period: inputs.period } : {}),
      formats: inputs.formats,
      outDir: inputs.outDir,
      ...(inputs.anthropicAdminKey
        ? {
            anthropic: {
              auth: { kind: "admin-key" as const, key: inputs.anthropicAdminKey },
              ...(inputs.anthropicApiUrl ? { baseUrl: inputs.anthropicApiUrl } : {}),
            },
          }
        : {}),
    },
    ports,
  );
  const s = report.summary;
  ctx.setOutput("passing", s.passing);
  ctx.setOutput("failing", s.failing);
  ctx.setOutput("not-evaluated", s.notEvaluated);
  const main = inputs.formats.includes("json") ? FILE_NAMES.json : FILE_NAMES[inputs.formats[0] ?? "json"];
  ctx.setOutput("report-file", join(inputs.outDir, main));
  ctx.logger.info(`Compliance report files: ${written.map((p) => resolve(p)).join(", ")}`);
  for (const c of report.controls.filter((x) => x.verdict === "fail")) {
    const located = c.evidence.filter((e) => e.ok === false && e.file).slice(0, 10);
    if (located.length === 0) {
      ctx.logger.warning(`${c.title}: ${c.reason}`, { title: `Compliance control failing: ${c.id}` });
    }
    for (const e of located) {
      ctx.logger.warning(`${c.title}: ${e.check}: ${e.detail}`, {
        title: `Compliance control failing: ${c.id}`,
        ...(e.file ? { file: e.file } : {}),
        ...(e.line ? { line: e.line } : {}),
      });
    }
  }
  await ctx.appendSummary(renderMarkdown(report));

  if (inputs.endpointUrl || inputs.slackWebhookUrl) {
    const context = runContextFromEnv(ctx.env);
    await deliverComplianceReport(
      report,
      {
        ...(inputs.endpointUrl
          ? {
              endpoint: {
                url: inputs.endpointUrl,
                ...(inputs.endpointToken ? { token: inputs.endpointToken } : {}),
                allowHttpLoopback: inputs.allowHttpLoopback,
              },
            }
          : {}),
        ...(inputs.slackWebhookUrl
          ? {
              slack: {
                webhookUrl: inputs.slackWebhookUrl,
                webhookUrlSource: "the slack-webhook-url input",
                context,
                ...(context.runUrl ? { reportUrl: context.runUrl } : {}),
              },
            }
          : {}),
      },
      ports,
    );
  }
  ctx.logger.info(
    `${report.period.month}: ${s.passing} passing, ${s.failing} failing, ${s.notEvaluated} not evaluated.`,
  );
  if (inputs.failOnFailingControls && s.failing > 0) {
    ctx.fail(
      `${s.failing} compliance control${s.failing === 1 ? "" : "s"} failing (fail-on-failing-controls).`,
    );
  }
}

export function run(): Promise<void> {
  return runAction("compliance-report", complianceReportAction);
}
