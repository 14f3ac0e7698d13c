/** Every semantic rule, keyed by the rule ids it reports (see catalog.ts). */
import { imports, includeDirective } from "./claude-md.js";
import { ipAllowlist, quotaArithmetic, retention, rotationPeriods, thresholdRange } from "./consistency.js";
import type { PolicyRule } from "./context.js";
import { blockExitCode, invalidShape, matchers, scripts, unsetVariables } from "./hooks.js";
import {
  modelLifecycleRule,
  modelsOutsideAvailableModels,
  roleModelsAllowedByKeyPolicy,
  unknownRoles,
} from "./models.js";
import { permissionRules } from "./permissions.js";
import { versionMismatch } from "./policy-version.js";
import { committedSecrets } from "./secrets.js";
import {
  bypassModeValue,
  ignoredUnderManagedLock,
  managedOnlyKeys,
  notReadByClaudeCode,
} from "./settings.js";

export interface RegisteredRule {
  /** The rule ids it reports (see catalog.ts). */
  readonly reports: readonly string[];
  readonly run: PolicyRule;
}

export const catalogRules: readonly RegisteredRule[] = [
  { reports: ["settings/managed-only-key"], run: managedOnlyKeys },
  { reports: ["settings/bypass-mode-value"], run: bypassModeValue },
  { reports: ["settings/not-read-by-claude-code"], run: notReadByClaudeCode },
  { reports: ["settings/ignored-under-managed-lock"], run: ignoredUnderManagedLock },
  { reports: ["hooks/invalid-shape"], run: invalidShape },
  { reports: ["hooks/matcher-unanchored", "hooks/matcher-matches-nothing"], run: matchers },
  {
    reports: ["hooks/script-missing", "hooks/script-not-executable", "hooks/relative-script-path"],
    run: scripts,
  },
  { reports: ["hooks/unset-variable"], run: unsetVariables },
  { reports: ["hooks/block-exit-code"], run: blockExitCode },
  { reports: ["models/unknown", "models/retired", "models/deprecated"], run: modelLifecycleRule },
  { reports: ["models/not-allowed-by-key-policy"], run: roleModelsAllowedByKeyPolicy },
  { reports: ["models/unknown-role"], run: unknownRoles },
  { reports: ["models/not-in-available-models"], run: modelsOutsideAvailableModels },
  { reports: ["quotas/daily-exceeds-monthly", "quotas/role-exceeds-org"], run: quotaArithmetic },
  { reports: ["quotas/threshold-range"], run: thresholdRange },
  { reports: ["keys/rotation-periods"], run: rotationPeriods },
  { reports: ["network/invalid-allowlist-entry"], run: ipAllowlist },
  { reports: ["retention/inconsistent"], run: retention },
  { reports: ["claude-md/include-directive"], run: includeDirective },
  { reports: ["claude-md/unresolved-import", "claude-md/import-depth"], run: imports },
  { reports: ["secrets/committed-secret"], run: committedSecrets },
  { reports: ["policy/version-mismatch"], run: versionMismatch },
  { reports: ["permissions/*"], run: permissionRules },
];
