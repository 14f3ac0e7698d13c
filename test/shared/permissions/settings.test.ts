import { describe, expect, it } from "vitest";
import {
  decide,
  layerFromSource,
  mergeDropIns,
  mergeLayers,
  rolePolicies,
  rulesFrom,
  type SettingsLayer,
  selectManagedSource,
} from "../../../shared/permissions/index.js";
import { parseJsonSource } from "../../../shared/policy/json-source.js";

const json = (file: string, value: unknown, indent = 2) =>
  parseJsonSource(JSON.stringify(value, null, indent), file);
const layer = (
  scope: SettingsLayer["scope"],
  settings: Record<string, unknown>,
  file = `${scope}.json`,
): SettingsLayer => layerFromSource(json(file, settings), scope, "/repo");
const bash = (command: string) => ({ tool_name: "Bash", tool_input: { command }, cwd: "/repo" });

describe("rules from settings sources", () => {
  it("places every rule at its file, line and column", () => {
    const l = layer("project", {
      permissions: { allow: ["Bash(npm test)"], deny: ["Read(.env)", "Bash(rm *)"] },
    });
    expect(l.rules.map((r) => [r.text, r.behavior, r.source.line, r.source.column])).toEqual([
      ["Read(.env)", "deny", 7, 7],
      ["Bash(rm *)", "deny", 8, 7],
      ["Bash(npm test)", "allow", 4, 7],
    ]);
    expect(l.rules[0]?.source).toMatchObject({ file: "project.json", scope: "project", root: "/repo" });
  });

  it("keeps diagnostics of skipped rules with their location", () => {
    const l = layer("user", { permissions: { deny: ["Bash(:*)", 5] } });
    expect(l.rules).toEqual([]);
    expect(l.diagnostics?.map((d) => [d.code, d.source.line])).toEqual([
      ["colon-star-alone", 4],
      ["not-a-string", 5],
    ]);
  });
});

describe("mergeLayers (claude-code.md §1)", () => {
  it("concatenates arrays across layers, highest precedence first", () => {
    const merged = mergeLayers([
      layer("user", { permissions: { allow: ["Bash(git *)"] } }),
      layer("managed", { permissions: { allow: ["Bash(npm *)"] } }),
      layer("project", { permissions: { allow: ["Bash(make *)"] } }),
    ]);
    expect(merged.rules.map((r) => `${r.source.scope}:${r.text}`)).toEqual([
      "managed:Bash(npm *)",
      "project:Bash(make *)",
      "user:Bash(git *)",
    ]);
  });

  it("lets a deny from any scope beat an allow from any scope", () => {
    const merged = mergeLayers([
      layer("managed", { permissions: { allow: ["Bash(git *)"] } }),
      layer("user", { permissions: { deny: ["Bash(git push *)"] } }),
    ]);
    expect(decide(merged.rules, bash("git push origin"), { home: "/h" }).decision).toBe("deny");
  });

  it("drops lower layers' rules under allowManagedPermissionRulesOnly", () => {
    const merged = mergeLayers([
      layer("managed", { allowManagedPermissionRulesOnly: true, permissions: { deny: ["Bash(curl *)"] } }),
      layer("project", { permissions: { allow: ["Bash(npm test)"], deny: ["Bash(npm publish)"] } }),
    ]);
    expect(merged.managedRulesOnly).toBe(true);
    expect(merged.rules.map((r) => r.text)).toEqual(["Bash(curl *)"]);
    // A project setting cannot turn it on.
    const notManaged = mergeLayers([
      layer("project", { allowManagedPermissionRulesOnly: true, permissions: { allow: ["Read"] } }),
    ]);
    expect(notManaged.rules).toHaveLength(1);
  });

  it("takes scalars from the highest layer", () => {
    const merged = mergeLayers([
      layer("user", { sandbox: { enabled: true }, permissions: { defaultMode: "acceptEdits" } }),
      layer("managed", { sandbox: { enabled: false } }),
    ]);
    expect(merged.sandboxEnabled).toBe(false);
    expect(merged.defaultMode).toBe("acceptEdits");
  });
});

describe("managed sources", () => {
  it("merges drop-ins alphabetically after the base, union with dedup", () => {
    const base = layer(
      "managed",
      { permissions: { deny: ["Bash(curl *)"] }, sandbox: { enabled: false } },
      "managed-settings.json",
    );
    const b = layer(
      "managed",
      { permissions: { deny: ["Bash(curl *)", "Bash(wget *)"] }, sandbox: { enabled: true } },
      "managed-settings.d/20-b.json",
    );
    const a = layer("managed", { permissions: { deny: ["Bash(nc *)"] } }, "managed-settings.d/10-a.json");
    const merged = mergeDropIns(base, [b, a]);
    expect(merged?.rules.map((r) => r.text)).toEqual(["Bash(curl *)", "Bash(nc *)", "Bash(wget *)"]);
    expect((merged?.settings as { sandbox?: { enabled?: boolean } } | undefined)?.sandbox?.enabled).toBe(
      true,
    );
  });

  it("uses one managed source: the first with any key (claude-code.md §1; §8 70181: an empty remote payload must not win)", () => {
    const remote = layer("managed", {}, "remote");
    const mdm = layer("managed", { permissions: { deny: ["Bash"] } }, "plist");
    const file = layer("managed", { permissions: { deny: ["Read"] } }, "file");
    expect(selectManagedSource([remote, mdm, file])?.file).toBe("plist");
    expect(selectManagedSource([undefined, undefined, file])?.file).toBe("file");
    expect(selectManagedSource([remote])).toBeUndefined();
  });
});

describe("rolePolicies", () => {
  const roleMappings = json("role-mappings.json", {
    roleMappings: {
      developers: { permissions: { allow: ["Bash(npm *)"], deny: ["Bash(npm publish)"] } },
      contractors: { permissions: { allow: ["Read(./src/**)"], deny: ["Write", "Bash"] } },
    },
  });
  const enterprise = json("enterprise-settings.json", {
    permissions: { deny: ["Read(./.env*)"], allow: ["Bash(git status)"] },
  });

  it("merges org rules with each role's rules", () => {
    const { roles } = rolePolicies({ enterprise, roleMappings });
    expect(roles.map((r) => r.role)).toEqual(["developers", "contractors"]);
    const dev = roles[0];
    expect(dev?.rules.map((r) => r.text)).toEqual([
      "Read(./.env*)",
      "Bash(npm publish)",
      "Bash(git status)",
      "Bash(npm *)",
    ]);
    expect(decide(dev?.rules ?? [], bash("npm publish"), { home: "/h" }).rule?.source).toMatchObject({
      file: "role-mappings.json",
      line: 9,
    });
    const contractors = roles[1];
    expect(decide(contractors?.rules ?? [], bash("git status"), { home: "/h" }).decision).toBe("deny");
  });

  it("gives one default role without mappings, merging managed files and drop-ins", () => {
    const managed = json("managed-settings.json", { permissions: { deny: ["Bash(curl *)"] } });
    const dropIn = json("managed-settings.d/10-x.json", { permissions: { deny: ["Bash(wget *)"] } });
    const { roles } = rolePolicies({ managed, dropIns: [dropIn] });
    expect(roles.map((r) => r.role)).toEqual(["default"]);
    expect(roles[0]?.rules.map((r) => r.text)).toEqual(["Bash(curl *)", "Bash(wget *)"]);
  });

  it("anchors /path rules of managed files at the deployed directory", () => {
    const managed = json("managed-settings.json", { permissions: { deny: ["Read(/secrets/**)"] } });
    const { roles } = rolePolicies({ managed }, "/etc/claude-code");
    const rules = roles[0]?.rules ?? rulesFrom({});
    const read = (file_path: string) => ({ tool_name: "Read", tool_input: { file_path }, cwd: "/repo" });
    expect(decide(rules, read("/etc/claude-code/secrets/a"), { home: "/h" }).decision).toBe("deny");
    expect(decide(rules, read("/repo/secrets/a"), { home: "/h" }).decision).toBe("none");
  });
});
