// The policy PR check end to end: the committed bundle, a pull_request event,
// a fake GitHub API on 127.0.0.1, and base/head checkouts of a policy repo.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { markerFor } from "../../shared/github/sticky-comment.js";
import { type FakeGitHub, startFakeGitHub } from "../fakes/github-issues.js";
import { expectNoLeaks } from "../harness/canary.js";
import { REPO_ROOT, runAction } from "../harness/run-action.js";

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ token: "ghs_CANARYtoken0123456789abcdef" });
});
afterEach(async () => {
  await gh.close();
});

/** A workspace with `head/` (the PR) and `base/` (main) checkouts of the example policy repo. */
async function prWorkspace(editHead: (dir: string) => void): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "steward-pr-"));
  cpSync(join(REPO_ROOT, "examples/policy-repo"), join(ws, "base"), { recursive: true });
  cpSync(join(REPO_ROOT, "examples/policy-repo"), join(ws, "head"), { recursive: true });
  editHead(join(ws, "head"));
  return ws;
}

const pullRequestEvent = (n: number) => ({
  action: "synchronize",
  number: n,
  pull_request: {
    number: n,
    title: "Let developers use curl",
    head: {
      ref: "feature",
      sha: "0123456789abcdef0123456789abcdef01234567",
      repo: { full_name: "acme/claude-policy" },
    },
    base: {
      ref: "main",
      sha: "89abcdef0123456789abcdef0123456789abcdef",
      repo: { full_name: "acme/claude-policy" },
    },
  },
  repository: { full_name: "acme/claude-policy", name: "claude-policy", owner: { login: "acme" } },
});

function loosenDevelopers(dir: string) {
  const file = join(dir, "role-mappings.json");
  const json = JSON.parse(readFileSync(file, "utf8"));
  json.roleMappings.developers.permissions.allow.push("Bash");
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

describe("policy-lint on a pull request (bundle + fake GitHub)", () => {
  it("creates the sticky comment with the per-role diff, then updates the same comment on the next run", async () => {
    const workspace = await prWorkspace(loosenDevelopers);
    const run = () =>
      runAction("policy-lint", {
        workspace,
        eventName: "pull_request",
        event: pullRequestEvent(12),
        inputs: { path: "head", "base-path": "base", "github-token": gh.token, "sarif-file": "lint.sarif" },
        env: { GITHUB_API_URL: gh.url },
      });
    const first = await run();
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    const comments = gh.comments.get("acme/claude-policy#12") ?? [];
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? "";
    expect(body).toContain(markerFor("policy-lint"));
    expect(body).toMatch(/Role `developers`/);
    expect(body).toMatch(/grants more/);
    expect(first.outputs["comment-id"]).toBe(String(comments[0]?.id));

    const second = await run();
    expect(second.exitCode).toBe(0);
    expect(gh.comments.get("acme/claude-policy#12")).toHaveLength(1);
    expect(second.outputs["comment-id"]).toBe(first.outputs["comment-id"]);

    const sarif = JSON.parse(readFileSync(join(workspace, "lint.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(first.masks).toContain(gh.token);
    await expectNoLeaks(first, [gh.token]);
  });

  it("puts annotations on the right files and lines of the pull request", async () => {
    const workspace = await prWorkspace((dir) => {
      writeFileSync(join(dir, "managed-settings.d-broken.json"), '{\n  "a": 1,\n}\n');
    });
    const r = await runAction("policy-lint", {
      workspace,
      eventName: "pull_request",
      event: pullRequestEvent(13),
      inputs: { path: "head", "base-path": "base", "github-token": gh.token },
      env: { GITHUB_API_URL: gh.url },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        file: "head/managed-settings.d-broken.json",
        line: 2,
        col: 9,
      }),
    );
    const body = gh.comments.get("acme/claude-policy#13")?.[0]?.body ?? "";
    expect(body).toContain("Policy check failed");
    expect(body).toContain("head/managed-settings.d-broken.json:2");
  });

  it("fails with an actionable message when the token is rejected", async () => {
    const workspace = await prWorkspace(() => {});
    const r = await runAction("policy-lint", {
      workspace,
      eventName: "pull_request",
      event: pullRequestEvent(14),
      inputs: { path: "head", "github-token": "ghs_not_the_right_token_123" },
      env: { GITHUB_API_URL: gh.url },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join("\n")).toMatch(/401.*github-token/);
    await expectNoLeaks(r, ["ghs_not_the_right_token_123"]);
  });
});
