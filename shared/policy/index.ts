/**
 * The policy linter's public API.
 *
 * - {@link lintPolicyDirectory}(root, logger, {now, base}) -> {@link LintReport}: reads a policy
 *   repository and runs every check (the CLI and the policy-lint action call this).
 * - {@link lintPolicy}(snapshot, today, {base}): the same, pure, over an in-memory {@link RepoSnapshot}
 *   ({@link snapshotOf} builds one from file contents, e.g. the base branch read from git).
 * - {@link policyVersionBumpFindings}(base, head): policy/version-unchanged on a pull request.
 * - The rule catalog ({@link RULES}, {@link ruleInfo}, {@link ruleDocPath}), file kinds and schemas.
 */
export {
  compareFindings,
  countFindings,
  type FailOn,
  type Finding,
  type FindingCounts,
  failsAt,
  type Severity,
} from "./finding.js";
export {
  type FileKind,
  JSON_KINDS,
  type JsonKind,
  type KindSource,
  kindFromName,
  kindFromSchema,
  schemaIdOf,
} from "./kinds.js";
export {
  type FileKindEntry,
  jsonSyntaxFindings,
  type LintOptions,
  type LintReport,
  lintPolicy,
  lintPolicyDirectory,
} from "./lint.js";
export { filesOfKind, type ParsedPolicy, type PolicyFile, parsePolicy } from "./policy.js";
export { catalogRules, type RegisteredRule } from "./rules/all.js";
export { PERMISSION_DIAGNOSTIC_CODES, RULES, type RuleInfo, ruleDocPath, ruleInfo } from "./rules/catalog.js";
export type { PolicyRule, RuleContext } from "./rules/context.js";
export { policyVersionBumpFindings } from "./rules/policy-version.js";
export { findSecrets, maskSecret } from "./rules/secrets.js";
export { SCHEMAS, schemaFindings, validators } from "./schema.js";
export { loadSnapshot, type RepoSnapshot, type SnapshotFile, snapshotOf } from "./snapshot.js";
export { applyWaivers, type Waiver, type WaiverResult } from "./waivers.js";
