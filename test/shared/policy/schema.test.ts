import { describe, expect, it } from "vitest";
import { JSON_KINDS, schemaIdOf } from "../../../shared/policy/kinds.js";
import { SCHEMAS, validators } from "../../../shared/policy/schema.js";
import { findingsOf, json } from "./helpers.js";

describe("schemas", () => {
  it("has one schema per JSON kind with a stable $id, all compiled once", () => {
    for (const kind of JSON_KINDS) expect(SCHEMAS[kind].$id).toBe(schemaIdOf(kind));
    expect(validators()).toBe(validators());
    expect(validators().size).toBe(JSON_KINDS.length);
  });

  it("reports an unknown settings key at the key, with did-you-mean", () => {
    const text = '{\n  "permisions": {\n    "allow": []\n  }\n}\n';
    const [f] = findingsOf({ "managed-settings.json": text }, "schema/unknown-key");
    expect(f).toMatchObject({ line: 2, column: 3, severity: "warning" });
    expect(f?.message).toContain('did you mean "permissions"');
  });

  it("reports an unknown hook event by name", () => {
    const text = json({
      hooks: { PreToolUSe: [{ matcher: "Bash", hooks: [{ type: "command", command: "x" }] }] },
    });
    const [f] = findingsOf({ ".claude/settings.json": text }, "schema/unknown-key");
    expect(f?.message).toContain('"PreToolUse"');
    expect(f?.line).toBe(3);
  });

  it("reports a wrong type at the value, and an enum miss with the allowed values", () => {
    const text = '{\n  "cleanupPeriodDays": "30",\n  "permissions": { "defaultMode": "acceptedits" }\n}\n';
    const found = findingsOf({ "managed-settings.json": text }, "schema/invalid");
    expect(found).toEqual([
      expect.objectContaining({ line: 2, column: 24, severity: "error" }),
      expect.objectContaining({ line: 3, column: 35 }),
    ]);
    expect(found[1]?.message).toContain('did you mean "acceptEdits"');
  });

  it("reports a minimum violation (cleanupPeriodDays 0 is invalid)", () => {
    expect(
      findingsOf({ "managed-settings.json": json({ cleanupPeriodDays: 0 }) }, "schema/invalid"),
    ).toHaveLength(1);
  });

  it("accepts valid settings and Steward files without schema findings", () => {
    const settings = json({
      permissions: { allow: ["Read"], deny: ["WebFetch"], defaultMode: "default" },
      sandbox: { enabled: true, network: { allowedDomains: ["github.com"] } },
      hooks: { Stop: [{ hooks: [{ type: "command", command: "steward hook stop", timeout: 30 }] }] },
      env: { A: "1" },
    });
    const roles = json({
      roleMappings: { dev: { models: ["claude-sonnet-5"], quotas: { daily: 1, monthly: 2 } } },
    });
    expect(findingsOf({ "managed-settings.json": settings, "role-mappings.json": roles }, "schema")).toEqual(
      [],
    );
  });

  it("validates Steward kinds (role mappings: quotas must be integers)", () => {
    const roles = json({ roleMappings: { dev: { quotas: { daily: "lots" } } } });
    const [f] = findingsOf({ "role-mappings.json": roles }, "schema/invalid");
    expect(f?.message).toContain("roleMappings.dev.quotas.daily must be integer");
  });

  it("does not double-report the seed's flat hooks (hooks/invalid-shape owns them)", () => {
    const text = json({ hooks: { PreToolUse: [{ command: "x.sh" }] } });
    expect(findingsOf({ ".claude/settings.json": text }, "schema")).toEqual([]);
  });
});
