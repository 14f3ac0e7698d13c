/**
 * The permission engine: Claude Code permission rules understood the way
 * Claude Code understands them (docs/permissions.md; claude-code.md §1-4, §8).
 *
 * - Parse: {@link parseRule} one rule string -> typed rule + ranged diagnostics;
 *   {@link buildRules} / {@link rulesAt} whole lists with file and line.
 * - Match: {@link compileRules} once, then {@link decide} a hook-style tool
 *   call -> `deny | ask | allow | none` and the deciding rule.
 * - Analyse: {@link analyseRules} -> findings with stable ids ({@link FINDING_CATALOG}).
 * - Merge and compare: {@link mergeLayers}, {@link mergeDropIns},
 *   {@link selectManagedSource}; {@link rolePolicies} per role;
 *   {@link permissionMatrix} and {@link diffPolicies} over {@link PROBES}.
 */
export {
  type AnalyseOptions,
  analyseRules,
  BYPASS_CATALOG,
  covers,
  FINDING_CATALOG,
  type PermissionFinding,
  type RuleRef,
  ruleKey,
} from "./analyse.js";
export {
  type CompiledRuleSet,
  type ConsideredRule,
  compileRules,
  decide,
  MAX_AUTO_APPROVE_COMMAND_LENGTH,
  type MatchResult,
} from "./match.js";
export { type ParseResult, parseRule, pathAnchor } from "./parse.js";
export {
  diffPolicies,
  evaluateProbes,
  isLoosening,
  type PermissionMatrix,
  type PolicyDiff,
  type ProbeChange,
  type ProbeResult,
  permissionMatrix,
  type RoleDiff,
  type RolePolicy,
  renderPolicyDiffMarkdown,
  renderPolicyDiffText,
} from "./policy.js";
export {
  DEFAULT_MANAGED_DIR,
  DEFAULT_ROLE,
  loadPolicyDirectory,
  type PolicySources,
  type RolePolicies,
  rolePolicies,
} from "./policy-roles.js";
export { PROBE_CWD, PROBE_HOME, PROBES, type Probe, type ProbeCategory } from "./probes.js";
export { type BuiltRules, buildRules, type PlacedDiagnostic, type RuleLists, rulesFrom } from "./rules.js";
export {
  type EffectivePolicy,
  hasPolicyKeys,
  layerFromSource,
  mergeDropIns,
  mergeLayers,
  rulesAt,
  type SettingsLayer,
  selectManagedSource,
} from "./settings.js";
export { type ShellAnalysis, type SimpleCommand, splitCommand } from "./shell.js";
export { CANONICAL_TOOLS, canonicalTool, suggestTool, TOOL_ALIASES } from "./tools.js";
export type {
  Decision,
  MatchContext,
  ParsedRule,
  PathAnchor,
  PermissionRule,
  RuleBehavior,
  RuleDiagnostic,
  RuleMatcher,
  RuleSource,
  SettingsScope,
  Severity,
  ToolCall,
} from "./types.js";
