// The committed cost-report bundle, run as the runner runs it, on the example
// usage data, with Slack alerts going to a fake incoming webhook.
import { cpSync, existsSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlackWebhook, startFakeSlackWebhook } from "../fakes/slack-webhook.js";
import { expectNoLeaks } from "../harness/canary.js";
import { REPO_ROOT, runAction } from "../harness/run-action.js";

let slack: FakeSlackWebhook;
beforeEach(async () => {
  slack = await startFakeSlackWebhook();
});
afterEach(async () => {
  await slack.close();
});

async function workspace(): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "steward-cost-"));
  cpSync(join(REPO_ROOT, "examples/usage"), join(ws, "usage-data"), { recursive: true });
  cpSync(join(REPO_ROOT, "examples/policy-repo"), join(ws, "policy"), { recursive: true });
  return ws;
}

describe("actions/cost-report (bundle)", () => {
  it("writes the report files, the summary and the headline outputs, and alerts Slack on quota breaches", async () => {
    const ws = await workspace();
    const r = await runAction("cost-report", {
      workspace: ws,
      eventName: "schedule",
      inputs: {
        sources: "usage-data/usage/*/*.jsonl",
        roles: "policy/role-mappings.json",
        users: "usage-data/users.json",
        period: "2026-10",
        "slack-webhook-url": slack.url,
        "partial-file": "partial.json",
      },
    });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    for (const f of ["report.json", "report.md", "report.html"]) {
      expect(existsSync(join(ws, "steward-cost-report", f)), f).toBe(true);
    }
    const report = JSON.parse(readFileSync(join(ws, "steward-cost-report/report.json"), "utf8"));
    expect(report.schemaVersion).toBe(1);
    expect(report.period).toMatchObject({ since: "2026-10-01", until: "2026-10-31" });
    expect(Number(r.outputs["total-cost-usd"])).toBeCloseTo(report.totals.costUsd, 2);
    expect(Number(r.outputs["total-tokens"])).toBe(report.totals.tokens);
    expect(r.outputs.users).toBe(String(report.byUser.length));
    expect(r.summary).toContain("```mermaid");
    expect(report.quotaBreaches.length).toBeGreaterThan(0);
    expect(Number(r.outputs["quota-breaches"])).toBe(report.quotaBreaches.length);
    expect(slack.requests.length).toBe(report.quotaBreaches.length + report.budgetAlerts.length);
    expect(existsSync(join(ws, "partial.json"))).toBe(true);
    expect(r.masks).toContain(slack.url);
    await expectNoLeaks(r, [slack.url]);
  });

  it("merges partials from two shards into the same totals as one run over all the data", async () => {
    const ws = await workspace();
    const shard = (glob: string, partial: string) =>
      runAction("cost-report", {
        workspace: ws,
        inputs: { sources: glob, "partial-file": partial, "out-dir": `out-${partial}`, notify: "none" },
      });
    const a = await shard("usage-data/usage/[a-l]*/*.jsonl", "a.json");
    const b = await shard("usage-data/usage/[m-z]*/*.jsonl", "b.json");
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    const merged = await runAction("cost-report", {
      workspace: ws,
      inputs: { merge: "a.json\nb.json", "out-dir": "merged", notify: "none" },
    });
    const whole = await runAction("cost-report", {
      workspace: ws,
      inputs: { sources: "usage-data/usage/*/*.jsonl", "out-dir": "whole", notify: "none" },
    });
    expect(merged.exitCode).toBe(0);
    expect(merged.outputs["total-tokens"]).toBe(whole.outputs["total-tokens"]);
    expect(merged.outputs["total-cost-usd"]).toBe(whole.outputs["total-cost-usd"]);
    const m = JSON.parse(readFileSync(join(ws, "merged/report.json"), "utf8"));
    const w = JSON.parse(readFileSync(join(ws, "whole/report.json"), "utf8"));
    expect(m.byUser).toEqual(w.byUser);
    expect(m.byModel).toEqual(w.byModel);
  });

  it("fails with a clear message for a bad period and for missing sources", async () => {
    const bad = await runAction("cost-report", { inputs: { sources: "x", period: "October" } });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations[0]?.message).toMatch(/period must be previous-month, current-month or YYYY-MM/);
    const none = await runAction("cost-report", { inputs: {} });
    expect(none.exitCode).toBe(1);
    expect(none.annotations[0]?.message).toMatch(/sources/);
  });

  it("fails loudly when Slack refuses the alert (the default), naming what to do", async () => {
    slack.script(
      { kind: "error", status: 404, code: "no_service" },
      { kind: "error", status: 404, code: "no_service" },
    );
    const ws = await workspace();
    const r = await runAction("cost-report", {
      workspace: ws,
      inputs: {
        sources: "usage-data/usage/*/*.jsonl",
        roles: "policy/role-mappings.json",
        users: "usage-data/users.json",
        "slack-webhook-url": slack.url,
      },
    });
    expect(r.exitCode).toBe(1);
    await expectNoLeaks(r, [slack.url]);
  });
});
