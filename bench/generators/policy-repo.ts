/**
 * Writes a large, realistic policy repository for the lint benchmark: a
 * managed-settings.json, managed-settings.d drop-ins, per-team
 * .claude/settings.json files, a role-mappings.json with many roles, and the
 * seed's other policy files. Deterministic for a seed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateRules } from "./rules.js";

export interface PolicyRepoSize {
  /** Total files written (JSON files; at least 10). */
  readonly files: number;
  /** Total permission rules spread over them. */
  readonly rules: number;
}

export function writePolicyRepo(
  dir: string,
  size: PolicyRepoSize,
  seed = 3,
): { files: number; rules: number } {
  const all = generateRules(size.rules, seed);
  const rules = [
    ...all.allow.map((r) => ["allow", r] as const),
    ...all.deny.map((r) => ["deny", r] as const),
    ...all.ask.map((r) => ["ask", r] as const),
  ];
  // 7 fixed files (managed settings, role mappings and five seed policies); the rest are drop-ins and team settings.
  const roleCount = 40;
  const extraFiles = Math.max(size.files - 7, 0);
  const chunks = 1 + roleCount + extraFiles;
  const per = Math.ceil(rules.length / chunks);
  let written = 0;
  const put = (path: string, value: unknown) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), `${JSON.stringify(value, null, 2)}\n`);
    written++;
  };
  const chunk = (i: number) => {
    const out: { allow: string[]; ask: string[]; deny: string[] } = { allow: [], ask: [], deny: [] };
    for (const [kind, rule] of rules.slice(i * per, (i + 1) * per)) out[kind].push(rule);
    return out;
  };
  put("managed-settings.json", {
    $schema: "https://json.schemastore.org/claude-code-settings.json",
    permissions: { ...chunk(0), disableBypassPermissionsMode: "disable" },
    allowManagedPermissionRulesOnly: true,
    sandbox: { enabled: true, failIfUnavailable: true, allowUnsandboxedCommands: false },
  });
  const roles: Record<string, unknown> = {};
  for (let i = 1; i < chunks; i++) {
    if (i <= roleCount) {
      roles[`team-${i}`] = {
        permissions: chunk(i),
        models: ["claude-sonnet-5", "claude-opus-5"],
        quotas: { daily: 500_000, monthly: 10_000_000 },
      };
    } else if (i % 2 === 0) {
      put(`managed-settings.d/${String(i).padStart(4, "0")}-team.json`, { permissions: chunk(i) });
    } else {
      put(`teams/team-${i}/.claude/settings.json`, { permissions: chunk(i) });
    }
  }
  put("role-mappings.json", { policyVersion: "2026.11", roleMappings: roles });
  put("enterprise-settings.json", {
    enterprise: { id: "acme", policyVersion: "2026.11" },
    permissions: { deny: ["Read(**/.env)"] },
  });
  put("api-key-policy.json", {
    apiKeys: { rotation: { enabled: true, interval: "30d", notifyBefore: "7d" } },
  });
  put("model-policy.json", { modelPolicy: { default: "claude-sonnet-5" } });
  put("governance-config.json", { governance: { policies: { dataHandling: { retentionDays: 90 } } } });
  put("usage-dashboard-config.json", { dashboard: { metrics: [], alerts: [] } });
  return { files: written, rules: rules.length };
}
