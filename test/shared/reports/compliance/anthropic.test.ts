import { afterEach, describe, expect, it } from "vitest";
import { isConfigurationError } from "../../../../shared/errors.js";
import { systemRetryPorts } from "../../../../shared/http/retry.js";
import {
  fetchClaudeCodeActivity,
  fetchOrgUsers,
  gatherApiEvidence,
} from "../../../../shared/reports/compliance/index.js";
import { type FakeUsersApi, startFakeUsersApi } from "../../../fakes/anthropic-users-api.js";
import { PERIOD } from "./evidence.js";

const KEY = "sk-ant-admin01-canary-5d1e0c7b";
const users = Array.from({ length: 2503 }, (_, i) => ({
  id: `user_${String(i).padStart(5, "0")}`,
  email: `dev${i}@acme.example`,
  role: i % 10 === 0 ? "admin" : "claude_code_user",
}));
const row = (email: string, sessions = 2) => ({
  date: "2026-10-01T00:00:00Z",
  actor: { type: "user_actor", email_address: email },
  core_metrics: { num_sessions: sessions },
  model_breakdown: [],
});
const claudeCode = {
  "2026-10-01": [
    row("Dev1@acme.example"),
    row("dev2@acme.example", 0),
    { ...row("x"), actor: { type: "api_actor", api_key_name: "ci" } },
  ],
  "2026-10-02": [row("dev1@acme.example"), row("dev3@acme.example")],
};
const fast = { retry: { baseDelayMs: 1, maxRetryAfterMs: 10 }, retryPorts: systemRetryPorts };

let api: FakeUsersApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe("Admin API figures", () => {
  it("lists every user across after_id pages", async () => {
    api = await startFakeUsersApi({ adminKey: KEY, users });
    const list = await fetchOrgUsers({ auth: { kind: "admin-key", key: KEY }, baseUrl: api.url, ...fast });
    expect(list).toHaveLength(2503);
    expect(api.userRequests).toHaveLength(3);
    expect(api.userRequests[1]).toContain("after_id=user_00999");
  });

  it("reads Claude Code activity per day (user actors with sessions only) up to yesterday", async () => {
    api = await startFakeUsersApi({ adminKey: KEY, users, claudeCode });
    const a = await fetchClaudeCodeActivity(PERIOD, "2026-10-03", {
      auth: { kind: "admin-key", key: KEY },
      baseUrl: api.url,
      ...fast,
    });
    expect(a).toEqual({
      days: 2,
      userDays: { "dev1@acme.example": ["2026-10-01", "2026-10-02"], "dev3@acme.example": ["2026-10-02"] },
    });
    expect(api.inner.requests.map((r) => new URL(r.url, "http://x").searchParams.get("starting_at"))).toEqual(
      ["2026-10-01", "2026-10-02"],
    );
  });

  it("retries a 429 on the users endpoint and recovers", async () => {
    api = await startFakeUsersApi({ adminKey: KEY, users: users.slice(0, 3) });
    api.userFaults.push({ status: 429, retryAfter: "0" }, { status: 500 });
    const list = await fetchOrgUsers({ auth: { kind: "admin-key", key: KEY }, baseUrl: api.url, ...fast });
    expect(list).toHaveLength(3);
    expect(api.userRequests).toHaveLength(3);
  });

  it("a wrong key is a ConfigurationError with the API's message and never the key", async () => {
    api = await startFakeUsersApi({ adminKey: KEY, users });
    const error = await fetchOrgUsers({
      auth: { kind: "admin-key", key: "sk-ant-admin01-wrong-000" },
      baseUrl: api.url,
      ...fast,
    }).catch((e) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect(error.message).toMatch(/answered 401 authentication_error: invalid x-api-key/);
    expect(error.message).not.toContain("wrong-000");
  });

  it("gatherApiEvidence records failures instead of throwing, scrubbed of the credential", async () => {
    api = await startFakeUsersApi({ adminKey: KEY, users });
    const ev = await gatherApiEvidence(PERIOD, "2026-10-03", {
      auth: { kind: "admin-key", key: "sk-ant-admin01-wrong-000" },
      baseUrl: api.url,
      ...fast,
    });
    expect(ev.users).toBeUndefined();
    expect(ev.activity).toBeUndefined();
    expect(ev.errors).toHaveLength(2);
    expect(ev.errors.join(" ")).not.toContain("wrong-000");
  });
});
