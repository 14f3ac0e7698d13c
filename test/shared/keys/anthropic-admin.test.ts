import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import { AnthropicAdminClient } from "../../../shared/keys/anthropic-admin.js";
import { SecretValue } from "../../../shared/secrets/secret-value.js";
import { FakeAnthropicApi } from "../../fakes/anthropic-admin-api.js";
import { findLeaks } from "../../harness/canary.js";
import { FaultInjector } from "../secrets/fake-http-server.js";

const ADMIN = "sk-ant-admin01-ADMINcanary-abcdefghijklmnopqrstuvwxyz-0000";
const KEY = "sk-ant-api03-KEYcanary-abcdefghijklmnopqrstuvwxyz0123456789-kkAA";

describe("AnthropicAdminClient against the fake Admin API", () => {
  let fake: FakeAnthropicApi;
  let injector: FaultInjector;
  let url: string;
  const waits: number[] = [];
  // Backoff waits are recorded and skipped; the per-attempt timeout (5 s) only ends when the attempt settles.
  const ports = {
    sleep: (ms: number, signal?: AbortSignal): Promise<void> => {
      if (ms >= 5_000) {
        return new Promise<void>((resolve) =>
          signal?.addEventListener("abort", () => resolve(), { once: true }),
        );
      }
      waits.push(ms);
      return Promise.resolve();
    },
    now: () => Date.now(),
    random: () => 0,
  };
  beforeEach(async () => {
    waits.length = 0;
    injector = new FaultInjector();
    fake = new FakeAnthropicApi({ adminKey: ADMIN, injector });
    url = await fake.listen();
    for (let i = 0; i < 7; i++)
      fake.addKey({ secret: `sk-ant-api03-other${i}-abcdefghijklmnopqrstuvwxyz-${i}` });
    fake.addKey({ secret: KEY, workspace_id: null, owner: { type: "user", id: "user_1" } });
  });
  afterEach(() => fake.close());
  const client = (admin = ADMIN) =>
    new AnthropicAdminClient({
      baseUrl: url,
      credentials: { adminKey: new SecretValue(admin) },
      pageSize: 3,
      retry: { maxAttempts: 3, baseDelayMs: 1, attemptTimeoutMs: 5_000 },
      ports,
    });

  it("lists every page (limit/after_id/has_more/last_id) and normalises records", async () => {
    const keys = await client().listKeys();
    expect(keys).toHaveLength(8);
    expect(new Set(keys.map((k) => k.id)).size).toBe(8);
    expect(injector.calls.filter((c) => c.op === "GET api_keys")).toHaveLength(3);
    expect(keys.at(-1)).toMatchObject({ workspaceId: null, ownerKind: "user", ownerId: "user_1" });
    expect(await client().listKeys({ status: "inactive" })).toEqual([]);
  });

  it("honours Retry-After on 429 and retries 5xx", async () => {
    injector.injectAt(0, "429");
    injector.injectAt(1, "5xx");
    expect(await client().getKey("apikey_0001")).toMatchObject({ id: "apikey_0001" });
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
  });

  it("updates a status and checks keys with a no-cost call", async () => {
    expect((await client().setKeyStatus("apikey_0008", "inactive")).status).toBe("inactive");
    expect(await client().checkKey(new SecretValue(KEY))).toMatchObject({ ok: false, status: 401 });
    await client().setKeyStatus("apikey_0008", "active");
    expect(await client().checkKey(new SecretValue(KEY))).toEqual({ ok: true });
  });

  it("turns a rejected admin key into a ConfigurationError that carries no key", async () => {
    const wrong = "sk-ant-admin01-WRONGcanary-abcdefghijklmnopqrstuvwxyz-0000";
    const error = await client(wrong)
      .listKeys()
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.userMessage).toMatch(/401 authentication_error/);
    expect(findLeaks({ m: error.userMessage, s: String(error.stack) }, [wrong, ADMIN])).toEqual([]);
    await expect(client().getKey("apikey_nope")).rejects.toThrow(/found nothing/);
  });
});
