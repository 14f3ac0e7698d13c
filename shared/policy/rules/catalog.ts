/**
 * The rule catalog as data (ARCHITECTURE.md rule 6): every rule id the linter
 * can report, its default severity, a one-line title and its docs page under
 * docs/rules/. A test keeps this list, the rules' code and the docs in step.
 */
import type { Severity } from "../finding.js";

export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
}

const OWN_RULES = [
  { id: "json/syntax", severity: "error", title: "The file is not valid JSON" },
  { id: "json/trailing-comma", severity: "error", title: "Trailing comma in a JSON file" },
  { id: "json/comment", severity: "error", title: "Comment in a JSON file" },
  { id: "json/duplicate-key", severity: "error", title: "Duplicate key in a JSON object" },
  { id: "json/bom", severity: "error", title: "Byte order mark at the start of a JSON file" },
  { id: "json/empty", severity: "error", title: "Empty JSON file" },
  { id: "json/multiple-values", severity: "error", title: "More than one top-level JSON value" },
  { id: "file/unreadable", severity: "error", title: "A policy file could not be read" },
  { id: "discover/unknown-json", severity: "note", title: "A JSON file of no known policy kind" },
  { id: "schema/unknown-key", severity: "warning", title: "A key the file's schema does not know" },
  { id: "schema/invalid", severity: "error", title: "A value of the wrong type, range or form" },
  {
    id: "settings/managed-only-key",
    severity: "error",
    title: "A key only managed settings honour, outside managed settings",
  },
  {
    id: "settings/bypass-mode-value",
    severity: "error",
    title: 'disableBypassPermissionsMode is not "disable"',
  },
  {
    id: "settings/not-read-by-claude-code",
    severity: "warning",
    title: "Settings in a file Claude Code never reads",
  },
  {
    id: "settings/ignored-under-managed-lock",
    severity: "warning",
    title: "Project hooks or rules that a managed lock makes Claude Code ignore",
  },
  { id: "hooks/invalid-shape", severity: "error", title: "A hook not in the {matcher, hooks: [...]} shape" },
  {
    id: "hooks/matcher-unanchored",
    severity: "warning",
    title: "A hook matcher regex that matches more tools than intended",
  },
  { id: "hooks/matcher-matches-nothing", severity: "warning", title: "A hook matcher that matches no tool" },
  {
    id: "hooks/script-missing",
    severity: "error",
    title: "A hook command whose script is not in the repository",
  },
  { id: "hooks/script-not-executable", severity: "error", title: "A hook script without the executable bit" },
  {
    id: "hooks/block-exit-code",
    severity: "error",
    title: "A hook script that blocks with an exit code other than 2",
  },
  {
    id: "hooks/unset-variable",
    severity: "error",
    title: "A hook that reads a variable Claude Code never sets",
  },
  {
    id: "hooks/relative-script-path",
    severity: "warning",
    title: "A hook script path relative to the session's working directory",
  },
  { id: "models/unknown", severity: "error", title: "A model id that is not a Claude model" },
  { id: "models/retired", severity: "error", title: "A retired model" },
  {
    id: "models/deprecated",
    severity: "warning",
    title: "A deprecated model, or one past its earliest retirement date",
  },
  {
    id: "models/not-allowed-by-key-policy",
    severity: "error",
    title: "A role model outside the key policy's allowed models",
  },
  {
    id: "models/not-in-available-models",
    severity: "warning",
    title: "A role or model-policy model outside managed availableModels",
  },
  {
    id: "models/unknown-role",
    severity: "warning",
    title: "A model restriction names a role that does not exist",
  },
  { id: "quotas/daily-exceeds-monthly", severity: "error", title: "A daily quota above the monthly quota" },
  { id: "quotas/role-exceeds-org", severity: "error", title: "A role quota above the organization's quota" },
  { id: "quotas/threshold-range", severity: "error", title: "An alert threshold outside 0 to 100 percent" },
  {
    id: "keys/rotation-periods",
    severity: "error",
    title: "Rotation interval and notice periods that contradict each other",
  },
  {
    id: "network/invalid-allowlist-entry",
    severity: "error",
    title: "An IP allowlist entry that is not a valid CIDR or address",
  },
  {
    id: "retention/inconsistent",
    severity: "warning",
    title: "Retention periods that contradict each other",
  },
  {
    id: "claude-md/include-directive",
    severity: "error",
    title: "@include in a CLAUDE.md (not a directive)",
  },
  {
    id: "claude-md/unresolved-import",
    severity: "warning",
    title: "A CLAUDE.md import that does not resolve",
  },
  { id: "claude-md/import-depth", severity: "warning", title: "A CLAUDE.md import chain deeper than 4 hops" },
  { id: "secrets/committed-secret", severity: "error", title: "A secret committed in a policy file" },
  {
    id: "policy/version-unchanged",
    severity: "warning",
    title: "Policy content changed but policyVersion did not",
  },
  { id: "policy/version-mismatch", severity: "warning", title: "Files disagree on policyVersion" },
  { id: "config/expired-waiver", severity: "warning", title: "A lint waiver past its expiry date" },
  {
    id: "config/incomplete-waiver",
    severity: "warning",
    title: "A lint waiver without a reason or an expiry date",
  },
] as const satisfies readonly RuleInfo[];

/** Parse diagnostics of the permission engine, reported as `permissions/rule-<code>`. */
export const PERMISSION_DIAGNOSTIC_CODES = [
  "not-a-string",
  "empty-rule",
  "surrounding-whitespace",
  "unbalanced-parentheses",
  "text-after-specifier",
  "unbalanced-specifier",
  "empty-specifier",
  "invalid-tool-name",
  "mcp-specifier-ignored",
  "mcp-server-wildcard",
  "glob-with-specifier",
  "tool-glob-in-allow",
  "unknown-tool",
  "legacy-alias",
  "legacy-tool",
  "primary-field-parameter",
  "parameter-rule-in-allow",
  "colon-star-alone",
  "colon-star-not-at-end",
  "legacy-colon-star",
  "path-specifier-ignored",
  "settings-relative-path",
  "specifier-not-consulted",
  "webfetch-specifier",
] as const;

/** Analysis findings of the permission engine (shared/permissions FINDING_CATALOG). */
const PERMISSION_ANALYSIS = [
  { id: "permissions/duplicate-rule", severity: "warning", title: "The same rule twice in one list" },
  {
    id: "permissions/unreachable-rule",
    severity: "warning",
    title: "A rule a broader deny or ask always decides first",
  },
  {
    id: "permissions/inert-rule",
    severity: "warning",
    title: "A rule Claude Code accepts but never consults",
  },
  {
    id: "permissions/overbroad-allow",
    severity: "warning",
    title: "An allow rule for a whole tool or the whole disk",
  },
  {
    id: "permissions/runner-allow",
    severity: "warning",
    title: "An allow rule on a runner that approves whatever it runs",
  },
  {
    id: "permissions/deny-bypass",
    severity: "warning",
    title: "A deny rule with well-known variants it does not stop",
  },
  {
    id: "permissions/deny-misses-bare-command",
    severity: "warning",
    title: "Bash(cmd *) does not match cmd with no arguments",
  },
  {
    id: "permissions/network-deny-without-sandbox",
    severity: "warning",
    title: "Network deny rules without the sandbox",
  },
  {
    id: "permissions/file-deny-without-sandbox",
    severity: "note",
    title: "File deny rules do not stop scripts",
  },
] as const satisfies readonly RuleInfo[];

export const RULES: readonly RuleInfo[] = [
  ...OWN_RULES,
  ...PERMISSION_ANALYSIS,
  ...PERMISSION_DIAGNOSTIC_CODES.map((code) => ({
    id: `permissions/rule-${code}`,
    // The engine gives each diagnostic its own severity; this is the default for the catalog.
    severity: "warning" as Severity,
    title: `Permission rule diagnostic: ${code.replace(/-/g, " ")}`,
  })),
];

export type RuleId = string;

const byId = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}

/** Where a rule's documentation lives, relative to the repository root. */
export function ruleDocPath(id: string): string {
  if (id.startsWith("permissions/rule-")) return "docs/rules/permissions-rule-diagnostics.md";
  return `docs/rules/${id.replace("/", "-")}.md`;
}
