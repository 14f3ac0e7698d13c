// actions/compliance-report run the way the runner runs it (the committed
// bundle, INPUT_* variables, file commands), against fake Anthropic (users +
// Claude Code Analytics), compliance endpoint and Slack servers on 127.0.0.1.
// Build the bundle first: node scripts/package.mjs compliance-report
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeUsersApi, startFakeUsersApi } from "../fakes/anthropic-users-api.js";
import { type FakeComplianceEndpoint, startFakeComplianceEndpoint } from "../fakes/compliance-endpoint.js";
import { type FakeSlackWebhook, startFakeSlackWebhook } from "../fakes/slack-webhook.js";
import { expectNoLeaks } from "../harness/canary.js";
import { REPO_ROOT, runAction } from "../harness/run-action.js";
import { auditLine } from "../shared/reports/compliance/evidence.js";

const ADMIN_KEY = "sk-ant-admin01-CanaryAdminKey-0b6f2d9e4a71";
const ENDPOINT_TOKEN = "cmp_CanaryEndpointToken_83c1f0a2d9";
const USERS = ["dana.okafor@acme.example", "liam.berg@acme.example"];
const bundle = join(REPO_ROOT, "actions/compliance-report/dist/index.js");

/** The month before now, and its first three days (the logs' days). */
const now = new Date();
const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
const days = ["01", "02", "03"].map((d) => `${month}-${d}`);

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), "steward-compliance-ws-"));
  cpSync(join(REPO_ROOT, "examples/policy-repo"), join(ws, "policy"), { recursive: true });
  mkdirSync(join(ws, "logs"));
  for (const day of days) {
    const lines = USERS.map((user, i) =>
      auditLine({
        ts: `${day}T0${i + 8}:00:00Z`,
        user,
        decision: i ? "deny" : "allow",
        rule: "Bash(curl *)",
      }),
    );
    writeFileSync(
      join(ws, "logs", `${day}.jsonl`),
      `${lines.join("\n")}\nBLOCKED: Enterprise policy denies  on \n`,
    );
  }
  return ws;
}

const row = (email: string, date: string) => ({
  date: `${date}T00:00:00Z`,
  actor: { type: "user_actor", email_address: email },
  core_metrics: { num_sessions: 1 },
  model_breakdown: [],
});

let api: FakeUsersApi;
let endpoint: FakeComplianceEndpoint;
let slack: FakeSlackWebhook;
beforeEach(async () => {
  api = await startFakeUsersApi({
    adminKey: ADMIN_KEY,
    users: Array.from({ length: 5 }, (_, i) => ({
      id: `user_${i}`,
      email: `u${i}@acme.example`,
      role: "developer",
    })),
    claudeCode: Object.fromEntries(days.map((d) => [d, USERS.map((u) => row(u, d))])),
  });
  endpoint = await startFakeComplianceEndpoint(ENDPOINT_TOKEN);
  slack = await startFakeSlackWebhook();
});
afterEach(async () => {
  await Promise.all([api.close(), endpoint.close(), slack.close()]);
});

const fullInputs = (ws: string) => ({
  "policy-path": "policy",
  "audit-logs": "logs",
  period: month,
  "endpoint-url": endpoint.reportsUrl,
  "endpoint-token": ENDPOINT_TOKEN,
  "anthropic-admin-key": ADMIN_KEY,
  "anthropic-api-url": api.url,
  "slack-webhook-url": slack.url,
  "allow-http-loopback": "true",
  "out-dir": join(ws, "out").slice(ws.length + 1),
});
const secrets = () => [ADMIN_KEY, ENDPOINT_TOKEN, slack.url, new URL(slack.url).pathname];

describe.skipIf(!existsSync(bundle))("compliance-report action (bundle)", () => {
  it("reports, posts through a failing-then-recovering endpoint, tells Slack, and leaks no secret", async () => {
    endpoint.faults.push({ status: 503 }, { status: 429, retryAfter: "1" }, { drop: true });
    const ws = workspace();
    const r = await runAction("compliance-report", {
      workspace: ws,
      inputs: { ...fullInputs(ws), "fail-on-failing-controls": "true" },
    });
    expect(r.outputs).toEqual({
      passing: "8",
      failing: "1",
      "not-evaluated": "0",
      "report-file": "out/compliance.json",
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join("\n")).toMatch(/1 compliance control failing/);
    expect(
      r.annotations.filter((a) => a.level === "warning" && a.file === "policy/managed-settings.json"),
    ).toHaveLength(2);
    const report = JSON.parse(readFileSync(join(ws, "out/compliance.json"), "utf8"));
    expect(report.metrics.total_users).toEqual({ value: 5, source: "admin-api", byRole: { developer: 5 } });
    expect(report.metrics.active_users).toEqual({ value: 2, source: "claude-code-analytics-api" });
    expect(report.controls.find((c: { id: string }) => c.id === "audit-logging").verdict).toBe("pass");
    expect(report.controls.find((c: { id: string }) => c.id === "policy-lint").verdict).toBe("pass");
    expect(existsSync(join(ws, "out/compliance.html"))).toBe(true);
    // four attempts, one Idempotency-Key, recorded once
    expect(endpoint.requests).toHaveLength(4);
    expect(new Set(endpoint.requests.map((q) => q.headers["idempotency-key"])).size).toBe(1);
    expect(endpoint.recorded.size).toBe(1);
    expect(JSON.stringify(slack.requests[0]?.body)).toContain("SSO configured and enforced");
    expect(r.summary).toContain("| Requirement | Configuration | Verification | Status | Evidence |");
    expect(r.masks).toEqual(expect.arrayContaining([ADMIN_KEY, ENDPOINT_TOKEN, slack.url]));
    await expectNoLeaks(r, secrets());
  });

  it("an endpoint that keeps failing fails the step after bounded retries; the report and outputs are still there", async () => {
    endpoint.faults.push(...Array.from({ length: 10 }, () => ({ status: 500 })));
    const ws = workspace();
    const r = await runAction("compliance-report", { workspace: ws, inputs: fullInputs(ws) });
    expect(r.exitCode).toBe(1);
    expect(endpoint.requests).toHaveLength(5);
    expect(r.annotations.find((a) => a.level === "error")?.message).toMatch(
      /compliance endpoint http:\/\/127\.0\.0\.1:\d+ answered HTTP 500 \(5 attempts\); the report was not delivered/,
    );
    expect(r.outputs.failing).toBe("1");
    expect(existsSync(join(ws, "out/compliance.json"))).toBe(true);
    await expectNoLeaks(r, secrets());
  });

  it("a wrong admin key falls back to the logs with a warning; the key never shows", async () => {
    const ws = workspace();
    const wrong = "sk-ant-admin01-WrongCanaryKey-77aa";
    const r = await runAction("compliance-report", {
      workspace: ws,
      inputs: {
        "policy-path": "policy",
        "audit-logs": "logs",
        period: month,
        "anthropic-admin-key": wrong,
        "anthropic-api-url": api.url,
      },
    });
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(ws, "compliance-report/compliance.json"), "utf8"));
    expect(report.sources.adminApi).toBe("failed");
    expect(report.metrics.active_users.source).toBe("audit-logs");
    // no independent activity source: the log coverage cannot be proved
    expect(report.controls.find((c: { id: string }) => c.id === "audit-logging").verdict).toBe(
      "not-evaluated",
    );
    expect(r.annotations.some((a) => a.level === "warning" && /invalid x-api-key/.test(a.message))).toBe(
      true,
    );
    await expectNoLeaks(r, [wrong]);
  });

  it("without logs or API access nothing passes on missing evidence", async () => {
    const ws = workspace();
    const r = await runAction("compliance-report", {
      workspace: ws,
      inputs: { "policy-path": "policy", period: month },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passing: "6", failing: "1", "not-evaluated": "2" });
    const report = JSON.parse(readFileSync(join(ws, "compliance-report/compliance.json"), "utf8"));
    const verdicts = Object.fromEntries(
      report.controls.map((c: { id: string; verdict: string }) => [c.id, c.verdict]),
    );
    expect(verdicts["audit-logging"]).toBe("not-evaluated");
    expect(verdicts.retention).toBe("not-evaluated");
  });

  it("bad inputs fail with an annotation, after the secrets are masked", async () => {
    const ws = workspace();
    const r = await runAction("compliance-report", {
      workspace: ws,
      inputs: { period: "2026-13", "endpoint-token": ENDPOINT_TOKEN, "endpoint-url": endpoint.reportsUrl },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/period must be a month YYYY-MM/);
    expect(r.masks).toContain(ENDPOINT_TOKEN);
    await expectNoLeaks(r, [ENDPOINT_TOKEN]);
    const insecure = await runAction("compliance-report", {
      workspace: ws,
      inputs: { "policy-path": "policy", period: month, "endpoint-url": endpoint.reportsUrl },
    });
    expect(insecure.exitCode).toBe(1);
    expect(insecure.annotations.find((a) => a.level === "error")?.message).toMatch(/must use https/);
    expect(endpoint.requests).toHaveLength(0);
  });
});
