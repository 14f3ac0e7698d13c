import { chownSync, cpSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadHookPolicy, policyCachePath, rulesOf } from "../../../shared/hooks/policy.js";
import { POLICY, tempDir } from "./io.js";

function copyPolicy(): string {
  const dir = join(tempDir(), "policy");
  cpSync(POLICY, dir, { recursive: true });
  return dir;
}

describe("loadHookPolicy", () => {
  it("reads roles, quotas, quota unit, version, org, contact and retention from a policy directory", async () => {
    const { policy, cached } = await loadHookPolicy(POLICY);
    expect(cached).toBe(false);
    expect(policy.roleInfo.map((r) => r.name)).toEqual([
      "engineering-admins",
      "security-reviewers",
      "developers",
      "contractors",
    ]);
    expect(policy.roleInfo.find((r) => r.name === "contractors")?.quotas).toEqual({
      daily: 100000,
      monthly: 2000000,
    });
    expect(policy).toMatchObject({
      defaultRole: "contractors",
      countedTokens: ["input", "output", "cacheWrite5m", "cacheWrite1h"],
      policyVersion: "2026.11",
      orgName: "Acme Corp",
      contact: "Security Team <security@acme.example>",
      retentionDays: 90,
    });
    expect(rulesOf(policy, "developers")?.some((r) => r.text === "Bash(npm *)")).toBe(true);
    expect(rulesOf(policy, "nobody")).toBeUndefined();
  });

  it("reads one settings file as the org policy", async () => {
    const { policy } = await loadHookPolicy(join(POLICY, "managed-settings.json"));
    expect(policy.roleInfo).toEqual([]);
    expect(rulesOf(policy, null)?.length).toBeGreaterThan(10);
  });

  it("uses the compiled cache only when fresh, and writes it only in read-write mode", async () => {
    const dir = copyPolicy();
    const cacheFile = policyCachePath(dir, true);
    expect((await loadHookPolicy(dir, { cache: "read" })).cached).toBe(false);
    expect(() => readFileSync(cacheFile)).toThrow();
    const built = await loadHookPolicy(dir, { cache: "read-write" });
    expect(built.cached).toBe(false);
    const fromCache = await loadHookPolicy(dir, { cache: "read" });
    expect(fromCache.cached).toBe(true);
    expect(fromCache.policy).toEqual(built.policy); // each rule stored once on disk, every role rebuilt whole
    // a changed policy file (size or mtime) invalidates it
    const roles = join(dir, "role-mappings.json");
    writeFileSync(roles, readFileSync(roles, "utf8").replace(/"daily": 100000\b/, '"daily": 100001'));
    utimesSync(roles, new Date(), new Date(Date.now() + 5000));
    const fresh = await loadHookPolicy(dir, { cache: "read" });
    expect(fresh.cached).toBe(false);
    expect(fresh.policy.roleInfo.find((r) => r.name === "contractors")?.quotas.daily).toBe(100001);
  });

  it("ignores a cache planted by someone other than the policy's owner", async () => {
    if (process.getuid?.() !== 0) return; // needs root to chown
    const dir = copyPolicy();
    await loadHookPolicy(dir, { cache: "read-write" });
    chownSync(policyCachePath(dir, true), 4242, 4242);
    expect((await loadHookPolicy(dir, { cache: "read" })).cached).toBe(false);
  });

  it("throws a ConfigurationError for a missing directory, an empty one, or a file that is not strict JSON", async () => {
    await expect(loadHookPolicy(join(tempDir(), "missing"))).rejects.toThrow(/cannot be read \(ENOENT\)/);
    await expect(loadHookPolicy(tempDir())).rejects.toThrow(/No policy files/);
    const dir = copyPolicy();
    writeFileSync(join(dir, "role-mappings.json"), '{"roleMappings": {}, // comment\n}');
    await expect(loadHookPolicy(dir)).rejects.toThrow(/role-mappings\.json:1:/);
  });
});
