import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import { keyMatchesHint, parseApiKeyRecord } from "../../../shared/keys/api-key.js";
import { auditKeys, renderKeyAuditMarkdown } from "../../../shared/keys/audit.js";
import { formatDuration, parseDuration } from "../../../shared/keys/duration.js";
import { parseKeyPolicy } from "../../../shared/keys/policy.js";

const DAY = 86_400_000;
const now = new Date("2026-11-25T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
const ahead = (days: number) => new Date(now.getTime() + days * DAY).toISOString();

const seedPolicy = parseKeyPolicy({
  apiKeys: {
    rotation: { enabled: true, interval: "30d", notifyBefore: "7d" },
    restrictions: { ipAllowlist: ["10.0.0.0/8"] },
    audit: { logAllRequests: true, retentionDays: 90 },
  },
});

function key(id: string, fields: Record<string, unknown>) {
  return parseApiKeyRecord({
    id,
    type: "api_key",
    name: id.replace("apikey_", ""),
    status: "active",
    created_at: ago(1),
    created_by: { id: "svac_1", type: "service_account" },
    expires_at: ahead(60),
    partial_key_hint: "sk-ant-api03-abc...wxyz",
    workspace_id: "wrkspc_ci",
    principal: { type: "service_account_actor", service_account_id: "svac_1" },
    ...fields,
  });
}

describe("parseDuration", () => {
  it("reads the seed's units and sequences", () => {
    expect(parseDuration("30d", "x")).toBe(30 * DAY);
    expect(parseDuration("12h", "x")).toBe(12 * 3_600_000);
    expect(parseDuration("1d12h", "x")).toBe(1.5 * DAY);
    expect(parseDuration("2w", "x")).toBe(14 * DAY);
    expect(formatDuration(1.5 * DAY)).toBe("1d 12h");
  });
  it("rejects anything else as a ConfigurationError naming the field", () => {
    for (const bad of ["30", "30days", "", "-1d", 30, null]) {
      expect(() => parseDuration(bad, "apiKeys.rotation.interval")).toThrow(ConfigurationError);
    }
    expect(() => parseDuration("1 month", "apiKeys.rotation.interval")).toThrow(/apiKeys.rotation.interval/);
  });
});

describe("parseKeyPolicy", () => {
  it("accepts the seed's api-key-policy.json with defaults for Steward's additions", () => {
    expect(seedPolicy).toEqual({
      rotationEnabled: true,
      intervalMs: 30 * DAY,
      notifyBeforeMs: 7 * DAY,
      gracePeriodMs: DAY,
      minRemainingLifetimeMs: 7 * DAY,
      requireServiceAccount: false,
    });
  });
  it("refuses a notice period as long as the interval", () => {
    expect(() => parseKeyPolicy({ apiKeys: { rotation: { interval: "7d", notifyBefore: "7d" } } })).toThrow(
      /shorter/,
    );
  });
  it("refuses a missing rotation block", () => {
    expect(() => parseKeyPolicy({ apiKeys: {} })).toThrow(/apiKeys.rotation must be an object/);
  });
});

describe("parseApiKeyRecord", () => {
  it("reads owner kinds from principal, created_by and null principals", () => {
    expect(key("apikey_a", {}).ownerKind).toBe("service_account");
    expect(key("apikey_b", { principal: { type: "user_actor", user_id: "user_1" } }).ownerKind).toBe("user");
    expect(key("apikey_c", { principal: null, created_by: null }).ownerKind).toBe("workspace");
    const old = key("apikey_d", { principal: undefined, created_by: { id: "user_9", type: "user" } });
    expect(old.ownerKind).toBe("user");
    expect(key("apikey_e", { workspace_id: null }).workspaceId).toBeNull();
  });
  it("matches a key to its partial hint by prefix and suffix", () => {
    expect(keyMatchesHint("sk-ant-api03-abcDEFGHIJKLMNOPwxyz", "sk-ant-api03-abc...wxyz")).toBe(true);
    expect(keyMatchesHint("sk-ant-api03-abdDEFGHIJKLMNOPwxyz", "sk-ant-api03-abc...wxyz")).toBe(false);
    expect(keyMatchesHint("sk-ant-api03-abcDEFGHIJKLMNOPwxyz", null)).toBe(false);
    expect(keyMatchesHint("abc", "a...c")).toBe(false);
  });
});

describe("auditKeys", () => {
  it("finds overdue, due-soon, expiring, expired, never-expiring and personal keys", () => {
    const keys = [
      key("apikey_fresh", {}),
      key("apikey_overdue", { created_at: ago(45) }),
      key("apikey_duesoon", { created_at: ago(25) }),
      key("apikey_expiring", { expires_at: ahead(3) }),
      key("apikey_forever", { expires_at: null }),
      key("apikey_expired", { status: "expired", expires_at: ago(1) }),
      key("apikey_personal", { principal: { type: "user_actor", user_id: "user_1" } }),
      key("apikey_off", { status: "inactive", created_at: ago(400), expires_at: null }),
    ];
    const result = auditKeys(keys, seedPolicy, now, { managedKeyIds: ["apikey_personal"] });
    const kinds = (id: string) => result.findings.filter((f) => f.keyId === id).map((f) => f.kind);
    expect(kinds("apikey_fresh")).toEqual([]);
    expect(kinds("apikey_overdue")).toEqual(["overdue"]);
    expect(kinds("apikey_duesoon")).toEqual(["rotation-due-soon"]);
    expect(kinds("apikey_expiring")).toEqual(["expiring-soon"]);
    expect(kinds("apikey_forever")).toEqual(["never-expires"]);
    expect(kinds("apikey_expired")).toEqual(["expired"]);
    expect(kinds("apikey_personal")).toEqual(["personal-key"]);
    expect(kinds("apikey_off")).toEqual([]);
    expect(result.counts).toMatchObject({ keys: 8, active: 6, error: 2 });
    expect(result.table.rows[0]?.verdict).toBe("error");
    expect(result.table.rows.at(-1)?.verdict).toBe("ignored");
    const row = result.table.rows.find((r) => r.keyId === "apikey_overdue");
    expect(row).toMatchObject({ ageDays: 45, workspace: "wrkspc_ci", owner: "service_account" });
    expect(renderKeyAuditMarkdown(result)).toContain("| overdue | apikey_overdue | active |");
  });
  it("flags personal keys in workspaces the policy reserves for service accounts", () => {
    const policy = { ...seedPolicy, requireServiceAccount: ["default"] };
    const p = { principal: { type: "user_actor", user_id: "user_1" } };
    const result = auditKeys(
      [key("apikey_ws", { ...p }), key("apikey_dflt", { ...p, workspace_id: null })],
      policy,
      now,
    );
    expect(result.findings.map((f) => [f.keyId, f.kind, f.severity])).toEqual([
      ["apikey_dflt", "personal-key", "warning"],
    ]);
  });
});
