import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isConfigurationError } from "../../../../shared/errors.js";
import { systemRetryPorts } from "../../../../shared/http/retry.js";
import { RecordingLogger } from "../../../../shared/logging.js";
import {
  buildComplianceReport,
  checkEndpointUrl,
  idempotencyKey,
  postComplianceReport,
} from "../../../../shared/reports/compliance/index.js";
import {
  type FakeComplianceEndpoint,
  startFakeComplianceEndpoint,
} from "../../../fakes/compliance-endpoint.js";
import { evidence, exampleFiles, policyOf } from "./evidence.js";

const TOKEN = "cmp-token-canary-7f3a91c2";
const report = buildComplianceReport(evidence({ policy: policyOf(exampleFiles()) }), {
  generatedAt: "2026-11-25T12:00:00.000Z",
  adminApi: "not-configured",
});

/** Records backoff waits and skips them; long sleeps (attempt timeouts) stay real. */
function fastPorts() {
  const waits: number[] = [];
  const logger = new RecordingLogger();
  return {
    waits,
    logger,
    ports: {
      ...systemRetryPorts,
      logger,
      random: () => 0.5,
      sleep: (ms: number, signal?: AbortSignal) => {
        if (ms >= 5_000) return systemRetryPorts.sleep(ms, signal);
        waits.push(ms);
        return Promise.resolve();
      },
    },
  };
}

let fake: FakeComplianceEndpoint;
beforeEach(async () => {
  fake = await startFakeComplianceEndpoint(TOKEN);
});
afterEach(async () => {
  await fake.close();
});

const options = () => ({ url: fake.reportsUrl, token: TOKEN, allowHttpLoopback: true });

describe("postComplianceReport", () => {
  it("posts compliance.json with a bearer token and a content-derived Idempotency-Key", async () => {
    const { ports } = fastPorts();
    const r = await postComplianceReport(report, options(), ports);
    expect(r).toEqual({ status: 201, attempts: 1, idempotencyKey: idempotencyKey(report) });
    const req = fake.requests[0];
    expect(req?.headers["idempotency-key"]).toBe(idempotencyKey(report));
    expect(req?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(req?.body ?? "")).toMatchObject({ schemaVersion: 1, summary: report.summary });
  });

  it("retries 5xx, a 429 with Retry-After and a dropped connection, then records the report once", async () => {
    fake.faults.push({ status: 503 }, { status: 429, retryAfter: "2" }, { drop: true });
    const { ports, waits, logger } = fastPorts();
    const r = await postComplianceReport(report, options(), ports);
    expect(r.attempts).toBe(4);
    expect(fake.requests).toHaveLength(4);
    expect(new Set(fake.requests.map((q) => q.headers["idempotency-key"])).size).toBe(1);
    expect(fake.recorded.size).toBe(1);
    expect(waits).toContain(2000);
    expect(logger.hasMessage(/attempt 3 failed \(connection failed\)/)).toBe(true);
  });

  it("a second post of the same report is recognised as a duplicate, not recorded twice", async () => {
    const { ports } = fastPorts();
    await postComplianceReport(report, options(), ports);
    const again = await postComplianceReport(
      { ...report, generatedAt: "2026-11-26T00:00:00.000Z" },
      options(),
      ports,
    );
    expect(again.status).toBe(200);
    expect(fake.recorded.size).toBe(1);
  });

  it("gives up after the bounded attempts with a ConfigurationError that never names the token", async () => {
    fake.faults.push(...Array.from({ length: 10 }, () => ({ status: 502 })));
    const { ports } = fastPorts();
    const error = await postComplianceReport(
      report,
      { ...options(), retry: { maxAttempts: 3 } },
      ports,
    ).catch((e) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect(error.message).toMatch(/answered HTTP 502 \(3 attempts\); the report was not delivered/);
    expect(fake.requests).toHaveLength(3);
    expect(JSON.stringify({ m: error.message, h: error.hint })).not.toContain(TOKEN);
  });

  it("does not retry a 401", async () => {
    const { ports } = fastPorts();
    const error = await postComplianceReport(report, { ...options(), token: "wrong-token-123" }, ports).catch(
      (e) => e,
    );
    expect(error.message).toMatch(/HTTP 401 \(1 attempt\)/);
    expect(error.hint).toMatch(/endpoint token/);
  });
});

describe("checkEndpointUrl", () => {
  it("accepts https, and http on loopback only when asked", () => {
    expect(checkEndpointUrl("https://compliance.acme.example/api/reports").host).toBe(
      "compliance.acme.example",
    );
    expect(checkEndpointUrl("http://127.0.0.1:9/x", true).port).toBe("9");
  });
  it.each([
    ["http://127.0.0.1:9/x", false, /must use https/],
    ["http://compliance.acme.example/x", true, /must use https/],
    ["not a url", false, /not a URL/],
    ["https://user:pw@compliance.acme.example/", false, /must not carry credentials/],
  ])("refuses %s (loopback allowed: %s)", (url, allow, why) => {
    expect(() => checkEndpointUrl(url, allow)).toThrow(why);
  });
});
