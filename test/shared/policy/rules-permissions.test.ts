import { describe, expect, it } from "vitest";
import { findingsOf, json, pos } from "./helpers.js";

describe("permissions/* (the permission engine's findings)", () => {
  it("maps a parse diagnostic to the character range inside the rule string", () => {
    const text = json({ permissions: { allow: ["Read(./src/**)", "Write(./src/**)"] } });
    const [f] = findingsOf({ "managed-settings.json": text }, "permissions/rule-path-specifier-ignored");
    expect(f).toMatchObject({ severity: "warning", ...pos(text, "./src/**)", "Write") });
    expect(f?.endColumn).toBeGreaterThan(f?.column ?? 0);
  });

  it("maps analysis findings to the rule they are about, per role in role mappings", () => {
    const text = json({ roleMappings: { admins: { permissions: { allow: ["Read(**)", "Bash"] } } } });
    const found = findingsOf({ "role-mappings.json": text }, "permissions/overbroad-allow");
    expect(found.map((f) => ({ line: f.line, column: f.column }))).toEqual([
      pos(text, '"Read(**)"'),
      pos(text, '"Bash"'),
    ]);
    expect(found[0]?.message).toContain("role admins");
  });

  it("reports duplicates and unreachable rules in settings", () => {
    const text = json({
      permissions: { deny: ["Bash"], allow: ["Bash(git status)", "WebFetch", "WebFetch"] },
    });
    const ids = findingsOf({ ".claude/settings.json": text }, "permissions").map((f) => f.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining(["permissions/unreachable-rule", "permissions/duplicate-rule"]),
    );
  });

  it("reports nothing for narrow, well-formed rules", () => {
    const text = json({
      permissions: { allow: ["Bash(git status)", "Read(./src/**)"], deny: ["WebFetch"] },
      sandbox: { enabled: true },
    });
    expect(findingsOf({ "managed-settings.json": text }, "permissions")).toEqual([]);
  });
});
