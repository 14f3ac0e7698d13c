// The seed document's files, copied literally into test/fixtures/policy/seed-literal, must
// produce the findings the reference predicts, each at its line and column.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RecordingLogger } from "../../../shared/logging.js";
import { lintPolicyDirectory } from "../../../shared/policy/lint.js";
import { REPO_ROOT } from "../../harness/run-action.js";

const root = join(REPO_ROOT, "test/fixtures/policy/seed-literal");
const now = () => new Date("2026-11-25T12:00:00Z");

/** [ruleId, file, line, column, why (reference section)] */
const PREDICTED: readonly [string, string, number, number, string][] = [
  [
    "hooks/invalid-shape",
    ".claude/settings.json",
    4,
    7,
    "claude-code §4: {matcher, hooks:[{type, command}]}",
  ],
  ["hooks/unset-variable", ".claude/settings.json", 5, 49, "§4: no $TOOL_NAME, input is JSON on stdin"],
  ["hooks/unset-variable", ".claude/settings.json", 5, 64, "§4: no $TOOL_INPUT"],
  ["hooks/relative-script-path", ".claude/settings.json", 5, 21, "§4: use $CLAUDE_PROJECT_DIR"],
  ["hooks/block-exit-code", "scripts/enforce-policy.sh", 20, 5, "§4: only exit 2 blocks (#44707)"],
  ["hooks/invalid-shape", "variants/monitoring/.claude/settings.json", 22, 7, "§4 shape"],
  ["hooks/unset-variable", "variants/monitoring/.claude/settings.json", 23, 46, "§4: no $TOOL_NAME"],
  ["hooks/unset-variable", "variants/monitoring/.claude/settings.json", 23, 61, "§4/§5: no $TOKEN_COUNT"],
  [
    "schema/unknown-key",
    "variants/monitoring/.claude/settings.json",
    2,
    3,
    "§2: monitoring is not a setting",
  ],
  ["schema/unknown-key", "variants/bedrock/.claude/settings.json", 2, 3, "§2: modelRouting is not a setting"],
  [
    "models/retired",
    "variants/bedrock/.claude/settings.json",
    10,
    15,
    "apis §7: claude-3-opus retired 2026-01-05",
  ],
  [
    "models/retired",
    "variants/bedrock/.claude/settings.json",
    11,
    17,
    "apis §7: claude-3-sonnet retired 2025-07-21",
  ],
  [
    "models/retired",
    "variants/bedrock/.claude/settings.json",
    12,
    16,
    "apis §7: claude-3-haiku retired 2026-04-20",
  ],
  ["schema/unknown-key", "variants/vertex/.claude/settings.json", 2, 3, "§2"],
  ["models/retired", "variants/vertex/.claude/settings.json", 11, 15, "apis §7/§8"],
  ["models/retired", "variants/vertex/.claude/settings.json", 12, 17, "apis §7/§8"],
  ["models/retired", "variants/vertex/.claude/settings.json", 13, 16, "apis §7/§8"],
  ["schema/unknown-key", "variants/multi-region/.claude/settings.json", 2, 3, "§2"],
  ["claude-md/include-directive", "CLAUDE.md", 4, 1, "§7: no @include directive"],
  ["network/invalid-allowlist-entry", "api-key-policy.json", 12, 9, "a host name is not a CIDR"],
  ["models/deprecated", "api-key-policy.json", 15, 9, "apis §7: opus-4-5 not sooner than 2026-11-24"],
  ["models/deprecated", "api-key-policy.json", 16, 9, "apis §7: sonnet-4-5 not sooner than 2026-09-29"],
  ["models/unknown", "api-key-policy.json", 17, 9, "apis §7: claude-haiku-3-5-20241022 is not an id"],
  ["models/deprecated", "role-mappings.json", 8, 18, "apis §7"],
  ["models/deprecated", "role-mappings.json", 8, 46, "apis §7"],
  ["models/deprecated", "role-mappings.json", 19, 18, "apis §7"],
  ["models/unknown", "role-mappings.json", 19, 48, "apis §7"],
  ["models/unknown", "role-mappings.json", 30, 18, "apis §7"],
  ["permissions/rule-path-specifier-ignored", "role-mappings.json", 5, 38, "§3: Write(path) never consulted"],
  ["permissions/rule-path-specifier-ignored", "role-mappings.json", 16, 44, "§3"],
  ["models/deprecated", "model-policy.json", 3, 16, "apis §7"],
  ["models/deprecated", "model-policy.json", 7, 18, "apis §7"],
  ["models/unknown", "model-policy.json", 12, 18, "apis §7"],
  ["models/deprecated", "model-policy.json", 17, 18, "apis §7"],
  ["models/unknown-role", "model-policy.json", 23, 19, "senior-engineer is not a role"],
  ["models/unknown-role", "model-policy.json", 23, 38, "architect is not a role"],
  ["models/unknown-role", "model-policy.json", 23, 51, "security is not a role"],
  ["models/deprecated", ".claude/team-settings.json", 8, 14, "apis §7"],
  ["settings/not-read-by-claude-code", "enterprise-settings.json", 7, 3, "§1: Claude Code never reads it"],
  ["permissions/rule-path-specifier-ignored", "enterprise-settings.json", 12, 14, "§3: Write(path)"],
  ["permissions/rule-path-specifier-ignored", "enterprise-settings.json", 13, 14, "§3"],
  ["permissions/rule-path-specifier-ignored", "enterprise-settings.json", 30, 14, "§3, #46809"],
  ["permissions/rule-path-specifier-ignored", "enterprise-settings.json", 31, 14, "§3"],
  ["permissions/rule-path-specifier-ignored", "enterprise-settings.json", 32, 14, "§3"],
  ["schema/unknown-key", "enterprise-settings.json", 44, 5, "§2: permissions.enforced is not a key"],
  ["schema/unknown-key", "enterprise-settings.json", 45, 5, "§2: permissions.override is not a key"],
  ["settings/not-read-by-claude-code", "enterprise-settings.json", 47, 3, "§1"],
  ["schema/unknown-key", "enterprise-settings.json", 49, 5, "§2: sandbox.required is not a key"],
  ["schema/unknown-key", "enterprise-settings.json", 50, 5, "§2: sandbox.networkAccess is not a key"],
];

describe("seed-literal fixture", () => {
  it("produces every finding the reference predicts, at its line and column", async () => {
    const r = await lintPolicyDirectory(root, new RecordingLogger(), { now });
    const got = r.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
    for (const [ruleId, file, line, column] of PREDICTED) {
      expect(got).toContain(`${ruleId} ${file}:${line}:${column}`);
    }
  });

  it("has no errors beyond the predicted ones", async () => {
    const r = await lintPolicyDirectory(root, new RecordingLogger(), { now });
    const predicted = new Set(PREDICTED.map(([id, file, line, column]) => `${id} ${file}:${line}:${column}`));
    const extra = r.findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)
      .filter((k) => !predicted.has(k));
    expect(extra).toEqual([]);
  });

  it("names the fix for the seed's made-up model id and masks nothing it should not", async () => {
    const r = await lintPolicyDirectory(root, new RecordingLogger(), { now });
    const unknown = r.findings.find((f) => f.ruleId === "models/unknown" && f.file === "role-mappings.json");
    expect(unknown?.message).toContain("claude-3-5-haiku-20241022");
    expect(unknown?.message).toContain("retired on 2026-02-19");
    expect(r.findings.some((f) => f.ruleId === "secrets/committed-secret")).toBe(false);
  });

  it("knows the kind of every seed file", async () => {
    const r = await lintPolicyDirectory(root, new RecordingLogger(), { now });
    const kinds = Object.fromEntries(r.fileKinds.map((k) => [k.path, k.kind]));
    expect(kinds).toMatchObject({
      "enterprise-settings.json": "enterprise-settings",
      ".claude/settings.json": "claude-settings",
      "scripts/enforce-policy.sh": "hook-script",
      "variants/monitoring/scripts/track-usage.sh": "hook-script",
      "enterprise-auth.json": "enterprise-auth",
      "role-mappings.json": "role-mappings",
      "api-key-policy.json": "api-key-policy",
      "usage-dashboard-config.json": "usage-dashboard-config",
      ".claude/team-settings.json": "team-settings",
      "governance-config.json": "governance-config",
      "model-policy.json": "model-policy",
      ".claude/enterprise-support.json": "enterprise-support",
      "CLAUDE.md": "claude-md",
      "home/.claude/CLAUDE.md": "claude-md",
    });
  });
});
