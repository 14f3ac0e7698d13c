import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError, getErrorMessage } from "../../../shared/errors.js";
import type { RetryPorts } from "../../../shared/http/retry.js";
import { RecordingLogger } from "../../../shared/logging.js";
import { checkWebhookUrl, deliverToSlack, notify, type SlackMessage } from "../../../shared/notify/index.js";
import { type FakeSlackWebhook, startFakeSlackWebhook } from "../../fakes/slack-webhook.js";

const MESSAGE: SlackMessage = {
  text: "Hello from Steward",
  blocks: [{ type: "section", text: { type: "mrkdwn", text: "Hello *from* Steward" } }],
};

/** Real time, but retry waits are recorded and shortened to 1 ms (per-attempt timeouts stay real). */
function recordingPorts() {
  const waits: number[] = [];
  const ports: RetryPorts = {
    now: () => Date.now(),
    random: () => 0.5,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (!signal) waits.push(ms);
        const timer = setTimeout(resolve, signal ? ms : 1);
        signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
  return { ports, waits };
}

/** Everything the code emitted, as one string, for the canary scan. */
function emitted(logger: RecordingLogger, ...things: unknown[]): string {
  const parts: string[] = logger.messages.map((m) => `${m.message} ${JSON.stringify(m.location ?? {})}`);
  for (const thing of things) {
    if (thing instanceof Error) {
      parts.push(thing.message, thing.stack ?? "", getErrorMessage(thing), JSON.stringify(thing));
      if (thing instanceof ConfigurationError) parts.push(thing.hint ?? "", thing.title ?? "");
    } else {
      parts.push(JSON.stringify(thing));
    }
  }
  return parts.join("\n");
}

/** Fails when the URL or its secret path shows up. */
function expectNoWebhookUrl(text: string, url: string) {
  const secretPart = new URL(url).pathname.split("/").pop() as string;
  expect(text).not.toContain(url);
  expect(text).not.toContain(secretPart);
}

const FAST = { baseDelayMs: 1, attemptTimeoutMs: 2000, totalTimeoutMs: 20_000 };

describe("deliverToSlack against a fake Slack incoming webhook", () => {
  let slack: FakeSlackWebhook;
  let logger: RecordingLogger;
  beforeEach(async () => {
    slack = await startFakeSlackWebhook();
    logger = new RecordingLogger();
  });
  afterEach(async () => {
    await slack.close();
  });

  const deliver = (
    options: { errors?: "fail" | "warn"; retry?: object } = {},
    ports = recordingPorts().ports,
  ) =>
    deliverToSlack(
      MESSAGE,
      {
        webhookUrl: slack.url,
        webhookUrlSource: "SLACK_WEBHOOK_URL",
        retry: { ...FAST, ...options.retry },
        ...options,
      },
      { ...ports, logger },
    );

  it("posts the message as JSON and reports one attempt", async () => {
    const result = await deliver();
    expect(result).toEqual({ delivered: true, attempts: 1 });
    expect(slack.requests).toHaveLength(1);
    const [request] = slack.requests;
    expect(request?.method).toBe("POST");
    expect(request?.headers["content-type"]).toMatch(/^application\/json/);
    expect(request?.body).toEqual(MESSAGE);
    expect(request?.answer).toEqual({ status: 200, body: "ok" });
  });

  it("waits the Retry-After of a 429 and then delivers", async () => {
    slack.script({ kind: "rate-limited", retryAfter: "2" });
    const { ports, waits } = recordingPorts();
    const result = await deliver({}, ports);
    expect(result).toEqual({ delivered: true, attempts: 2 });
    expect(waits).toEqual([2000]);
    expect(logger.hasMessage(/rate_limited.*Retrying in 2\.0 s/, "info")).toBe(true);
  });

  it("delivers after a 500, a dropped connection and a 503", async () => {
    slack.script({ kind: "server-error" }, { kind: "drop" }, { kind: "server-error", status: 503 });
    const result = await deliver({ retry: { maxAttempts: 4 } });
    expect(result).toEqual({ delivered: true, attempts: 4 });
    expect(slack.requests.map((r) => (r.answer === "dropped" ? "dropped" : r.answer.status))).toEqual([
      500,
      "dropped",
      503,
      200,
    ]);
  });

  it("abandons an attempt slower than the per-attempt timeout and retries", async () => {
    slack.script({ kind: "slow", delayMs: 1500 });
    const result = await deliver({ retry: { attemptTimeoutMs: 200 } });
    expect(result).toEqual({ delivered: true, attempts: 2 });
    expect(logger.hasMessage(/did not answer within 0\.2 s/)).toBe(true);
  });

  it("fails loudly on invalid_payload, without retrying", async () => {
    slack.script({ kind: "error", status: 400, code: "invalid_payload" });
    const error = await deliver().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe(
      "Slack message not delivered: Slack rejected the message as malformed (invalid_payload).",
    );
    expect((error as ConfigurationError).hint).toMatch(/dry-run/);
    expect(slack.requests).toHaveLength(1);
  });

  it("gets Slack's own answer to a payload without text, or with a bad block", async () => {
    const send = (message: SlackMessage) =>
      deliverToSlack(
        message,
        { webhookUrl: slack.url, webhookUrlSource: "SLACK_WEBHOOK_URL", retry: FAST },
        { ...recordingPorts().ports, logger },
      ).then(
        () => new ConfigurationError("delivered"),
        (e: unknown) => e as ConfigurationError,
      );
    expect((await send({ text: " " })).message).toMatch(/no text \(no_text\)/);
    const badHeader = {
      text: "x",
      blocks: [{ type: "header", text: { type: "mrkdwn", text: "not plain" } }],
    };
    expect((await send(badHeader)).message).toMatch(/blocks \(invalid_blocks\)/);
    expect(slack.requests.map((r) => (r.answer === "dropped" ? 0 : r.answer.status))).toEqual([400, 400]);
  });

  it.each([
    [404, "channel_not_found", /no longer exists.*Create a new incoming webhook/s],
    [410, "channel_is_archived", /archived.*Unarchive the channel/s],
    [403, "action_prohibited", /restricts posting.*workspace admin/s],
    [403, "posting_to_general_channel_denied", /#general/],
    [404, "no_service", /disabled, removed or invalid/],
    [404, "no_active_hooks", /no active incoming webhooks/],
    [403, "invalid_token", /invalid or was revoked/],
    [400, "no_text", /no text.*top-level "text"/s],
    [400, "too_many_attachments", /100 attachments/],
    [400, "something_new", /Slack answered 400 \(something_new\)/],
  ])("explains %d %s and does not retry", async (status, code, pattern) => {
    slack.script({ kind: "error", status, code });
    const error = (await deliver().catch((e: unknown) => e)) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.userMessage).toMatch(pattern);
    expect(slack.requests).toHaveLength(1);
  });

  it("does not follow or retry a redirect, and says the URL is wrong", async () => {
    slack.script({ kind: "redirect" });
    const error = (await deliver().catch((e: unknown) => e)) as ConfigurationError;
    expect(error.message).toBe(
      "Slack message not delivered: The webhook URL answered with a redirect, so it is not a Slack incoming webhook URL.",
    );
    expect(slack.requests).toHaveLength(1);
  });

  it("gives up after the attempts on persistent 5xx, naming the count", async () => {
    slack.script(...Array.from({ length: 5 }, () => ({ kind: "server-error" as const, status: 502 })));
    const error = (await deliver({ retry: { maxAttempts: 3 } }).catch(
      (e: unknown) => e,
    )) as ConfigurationError;
    expect(error.message).toBe(
      "Slack message not delivered: Slack answered 502 (internal_error): Slack is having trouble. (gave up after 3 attempts)",
    );
    expect(slack.requests).toHaveLength(3);
  });

  it('with errors: "warn", an undelivered message is a warning and delivered: false', async () => {
    slack.script({ kind: "error", status: 404, code: "channel_not_found" });
    const result = await deliver({ errors: "warn" });
    expect(result).toEqual({ delivered: false, attempts: 1 });
    expect(logger.hasMessage(/Slack message not delivered: .*channel_not_found/, "warning")).toBe(true);
  });

  it("treats a refused connection as a network failure and retries it", async () => {
    const url = slack.url;
    await slack.close();
    const error = (await deliverToSlack(
      MESSAGE,
      { webhookUrl: url, webhookUrlSource: "SLACK_WEBHOOK_URL", retry: { ...FAST, maxAttempts: 2 } },
      { ...recordingPorts().ports, logger },
    ).catch((e: unknown) => e)) as ConfigurationError;
    expect(error.message).toMatch(
      /Could not reach Slack: no answer from Slack \(ECONNREFUSED\).*gave up after 2 attempts/,
    );
    expectNoWebhookUrl(emitted(logger, error), url);
    slack = await startFakeSlackWebhook(); // for afterEach
  });

  it("never lets the webhook URL out: logs, errors, results (canary scan)", async () => {
    const outputs: unknown[] = [];
    slack.script({ kind: "rate-limited", retryAfter: "1" }, { kind: "drop" }, { kind: "slow", delayMs: 800 });
    outputs.push(await deliver({ retry: { attemptTimeoutMs: 200, maxAttempts: 5 } }));
    slack.script({ kind: "error", status: 403, code: "invalid_token" });
    outputs.push(await deliver().catch((e: unknown) => e));
    slack.script({ kind: "error", status: 404, code: "no_service" });
    outputs.push(await deliver({ errors: "warn" }));
    // The URL quoted in the data is scrubbed from the payload too.
    const quoting = await notify(
      {
        event: "custom",
        data: { note: `see ${slack.url}` },
        payloadFile: { path: "p.json", content: '{"text": "{{ note }}"}' },
        webhookUrl: slack.url,
        webhookUrlSource: "SLACK_WEBHOOK_URL",
        retry: FAST,
      },
      { ...recordingPorts().ports, logger },
    );
    outputs.push(quoting);
    expect(slack.requests.at(-1)?.rawBody).not.toContain(slack.url);
    expectNoWebhookUrl(emitted(logger, ...outputs), slack.url);
    expect(logger.messages.length).toBeGreaterThan(3);
  });
});

describe("checkWebhookUrl", () => {
  const secret = "https://hooks.slack.com/services/T1/B2/SuperSecret123";
  it("accepts https and loopback http", () => {
    expect(checkWebhookUrl(secret, "X").hostname).toBe("hooks.slack.com");
    expect(checkWebhookUrl("http://127.0.0.1:9/x", "X").port).toBe("9");
  });
  it.each([
    ["not a url SuperSecret123", /is not a URL/],
    ["http://hooks.slack.com/services/T1/B2/SuperSecret123", /must use https/],
    ["https://hooks.slack.com/triggers/T1/2/SuperSecret123", /Workflow Builder/],
  ])("refuses %s without echoing it", (url, pattern) => {
    try {
      checkWebhookUrl(url, "SLACK_WEBHOOK_URL");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).userMessage).toMatch(pattern);
      expect((error as ConfigurationError).userMessage).toContain("SLACK_WEBHOOK_URL");
      expect((error as ConfigurationError).userMessage).not.toContain("SuperSecret123");
    }
  });
});
