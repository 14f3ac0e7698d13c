/**
 * The control catalog and the seed's compliance matrix, as data: each
 * control's title, severity and the SOC 2 / HIPAA / GDPR clauses it supports
 * (docs/compliance.md explains each mapping).
 */
import type { ControlId, FrameworkClauses, MetricName } from "./types.js";

export interface ControlInfo {
  readonly id: ControlId;
  readonly title: string;
  readonly severity: "high" | "medium" | "low";
  readonly frameworks: FrameworkClauses;
}

export const CONTROL_CATALOG: readonly ControlInfo[] = [
  {
    id: "sso",
    title: "SSO configured and enforced",
    severity: "high",
    frameworks: {
      soc2: ["CC6.1", "CC6.2"],
      hipaa: ["164.312(d)", "164.312(a)(2)(i)"],
      gdpr: ["Art. 32(1)(b)"],
    },
  },
  {
    id: "audit-logging",
    title: "Audit logging in force",
    severity: "high",
    frameworks: {
      soc2: ["CC7.2", "CC7.3", "CC4.1"],
      hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"],
      gdpr: ["Art. 5(2)", "Art. 30", "Art. 33(5)"],
    },
  },
  {
    id: "sandbox",
    title: "Sandbox enabled and required",
    severity: "high",
    frameworks: {
      soc2: ["CC6.6", "CC6.8"],
      hipaa: ["164.312(a)(1)", "164.312(e)(1)"],
      gdpr: ["Art. 25(1)", "Art. 32(1)(b)"],
    },
  },
  {
    id: "secrets-protected",
    title: "Secrets protected",
    severity: "high",
    frameworks: {
      soc2: ["CC6.1", "CC6.7", "C1.1"],
      hipaa: ["164.312(a)(1)", "164.312(c)(1)"],
      gdpr: ["Art. 5(1)(f)", "Art. 32(1)(b)"],
    },
  },
  {
    id: "access-control",
    title: "Access control by role",
    severity: "high",
    frameworks: {
      soc2: ["CC6.1", "CC6.3"],
      hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
      gdpr: ["Art. 25(2)", "Art. 32(4)"],
    },
  },
  {
    id: "model-routing",
    title: "Model routing and data residency",
    severity: "medium",
    frameworks: {
      soc2: ["CC6.6", "CC9.2"],
      hipaa: ["164.308(b)(1)", "164.312(e)(1)"],
      gdpr: ["Art. 28", "Art. 44", "Art. 46"],
    },
  },
  {
    id: "retention",
    title: "Retention periods honoured",
    severity: "medium",
    frameworks: {
      soc2: ["C1.2", "CC7.2"],
      hipaa: ["164.316(b)(2)(i)"],
      gdpr: ["Art. 5(1)(e)"],
    },
  },
  {
    id: "mfa-session",
    title: "MFA and session timeout declared",
    severity: "medium",
    frameworks: {
      soc2: ["CC6.1"],
      hipaa: ["164.312(d)", "164.312(a)(2)(iii)"],
      gdpr: ["Art. 32(1)(b)"],
    },
  },
  {
    id: "policy-lint",
    title: "Policy lint clean",
    severity: "low",
    frameworks: {
      soc2: ["CC8.1"],
      hipaa: ["164.308(a)(8)"],
      gdpr: ["Art. 24(1)", "Art. 25(1)"],
    },
  },
];

export function controlInfo(id: ControlId): ControlInfo {
  const info = CONTROL_CATALOG.find((c) => c.id === id);
  if (!info) throw new Error(`unknown control ${id}`);
  return info;
}

/** The seed's compliance configuration matrix (enterprise-setup.md), each row tied to the controls that verify it. */
export const COMPLIANCE_MATRIX: readonly {
  readonly requirement: string;
  readonly configuration: string;
  readonly verification: string;
  readonly controls: readonly ControlId[];
}[] = [
  {
    requirement: "Data residency",
    configuration: "Custom model routing",
    verification: "Audit logs",
    controls: ["model-routing"],
  },
  {
    requirement: "Access control",
    configuration: "SSO + RBAC",
    verification: "Permission logs",
    controls: ["sso", "access-control", "mfa-session"],
  },
  {
    requirement: "Audit trail",
    configuration: "Hook-based logging",
    verification: "SIEM integration",
    controls: ["audit-logging"],
  },
  {
    requirement: "Data protection",
    configuration: "Sandbox + deny rules",
    verification: "Security scans",
    controls: ["sandbox", "secrets-protected", "policy-lint"],
  },
  {
    requirement: "Retention",
    configuration: "Log rotation policy",
    verification: "Compliance reports",
    controls: ["retention"],
  },
];

/** The metrics Steward can report; governance-config.json's reports.includeMetrics picks among them. */
export const METRIC_NAMES: readonly MetricName[] = [
  "total_users",
  "active_users",
  "token_usage",
  "policy_violations",
  "access_denials",
  "lint_findings",
];
