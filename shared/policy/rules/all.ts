/** Every semantic rule, keyed by the rule ids it reports (see catalog.ts). */
import { imports, includeDirective } from "./claude-md.js";
import { ipAllowlist, quotaArithmetic, retention, rotationPeriods, thresholdRange } from "./consistency.js";
import type { PolicyRule } from "./context.js";
import { blockExitCode, invalidShape, matchers, scripts, unsetVariables } from "./hooks.js";
import { modelLifecycleRule, roleModelsAllowedByKeyPolicy, unknownRoles } from "./models.js";
import { permissionRules } from "./permissions.js";
import { versionMismatch } from "./policy-version.js";
import { committedSecrets } from "./secrets.js";
import { bypassModeValue, managedOnlyKeys, notReadByClaudeCode } from "./settings.js";

export interface RegisteredRule {
  /** The rule id (or id prefix, for families) it reports. */
  readonly id: string;
  readonly run: PolicyRule;
}

export const catalogRules: readonly RegisteredRule[] = [
  { id: "settings/managed-only-key", run: managedOnlyKeys },
  { id: "settings/bypass-mode-value", run: bypassModeValue },
  { id: "settings/not-read-by-claude-code", run: notReadByClaudeCode },
  { id: "hooks/invalid-shape", run: invalidShape },
  { id: "hooks/matcher", run: matchers },
  { id: "hooks/script", run: scripts },
  { id: "hooks/unset-variable", run: unsetVariables },
  { id: "hooks/block-exit-code", run: blockExitCode },
  { id: "models/lifecycle", run: modelLifecycleRule },
  { id: "models/not-allowed-by-key-policy", run: roleModelsAllowedByKeyPolicy },
  { id: "models/unknown-role", run: unknownRoles },
  { id: "quotas/arithmetic", run: quotaArithmetic },
  { id: "quotas/threshold-range", run: thresholdRange },
  { id: "keys/rotation-periods", run: rotationPeriods },
  { id: "network/invalid-allowlist-entry", run: ipAllowlist },
  { id: "retention/inconsistent", run: retention },
  { id: "claude-md/include-directive", run: includeDirective },
  { id: "claude-md/imports", run: imports },
  { id: "secrets/committed-secret", run: committedSecrets },
  { id: "policy/version-mismatch", run: versionMismatch },
  { id: "permissions", run: permissionRules },
];
