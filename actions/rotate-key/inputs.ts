/** The rotate-key action's inputs, declared once and parsed strictly. */
import { ConfigurationError } from "../../shared/errors.js";
import type { RotateKeyJobOptions } from "../../shared/github/rotate-key-job.js";
import { enumInput, type InputGetter, lineListInput, optionalString } from "../../shared/inputs/parse.js";

/** Every input this action reads; a test keeps it equal to action.yml's inputs. */
export const INPUTS = [
  "mode",
  "key-policy",
  "anthropic-admin-key",
  "federation-rule-id",
  "organization-id",
  "service-account-id",
  "workspace-id",
  "oidc-audience",
  "anthropic-api-url",
  "secret-id",
  "aws-region",
  "aws-endpoint",
  "github-targets",
  "github-secrets-token",
  "expected-workspace-id",
  "export-variable",
  "slack-webhook-url",
  "fail-on-audit",
] as const;

export function parseInputs(get: InputGetter): RotateKeyJobOptions {
  const rule = optionalString(get, "federation-rule-id");
  const org = optionalString(get, "organization-id");
  const account = optionalString(get, "service-account-id");
  const given = [rule, org, account].filter((v) => v !== undefined).length;
  if (given > 0 && given < 3) {
    throw new ConfigurationError(
      "Federation needs all of federation-rule-id, organization-id and service-account-id; some are missing.",
    );
  }
  const workspace = optionalString(get, "workspace-id");
  const federation =
    rule && org && account
      ? {
          federationRuleId: rule,
          organizationId: org,
          serviceAccountId: account,
          ...(workspace ? { workspaceId: workspace } : {}),
          audience: optionalString(get, "oidc-audience") ?? "https://api.anthropic.com",
        }
      : undefined;
  const exportVariable = optionalString(get, "export-variable") ?? "ANTHROPIC_AUTH_TOKEN";
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(exportVariable)) {
    throw new ConfigurationError(
      `Input export-variable must be an environment variable name, got "${exportVariable}".`,
    );
  }
  const adminKey = optionalString(get, "anthropic-admin-key");
  return {
    mode: enumInput(get, "mode", ["audit", "rotate", "oidc-token"], "audit"),
    keyPolicy: optionalString(get, "key-policy"),
    adminKey,
    federation,
    federationForAdmin: adminKey === undefined && federation !== undefined,
    anthropicApiUrl: optionalString(get, "anthropic-api-url"),
    secretId: optionalString(get, "secret-id"),
    awsRegion: optionalString(get, "aws-region"),
    awsEndpoint: optionalString(get, "aws-endpoint"),
    githubTargets: lineListInput(get, "github-targets"),
    githubSecretsToken: optionalString(get, "github-secrets-token"),
    expectedWorkspaceId: optionalString(get, "expected-workspace-id"),
    exportVariable,
    slackWebhookUrl: optionalString(get, "slack-webhook-url"),
    failOnAudit: enumInput(get, "fail-on-audit", ["error", "warning", "never"], "never"),
  };
}
