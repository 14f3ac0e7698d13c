import { describe, expect, it } from "vitest";
import { findingsOf, json, pos } from "./helpers.js";

describe("settings/managed-only-key", () => {
  it("fires for a managed-only key in a project settings file, at the key", () => {
    const text =
      '{\n  "allowManagedHooksOnly": true,\n  "sandbox": { "network": { "allowManagedDomainsOnly": true } }\n}\n';
    const found = findingsOf({ ".claude/settings.json": text }, "settings/managed-only-key");
    expect(found.map((f) => ({ line: f.line, column: f.column, severity: f.severity }))).toEqual([
      { ...pos(text, '"allowManagedHooksOnly"'), severity: "error" },
      { ...pos(text, '"allowManagedDomainsOnly"'), severity: "error" },
    ]);
    expect(found[0]?.message).toContain("honoured only in managed settings");
  });

  it("warns for user-or-managed keys and auto mode in a project file", () => {
    const found = findingsOf(
      {
        ".claude/settings.json": json({
          skipAutoPermissionPrompt: true,
          permissions: { defaultMode: "auto" },
        }),
      },
      "settings/managed-only-key",
    );
    expect(found.map((f) => f.severity)).toEqual(["warning", "warning"]);
  });

  it("does not fire in managed settings or drop-ins", () => {
    const text = json({ allowManagedHooksOnly: true, permissions: { defaultMode: "auto" } });
    expect(
      findingsOf(
        { "managed-settings.json": text, "managed-settings.d/10-x.json": text },
        "settings/managed-only-key",
      ),
    ).toEqual([]);
  });
});

describe("settings/bypass-mode-value", () => {
  it('fires for true, false or any string but "disable"', () => {
    for (const value of [true, "true", "disabled"]) {
      const [f] = findingsOf(
        { "managed-settings.json": json({ permissions: { disableBypassPermissionsMode: value } }) },
        "settings/bypass-mode-value",
      );
      expect(f).toMatchObject({ line: 3, severity: "error" });
    }
  });

  it("fires for the key at the top level instead of under permissions", () => {
    const [f] = findingsOf(
      { "managed-settings.json": json({ disableBypassPermissionsMode: "disable" }) },
      "settings/bypass-mode-value",
    );
    expect(f?.message).toContain("only inside");
    expect(
      findingsOf({ "managed-settings.json": json({ disableBypassPermissionsMode: "disable" }) }, "schema"),
    ).toEqual([]);
  });

  it('does not fire for "disable"', () => {
    expect(
      findingsOf(
        { "managed-settings.json": json({ permissions: { disableBypassPermissionsMode: "disable" } }) },
        "settings/bypass-mode-value",
      ),
    ).toEqual([]);
  });
});

describe("settings/not-read-by-claude-code", () => {
  it("fires for permissions in enterprise-settings.json, and not for identity only", () => {
    expect(
      findingsOf(
        { "enterprise-settings.json": json({ permissions: { deny: ["WebFetch"] } }) },
        "settings/not-read-by-claude-code",
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        { "enterprise-settings.json": json({ enterprise: { id: "acme" } }) },
        "settings/not-read-by-claude-code",
      ),
    ).toEqual([]);
  });
});

describe("settings/ignored-under-managed-lock", () => {
  const managed = json({ allowManagedHooksOnly: true, allowManagedPermissionRulesOnly: true });
  const project = json({
    permissions: { allow: ["Bash(npm test)"] },
    hooks: { Stop: [{ hooks: [{ type: "command", command: "steward hook stop" }] }] },
  });
  it("fires for project hooks and rules under the managed locks", () => {
    const found = findingsOf(
      { "managed-settings.json": managed, ".claude/settings.json": project },
      "settings/ignored-under-managed-lock",
    );
    expect(found.map((f) => ({ line: f.line, column: f.column }))).toEqual([
      pos(project, '"allow"'),
      pos(project, '"hooks"'),
    ]);
    expect(found[1]?.message).toContain("#92489");
  });
  it("does not fire without the locks", () => {
    expect(
      findingsOf(
        { "managed-settings.json": json({}), ".claude/settings.json": project },
        "settings/ignored-under-managed-lock",
      ),
    ).toEqual([]);
  });
});
