import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import {
  AwsSecretsManagerStore,
  createSecretsManagerClient,
  requestTokenFor,
} from "../../../shared/secrets/aws-secrets-manager.js";
import {
  createSecretsOctokit,
  GitHubSecretTarget,
  parseGitHubTargetSpec,
} from "../../../shared/secrets/github-secrets.js";
import { SecretValue } from "../../../shared/secrets/secret-value.js";
import { FakeGitHubSecrets } from "../../fakes/github-secrets.js";
import { FakeSecretsManager } from "../../fakes/secrets-manager.js";
import { FaultInjector } from "./fake-http-server.js";

const KEY_A = "sk-ant-api03-AAAAcanaryAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-aaAA";
const KEY_B = "sk-ant-api03-BBBBcanaryBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB-bbBB";

describe("AwsSecretsManagerStore against the fake (real SDK client)", () => {
  let fake: FakeSecretsManager;
  let injector: FaultInjector;
  let store: AwsSecretsManagerStore;
  const masked: string[] = [];

  beforeEach(async () => {
    injector = new FaultInjector();
    fake = new FakeSecretsManager(injector);
    const url = await fake.listen();
    const client = createSecretsManagerClient({
      region: "us-east-1",
      endpoint: url,
      credentials: { accessKeyId: "AKIDFAKE", secretAccessKey: "fake-secret" },
      maxAttempts: 3,
      requestTimeoutMs: 300,
      retryBaseDelayMs: 1,
    });
    store = new AwsSecretsManagerStore({
      secretId: "claude-code/api-key",
      client,
      mask: (v) => masked.push(v),
    });
  });
  afterEach(() => fake.close());

  it("creates, stages, promotes with AWSPREVIOUS following, and masks every read", async () => {
    expect(await store.describe()).toEqual({ exists: false, versions: [] });
    expect(await store.readStage("current")).toBeNull();
    const first = requestTokenFor("a");
    await store.putVersion(new SecretValue(KEY_A), first, ["current"]);
    const second = requestTokenFor("b");
    await store.putVersion(new SecretValue(KEY_B), second, ["pending"]);
    // Same token, same value: ignored. Same token, other value: refused.
    await store.putVersion(new SecretValue(KEY_B), second, ["pending"]);
    await expect(store.putVersion(new SecretValue(KEY_A), second, ["pending"])).rejects.toMatchObject({
      name: "ResourceExistsException",
    });
    expect((await store.readStage("pending"))?.value.reveal()).toBe(KEY_B);
    await store.moveStage("current", second);
    await store.moveStage("current", second); // no-op
    expect(fake.stages("claude-code/api-key")).toEqual({
      [first]: ["AWSPREVIOUS"],
      [second]: ["AWSCURRENT", "AWSPENDING"],
    });
    await store.removeStage("pending", second);
    await store.removeStage("pending", second); // no-op
    expect(fake.stages("claude-code/api-key")[second]).toEqual(["AWSCURRENT"]);
    expect(masked).toContain(KEY_B);
    const read = await store.readStage("current");
    expect(String(read?.value)).toBe("[secret]");
    expect(JSON.stringify(read)).not.toContain(KEY_B);
  });

  it("keeps a rotation record in a companion secret, idempotent under retries", async () => {
    expect(await store.readRecord()).toBeNull();
    injector.injectAt(1, "lost-response");
    await store.writeRecord('{"revision":1}');
    await store.writeRecord('{"revision":2}');
    expect(await store.readRecord()).toBe('{"revision":2}');
  });

  it("survives each fault kind on a label move (lost responses included)", async () => {
    const t1 = requestTokenFor("1");
    const t2 = requestTokenFor("2");
    await store.putVersion(new SecretValue(KEY_A), t1, ["current"]);
    await store.putVersion(new SecretValue(KEY_B), t2, ["pending"]);
    for (const kind of ["5xx", "429", "timeout", "drop", "lost-response"] as const) {
      injector.injectAt(1, kind); // call 0 is the DescribeSecret, call 1 the UpdateSecretVersionStage
      await store.moveStage("current", t2);
      await store.moveStage("current", t1);
    }
    expect(fake.valueAt("claude-code/api-key", "AWSCURRENT")).toBe(KEY_A);
  });

  it("translates a missing secret into a ConfigurationError", async () => {
    await expect(store.readVersion("nope-nope-nope-nope-nope-nope-nope-nope")).rejects.toBeInstanceOf(
      ConfigurationError,
    );
  });
});

describe("GitHubSecretTarget against the fake (real Octokit)", () => {
  let fake: FakeGitHubSecrets;
  let injector: FaultInjector;
  let url: string;
  beforeEach(async () => {
    injector = new FaultInjector();
    fake = new FakeGitHubSecrets({ token: "ghs_faketoken", injector });
    url = await fake.listen();
    fake.addScope("acme/app");
    fake.addScope("acme/app/production");
    fake.addScope("acme");
  });
  afterEach(() => fake.close());
  const octokit = (token = "ghs_faketoken") =>
    createSecretsOctokit({
      auth: token,
      baseUrl: url,
      retryAfterBaseValue: 1,
      paceWrites: false,
      timeoutMs: 300,
    });

  it("parses target specs", () => {
    expect(parseGitHubTargetSpec("repo:acme/app:ANTHROPIC_API_KEY")).toEqual({
      kind: "repo",
      owner: "acme",
      repo: "app",
      name: "ANTHROPIC_API_KEY",
    });
    expect(parseGitHubTargetSpec("env:acme/app:production:ANTHROPIC_API_KEY").kind).toBe("environment");
    expect(parseGitHubTargetSpec("org:acme:ANTHROPIC_API_KEY:all")).toMatchObject({ visibility: "all" });
    for (const bad of ["repo:acme:X", "org:acme:GITHUB_TOKEN", "team:x:y", "env:acme/app:X"]) {
      expect(() => parseGitHubTargetSpec(bad)).toThrow(ConfigurationError);
    }
  });

  it("writes repo, environment and org secrets the fake can decrypt, through every fault kind", async () => {
    const specs = [
      "repo:acme/app:ANTHROPIC_API_KEY",
      "env:acme/app:production:ANTHROPIC_API_KEY",
      "org:acme:ANTHROPIC_API_KEY",
    ];
    const kinds = ["5xx", "429", "timeout", "drop", "lost-response"] as const;
    for (const [i, spec] of specs.entries()) {
      const target = new GitHubSecretTarget(octokit(), parseGitHubTargetSpec(spec));
      expect(await target.lastUpdated()).toBeNull();
      injector.injectAt(1, kinds[i % kinds.length] ?? "5xx"); // the PUT
      await target.write(new SecretValue(KEY_A));
      expect(await target.lastUpdated()).toMatch(/^2026-11-25T/);
    }
    expect(fake.valueOf("acme/app", "ANTHROPIC_API_KEY")).toBe(KEY_A);
    expect(fake.valueOf("acme/app/production", "ANTHROPIC_API_KEY")).toBe(KEY_A);
    expect(fake.valueOf("acme", "ANTHROPIC_API_KEY")).toBe(KEY_A);
    for (const kind of kinds) {
      injector.injectAt(0, kind); // the public-key GET
      await new GitHubSecretTarget(octokit(), parseGitHubTargetSpec(specs[0] ?? "")).write(
        new SecretValue(KEY_B),
      );
    }
    expect(fake.valueOf("acme/app", "ANTHROPIC_API_KEY")).toBe(KEY_B);
  });

  it("turns bad credentials and unknown repositories into ConfigurationErrors", async () => {
    const bad = new GitHubSecretTarget(octokit("ghs_wrong"), parseGitHubTargetSpec("repo:acme/app:X"));
    await expect(bad.write(new SecretValue(KEY_A))).rejects.toThrow(/401/);
    const missing = new GitHubSecretTarget(octokit(), parseGitHubTargetSpec("repo:acme/nope:X"));
    await expect(missing.write(new SecretValue(KEY_A))).rejects.toBeInstanceOf(ConfigurationError);
  });
});
