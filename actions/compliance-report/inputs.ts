/** The compliance-report action's inputs, declared once and parsed strictly. */
import { ConfigurationError } from "../../shared/errors.js";
import { booleanInput, type InputGetter, listInput, optionalString } from "../../shared/inputs/parse.js";
import { COMPLIANCE_FORMATS, type ComplianceFormat } from "../../shared/reports/compliance/index.js";

/** Every input this action reads; a test keeps it equal to action.yml's inputs. */
export const INPUTS = [
  "policy-path",
  "audit-logs",
  "usage-report",
  "period",
  "formats",
  "out-dir",
  "endpoint-url",
  "endpoint-token",
  "anthropic-admin-key",
  "anthropic-api-url",
  "slack-webhook-url",
  "fail-on-failing-controls",
  "allow-http-loopback",
] as const;

export interface ComplianceReportInputs {
  readonly policyPath: string;
  readonly auditLogs: readonly string[];
  readonly usageReport: string | undefined;
  readonly period: string | undefined;
  readonly formats: readonly ComplianceFormat[];
  readonly outDir: string;
  readonly endpointUrl: string | undefined;
  /** Secrets: mask before anything else. */
  readonly endpointToken: string | undefined;
  readonly anthropicAdminKey: string | undefined;
  readonly anthropicApiUrl: string | undefined;
  readonly slackWebhookUrl: string | undefined;
  readonly failOnFailingControls: boolean;
  readonly allowHttpLoopback: boolean;
}

/** The secret inputs, read first so they can be masked before any parse error. */
export function secretInputs(get: InputGetter): string[] {
  return ["endpoint-token", "anthropic-admin-key", "slack-webhook-url"]
    .map((n) => get(n).trim())
    .filter((v) => v !== "");
}

export function parseInputs(get: InputGetter): Readonly<ComplianceReportInputs> {
  // Secrets first; none of them is ever quoted in an error.
  const endpointToken = optionalString(get, "endpoint-token");
  const anthropicAdminKey = optionalString(get, "anthropic-admin-key");
  const slackWebhookUrl = optionalString(get, "slack-webhook-url");
  const formats = listInput(get, "formats");
  for (const f of formats) {
    if (!(COMPLIANCE_FORMATS as readonly string[]).includes(f)) {
      throw new ConfigurationError(`Input formats must list json, md and/or html; got "${f}".`);
    }
  }
  const period = optionalString(get, "period");
  if (period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
    throw new ConfigurationError(`Input period must be a month YYYY-MM, got "${period}".`);
  }
  const endpointUrl = optionalString(get, "endpoint-url");
  if (endpointToken && !endpointUrl) {
    throw new ConfigurationError("Input endpoint-token is set but endpoint-url is empty.", {
      hint: "Set endpoint-url to the https URL that receives compliance.json, or drop the token.",
    });
  }
  return Object.freeze({
    policyPath: optionalString(get, "policy-path") ?? ".",
    auditLogs: listInput(get, "audit-logs"),
    usageReport: optionalString(get, "usage-report"),
    period,
    formats: formats.length
      ? [...new Set(formats as ComplianceFormat[])]
      : (["json", "md", "html"] as ComplianceFormat[]),
    outDir: optionalString(get, "out-dir") ?? "compliance-report",
    endpointUrl,
    endpointToken,
    anthropicAdminKey,
    anthropicApiUrl: optionalString(get, "anthropic-api-url"),
    slackWebhookUrl,
    failOnFailingControls: booleanInput(get, "fail-on-failing-controls", false),
    allowHttpLoopback: booleanInput(get, "allow-http-loopback", false),
  });
}
