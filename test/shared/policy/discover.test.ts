import { describe, expect, it } from "vitest";
import { globMatches, kindFromName, kindFromSchema } from "../../../shared/policy/kinds.js";
import { findingsOf, json, lint } from "./helpers.js";

describe("file kinds", () => {
  it("names every kind of the seed by file name", () => {
    expect(kindFromName("managed-settings.json")).toBe("managed-settings");
    expect(kindFromName("etc/managed-settings.d/10-base.json")).toBe("managed-settings");
    expect(kindFromName(".claude/settings.json")).toBe("claude-settings");
    expect(kindFromName("x/.claude/settings.local.json")).toBe("claude-settings");
    expect(kindFromName("role-mappings.json")).toBe("role-mappings");
    expect(kindFromName(".claude/team-settings.json")).toBe("team-settings");
    expect(kindFromName(".claude/enterprise-support.json")).toBe("enterprise-support");
    expect(kindFromName("steward.config.json")).toBe("steward-config");
    expect(kindFromName("CLAUDE.md")).toBe("claude-md");
    expect(kindFromName("README.md")).toBeUndefined();
    expect(kindFromName("other.json")).toBeUndefined();
  });

  it("reads the kind from $schema (Steward ids and SchemaStore's settings schema)", () => {
    expect(kindFromSchema("https://steward.dev/schemas/model-policy.schema.json", "a.json")).toBe(
      "model-policy",
    );
    expect(kindFromSchema("https://json.schemastore.org/claude-code-settings.json", "a.json")).toBe(
      "claude-settings",
    );
    expect(kindFromSchema("https://example.com/x.json", "a.json")).toBeUndefined();
  });

  it("matches globs for the steward.config.json map", () => {
    expect(globMatches("routing/*.json", "routing/us.json")).toBe(true);
    expect(globMatches("routing/*.json", "routing/x/us.json")).toBe(false);
    expect(globMatches("**/drop-ins/*.json", "a/b/drop-ins/x.json")).toBe(true);
    expect(globMatches("x.json", "deep/x.json")).toBe(true);
  });

  it("classifies by config map over $schema over name, and reports unknown JSON as a note", () => {
    const r = lint({
      "steward.config.json": json({ files: { "routing/*.json": "managed-settings", "junk.json": "ignore" } }),
      "routing/us.json": json({ model: "claude-sonnet-5" }),
      "policy.json": json({
        $schema: "https://steward.dev/schemas/role-mappings.schema.json",
        roleMappings: {},
      }),
      "mystery.json": json({ a: 1 }),
      "junk.json": json({ b: 1 }),
    });
    const kinds = Object.fromEntries(r.fileKinds.map((k) => [k.path, `${k.kind}/${k.how}`]));
    expect(kinds).toMatchObject({
      "routing/us.json": "managed-settings/config",
      "policy.json": "role-mappings/schema",
      "mystery.json": "unknown-json/fallback",
      "steward.config.json": "steward-config/name",
    });
    expect(kinds["junk.json"]).toBeUndefined();
    const unknown = r.findings.filter((f) => f.ruleId === "discover/unknown-json");
    expect(unknown).toEqual([expect.objectContaining({ file: "mystery.json", severity: "note" })]);
  });

  it("does not report known files as unknown", () => {
    expect(findingsOf({ "role-mappings.json": json({ roleMappings: {} }) }, "discover/unknown-json")).toEqual(
      [],
    );
  });

  it("follows hook commands to their scripts and CLAUDE.md imports to their files", () => {
    const r = lint({
      ".claude/settings.json": json({
        hooks: {
          PreToolUse: [
            {
              matcher: "Bash",
              hooks: [{ type: "command", command: '"$CLAUDE_PROJECT_DIR"/hooks/check.sh' }],
            },
          ],
        },
      }),
      "hooks/check.sh": { text: "#!/bin/bash\nexit 0\n", executable: true },
      "CLAUDE.md": "# P\n@docs/more.md\n",
      "docs/more.md": "more\n",
      "docs/unrelated.md": "x\n",
    });
    const kinds = Object.fromEntries(r.fileKinds.map((k) => [k.path, `${k.kind}/${k.how}`]));
    expect(kinds["hooks/check.sh"]).toBe("hook-script/reference");
    expect(kinds["docs/more.md"]).toBe("claude-md/import");
    expect(kinds["docs/unrelated.md"]).toBeUndefined();
  });
});

describe("tooling JSON", () => {
  it("does not report package.json, tsconfig.json or .github/*.json as unknown policy", () => {
    const r = lint({
      "package.json": json({ name: "x" }),
      "tsconfig.json": json({}),
      ".github/x.json": json({}),
    });
    expect(r.findings.filter((f) => f.ruleId === "discover/unknown-json")).toEqual([]);
  });
});
