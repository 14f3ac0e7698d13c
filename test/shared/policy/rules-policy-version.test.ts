import { describe, expect, it } from "vitest";
import { snapshotOf } from "../../../shared/policy/snapshot.js";
import { findingsOf, json, lint } from "./helpers.js";

const repo = (version: string, deny: string[]) => ({
  "enterprise-settings.json": json({ enterprise: { id: "acme", policyVersion: version } }),
  "managed-settings.json": json({ permissions: { deny }, env: { STEWARD_POLICY_VERSION: version } }),
});

describe("policy/version-unchanged", () => {
  it("fires when content changed and the version did not", () => {
    const base = snapshotOf(repo("2026.11", ["WebFetch"]));
    const r = lint(repo("2026.11", ["WebFetch", "Bash(curl *)"]), { base });
    const found = r.findings.filter((f) => f.ruleId === "policy/version-unchanged");
    expect(found).toEqual([expect.objectContaining({ file: "enterprise-settings.json", line: 4 })]);
    expect(found[0]?.message).toContain("managed-settings.json");
  });
  it("does not fire when the version was bumped, or when only formatting changed", () => {
    const base = snapshotOf(repo("2026.11", ["WebFetch"]));
    expect(
      lint(repo("2026.12", ["WebFetch", "Bash(curl *)"]), { base }).findings.filter(
        (f) => f.ruleId === "policy/version-unchanged",
      ),
    ).toEqual([]);
    const reformatted = { ...repo("2026.11", ["WebFetch"]) };
    reformatted["managed-settings.json"] = JSON.stringify(JSON.parse(reformatted["managed-settings.json"]));
    expect(
      lint(reformatted, { base }).findings.filter((f) => f.ruleId === "policy/version-unchanged"),
    ).toEqual([]);
  });
});

describe("policy/version-mismatch", () => {
  it("fires for a file that disagrees with enterprise-settings.json, not when all agree", () => {
    const files = {
      ...repo("2026.11", []),
      "role-mappings.json": json({ policyVersion: "2024.1", roleMappings: {} }),
    };
    expect(findingsOf(files, "policy/version-mismatch").map((f) => f.file)).toEqual(["role-mappings.json"]);
    expect(findingsOf(repo("2026.11", []), "policy/version-mismatch")).toEqual([]);
  });
});
