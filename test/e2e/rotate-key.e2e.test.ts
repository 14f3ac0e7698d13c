// The committed rotate-key bundle, run as the runner runs it, against fake
// Secrets Manager, Anthropic Admin API and GitHub secrets on 127.0.0.1.
import { writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOidc, startFakeOidc } from "../fakes/github-oidc.js";
import { type FakeSlackWebhook, startFakeSlackWebhook } from "../fakes/slack-webhook.js";
import { expectNoLeaks } from "../harness/canary.js";
import { runAction } from "../harness/run-action.js";
import {
  ADMIN_KEY,
  CANARIES,
  GH_TOKEN,
  NEW_KEY,
  OLD_KEY,
  SECRET,
  TARGET_SPECS,
  World,
} from "../shared/keys/rotation-world.js";

let world: World | undefined;
let slack: FakeSlackWebhook | undefined;
let oidc: FakeOidc | undefined;
afterEach(async () => {
  await world?.close();
  await slack?.close();
  await oidc?.close();
  world = slack = oidc = undefined;
});

async function workspace(policy: object): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "steward-keys-"));
  writeFileSync(join(ws, "api-key-policy.json"), JSON.stringify(policy, null, 2));
  return ws;
}

const POLICY = {
  apiKeys: { rotation: { enabled: true, interval: "30d", notifyBefore: "7d", gracePeriod: "0h" } },
};

function env(w: World): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: "AKIDFAKE",
    AWS_SECRET_ACCESS_KEY: "fake-secret-access-key",
    AWS_REGION: "us-east-1",
    GITHUB_API_URL: w.urls.github,
  };
}

describe("actions/rotate-key (bundle)", () => {
  it("audits every key, then promotes a staged key into AWSCURRENT and every GitHub target, and retires the old one", async () => {
    world = await new World().start();
    slack = await startFakeSlackWebhook();
    await world.stage(); // an admin put the Console-minted key in AWSPENDING (steward keys stage)
    const r = await runAction("rotate-key", {
      workspace: await workspace(POLICY),
      eventName: "schedule",
      env: env(world),
      inputs: {
        mode: "rotate",
        "anthropic-admin-key": ADMIN_KEY,
        "anthropic-api-url": world.urls.anthropic,
        "secret-id": SECRET,
        "aws-endpoint": world.urls.sm,
        "github-targets": TARGET_SPECS.join("\n"),
        "github-secrets-token": GH_TOKEN,
        "expected-workspace-id": "wrkspc_ci",
        "slack-webhook-url": slack.url,
      },
    });
    // The AWS SDK warns on Node 20 that its support ends (GitHub runs node24); nothing else may reach stderr.
    expect(
      r.stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?--trace-warnings[^\n]*\n/, ""),
    ).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.outputs["rotation-status"]).toBe("done");
    expect(world.sm.valueAt(SECRET, "AWSCURRENT")).toBe(NEW_KEY);
    expect(world.sm.valueAt(SECRET, "AWSPREVIOUS")).toBe(OLD_KEY);
    expect(world.github.valueOf("acme/app", "ANTHROPIC_API_KEY")).toBe(NEW_KEY);
    expect(world.anthropic.bySecret(OLD_KEY)?.status).toBe("inactive");
    expect(world.violations).toEqual([]);
    const audit = JSON.parse(r.outputs["audit-json"] ?? "{}");
    expect(audit.counts.keys).toBeGreaterThan(10); // every page was read
    expect(r.summary).toContain("Key rotation");
    expect(slack.requests.some((q) => JSON.stringify(q.body).includes("rotated"))).toBe(true);
    await expectNoLeaks(r, [...CANARIES, slack.url]);
  });

  it("a plain re-run after a failed distribution continues the rotation instead of starting over", async () => {
    world = await new World().start();
    await world.stage();
    const inputs = (githubToken: string) => ({
      mode: "rotate",
      "anthropic-admin-key": ADMIN_KEY,
      "anthropic-api-url": world?.urls.anthropic ?? "",
      "secret-id": SECRET,
      "aws-endpoint": world?.urls.sm ?? "",
      "github-targets": TARGET_SPECS.join("\n"),
      "github-secrets-token": githubToken,
    });
    const ws = await workspace(POLICY);
    // The secrets token has expired: GitHub refuses every write of the first run.
    const expired = "ghs_EXPIREDcanary4444444444444444444444";
    const first = await runAction("rotate-key", { workspace: ws, env: env(world), inputs: inputs(expired) });
    expect(first.exitCode).toBe(1);
    expect(first.outputs["rotation-status"]).not.toBe("done");
    expect(world.anthropic.bySecret(OLD_KEY)?.status).toBe("active"); // nothing retired while targets lag
    const second = await runAction("rotate-key", {
      workspace: ws,
      env: env(world),
      inputs: inputs(GH_TOKEN),
    });
    expect(second.exitCode).toBe(0);
    expect(second.outputs["rotation-status"]).toBe("done");
    expect(world.sm.valueAt(SECRET, "AWSCURRENT")).toBe(NEW_KEY);
    expect(world.github.valueOf("acme/app", "ANTHROPIC_API_KEY")).toBe(NEW_KEY);
    expect(world.anthropic.bySecret(OLD_KEY)?.status).toBe("inactive");
    expect(world.violations).toEqual([]);
    await expectNoLeaks(first, [...CANARIES, expired]);
    await expectNoLeaks(second, CANARIES);
  });

  it("keyless: exchanges the job's OIDC token for a short-lived token, masks it and exports it", async () => {
    world = await new World().start();
    oidc = await startFakeOidc({ sub: "repo:acme/claude-policy:ref:refs/heads/main" });
    world.anthropic.rules.set("fdrl_ci", {
      id: "fdrl_ci",
      organizationId: "4b5c3f0e-0000-4000-8000-000000000001",
      serviceAccountId: "svac_ci",
      audience: "https://api.anthropic.com",
      subjectPrefix: "repo:acme/claude-policy:ref:refs/heads/main",
      scope: "workspace:inference",
    });
    const r = await runAction("rotate-key", {
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      },
      inputs: {
        mode: "oidc-token",
        "federation-rule-id": "fdrl_ci",
        "organization-id": "4b5c3f0e-0000-4000-8000-000000000001",
        "service-account-id": "svac_ci",
        "anthropic-api-url": world.urls.anthropic,
      },
    });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    const token = r.exportedEnv.ANTHROPIC_AUTH_TOKEN ?? "";
    expect(token).toMatch(/^sk-ant-oat01-/);
    expect(r.masks).toContain(token);
    expect(oidc.audiences).toEqual(["https://api.anthropic.com"]);
    expect(r.outputs["token-expires-at"]).toMatch(/^\d{4}-/);
    const stdoutWithoutMasks = r.stdout.replace(/^::add-mask::.*$/gm, "");
    expect(stdoutWithoutMasks).not.toContain(token);
  });

  it("explains a refused federation exchange and needs no stored secret to say so", async () => {
    world = await new World().start();
    oidc = await startFakeOidc({ sub: "repo:acme/claude-policy:pull_request" });
    const r = await runAction("rotate-key", {
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      },
      inputs: {
        mode: "oidc-token",
        "federation-rule-id": "fdrl_missing",
        "organization-id": "4b5c3f0e-0000-4000-8000-000000000001",
        "service-account-id": "svac_ci",
        "anthropic-api-url": world.urls.anthropic,
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/audience|subject|rule/i);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it("refuses incomplete federation inputs and missing admin credentials with clear messages", async () => {
    const partial = await runAction("rotate-key", { inputs: { "federation-rule-id": "fdrl_x" } });
    expect(partial.exitCode).toBe(1);
    expect(partial.annotations[0]?.message).toMatch(/organization-id and service-account-id/);
    const none = await runAction("rotate-key", { inputs: { mode: "audit" } });
    expect(none.exitCode).toBe(1);
    expect(none.annotations[0]?.message).toMatch(/anthropic-admin-key/);
  });
});
