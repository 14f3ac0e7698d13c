/**
 * Builds compliance evidence for tests: a policy repository from the example
 * (examples/policy-repo) with edits, parsed exactly as loadPolicyEvidence
 * parses files, plus audit summaries from log lines.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseJsonSource } from "../../../../shared/policy/json-source.js";
import {
  type AuditEvidence,
  type ComplianceEvidence,
  type PolicyEvidence,
  periodOf,
  referencedRoutingFiles,
  summarizeAudit,
} from "../../../../shared/reports/compliance/index.js";
import { REPO_ROOT } from "../../../harness/run-action.js";

export const EXAMPLE_POLICY = join(REPO_ROOT, "examples/policy-repo");
export const ORG_UUID = "3f1c9a52-6a8e-4d8b-9d0e-2b7f5c1e4a90";
export const PERIOD = periodOf("2026-10") as NonNullable<ReturnType<typeof periodOf>>;
export const NOW = "2026-11-25T12:00:00.000Z";

// biome-ignore lint/suspicious/noExplicitAny: test data is edited freely
export type Files = Record<string, any>;

const NAMES = [
  "managed-settings.json",
  "enterprise-settings.json",
  "enterprise-auth.json",
  "governance-config.json",
  "role-mappings.json",
  "model-policy.json",
  "routing/bedrock-us.json",
  "routing/vertex-eu.json",
];

/** The example policy's files as objects (a fresh copy each call). */
export function exampleFiles(): Files {
  const out: Files = {};
  for (const name of NAMES) out[name] = JSON.parse(readFileSync(join(EXAMPLE_POLICY, name), "utf8"));
  return out;
}

/** The example with SSO enforced in managed settings: every control passes on it. */
export function compliantFiles(): Files {
  const files = exampleFiles();
  files["managed-settings.json"].forceLoginMethod = "console";
  files["managed-settings.json"].forceLoginOrgUUID = ORG_UUID;
  return files;
}

/** Parses `files` (objects, or raw strings) into PolicyEvidence as loadPolicyEvidence would. */
export function policyOf(files: Files, dir = "policy"): PolicyEvidence {
  const src = (name: string) => {
    const v = files[name];
    if (v === undefined) return undefined;
    return parseJsonSource(typeof v === "string" ? v : `${JSON.stringify(v, null, 2)}\n`, name);
  };
  const dropIns = Object.keys(files)
    .filter((n) => n.startsWith("managed-settings.d/"))
    .sort()
    .map((n) => src(n))
    .filter((s) => s !== undefined);
  const modelPolicy = src("model-policy.json");
  const referenced: PolicyEvidence["referenced"] = {};
  for (const ref of referencedRoutingFiles(modelPolicy)) {
    const s = src(ref);
    if (s) (referenced as Record<string, unknown>)[ref] = s;
  }
  const pick = (key: keyof PolicyEvidence, name: string) => {
    const s = src(name);
    return s ? { [key]: s } : {};
  };
  return {
    dir,
    dropIns,
    referenced,
    ...pick("managed", "managed-settings.json"),
    ...pick("enterprise", "enterprise-settings.json"),
    ...pick("enterpriseAuth", "enterprise-auth.json"),
    ...pick("governance", "governance-config.json"),
    ...pick("roleMappings", "role-mappings.json"),
    ...(modelPolicy ? { modelPolicy } : {}),
  };
}

/** A v1 audit line. */
export function auditLine(fields: {
  ts: string;
  user: string;
  role?: string | null;
  tool?: string;
  decision?: "deny" | "ask" | "allow" | "none";
  rule?: string | null;
  ruleFile?: string;
}): string {
  return JSON.stringify({
    v: 1,
    ts: fields.ts,
    user: fields.user,
    role: fields.role ?? "developers",
    session: "s-1",
    event: "pre-tool-use",
    tool: fields.tool ?? "Bash",
    decision: fields.decision ?? "none",
    rule: fields.rule ?? null,
    ruleSource: fields.rule
      ? { file: fields.ruleFile ?? "/etc/claude-code/managed-settings.json", line: 3 }
      : null,
    reason: null,
    input: { command: "ls" },
    cwd: "/home/dev/project",
    policyVersion: "2026.11",
  });
}

/** Audit evidence over the example's logs (examples/usage/audit + audit-legacy) for October 2026. */
export function exampleAudit(): AuditEvidence {
  const files = [];
  for (const dir of ["audit", "audit-legacy"]) {
    const abs = join(REPO_ROOT, "examples/usage", dir);
    for (const name of readdirSync(abs).sort())
      files.push({ path: `examples/usage/${dir}/${name}`, text: readFileSync(join(abs, name), "utf8") });
  }
  return summarizeAudit(files, PERIOD);
}

export function evidence(extra: Partial<ComplianceEvidence> = {}): ComplianceEvidence {
  return { period: PERIOD, now: NOW, ...extra };
}

export const USAGE = {
  file: "report.json",
  since: "2026-10-01",
  until: "2026-10-31",
  tokens: 1000,
  input: 100,
  output: 200,
  cacheRead: 600,
  cacheWrite: 100,
  requests: 10,
  costUsd: 1.5,
  cost: "1.5",
  activeUsers: ["dana.okafor@acme.example"],
  activeDays: ["2026-10-01"],
};
