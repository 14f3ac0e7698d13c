/** `steward report compliance`: the compliance report (docs/compliance.md). */
import { ConfigurationError } from "../../errors.js";
import { systemRetryPorts } from "../../http/retry.js";
import {
  COMPLIANCE_FORMATS,
  type ComplianceFormat,
  deliverComplianceReport,
  generateComplianceReport,
} from "../../reports/compliance/index.js";
import type { AdminAuth } from "../../usage/anthropic-api.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo, Command } from "../command.js";

const HELP = `Usage: steward report compliance --policy <dir> [options]

Evaluates the compliance controls (SSO, audit logging, sandbox, secrets,
access control by role, model routing and data residency, retention, MFA and
session timeout, policy lint) over a policy repository, its audit logs and a
cost report, and writes compliance.json (schemaVersion 1), a Markdown summary
and a self-contained HTML report. Each control is pass, fail or not-evaluated
(with the reason); a control never passes on missing evidence.

Options:
  --policy <dir>          the policy repository (required)
  --audit-logs <path>     audit log file or directory (AuditRecordV1 JSONL and the
                          seed's BLOCKED/DENIED lines); repeatable
  --usage <report.json>   a cost report from 'steward report cost --format json'
                          (token usage, cost, and activity to find log gaps against)
  --period <YYYY-MM>      the month reported (default: last month)
  --format <f>            json, md or html; repeatable (default: json and md)
  --out <dir>             write compliance.json / .md / .html here
                          (default: print the Markdown, or the first format, to stdout)
  --endpoint-url <url>    POST compliance.json here (https only), with an
                          Idempotency-Key header; token from COMPLIANCE_ENDPOINT_TOKEN
  --allow-http-loopback   accept an http://127.0.0.1 endpoint (testing only)
  --api-base-url <url>    Anthropic Admin API base URL (default https://api.anthropic.com)
  --slack                 post a compliance-failing message to SLACK_WEBHOOK_URL
                          when controls fail
  --dry-run               with --slack: build the Slack message, send nothing
  --fail-on-failing       exit 1 when any control fails

Environment:
  ANTHROPIC_ADMIN_KEY / ANTHROPIC_ADMIN_OAUTH_TOKEN   Admin API access for total
      users (GET /v1/organizations/users) and active users (Claude Code Analytics
      API); without it user counts come from the logs.
  COMPLIANCE_ENDPOINT_TOKEN   bearer token for --endpoint-url
  SLACK_WEBHOOK_URL           incoming webhook for --slack

Exit codes: 0 report written, 1 controls fail (with --fail-on-failing),
2 bad usage or configuration (also an undeliverable endpoint post).
`;

const command: Command = {
  path: ["report", "compliance"],
  summary: "Compliance report: controls with verdicts and evidence, the seed's matrix, metrics",
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(
      "report compliance",
      args,
      {
        policy: { type: "string" },
        "audit-logs": { type: "string", multiple: true },
        usage: { type: "string" },
        period: { type: "string" },
        format: { type: "string", multiple: true },
        out: { type: "string" },
        "endpoint-url": { type: "string" },
        "allow-http-loopback": { type: "boolean" },
        "api-base-url": { type: "string" },
        slack: { type: "boolean" },
        "dry-run": { type: "boolean" },
        "fail-on-failing": { type: "boolean" },
      },
      false,
    );
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (!values.policy) {
      throw new ConfigurationError("steward report compliance: --policy <dir> is required.", {
        hint: "Run 'steward report compliance --help' for the options it accepts.",
      });
    }
    const formats = (values.format ?? ["json", "md"]) as ComplianceFormat[];
    for (const f of formats) {
      if (!COMPLIANCE_FORMATS.includes(f))
        throw new ConfigurationError(`--format must be json, md or html, got "${f}".`);
    }
    const key = io.env.ANTHROPIC_ADMIN_KEY?.trim();
    const token = io.env.ANTHROPIC_ADMIN_OAUTH_TOKEN?.trim();
    const auth: AdminAuth | undefined = key
      ? { kind: "admin-key", key }
      : token
        ? { kind: "bearer", token }
        : undefined;
    const ports = { ...systemRetryPorts, logger: io.logger, cwd: io.cwd, clock: io.now };
    const generated = await generateComplianceReport(
      {
        policyDir: values.policy,
        auditLogs: values["audit-logs"] ?? [],
        ...(values.usage ? { usageReport: values.usage } : {}),
        ...(values.period ? { period: values.period } : {}),
        formats: [...new Set(formats)],
        ...(values.out ? { outDir: values.out } : {}),
        ...(auth
          ? { anthropic: { auth, ...(values["api-base-url"] ? { baseUrl: values["api-base-url"] } : {}) } }
          : {}),
      },
      ports,
    );
    const { report, files } = generated;
    if (values.out) {
      io.logger.info(`compliance report: ${[...files.keys()].join(", ")} written to ${values.out}`);
    } else {
      io.stdout.write(files.get("compliance.md") ?? [...files.values()][0] ?? "");
    }
    const s = report.summary;
    io.logger.info(
      `${report.period.month}: ${s.passing} passing, ${s.failing} failing, ${s.notEvaluated} not evaluated.`,
    );
    if (values["endpoint-url"] || values.slack) {
      const webhookUrl = io.env.SLACK_WEBHOOK_URL?.trim();
      if (values.slack && !webhookUrl && !values["dry-run"]) {
        throw new ConfigurationError("--slack needs SLACK_WEBHOOK_URL in the environment (or --dry-run).");
      }
      const endpointToken = io.env.COMPLIANCE_ENDPOINT_TOKEN?.trim();
      const delivery = await deliverComplianceReport(
        report,
        {
          ...(values["endpoint-url"]
            ? {
                endpoint: {
                  url: values["endpoint-url"],
                  ...(endpointToken ? { token: endpointToken } : {}),
                  allowHttpLoopback: values["allow-http-loopback"] === true,
                },
              }
            : {}),
          ...(values.slack
            ? {
                slack: {
                  ...(webhookUrl ? { webhookUrl } : {}),
                  webhookUrlSource: "SLACK_WEBHOOK_URL",
                  dryRun: values["dry-run"] === true,
                },
              }
            : {}),
        },
        ports,
      );
      if (delivery.slack && values["dry-run"])
        io.stderr.write(`${JSON.stringify(delivery.slack.payload, null, 2)}\n`);
    }
    return values["fail-on-failing"] && s.failing > 0 ? 1 : 0;
  },
};

export default command;
