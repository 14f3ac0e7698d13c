import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  AdminApiClient,
  type AdminClientOptions,
  AnthropicApiError,
  adminUrl,
  apiErrorOf,
} from "../../../shared/anthropic/admin-client.js";
import { ConfigurationError, getErrorMessage } from "../../../shared/errors.js";
import { type RetryPorts, systemRetryPorts } from "../../../shared/http/retry.js";
import { RecordingLogger } from "../../../shared/logging.js";
import { SecretValue } from "../../../shared/secrets/secret-value.js";
import { FakeAnthropicApi } from "../../fakes/anthropic-admin-api.js";
import { type FakeUsageApi, startFakeUsageApi } from "../../fakes/anthropic-usage-api.js";
import { findLeaks } from "../../harness/canary.js";
import { FaultInjector } from "../secrets/fake-http-server.js";

const ADMIN = "sk-ant-admin01-CLIENTcanary-abcdefghijklmnopqrstuvwxyz-0000";
const TOKEN = "sk-ant-oat01-CLIENTcanary-bearer-abcdefghijklmnopqrstuvwxyz";

/** Instant backoff waits, recorded; an attempt's timeout fires only when the attempt is abandoned. */
function fakePorts(): RetryPorts & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    random: () => 0.5,
    sleep: async (ms, signal) => {
      if (signal)
        return new Promise<void>((resolve) =>
          signal.addEventListener("abort", () => resolve(), { once: true }),
        );
      slept.push(ms);
      now += ms;
    },
  };
}

/** Every text an error could show: message, hint, stack, and the same down its cause chain. */
function allText(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  let current: unknown = error;
  for (let i = 0; i < 6 && current instanceof Error; i++) {
    out[`message${i}`] = current.message;
    out[`stack${i}`] = String(current.stack);
    out[`user${i}`] = getErrorMessage(current);
    current = current.cause;
  }
  return out;
}

type Failure = Error &
  Partial<Pick<AnthropicApiError, "status" | "errorType" | "attempts">> & { hint?: string };
const caught = (e: unknown) => e as Failure;
const unexpected = (): never => {
  throw new Error("expected the call to fail");
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function usageApi(options: Parameters<typeof startFakeUsageApi>[0]): Promise<FakeUsageApi> {
  const api = await startFakeUsageApi(options);
  cleanups.push(() => api.close());
  return api;
}

async function adminApi(): Promise<{ fake: FakeAnthropicApi; injector: FaultInjector; url: string }> {
  const injector = new FaultInjector();
  const fake = new FakeAnthropicApi({ adminKey: ADMIN, injector });
  const url = await fake.listen();
  cleanups.push(() => fake.close());
  for (let i = 0; i < 8; i++)
    fake.addKey({ secret: `sk-ant-api03-listed${i}-abcdefghijklmnopqrstuvwxyz-${i}` });
  return { fake, injector, url };
}

const client = (baseUrl: string, extra: Partial<AdminClientOptions> = {}) =>
  new AdminApiClient({
    auth: { kind: "admin-key", key: new SecretValue(ADMIN) },
    baseUrl,
    retry: { maxAttempts: 3, baseDelayMs: 1, attemptTimeoutMs: 5_000 },
    ports: fakePorts(),
    ...extra,
  });

const CLAUDE_CODE = "/v1/organizations/usage_report/claude_code";
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    date: "2026-10-02T00:00:00Z",
    actor: { type: "user_actor", email_address: `dev${i}@corp.example` },
    model_breakdown: [],
  }));

describe("AdminApiClient", () => {
  it("sends the version header and the credential, as an admin key or a bearer with the OAuth beta", async () => {
    const api = await usageApi({
      adminKey: ADMIN,
      bearerToken: TOKEN,
      claudeCode: { "2026-10-02": rows(1) },
    });
    await client(api.url).request({ path: CLAUDE_CODE, query: { starting_at: "2026-10-02" } });
    await client(api.url, { auth: { kind: "bearer", token: TOKEN } }).request({
      path: CLAUDE_CODE,
      query: { starting_at: "2026-10-02" },
    });
    const [byKey, byBearer] = api.requests.map((r) => r.headers);
    expect(byKey).toMatchObject({ "anthropic-version": "2023-06-01", "x-api-key": ADMIN });
    expect(byKey?.authorization).toBeUndefined();
    expect(byBearer).toMatchObject({
      "anthropic-version": "2023-06-01",
      authorization: `Bearer ${TOKEN}`,
      "anthropic-beta": "oauth-2025-04-20",
    });
    expect(byBearer?.["x-api-key"]).toBeUndefined();
  });

  it("honours Retry-After on 429 and logs the retry without the key", async () => {
    const api = await usageApi({ adminKey: ADMIN, claudeCode: { "2026-10-02": rows(2) } });
    api.faults.push({ status: 429, retryAfter: "7" });
    const ports = fakePorts();
    const logger = new RecordingLogger();
    const body = await client(api.url, { ports, logger }).request<{ data: unknown[] }>({
      path: CLAUDE_CODE,
      query: { starting_at: "2026-10-02" },
    });
    expect(body.data).toHaveLength(2);
    expect(ports.slept).toEqual([7000]);
    expect(api.requests).toHaveLength(2);
    expect(
      logger.hasMessage(/attempt 1 failed \(HTTP 429 rate_limit_error\); retrying in 7000 ms/, "debug"),
    ).toBe(true);
    expect(findLeaks({ log: JSON.stringify(logger.messages) }, [ADMIN])).toEqual([]);
  });

  it("retries 5xx, then gives up with the API's error, the request id, the attempts and a hint", async () => {
    const api = await usageApi({ adminKey: ADMIN });
    api.faults.push(...Array.from({ length: 3 }, () => ({ status: 529, message: "Overloaded" })));
    const error = await client(api.url)
      .request({ what: "read Claude Code usage", path: CLAUDE_CODE, query: { starting_at: "2026-10-02" } })
      .then(unexpected, caught);
    expect(error).toBeInstanceOf(AnthropicApiError);
    expect(error).not.toBeInstanceOf(ConfigurationError); // transient: not the user's to fix
    expect(error.message).toMatch(
      /^Could not read Claude Code usage: Anthropic Admin API \/v1\/organizations\/usage_report\/claude_code answered 529 overloaded_error: Overloaded \(request req_fake\d+\) after 3 attempts\.$/,
    );
    expect(error).toMatchObject({ status: 529, errorType: "overloaded_error", attempts: 3 });
    expect(error.hint).toMatch(/try again later/);
    expect(api.requests).toHaveLength(3);
  });

  it("can report every failure as a ConfigurationError (report commands)", async () => {
    const api = await usageApi({ adminKey: ADMIN });
    api.faults.push(...Array.from({ length: 3 }, () => ({ status: 429, retryAfter: "1" })));
    const error = await client(api.url, { configurationErrors: "all" })
      .request({ path: CLAUDE_CODE, query: { starting_at: "2026-10-02" } })
      .then(unexpected, caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(getErrorMessage(error)).toMatch(
      /answered 429 rate_limit_error.*after 3 attempts\. Still rate-limited/,
    );
    expect(apiErrorOf(error)?.status).toBe(429);
  });

  it("retries a reset connection and a timed-out attempt, then says which it was", async () => {
    const { injector, url } = await adminApi();
    injector.injectAt(0, "drop");
    expect(await client(url).request({ path: "/v1/organizations/api_keys/apikey_0001" })).toMatchObject({
      id: "apikey_0001",
    });

    injector.injectAt(0, "drop", 3);
    const reset = await client(url)
      .request({ what: "read API key apikey_0001", path: "/v1/organizations/api_keys/apikey_0001" })
      .then(unexpected, caught);
    expect(reset).toBeInstanceOf(AnthropicApiError);
    expect(reset.message).toBe(
      "Could not read API key apikey_0001: Anthropic Admin API /v1/organizations/api_keys/apikey_0001 did not answer: connection reset after 3 attempts.",
    );

    injector.injectAt(0, "timeout", 2);
    const timedOut = await client(url, {
      retry: { maxAttempts: 2, baseDelayMs: 1, attemptTimeoutMs: 150 },
      ports: systemRetryPorts,
    })
      .request({ path: "/v1/organizations/api_keys/apikey_0001" })
      .then(unexpected, caught);
    expect(timedOut.message).toMatch(/did not answer: timed out after 2 attempts\.$/);
  });

  it("retries a POST only when the caller says it is safe to repeat", async () => {
    const { injector, url } = await adminApi();
    const post = (idempotent: boolean) =>
      client(url).request({
        method: "POST",
        path: "/v1/organizations/api_keys/apikey_0002",
        body: { status: "inactive" },
        idempotent,
      });
    injector.injectAt(0, "lost-response");
    const once = await post(false).then(unexpected, caught);
    expect(once.message).toMatch(/did not answer: connection reset\.$/); // one attempt: it may have acted
    injector.injectAt(0, "lost-response");
    expect(await post(true)).toMatchObject({ status: "inactive" });
    injector.injectAt(0, "429");
    expect(await post(false)).toMatchObject({ status: "inactive" }); // a 429 was not acted on
  });

  it("pages by after_id / last_id and by page / next_page", async () => {
    const { injector, url } = await adminApi();
    const seen: string[] = [];
    for await (const page of client(url).pages<{ id: string }>({
      path: "/v1/organizations/api_keys",
      query: { limit: 3 },
      paging: "after_id",
    }))
      seen.push(...page.map((k) => k.id));
    expect(seen).toEqual(Array.from({ length: 8 }, (_, i) => `apikey_000${i + 1}`));
    expect(injector.calls).toHaveLength(3);

    const api = await usageApi({ adminKey: ADMIN, claudeCode: { "2026-10-02": rows(25) } });
    const sizes: number[] = [];
    for await (const page of client(api.url).pages({
      path: CLAUDE_CODE,
      query: { starting_at: "2026-10-02", limit: 10 },
      paging: "page",
    }))
      sizes.push(page.length);
    expect(sizes).toEqual([10, 10, 5]);
    const pages = api.requests.map((r) => new URL(r.url, api.url).searchParams.get("page"));
    expect(pages[0]).toBeNull();
    expect(pages[1]).toBeTruthy();

    const capped = client(api.url).pages({
      path: CLAUDE_CODE,
      query: { starting_at: "2026-10-02", limit: 10 },
      paging: "page",
      maxPages: 2,
    });
    const error = await (async () => {
      for await (const _ of capped);
    })().then(unexpected, caught);
    expect(error.message).toMatch(/claude_code more than 2 pages\.$/);
  });

  it("turns 401 and 403 into ConfigurationErrors that name what to check and never carry a credential", async () => {
    const wrong = "sk-ant-admin01-WRONGcanary-abcdefghijklmnopqrstuvwxyz-0000";
    const api = await usageApi({ adminKey: ADMIN });
    const e401 = await client(api.url, { auth: { kind: "admin-key", key: wrong } })
      .request({ path: CLAUDE_CODE, query: { starting_at: "2026-10-02" } })
      .then(unexpected, caught);
    expect(e401).toBeInstanceOf(ConfigurationError);
    expect(e401.message).toMatch(
      /answered 401 authentication_error: invalid x-api-key \(request req_fake\d+\)\.$/,
    );
    expect(e401.hint).toMatch(/admin key .* wrong, revoked or expired/);
    expect(api.requests).toHaveLength(1); // not retried

    api.faults.push({ status: 403, message: "not an admin" });
    const e403 = await client(api.url)
      .request({ path: CLAUDE_CODE, query: { starting_at: "2026-10-02" } })
      .then(unexpected, caught);
    expect(e403.hint).toMatch(/org:admin/);
    expect(findLeaks({ ...allText(e401), ...allText(e403) }, [wrong, ADMIN])).toEqual([]);
  });

  it("scrubs a credential that an answer echoes back", async () => {
    const server = createServer((req, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          type: "error",
          error: { type: "invalid_request_error", message: `bad key ${String(req.headers["x-api-key"])}` },
          request_id: "req_echo",
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const key = "sk-ant-api03-CHECKEDcanary-abcdefghijklmnopqrstuvwxyz";
    const error = await client(url)
      .request({ path: "/v1/models", auth: { kind: "admin-key", key } })
      .then(unexpected, caught);
    expect(error.message).toBe(
      "Anthropic API /v1/models answered 400 invalid_request_error: bad key [credential] (request req_echo).",
    );
    expect(findLeaks(allText(error), [key, ADMIN])).toEqual([]);
  });

  it("builds URLs under a base path, with array parameters as name[]", () => {
    expect(
      adminUrl("https://proxy.example/anthropic/", "/v1/organizations/users", { limit: 5, x: undefined }),
    ).toBe("https://proxy.example/anthropic/v1/organizations/users?limit=5");
    expect(adminUrl("https://api.anthropic.com", "/v1/x", { group_by: ["model", "account_id"] })).toBe(
      "https://api.anthropic.com/v1/x?group_by%5B%5D=model&group_by%5B%5D=account_id",
    );
  });
});
