/**
 * The settings keys a build may write into a managed settings file: only keys
 * Claude Code honours from a managed source. Each entry cites the reference
 * (docs/reference/claude-code.md; SR = settings reference "All settings",
 * MS = managed settings "Keys only a managed source can set", H = hooks,
 * M = memory). A key not listed here is never written: the source that asks
 * for it gets a build error instead.
 */

/** Top-level keys -> where the reference documents them. */
export const HONOURED_KEYS: Readonly<Record<string, string>> = {
  permissions:
    "§2 SR permissions.allow/ask/deny, defaultMode, additionalDirectories, disableBypassPermissionsMode",
  allowManagedPermissionRulesOnly: "§2 MS managed-only",
  allowManagedHooksOnly: "§2 MS managed-only",
  allowManagedMcpServersOnly: "§2 MS managed-only",
  allowAllClaudeAiMcps: "§2 MS managed-only",
  disableAllHooks: "§2 SR disableAllHooks",
  allowedHttpHookUrls: "§2 SR allowedHttpHookUrls",
  httpHookAllowedEnvVars: "§2 SR httpHookAllowedEnvVars",
  apiKeyHelper: "§2 SR apiKeyHelper",
  awsAuthRefresh: "SR awsAuthRefresh (Bedrock credential refresh; schema claude-settings)",
  env: "§2 SR env (string map)",
  model: "§2 SR model (default only)",
  availableModels: "§2 SR availableModels (managed list used as-is, §1)",
  enforceAvailableModels: "§2 SR enforceAvailableModels (v2.1.175+, de-facto managed)",
  enableAllProjectMcpServers: "§2 SR enableAllProjectMcpServers",
  enabledMcpjsonServers: "§2 SR enabledMcpjsonServers",
  disabledMcpjsonServers: "§2 SR disabledMcpjsonServers",
  allowedMcpServers: "§2 SR allowedMcpServers",
  deniedMcpServers: "§2 SR deniedMcpServers",
  strictKnownMarketplaces: "§2 MS managed-only",
  blockedMarketplaces: "§2 MS managed-only",
  disableCommandPluginSources: "§2 MS managed-only",
  sandbox: "§2 SR sandbox.* (real shape: enabled, failIfUnavailable, filesystem.*, network.*)",
  cleanupPeriodDays: "§2 SR cleanupPeriodDays (integer >= 1)",
  forceLoginMethod: "§2 SR forceLoginMethod (claudeai|console|gateway)",
  forceLoginOrgUUID: "§2 SR forceLoginOrgUUID (enforced only from managed)",
  statusLine: "§2 SR statusLine",
  companyAnnouncements: "§2 SR companyAnnouncements",
  claudeMdExcludes: "§2 SR claudeMdExcludes",
  hooks: "§4 H hooks shape {Event: [{matcher, hooks: [handler]}]}",
  requiredMinimumVersion: "§2 MS managed-only (fails open)",
  requiredMaximumVersion: "§2 MS managed-only (fails open)",
  fallbackModel: "§1 S merging (fallbackModel taken whole)",
};

/** Keys under `permissions` Claude Code reads (§2, §3). */
export const HONOURED_PERMISSION_KEYS: ReadonlySet<string> = new Set([
  "allow",
  "ask",
  "deny",
  "defaultMode",
  "additionalDirectories",
  "disableBypassPermissionsMode",
  "disableAutoMode",
]);

/** Keys under `sandbox` Claude Code reads (§2 `sandbox.*`, MS sandbox locks). */
export const HONOURED_SANDBOX_KEYS: ReadonlySet<string> = new Set([
  "enabled",
  "failIfUnavailable",
  "autoAllowBashIfSandboxed",
  "allowUnsandboxedCommands",
  "excludedCommands",
  "filesystem",
  "network",
  "bwrapPath",
  "socatPath",
]);

export const HONOURED_SANDBOX_FILESYSTEM_KEYS: ReadonlySet<string> = new Set([
  "allowWrite",
  "denyWrite",
  "denyRead",
  "allowRead",
  "allowManagedReadPathsOnly",
]);

export const HONOURED_SANDBOX_NETWORK_KEYS: ReadonlySet<string> = new Set([
  "allowedDomains",
  "deniedDomains",
  "allowManagedDomainsOnly",
  "strictAllowlist",
  "allowUnixSockets",
  "allowLocalBinding",
  "httpProxyPort",
  "socksProxyPort",
]);

/**
 * Tools whose path-specifier rules Claude Code accepts but never consults
 * (§3 "Write(path), NotebookEdit(path), Glob(path), MultiEdit(path)"; #46809).
 * The bare tool name (a whole-tool rule) is fine.
 */
export const UNCONSULTED_PATH_TOOLS: ReadonlySet<string> = new Set([
  "Write",
  "NotebookEdit",
  "Glob",
  "MultiEdit",
]);
