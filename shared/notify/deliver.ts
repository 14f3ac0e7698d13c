/**
 * Posting a message to a Slack incoming webhook through `@slack/webhook`'s
 * `IncomingWebhook`, with its own retries off and every attempt under the
 * house retry policy (shared/http/retry.ts). Unlike the SDK alone (and the
 * official Slack action's webhook path), a 429 is retried after the
 * `Retry-After` Slack sends.
 *
 * The webhook URL is a secret: it is never in a message, log line or
 * exception this module produces. Errors from the SDK and fetch (which may
 * carry the URL) are translated here, at the boundary, into our own words.
 */
import { IncomingWebhook, IncomingWebhookHTTPError, IncomingWebhookRequestError } from "@slack/webhook";
import { ConfigurationError, getErrorMessage } from "../errors.js";
import {
  AttemptTimeoutError,
  classifyRetry,
  HttpStatusError,
  RetryError,
  type RetryOptions,
  type RetryPorts,
  withRetry,
} from "../http/retry.js";
import type { Logger } from "../logging.js";
import type { SlackMessage } from "./blocks.js";
import { explainSlackError } from "./slack-errors.js";

/** A fetch as `@slack/webhook` calls it. */
export type WebhookFetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

export type ErrorMode = "fail" | "warn";

export interface DeliveryOptions {
  readonly webhookUrl: string;
  /** Where the URL came from, for messages: "SLACK_WEBHOOK_URL", "the webhook-url input". */
  readonly webhookUrlSource: string;
  /** `fail` (default): an undelivered message throws. `warn`: it is a warning and `delivered: false`. */
  readonly errors?: ErrorMode;
  /** Overrides of the retry policy (tests use millisecond delays). */
  readonly retry?: RetryOptions;
}

export interface DeliveryPorts extends RetryPorts {
  readonly logger: Logger;
  /** Defaults to the global fetch. */
  readonly fetch?: WebhookFetch;
}

export interface DeliveryResult {
  readonly delivered: boolean;
  readonly attempts: number;
}

/** Slack's documented pace for incoming webhooks is about one message per second; 4 attempts within 2 minutes. */
export const SLACK_RETRY_DEFAULTS: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 15_000,
  maxRetryAfterMs: 60_000,
  attemptTimeoutMs: 10_000,
  totalTimeoutMs: 120_000,
};

/** The webhook answered with a redirect: not an incoming-webhook URL (fetch runs with redirect: "error"). */
class WebhookRedirectError extends Error {
  constructor() {
    super("redirect");
    this.name = "WebhookRedirectError";
  }
}

function isRedirectFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let i = 0; i < 6 && current && typeof current === "object"; i++) {
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && /redirect/i.test(message)) return true;
    current =
      (current as { cause?: unknown; original?: unknown }).cause ??
      (current as { original?: unknown }).original;
  }
  return false;
}

/** No answer arrived (reset, refused, DNS, TLS). Carries a code, never the URL. */
class WebhookTransportError extends Error {
  readonly code: string | undefined;
  constructor(code: string | undefined) {
    super(code ? `no answer from Slack (${code})` : "no answer from Slack");
    this.name = "WebhookTransportError";
    this.code = code;
  }
}

function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let i = 0; i < 6 && current && typeof current === "object"; i++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
    current =
      (current as { cause?: unknown; original?: unknown }).cause ??
      (current as { original?: unknown }).original;
  }
  return undefined;
}

/** Checks the URL's shape; messages never include it. */
export function checkWebhookUrl(url: string, source: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new ConfigurationError(`The Slack webhook URL in ${source} is not a URL.`, {
      title: "Bad Slack webhook URL",
      hint: "Copy the whole URL (https://hooks.slack.com/services/...) from the Slack app's Incoming Webhooks page into the secret.",
    });
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
    throw new ConfigurationError(`The Slack webhook URL in ${source} must use https.`, {
      title: "Bad Slack webhook URL",
      hint: "Copy the whole URL (https://hooks.slack.com/services/...) from the Slack app's Incoming Webhooks page.",
    });
  }
  if (/^\/(workflows|triggers)\//.test(parsed.pathname)) {
    throw new ConfigurationError(
      `The URL in ${source} is a Workflow Builder webhook trigger, not an incoming webhook; it expects different payloads.`,
      {
        title: "Bad Slack webhook URL",
        hint: "Create an incoming webhook (Slack app settings > Incoming Webhooks) and use its https://hooks.slack.com/services/... URL.",
      },
    );
  }
  return parsed;
}

/** Replaces every string equal to or containing `secret` in a JSON-like value. */
export function scrubValue<T>(value: T, secret: string, replacement = "[webhook URL]"): T {
  if (secret === "") return value;
  if (typeof value === "string") return value.split(secret).join(replacement) as T;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, secret, replacement)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, scrubValue(v, secret, replacement)]),
    ) as T;
  }
  return value;
}

function describeFailure(error: unknown): { message: string; hint: string } {
  if (error instanceof HttpStatusError) return explainSlackError(error.status, error.body);
  if (error instanceof AttemptTimeoutError) {
    return {
      message: `Slack did not answer within ${error.timeoutMs / 1000} s.`,
      hint: "Check status.slack.com and the runner's network (proxy, firewall); re-run the job later.",
    };
  }
  if (error instanceof WebhookRedirectError) {
    return {
      message: "The webhook URL answered with a redirect, so it is not a Slack incoming webhook URL.",
      hint: "Copy the whole URL (https://hooks.slack.com/services/...) from the Slack app's Incoming Webhooks page into the secret.",
    };
  }
  if (error instanceof WebhookTransportError) {
    return {
      message: `Could not reach Slack: ${error.message}.`,
      hint: "Check the runner's network (proxy, firewall, DNS) and status.slack.com; re-run the job later.",
    };
  }
  return { message: "Sending to Slack failed unexpectedly.", hint: "Re-run with debug logging to see more." };
}

/**
 * Posts `message` to the webhook. Returns `{ delivered: true, attempts }`, or
 * with `errors: "warn"` `{ delivered: false, attempts }` after a warning;
 * otherwise an undelivered message throws a ConfigurationError saying why
 * and what to do.
 */
export async function deliverToSlack(
  message: SlackMessage,
  options: DeliveryOptions,
  ports: DeliveryPorts,
): Promise<DeliveryResult> {
  const url = options.webhookUrl.trim();
  checkWebhookUrl(url, options.webhookUrlSource);
  const scrub = (text: string) => text.split(url).join("[webhook URL]");
  const fetchFn: WebhookFetch = ports.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const payload = scrubValue(message, url);

  const attempt = async (signal: AbortSignal) => {
    let retryAfter: string | null = null;
    const webhook = new IncomingWebhook(url, {
      timeout: 0,
      retryConfig: { retries: 0 },
      fetch: async (input, init) => {
        const response = await fetchFn(input, { ...(init as RequestInit), signal });
        retryAfter = response.headers.get("retry-after");
        return response;
      },
    });
    try {
      // Cast: our block types are a structural subset of @slack/types' blocks.
      await webhook.send(payload as Parameters<IncomingWebhook["send"]>[0] & object);
    } catch (error) {
      if (error instanceof IncomingWebhookHTTPError) {
        throw new HttpStatusError(error.statusCode, { retryAfter, body: error.body });
      }
      if (signal.aborted) throw error; // withRetry turns this into an AttemptTimeoutError
      if (isRedirectFailure(error)) throw new WebhookRedirectError();
      if (error instanceof IncomingWebhookRequestError) throw new WebhookTransportError(networkCode(error));
      throw error;
    }
  };

  const retry: RetryOptions = {
    ...SLACK_RETRY_DEFAULTS,
    ...options.retry,
    classify: (error, now) => {
      // No answer arrived, so Slack did not post the message: always safe to retry.
      if (error instanceof WebhookTransportError) return { retry: true };
      return classifyRetry(error, now);
    },
    onRetry: ({ attempt: n, delayMs, error }) => {
      const { message: why } = describeFailure(error);
      ports.logger.info(
        scrub(`Slack delivery attempt ${n} failed: ${why} Retrying in ${(delayMs / 1000).toFixed(1)} s.`),
      );
    },
  };

  try {
    const { attempts } = await withRetry(attempt, retry, ports);
    ports.logger.info(`Slack message delivered${attempts > 1 ? ` after ${attempts} attempts` : ""}.`);
    return { delivered: true, attempts };
  } catch (error) {
    if (!(error instanceof RetryError)) {
      // A bug in this module or the SDK: keep the type, drop any text that could hold the URL.
      throw new Error(`Slack delivery crashed: ${scrub(getErrorMessage(error))}`);
    }
    const { message: why, hint } = describeFailure(error.lastError);
    const after =
      error.reason === "not-retryable"
        ? error.attempts > 1
          ? ` (attempt ${error.attempts})`
          : ""
        : ` (gave up after ${error.attempts} attempt${error.attempts === 1 ? "" : "s"}${
            error.reason === "time-exhausted" ? ": out of time" : ""
          })`;
    const text = scrub(`Slack message not delivered: ${why}${after}`);
    if (options.errors === "warn") {
      ports.logger.warning(`${text} ${scrub(hint)}`, { title: "Slack message not delivered" });
      return { delivered: false, attempts: error.attempts };
    }
    throw new ConfigurationError(text, { title: "Slack message not delivered", hint: scrub(hint) });
  }
}
