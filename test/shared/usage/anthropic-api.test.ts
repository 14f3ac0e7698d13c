import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError, getErrorMessage } from "../../../shared/errors.js";
import type { RetryPorts } from "../../../shared/http/retry.js";
import { RecordingLogger } from "../../../shared/logging.js";
import {
  type AdminApiOptions,
  centsToPico,
  fetchClaudeCodeUsage,
  fetchCostReport,
  fetchMessagesUsage,
} from "../../../shared/usage/anthropic-api.js";
import type { UsageRecord } from "../../../shared/usage/record.js";
import {
  type FakeUsageApi,
  type MessagesBucket,
  startFakeUsageApi,
} from "../../fakes/anthropic-usage-api.js";

const KEY = "sk-ant-admin01-CANARY-usage-key-0000";
const TOKEN = "sk-ant-oat01-CANARY-bearer-0000";

/** Instant sleeps that record what was asked. */
function fakePorts(): RetryPorts & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    random: () => 0.5,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal)
        return new Promise<void>((resolve) =>
          signal.addEventListener("abort", () => resolve(), { once: true }),
        );
      slept.push(ms);
      now += ms;
    },
  };
}

function days(n: number): MessagesBucket[] {
  return Array.from({ length: n }, (_, i) => {
    const start = new Date(Date.UTC(2026, 9, 1 + i));
    return {
      starting_at: start.toISOString().replace(".000", ""),
      ending_at: new Date(start.getTime() + 86_400_000).toISOString().replace(".000", ""),
      results: [
        {
          uncached_input_tokens: 1000 + i,
          cache_creation: { ephemeral_5m_input_tokens: 10, ephemeral_1h_input_tokens: 20 },
          cache_read_input_tokens: 300,
          output_tokens: 50,
          server_tool_use: { web_search_requests: 0 },
          model: "claude-sonnet-4-6",
          account_id: i % 2 ? "user_b" : "user_a",
          service_account_id: null,
          api_key_id: "apikey_1",
          workspace_id: null,
          service_tier: i === 3 ? "batch" : "standard",
          context_window: i === 4 ? "200k-1M" : "0-200k",
        },
      ],
    };
  });
}

let api: FakeUsageApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const opts = (extra: Partial<AdminApiOptions> = {}): AdminApiOptions => ({
  auth: { kind: "admin-key", key: KEY },
  baseUrl: api?.url ?? "",
  retryPorts: fakePorts(),
  ...extra,
});

async function collect(it: AsyncIterable<UsageRecord>) {
  const out: UsageRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

const RANGE = { startingAt: "2026-10-01T00:00:00Z", endingAt: "2026-11-01T00:00:00Z" };

describe("usage_report/messages", () => {
  it("follows next_page until has_more is false and maps every token field", async () => {
    api = await startFakeUsageApi({ adminKey: KEY, messages: days(40) });
    const records = await collect(fetchMessagesUsage(RANGE, opts()));
    expect(records).toHaveLength(31); // the window ends on 2026-11-01
    const pages = api.requests.filter((r) => r.url.includes("usage_report/messages"));
    expect(pages).toHaveLength(1); // limit=31 buckets per page
    expect(pages[0]?.headers["anthropic-version"]).toBe("2023-06-01");
    expect(pages[0]?.url).toContain("group_by%5B%5D=model");
    expect(records[0]).toEqual({
      time: Date.parse("2026-10-01T00:00:00Z"),
      user: "user_a",
      model: "claude-sonnet-4-6",
      input: 1000,
      output: 50,
      cacheWrite5m: 10,
      cacheWrite1h: 20,
      cacheRead: 300,
      unsplit: 0,
      requests: 0,
      source: "anthropic-usage-api",
    });
    expect(records[3]?.batch).toBe(true);
    expect(records[4]?.longContext).toBe(true);
  });
  it("pages with hourly buckets and an OIDC bearer", async () => {
    const hours: MessagesBucket[] = Array.from({ length: 400 }, (_, i) => ({
      starting_at: new Date(Date.UTC(2026, 9, 1, i)).toISOString().replace(".000", ""),
      ending_at: new Date(Date.UTC(2026, 9, 1, i + 1)).toISOString().replace(".000", ""),
      results: [{ uncached_input_tokens: 1, output_tokens: 1, model: "claude-opus-5", account_id: "user_a" }],
    }));
    api = await startFakeUsageApi({ bearerToken: TOKEN, messages: hours });
    const records = await collect(
      fetchMessagesUsage({ ...RANGE, bucketWidth: "1h" }, opts({ auth: { kind: "bearer", token: TOKEN } })),
    );
    expect(records).toHaveLength(400);
    expect(api.requests).toHaveLength(3); // 168 + 168 + 64
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(api.requests[0]?.headers["x-api-key"]).toBeUndefined();
  });
  it("honours retry-after on 429 and retries 5xx, bounded", async () => {
    api = await startFakeUsageApi({ adminKey: KEY, messages: days(3) });
    api.faults.push({ status: 429, retryAfter: "7" }, { status: 529 });
    const ports = fakePorts();
    const logger = new RecordingLogger();
    const records = await collect(fetchMessagesUsage(RANGE, opts({ retryPorts: ports, logger })));
    expect(records).toHaveLength(3);
    expect(ports.slept[0]).toBe(7000);
    expect(api.requests).toHaveLength(3);
    expect(logger.hasMessage(/retrying/, "debug")).toBe(true);

    api.faults.push(...Array.from({ length: 5 }, () => ({ status: 429, retryAfter: "1" })));
    const err = await collect(fetchMessagesUsage(RANGE, opts())).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(getErrorMessage(err)).toMatch(/429 rate_limit_error.*request req_fake\d+.*after 5 attempts/);
  });
  it("translates 401 and 403 into ConfigurationErrors without the credential", async () => {
    api = await startFakeUsageApi({ adminKey: "sk-ant-admin01-other" });
    const err = await collect(fetchMessagesUsage(RANGE, opts())).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(getErrorMessage(err)).toMatch(/401 authentication_error: invalid x-api-key/);
    expect(api.requests).toHaveLength(1); // not retried
    expect(JSON.stringify({ m: getErrorMessage(err), s: String(err.stack) })).not.toContain("CANARY");

    await api.close();
    api = await startFakeUsageApi({ adminKey: KEY });
    api.faults.push({ status: 403, message: "Admin API requires an admin key" });
    const e403 = await collect(fetchMessagesUsage(RANGE, opts())).catch((e) => e);
    expect(getErrorMessage(e403)).toMatch(/403 permission_error.*admin access/);
  });
  it("rejects a bad request without retrying", async () => {
    api = await startFakeUsageApi({ adminKey: KEY });
    const err = await collect(fetchMessagesUsage({ startingAt: "2026-10-01", endingAt: "x" }, opts())).catch(
      (e) => e,
    );
    expect(getErrorMessage(err)).toMatch(/400 invalid_request_error: starting_at/);
    expect(api.requests).toHaveLength(1);
  });
});

describe("cost_report", () => {
  it("sums decimal cent strings per day exactly across pages", async () => {
    const cost = Array.from({ length: 10 }, (_, i) => ({
      starting_at: new Date(Date.UTC(2026, 9, 1 + i)).toISOString().replace(".000", ""),
      ending_at: new Date(Date.UTC(2026, 9, 2 + i)).toISOString().replace(".000", ""),
      results: [
        { amount: "123.45", currency: "USD" as const, cost_type: "tokens" },
        { amount: "0.0000001", currency: "USD" as const, cost_type: "tokens" },
      ],
    }));
    api = await startFakeUsageApi({ adminKey: KEY, cost });
    const byDay = await fetchCostReport(RANGE, opts());
    expect(byDay.size).toBe(10);
    // 123.4500001 cents = $1.234500001
    expect(byDay.get("2026-10-01")).toBe(1_234_500_001_000n);
  });
  it("parses cents exactly", () => {
    expect(centsToPico("100")).toBe(1_000_000_000_000n);
    expect(centsToPico("0.5")).toBe(5_000_000_000n);
    expect(centsToPico(12.5)).toBe(125_000_000_000n);
    expect(() => centsToPico("12,5")).toThrow(ConfigurationError);
  });
});

describe("usage_report/claude_code", () => {
  it("asks one day at a time and turns model breakdowns into records", async () => {
    api = await startFakeUsageApi({
      adminKey: KEY,
      claudeCode: {
        "2026-10-02": Array.from({ length: 25 }, (_, i) => ({
          date: "2026-10-02T00:00:00Z",
          actor: { type: "user_actor", email_address: `dev${i}@corp.example` },
          model_breakdown: [
            {
              model: "claude-sonnet-4-6",
              tokens: { input: 100, output: 20, cache_read: 1000, cache_creation: 50 },
              estimated_cost: { amount: 12.5, currency: "USD" },
            },
          ],
        })),
      },
    });
    const records = await collect(fetchClaudeCodeUsage({ since: "2026-10-01", until: "2026-10-04" }, opts()));
    expect(records).toHaveLength(25);
    expect(records[0]).toMatchObject({
      user: "dev0@corp.example",
      cacheWrite5m: 50,
      cacheRead: 1000,
      source: "claude-code-analytics-api",
    });
    const urls = api.requests.map((r) => new URL(r.url, api?.url).searchParams.get("starting_at"));
    expect(urls).toEqual(["2026-10-01", "2026-10-02", "2026-10-03"]);
  });
});
