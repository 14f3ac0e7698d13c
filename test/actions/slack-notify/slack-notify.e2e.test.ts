// The slack-notify bundle (actions/slack-notify/dist/index.js), run the way the
// GitHub runner runs it, against the fake Slack incoming webhook.
// Build it with `node scripts/package.mjs slack-notify`; skipped until it exists.
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlackWebhook, startFakeSlackWebhook } from "../../fakes/slack-webhook.js";
import { expectNoLeaks } from "../../harness/canary.js";
import { REPO_ROOT, runAction } from "../../harness/run-action.js";

const BUNDLE = join(REPO_ROOT, "actions/slack-notify/dist/index.js");
const KEY_ROTATED = '{"keyName": "ci-production", "previousKeyDeactivatesAt": "2026-12-02"}';

describe.skipIf(!existsSync(BUNDLE))("actions/slack-notify (bundle)", () => {
  let slack: FakeSlackWebhook;
  beforeEach(async () => {
    slack = await startFakeSlackWebhook();
  });
  afterEach(async () => {
    await slack.close();
  });

  it("posts the message, masks the webhook URL and sets the outputs", async () => {
    const r = await runAction("slack-notify", {
      inputs: { "webhook-url": slack.url, event: "key-rotated", data: KEY_ROTATED },
    });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ delivered: "true", attempts: "1" });
    expect(r.outputs.payload).toBeUndefined();
    expect(r.masks).toContain(slack.url);
    const body = slack.requests[0]?.body as { text: string; blocks: unknown[] };
    expect(body.text).toBe("API key ci-production rotated");
    // The run link comes from the runner's environment.
    expect(JSON.stringify(body)).toContain("https://github.com/acme/claude-policy/actions/runs/4242");
    await expectNoLeaks(r, [slack.url, new URL(slack.url).pathname]);
  });

  it("waits out a 429 and a 500, then delivers; reads the URL from SLACK_WEBHOOK_URL", async () => {
    slack.script({ kind: "rate-limited", retryAfter: "1" }, { kind: "server-error" });
    const r = await runAction("slack-notify", {
      inputs: { event: "key-rotated", data: KEY_ROTATED },
      env: { SLACK_WEBHOOK_URL: slack.url },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ delivered: "true", attempts: "3" });
    expect(r.durationMs).toBeGreaterThanOrEqual(1000);
    expect(r.stdout).toMatch(/rate_limited.*Retrying in 1\.0 s/);
    expect(r.masks).toContain(slack.url);
    await expectNoLeaks(r, [slack.url]);
  });

  it("fails the step with what to do when the channel is gone", async () => {
    slack.script({ kind: "error", status: 404, code: "channel_not_found" });
    const r = await runAction("slack-notify", {
      inputs: { "webhook-url": slack.url, event: "key-rotated", data: KEY_ROTATED },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        title: "Slack message not delivered",
        message: expect.stringMatching(/channel_not_found.*Create a new incoming webhook/s),
      }),
    );
    expect(slack.requests).toHaveLength(1);
    await expectNoLeaks(r, [slack.url]);
  });

  it('with errors: warn, warns and succeeds with delivered "false"', async () => {
    slack.script({ kind: "error", status: 403, code: "invalid_token" });
    const r = await runAction("slack-notify", {
      inputs: { "webhook-url": slack.url, event: "key-rotated", data: KEY_ROTATED, errors: "warn" },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ delivered: "false", attempts: "1" });
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: "warning", message: expect.stringContaining("invalid_token") }),
    );
    await expectNoLeaks(r, [slack.url]);
  });

  it("dry-run sets the payload output and sends nothing, with data from a YAML file", async () => {
    const workspace = await mkdtemp(join(tmpdir(), "steward-ws-"));
    await writeFile(
      join(workspace, "budget.yaml"),
      "subject: Platform team\nspent: 8120.5\nbudget: 10000\nthreshold: 80\nperiod: November 2026\n",
    );
    const r = await runAction("slack-notify", {
      workspace,
      inputs: { event: "budget-threshold", data: "budget.yaml", "dry-run": "true" },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ delivered: "false", attempts: "0" });
    const payload = JSON.parse(r.outputs.payload ?? "{}") as { text: string };
    expect(payload.text).toBe("Platform team has spent $8,120.50 of $10,000.00 (81.2%) in November 2026");
    expect(slack.requests).toHaveLength(0);
  });

  it.each([
    [{ event: "key-rotated", "dry-run": "yes" }, 'Input dry-run must be true or false, got "yes".'],
    [{ event: "key-rotated", errors: "ignore" }, 'Input errors must be one of fail, warn; got "ignore".'],
    [{ event: "deploy" }, /Input event must be one of policy-check, .*; got "deploy"\./],
    [
      { event: "key-rotated", data: '{"keyName": 5}' },
      /data\.keyName must be a non-empty string, got number 5/,
    ],
    [{ event: "key-rotated", data: KEY_ROTATED }, /No Slack webhook URL/],
  ])("refuses bad input %j with an error annotation", async (inputs, message) => {
    const r = await runAction("slack-notify", { inputs });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    if (typeof message === "string") expect(errors[0]?.message).toContain(message);
    else expect(errors[0]?.message).toMatch(message);
  });
});
