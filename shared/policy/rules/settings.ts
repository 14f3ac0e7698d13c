/**
 * Claude Code settings keys in the wrong place or with the wrong value
 * (claude-code.md §2): managed-only keys outside managed settings, and
 * `disableBypassPermissionsMode` values other than "disable".
 */
import type { Finding } from "../finding.js";
import { propertyNode } from "../hooks-model.js";
import type { JsonNode } from "../json-source.js";
import { filesOfKind } from "../policy.js";
import { findingAt, type PolicyRule } from "./context.js";

/** Keys only a managed source can set (claude-code.md §2, v2.1.240); ignored anywhere else. */
export const MANAGED_ONLY_KEYS: readonly string[] = [
  "allowAllClaudeAiMcps",
  "allowManagedHooksOnly",
  "allowManagedMcpServersOnly",
  "allowManagedPermissionRulesOnly",
  "allowedChannelPlugins",
  "blockedMarketplaces",
  "browserExternalPageTools",
  "channelsEnabled",
  "claudeMd",
  "disableBrowserExternalNavigation",
  "disableCommandPluginSources",
  "disableMobileSimulatorTools",
  "disableSideloadFlags",
  "forceLoginGatewayUrl",
  "forceRemoteSettingsRefresh",
  "parentSettingsBehavior",
  "pluginSuggestionMarketplaces",
  "pluginTrustMessage",
  "policyHelper",
  "requiredMinimumVersion",
  "requiredMaximumVersion",
  "sandbox.bwrapPath",
  "sandbox.socatPath",
  "sandbox.filesystem.allowManagedReadPathsOnly",
  "sandbox.network.allowManagedDomainsOnly",
  "sshHostAllowlist",
  "strictKnownMarketplaces",
  "allowedMarketplaces",
  "strictPluginOnlyCustomization",
  "wslInheritsWindowsSettings",
  // de-facto managed: read or enforced from managed settings alone
  "enforceAvailableModels",
  "forceLoginOrgUUID",
];

/** Keys honoured from user or managed settings only: ignored in a project's .claude/settings*.json. */
export const USER_OR_MANAGED_KEYS: readonly string[] = [
  "autoMode",
  "skipAutoPermissionPrompt",
  "processWrapper",
  "sandbox.network.strictAllowlist",
];

function nodeAtDotted(root: JsonNode | undefined, dotted: string): JsonNode | undefined {
  let node = root;
  for (const part of dotted.split(".")) node = propertyNode(node, part);
  return node;
}

const keyOf = (node: JsonNode): JsonNode =>
  node.parent?.type === "property" ? (node.parent.children?.[0] ?? node) : node;

export const managedOnlyKeys: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const file of filesOfKind(policy, "claude-settings")) {
    const root = file.json?.root;
    for (const key of MANAGED_ONLY_KEYS) {
      const node = nodeAtDotted(root, key);
      if (!node) continue;
      findings.push(
        findingAt(
          file,
          { node: keyOf(node) },
          "settings/managed-only-key",
          `"${key}" is honoured only in managed settings (managed-settings.json, managed-settings.d/, MDM or server-managed); in ${file.path} Claude Code ignores it, so the control it promises is not in force (reference §2).`,
          "Move the key to managed-settings.json (or a managed-settings.d/ drop-in) and remove it here.",
        ),
      );
    }
    for (const key of USER_OR_MANAGED_KEYS) {
      const node = nodeAtDotted(root, key);
      if (!node) continue;
      findings.push(
        findingAt(
          file,
          { node: keyOf(node) },
          "settings/managed-only-key",
          `"${key}" is honoured only in user (~/.claude/settings.json) or managed settings; in a project's ${file.path} Claude Code ignores it (reference §2).`,
          "Move it to managed settings, or to the user's own settings.",
          "warning",
        ),
      );
    }
    // `auto` mode from project/local settings is ignored.
    const mode = nodeAtDotted(root, "permissions.defaultMode");
    if (mode?.value === "auto") {
      findings.push(
        findingAt(
          file,
          { node: mode },
          "settings/managed-only-key",
          `permissions.defaultMode "auto" is ignored from project and local settings (reference §2).`,
          "Set it in managed or user settings.",
          "warning",
        ),
      );
    }
  }
  return findings;
};

export const bypassModeValue: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const file of filesOfKind(policy, "managed-settings", "claude-settings", "enterprise-settings")) {
    const root = file.json?.root;
    const inPermissions = nodeAtDotted(root, "permissions.disableBypassPermissionsMode");
    if (inPermissions && inPermissions.value !== "disable") {
      findings.push(
        findingAt(
          file,
          { node: inPermissions },
          "settings/bypass-mode-value",
          `permissions.disableBypassPermissionsMode is ${JSON.stringify(inPermissions.value)}; Claude Code accepts only the string "disable", so --dangerously-skip-permissions stays available (reference §2).`,
          'Write "disableBypassPermissionsMode": "disable".',
        ),
      );
    }
    const topLevel = propertyNode(root, "disableBypassPermissionsMode");
    if (topLevel) {
      findings.push(
        findingAt(
          file,
          { node: keyOf(topLevel) },
          "settings/bypass-mode-value",
          'disableBypassPermissionsMode at the top level is not a setting: Claude Code reads it only inside "permissions", so bypass mode stays available (reference §2).',
          'Move it into "permissions" with the value "disable".',
        ),
      );
    }
  }
  return findings;
};

/** The seed's enterprise-settings.json carries permissions and sandbox Claude Code never reads. */
export const notReadByClaudeCode: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const file of filesOfKind(policy, "enterprise-settings")) {
    for (const key of ["permissions", "sandbox", "hooks"]) {
      const node = propertyNode(file.json?.root, key);
      if (!node) continue;
      findings.push(
        findingAt(
          file,
          { node: keyOf(node) },
          "settings/not-read-by-claude-code",
          `"${key}" in ${file.path} is never enforced: Claude Code reads managed settings only from managed-settings.json (/etc/claude-code/, /Library/Application Support/ClaudeCode/, C:\\Program Files\\ClaudeCode\\), managed-settings.d/, MDM or server-managed settings, not from enterprise-settings.json (reference §1).`,
          `Move "${key}" to managed-settings.json and keep only identity and policyVersion here.`,
        ),
      );
    }
  }
  return findings;
};

/** The pointers of top-level keys whose schema error the bypass rule reports instead. */
export const SCHEMA_SKIPS_SETTINGS = ["/disableBypassPermissionsMode"];

/**
 * Project settings that a managed lock makes Claude Code ignore: hooks under
 * `allowManagedHooksOnly` (#92489: "hooks never fire") and permission rules
 * under `allowManagedPermissionRulesOnly` (reference §2).
 */
export const ignoredUnderManagedLock: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  const managed = filesOfKind(policy, "managed-settings");
  const lock = (key: string) => managed.find((f) => propertyNode(f.json?.root, key)?.value === true);
  const hooksLock = lock("allowManagedHooksOnly");
  const rulesLock = lock("allowManagedPermissionRulesOnly");
  for (const file of filesOfKind(policy, "claude-settings")) {
    const root = file.json?.root;
    const hooks = propertyNode(root, "hooks");
    if (hooksLock && hooks?.type === "object" && (hooks.children?.length ?? 0) > 0) {
      findings.push(
        findingAt(
          file,
          { node: keyOf(hooks) },
          "settings/ignored-under-managed-lock",
          `${hooksLock.path} sets allowManagedHooksOnly, so Claude Code never runs the hooks in ${file.path} (reference §2; anthropics/claude-code#92489: "hooks never fire").`,
          `Move these hooks to ${hooksLock.path}, or delete them here.`,
        ),
      );
    }
    const permissions = propertyNode(root, "permissions");
    if (rulesLock && permissions?.type === "object") {
      for (const behavior of ["allow", "ask", "deny"]) {
        const list = propertyNode(permissions, behavior);
        if (list?.type !== "array" || (list.children?.length ?? 0) === 0) continue;
        findings.push(
          findingAt(
            file,
            { node: keyOf(list) },
            "settings/ignored-under-managed-lock",
            `${rulesLock.path} sets allowManagedPermissionRulesOnly, so Claude Code ignores the ${behavior} rules in ${file.path} (reference §2).`,
            `Move the rules that matter to ${rulesLock.path}, or delete them here.`,
          ),
        );
      }
    }
  }
  return findings;
};
