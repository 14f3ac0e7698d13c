import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import { createOctokit } from "../../../shared/github/octokit.js";
import {
  COMMENT_LIMIT,
  fitComment,
  markerFor,
  upsertStickyComment,
} from "../../../shared/github/sticky-comment.js";
import { RecordingLogger } from "../../../shared/logging.js";
import { type FakeGitHub, startFakeGitHub } from "../../fakes/github-issues.js";

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

const target = { owner: "acme", repo: "claude-policy", issueNumber: 7, key: "policy-lint" };
const client = (token = gh.token) =>
  createOctokit({ token, baseUrl: gh.url, logger: new RecordingLogger(), retryAfterBaseValue: 1 });

describe("upsertStickyComment (real Octokit against a fake GitHub)", () => {
  it("creates one comment, then updates the same comment, never duplicating it", async () => {
    const first = await upsertStickyComment(client(), target, "first");
    const second = await upsertStickyComment(client(), target, "second");
    const third = await upsertStickyComment(client(), target, "second");
    expect(first.action).toBe("created");
    expect(second).toEqual({ action: "updated", commentId: first.commentId });
    expect(third.action).toBe("unchanged");
    const all = gh.comments.get("acme/claude-policy#7") ?? [];
    expect(all).toHaveLength(1);
    expect(all[0]?.body).toContain("second");
    expect(all[0]?.body).toContain(markerFor("policy-lint"));
  });

  it("finds its comment past the first page of comments", async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({
      id: i + 1,
      body: `human comment ${i}`,
      user: { login: "dev", type: "User" },
      created_at: "",
      updated_at: "",
    }));
    gh.comments.set("acme/claude-policy#7", others);
    await upsertStickyComment(client(), target, "mine");
    await upsertStickyComment(client(), target, "mine again");
    const mine = (gh.comments.get("acme/claude-policy#7") ?? []).filter((c) => c.body.includes("steward:"));
    expect(mine).toHaveLength(1);
    expect(gh.log.filter((l) => l.startsWith("GET")).some((l) => l.includes("page=2"))).toBe(true);
  });

  it("retries a 502 and succeeds", async () => {
    gh.faults.push({ match: /^POST /, fault: { status: 502 } });
    const r = await upsertStickyComment(client(), target, "body");
    expect(r.action).toBe("created");
    expect(gh.log.filter((l) => l.startsWith("POST"))).toHaveLength(2);
  });

  it("turns bad credentials into a ConfigurationError that says what to check", async () => {
    await expect(upsertStickyComment(client("ghs_wrong"), target, "x")).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    const error = await upsertStickyComment(client("ghs_wrong"), target, "x").catch((e: unknown) => e);
    expect((error as ConfigurationError).userMessage).toMatch(/401.*github-token input/);
  });

  it("keeps a huge body under GitHub's limit, cut at a line, with a note", () => {
    const body = Array.from({ length: 10_000 }, (_, i) => `| row ${i} | ${"x".repeat(20)} |`).join("\n");
    const fitted = fitComment(body, markerFor("k"));
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(fitted).toContain("cut to fit");
    expect(fitted.endsWith(`${markerFor("k")}\n`)).toBe(true);
  });
});
