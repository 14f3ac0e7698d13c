import { describe, expect, it } from "vitest";
import { cidrProblem, durationMinutes } from "../../../shared/policy/rules/consistency.js";
import { findingsOf, json, pos } from "./helpers.js";

describe("quotas", () => {
  it("fires when a role's daily quota is above its monthly quota, at the daily value", () => {
    const text = json({ roleMappings: { dev: { quotas: { daily: 5000000, monthly: 1000000 } } } });
    const [f] = findingsOf({ "role-mappings.json": text }, "quotas/daily-exceeds-monthly");
    expect(f).toMatchObject(pos(text, "5000000"));
  });
  it("fires for {tokens, requests} quota objects too (the seed's monitoring block)", () => {
    const text = json({
      monitoring: { quotas: { daily: { tokens: 10, requests: 50 }, monthly: { tokens: 100, requests: 20 } } },
    });
    expect(findingsOf({ ".claude/settings.json": text }, "quotas/daily-exceeds-monthly")).toHaveLength(1);
  });
  it("fires when a role quota is above the organization's", () => {
    const text = json({
      orgQuota: { daily: 100, monthly: 1000 },
      roleMappings: { dev: { quotas: { daily: 200, monthly: 1000 } } },
    });
    const found = findingsOf({ "role-mappings.json": text }, "quotas/role-exceeds-org");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("daily quota of 200");
  });
  it("does not fire for consistent quotas", () => {
    const text = json({
      orgQuota: { daily: 100, monthly: 1000 },
      roleMappings: { dev: { quotas: { daily: 100, monthly: 1000 } } },
    });
    expect(findingsOf({ "role-mappings.json": text }, "quotas")).toEqual([]);
  });
  it("fires for alert thresholds outside 0-100, not inside", () => {
    const bad = json({
      dashboard: {
        alerts: [
          { name: "a", percentOfRoleQuota: 120 },
          { name: "b", percentOfRoleQuota: -5 },
        ],
      },
    });
    const found = findingsOf({ "usage-dashboard-config.json": bad }, "quotas/threshold-range");
    expect(found).toHaveLength(2);
    expect(found[1]?.message).toContain("-5");
    const good = json({ dashboard: { alerts: [{ name: "a", percentOfRoleQuota: 80 }] } });
    expect(findingsOf({ "usage-dashboard-config.json": good }, "quotas/threshold-range")).toEqual([]);
  });
});

describe("keys/rotation-periods", () => {
  const policy = (rotation: object) => json({ apiKeys: { rotation: { enabled: true, ...rotation } } });
  it("parses durations", () => {
    expect(durationMinutes("30d")).toBe(43200);
    expect(durationMinutes("8h")).toBe(480);
    expect(durationMinutes("soon")).toBeUndefined();
  });
  it("fires when the notice is not shorter than the interval, or keys expire before rotation", () => {
    const text = policy({ interval: "7d", notifyBefore: "7d", gracePeriod: "1d", maxExpiry: "7d" });
    const found = findingsOf({ "api-key-policy.json": text }, "keys/rotation-periods");
    expect(found.map((f) => f.line)).toEqual([pos(text, "notifyBefore").line, pos(text, "maxExpiry").line]);
  });
  it("does not fire for the seed's 30d / 7d, or when rotation is disabled", () => {
    expect(
      findingsOf({ "api-key-policy.json": policy({ interval: "30d", notifyBefore: "7d" }) }, "keys"),
    ).toEqual([]);
    expect(
      findingsOf(
        { "api-key-policy.json": policy({ enabled: false, interval: "1d", notifyBefore: "7d" }) },
        "keys",
      ),
    ).toEqual([]);
  });
});

describe("network/invalid-allowlist-entry", () => {
  it("accepts addresses and CIDRs, rejects host names, bad prefixes and host bits", () => {
    expect(cidrProblem("10.0.0.0/8")).toBeUndefined();
    expect(cidrProblem("2001:db8::/32")).toBeUndefined();
    expect(cidrProblem("203.0.113.7")).toBeUndefined();
    expect(cidrProblem("office-vpn.company.com")).toContain("host name");
    expect(cidrProblem("10.0.0.0/33")).toContain("/32");
    expect(cidrProblem("10.0.0.1/8")).toContain("10.0.0.0/8");
    expect(cidrProblem("300.1.1.1")).toContain("not a valid");
  });
  it("fires at the entry in an ipAllowlist, and not for valid entries", () => {
    const text = json({
      apiKeys: { restrictions: { ipAllowlist: ["10.0.0.0/8", "office-vpn.company.com"] } },
    });
    const found = findingsOf({ "api-key-policy.json": text }, "network");
    expect(found.map((f) => ({ line: f.line, column: f.column }))).toEqual([pos(text, '"office-vpn')]);
  });
});

describe("retention/inconsistent", () => {
  const gov = (dataHandling: object, audit?: number) =>
    json({
      governance: {
        policies: { dataHandling, ...(audit ? { auditRequirements: { retentionDays: audit } } : {}) },
      },
    });
  it("fires when audit retentions disagree across governance and key policy", () => {
    const found = findingsOf(
      {
        "governance-config.json": gov({ retentionDays: 365 }, 365),
        "api-key-policy.json": json({ apiKeys: { audit: { retentionDays: 90 } } }),
      },
      "retention",
    );
    expect(found.map((f) => f.file)).toEqual(["api-key-policy.json"]);
  });
  it("fires when transcripts outlive the data retention", () => {
    const found = findingsOf(
      {
        "governance-config.json": gov({ retentionDays: 30 }),
        "managed-settings.json": json({ cleanupPeriodDays: 90 }),
      },
      "retention",
    );
    expect(found.map((f) => f.file)).toEqual(["managed-settings.json"]);
  });
  it("does not fire for the seed's 90/90", () => {
    expect(
      findingsOf(
        {
          "governance-config.json": gov({ retentionDays: 90 }),
          "api-key-policy.json": json({ apiKeys: { audit: { retentionDays: 90 } } }),
        },
        "retention",
      ),
    ).toEqual([]);
  });
});
