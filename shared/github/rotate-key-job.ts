/**
 * Key rotation as a job. Three modes:
 * - `audit`: list every key through the Admin API and judge it against
 *   api-key-policy.json (table in the summary, JSON output, Slack on findings);
 * - `rotate`: audit, then run (or resume) the staged rotation of the key kept
 *   in AWS Secrets Manager and distribute it to GitHub secrets;
 * - `oidc-token`: keyless CI: exchange the job's OIDC token for a short-lived
 *   Anthropic token, mask it and export it for later steps.
 * Admin calls authenticate with an admin key or, keyless, with an `org:admin`
 * token from a federation rule.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigurationError } from "../errors.js";
import { systemRetryPorts } from "../http/retry.js";
import type { AdminCredentials } from "../keys/anthropic-admin.js";
import {
  AnthropicAdminClient,
  auditKeys,
  createRotationDeps,
  exchangeGitHubOidcToken,
  type FederationConfig,
  type KeyAuditResult,
  type KeyPolicy,
  parseKeyPolicy,
  renderKeyAuditMarkdown,
  runRotation,
} from "../keys/index.js";
import type { RotationOutcome } from "../keys/rotate.js";
import { notify, runContextFromEnv } from "../notify/index.js";
import { parseJsonSource } from "../policy/json-source.js";
import { SecretValue } from "../secrets/secret-value.js";
import type { ActionContext } from "./run-action.js";

export interface RotateKeyJobOptions {
  readonly mode: "audit" | "rotate" | "oidc-token";
  readonly keyPolicy?: string | undefined;
  readonly adminKey?: string | undefined;
  readonly federation?: FederationConfig | undefined;
  readonly federationForAdmin: boolean;
  readonly anthropicApiUrl?: string | undefined;
  readonly secretId?: string | undefined;
  readonly awsRegion?: string | undefined;
  readonly awsEndpoint?: string | undefined;
  readonly githubTargets: readonly string[];
  readonly githubSecretsToken?: string | undefined;
  readonly expectedWorkspaceId?: string | undefined;
  readonly exportVariable: string;
  readonly slackWebhookUrl?: string | undefined;
  readonly failOnAudit: "error" | "warning" | "never";
}

async function readPolicy(workspace: string, file: string): Promise<KeyPolicy> {
  const path = resolve(workspace, file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new ConfigurationError(`Cannot read the key policy ${file}.`, {
      file,
      hint: "Set key-policy to the path of api-key-policy.json in the checkout.",
    });
  }
  const source = parseJsonSource(text, file);
  const first = source.problems[0];
  if (first) throw new ConfigurationError(first.message, { file, line: first.line, column: first.column });
  return parseKeyPolicy(source.value, file);
}

function auditAlert(result: KeyAuditResult, now: Date): { keys: unknown[]; withinDays?: number } | undefined {
  const due = result.table.rows.filter((r) => r.verdict === "error" || r.verdict === "warning");
  if (due.length === 0) return undefined;
  return {
    keys: due.map((r) => {
      const dueDate = r.expiresAt && r.expiresAt < r.rotationDueAt ? r.expiresAt : r.rotationDueAt;
      return {
        name: r.name,
        dueDate: dueDate.slice(0, 10),
        daysLeft: Math.floor((Date.parse(dueDate) - now.getTime()) / 86_400_000),
        workspace: r.workspace,
        owner: r.owner,
      };
    }),
  };
}

function outcomeMessage(
  outcome: RotationOutcome,
  keyName: string,
): { event: "key-rotated" | "rotation-failed"; data: Record<string, unknown> } | undefined {
  if (outcome.status === "done" || outcome.status === "waiting") {
    return {
      event: "key-rotated",
      data: {
        keyName,
        stores: [`aws:${outcome.secret}`, ...outcome.targets.map((t) => `github:${t.description}`)],
        verified: outcome.keys.some((k) => k.stage === "current" && k.works === true),
        ...(outcome.retryAt ? { previousKeyDeactivatesAt: outcome.retryAt } : {}),
      },
    };
  }
  if (outcome.status === "failed" || outcome.status === "rolled-back") {
    return {
      event: "rotation-failed",
      data: {
        keyName,
        failedStep: outcome.failedStep ?? outcome.status,
        error: outcome.message,
        action: outcome.action,
        resumable: outcome.failureKind !== "configuration",
        steps: outcome.steps.map((s) => ({ name: s.step, status: "done" })),
        keys: outcome.keys.map((k) => ({
          label: k.stage,
          state: `${k.keyStatus ?? "unknown"}${k.works === false ? ", does not work" : ""}`,
          serving: k.stage === "current",
        })),
      },
    };
  }
  return undefined;
}

export async function runRotateKeyJob(ctx: ActionContext, options: RotateKeyJobOptions): Promise<void> {
  for (const s of [options.adminKey, options.githubSecretsToken, options.slackWebhookUrl])
    if (s) ctx.setSecret(s);
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  const now = ctx.now();
  const webhook = options.slackWebhookUrl ?? ctx.env.SLACK_WEBHOOK_URL;
  const send = async (
    event: "key-rotated" | "rotation-failed" | "key-expiring",
    data: Record<string, unknown>,
  ) => {
    if (!webhook) {
      ctx.logger.warning(
        `A "${event}" Slack message was due but no slack-webhook-url or SLACK_WEBHOOK_URL is set.`,
      );
      return;
    }
    await notify(
      {
        event,
        data,
        context: runContextFromEnv(ctx.env),
        webhookUrl: webhook,
        webhookUrlSource: options.slackWebhookUrl ? "the slack-webhook-url input" : "SLACK_WEBHOOK_URL",
      },
      { logger: ctx.logger, ...systemRetryPorts },
    );
  };
  const exchange = (federation: FederationConfig) =>
    exchangeGitHubOidcToken(federation, {
      getIdToken: (audience) => ctx.getIdToken(audience),
      ...(options.anthropicApiUrl ? { baseUrl: options.anthropicApiUrl } : {}),
      mask: (v) => ctx.setSecret(v),
      now: ctx.now,
    });

  if (options.mode === "oidc-token") {
    if (!options.federation) {
      throw new ConfigurationError(
        "mode oidc-token needs federation-rule-id, organization-id and service-account-id.",
      );
    }
    const token = await exchange(options.federation);
    ctx.exportSecretVariable(options.exportVariable, token.accessToken.reveal());
    ctx.setOutput("token-expires-at", token.expiresAt.toISOString());
    ctx.logger.info(
      `Exported a short-lived Anthropic token as ${options.exportVariable} (scope ${token.scope}, expires ${token.expiresAt.toISOString()}).`,
    );
    return;
  }

  let credentials: AdminCredentials;
  if (options.adminKey) credentials = { adminKey: new SecretValue(options.adminKey) };
  else if (options.federation && options.federationForAdmin) {
    credentials = { bearerToken: (await exchange(options.federation)).accessToken };
  } else {
    throw new ConfigurationError(
      "The Admin API needs credentials: set anthropic-admin-key, or the federation inputs with an org:admin rule.",
      {
        hint: "Keyless is preferred: see docs/key-rotation.md.",
      },
    );
  }
  if (!options.keyPolicy)
    throw new ConfigurationError("Input key-policy is required: the path of api-key-policy.json.");
  const policy = await readPolicy(workspace, options.keyPolicy);

  const admin = new AnthropicAdminClient({
    credentials,
    ...(options.anthropicApiUrl ? { baseUrl: options.anthropicApiUrl } : {}),
    logger: ctx.logger,
  });
  const keys = await admin.listKeys();
  const audit = auditKeys(keys, policy, now);
  ctx.setOutput("audit-json", JSON.stringify(audit));
  ctx.setOutput("overdue", audit.findings.filter((f) => f.kind === "overdue").length);
  ctx.setOutput(
    "expiring",
    audit.findings.filter((f) => f.kind === "expiring-soon" || f.kind === "rotation-due-soon").length,
  );
  await ctx.appendSummary(renderKeyAuditMarkdown(audit));
  for (const f of audit.findings) {
    const text = `${f.keyName} (${f.keyId}): ${f.message} ${f.hint}`;
    if (f.severity === "error") ctx.logger.error(text, { title: `key ${f.kind}` });
    else if (f.severity === "warning") ctx.logger.warning(text, { title: `key ${f.kind}` });
  }
  const alert = auditAlert(audit, now);
  if (alert) await send("key-expiring", alert as unknown as Record<string, unknown>);

  if (options.mode === "rotate") {
    if (!policy.rotationEnabled) {
      throw new ConfigurationError(
        "Rotation is disabled in the key policy (apiKeys.rotation.enabled is false).",
        {
          file: options.keyPolicy,
        },
      );
    }
    if (!options.secretId)
      throw new ConfigurationError("mode rotate needs secret-id (the AWS Secrets Manager secret).");
    const deps = createRotationDeps({
      secretId: options.secretId,
      targets: options.githubTargets,
      ...(options.githubSecretsToken ? { githubToken: new SecretValue(options.githubSecretsToken) } : {}),
      ...(ctx.env.GITHUB_API_URL ? { githubApiUrl: ctx.env.GITHUB_API_URL } : {}),
      ...(options.anthropicApiUrl ? { anthropicBaseUrl: options.anthropicApiUrl } : {}),
      ...(options.awsRegion ? { awsRegion: options.awsRegion } : {}),
      ...(options.awsEndpoint ? { awsEndpoint: options.awsEndpoint } : {}),
      adminCredentials: credentials,
      logger: ctx.logger,
      now: ctx.now,
      mask: (v) => ctx.setSecret(v),
    });
    const outcome = await runRotation(deps, {
      gracePeriodMs: policy.gracePeriodMs,
      minRemainingLifetimeMs: policy.minRemainingLifetimeMs,
      ...(options.expectedWorkspaceId ? { expectedWorkspaceId: options.expectedWorkspaceId } : {}),
    });
    ctx.setOutput("rotation-status", outcome.status);
    ctx.setOutput("rotation-json", JSON.stringify(outcome));
    if (outcome.failedStep) ctx.setOutput("failed-step", outcome.failedStep);
    ctx.logger.info(`Rotation ${outcome.status}: ${outcome.message}`);
    const lines = [
      "## Key rotation",
      "",
      `**${outcome.status}** — ${outcome.message}`,
      "",
      outcome.action ? `**Next:** ${outcome.action}` : "",
      "",
      "| Step | Detail |",
      "|---|---|",
      ...outcome.steps.map((s) => `| ${s.step} | ${s.detail.replace(/\|/g, "\\|")} |`),
      "",
      "| Target | In sync | Updated |",
      "|---|---|---|",
      ...outcome.targets.map(
        (t) => `| ${t.description} | ${t.inSync ? "yes" : "**no**"} | ${t.updatedAt ?? "-"} |`,
      ),
      "",
    ];
    await ctx.appendSummary(lines.join("\n"));
    const message = outcomeMessage(outcome, options.secretId);
    if (message) await send(message.event, message.data);
    if (outcome.status === "failed" || outcome.status === "rolled-back") {
      ctx.fail(
        `Key rotation ${outcome.status} at step ${outcome.failedStep ?? "?"}: ${outcome.message} ${outcome.action}`,
      );
      return;
    }
  }
  const worst = audit.counts.error > 0 ? "error" : audit.counts.warning > 0 ? "warning" : "none";
  if (
    (options.failOnAudit === "error" && worst === "error") ||
    (options.failOnAudit === "warning" && worst !== "none")
  ) {
    ctx.fail(
      `Key audit: ${audit.counts.error} errors and ${audit.counts.warning} warnings (fail-on-audit: ${options.failOnAudit}).`,
    );
  }
}
