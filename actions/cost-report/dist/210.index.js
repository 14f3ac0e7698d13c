export const id = 210;
export const ids = [210];
export const modules = {

/***/ 6210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  costReportAction: () => (/* binding */ costReportAction),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./shared/http/retry.ts
/**
 * The one retry policy for outbound calls that have no SDK retry of their own
 * (ARCHITECTURE.md, rule 3).
 *
 * ```ts
 * const { value, attempts } = await withRetry(
 *   async (signal) => {
 *     const res = await fetch(url, { signal });
 *     if (!res.ok) throw new HttpStatusError(res.status, { retryAfter: res.headers.get("retry-after") });
 *     return res.json();
 *   },
 *   { maxAttempts: 4, baseDelayMs: 500 },
 *   systemRetryPorts,
 * );
 * ```
 *
 * - Bounded attempts (`maxAttempts`, counting the first one).
 * - Exponential backoff with full jitter: before retry n (n = 1, 2, ...) it
 *   waits `random() * min(maxDelayMs, baseDelayMs * 2^(n-1))`. Tests pass a
 *   tiny `baseDelayMs` or a fake clock.
 * - `Retry-After` (seconds or an HTTP date) is honoured, capped at
 *   `maxRetryAfterMs`: the wait is the larger of it and the backoff.
 * - Each attempt gets an `AbortSignal` that fires after `attemptTimeoutMs`;
 *   an attempt that ignores its signal is abandoned all the same.
 * - The whole operation is bounded by `totalTimeoutMs`: no attempt starts, and
 *   no wait begins, that would end past it.
 * - `classify` decides what is retryable; the default ({@link classifyRetry})
 *   retries 5xx (but 501), 408, 429, timeouts and network errors (resets,
 *   refusals, DNS hiccups) and nothing else.
 *
 * It returns the value with the number of attempts made, or throws a
 * {@link RetryError} carrying the attempt count and the last error. The
 * `RetryError` message never repeats the last error's text (which may embed a
 * URL or a token): the caller translates `lastError` into its own words.
 */
const DEFAULT_RETRY_OPTIONS = {
    maxAttempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 60_000,
    attemptTimeoutMs: 10_000,
    totalTimeoutMs: 120_000,
};
/** Thrown by {@link withRetry} when it gives up. */
class RetryError extends Error {
    attempts;
    reason;
    /** The error of the last attempt (not in `message`; may carry secrets). */
    lastError;
    constructor(attempts, reason, lastError) {
        const why = reason === "not-retryable"
            ? "the error is not retryable"
            : reason === "attempts-exhausted"
                ? "no attempts left"
                : "out of time";
        super(`Gave up after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${why}.`);
        this.name = "RetryError";
        this.attempts = attempts;
        this.reason = reason;
        this.lastError = lastError;
    }
}
/** A non-2xx HTTP answer, for attempts to throw so the classifier can read status and Retry-After. */
class HttpStatusError extends Error {
    status;
    /** The raw `Retry-After` header, if any. */
    retryAfter;
    /** The response body (trimmed to 1000 chars). Not in `message`. */
    body;
    constructor(status, options = {}) {
        super(`HTTP ${status}`);
        this.name = "HttpStatusError";
        this.status = status;
        this.retryAfter = options.retryAfter ?? undefined;
        this.body = options.body?.slice(0, 1000);
    }
}
/** The attempt ran past its per-attempt timeout. */
class AttemptTimeoutError extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`The attempt timed out after ${timeoutMs} ms.`);
        this.name = "AttemptTimeoutError";
        this.timeoutMs = timeoutMs;
    }
}
/**
 * Parses a `Retry-After` value (delay-seconds or an HTTP date) into
 * milliseconds from `nowMs`. Returns undefined when absent or unreadable;
 * a date in the past gives 0.
 */
function parseRetryAfter(value, nowMs) {
    if (value === null || value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (trimmed === "")
        return undefined;
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    if (!/[a-z]/i.test(trimmed))
        return undefined; // "-1", "1e3": neither form
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/** Error codes of failures where no (complete) answer arrived: safe to retry. */
const RETRYABLE_NETWORK_CODES = new Set([
    "ECONNRESET",
    "ECONNREFUSED",
    "ECONNABORTED",
    "ETIMEDOUT",
    "EPIPE",
    "ENETUNREACH",
    "ENETDOWN",
    "EHOSTUNREACH",
    "EAI_AGAIN",
    "ENOTFOUND",
    "UND_ERR_SOCKET",
    "UND_ERR_CONNECT_TIMEOUT",
    "UND_ERR_HEADERS_TIMEOUT",
    "UND_ERR_BODY_TIMEOUT",
    "UND_ERR_CLOSED",
]);
function field(error, name) {
    return typeof error === "object" && error !== null ? error[name] : undefined;
}
function statusOf(error) {
    const status = field(error, "status") ?? field(error, "statusCode");
    return typeof status === "number" && Number.isInteger(status) ? status : undefined;
}
function retryAfterOf(error) {
    const direct = field(error, "retryAfter");
    if (typeof direct === "string")
        return direct;
    if (typeof direct === "number")
        return String(direct);
    const headers = field(field(error, "response"), "headers") ?? field(error, "headers");
    if (headers && typeof headers.get === "function") {
        return headers.get("retry-after") ?? undefined;
    }
    const value = field(headers, "retry-after");
    return typeof value === "string" ? value : undefined;
}
/** Walks `error` and its `cause` chain (a few levels) looking for a retryable network failure. */
function isNetworkFailure(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
        const code = field(current, "code");
        if (typeof code === "string" && RETRYABLE_NETWORK_CODES.has(code))
            return true;
        const name = field(current, "name");
        if (name === "AbortError" || name === "TimeoutError" || name === "AttemptTimeoutError")
            return true;
        if (current instanceof TypeError && /fetch failed|terminated|other side closed/i.test(current.message)) {
            return true;
        }
        current = field(current, "cause");
    }
    return false;
}
/**
 * The default classifier: 5xx (but 501), 408 and 429 are retryable (with their
 * Retry-After), so are timeouts and network errors; any other status (4xx) and
 * anything else is not. Reads `status`/`statusCode` and `retryAfter` or
 * `response.headers`/`headers` by duck typing, so it works with
 * {@link HttpStatusError} and most SDK errors.
 */
function classifyRetry(error, now) {
    const status = statusOf(error);
    if (status !== undefined) {
        const retryable = status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
        if (!retryable)
            return { retry: false };
        const retryAfterMs = parseRetryAfter(retryAfterOf(error), now);
        return retryAfterMs === undefined ? { retry: true } : { retry: true, retryAfterMs };
    }
    return isNetworkFailure(error) ? { retry: true } : { retry: false };
}
/** Real time, for production callers. */
const systemRetryPorts = {
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            resolve();
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    }),
    now: () => Date.now(),
    random: () => Math.random(),
};
/** Runs one attempt, abandoning it (and aborting its signal) after `timeoutMs`. */
async function runAttempt(attempt, attemptNo, timeoutMs, ports) {
    const controller = new AbortController();
    const timerStop = new AbortController();
    const timeout = new AttemptTimeoutError(timeoutMs);
    const timedOut = ports.sleep(timeoutMs, timerStop.signal).then(() => {
        if (timerStop.signal.aborted)
            return new Promise(() => { }); // the attempt settled first
        controller.abort(timeout);
        throw timeout;
    }, () => new Promise(() => { }));
    try {
        return await Promise.race([
            Promise.resolve().then(() => attempt(controller.signal, attemptNo)),
            timedOut,
        ]);
    }
    catch (error) {
        // An attempt that rejects because we aborted it failed by our timeout.
        if (controller.signal.aborted)
            throw timeout;
        throw error;
    }
    finally {
        timerStop.abort();
    }
}
function positive(name, value, min) {
    if (!Number.isFinite(value) || value < min) {
        throw new RangeError(`withRetry: ${name} must be a number >= ${min}, got ${value}.`);
    }
    return value;
}
/** Runs `attempt` under the retry policy described at the top of this file. */
async function withRetry(attempt, options, ports) {
    const o = { ...DEFAULT_RETRY_OPTIONS, ...options };
    const maxAttempts = Math.floor(positive("maxAttempts", o.maxAttempts, 1));
    positive("baseDelayMs", o.baseDelayMs, 0);
    positive("maxDelayMs", o.maxDelayMs, 0);
    positive("maxRetryAfterMs", o.maxRetryAfterMs, 0);
    positive("attemptTimeoutMs", o.attemptTimeoutMs, 1);
    positive("totalTimeoutMs", o.totalTimeoutMs, 1);
    const classify = options.classify ?? classifyRetry;
    const deadline = ports.now() + o.totalTimeoutMs;
    for (let attemptNo = 1;; attemptNo++) {
        const remaining = deadline - ports.now();
        const timeoutMs = Math.min(o.attemptTimeoutMs, remaining);
        let lastError;
        try {
            const value = await runAttempt(attempt, attemptNo, timeoutMs, ports);
            return { value, attempts: attemptNo };
        }
        catch (error) {
            lastError = error;
        }
        const decision = classify(lastError, ports.now());
        if (!decision.retry)
            throw new RetryError(attemptNo, "not-retryable", lastError);
        if (attemptNo >= maxAttempts)
            throw new RetryError(attemptNo, "attempts-exhausted", lastError);
        const backoff = ports.random() * Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attemptNo - 1));
        const asked = decision.retryAfterMs === undefined ? 0 : Math.min(decision.retryAfterMs, o.maxRetryAfterMs);
        const delayMs = Math.round(Math.max(backoff, asked));
        // Give up now rather than wait for an attempt that could not finish in time
        // (at least 1 ms of attempt must be left after the wait).
        if (ports.now() + delayMs >= deadline - 1)
            throw new RetryError(attemptNo, "time-exhausted", lastError);
        options.onRetry?.({ attempt: attemptNo, delayMs, error: lastError });
        await ports.sleep(delayMs);
    }
}

// EXTERNAL MODULE: ./shared/errors.ts
var shared_errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./node_modules/@slack/webhook/dist/index.js
var dist = __webpack_require__(4443);
;// CONCATENATED MODULE: ./shared/notify/slack-errors.ts
/**
 * Slack's incoming-webhook answers, in words a user can act on. Slack answers
 * an incoming webhook with a status and a short plain-text code in the body
 * (docs.slack.dev, "Sending messages using incoming webhooks", Handling errors).
 */
const NEW_WEBHOOK = "Create a new incoming webhook (Slack app settings > Incoming Webhooks) and store its URL in the secret you pass as SLACK_WEBHOOK_URL / webhook-url.";
const KNOWN = {
    invalid_payload: {
        message: "Slack rejected the message as malformed (invalid_payload).",
        hint: "Run with dry-run to see the exact payload and check it in Slack's Block Kit Builder; for a custom payload file, check its blocks against the Block Kit reference.",
    },
    invalid_blocks: {
        message: "Slack rejected the message's blocks (invalid_blocks): a block is malformed or over a limit.",
        hint: "Run with dry-run and check the payload in Slack's Block Kit Builder; for a custom payload file, check each block's type and text lengths.",
    },
    invalid_blocks_format: {
        message: "Slack rejected the message's blocks (invalid_blocks_format): `blocks` is not an array of blocks.",
        hint: "Check the payload file: `blocks` must be a list of objects with a `type`.",
    },
    no_text: {
        message: "Slack rejected the message because it has no text (no_text).",
        hint: 'Give the payload a top-level "text" (or at least one block with text).',
    },
    too_many_attachments: {
        message: "Slack rejected the message: it has more than 100 attachments (too_many_attachments).",
        hint: "Send fewer attachments, or use blocks instead.",
    },
    user_not_found: {
        message: "Slack could not find the user this webhook posts to (user_not_found).",
        hint: NEW_WEBHOOK,
    },
    channel_not_found: {
        message: "The channel this webhook posts to no longer exists (channel_not_found).",
        hint: NEW_WEBHOOK,
    },
    channel_is_archived: {
        message: "The channel this webhook posts to is archived (channel_is_archived).",
        hint: `Unarchive the channel, or ${NEW_WEBHOOK.charAt(0).toLowerCase()}${NEW_WEBHOOK.slice(1)}`,
    },
    action_prohibited: {
        message: "A Slack admin restricts posting to this channel (action_prohibited).",
        hint: "Ask a workspace admin to allow the app to post there, or use a webhook for another channel.",
    },
    posting_to_general_channel_denied: {
        message: "Only admins may post to this workspace's #general channel (posting_to_general_channel_denied).",
        hint: "Use a webhook for another channel, or ask an admin to add the app's user to the allowed posters.",
    },
    no_service: {
        message: "The webhook is disabled, removed or invalid (no_service).",
        hint: NEW_WEBHOOK,
    },
    no_service_id: {
        message: "The webhook URL is incomplete: Slack found no service id in it (no_service_id).",
        hint: "Copy the whole URL from the app's Incoming Webhooks page into the secret.",
    },
    no_team: {
        message: "The webhook URL's workspace is missing or wrong (no_team).",
        hint: "Copy the whole URL from the app's Incoming Webhooks page into the secret.",
    },
    team_disabled: {
        message: "The Slack workspace of this webhook is disabled (team_disabled).",
        hint: NEW_WEBHOOK,
    },
    invalid_token: {
        message: "The webhook's token is invalid or was revoked (invalid_token).",
        hint: NEW_WEBHOOK,
    },
    no_active_hooks: {
        message: "The Slack app behind this webhook has no active incoming webhooks (no_active_hooks).",
        hint: `Turn on Incoming Webhooks in the app's settings. ${NEW_WEBHOOK}`,
    },
    rate_limited: {
        message: "Slack rate-limited the webhook (rate_limited): more than about one message per second.",
        hint: "Send fewer messages (batch them), or retry later.",
    },
};
/** Explains a failed answer from `status` and the body's error code. Never echoes arbitrary body text. */
function explainSlackError(status, body) {
    const code = (body ?? "").trim();
    const known = KNOWN[code];
    if (known)
        return known;
    const shown = /^[a-z_]{2,60}$/.test(code) ? ` (${code})` : "";
    if (status === 404) {
        return {
            message: `Slack answered 404${shown}: the webhook URL does not exist.`,
            hint: NEW_WEBHOOK,
        };
    }
    if (status === 401 || status === 403) {
        return { message: `Slack refused the webhook with ${status}${shown}.`, hint: NEW_WEBHOOK };
    }
    if (status === 410) {
        return { message: `Slack answered 410${shown}: the webhook or its channel is gone.`, hint: NEW_WEBHOOK };
    }
    if (status === 429)
        return KNOWN.rate_limited;
    if (status >= 500) {
        return {
            message: `Slack answered ${status}${shown}: Slack is having trouble.`,
            hint: "Check status.slack.com and re-run the job later.",
        };
    }
    return {
        message: `Slack answered ${status}${shown}.`,
        hint: "Run with dry-run to see the exact payload; check the webhook URL.",
    };
}

;// CONCATENATED MODULE: ./shared/notify/deliver.ts
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




/** Slack's documented pace for incoming webhooks is about one message per second; 4 attempts within 2 minutes. */
const SLACK_RETRY_DEFAULTS = {
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
function isRedirectFailure(error) {
    let current = error;
    for (let i = 0; i < 6 && current && typeof current === "object"; i++) {
        const message = current.message;
        if (typeof message === "string" && /redirect/i.test(message))
            return true;
        current =
            current.cause ??
                current.original;
    }
    return false;
}
/** No answer arrived (reset, refused, DNS, TLS). Carries a code, never the URL. */
class WebhookTransportError extends Error {
    code;
    constructor(code) {
        super(code ? `no answer from Slack (${code})` : "no answer from Slack");
        this.name = "WebhookTransportError";
        this.code = code;
    }
}
function networkCode(error) {
    let current = error;
    for (let i = 0; i < 6 && current && typeof current === "object"; i++) {
        const code = current.code;
        if (typeof code === "string" && /^[A-Z][A-Z0-9_]+$/.test(code))
            return code;
        current =
            current.cause ??
                current.original;
    }
    return undefined;
}
/** Checks the URL's shape; messages never include it. */
function checkWebhookUrl(url, source) {
    let parsed;
    try {
        parsed = new URL(url.trim());
    }
    catch {
        throw new shared_errors/* ConfigurationError */.j1(`The Slack webhook URL in ${source} is not a URL.`, {
            title: "Bad Slack webhook URL",
            hint: "Copy the whole URL (https://hooks.slack.com/services/...) from the Slack app's Incoming Webhooks page into the secret.",
        });
    }
    const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
    if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
        throw new shared_errors/* ConfigurationError */.j1(`The Slack webhook URL in ${source} must use https.`, {
            title: "Bad Slack webhook URL",
            hint: "Copy the whole URL (https://hooks.slack.com/services/...) from the Slack app's Incoming Webhooks page.",
        });
    }
    if (/^\/(workflows|triggers)\//.test(parsed.pathname)) {
        throw new shared_errors/* ConfigurationError */.j1(`The URL in ${source} is a Workflow Builder webhook trigger, not an incoming webhook; it expects different payloads.`, {
            title: "Bad Slack webhook URL",
            hint: "Create an incoming webhook (Slack app settings > Incoming Webhooks) and use its https://hooks.slack.com/services/... URL.",
        });
    }
    return parsed;
}
/** Replaces every string equal to or containing `secret` in a JSON-like value. */
function scrubValue(value, secret, replacement = "[webhook URL]") {
    if (secret === "")
        return value;
    if (typeof value === "string")
        return value.split(secret).join(replacement);
    if (Array.isArray(value))
        return value.map((v) => scrubValue(v, secret, replacement));
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, secret, replacement)]));
    }
    return value;
}
function describeFailure(error) {
    if (error instanceof HttpStatusError)
        return explainSlackError(error.status, error.body);
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
async function deliverToSlack(message, options, ports) {
    const url = options.webhookUrl.trim();
    checkWebhookUrl(url, options.webhookUrlSource);
    const scrub = (text) => text.split(url).join("[webhook URL]");
    const fetchFn = ports.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const payload = scrubValue(message, url);
    const attempt = async (signal) => {
        let retryAfter = null;
        const webhook = new dist.IncomingWebhook(url, {
            timeout: 0,
            retryConfig: { retries: 0 },
            fetch: async (input, init) => {
                const response = await fetchFn(input, { ...init, signal });
                retryAfter = response.headers.get("retry-after");
                return response;
            },
        });
        try {
            // Cast: our block types are a structural subset of @slack/types' blocks.
            await webhook.send(payload);
        }
        catch (error) {
            if (error instanceof dist.IncomingWebhookHTTPError) {
                throw new HttpStatusError(error.statusCode, { retryAfter, body: error.body });
            }
            if (signal.aborted)
                throw error; // withRetry turns this into an AttemptTimeoutError
            if (isRedirectFailure(error))
                throw new WebhookRedirectError();
            if (error instanceof dist.IncomingWebhookRequestError)
                throw new WebhookTransportError(networkCode(error));
            throw error;
        }
    };
    const retry = {
        ...SLACK_RETRY_DEFAULTS,
        ...options.retry,
        classify: (error, now) => {
            // No answer arrived, so Slack did not post the message: always safe to retry.
            if (error instanceof WebhookTransportError)
                return { retry: true };
            return classifyRetry(error, now);
        },
        onRetry: ({ attempt: n, delayMs, error }) => {
            const { message: why } = describeFailure(error);
            ports.logger.info(scrub(`Slack delivery attempt ${n} failed: ${why} Retrying in ${(delayMs / 1000).toFixed(1)} s.`));
        },
    };
    try {
        const { attempts } = await withRetry(attempt, retry, ports);
        ports.logger.info(`Slack message delivered${attempts > 1 ? ` after ${attempts} attempts` : ""}.`);
        return { delivered: true, attempts };
    }
    catch (error) {
        if (!(error instanceof RetryError)) {
            // A bug in this module or the SDK: keep the type, drop any text that could hold the URL.
            throw new Error(`Slack delivery crashed: ${scrub((0,shared_errors/* getErrorMessage */.u1)(error))}`);
        }
        const { message: why, hint } = describeFailure(error.lastError);
        const after = error.reason === "not-retryable"
            ? error.attempts > 1
                ? ` (attempt ${error.attempts})`
                : ""
            : ` (gave up after ${error.attempts} attempt${error.attempts === 1 ? "" : "s"}${error.reason === "time-exhausted" ? ": out of time" : ""})`;
        const text = scrub(`Slack message not delivered: ${why}${after}`);
        if (options.errors === "warn") {
            ports.logger.warning(`${text} ${scrub(hint)}`, { title: "Slack message not delivered" });
            return { delivered: false, attempts: error.attempts };
        }
        throw new shared_errors/* ConfigurationError */.j1(text, { title: "Slack message not delivered", hint: scrub(hint) });
    }
}

;// CONCATENATED MODULE: ./shared/notify/mrkdwn.ts
/**
 * Making text from users and data safe for a Slack message: secrets redacted,
 * mrkdwn control characters escaped, lengths kept within Slack's limits.
 * Pure functions.
 */
/**
 * Patterns of things that look like credentials. Order matters: the webhook
 * URL is redacted before the generic URL-safe token patterns.
 */
const SECRET_PATTERNS = [
    {
        name: "slack-webhook",
        pattern: /https?:\/\/hooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/[\w/-]+/gi,
    },
    { name: "slack-token", pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,}/g },
    { name: "slack-app-token", pattern: /\bxapp-\d-[A-Za-z0-9-]{10,}/g },
    // Anthropic: sk-ant-api03-..., sk-ant-admin01-..., sk-ant-oat01-... (a short partial hint such as "sk-ant-api03-AbC...xyz" survives).
    { name: "anthropic-key", pattern: /\bsk-ant-[a-z]+\d*-[A-Za-z0-9_-]{20,}/g },
    { name: "aws-access-key-id", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g },
    {
        name: "aws-secret-access-key",
        pattern: /(aws_?secret_?access_?key|secretAccessKey)(["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{40}/gi,
    },
    { name: "github-token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}/g },
    { name: "github-pat", pattern: /\bgithub_pat_[A-Za-z0-9_]{40,}/g },
    { name: "bearer", pattern: /\b(Bearer\s+)[A-Za-z0-9._~+/-]{20,}=*/g },
];
const REDACTED = "[redacted]";
/** Replaces anything that looks like a token or a Slack webhook URL with `[redacted]`. */
function redactSecrets(text) {
    let out = text;
    for (const { name, pattern } of SECRET_PATTERNS) {
        out = out.replace(pattern, (_match, g1, g2) => {
            if (name === "aws-secret-access-key")
                return `${String(g1)}${String(g2)}${REDACTED}`;
            if (name === "bearer")
                return `${String(g1)}${REDACTED}`;
            return REDACTED;
        });
    }
    return out;
}
/** True when {@link redactSecrets} would change `text`. */
function looksSecret(text) {
    return redactSecrets(text) !== text;
}
/** Escapes the three characters Slack's mrkdwn treats as control characters. */
function escapeMrkdwn(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/**
 * Cuts `text` to at most `max` characters (UTF-16 units, as Slack counts),
 * ending with "…" when cut, and never in the middle of an `&amp;`-style entity
 * or a surrogate pair.
 */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return "…".slice(0, max);
    let cut = text.slice(0, max - 1);
    const amp = cut.lastIndexOf("&");
    if (amp !== -1 && !cut.slice(amp).includes(";") && /^&(?:amp|lt|gt);/.test(text.slice(amp))) {
        cut = cut.slice(0, amp);
    }
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut = cut.slice(0, -1);
    return `${cut}…`;
}
/** Text from data for a mrkdwn field: redacted, escaped, truncated. */
function safeMrkdwn(text, max) {
    return truncate(escapeMrkdwn(redactSecrets(text)), max);
}
/** Text from data for a plain_text field (headers, buttons): redacted and truncated (no escaping). */
function safePlain(text, max) {
    return truncate(redactSecrets(text), max);
}
/**
 * A link in mrkdwn: `<url|label>`. The URL must be http(s) and is escaped; the
 * label is escaped too, and `|` in it replaced so it cannot end the label.
 * Anything else gives just the label.
 */
function mrkdwnLink(url, label) {
    const safeLabel = safeMrkdwn(label, 300).replace(/\|/g, "¦");
    if (!url || !/^https?:\/\//i.test(url) || looksSecret(url))
        return safeLabel;
    const safeUrl = url.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C");
    return `<${safeUrl}|${safeLabel}>`;
}
/** "1,234,567" for counts. */
function formatNumber(n) {
    return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
/** "$1,234.50" (or "1,234.50 EUR" for other currencies). */
function formatMoney(amount, currency = "USD") {
    const fixed = amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return currency.toUpperCase() === "USD" ? `$${fixed}` : `${fixed} ${currency.toUpperCase()}`;
}
/** "80%" from 0.8-style or 80-style numbers is the caller's business: this formats a percent value. */
function formatPercent(percent) {
    return `${percent.toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;
}
/** "1 key" / "3 keys". */
function plural(n, one, many = `${one}s`) {
    return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./shared/notify/blocks.ts
/**
 * A small, typed subset of Slack Block Kit and the builders the event messages
 * use. Every builder takes raw text from data and makes it safe
 * (see mrkdwn.ts); `finishMessage` enforces the per-message limits.
 *
 * Limits (docs.slack.dev, Block Kit reference, checked 2026-11): 50 blocks per
 * message; header text 150 chars; section text 3000; section fields 10 of
 * 2000 each; context 10 elements; button text 75, button URL 3000; the
 * top-level `text` is truncated by Slack past 40,000 chars (we keep it short).
 */

const SLACK_LIMITS = {
    blocksPerMessage: 50,
    headerText: 150,
    sectionText: 3000,
    sectionFields: 10,
    fieldText: 2000,
    contextElements: 10,
    contextText: 2000,
    buttonText: 75,
    buttonUrl: 3000,
    messageText: 4000,
};
/** A header from raw text (redacted, cut to 150). */
function header(text) {
    return {
        type: "header",
        text: { type: "plain_text", text: safePlain(text, SLACK_LIMITS.headerText), emoji: true },
    };
}
/**
 * A section from mrkdwn the caller has already made safe (built from
 * `safeMrkdwn`/`mrkdwnLink` pieces). Cut to 3000 as a last resort.
 */
function section(mrkdwn) {
    return { type: "section", text: { type: "mrkdwn", text: truncate(mrkdwn, SLACK_LIMITS.sectionText) } };
}
/** Sections of up to 10 two-column fields each (more fields make more sections). */
function fieldsSections(fields) {
    const texts = fields.map((f) => {
        const value = f.trusted ? f.value : safeMrkdwn(f.value, SLACK_LIMITS.fieldText - f.label.length - 6);
        return {
            type: "mrkdwn",
            text: truncate(`*${escapeMrkdwn(f.label)}*\n${value}`, SLACK_LIMITS.fieldText),
        };
    });
    const out = [];
    for (let i = 0; i < texts.length; i += SLACK_LIMITS.sectionFields) {
        out.push({ type: "section", fields: texts.slice(i, i + SLACK_LIMITS.sectionFields) });
    }
    return out;
}
/** A context line of already-safe mrkdwn pieces (at most 10). */
function context(...pieces) {
    return {
        type: "context",
        elements: pieces
            .filter((p) => p !== "")
            .slice(0, SLACK_LIMITS.contextElements)
            .map((text) => ({ type: "mrkdwn", text: truncate(text, SLACK_LIMITS.contextText) })),
    };
}
function divider() {
    return { type: "divider" };
}
/** Link buttons; entries without an http(s) URL are dropped. Returns undefined when none is left. */
function buttons(...links) {
    const elements = [];
    for (const link of links) {
        if (!link.url || !/^https?:\/\//i.test(link.url) || link.url.length > SLACK_LIMITS.buttonUrl)
            continue;
        elements.push({
            type: "button",
            text: { type: "plain_text", text: safePlain(link.label, SLACK_LIMITS.buttonText), emoji: true },
            url: link.url,
            action_id: link.id,
            ...(link.style ? { style: link.style } : {}),
        });
    }
    return elements.length > 0 ? { type: "actions", elements } : undefined;
}
/**
 * A bulleted list of already-safe mrkdwn lines under an optional bold title,
 * kept within one section: shows at most `maxItems` lines and ends with
 * "…and N more" when some did not fit.
 */
function listSection(title, lines, maxItems = 10) {
    const head = title ? `*${escapeMrkdwn(title)}*\n` : "";
    const moreLine = (n) => `\n_…and ${n} more_`;
    const budget = SLACK_LIMITS.sectionText - head.length - moreLine(lines.length).length;
    const shown = [];
    let used = 0;
    for (const line of lines.slice(0, maxItems)) {
        const item = `• ${truncate(line, 500)}`;
        if (used + item.length + 1 > budget)
            break;
        shown.push(item);
        used += item.length + 1;
    }
    const rest = lines.length - shown.length;
    return section(`${head}${shown.join("\n")}${rest > 0 ? moreLine(rest) : ""}`);
}
/** The closing context: where it came from and a link to the run. */
function footer(runUrl, ...pieces) {
    return context(...pieces, runUrl ? mrkdwnLink(runUrl, "View workflow run") : "");
}
/**
 * Assembles the message: a `text` fallback (redacted, escaped, cut) and at most
 * 50 blocks; when there are more, the last kept block says how many were left
 * out and where to look.
 */
function finishMessage(fallback, blocks, runUrl) {
    const present = blocks.filter((b) => b !== undefined);
    let kept = present;
    if (present.length > SLACK_LIMITS.blocksPerMessage) {
        const omitted = present.length - (SLACK_LIMITS.blocksPerMessage - 1);
        kept = [
            ...present.slice(0, SLACK_LIMITS.blocksPerMessage - 1),
            context(`_…and ${omitted} more blocks not shown._ ${runUrl ? mrkdwnLink(runUrl, "See the run") : ""}`.trim()),
        ];
    }
    return { text: safeMrkdwn(fallback, SLACK_LIMITS.messageText), blocks: kept };
}

;// CONCATENATED MODULE: ./shared/notify/validate.ts
/**
 * Validation of event data, by hand so every error names the event, the exact
 * field (`data.keys[2].daysLeft`), what it should be and what it got. Unknown
 * fields are errors too, so a typo (`runURL`) does not silently drop a link.
 */


function describe(value) {
    if (value === undefined)
        return "nothing";
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string") {
        // Data may hold a token in the wrong field: never echo one.
        const shown = redactSecrets(value);
        return JSON.stringify(shown.length > 40 ? `${shown.slice(0, 40)}…` : shown);
    }
    if (typeof value === "object")
        return "an object";
    return `${typeof value} ${String(value)}`;
}
/** Reads one object of event data, field by field. */
class DataReader {
    ctx;
    path;
    seen = new Set();
    record;
    constructor(ctx, value, path = "data") {
        this.ctx = ctx;
        this.path = path;
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
            throw this.error(this.path, "an object", value);
        }
        this.record = value;
    }
    /** A ConfigurationError naming the field. */
    error(path, expected, got) {
        const missing = got === undefined;
        return new shared_errors/* ConfigurationError */.j1(missing
            ? `Event "${this.ctx.event}": ${path} is required (${expected}).`
            : `Event "${this.ctx.event}": ${path} must be ${expected}, got ${describe(got)}.`, {
            title: "Invalid notification data",
            hint: `See docs/notify.md#${this.ctx.event} for the fields it takes.`,
            ...(this.ctx.source ? { file: this.ctx.source } : {}),
        });
    }
    take(key) {
        this.seen.add(key);
        const value = this.record[key];
        return value === null ? undefined : value;
    }
    has(key) {
        return this.record[key] !== undefined && this.record[key] !== null;
    }
    string(key, o) {
        const v = this.take(key);
        if (v === undefined && o?.optional)
            return undefined;
        if (typeof v !== "string" || (o?.nonEmpty !== false && v.trim() === "")) {
            throw this.error(`${this.path}.${key}`, "a non-empty string", v);
        }
        return v;
    }
    number(key, o) {
        const v = this.take(key);
        if (v === undefined && o?.optional)
            return undefined;
        const what = `${o?.integer ? "a whole number" : "a number"}${o?.min !== undefined ? ` >= ${o.min}` : ""}${o?.above !== undefined ? ` > ${o.above}` : ""}${o?.max !== undefined ? ` <= ${o.max}` : ""}`;
        if (typeof v !== "number" ||
            !Number.isFinite(v) ||
            (o?.integer && !Number.isInteger(v)) ||
            (o?.min !== undefined && v < o.min) ||
            (o?.above !== undefined && v <= o.above) ||
            (o?.max !== undefined && v > o.max)) {
            throw this.error(`${this.path}.${key}`, what, v);
        }
        return v;
    }
    boolean(key, o) {
        const v = this.take(key);
        if (v === undefined && o?.optional)
            return undefined;
        if (typeof v !== "boolean")
            throw this.error(`${this.path}.${key}`, "true or false", v);
        return v;
    }
    oneOf(key, values, o) {
        const v = this.take(key);
        if (v === undefined && o?.optional)
            return undefined;
        if (typeof v !== "string" || !values.includes(v)) {
            throw this.error(`${this.path}.${key}`, `one of ${values.map((x) => `"${x}"`).join(", ")}`, v);
        }
        return v;
    }
    /** An http(s) URL. */
    url(key, o) {
        const v = this.take(key);
        if (v === undefined && o?.optional)
            return undefined;
        if (typeof v !== "string" || !/^https?:\/\/[^\s]+$/i.test(v)) {
            throw this.error(`${this.path}.${key}`, "an http(s) URL", v);
        }
        return v;
    }
    /** An ISO 8601 date or date-time (kept as given). */
    date(key, o) {
        const v = this.take(key);
        if (v === undefined && o?.optional)
            return undefined;
        if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
            throw this.error(`${this.path}.${key}`, 'an ISO 8601 date such as "2026-12-01"', v);
        }
        return v;
    }
    array(key, item, o) {
        const v = this.take(key);
        if (v === undefined && o?.optional)
            return undefined;
        const min = o?.minItems ?? 0;
        if (!Array.isArray(v) || v.length < min) {
            throw this.error(`${this.path}.${key}`, min > 0 ? `an array of at least ${min} item(s)` : "an array", v);
        }
        return v.map((x, i) => {
            const r = new DataReader(this.ctx, x, `${this.path}.${key}[${i}]`);
            const out = item(r, i);
            r.done();
            return out;
        });
    }
    /** An array of strings. */
    strings(key, o) {
        const v = this.take(key);
        if (v === undefined && o?.optional)
            return undefined;
        if (!Array.isArray(v))
            throw this.error(`${this.path}.${key}`, "an array of strings", v);
        return v.map((x, i) => {
            if (typeof x !== "string")
                throw this.error(`${this.path}.${key}[${i}]`, "a string", x);
            return x;
        });
    }
    object(key, read, o) {
        const v = this.take(key);
        if (v === undefined && o?.optional)
            return undefined;
        const r = new DataReader(this.ctx, v, `${this.path}.${key}`);
        const out = read(r);
        r.done();
        return out;
    }
    /** Fails on fields nobody read (typos). */
    done() {
        const extra = Object.keys(this.record).filter((k) => !this.seen.has(k));
        if (extra.length > 0) {
            const known = [...this.seen].sort().join(", ");
            throw new shared_errors/* ConfigurationError */.j1(`Event "${this.ctx.event}": ${this.path} has unknown field${extra.length > 1 ? "s" : ""} ${extra
                .map((k) => `"${k}"`)
                .join(", ")}; known fields: ${known}.`, {
                title: "Invalid notification data",
                hint: `See docs/notify.md#${this.ctx.event} for the fields it takes.`,
                ...(this.ctx.source ? { file: this.ctx.source } : {}),
            });
        }
    }
}
/** Reads `data` with `read`, then checks for unknown fields. */
function readData(ctx, data, read) {
    const reader = new DataReader(ctx, data);
    const out = read(reader);
    reader.done();
    return out;
}

;// CONCATENATED MODULE: ./shared/notify/events/common.ts

function readCommon(r) {
    const runUrl = r.url("runUrl", { optional: true });
    const repository = r.string("repository", { optional: true });
    return { ...(runUrl ? { runUrl } : {}), ...(repository ? { repository } : {}) };
}
/** Inline code from raw text: redacted, escaped, no backticks inside. */
function code(text, max = 200) {
    return `\`${safeMrkdwn(text, max).replace(/`/g, "ˋ")}\``;
}
/** Bold raw text. */
function bold(text, max = 300) {
    return `*${safeMrkdwn(text, max).replace(/\*/g, "∗")}*`;
}
/** Raw text made safe. */
function t(text, max = 500) {
    return safeMrkdwn(text, max);
}

;// CONCATENATED MODULE: ./shared/notify/events/quota-threshold.ts
/** `quota-threshold`: someone's usage crossed a threshold of their quota. */




const SUBJECT_KINDS = ["user", "team", "workspace", "api-key", "organization"];
const quotaThreshold = {
    type: "quota-threshold",
    summary: "Usage crossed a threshold of a quota: who, how much, of what limit, which threshold.",
    parse: (data, ctx) => readData(ctx, data, (r) => {
        const common = readCommon(r);
        const subject = r.string("subject");
        const subjectKind = r.oneOf("subjectKind", SUBJECT_KINDS, { optional: true });
        const metric = r.string("metric");
        const used = r.number("used", { min: 0 });
        const limit = r.number("limit", { above: 0 });
        const threshold = r.number("threshold", { min: 1, max: 1000 });
        const period = r.string("period", { optional: true });
        return {
            ...common,
            subject,
            metric,
            used,
            limit,
            threshold,
            ...(subjectKind ? { subjectKind } : {}),
            ...(period ? { period } : {}),
        };
    }),
    build: (d) => {
        const percent = (d.used / d.limit) * 100;
        const exceeded = d.used >= d.limit;
        const who = `${d.subject}${d.subjectKind ? ` (${d.subjectKind})` : ""}`;
        const headline = exceeded
            ? `:rotating_light: Quota exceeded: ${who}`
            : `:warning: ${formatPercent(d.threshold)} of quota reached: ${who}`;
        const amount = `${formatNumber(d.used)} of ${formatNumber(d.limit)} ${d.metric}`;
        return finishMessage(`${who} has used ${amount} (${formatPercent(percent)})${d.period ? ` in ${d.period}` : ""}`, [
            header(headline),
            section(`${bold(who)} has used ${bold(amount)} (${formatPercent(percent)})${d.period ? ` in ${t(d.period, 100)}` : ""}, crossing the ${formatPercent(d.threshold)} threshold.${exceeded ? " Requests past the limit may be refused." : ""}`),
            ...fieldsSections([
                { label: "Used", value: `${formatNumber(d.used)} ${d.metric}` },
                { label: "Limit", value: `${formatNumber(d.limit)} ${d.metric}` },
                { label: "Share", value: formatPercent(percent) },
                { label: "Threshold", value: formatPercent(d.threshold) },
            ]),
            footer(d.runUrl, `Steward usage alert${d.repository ? ` · ${code(d.repository)}` : ""}`),
        ], d.runUrl);
    },
};

;// CONCATENATED MODULE: ./shared/notify/events/budget-threshold.ts
/** `budget-threshold`: spend crossed a threshold of a budget. */





const budgetThreshold = {
    type: "budget-threshold",
    summary: "Spend crossed a threshold of a budget: whose, how much, of what budget, which threshold, forecast.",
    parse: (data, ctx) => readData(ctx, data, (r) => {
        const common = readCommon(r);
        const subject = r.string("subject");
        const subjectKind = r.oneOf("subjectKind", SUBJECT_KINDS, { optional: true });
        const spent = r.number("spent", { min: 0 });
        const budget = r.number("budget", { above: 0 });
        const currency = r.string("currency", { optional: true });
        if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) {
            throw r.error("data.currency", 'a three-letter currency code such as "USD"', currency);
        }
        const threshold = r.number("threshold", { min: 1, max: 1000 });
        const period = r.string("period", { optional: true });
        const forecast = r.number("forecast", { min: 0, optional: true });
        return {
            ...common,
            subject,
            spent,
            budget,
            threshold,
            ...(subjectKind ? { subjectKind } : {}),
            ...(currency ? { currency: currency.toUpperCase() } : {}),
            ...(period ? { period } : {}),
            ...(forecast !== undefined ? { forecast } : {}),
        };
    }),
    build: (d) => {
        const money = (n) => formatMoney(n, d.currency);
        const percent = (d.spent / d.budget) * 100;
        const exceeded = d.spent >= d.budget;
        const who = `${d.subject}${d.subjectKind ? ` (${d.subjectKind})` : ""}`;
        const headline = exceeded
            ? `:rotating_light: Budget exceeded: ${who}`
            : `:warning: ${formatPercent(d.threshold)} of budget reached: ${who}`;
        const forecastLine = d.forecast !== undefined
            ? `\nAt this pace the period ends at ${bold(money(d.forecast))} (${formatPercent((d.forecast / d.budget) * 100)} of budget).`
            : "";
        return finishMessage(`${who} has spent ${money(d.spent)} of ${money(d.budget)} (${formatPercent(percent)})${d.period ? ` in ${d.period}` : ""}`, [
            header(headline),
            section(`${bold(who)} has spent ${bold(`${money(d.spent)} of ${money(d.budget)}`)} (${formatPercent(percent)})${d.period ? ` in ${t(d.period, 100)}` : ""}, crossing the ${formatPercent(d.threshold)} threshold.${forecastLine}`),
            ...fieldsSections([
                { label: "Spent", value: money(d.spent) },
                { label: "Budget", value: money(d.budget) },
                { label: "Share", value: formatPercent(percent) },
                { label: "Threshold", value: formatPercent(d.threshold) },
                ...(d.forecast !== undefined ? [{ label: "Forecast", value: money(d.forecast) }] : []),
            ]),
            footer(d.runUrl, `Steward cost alert${d.repository ? ` · ${code(d.repository)}` : ""}`),
        ], d.runUrl);
    },
};

;// CONCATENATED MODULE: ./shared/notify/events/compliance-failing.ts
/** `compliance-failing`: compliance controls are failing. */




const SEVERITY_RANK = { high: 0, medium: 1, low: 2 };
const SEVERITY_ICON = {
    high: ":red_circle:",
    medium: ":large_orange_circle:",
    low: ":large_yellow_circle:",
};
const complianceFailing = {
    type: "compliance-failing",
    summary: "Compliance controls are failing: which, why, how many pass.",
    parse: (data, ctx) => readData(ctx, data, (r) => {
        const common = readCommon(r);
        const period = r.string("period", { optional: true });
        const framework = r.string("framework", { optional: true });
        const passing = r.number("passing", { integer: true, min: 0 });
        const controls = r.array("controls", (c) => {
            const id = c.string("id");
            const title = c.string("title");
            const severity = c.oneOf("severity", ["high", "medium", "low"], { optional: true });
            const detail = c.string("detail", { optional: true });
            const url = c.url("url", { optional: true });
            return {
                id,
                title,
                ...(severity ? { severity } : {}),
                ...(detail ? { detail } : {}),
                ...(url ? { url } : {}),
            };
        }, { minItems: 1 });
        const reportUrl = r.url("reportUrl", { optional: true });
        return {
            ...common,
            passing,
            controls,
            ...(period ? { period } : {}),
            ...(framework ? { framework } : {}),
            ...(reportUrl ? { reportUrl } : {}),
        };
    }),
    build: (d) => {
        const failing = d.controls.length;
        const headline = `${plural(failing, "compliance control")} failing${d.framework ? ` (${d.framework})` : ""}`;
        const sorted = [...d.controls].sort((a, b) => SEVERITY_RANK[a.severity ?? "low"] - SEVERITY_RANK[b.severity ?? "low"]);
        const lines = sorted.map((c) => `${c.severity ? `${SEVERITY_ICON[c.severity]} ` : ""}${code(c.id, 60)} ${c.url ? mrkdwnLink(c.url, c.title) : t(c.title, 200)}${c.detail ? `: ${t(c.detail, 300)}` : ""}`);
        return finishMessage(`${headline}${d.period ? ` for ${d.period}` : ""}; ${formatNumber(d.passing)} passing`, [
            header(`:rotating_light: ${headline}`),
            section(`${formatNumber(failing)} of ${formatNumber(failing + d.passing)} controls fail${d.period ? ` for ${t(d.period, 100)}` : ""}. Each needs an owner and a fix before the next report.`),
            ...fieldsSections([
                { label: "Failing", value: formatNumber(failing) },
                { label: "Passing", value: formatNumber(d.passing) },
            ]),
            listSection("Failing controls", lines, 15),
            buttons({ label: "Open report", url: d.reportUrl, id: "open-report", style: "primary" }),
            footer(d.runUrl, `Steward compliance report${d.repository ? ` · ${code(d.repository)}` : ""}`),
        ], d.runUrl);
    },
};

;// CONCATENATED MODULE: ./shared/notify/events/key-expiring.ts
/** `key-expiring`: API keys that expire soon or are overdue for rotation. */




function keyLine(k) {
    const when = k.daysLeft < 0
        ? `overdue by ${plural(-k.daysLeft, "day")} (${t(k.dueDate, 30)})`
        : k.daysLeft === 0
            ? `due today (${t(k.dueDate, 30)})`
            : `due in ${plural(k.daysLeft, "day")} (${t(k.dueDate, 30)})`;
    const extra = [
        k.workspace ? `workspace ${t(k.workspace, 80)}` : "",
        k.owner ? `owner ${t(k.owner, 80)}` : "",
    ]
        .filter((x) => x !== "")
        .join(", ");
    return `${code(k.name, 100)}: ${when}${extra ? ` · ${extra}` : ""}`;
}
const keyExpiring = {
    type: "key-expiring",
    summary: "API keys that expire soon or are overdue for rotation.",
    parse: (data, ctx) => readData(ctx, data, (r) => {
        const common = readCommon(r);
        const keys = r.array("keys", (k) => {
            const name = k.string("name");
            const dueDate = k.date("dueDate");
            const daysLeft = k.number("daysLeft", { integer: true });
            const workspace = k.string("workspace", { optional: true });
            const owner = k.string("owner", { optional: true });
            return {
                name,
                dueDate,
                daysLeft,
                ...(workspace ? { workspace } : {}),
                ...(owner ? { owner } : {}),
            };
        }, { minItems: 1 });
        const withinDays = r.number("withinDays", { integer: true, min: 1, optional: true });
        return { ...common, keys, ...(withinDays ? { withinDays } : {}) };
    }),
    build: (d) => {
        const overdue = d.keys.filter((k) => k.daysLeft < 0).sort((a, b) => a.daysLeft - b.daysLeft);
        const soon = d.keys.filter((k) => k.daysLeft >= 0).sort((a, b) => a.daysLeft - b.daysLeft);
        const parts = [
            ...(overdue.length > 0 ? [`${plural(overdue.length, "API key")} overdue`] : []),
            ...(soon.length > 0 ? [`${plural(soon.length, "API key")} expiring soon`] : []),
        ];
        const headline = parts.join(", ");
        return finishMessage(headline, [
            header(`${overdue.length > 0 ? ":rotating_light:" : ":warning:"} ${headline}`),
            section(overdue.length > 0
                ? "Overdue keys break the key policy and may stop working at any moment. Rotate them now: run the key rotation workflow, or mint a new key in the Console and let Steward distribute it."
                : "Rotate these keys before they expire: run the key rotation workflow, or mint a new key in the Console and let Steward distribute it."),
            overdue.length > 0 ? listSection("Overdue", overdue.map(keyLine), 15) : undefined,
            soon.length > 0
                ? listSection(d.withinDays ? `Expiring within ${d.withinDays} days` : "Expiring soon", soon.map(keyLine), 15)
                : undefined,
            footer(d.runUrl, `Steward key audit${d.repository ? ` · ${code(d.repository)}` : ""}`),
        ], d.runUrl);
    },
};

;// CONCATENATED MODULE: ./shared/notify/events/key-rotated.ts
/** `key-rotated`: an API key was rotated and the new one is in place. */




const keyRotated = {
    type: "key-rotated",
    summary: "An API key was rotated: where the new key went, when the old one is deactivated.",
    parse: (data, ctx) => readData(ctx, data, (r) => {
        const common = readCommon(r);
        const keyName = r.string("keyName");
        const workspace = r.string("workspace", { optional: true });
        const newKeyHint = r.string("newKeyHint", { optional: true });
        const previousKeyHint = r.string("previousKeyHint", { optional: true });
        const stores = r.strings("stores", { optional: true });
        const previousKeyDeactivatesAt = r.date("previousKeyDeactivatesAt", { optional: true });
        const verified = r.boolean("verified", { optional: true });
        return {
            ...common,
            keyName,
            ...(workspace ? { workspace } : {}),
            ...(newKeyHint ? { newKeyHint } : {}),
            ...(previousKeyHint ? { previousKeyHint } : {}),
            ...(stores ? { stores } : {}),
            ...(previousKeyDeactivatesAt ? { previousKeyDeactivatesAt } : {}),
            ...(verified !== undefined ? { verified } : {}),
        };
    }),
    build: (d) => {
        const where = d.stores && d.stores.length > 0 ? ` in ${plural(d.stores.length, "secret store")}` : "";
        const verified = d.verified === true ? " and verified with a live call" : d.verified === false ? " (not verified)" : "";
        const grace = d.previousKeyDeactivatesAt
            ? ` The previous key stays active until ${bold(d.previousKeyDeactivatesAt)}, then it is deactivated.`
            : "";
        return finishMessage(`API key ${d.keyName} rotated${where}`, [
            header(`:white_check_mark: API key rotated: ${d.keyName}`),
            section(`The new key for ${code(d.keyName)} is in place${where}${verified}.${grace}`),
            ...fieldsSections([
                ...(d.workspace ? [{ label: "Workspace", value: d.workspace }] : []),
                ...(d.newKeyHint ? [{ label: "New key", value: code(d.newKeyHint), trusted: true }] : []),
                ...(d.previousKeyHint
                    ? [{ label: "Previous key", value: code(d.previousKeyHint), trusted: true }]
                    : []),
                ...(d.stores && d.stores.length > 0
                    ? [
                        {
                            label: "Written to",
                            value: d.stores
                                .slice(0, 20)
                                .map((s) => t(s, 90))
                                .join("\n"),
                            trusted: true,
                        },
                    ]
                    : []),
            ]),
            footer(d.runUrl, `Steward key rotation${d.repository ? ` · ${code(d.repository)}` : ""}`),
        ], d.runUrl);
    },
};

;// CONCATENATED MODULE: ./shared/notify/events/policy-check.ts
/** `policy-check`: the policy lint of a pull request failed or passed. */




const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
const policy_check_SEVERITY_ICON = { error: ":x:", warning: ":warning:", notice: ":information_source:" };
const TOP_FINDINGS = 5;
const policyCheck = {
    type: "policy-check",
    summary: "The policy lint of a pull request failed or passed: counts, top findings, link to the PR.",
    parse: (data, ctx) => readData(ctx, data, (r) => {
        const common = readCommon(r);
        const status = r.oneOf("status", ["failed", "passed"]);
        const repository = r.string("repository");
        const pullRequest = r.object("pullRequest", (p) => {
            const number = p.number("number", { integer: true, min: 1 });
            const url = p.url("url");
            const title = p.string("title", { optional: true });
            const author = p.string("author", { optional: true });
            return { number, url, ...(title ? { title } : {}), ...(author ? { author } : {}) };
        });
        const counts = r.object("counts", (c) => {
            const errors = c.number("errors", { integer: true, min: 0 });
            const warnings = c.number("warnings", { integer: true, min: 0 });
            const notices = c.number("notices", { integer: true, min: 0, optional: true });
            return { errors, warnings, ...(notices !== undefined ? { notices } : {}) };
        });
        const findings = r.array("findings", (f) => {
            const ruleId = f.string("ruleId");
            const severity = f.oneOf("severity", ["error", "warning", "notice"]);
            const message = f.string("message");
            const file = f.string("file", { optional: true });
            const line = f.number("line", { integer: true, min: 1, optional: true });
            return { ruleId, severity, message, ...(file ? { file } : {}), ...(line ? { line } : {}) };
        }, { optional: true });
        return { ...common, status, repository, pullRequest, counts, ...(findings ? { findings } : {}) };
    }),
    build: (d) => {
        const pr = d.pullRequest;
        const failed = d.status === "failed";
        const countText = [
            plural(d.counts.errors, "error"),
            plural(d.counts.warnings, "warning"),
            ...(d.counts.notices ? [plural(d.counts.notices, "notice")] : []),
        ].join(", ");
        const headline = failed
            ? `:x: Policy check failed on PR #${pr.number}`
            : `:white_check_mark: Policy check passed on PR #${pr.number}`;
        const prLink = mrkdwnLink(pr.url, `#${pr.number}${pr.title ? ` ${pr.title}` : ""}`);
        const intro = `${prLink} in ${code(d.repository)}${pr.author ? ` by ${t(pr.author, 100)}` : ""}\n` +
            (failed
                ? `${countText}. The pull request should not merge until the errors are fixed.`
                : d.counts.warnings > 0
                    ? `No errors; ${plural(d.counts.warnings, "warning")} worth a look before merging.`
                    : "No findings: the policy change is clean.");
        const sorted = [...(d.findings ?? [])].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
        const lines = sorted.map((f) => {
            const where = f.file ? ` ${code(`${f.file}${f.line ? `:${f.line}` : ""}`)}` : "";
            return `${policy_check_SEVERITY_ICON[f.severity]} ${code(f.ruleId, 80)}${where} ${t(f.message, 300)}`;
        });
        return finishMessage(`${failed ? "Policy check failed" : "Policy check passed"} on ${d.repository}#${pr.number}: ${countText}`, [
            header(headline),
            section(intro),
            ...fieldsSections([
                { label: "Errors", value: formatNumber(d.counts.errors) },
                { label: "Warnings", value: formatNumber(d.counts.warnings) },
                ...(d.counts.notices !== undefined
                    ? [{ label: "Notices", value: formatNumber(d.counts.notices) }]
                    : []),
            ]),
            lines.length > 0
                ? listSection(lines.length > TOP_FINDINGS ? `Top ${TOP_FINDINGS} findings` : "Findings", lines, TOP_FINDINGS)
                : undefined,
            buttons({
                label: "View pull request",
                url: pr.url,
                id: "view-pr",
                ...(failed ? {} : { style: "primary" }),
            }),
            footer(d.runUrl, `Steward policy check · ${code(d.repository)}`),
        ], d.runUrl);
    },
};

;// CONCATENATED MODULE: ./shared/notify/events/report-ready.ts
/** `report-ready`: the monthly cost/usage report is ready, with its headline numbers. */




const TOP = 5;
function readRanked(r) {
    return { name: r.string("name"), cost: r.number("cost", { min: 0 }) };
}
const reportReady = {
    type: "report-ready",
    summary: "The monthly usage and cost report is ready: total, change, top models and spenders, link.",
    parse: (data, ctx) => readData(ctx, data, (r) => {
        const common = readCommon(r);
        const period = r.string("period");
        const totalCost = r.number("totalCost", { min: 0 });
        const currency = r.string("currency", { optional: true });
        if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) {
            throw r.error("data.currency", 'a three-letter currency code such as "USD"', currency);
        }
        const previousTotalCost = r.number("previousTotalCost", { min: 0, optional: true });
        const totalTokens = r.number("totalTokens", { min: 0, integer: true, optional: true });
        const activeUsers = r.number("activeUsers", { min: 0, integer: true, optional: true });
        const sessions = r.number("sessions", { min: 0, integer: true, optional: true });
        const topModels = r.array("topModels", readRanked, { optional: true });
        const topSpenders = r.array("topSpenders", readRanked, { optional: true });
        const reportUrl = r.url("reportUrl", { optional: true });
        return {
            ...common,
            period,
            totalCost,
            ...(currency ? { currency: currency.toUpperCase() } : {}),
            ...(previousTotalCost !== undefined ? { previousTotalCost } : {}),
            ...(totalTokens !== undefined ? { totalTokens } : {}),
            ...(activeUsers !== undefined ? { activeUsers } : {}),
            ...(sessions !== undefined ? { sessions } : {}),
            ...(topModels ? { topModels } : {}),
            ...(topSpenders ? { topSpenders } : {}),
            ...(reportUrl ? { reportUrl } : {}),
        };
    }),
    build: (d) => {
        const money = (n) => formatMoney(n, d.currency);
        let change = "";
        if (d.previousTotalCost !== undefined && d.previousTotalCost > 0) {
            const delta = ((d.totalCost - d.previousTotalCost) / d.previousTotalCost) * 100;
            change = `${delta >= 0 ? "+" : "−"}${formatPercent(Math.abs(delta))} vs the previous period (${money(d.previousTotalCost)})`;
        }
        const ranked = (items) => [...(items ?? [])].sort((a, b) => b.cost - a.cost).map((x) => `${t(x.name, 120)}: ${money(x.cost)}`);
        const models = ranked(d.topModels);
        const spenders = ranked(d.topSpenders);
        return finishMessage(`Claude usage report for ${d.period} is ready: ${money(d.totalCost)}${change ? ` (${change})` : ""}`, [
            header(`:bar_chart: Claude usage report for ${d.period} is ready`),
            section(`${bold(money(d.totalCost))} spent in ${t(d.period, 100)}${change ? `, ${change}` : ""}.`),
            ...fieldsSections([
                { label: "Total cost", value: money(d.totalCost) },
                ...(d.totalTokens !== undefined ? [{ label: "Tokens", value: formatNumber(d.totalTokens) }] : []),
                ...(d.activeUsers !== undefined
                    ? [{ label: "Active users", value: formatNumber(d.activeUsers) }]
                    : []),
                ...(d.sessions !== undefined ? [{ label: "Sessions", value: formatNumber(d.sessions) }] : []),
            ]),
            models.length > 0 ? listSection("Top models by cost", models, TOP) : undefined,
            spenders.length > 0 ? listSection("Top spenders", spenders, TOP) : undefined,
            buttons({ label: "Open report", url: d.reportUrl, id: "open-report", style: "primary" }),
            footer(d.runUrl, `Steward monthly report${d.repository ? ` · ${code(d.repository)}` : ""}`),
        ], d.runUrl);
    },
};

;// CONCATENATED MODULE: ./shared/notify/events/rotation-failed.ts
/** `rotation-failed`: a key rotation stopped; which step, the state of each key, what to do. */



const STEP_ICON = {
    done: ":white_check_mark:",
    failed: ":x:",
    skipped: ":heavy_minus_sign:",
    pending: ":hourglass_flowing_sand:",
};
const rotationFailed = {
    type: "rotation-failed",
    summary: "A key rotation failed: which step, the state of each key, what to do next.",
    parse: (data, ctx) => readData(ctx, data, (r) => {
        const common = readCommon(r);
        const keyName = r.string("keyName");
        const failedStep = r.string("failedStep");
        const error = r.string("error");
        const steps = r.array("steps", (s) => ({
            name: s.string("name"),
            status: s.oneOf("status", ["done", "failed", "skipped", "pending"]),
        }), { optional: true });
        const keys = r.array("keys", (k) => {
            const label = k.string("label");
            const hint = k.string("hint", { optional: true });
            const state = k.string("state");
            const serving = k.boolean("serving", { optional: true });
            return { label, state, ...(hint ? { hint } : {}), ...(serving !== undefined ? { serving } : {}) };
        }, { minItems: 1 });
        const action = r.string("action", { optional: true });
        const resumable = r.boolean("resumable", { optional: true });
        return {
            ...common,
            keyName,
            failedStep,
            error,
            keys,
            ...(steps ? { steps } : {}),
            ...(action ? { action } : {}),
            ...(resumable !== undefined ? { resumable } : {}),
        };
    }),
    build: (d) => {
        const resumable = d.resumable !== false;
        const todo = d.action !== undefined
            ? t(d.action, 1500)
            : resumable
                ? `Fix the cause above, then re-run the workflow: the rotation resumes from ${code(d.failedStep)}. ` +
                    "A key that still serves traffic is never deactivated."
                : "This step does not resume by itself: check the state of each key above, then finish or roll back the rotation by hand.";
        const keyLines = d.keys.map((k) => `${bold(k.label, 80)}${k.hint ? ` ${code(k.hint, 60)}` : ""}: ${t(k.state, 200)}${k.serving === true ? " · _serving traffic_" : k.serving === false ? " · _not serving_" : ""}`);
        return finishMessage(`Key rotation failed for ${d.keyName} at step ${d.failedStep}`, [
            header(`:rotating_light: Key rotation failed: ${d.keyName}`),
            section(`The rotation of ${code(d.keyName)} stopped at step ${bold(d.failedStep, 100)}:\n>${t(d.error, 1500)}`),
            d.steps && d.steps.length > 0
                ? listSection("Steps", d.steps.map((s) => `${STEP_ICON[s.status]} ${t(s.name, 100)}`), 20)
                : undefined,
            listSection("State of each key", keyLines, 10),
            section(`*What to do*\n${todo}`),
            footer(d.runUrl, `Steward key rotation${d.repository ? ` · ${code(d.repository)}` : ""}`),
        ], d.runUrl);
    },
};

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./shared/notify/source-file.ts
/**
 * Reading a JSON or YAML file the user wrote (a custom payload, event data)
 * with positions, so every error names the file, line and column.
 */



function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** YAML when the path ends in .yaml/.yml, otherwise JSON (comments and trailing commas allowed). */
function source_file_parseSourceFile(path, text, what) {
    const find = (needle) => {
        const at = text.indexOf(needle);
        return at === -1 ? undefined : positionAt(text, at);
    };
    if (/\.ya?ml$/i.test(path)) {
        const lineCounter = new yaml_dist/* LineCounter */.HN();
        const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
        const first = doc.errors[0];
        if (first) {
            const pos = lineCounter.linePos(first.pos[0]);
            throw new shared_errors/* ConfigurationError */.j1(`${what} ${path} is not valid YAML (line ${pos.line}, column ${pos.col}): ${first.message.split("\n")[0]}`, { file: path, line: pos.line, column: pos.col, title: `Invalid ${what}` });
        }
        return {
            path,
            format: "yaml",
            value: doc.toJS({ maxAliasCount: 100 }),
            locate(p) {
                const node = p.length === 0 ? doc.contents : doc.getIn(p, true);
                if (!(0,yaml_dist/* isNode */.Ll)(node) || !node.range)
                    return undefined;
                const pos = lineCounter.linePos(node.range[0]);
                return { line: pos.line, column: pos.col };
            },
            find,
        };
    }
    const errors = [];
    const value = (0,main.parse)(text, errors, { allowTrailingComma: true, disallowComments: false });
    const first = errors[0];
    if (first) {
        const pos = positionAt(text, first.offset);
        throw new shared_errors/* ConfigurationError */.j1(`${what} ${path} is not valid JSON (line ${pos.line}, column ${pos.column}): ${(0,main.printParseErrorCode)(first.error)}.`, {
            file: path,
            line: pos.line,
            column: pos.column,
            title: `Invalid ${what}`,
            hint: /\.json$/i.test(path) ? undefined : "Name the file .yaml or .yml if it is YAML.",
        });
    }
    const tree = (0,main.parseTree)(text, [], { allowTrailingComma: true });
    return {
        path,
        format: "json",
        value,
        locate(p) {
            const node = tree ? (0,main.findNodeAtLocation)(tree, [...p]) : undefined;
            return node ? positionAt(text, node.offset) : undefined;
        },
        find,
    };
}

;// CONCATENATED MODULE: ./shared/notify/events/custom.ts
/**
 * `custom`: a message from a payload file the user wrote (JSON or YAML), with
 * `{{ variable }}` placeholders filled from the event data.
 *
 * - Placeholders may sit in any string value: `{{ name }}`, `{{ pr.number }}`,
 *   `{{ keys.0.name }}`. Keys are never substituted, so data cannot change the
 *   payload's structure.
 * - Substituted values are redacted (tokens) and escaped for mrkdwn (`&`, `<`,
 *   `>`); objects and arrays are inserted as JSON.
 * - A placeholder with no value is an error naming the file and line; so is a
 *   payload Slack would refuse (no blocks and no text, more than 50 blocks, a
 *   block without a `type`).
 * - Header, section and field texts are cut to Slack's limits after
 *   substitution; a missing top-level `text` is taken from the first header or
 *   section.
 */




const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}/g;
function lookup(data, path) {
    let current = data;
    for (const part of path.split(".")) {
        if (current === null || typeof current !== "object")
            return undefined;
        current = current[part];
    }
    return current;
}
function render(value) {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return escapeMrkdwn(redactSecrets(text ?? ""));
}
function fail(file, message, at, hint) {
    return new shared_errors/* ConfigurationError */.j1(`${file.path}${at ? `:${at.line}` : ""}: ${message}`, {
        file: file.path,
        ...(at ? { line: at.line, column: at.column } : {}),
        title: "Invalid Slack payload file",
        ...(hint ? { hint } : {}),
    });
}
function substitute(file, value, data) {
    if (typeof value === "string") {
        const filled = value.replace(PLACEHOLDER, (match, name) => {
            const found = lookup(data, name);
            if (found === undefined || found === null) {
                const known = Object.keys(data).sort();
                throw fail(file, `the placeholder ${match} has no value in the event data.`, file.find(match) ?? file.find(name), known.length > 0
                    ? `Pass it in --data / the data input; the data has: ${known.join(", ")}.`
                    : "Pass the values with --data / the data input (a JSON object).");
            }
            return render(found);
        });
        return redactSecrets(filled);
    }
    if (Array.isArray(value))
        return value.map((v) => substitute(file, v, data));
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(file, v, data)]));
    }
    return value;
}
function cutText(obj, max) {
    if (obj && typeof obj === "object" && typeof obj.text === "string") {
        const o = obj;
        o.text = truncate(o.text, max);
    }
}
function firstText(blocks) {
    for (const b of blocks) {
        const text = b.text?.text;
        if ((b.type === "header" || b.type === "section") && typeof text === "string" && text.trim() !== "")
            return text;
    }
    return undefined;
}
/** Builds the message from a payload file and the data. Pure. */
function buildCustomMessage(payload, data) {
    const file = source_file_parseSourceFile(payload.path, payload.content, "Slack payload file");
    const root = file.value;
    if (root === null || typeof root !== "object" || Array.isArray(root)) {
        throw fail(file, "the payload must be an object with `text` and/or `blocks`.", file.locate([]));
    }
    const raw = root;
    if (raw.blocks !== undefined) {
        if (!Array.isArray(raw.blocks))
            throw fail(file, "`blocks` must be an array.", file.locate(["blocks"]));
        if (raw.blocks.length > SLACK_LIMITS.blocksPerMessage) {
            throw fail(file, `\`blocks\` has ${raw.blocks.length} blocks; Slack accepts at most ${SLACK_LIMITS.blocksPerMessage}.`, file.locate(["blocks", SLACK_LIMITS.blocksPerMessage]));
        }
        raw.blocks.forEach((b, i) => {
            if (b === null || typeof b !== "object" || typeof b.type !== "string") {
                throw fail(file, `blocks[${i}] must be an object with a "type".`, file.locate(["blocks", i]));
            }
        });
    }
    if (raw.text !== undefined && typeof raw.text !== "string") {
        throw fail(file, "`text` must be a string.", file.locate(["text"]));
    }
    const message = substitute(file, raw, data);
    const blocks = message.blocks ?? [];
    for (const b of blocks) {
        if (b.type === "header")
            cutText(b.text, SLACK_LIMITS.headerText);
        if (b.type === "section") {
            cutText(b.text, SLACK_LIMITS.sectionText);
            if (Array.isArray(b.fields))
                for (const f of b.fields)
                    cutText(f, SLACK_LIMITS.fieldText);
        }
    }
    let text = typeof message.text === "string" && message.text.trim() !== "" ? message.text : firstText(blocks);
    if (text === undefined) {
        throw fail(file, "the payload has no `text` and no header or section to take it from.", file.locate([]), 'Add a top-level "text": Slack shows it in notifications and to screen readers.');
    }
    text = truncate(redactSecrets(text), SLACK_LIMITS.messageText);
    return { ...message, text };
}

;// CONCATENATED MODULE: ./shared/notify/events/index.ts









/** The built-in events (all but `custom`). */
const EVENTS = {
    "policy-check": policyCheck,
    "key-rotated": keyRotated,
    "rotation-failed": rotationFailed,
    "key-expiring": keyExpiring,
    "quota-threshold": quotaThreshold,
    "budget-threshold": budgetThreshold,
    "report-ready": reportReady,
    "compliance-failing": complianceFailing,
};
/** Every event type, `custom` last. */
const events_EVENT_TYPES = [...Object.keys(EVENTS), "custom"];
function events_isEventType(value) {
    return events_EVENT_TYPES.includes(value);
}
/** Validates `data` for a built-in event and builds its message. Pure. */
function buildEventMessage(type, data, ctx = {}) {
    const definition = EVENTS[type];
    return definition.build(definition.parse(data, { ...ctx, event: type }));
}

;// CONCATENATED MODULE: ./shared/notify/context.ts
/** `runUrl` and `repository` of the current GitHub Actions run, when known. */
function runContextFromEnv(env) {
    const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const repository = env.GITHUB_REPOSITORY?.trim() || undefined;
    const runId = env.GITHUB_RUN_ID?.trim() || undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT?.trim();
    const runUrl = repository && runId && /^\d+$/.test(runId) && /^https?:\/\//.test(server)
        ? `${server}/${repository}/actions/runs/${runId}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}`
        : undefined;
    return { ...(runUrl ? { runUrl } : {}), ...(repository ? { repository } : {}) };
}

;// CONCATENATED MODULE: ./shared/notify/data.ts
/**
 * Reading event data and payload files as the CLI and the action receive
 * them: inline JSON, `@file` or a path (JSON or YAML). Errors name the file.
 */


async function readUserFile(path, what, readFile) {
    try {
        return await readFile(path);
    }
    catch (error) {
        const code = error.code;
        const why = code === "ENOENT"
            ? "does not exist"
            : code === "EISDIR"
                ? "is a directory"
                : code === "EACCES" || code === "EPERM"
                    ? "cannot be read (permission denied)"
                    : "cannot be read";
        throw new ConfigurationError(`The ${what} ${path} ${why}.`, {
            file: path,
            title: `Cannot read ${what}`,
            hint: "Paths are relative to the working directory (the workspace in an action).",
            cause: error,
        });
    }
}
/**
 * `raw` is inline JSON (starts with `{`), `@path`, or a path to a JSON/YAML
 * file. Empty means no data (`{}`). The result must be an object.
 */
async function readEventData(raw, readFile, label = "data") {
    const text = raw?.trim() ?? "";
    if (text === "")
        return { data: {} };
    let parsed;
    let source;
    if (text.startsWith("{") || text.startsWith("[")) {
        parsed = parseSourceFile(`(${label})`, text, "Event data").value;
    }
    else {
        source = text.startsWith("@") ? text.slice(1) : text;
        const content = await readUserFile(source, "event data file", readFile);
        parsed = parseSourceFile(source, content, "Event data file").value;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new ConfigurationError(`Event data${source ? ` in ${source}` : ""} must be an object ({ ... }).`, {
            ...(source ? { file: source } : {}),
            title: "Invalid notification data",
        });
    }
    return { data: parsed, ...(source ? { source } : {}) };
}
/** Reads a custom payload file. */
async function readPayloadFile(path, readFile) {
    return { path, content: await readUserFile(path, "Slack payload file", readFile) };
}

;// CONCATENATED MODULE: ./shared/notify/index.ts
/**
 * Slack notifications: build the Block Kit message for an event from plain
 * data (pure), then deliver it to an incoming webhook with retries, or return
 * it untouched in dry-run.
 *
 * ```ts
 * const result = await notify(
 *   { event: "key-rotated", data: { keyName: "ci-prod" }, webhookUrl, webhookUrlSource: "SLACK_WEBHOOK_URL" },
 *   { logger, ...systemRetryPorts },
 * );
 * ```
 */









/** Parses an `--event`/`event` value, naming the valid ones on error. */
function parseEventType(value, where) {
    if (isEventType(value))
        return value;
    throw new ConfigurationError(`${where} must be one of ${EVENT_TYPES.join(", ")}; got "${value}".`, {
        title: "Unknown notification event",
        hint: "See docs/notify.md for what each event carries.",
    });
}
/** Builds the message for a request. Pure. */
function buildMessage(request) {
    const context = request.context ?? {};
    const withContext = { ...request.data };
    for (const [key, value] of Object.entries(context)) {
        if (value !== undefined && withContext[key] === undefined)
            withContext[key] = value;
    }
    if (request.event === "custom") {
        if (!request.payloadFile) {
            throw new shared_errors/* ConfigurationError */.j1('The "custom" event needs a payload file.', {
                title: "Missing payload file",
                hint: "Pass --payload-file / the payload-file input: a JSON or YAML Slack message with {{ variable }} placeholders.",
            });
        }
        return buildCustomMessage(request.payloadFile, withContext);
    }
    if (request.payloadFile) {
        throw new shared_errors/* ConfigurationError */.j1(`A payload file is only used with the "custom" event, not "${request.event}".`, {
            title: "Unexpected payload file",
            hint: 'Drop the payload file, or use event "custom" to send your own message.',
        });
    }
    return buildEventMessage(request.event, withContext, {
        ...(request.dataSource ? { source: request.dataSource } : {}),
    });
}
/** Builds the message and, unless `dryRun`, delivers it. */
async function notify(request, ports) {
    const url = request.webhookUrl?.trim();
    // The URL is a secret: even if the data quoted it, it does not go out.
    const payload = url ? scrubValue(buildMessage(request), url) : buildMessage(request);
    if (request.dryRun) {
        ports.logger.info(`Dry run: the "${request.event}" message was built and not sent.`);
        return { delivered: false, attempts: 0, payload };
    }
    const webhookUrl = url;
    if (!webhookUrl) {
        throw new shared_errors/* ConfigurationError */.j1(`No Slack webhook URL: ${request.webhookUrlSource} is empty.`, {
            title: "Missing Slack webhook URL",
            hint: "Store the incoming webhook URL in a secret and pass it in; or use dry-run to only build the message.",
        });
    }
    const result = await deliverToSlack(payload, {
        webhookUrl,
        webhookUrlSource: request.webhookUrlSource,
        ...(request.errors ? { errors: request.errors } : {}),
        ...(request.retry ? { retry: request.retry } : {}),
    }, ports);
    return { ...result, payload };
}

;// CONCATENATED MODULE: ./shared/reports/cost/render.ts
/** report.json: stable key order, 2-space indent, trailing newline. */
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
// ---------- CSV ----------
/** One CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
function csvCell(value) {
    if (value === null || value === undefined)
        return "";
    let s = String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const NUM_COLS = [
    "requests",
    "input",
    "output",
    "cacheWrite5m",
    "cacheWrite1h",
    "cacheRead",
    "unsplit",
    "tokens",
    "quotaTokens",
    "unpricedTokens",
    "cost",
];
function csvTable(keyName, rows, extra = []) {
    const header = [keyName, ...extra, ...NUM_COLS].map(csvCell).join(",");
    const lines = rows.map((r) => [
        r.key,
        ...extra.map((e) => r[e]),
        ...NUM_COLS.map((c) => r[c]),
    ]
        .map(csvCell)
        .join(","));
    return `${[header, ...lines].join("\n")}\n`;
}
/** File name -> CSV text, one per dimension plus quota breaches and budget alerts. */
function renderCsv(report) {
    const out = new Map();
    out.set("cost-by-user.csv", csvTable("user", report.byUser, ["team", "role"]));
    out.set("cost-by-team.csv", csvTable("team", report.byTeam));
    out.set("cost-by-model.csv", csvTable("model", report.byModel, ["family", "priced", "lifecycle"]));
    out.set("cost-by-day.csv", csvTable("day", report.byDay));
    out.set("cost-by-tool.csv", csvTable("tool", report.byTool));
    out.set("quota-breaches.csv", `${["user", "role", "period", "when", "used", "limit", "percent", "severity"].join(",")}\n${report.quotaBreaches
        .map((b) => [b.user, b.role, b.period, b.when, b.used, b.limit, b.percent, b.severity].map(csvCell).join(","))
        .map((l) => `${l}\n`)
        .join("")}`);
    out.set("budget-alerts.csv", `${["team", "month", "cost", "budget", "percent", "severity"].join(",")}\n${report.budgetAlerts
        .map((b) => [b.team, b.month, b.cost, b.budget, b.percent, b.severity].map(csvCell).join(","))
        .map((l) => `${l}\n`)
        .join("")}`);
    return out;
}
// ---------- Markdown ----------
const fmtInt = (n) => n.toLocaleString("en-US");
/** "$1,234.57" from an exact decimal string. */
function fmtUsd(exact) {
    const n = Number(exact);
    const digits = Math.abs(n) < 1 && n !== 0 ? 4 : 2;
    return `${n < 0 ? "-" : ""}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}
const mdCell = (s) => s
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ")
    .replace(/</g, "&lt;");
const label = (key, none = "(none)") => (key === "" ? none : key);
const NUMERIC_HEADERS = new Set([
    "requests",
    "tokens",
    "unpriced tokens",
    "quota tokens",
    "cost",
    "input",
    "output",
    "cache write 5m",
    "cache write 1h",
    "cache read",
    "unsplit",
    "used",
    "limit",
    "percent",
    "line",
    "firing",
    "budget",
    "local estimate",
    "Anthropic",
    "variance",
    "variance %",
]);
const userTable = (users) => ({
    headers: ["user", "team", "requests", "tokens", "quota tokens", "cost"],
    rows: users.map((u) => [
        u.key,
        u.team,
        fmtInt(u.requests),
        fmtInt(u.tokens),
        fmtInt(u.quotaTokens),
        fmtUsd(u.cost),
    ]),
});
const budgetTable = (alerts) => ({
    headers: ["team", "month", "cost", "budget", "percent", "severity"],
    rows: alerts.map((b) => [b.team, b.month, fmtUsd(b.cost), fmtUsd(b.budget), `${b.percent}%`, b.severity]),
});
const quotaTable = (breaches) => ({
    headers: ["user", "role", "period", "when", "used", "limit", "percent", "severity"],
    rows: breaches.map((b) => [
        b.user,
        b.role,
        b.period,
        b.when,
        fmtInt(b.used),
        fmtInt(b.limit),
        `${b.percent}%`,
        b.severity,
    ]),
});
const unpricedTable = (models) => ({
    headers: ["model", "reason", "requests", "tokens"],
    rows: models.map((u) => [label(u.model, "(no model)"), u.reason, fmtInt(u.requests), fmtInt(u.tokens)]),
});
const reconciliationTable = (r) => ({
    headers: ["", "local estimate", "Anthropic", "variance", "variance %"],
    rows: [
        [
            "total",
            fmtUsd(r.localCost),
            fmtUsd(r.anthropicCost),
            fmtUsd(r.variance),
            r.variancePercent === null ? "n/a" : `${r.variancePercent}%`,
        ],
    ],
});
const mdData = (t) => mdTable(t.headers, t.rows);
function mdTable(headers, rows) {
    const align = headers.map((h) => (NUMERIC_HEADERS.has(h) ? "---:" : "---"));
    return [
        `| ${headers.join(" | ")} |`,
        `| ${align.join(" | ")} |`,
        ...rows.map((r) => `| ${r.map(mdCell).join(" | ")} |`),
    ].join("\n");
}
function rowsTable(keyName, rows, top, none) {
    const shown = rows.slice(0, top);
    const body = shown.map((r) => [
        label(r.key, none),
        fmtInt(r.requests),
        fmtInt(r.tokens),
        fmtInt(r.unpricedTokens),
        fmtUsd(r.cost),
    ]);
    const more = rows.length > top ? `\n\n_${rows.length - top} more in the CSV/JSON report._` : "";
    return mdTable([keyName, "requests", "tokens", "unpriced tokens", "cost"], body) + more;
}
const mermaidLabel = (s) => s.replace(/["\n\r]/g, "'").slice(0, 40);
/** GitHub job summary / PR comment Markdown. */
function renderMarkdown(report, options = {}) {
    const top = options.top ?? 10;
    const t = report.totals;
    const out = [];
    out.push(`## ${options.title ?? "Claude Code cost report"}`);
    const period = `${report.period.since ?? report.period.firstRecord?.slice(0, 10) ?? "?"} to ${report.period.until ?? report.period.lastRecord?.slice(0, 10) ?? "?"}`;
    out.push(`**${fmtUsd(t.cost)}** estimated for ${fmtInt(t.tokens)} tokens in ${fmtInt(t.requests)} requests, ${period}. Prices from Steward's model catalog (checked ${report.catalogCheckedAt}).`);
    const alerts = report.quotaBreaches.length + report.budgetAlerts.length;
    if (alerts > 0) {
        out.push(`> [!WARNING]\n> ${report.budgetAlerts.length} budget alert(s) and ${report.quotaBreaches.length} quota breach(es); see below.`);
    }
    if (t.unpricedTokens > 0) {
        out.push(`> [!NOTE]\n> ${fmtInt(t.unpricedTokens)} tokens could not be priced and are not in the cost (see "Unpriced").`);
    }
    out.push(mdTable(["", "input", "output", "cache write 5m", "cache write 1h", "cache read", "unsplit", "cost"], [
        [
            "total",
            fmtInt(t.input),
            fmtInt(t.output),
            fmtInt(t.cacheWrite5m),
            fmtInt(t.cacheWrite1h),
            fmtInt(t.cacheRead),
            fmtInt(t.unsplit),
            fmtUsd(t.cost),
        ],
    ]));
    // models: pie + table
    out.push("### By model");
    const pricedModels = report.byModel.filter((m) => Number(m.costUsd.toFixed(2)) > 0).slice(0, top);
    if (pricedModels.length > 0) {
        out.push([
            "```mermaid",
            "pie showData",
            "  title Cost by model (USD)",
            ...pricedModels.map((m) => `  "${mermaidLabel(label(m.key, "(no model)"))}" : ${m.costUsd.toFixed(2)}`),
            "```",
        ].join("\n"));
    }
    out.push(mdTable(["model", "lifecycle", "requests", "tokens", "unpriced tokens", "cost"], report.byModel
        .slice(0, top)
        .map((m) => [
        label(m.key, "(no model)"),
        m.lifecycle,
        fmtInt(m.requests),
        fmtInt(m.tokens),
        fmtInt(m.unpricedTokens),
        fmtUsd(m.cost),
    ])));
    // days: xychart + table
    out.push("### By day");
    if (report.byDay.length > 0) {
        const useCost = Number(report.totals.cost) > 0;
        const values = report.byDay.map((d) => (useCost ? d.costUsd : d.tokens));
        const max = Math.max(...values, 1);
        out.push([
            "```mermaid",
            "xychart-beta",
            `  title "${useCost ? "Cost per day (USD)" : "Tokens per day"}"`,
            `  x-axis [${report.byDay.map((d) => `"${d.key.slice(5)}"`).join(", ")}]`,
            `  y-axis "${useCost ? "USD" : "tokens"}" 0 --> ${useCost ? Math.ceil(max * 1.1 * 100) / 100 : Math.ceil(max * 1.1)}`,
            `  bar [${values.map((v) => (useCost ? v.toFixed(2) : String(v))).join(", ")}]`,
            "```",
        ].join("\n"));
        out.push(`<details><summary>Table</summary>\n\n${mdTable(["day", "requests", "tokens", "cost"], report.byDay.map((d) => [d.key, fmtInt(d.requests), fmtInt(d.tokens), fmtUsd(d.cost)]))}\n\n</details>`);
    }
    out.push(`### Top ${top} users`);
    out.push(mdData(userTable(report.byUser.slice(0, top))) +
        (report.byUser.length > top
            ? `\n\n_${report.byUser.length - top} more users in the CSV/JSON report._`
            : ""));
    out.push("### By team");
    out.push(rowsTable("team", report.byTeam, top));
    if (report.byTool.some((r) => r.key !== "")) {
        out.push("### By tool");
        out.push(rowsTable("tool", report.byTool, top));
    }
    if (report.budgetAlerts.length > 0) {
        out.push("### Budget alerts");
        out.push(mdData(budgetTable(report.budgetAlerts)));
    }
    if (report.quotaBreaches.length > 0) {
        out.push("### Quota breaches");
        out.push(mdData(quotaTable(report.quotaBreaches.slice(0, top * 2))) +
            (report.quotaBreaches.length > top * 2
                ? `\n\n_${report.quotaBreaches.length - top * 2} more in quota-breaches.csv._`
                : ""));
    }
    if (report.dashboard?.alerts.some((a) => a.firing.length > 0)) {
        out.push("### Dashboard alerts");
        out.push(mdTable(["alert", "severity", "rule", "firing"], report.dashboard.alerts.map((a) => [a.name, a.severity, a.rule, String(a.firing.length)])));
    }
    if (report.unpricedModels.length > 0) {
        out.push("### Unpriced");
        out.push(mdData(unpricedTable(report.unpricedModels)));
    }
    if (report.reconciliation) {
        const r = report.reconciliation;
        out.push("### Reconciliation with Anthropic cost_report");
        out.push(mdData(reconciliationTable(r)));
        out.push(`_${r.notes.join(" ")}_`);
    }
    if (report.malformed.total > 0) {
        out.push("### Malformed input");
        out.push(`${fmtInt(report.malformed.total)} line(s) skipped. First samples:`);
        out.push(mdTable(["file", "line", "reason"], report.malformed.samples.slice(0, 5).map((s) => [s.file, String(s.line), s.reason])));
    }
    const i = report.input;
    out.push(`<sub>${fmtInt(i.files)} files, ${fmtInt(i.lines)} lines, ${fmtInt(i.records)} records; ${fmtInt(i.duplicates)} duplicate transcript lines dropped, ${fmtInt(i.synthetic)} synthetic, ${fmtInt(i.outOfRange)} outside the period.</sub>`);
    for (const n of report.notes)
        out.push(`<sub>${n}</sub>`);
    return `${out.join("\n\n")}\n`;
}
// ---------- HTML ----------
function escapeHtml(s) {
    return s
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}
/**
 * A table in a horizontally scrolling wrapper, so a wide table never widens the
 * page on a phone. `cols` has one letter per column: `t` text, `n` number
 * (right-aligned, tabular figures), `w` free text that may wrap.
 */
const htmlData = (t, cols) => htmlTable(t.headers, t.rows, cols);
function htmlTable(headers, rows, cols) {
    const cls = (i) => {
        const c = cols[i] ?? "t";
        return c === "n" ? ' class="n"' : c === "w" ? ' class="w"' : "";
    };
    const th = headers.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join("");
    const trs = rows
        .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join("")}</tr>`)
        .join("\n");
    return `<div class="tw"><table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table></div>`;
}
const fmtTick = (n) => n.toLocaleString("en-US", { maximumFractionDigits: n >= 100 ? 0 : n >= 1 ? 2 : 4 });
/**
 * A vertical bar chart as inline SVG, drawn at its natural pixel size (labels
 * stay readable) inside a wrapper that scrolls sideways when the screen is
 * narrower than the chart. Y axis: 0, half and the maximum, with grid lines.
 */
function svgBars(points, caption) {
    const n = Math.max(points.length, 1);
    const left = 56;
    // 8-48 px per day, 900 px for a month; a few days still fill a 320 px chart.
    const slot = Math.max(Math.min(48, Math.max(8, 900 / n)), (320 - left - 8) / n);
    const w = Math.round(left + n * slot + 8);
    const h = 220;
    const base = h - 28;
    const plot = base - 12;
    const max = Math.max(...points.map((p) => p.value), 1e-9);
    const labelPx = Math.max(...points.map((p) => p.label.length), 2) * 7 + 6;
    const every = Math.ceil(labelPx / slot); // labels never overlap
    const grid = [0, 0.5, 1]
        .map((f) => {
        const y = (base - f * plot).toFixed(1);
        return `<line x1="${left - 4}" y1="${y}" x2="${w}" y2="${y}" class="${f === 0 ? "axis" : "grid"}"/><text x="${left - 8}" y="${(Number(y) + 4).toFixed(1)}" class="lbl" text-anchor="end">${escapeHtml(fmtTick(f * max))}</text>`;
    })
        .join("");
    const bars = points
        .map((p, i) => {
        const bh = (p.value / max) * plot;
        const x = left + i * slot + slot * 0.1;
        return `<rect x="${x.toFixed(1)}" y="${(base - bh).toFixed(1)}" width="${(slot * 0.8).toFixed(1)}" height="${bh.toFixed(1)}" class="bar"><title>${escapeHtml(p.title)}</title></rect>${i % every === 0
            ? `<text x="${(x + slot * 0.4).toFixed(1)}" y="${h - 10}" class="lbl" text-anchor="middle">${escapeHtml(p.label)}</text>`
            : ""}`;
    })
        .join("");
    return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption><div class="sw"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${grid}${bars}</svg></div></figure>`;
}
/**
 * Horizontal share bars (models) as inline SVG: the name and figure on one line,
 * the bar under it, scaled to the largest share. 380 px wide, so it fits a phone
 * without shrinking its text.
 */
function svgShares(points, caption) {
    const total = points.reduce((s, p) => s + p.value, 0) || 1;
    const max = Math.max(...points.map((p) => p.value), 1e-9);
    const w = 380;
    const rowH = 34;
    const h = points.length * rowH + 4;
    const rows = points
        .map((p, i) => {
        const y = i * rowH;
        const share = `${((p.value / total) * 100).toFixed(1)}%`;
        const wpx = (p.value / max) * (w - 56);
        return `<text x="0" y="${y + 12}" class="lbl">${escapeHtml(p.label.slice(0, 48))}</text><text x="${w}" y="${y + 12}" class="lbl" text-anchor="end">${escapeHtml(p.figure)}</text><rect x="0" y="${y + 17}" width="${wpx.toFixed(1)}" height="12" class="share"><title>${escapeHtml(p.title)}</title></rect><text x="${(wpx + 4).toFixed(1)}" y="${y + 27}" class="lbl">${share}</text>`;
    })
        .join("");
    return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption><div class="sw"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${rows}</svg></div></figure>`;
}
/** A self-contained HTML report (inline CSS + SVG; no scripts, fonts or images from anywhere). */
function renderHtml(report, options = {}) {
    const top = options.top ?? 20;
    const title = options.title ?? "Claude Code cost report";
    const t = report.totals;
    const useCost = Number(t.cost) > 0;
    const sections = [];
    // Dates and timestamps never break at their hyphens.
    const nw = (s) => `<span class="nw">${escapeHtml(s)}</span>`;
    const since = report.period.since ?? report.period.firstRecord?.slice(0, 10) ?? "?";
    const until = report.period.until ?? report.period.lastRecord?.slice(0, 10) ?? "?";
    sections.push(`<p class="big">${escapeHtml(fmtUsd(t.cost))}</p><p>${escapeHtml(`${fmtInt(t.tokens)} tokens, ${fmtInt(t.requests)} requests, ${fmtInt(report.byUser.length)} users,`)} ${nw(since)} to ${nw(until)}. Generated ${nw(report.generatedAt)}; prices checked ${nw(report.catalogCheckedAt)}.</p>`);
    /** "Top 20 of 45 users by cost; ..." when a table is cut at `top`. */
    const cut = (shown, all, what) => all > shown
        ? `<p class="note">${escapeHtml(`Top ${shown} of ${fmtInt(all)} ${what} by cost; all of them are in the JSON and CSV reports.`)}</p>`
        : "";
    if (t.unpricedTokens > 0)
        sections.push(`<p class="warn">${escapeHtml(`${fmtInt(t.unpricedTokens)} tokens could not be priced and are not in the cost.`)}</p>`);
    if (report.byDay.length) {
        const spansMonths = new Set(report.byDay.map((d) => d.key.slice(0, 7))).size > 1;
        sections.push(`<h2>By day</h2>${svgBars(report.byDay.map((d) => ({
            // day of the month; month-day when the period spans months
            label: d.key.slice(spansMonths ? 5 : 8),
            value: useCost ? d.costUsd : d.tokens,
            title: `${d.key}: ${fmtUsd(d.cost)}, ${fmtInt(d.tokens)} tokens`,
        })), useCost ? "Cost per day (USD)" : "Tokens per day")}${htmlTable(["day", "requests", "tokens", "cost"], report.byDay.map((d) => [d.key, fmtInt(d.requests), fmtInt(d.tokens), fmtUsd(d.cost)]), "tnnn")}`);
    }
    if (report.byModel.length) {
        const models = report.byModel.slice(0, top);
        sections.push(`<h2>By model</h2>${svgShares(models.map((m) => ({
            label: label(m.key, "(no model)"),
            value: useCost ? m.costUsd : m.tokens,
            title: `${label(m.key, "(no model)")}: ${fmtUsd(m.cost)}, ${fmtInt(m.tokens)} tokens`,
            figure: !useCost
                ? `${fmtInt(m.tokens)} tokens`
                : m.costUsd === 0 && m.unpricedTokens > 0
                    ? "unpriced"
                    : fmtUsd(m.cost),
        })), useCost ? "Share of cost by model" : "Share of tokens by model")}${htmlTable(["model", "lifecycle", "requests", "tokens", "unpriced tokens", "cost"], models.map((m) => [
            label(m.key, "(no model)"),
            m.lifecycle,
            fmtInt(m.requests),
            fmtInt(m.tokens),
            fmtInt(m.unpricedTokens),
            fmtUsd(m.cost),
        ]), "ttnnnn")}${cut(models.length, report.byModel.length, "models")}`);
    }
    sections.push(`<h2>Users</h2>${htmlData(userTable(report.byUser.slice(0, top)), "ttnnnn")}${cut(Math.min(top, report.byUser.length), report.byUser.length, "users")}`);
    sections.push(`<h2>Teams</h2>${htmlTable(["team", "requests", "tokens", "cost"], report.byTeam.map((r) => [r.key, fmtInt(r.requests), fmtInt(r.tokens), fmtUsd(r.cost)]), "tnnn")}`);
    if (report.budgetAlerts.length)
        sections.push(`<h2>Budget alerts</h2>${htmlData(budgetTable(report.budgetAlerts), "ttnnnt")}`);
    if (report.quotaBreaches.length)
        sections.push(`<h2>Quota breaches</h2>${htmlData(quotaTable(report.quotaBreaches), "ttttnnnt")}`);
    if (report.unpricedModels.length)
        sections.push(`<h2>Unpriced</h2>${htmlData(unpricedTable(report.unpricedModels), "ttnn")}`);
    if (report.reconciliation) {
        const r = report.reconciliation;
        sections.push(`<h2>Reconciliation</h2>${htmlData(reconciliationTable(r), "tnnnn")}<p class="note">${escapeHtml(r.notes.join(" "))}</p>`);
    }
    if (report.malformed.total)
        sections.push(`<h2>Malformed input</h2><p>${fmtInt(report.malformed.total)} line(s) skipped.</p>${htmlTable(["file", "line", "reason"], report.malformed.samples.map((s) => [s.file, String(s.line), s.reason]), "wnw")}`);
    for (const n of report.notes)
        sections.push(`<p class="note">${escapeHtml(n)}</p>`);
    const css = "body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#1f2328;background:#fff}" +
        "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}" +
        ".tw,.sw{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0;width:100%}" +
        "th,td{padding:.25rem .5rem;border-bottom:1px solid #eaeef2;text-align:left;white-space:nowrap}" +
        "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.w{white-space:normal;overflow-wrap:anywhere;min-width:8rem}" +
        ".big{font-size:2rem;font-weight:600;margin:.2rem 0}.chart{margin:.75rem 0}figcaption{color:#57606a;font-size:12px;margin-bottom:.25rem}" +
        ".nw{white-space:nowrap}svg{display:block}.bar{fill:#0969da}.share{fill:#8250df}.axis{stroke:#8c959f}.grid{stroke:#eaeef2}" +
        ".lbl{font-size:11px;fill:#57606a}.warn{color:#9a6700}.note{color:#57606a;font-size:12px}" +
        "@media (max-width:600px){body{margin:1rem auto}th,td{padding:.25rem .4rem}}";
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${css}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${sections.join("\n")}
</body></html>
`;
}

// EXTERNAL MODULE: ./shared/pricing/catalog.ts + 1 modules
var pricing_catalog = __webpack_require__(8024);
// EXTERNAL MODULE: ./shared/usage/aggregate.ts + 1 modules
var aggregate = __webpack_require__(4081);
;// CONCATENATED MODULE: ./shared/anthropic/admin-client.ts
/**
 * The one client for Anthropic's Admin API (../shared/docs/reference/anthropic-apis.md §1):
 * key rotation, usage and cost reports and the compliance report all talk to
 * the API through it.
 *
 * - Auth: an admin key (`x-api-key`) or an `org:admin` OAuth bearer
 *   (`authorization: Bearer`, with the `oauth-2025-04-20` beta the SDK sends);
 *   every request carries `anthropic-version: 2023-06-01`.
 * - One request function under shared/http's retry policy: bounded attempts
 *   and total time, a timeout per attempt, Retry-After honoured on 429, 5xx /
 *   408 / timeouts / resets retried. A POST is retried only when the caller
 *   says it is safe to repeat (`idempotent`); otherwise only when the server
 *   surely did not act on it (429, a refused connection).
 * - One translator: 401 and 403 become ConfigurationErrors naming what to
 *   check; everything else an {@link AnthropicApiError} (or, for callers that
 *   ask for `configurationErrors: "all"`, a ConfigurationError too). Messages
 *   carry the API's error type, message and request id, never a credential:
 *   every credential in play is scrubbed from any text taken from an answer.
 * - One paginator for both cursor styles: `after_id` / `last_id` (keys,
 *   users) and `page` / `next_page` (usage, cost and Claude Code reports).
 */


const ANTHROPIC_API_URL = "https://api.anthropic.com";
const ANTHROPIC_VERSION = "2023-06-01";
/** The beta the official SDK sends with an OAuth bearer (anthropic-apis.md §2.2). */
const OAUTH_BETA = "oauth-2025-04-20";
/** The credential's plain value. Never log it or put it in an error. */
function revealAuth(auth) {
    const s = auth.kind === "admin-key" ? auth.key : auth.token;
    return typeof s === "string" ? s : s.reveal();
}
/** The credential headers for `auth`. */
function authHeaders(auth) {
    return auth.kind === "admin-key"
        ? { "x-api-key": revealAuth(auth) }
        : { authorization: `Bearer ${revealAuth(auth)}`, "anthropic-beta": OAUTH_BETA };
}
/** Every header of an Admin API request with `auth`. */
function adminHeaders(auth) {
    return { "anthropic-version": ANTHROPIC_VERSION, accept: "application/json", ...authHeaders(auth) };
}
/** `base` + `path` (a base path prefix is kept) + `query`; arrays become repeated `name[]=` parameters. */
function adminUrl(base, path, query = {}) {
    const url = new URL(`${base.replace(/\/+$/, "")}${path}`);
    for (const [k, v] of Object.entries(query)) {
        if (v === undefined)
            continue;
        if (Array.isArray(v))
            for (const item of v)
                url.searchParams.append(`${k}[]`, item);
        else
            url.searchParams.set(k, String(v));
    }
    return url.toString();
}
/** A failed call that is not the user's to fix (or that the caller did not ask to be a ConfigurationError). */
class AnthropicApiError extends Error {
    path;
    /** The HTTP status, when an answer came. */
    status;
    /** The API's error type (`rate_limit_error`, ...). */
    errorType;
    requestId;
    attempts;
    /** What the user can do about it, if anything. */
    hint;
    constructor(message, fields) {
        super(message, fields.cause === undefined ? undefined : { cause: fields.cause });
        this.name = "AnthropicApiError";
        this.path = fields.path;
        this.status = fields.status;
        this.errorType = fields.errorType;
        this.requestId = fields.requestId;
        this.attempts = fields.attempts ?? 1;
        this.hint = fields.hint;
    }
}
/** The {@link AnthropicApiError} behind `error` (itself, or the cause of a ConfigurationError from this client). */
function apiErrorOf(error) {
    if (error instanceof AnthropicApiError)
        return error;
    const cause = error instanceof Error ? error.cause : undefined;
    return cause instanceof AnthropicApiError ? cause : undefined;
}
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text ?? "");
        return typeof body === "object" && body !== null ? body : {};
    }
    catch {
        return {};
    }
}
const admin_client_text = (v) => (typeof v === "string" && v !== "" ? v : undefined);
function codesOf(error) {
    const out = { codes: [], names: [], messages: [] };
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
        const { code, name, message } = current;
        if (typeof code === "string")
            out.codes.push(code);
        if (typeof name === "string")
            out.names.push(name);
        if (typeof message === "string")
            out.messages.push(message);
        current = current.cause;
    }
    return out;
}
/** Why no answer came, in a few words (never the error's own text, which may carry a URL). */
function whyNoAnswer(error) {
    const { codes, names, messages } = codesOf(error);
    if (names.some((n) => n === "AttemptTimeoutError" || n === "TimeoutError"))
        return "timed out";
    if (codes.includes("ECONNREFUSED"))
        return "connection refused";
    if (codes.some((c) => c === "ECONNRESET" || c === "EPIPE" || c === "UND_ERR_SOCKET"))
        return "connection reset";
    if (messages.some((m) => /other side closed|socket hang up/i.test(m)))
        return "connection reset";
    if (codes.some((c) => c === "ENOTFOUND" || c === "EAI_AGAIN"))
        return "name not resolved";
    return "network failure";
}
/** For a request that is not safe to repeat: retry only what the server surely did not act on. */
function notActedOn(error) {
    if (error instanceof HttpStatusError)
        return error.status === 429;
    return codesOf(error).codes.includes("ECONNREFUSED");
}
function shortFailure(error) {
    if (error instanceof HttpStatusError) {
        const type = admin_client_text(parseErrorBody(error.body).error?.type);
        return `HTTP ${error.status}${type ? ` ${type}` : ""}`;
    }
    return whyNoAnswer(error);
}
const AUTH_HINTS = {
    401: "Check the admin key (sk-ant-admin01-...) or OAuth token: it is wrong, revoked or expired (expired keys also answer 401). Admin keys are made in Console > Settings > Admin keys; keyless jobs need an org:admin federation rule.",
    403: "The credential needs admin access to the organization (an admin key or an org:admin OAuth token); workspace-scoped keys and workspace:* tokens cannot use the Admin API.",
};
function statusHint(status, attempts) {
    if (status === 429)
        return `Still rate-limited after ${attempts} attempt${attempts === 1 ? "" : "s"}; the Admin API allows about 100 requests a minute per organization, the usage and cost reports about 1 a minute sustained. Try again later.`;
    if (status >= 500)
        return `Anthropic answered ${status} ${attempts} time${attempts === 1 ? "" : "s"}; try again later.`;
    return undefined;
}
class AdminApiClient {
    #base;
    #auth;
    #fetch;
    #retry;
    #ports;
    #logger;
    #allConfiguration;
    constructor(options) {
        this.#base = (options.baseUrl ?? ANTHROPIC_API_URL).replace(/\/+$/, "");
        this.#auth = options.auth;
        this.#fetch = options.fetch ?? fetch;
        this.#retry = options.retry ?? {};
        this.#ports = options.ports ?? systemRetryPorts;
        this.#logger = options.logger;
        this.#allConfiguration = options.configurationErrors === "all";
    }
    /** One call, retried under the policy; the parsed JSON answer (`{}` for an empty body). */
    async request(req) {
        const method = req.method ?? "GET";
        const auth = req.auth ?? this.#auth;
        const safe = method === "GET" || req.idempotent === true;
        const classify = this.#retry.classify ?? classifyRetry;
        const url = adminUrl(this.#base, req.path, req.query);
        try {
            const { value } = await withRetry(async (signal) => {
                const res = await this.#fetch(url, {
                    method,
                    signal,
                    headers: {
                        ...adminHeaders(auth),
                        ...(req.body === undefined ? {} : { "content-type": "application/json" }),
                    },
                    ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
                });
                const body = await res.text();
                if (!res.ok) {
                    throw new HttpStatusError(res.status, { retryAfter: res.headers.get("retry-after"), body });
                }
                if (body === "")
                    return {};
                try {
                    return JSON.parse(body);
                }
                catch {
                    throw this.#protocolError(req, "returned a body that is not JSON");
                }
            }, {
                ...this.#retry,
                classify: (error, now) => {
                    const decision = classify(error, now);
                    return safe || !decision.retry || notActedOn(error) ? decision : { retry: false };
                },
                onRetry: (info) => this.#logger?.debug(`anthropic: ${req.what ?? req.path} attempt ${info.attempt} failed (${shortFailure(info.error)}); retrying in ${info.delayMs} ms`),
            }, this.#ports);
            return value;
        }
        catch (error) {
            throw this.#translate(error, req, auth);
        }
    }
    /** Every page of a list, page by page (each page's `data`). */
    async *pages(req) {
        const maxPages = req.maxPages ?? 10_000;
        let cursor;
        for (let n = 0; n < maxPages; n++) {
            const query = { ...req.query, [req.paging === "page" ? "page" : "after_id"]: cursor };
            const body = await this.request({ ...req, query });
            if (!Array.isArray(body.data))
                throw this.#protocolError(req, "returned no data array");
            yield body.data;
            if (body.has_more !== true)
                return;
            const next = admin_client_text(req.paging === "page" ? body.next_page : body.last_id);
            if (next === undefined || next === cursor) {
                throw this.#protocolError(req, `has_more without a new ${req.paging === "page" ? "next_page" : "last_id"}`);
            }
            cursor = next;
        }
        throw this.#protocolError(req, `more than ${maxPages} pages`, "Narrow the request (a shorter period).");
    }
    #label(path) {
        return `Anthropic ${path.startsWith("/v1/organizations") ? "Admin API" : "API"} ${path}`;
    }
    #protocolError(req, what, hint) {
        const lead = req.what ? `Could not ${req.what}: ` : "";
        const message = `${lead}${this.#label(req.path)} ${what}.`;
        const error = new AnthropicApiError(message, { path: req.path, ...(hint ? { hint } : {}) });
        return this.#allConfiguration
            ? new shared_errors/* ConfigurationError */.j1(message, {
                title: "Anthropic Admin API",
                ...(hint ? { hint } : {}),
                cause: error,
            })
            : error;
    }
    /** The one translation of a failed call; removes every credential from text that came from outside. */
    #translate(error, req, auth) {
        const retry = error instanceof RetryError ? error : undefined;
        const last = retry ? retry.lastError : error;
        if (last instanceof AnthropicApiError || last instanceof shared_errors/* ConfigurationError */.j1)
            return last;
        const secrets = [revealAuth(auth), revealAuth(this.#auth)].filter((s) => s.length >= 4);
        const scrub = (s) => secrets.reduce((t, secret) => t.split(secret).join("[credential]"), s);
        const attempts = retry?.attempts ?? 1;
        const after = attempts > 1 ? ` after ${attempts} attempts` : "";
        const lead = req.what ? `Could not ${req.what}: ` : "";
        let api;
        if (last instanceof HttpStatusError) {
            const body = parseErrorBody(last.body);
            const type = admin_client_text(body.error?.type);
            const apiMessage = admin_client_text(body.error?.message);
            const requestId = admin_client_text(body.request_id);
            const message = scrub(`${lead}${this.#label(req.path)} answered ${last.status} ${type ?? "unknown_error"}: ${(apiMessage ?? "no message").slice(0, 300)}${requestId ? ` (request ${requestId})` : ""}${after}.`);
            const hint = statusHint(last.status, attempts);
            api = new AnthropicApiError(message, {
                path: req.path,
                status: last.status,
                ...(type ? { errorType: scrub(type) } : {}),
                ...(requestId ? { requestId: scrub(requestId) } : {}),
                attempts,
                ...(hint ? { hint } : {}),
                cause: error,
            });
            if (last.status === 401 || last.status === 403) {
                return new shared_errors/* ConfigurationError */.j1(message, {
                    title: "Anthropic credentials rejected",
                    hint: AUTH_HINTS[last.status],
                    cause: api,
                });
            }
        }
        else {
            const origin = new URL(this.#base).origin;
            api = new AnthropicApiError(`${lead}${this.#label(req.path)} did not answer: ${whyNoAnswer(last)}${after}.`, { path: req.path, attempts, hint: `Check that this machine can reach ${origin}.`, cause: error });
        }
        return this.#allConfiguration
            ? new shared_errors/* ConfigurationError */.j1(api.message, {
                title: "Anthropic Admin API",
                ...(api.hint ? { hint: api.hint } : {}),
                cause: api,
            })
            : api;
    }
}

;// CONCATENATED MODULE: ./shared/usage/anthropic-api.ts
/**
 * Anthropic Admin API usage sources (docs/reference/anthropic-apis.md 4-5):
 *
 * - `GET /v1/organizations/usage_report/messages` -> UsageRecord per bucket x group
 * - `GET /v1/organizations/cost_report` -> authoritative cost per UTC day (reconciliation)
 * - `GET /v1/organizations/usage_report/claude_code` -> UsageRecord per actor x day x model
 *
 * Paginated with `page` / `has_more` / `next_page`. Every request goes
 * through the one Admin API client (shared/anthropic/admin-client.ts: auth
 * as an admin key or an `org:admin` OAuth bearer, retry policy, pagination);
 * the credential is never put in an error, a log line or a record. Every
 * failure is a ConfigurationError carrying the API's error type, message and
 * request id.
 */



/** The client for the report endpoints: 5 attempts (they allow ~1 request a minute), every failure the user's to see. */
function reportClient(options, maxAttempts = 5) {
    return new AdminApiClient({
        auth: options.auth,
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
        retry: { maxAttempts, baseDelayMs: 1000, ...options.retry },
        ...(options.retryPorts ? { ports: options.retryPorts } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
        configurationErrors: "all",
    });
}
/** All pages of a report (`page` cursor), page by page. */
function paginate(path, params, options) {
    return reportClient(options).pages({
        path,
        query: params,
        paging: "page",
        ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    });
}
const n = (v) => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : 0);
/** Usage per day (or hour) and group, as records; the user is the account, service account or API key. */
async function* fetchMessagesUsage(range, options) {
    const groupBy = range.groupBy ?? [
        "model",
        "account_id",
        "service_account_id",
        "api_key_id",
        "service_tier",
        "context_window",
    ];
    const width = range.bucketWidth ?? "1d";
    for await (const buckets of paginate("/v1/organizations/usage_report/messages", {
        starting_at: range.startingAt,
        ending_at: range.endingAt,
        bucket_width: width,
        limit: width === "1d" ? 31 : 168,
        group_by: groupBy,
    }, options)) {
        for (const bucket of buckets) {
            const time = Date.parse(bucket.starting_at);
            for (const r of bucket.results ?? []) {
                const user = r.account_id ?? r.service_account_id ?? r.api_key_id ?? r.workspace_id ?? "organization";
                yield {
                    time,
                    user,
                    ...(r.model ? { model: r.model } : {}),
                    input: n(r.uncached_input_tokens),
                    output: n(r.output_tokens),
                    cacheWrite5m: n(r.cache_creation?.ephemeral_5m_input_tokens),
                    cacheWrite1h: n(r.cache_creation?.ephemeral_1h_input_tokens),
                    cacheRead: n(r.cache_read_input_tokens),
                    unsplit: 0,
                    requests: 0,
                    source: "anthropic-usage-api",
                    ...(r.service_tier === "batch" ? { batch: true } : {}),
                    ...(r.context_window === "200k-1M" ? { longContext: true } : {}),
                };
            }
        }
    }
}
/** "123.45" cents (a decimal string) -> pico-USD, exact to 1e-10 cent, half-up beyond. */
function centsToPico(amount) {
    const s = typeof amount === "number" ? amount.toFixed(10) : amount.trim();
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m)
        throw new shared_errors/* ConfigurationError */.j1(`Anthropic cost amount "${s}" is not a decimal number of cents.`);
    const frac = (m[3] ?? "").padEnd(11, "0");
    let pico = BigInt(m[2]) * 10000000000n + BigInt(frac.slice(0, 10));
    if (Number(frac[10]) >= 5)
        pico += 1n;
    return m[1] ? -pico : pico;
}
/** The organisation's cost per UTC day, pico-USD (cost_report, `bucket_width=1d`). */
async function fetchCostReport(range, options) {
    const byDay = new Map();
    for await (const buckets of paginate("/v1/organizations/cost_report", { starting_at: range.startingAt, ending_at: range.endingAt, bucket_width: "1d", limit: 31 }, options)) {
        for (const b of buckets) {
            const day = b.starting_at.slice(0, 10);
            let sum = byDay.get(day) ?? 0n;
            for (const r of b.results ?? []) {
                if (r.currency && r.currency !== "USD") {
                    throw new shared_errors/* ConfigurationError */.j1(`cost_report returned currency ${r.currency}; Steward reconciles USD only.`);
                }
                if (r.amount !== undefined)
                    sum += centsToPico(r.amount);
            }
            byDay.set(day, sum);
        }
    }
    return byDay;
}
/**
 * Claude Code Analytics rows for each UTC day in [since, until) as records.
 * The API does not split cache creation into 5m/1h: it is counted as 5m writes.
 */
async function* fetchClaudeCodeUsage(days, options) {
    for (let t = Date.parse(`${days.since}T00:00:00Z`); t < Date.parse(`${days.until}T00:00:00Z`); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10);
        for await (const rows of paginate("/v1/organizations/usage_report/claude_code", { starting_at: day, limit: 1000 }, options)) {
            for (const row of rows) {
                const user = row.actor?.email_address ?? row.actor?.api_key_name ?? "unknown";
                const time = Date.parse(row.date) || t;
                for (const m of row.model_breakdown ?? []) {
                    yield {
                        time,
                        user,
                        ...(m.model ? { model: m.model } : {}),
                        input: n(m.tokens?.input),
                        output: n(m.tokens?.output),
                        cacheWrite5m: n(m.tokens?.cache_creation),
                        cacheWrite1h: 0,
                        cacheRead: n(m.tokens?.cache_read),
                        unsplit: 0,
                        requests: 0,
                        source: "claude-code-analytics-api",
                    };
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./shared/pricing/price.ts
/**
 * Cost arithmetic. Prices are integer micro-USD per million tokens, which is
 * pico-USD per token, so `tokens * price` is an exact integer number of
 * pico-dollars (kept as bigint: sums of billions of tokens overflow 2^53).
 * Nothing is ever rounded until it is displayed.
 */

function splitTotal(t) {
    return t.input + t.output + t.cacheWrite5m + t.cacheWrite1h + t.cacheRead;
}
/** Prompt size of one request, for long-context tiers. */
function promptTokens(t) {
    return t.input + t.cacheWrite5m + t.cacheWrite1h + t.cacheRead;
}
/**
 * The tier one request falls in (the long tier applies to the whole request
 * when its prompt exceeds the threshold). Fast mode has its own table, with
 * no long-context or batch variant.
 */
function tierForRequest(t, model, batch = false, fast = false) {
    if (fast)
        return "fast";
    const long = model?.longContext !== undefined && promptTokens(t) > model.longContext.aboveInputTokens;
    if (batch)
        return long ? "batch-long" : "batch";
    return long ? "long" : "standard";
}
/** The price table that applies to a model at a tier, or undefined when unpriced. */
function pricesFor(model, tier) {
    if (!model.prices)
        return undefined;
    if (tier === "fast")
        return model.fast;
    const base = (tier === "long" || tier === "batch-long") && model.longContext ? model.longContext.prices : model.prices;
    return base;
}
const PICO_PER_USD = 1000000000000n;
/** Pico-USD -> USD as a number (display only). */
function picoToUsd(pico) {
    const whole = pico / PICO_PER_USD;
    const frac = pico % PICO_PER_USD;
    return Number(whole) + Number(frac) / 1e12;
}
/** Pico-USD -> exact decimal string of USD ("12.345678901234", trailing zeros trimmed). */
function formatPicoUsd(pico) {
    const neg = pico < 0n;
    const abs = neg ? -pico : pico;
    const whole = abs / PICO_PER_USD;
    const frac = (abs % PICO_PER_USD).toString().padStart(12, "0").replace(/0+$/, "");
    return `${neg ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`;
}
/** Pico-USD rounded half-up to micro-USD. */
function picoToMicros(pico) {
    const neg = pico < 0n;
    const abs = neg ? -pico : pico;
    const r = (abs + 500000n) / 1000000n;
    return neg ? -r : r;
}
/**
 * The rule for a model (`named`: the request names one; `entry`: the catalog's
 * entry for it, if any) at a tier. priceUsage and the report's cell pricer
 * both decide through it.
 */
function priceRule(named, entry, tier) {
    if (!named)
        return { table: undefined, reason: "no-model", keep: 100 };
    if (entry === undefined)
        return { table: undefined, reason: "unknown-model", keep: 100 };
    const table = pricesFor(entry, tier);
    if (table === undefined)
        return { table: undefined, reason: "no-price", keep: 100 };
    const batch = tier === "batch" || tier === "batch-long";
    return { table, reason: "no-price", keep: batch ? 100 - entry.batchDiscountPercent : 100 };
}
/**
 * Exact cost in pico-USD of split token counts at a price table, of which
 * `keepPercent` is paid: 100 minus the Batch API discount on batch tiers. The
 * Batch API discount applies to input and output; cache line items are
 * discounted the same way on the pricing page. Exact: prices are multiples of
 * 1000 micro-USD.
 */
function tableCost(table, tokens, keepPercent = 100) {
    const pico = BigInt(tokens.input) * BigInt(table.input) +
        BigInt(tokens.output) * BigInt(table.output) +
        BigInt(tokens.cacheWrite5m) * BigInt(table.cacheWrite5m) +
        BigInt(tokens.cacheWrite1h) * BigInt(table.cacheWrite1h) +
        BigInt(tokens.cacheRead) * BigInt(table.cacheRead);
    return keepPercent === 100 ? pico : (pico * BigInt(keepPercent)) / 100n;
}
/**
 * Exact cost of token counts for a model at a tier. Token counts here may be a
 * single request or an aggregate of requests of the same tier; the tier must
 * be decided per request (see {@link tierForRequest}) — when `tier` is not
 * given it is decided from these counts as if they were one request.
 */
function priceUsage(tokens, model, options = {}) {
    const unsplit = tokens.unsplit ?? 0;
    const split = splitTotal(tokens);
    const entry = typeof model === "string" ? resolveModel(model, options.catalog ?? defaultCatalog) : model;
    const tier = options.tier ?? tierForRequest(tokens, entry, options.batch ?? false);
    const unpriced = (reason) => ({
        costPicoUsd: 0n,
        costUsd: 0,
        pricedTokens: 0,
        unpricedTokens: split + unsplit,
        unpricedReason: split === 0 && unsplit > 0 ? "unsplit" : reason,
        ...(entry ? { model: entry } : {}),
        tier,
    });
    const rule = priceRule(model !== undefined && model !== "", entry, tier);
    if (rule.table === undefined || entry === undefined)
        return unpriced(rule.reason);
    const pico = tableCost(rule.table, tokens, rule.keep);
    return {
        costPicoUsd: pico,
        costUsd: picoToUsd(pico),
        pricedTokens: split,
        unpricedTokens: unsplit,
        ...(unsplit > 0 ? { unpricedReason: "unsplit" } : {}),
        model: entry,
        tier,
    };
}

;// CONCATENATED MODULE: ./shared/reports/cost/org.ts
/**
 * Who is on which team, under which role, with which quota and budget: read
 * from role-mappings.json (`roleMappings.<role>.quotas`, optional
 * `roleMappings.<role>.members`, `defaultRole`, `quotaUnit.countedTokens`), a
 * users file (user -> team/role, JSON or CSV) and a budgets file. Pure parsers
 * over text; the caller reads the files.
 */


const DEFAULT_QUOTA_COUNTERS = [
    "input",
    "output",
    "cacheWrite5m",
    "cacheWrite1h",
    "unsplit",
];
function org_emptyOrg() {
    return {
        users: new Map(),
        quotas: new Map(),
        quotaCounters: DEFAULT_QUOTA_COUNTERS,
        budgets: new Map(),
        thresholds: { warning: 80, critical: 100 },
        aliases: new Map(),
    };
}
function parseJson(text, file) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message}`, {
            file,
            cause: error,
        });
    }
    if (typeof v !== "object" || v === null || Array.isArray(v))
        throw new shared_errors/* ConfigurationError */.j1(`${file}: expected a JSON object.`, { file });
    return v;
}
const COUNTER_NAMES = new Set([
    "input",
    "output",
    "cacheWrite5m",
    "cacheWrite1h",
    "cacheRead",
    "unsplit",
]);
/** Adds role-mappings.json: quotas per role, `members`, `defaultRole`, `quotaUnit.countedTokens`. */
function withRoleMappings(org, text, file) {
    const o = parseJson(text, file);
    const roles = o.roleMappings;
    if (typeof roles !== "object" || roles === null || Array.isArray(roles)) {
        throw new shared_errors/* ConfigurationError */.j1(`${file}: "roleMappings" is missing or not an object.`, { file });
    }
    const quotas = new Map(org.quotas);
    const users = new Map(org.users);
    for (const [role, raw] of Object.entries(roles)) {
        const r = (raw ?? {});
        const q = r.quotas;
        if (q !== undefined) {
            const read = (k) => {
                const v = q[k];
                if (v === undefined)
                    return undefined;
                if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
                    throw new shared_errors/* ConfigurationError */.j1(`${file}: roleMappings.${role}.quotas.${k} must be a whole number of tokens.`, { file });
                }
                return v;
            };
            const daily = read("daily");
            const monthly = read("monthly");
            quotas.set(role, {
                ...(daily !== undefined ? { daily } : {}),
                ...(monthly !== undefined ? { monthly } : {}),
            });
        }
        if (Array.isArray(r.members)) {
            for (const m of r.members)
                if (typeof m === "string")
                    users.set(m, { ...users.get(m), role });
        }
    }
    let quotaCounters = org.quotaCounters;
    const unit = o.quotaUnit;
    if (unit && Array.isArray(unit.countedTokens)) {
        const list = unit.countedTokens.map(String);
        for (const c of list) {
            if (!COUNTER_NAMES.has(c)) {
                throw new shared_errors/* ConfigurationError */.j1(`${file}: quotaUnit.countedTokens has unknown counter "${c}".`, {
                    file,
                    hint: `Use ${[...COUNTER_NAMES].join(", ")}.`,
                });
            }
        }
        // the seed's unsplit tokens always count: they have no split to exclude from
        quotaCounters = [...new Set([...list, "unsplit"])];
    }
    const defaultRole = typeof o.defaultRole === "string" ? o.defaultRole : org.defaultRole;
    return { ...org, quotas, users, quotaCounters, ...(defaultRole ? { defaultRole } : {}) };
}
/**
 * Adds a users file: JSON `{"users": {"alice": {"team": "payments", "role": "developers"}}}`
 * (or the map alone), a JSON roster array `[{"login", "email", "team", "role"}]`
 * (the e-mail becomes the canonical user, the login an alias), or CSV with a
 * `user,team,role` header.
 */
function withUsersFile(org, text, file) {
    const users = new Map(org.users);
    const trimmed = text.trim();
    if (trimmed.startsWith("[")) {
        let list;
        try {
            list = JSON.parse(text);
        }
        catch (error) {
            throw new shared_errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message}`, {
                file,
                cause: error,
            });
        }
        const aliases = new Map(org.aliases);
        for (const [i, raw] of list.entries()) {
            const r = (raw ?? {});
            const names = [r.email, r.login, r.user].filter((x) => typeof x === "string" && x !== "");
            if (names.length === 0)
                throw new shared_errors/* ConfigurationError */.j1(`${file}: entry ${i} has no "email", "login" or "user".`, { file });
            const canonical = names[0];
            const info = {
                ...(typeof r.team === "string" ? { team: r.team } : {}),
                ...(typeof r.role === "string" ? { role: r.role } : {}),
            };
            for (const n of names) {
                users.set(n, { ...users.get(n), ...info });
                if (n !== canonical)
                    aliases.set(n, canonical);
            }
        }
        return { ...org, users, aliases };
    }
    if (trimmed.startsWith("{")) {
        const o = parseJson(text, file);
        const map = (typeof o.users === "object" && o.users !== null ? o.users : o);
        for (const [user, raw] of Object.entries(map)) {
            if (typeof raw !== "object" || raw === null) {
                throw new shared_errors/* ConfigurationError */.j1(`${file}: users.${user} must be an object with "team" and/or "role".`, {
                    file,
                });
            }
            const r = raw;
            users.set(user, {
                ...users.get(user),
                ...(typeof r.team === "string" ? { team: r.team } : {}),
                ...(typeof r.role === "string" ? { role: r.role } : {}),
            });
        }
        return { ...org, users };
    }
    const lines = trimmed.split(/\r?\n/);
    const header = (lines[0] ?? "").split(",").map((s) => s.trim().toLowerCase());
    const iu = header.indexOf("user");
    if (iu === -1) {
        throw new shared_errors/* ConfigurationError */.j1(`${file}: a CSV users file needs a header with "user" (and "team", "role").`, { file, line: 1 });
    }
    const it = header.indexOf("team");
    const ir = header.indexOf("role");
    lines.slice(1).forEach((line, i) => {
        if (line.trim() === "")
            return;
        const cells = line.split(",").map((s) => s.trim());
        const user = cells[iu];
        if (!user)
            throw new shared_errors/* ConfigurationError */.j1(`${file}:${i + 2}: the user column is empty.`, { file, line: i + 2 });
        const team = it >= 0 ? cells[it] : undefined;
        const role = ir >= 0 ? cells[ir] : undefined;
        users.set(user, { ...users.get(user), ...(team ? { team } : {}), ...(role ? { role } : {}) });
    });
    return { ...org, users };
}
/** Adds a budgets file: `{"teams": {"payments": {"monthlyUsd": "1500"}}, "thresholds": {"warning": 80, "critical": 100}}`. */
function withBudgets(org, text, file) {
    const o = parseJson(text, file);
    const budgets = new Map(org.budgets);
    const teams = (o.teams ?? {});
    for (const [team, raw] of Object.entries(teams)) {
        const v = raw?.monthlyUsd;
        if (typeof v !== "string" && typeof v !== "number") {
            throw new shared_errors/* ConfigurationError */.j1(`${file}: teams.${team}.monthlyUsd is missing (a USD amount such as "1500").`, { file });
        }
        budgets.set(team, (0,pricing_catalog/* decimalToMicros */.AD)(String(v), `${file}: teams.${team}.monthlyUsd`));
    }
    let thresholds = org.thresholds;
    if (o.thresholds !== undefined) {
        const t = o.thresholds;
        const warning = typeof t.warning === "number" ? t.warning : thresholds.warning;
        const critical = typeof t.critical === "number" ? t.critical : thresholds.critical;
        if (!(warning > 0 && critical >= warning)) {
            throw new shared_errors/* ConfigurationError */.j1(`${file}: thresholds need 0 < warning <= critical (percent).`, { file });
        }
        thresholds = { warning, critical };
    }
    return { ...org, budgets, thresholds };
}
function roleOf(org, user) {
    return org.users.get(user)?.role ?? org.defaultRole;
}
function teamOf(org, user) {
    const u = org.users.get(user);
    return u?.team ?? u?.role ?? org.defaultRole ?? "unassigned";
}

;// CONCATENATED MODULE: ./shared/reports/cost/query.ts
/**
 * A small evaluator for the dashboard queries of usage-dashboard-config.json
 * (the seed's and Steward's). Grammar:
 *
 *     query := agg "(" arg ")" [ "by" "(" dim { "," dim } ")" ]
 *     agg   := "sum" | "count" | "avg" | "max" | "min"
 *     arg   := "*" | "distinct requestId" | field { "+" field } | "tokens * cost_per_token"
 *     field := tokens | input | output | cacheWrite5m | cacheWrite1h | cacheRead | unsplit
 *            | quotaTokens | requests | costUsd | cost
 *     dim   := user | team | role | date | day | month | model | tool | source | tier
 *
 * `count(*)` and `count(distinct requestId)` count requests (records are
 * already de-duplicated on requestId); `avg(x)` is sum(x) / requests;
 * `max`/`min` are over daily cells (per user, model, tool). `tokens *
 * cost_per_token` is the exact per-model cost (`costUsd`), not a flat rate.
 * Anything else is a ConfigurationError naming the metric.
 *
 * Alerts: `{"condition": "daily_tokens > 800000"}` (operators > >= < <=) fires
 * for every row of the metric past the number; `{"metric": "daily_tokens",
 * "percentOfRoleQuota": 80, "quota": "daily"}` fires for every row (grouped by
 * user) at or past that percent of the user's role quota. `daily_tokens` and
 * `monthly_tokens` are built in (quota tokens by user and date / month) when
 * the config does not define them.
 */



const FIELDS = {
    requests: 0,
    input: 1,
    output: 2,
    cacheWrite5m: 3,
    cacheWrite1h: 4,
    cacheRead: 5,
    unsplit: 6,
};
const FIELD_ALIASES = {
    tokens: "tokens",
    input: "input",
    output: "output",
    cachewrite5m: "cacheWrite5m",
    cache_write_5m: "cacheWrite5m",
    cachewrite1h: "cacheWrite1h",
    cache_write_1h: "cacheWrite1h",
    cacheread: "cacheRead",
    cache_read: "cacheRead",
    unsplit: "unsplit",
    quotatokens: "quotaTokens",
    quota_tokens: "quotaTokens",
    requests: "requests",
    costusd: "cost",
    cost: "cost",
    cost_usd: "cost",
};
const DIMS = ["user", "team", "role", "date", "month", "model", "tool", "source", "tier"];
/** Parses one query; throws ConfigurationError naming `metric` when unsupported. */
function parseQuery(query, metric, file) {
    const fail = (why) => {
        throw new shared_errors/* ConfigurationError */.j1(`Dashboard metric "${metric}": unsupported query "${query}" (${why}).`, {
            ...(file ? { file } : {}),
            hint: "Supported: sum|count|avg|max|min(field [+ field...] | * | tokens * cost_per_token) by (user, team, role, date, month, model, tool, source, tier). See docs/cost-report.md.",
        });
    };
    const m = /^\s*(\w+)\s*\(\s*(.*?)\s*\)\s*(?:by\s*\(\s*([^)]*)\)\s*)?$/i.exec(query);
    if (!m)
        return fail("expected agg(arg) by (dims)");
    const agg = m[1].toLowerCase();
    if (!["sum", "count", "avg", "max", "min"].includes(agg))
        return fail(`unknown aggregation "${m[1]}"`);
    const arg = m[2].replace(/\s+/g, " ").trim();
    let fields = [];
    if (agg === "count") {
        if (arg !== "*" && !/^distinct request_?id$/i.test(arg))
            return fail("count takes * or distinct requestId");
    }
    else if (/^tokens \* cost_per_token$/i.test(arg)) {
        fields = ["cost"];
    }
    else {
        for (const part of arg.split("+").map((s) => s.trim())) {
            const f = FIELD_ALIASES[part.toLowerCase()];
            if (!f)
                return fail(`unknown field "${part}"`);
            fields.push(f);
        }
        if (fields.length === 0)
            return fail("no field");
        if (fields.includes("cost") && fields.length > 1)
            return fail("cost cannot be added to token counts");
    }
    const by = [];
    if (m[3] !== undefined) {
        for (const raw of m[3].split(",").map((s) => s.trim().toLowerCase())) {
            const d = raw === "day" ? "date" : raw;
            if (!DIMS.includes(d))
                return fail(`unknown dimension "${raw}"`);
            by.push(d);
        }
    }
    return { agg: agg, fields, by };
}
function dimValue(cell, d, org) {
    switch (d) {
        case "user":
            return cell.user;
        case "team":
            return cell.team;
        case "role":
            return cell.role ?? roleOf(org, cell.user) ?? "";
        case "date":
            return cell.day;
        case "month":
            return cell.day.slice(0, 7);
        case "model":
            return cell.model;
        case "tool":
            return cell.tool;
        case "source":
            return cell.source;
        case "tier":
            return cell.tier;
    }
}
function fieldValue(cell, f) {
    if (f === "tokens") {
        let t = 0;
        for (let i = 1; i < 7; i++)
            t += cell.counters[i];
        return t;
    }
    if (f === "quotaTokens")
        return cell.quotaTokens;
    return cell.counters[FIELDS[f]];
}
/** Evaluates a parsed query over priced cells (one pass). Rows sorted by group. */
function evaluateQuery(q, cells, org) {
    const groups = new Map();
    const isCost = q.fields[0] === "cost";
    for (const cell of cells) {
        const group = {};
        for (const d of q.by)
            group[d] = dimValue(cell, d, org);
        const key = q.by.map((d) => group[d]).join("\u001f");
        let g = groups.get(key);
        if (!g) {
            g = { group, sum: 0, pico: 0n, requests: 0 };
            groups.set(key, g);
        }
        g.requests += cell.counters[0];
        if (isCost)
            g.pico += cell.pico;
        else {
            let v = 0;
            for (const f of q.fields)
                v += fieldValue(cell, f);
            g.sum += v;
            if (q.agg === "max")
                g.extreme = Math.max(g.extreme ?? v, v);
            if (q.agg === "min")
                g.extreme = Math.min(g.extreme ?? v, v);
        }
    }
    const rows = [...groups.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, g]) => {
        const total = isCost ? Number(formatPicoUsd(g.pico)) : g.sum;
        let value;
        if (q.agg === "count")
            value = g.requests;
        else if (q.agg === "avg")
            value = g.requests === 0 ? 0 : total / g.requests;
        else if ((q.agg === "max" || q.agg === "min") && !isCost)
            value = g.extreme ?? 0;
        else
            value = total;
        return { group: g.group, value };
    });
    return rows;
}
const BUILT_IN = [
    { name: "daily_tokens", query: "sum(quotaTokens) by (user, date)" },
    { name: "monthly_tokens", query: "sum(quotaTokens) by (user, month)" },
];
/**
 * Evaluates a usage-dashboard-config.json (text) over priced cells: an array,
 * or an iterable that prices them afresh on each pass (one pass per metric),
 * so a large report never holds every cell priced.
 */
function evaluateDashboard(text, file, cells, org) {
    let o;
    try {
        o = JSON.parse(text);
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message}`, {
            file,
            cause: error,
        });
    }
    const dash = o?.dashboard;
    if (!dash || !Array.isArray(dash.metrics)) {
        throw new shared_errors/* ConfigurationError */.j1(`${file}: expected "dashboard.metrics" to be an array.`, { file });
    }
    const configs = [];
    for (const [i, raw] of dash.metrics.entries()) {
        const m = raw;
        if (typeof m?.name !== "string" || typeof m.query !== "string") {
            throw new shared_errors/* ConfigurationError */.j1(`${file}: dashboard.metrics[${i}] needs a "name" and a "query".`, {
                file,
            });
        }
        configs.push({
            name: m.name,
            query: m.query,
            ...(typeof m.visualization === "string" ? { visualization: m.visualization } : {}),
        });
    }
    const defined = new Set(configs.map((c) => c.name));
    const all = [...configs, ...BUILT_IN.filter((b) => !defined.has(b.name))];
    const parsed = new Map(all.map((c) => [c.name, { config: c, q: parseQuery(c.query, c.name, file) }]));
    const results = new Map();
    const evaluate = (name) => {
        const p = parsed.get(name);
        if (!p)
            return undefined;
        let r = results.get(name);
        if (!r) {
            r = {
                name,
                query: p.config.query,
                ...(p.config.visualization ? { visualization: p.config.visualization } : {}),
                by: p.q.by,
                rows: evaluateQuery(p.q, cells, org),
            };
            results.set(name, r);
        }
        return r;
    };
    for (const c of configs)
        evaluate(c.name);
    const alerts = [];
    for (const [i, raw] of (Array.isArray(dash.alerts) ? dash.alerts : []).entries()) {
        const a = raw;
        const name = typeof a?.name === "string" ? a.name : `alerts[${i}]`;
        const severity = typeof a?.severity === "string" ? a.severity : "warning";
        if (typeof a?.condition === "string") {
            const m = /^\s*(\w+)\s*(>=|<=|>|<)\s*(\d+(?:\.\d+)?)\s*$/.exec(a.condition);
            if (!m) {
                throw new shared_errors/* ConfigurationError */.j1(`Dashboard alert "${name}": unsupported condition "${a.condition}".`, {
                    file,
                    hint: 'Write "<metric> > <number>" (operators > >= < <=).',
                });
            }
            const metric = evaluate(m[1]);
            if (!metric)
                throw new shared_errors/* ConfigurationError */.j1(`Dashboard alert "${name}": unknown metric "${m[1]}".`, { file });
            const threshold = Number(m[3]);
            const op = m[2];
            const test = (v) => op === ">"
                ? v > threshold
                : op === ">="
                    ? v >= threshold
                    : op === "<"
                        ? v < threshold
                        : v <= threshold;
            alerts.push({
                name,
                severity,
                metric: metric.name,
                rule: a.condition,
                firing: metric.rows.filter((r) => test(r.value)).map((r) => ({ ...r, threshold })),
            });
        }
        else if (typeof a?.metric === "string" && typeof a.percentOfRoleQuota === "number") {
            const metric = evaluate(a.metric);
            if (!metric)
                throw new shared_errors/* ConfigurationError */.j1(`Dashboard alert "${name}": unknown metric "${a.metric}".`, { file });
            const period = a.quota === "monthly" ? "monthly" : "daily";
            if (!metric.by.includes("user")) {
                throw new shared_errors/* ConfigurationError */.j1(`Dashboard alert "${name}": metric "${a.metric}" must be grouped by user to compare with role quotas.`, {
                    file,
                });
            }
            const pct = a.percentOfRoleQuota;
            const firing = [];
            for (const r of metric.rows) {
                const role = roleOf(org, r.group.user ?? "");
                const limit = role ? org.quotas.get(role)?.[period] : undefined;
                if (limit === undefined)
                    continue;
                const threshold = (limit * pct) / 100;
                if (r.value >= threshold)
                    firing.push({ ...r, threshold });
            }
            alerts.push({
                name,
                severity,
                metric: metric.name,
                rule: `${a.metric} >= ${pct}% of role ${period} quota`,
                firing,
            });
        }
        else {
            throw new shared_errors/* ConfigurationError */.j1(`Dashboard alert "${name}": needs "condition" or "metric" + "percentOfRoleQuota".`, { file });
        }
    }
    return { metrics: configs.map((c) => results.get(c.name)), alerts };
}

;// CONCATENATED MODULE: ./shared/reports/cost/sums.ts
/**
 * The arithmetic under the cost report: pricing one cell at a time without
 * allocating, exact pico-USD sums, and per-dimension sums in flat arrays.
 *
 * The report adds every cell into seven rollups (total, user, team, model,
 * day, tool, source). A month of seed logs is some 31,000 cells, a month of
 * a thousand users' transcripts some 300,000, and the report runs once per
 * process: its loop mostly runs before V8 has optimised it. So the per-cell
 * work is kept to number arithmetic on typed arrays: no result object per
 * cell, no bigint unless a cost passes 2^53 pico-USD (about $9,007), no Map
 * lookups on the way.
 */


const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** The number form of a non-negative pico amount for {@link PicoSum.add}: the amount, or -1 beyond 2^53. */
const smallPico = (pico) => (pico >= 0n && pico <= MAX_SAFE ? Number(pico) : -1);
/**
 * An exact sum of pico-USD amounts. Most amounts (a cell's cost) fit a
 * double exactly, so they are added as numbers and carried into a bigint
 * only before the number sum would leave the safe-integer range: exact, and
 * without a bigint allocation per addition.
 */
class PicoSum {
    big;
    small = 0;
    constructor(start = 0n) {
        this.big = start;
    }
    /** `n` is the same amount as `pico` when it is a safe integer, else -1. */
    add(pico, n) {
        if (n < 0) {
            this.big += pico;
            return;
        }
        const s = this.small + n;
        if (s > Number.MAX_SAFE_INTEGER) {
            this.big += BigInt(this.small);
            this.small = n;
        }
        else
            this.small = s;
    }
    get value() {
        return this.big + BigInt(this.small);
    }
}
/** Positions in a cell's counters (COUNTERS order in shared/usage/aggregate.ts). */
const [C_INPUT, C_OUTPUT, C_WRITE_5M, C_WRITE_1H, C_READ, C_UNSPLIT] = [1, 2, 3, 4, 5, 6];
/**
 * Prices cells into its own fields, so pricing a cell allocates nothing:
 * after {@link price}, `picoN` is the exact cost in pico-USD when it is a
 * safe integer (0 when free) and -1 when it is not, in which case `pico`
 * holds it; `unpriced` and `reason` are the tokens that could not be priced
 * and why. The same rules as priceUsage in shared/pricing/price.ts (and its
 * tableCost past 2^53), with the catalog looked up once per (model, tier)
 * instead of per cell, and doubles while they are exact.
 */
class CellPricer {
    models;
    tiers;
    catalog;
    pico = 0n;
    picoN = 0;
    unpriced = 0;
    reason = undefined;
    rules = [];
    constructor(models, tiers, catalog) {
        this.models = models;
        this.tiers = tiers;
        this.catalog = catalog;
    }
    rule(model, tier) {
        const k = model * this.tiers.length + tier;
        let rule = this.rules[k];
        if (rule === undefined) {
            const name = this.models[model];
            const entry = name === "" ? undefined : (0,pricing_catalog/* resolveModel */.AX)(name, this.catalog);
            rule = priceRule(name !== "", entry, this.tiers[tier]);
            this.rules[k] = rule;
        }
        return rule;
    }
    /** Prices one cell's counters (COUNTERS order) for model id `model` at tier id `tier`. */
    price(model, tier, counters) {
        const input = counters[C_INPUT];
        const output = counters[C_OUTPUT];
        const write5m = counters[C_WRITE_5M];
        const write1h = counters[C_WRITE_1H];
        const read = counters[C_READ];
        const unsplit = counters[C_UNSPLIT];
        const split = input + output + write5m + write1h + read;
        const rule = this.rule(model, tier);
        const table = rule.table;
        if (table === undefined) {
            this.picoN = 0;
            this.unpriced = split + unsplit;
            this.reason = split === 0 && unsplit > 0 ? "unsplit" : rule.reason;
            return;
        }
        this.unpriced = unsplit;
        this.reason = unsplit > 0 ? "unsplit" : undefined;
        if (rule.keep === 100 && input >= 0 && output >= 0 && write5m >= 0 && write1h >= 0 && read >= 0) {
            // Non-negative integers: if the double result is at most 2^53 - 1, every
            // product and partial sum on the way was too, so it is exact.
            const x = input * table.input +
                output * table.output +
                write5m * table.cacheWrite5m +
                write1h * table.cacheWrite1h +
                read * table.cacheRead;
            if (x <= Number.MAX_SAFE_INTEGER) {
                this.picoN = x;
                return;
            }
        }
        const pico = tableCost(table, { input, output, cacheWrite5m: write5m, cacheWrite1h: write1h, cacheRead: read }, rule.keep);
        this.pico = pico;
        this.picoN = pico === 0n ? 0 : smallPico(pico);
    }
    /** The last priced cell's cost as a bigint. */
    get cost() {
        return this.picoN >= 0 ? BigInt(this.picoN) : this.pico;
    }
}
/** Per id: the seven counters, then quota tokens and unpriced tokens. */
const WIDTH = 9;
/**
 * Sums by dimension id (ids are dense: 0 to size - 1) in flat arrays: the
 * seven counters, quota tokens and unpriced tokens as doubles, and the exact
 * cost as a number part carried into a bigint part before it would leave the
 * safe-integer range (as {@link PicoSum} does).
 */
class IdSums {
    size;
    sums;
    picoSmall;
    picoBig = [];
    used;
    constructor(size) {
        this.size = size;
        this.sums = new Float64Array(size * WIDTH);
        this.picoSmall = new Float64Array(size);
        this.used = new Uint8Array(size);
    }
    /** Adds one cell (see {@link CellPricer} for `pico` and `picoN`) to id `id`. */
    add(id, counters, quota, unpriced, pico, picoN) {
        const s = this.sums;
        const o = id * WIDTH;
        s[o] = s[o] + counters[0];
        s[o + 1] = s[o + 1] + counters[1];
        s[o + 2] = s[o + 2] + counters[2];
        s[o + 3] = s[o + 3] + counters[3];
        s[o + 4] = s[o + 4] + counters[4];
        s[o + 5] = s[o + 5] + counters[5];
        s[o + 6] = s[o + 6] + counters[6];
        s[o + 7] = s[o + 7] + quota;
        s[o + 8] = s[o + 8] + unpriced;
        this.used[id] = 1;
        if (picoN === 0)
            return;
        if (picoN < 0) {
            this.picoBig[id] = (this.picoBig[id] ?? 0n) + pico;
            return;
        }
        const sum = this.picoSmall[id] + picoN;
        if (sum > Number.MAX_SAFE_INTEGER) {
            this.picoBig[id] = (this.picoBig[id] ?? 0n) + BigInt(this.picoSmall[id]);
            this.picoSmall[id] = picoN;
        }
        else
            this.picoSmall[id] = sum;
    }
    /** Whether any cell was added to `id`. */
    has(id) {
        return this.used[id] === 1;
    }
    /** The seven counters of `id` (COUNTERS order). */
    counters(id) {
        return Array.from(this.sums.subarray(id * WIDTH, id * WIDTH + 7));
    }
    quota(id) {
        return this.sums[id * WIDTH + 7];
    }
    unpriced(id) {
        return this.sums[id * WIDTH + 8];
    }
    /** The exact cost of `id`, pico-USD. */
    pico(id) {
        return (this.picoBig[id] ?? 0n) + BigInt(this.picoSmall[id]);
    }
}
/** The reasons a cell's tokens go unpriced, in the order {@link UnpricedSums} numbers them. */
const REASONS = ["no-model", "unknown-model", "no-price", "unsplit"];
/** Unpriced requests and tokens by (model id, reason), listed in the order first seen. */
class UnpricedSums {
    requests;
    tokens;
    order = [];
    constructor(models) {
        this.requests = new Float64Array(models * REASONS.length);
        this.tokens = new Float64Array(models * REASONS.length);
    }
    /** Adds a cell's unpriced tokens (`tokens` > 0); a missing reason counts as "no-price". */
    add(model, reason, requests, tokens) {
        const k = model * REASONS.length + (reason === undefined ? 2 : REASONS.indexOf(reason));
        // tokens > 0 on every add: a zero is a pair not seen yet
        if (this.tokens[k] === 0)
            this.order.push(k);
        this.requests[k] = this.requests[k] + requests;
        this.tokens[k] = this.tokens[k] + tokens;
    }
    entries() {
        return this.order.map((k) => ({
            model: Math.floor(k / REASONS.length),
            reason: REASONS[k % REASONS.length],
            requests: this.requests[k],
            tokens: this.tokens[k],
        }));
    }
}

;// CONCATENATED MODULE: ./shared/reports/cost/build.ts
/**
 * The cost report (schemaVersion 1) from a usage partial: totals, rollups by
 * user / team / model / day / tool / source, quota breaches per role, budget
 * alerts per team, unpriced models, malformed input, and reconciliation with
 * Anthropic's cost_report. Pure: everything it needs is passed in.
 *
 * Money: each cell is priced exactly (pico-USD, bigint) and rows are exact
 * sums of cells, so the total equals the sum of any dimension's rows to the
 * pico-dollar. `cost` is that exact amount as a decimal string of USD;
 * `costUsd` is the same rounded to 6 decimals for charts.
 */





const COST_REPORT_SCHEMA_VERSION = 1;
/** Positions of the dimensions in a cell (DIMENSIONS order). */
const [D_DAY, D_USER, D_MODEL, D_TIER, D_TOOL, D_SOURCE] = [0, 1, 2, 3, 4, 5];
/** One row's sums: the seven counters (COUNTERS order), quota and unpriced tokens, exact cost. */
class Acc {
    c;
    quota;
    unpriced;
    pico;
    constructor(c, quota, unpriced, pico) {
        this.c = c;
        this.quota = quota;
        this.unpriced = unpriced;
        this.pico = pico;
    }
    totals() {
        const pico = this.pico;
        const [requests = 0, input = 0, output = 0, cacheWrite5m = 0, cacheWrite1h = 0, cacheRead = 0, unsplit = 0,] = this.c;
        return {
            requests,
            input,
            output,
            cacheWrite5m,
            cacheWrite1h,
            cacheRead,
            unsplit,
            tokens: input + output + cacheWrite5m + cacheWrite1h + cacheRead + unsplit,
            quotaTokens: this.quota,
            unpricedTokens: this.unpriced,
            cost: formatPicoUsd(pico),
            costUsd: Math.round(Number(pico / 1000n) / 1000) / 1e6,
        };
    }
}
class Rollup {
    map = new Map();
    /** The ids of `sums` that had cells, keyed by value (`values[id]`; ids and values are one-to-one). */
    static of(sums, values) {
        const r = new Rollup();
        for (let id = 0; id < sums.size; id++) {
            if (sums.has(id))
                r.map.set(values[id], accOf(sums, id));
        }
        return r;
    }
    /** Rows sorted by cost, then tokens, then key. */
    rows() {
        return sortRows([...this.map.entries()].map(([key, a]) => ({ key, ...a.totals(), pico: a.pico })));
    }
    /** Rows sorted by key (days). */
    rowsByKey() {
        return [...this.map.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([key, a]) => ({ key, ...a.totals() }));
    }
}
function sortRows(rows) {
    rows.sort((a, b) => a.pico !== b.pico
        ? a.pico > b.pico
            ? -1
            : 1
        : a.tokens !== b.tokens
            ? b.tokens - a.tokens
            : a.key < b.key
                ? -1
                : a.key > b.key
                    ? 1
                    : 0);
    return rows.map(({ pico: _p, ...r }) => r);
}
const COUNTER_INDEX = {
    input: 1,
    output: 2,
    cacheWrite5m: 3,
    cacheWrite1h: 4,
    cacheRead: 5,
    unsplit: 6,
};
/** Percent with two decimals, from exact integers. */
function percent(used, limit) {
    if (limit === 0n)
        return used > 0n ? Number.POSITIVE_INFINITY : 0;
    return Number((used * 10000n) / limit) / 100;
}
/** Every cell with its exact cost, team and role: the rows the query evaluator runs over. */
function priceCells(partial, catalog = defaultCatalog, org = emptyOrg()) {
    return [...pricedCells(partial, catalog, org)];
}
const accOf = (sums, id) => new Acc(sums.counters(id), sums.quota(id), sums.unpriced(id), sums.pico(id));
/** The pricer for a partial's cells (its model and tier dictionaries). */
function cellPricer(partial, catalog) {
    const values = (d) => partial.cells.dictionaries[d].values;
    return new CellPricer(values(D_MODEL), values(D_TIER), catalog);
}
/** The positions in a cell's counters that count against quotas. */
const quotaIndexes = (org) => org.quotaCounters.map((c) => COUNTER_INDEX[c]);
/**
 * {@link priceCells} one cell at a time, so a report over hundreds of
 * thousands of cells never holds them all priced. Each call prices afresh:
 * iterate it again for another pass.
 */
function* pricedCells(partial, catalog = pricing_catalog/* defaultCatalog */.Dd, org = org_emptyOrg()) {
    const t = partial.cells;
    const pricer = cellPricer(partial, catalog);
    const quotaIdx = quotaIndexes(org);
    const teams = new Map();
    for (let cell = 0; cell < t.size; cell++) {
        const counters = t.readCounters(cell);
        pricer.price(t.dim(cell, D_MODEL), t.dim(cell, D_TIER), counters);
        let quotaTokens = 0;
        for (let i = 0; i < quotaIdx.length; i++)
            quotaTokens += counters[quotaIdx[i]];
        const user = t.value(cell, D_USER);
        let team = teams.get(t.dim(cell, D_USER));
        if (team === undefined) {
            team = teamOf(org, user);
            teams.set(t.dim(cell, D_USER), team);
        }
        // explicit fields, no spreads: this runs once per cell (hundreds of thousands)
        yield {
            day: t.value(cell, D_DAY),
            user,
            model: t.value(cell, D_MODEL),
            tier: t.value(cell, D_TIER),
            tool: t.value(cell, D_TOOL),
            source: t.value(cell, D_SOURCE),
            counters,
            quotaTokens,
            unpricedTokens: pricer.unpriced,
            unpricedReason: pricer.reason,
            pico: pricer.cost,
            team,
            role: roleOf(org, user),
        };
    }
}
/**
 * Adds every cell into the report's sums. A function of its own, kept small:
 * it runs once per report, and V8 optimises a small loop while it is still
 * running (a loop inside buildCostReport took longer to compile than to run).
 * `extras` (quotas and budgets) is called for every cell when `quotasOrBudgets`.
 */
function sumCells(t, sums, userTeamId, pricer, quotaIdx, quotasOrBudgets, extras) {
    const { total, user: byUser, team: byTeam, model: byModel, day: byDay, tool: byTool, source: bySource, } = sums;
    const unpriced = sums.unpriced;
    const counters = [0, 0, 0, 0, 0, 0, 0];
    for (let cell = 0; cell < t.size; cell++) {
        t.readCounters(cell, counters);
        const user = t.dim(cell, D_USER);
        const model = t.dim(cell, D_MODEL);
        pricer.price(model, t.dim(cell, D_TIER), counters);
        let q = 0;
        for (let i = 0; i < quotaIdx.length; i++)
            q += counters[quotaIdx[i]];
        const u = pricer.unpriced;
        const c = pricer.pico;
        const n = pricer.picoN;
        total.add(0, counters, q, u, c, n);
        byUser.add(user, counters, q, u, c, n);
        byTeam.add(userTeamId[user], counters, q, u, c, n);
        byModel.add(model, counters, q, u, c, n);
        byDay.add(t.dim(cell, D_DAY), counters, q, u, c, n);
        byTool.add(t.dim(cell, D_TOOL), counters, q, u, c, n);
        bySource.add(t.dim(cell, D_SOURCE), counters, q, u, c, n);
        if (u > 0)
            unpriced.add(model, pricer.reason, counters[0], u);
        if (quotasOrBudgets)
            extras(cell, q, pricer);
    }
}
function buildCostReport(partial, options) {
    const catalog = options.catalog ?? pricing_catalog/* defaultCatalog */.Dd;
    const org = options.org ?? org_emptyOrg();
    const today = options.generatedAt.slice(0, 10);
    const t = partial.cells;
    const [days, users, models, , tools, sources] = t.dictionaries.map((d) => d.values);
    // Per user (by id): team id, and quota limits.
    const teamIds = new Map();
    const userTeamId = new Int32Array(users.length);
    const userLimits = users.map((name, user) => {
        const team = teamOf(org, name);
        let id = teamIds.get(team);
        if (id === undefined) {
            id = teamIds.size;
            teamIds.set(team, id);
        }
        userTeamId[user] = id;
        const role = roleOf(org, name);
        // a role named "" has no quota, as roleOf's callers have always read it
        return role ? (org.quotas.get(role) ?? {}) : {};
    });
    const teamNames = [...teamIds.keys()];
    const teamBudgeted = teamNames.map((team) => org.budgets.has(team));
    const anyQuota = userLimits.some((l) => l.daily !== undefined || l.monthly !== undefined);
    const anyBudget = teamBudgeted.includes(true);
    // Per day id: its month (as an id into `months`).
    const months = [];
    const monthIds = new Map();
    const dayMonth = days.map((day) => {
        const month = day.slice(0, 7);
        let id = monthIds.get(month);
        if (id === undefined) {
            id = months.length;
            months.push(month);
            monthIds.set(month, id);
        }
        return id;
    });
    // Quota tokens by (user, day) and (user, month), only for users with such a
    // quota; cost by (team, month), only for teams with a budget. Keys: id pairs as one number.
    const userDay = new Map();
    const userMonth = new Map();
    const teamMonth = new Map();
    /** Quotas and budgets: per cell, but apart from the hot loop (most reports have neither). */
    const extras = (cell, q, pricer) => {
        const user = t.dim(cell, D_USER);
        const day = t.dim(cell, D_DAY);
        const month = dayMonth[day];
        const limits = userLimits[user];
        if (limits.daily !== undefined) {
            const k = user * days.length + day;
            userDay.set(k, (userDay.get(k) ?? 0) + q);
        }
        if (limits.monthly !== undefined) {
            const k = user * months.length + month;
            userMonth.set(k, (userMonth.get(k) ?? 0) + q);
        }
        const team = userTeamId[user];
        if (teamBudgeted[team]) {
            const k = team * months.length + month;
            let sum = teamMonth.get(k);
            if (sum === undefined) {
                sum = new PicoSum();
                teamMonth.set(k, sum);
            }
            if (pricer.picoN !== 0)
                sum.add(pricer.pico, pricer.picoN);
        }
    };
    // the dashboard's queries run over the priced cells, one pass per metric; the rollups need one pass
    const dashboard = options.dashboard
        ? evaluateDashboard(options.dashboard.text, options.dashboard.file, { [Symbol.iterator]: () => pricedCells(partial, catalog, org) }, org)
        : null;
    const sums = {
        total: new IdSums(1),
        user: new IdSums(users.length),
        team: new IdSums(teamNames.length),
        model: new IdSums(models.length),
        day: new IdSums(days.length),
        tool: new IdSums(tools.length),
        source: new IdSums(sources.length),
        unpriced: new UnpricedSums(models.length),
    };
    sumCells(t, sums, userTeamId, cellPricer(partial, catalog), quotaIndexes(org), anyQuota || anyBudget, extras);
    const totalAcc = accOf(sums.total, 0);
    const byUser = Rollup.of(sums.user, users);
    const byTeam = Rollup.of(sums.team, teamNames);
    const byModel = Rollup.of(sums.model, models);
    const byDay = Rollup.of(sums.day, days);
    const byTool = Rollup.of(sums.tool, tools);
    const bySource = Rollup.of(sums.source, sources);
    const quotaBreaches = [];
    const { warning, critical } = org.thresholds;
    const check = (map, width, whenOf, period) => {
        for (const [k, used] of map) {
            const user = Math.floor(k / width);
            const limit = userLimits[user]?.[period];
            if (limit === undefined)
                continue;
            const pct = percent(BigInt(used), BigInt(limit));
            if (pct >= warning) {
                quotaBreaches.push({
                    user: users[user],
                    role: roleOf(org, users[user]),
                    period,
                    when: whenOf(k % width),
                    used,
                    limit,
                    percent: pct,
                    severity: pct >= critical ? "critical" : "warning",
                });
            }
        }
    };
    check(userDay, days.length, (d) => days[d], "daily");
    check(userMonth, months.length, (m) => months[m], "monthly");
    quotaBreaches.sort((a, b) => b.percent - a.percent || (a.when < b.when ? -1 : a.when > b.when ? 1 : 0) || (a.user < b.user ? -1 : 1));
    const budgetAlerts = [];
    for (const [k, sum] of teamMonth) {
        const team = teamNames[Math.floor(k / months.length)];
        const month = months[k % months.length];
        const budget = org.budgets.get(team);
        if (budget === undefined)
            continue;
        const pico = sum.value;
        const pct = percent(pico, BigInt(budget) * 1000000n);
        if (pct >= warning) {
            budgetAlerts.push({
                team,
                month,
                cost: formatPicoUsd(pico),
                budget: formatPicoUsd(BigInt(budget) * 1000000n),
                percent: pct,
                severity: pct >= critical ? "critical" : "warning",
            });
        }
    }
    budgetAlerts.sort((a, b) => b.percent - a.percent || (a.team < b.team ? -1 : 1));
    const userRows = byUser
        .rows()
        .map((r) => ({ ...r, team: teamOf(org, r.key), role: roleOf(org, r.key) ?? null }));
    const modelRows = byModel.rows().map((r) => {
        const m = r.key ? (0,pricing_catalog/* resolveModel */.AX)(r.key, catalog) : undefined;
        return {
            ...r,
            displayName: m?.displayName ?? null,
            family: m?.family ?? null,
            priced: m?.prices !== null && m !== undefined,
            lifecycle: r.key ? (0,pricing_catalog/* modelLifecycle */._5)(r.key, today, catalog).status : "unknown",
        };
    });
    const notes = [];
    if (totalAcc.c[6] && totalAcc.c[6] > 0) {
        notes.push("Seed-format usage logs carry one `tokens` number with no model and no input/output split; those tokens are counted (and count against quotas) but are not priced.");
    }
    const sourcesSeen = new Set(bySource.map.keys());
    if (sourcesSeen.has("anthropic-usage-api") || sourcesSeen.has("claude-code-analytics-api")) {
        notes.push("API sources report daily buckets, not requests: their rows add tokens but 0 requests.");
    }
    return {
        schemaVersion: COST_REPORT_SCHEMA_VERSION,
        generatedAt: options.generatedAt,
        period: {
            since: options.since ?? null,
            until: options.until ?? null,
            firstRecord: partial.first === null ? null : new Date(partial.first).toISOString(),
            lastRecord: partial.last === null ? null : new Date(partial.last).toISOString(),
        },
        catalogCheckedAt: catalog.checkedAt,
        totals: totalAcc.totals(),
        byUser: userRows,
        byTeam: byTeam.rows(),
        byModel: modelRows,
        byDay: byDay.rowsByKey(),
        byTool: byTool.rows(),
        bySource: bySource.rows(),
        quotaBreaches,
        budgetAlerts,
        unpricedModels: sums.unpriced
            .entries()
            .map((u) => ({
            model: models[u.model],
            reason: u.reason,
            requests: u.requests,
            tokens: u.tokens,
        }))
            .sort((a, b) => b.tokens - a.tokens || (a.model < b.model ? -1 : 1)),
        malformed: {
            total: partial.malformed.total,
            // sorted, so the report does not depend on the order partials were merged in
            byReason: Object.fromEntries(Object.entries(partial.malformed.byReason).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
            samples: partial.malformed.samples,
        },
        input: partial.stats,
        reconciliation: reconcile(partial, byDay),
        dashboard,
        notes,
    };
}
function reconcile(partial, byDay) {
    if (partial.referenceCost.size === 0)
        return null;
    const days = [...new Set([...partial.referenceCost.keys(), ...byDay.map.keys()])].sort();
    let local = 0n;
    let remote = 0n;
    const rows = days.map((day) => {
        const l = byDay.map.get(day)?.pico ?? 0n;
        const r = partial.referenceCost.get(day) ?? 0n;
        local += l;
        remote += r;
        return {
            day,
            localCost: formatPicoUsd(l),
            anthropicCost: formatPicoUsd(r),
            variance: formatPicoUsd(l - r),
        };
    });
    return {
        localCost: formatPicoUsd(local),
        anthropicCost: formatPicoUsd(remote),
        variance: formatPicoUsd(local - remote),
        variancePercent: remote === 0n ? null : Number(((local - remote) * 10000n) / remote) / 100,
        byDay: rows,
        notes: [
            "Anthropic's cost_report is authoritative for first-party API spend. It excludes Bedrock and Vertex usage and Priority Tier, and includes API usage that is not Claude Code; local estimates use list prices from Steward's catalog.",
        ],
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./shared/usage/files.ts
/**
 * Turns `--source` arguments (plain files, directories, globs) into a sorted
 * list of files. Node 20 has no fs.glob, so globs are matched here: `**`
 * crosses directories, `*` and `?` do not, `{a,b}` alternates.
 */




/** File names a directory source contributes. */
const USAGE_FILE_PATTERN = /\.(jsonl|json|ndjson|log)(\.gz)?$/i;
const GLOB_CHARS = /[*?[{]/;
/** Converts a glob to an anchored regular expression over "/"-separated relative paths. */
function globToRegExp(glob) {
    let re = "";
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === "*") {
            if (glob[i + 1] === "*") {
                const slash = glob[i + 2] === "/";
                re += slash ? "(?:.*/)?" : ".*";
                i += slash ? 2 : 1;
            }
            else
                re += "[^/]*";
        }
        else if (c === "?")
            re += "[^/]";
        else if (c === "{") {
            const end = glob.indexOf("}", i);
            if (end === -1)
                re += "\\{";
            else {
                re += `(?:${glob
                    .slice(i + 1, end)
                    .split(",")
                    .map((s) => s.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
                    .join("|")})`;
                i = end;
            }
        }
        else if (c === "[") {
            const end = glob.indexOf("]", i);
            if (end === -1)
                re += "\\[";
            else {
                re += `[${glob.slice(i + 1, end).replace(/^!/, "^")}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^$()|\\]/g, "\\$&");
    }
    return new RegExp(`^${re}$`);
}
/**
 * Every file below `dir`, sorted by name at each level. Paths are built by
 * concatenation (`dir` is already absolute and normal, names hold no
 * separator): thousands of daily files would otherwise each pay for
 * path.join and path.relative. Directories are read synchronously: a hundred
 * small folders cost less than a hundred round trips to the thread pool.
 */
function walk(dir, rel, out) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`Usage source directory ${dir} is not readable.`, {
            file: dir,
            cause: error,
        });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const prefix = dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep;
    for (const e of entries) {
        const p = prefix + e.name;
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory())
            walk(p, r, out);
        else if (e.isFile())
            out.push({ path: p, rel: r });
    }
}
const toPosix = (p) => (external_node_path_.sep === "/" ? p : p.split(external_node_path_.sep).join("/"));
/** Expands source arguments relative to `cwd`. A missing file or a glob with no match is a ConfigurationError. */
async function expandSources(specs, cwd) {
    const out = [];
    // one walk never finds a file twice: only several sources need the check
    const seen = specs.length > 1 ? new Set() : undefined;
    const add = (f) => {
        if (seen === undefined)
            out.push(f);
        else if (!seen.has(f.path)) {
            seen.add(f.path);
            out.push(f);
        }
    };
    for (const spec of specs) {
        if (GLOB_CHARS.test(spec)) {
            const parts = toPosix(spec).split("/");
            const firstGlob = parts.findIndex((s) => GLOB_CHARS.test(s));
            const base = (0,external_node_path_.resolve)(cwd, parts.slice(0, firstGlob).join("/") || ".");
            const re = globToRegExp(parts.slice(firstGlob).join("/"));
            const files = [];
            try {
                await (0,promises_.stat)(base);
            }
            catch (error) {
                throw new shared_errors/* ConfigurationError */.j1(`Usage source ${spec}: directory ${base} does not exist.`, {
                    file: spec,
                    cause: error,
                });
            }
            walk(base, "", files);
            let matched = 0;
            for (const f of files) {
                if (re.test(f.rel)) {
                    matched++;
                    add({ path: f.path, spec, relative: f.rel });
                }
            }
            if (matched === 0)
                throw new shared_errors/* ConfigurationError */.j1(`Usage source ${spec} matches no files.`, { file: spec });
            continue;
        }
        const abs = (0,external_node_path_.resolve)(cwd, spec);
        let info;
        try {
            info = await (0,promises_.stat)(abs);
        }
        catch (error) {
            const code = error.code;
            throw new shared_errors/* ConfigurationError */.j1(`Usage source ${spec} ${code === "ENOENT" ? "does not exist" : `is not readable (${code})`}.`, { file: spec, cause: error, hint: "Pass a file, a directory or a quoted glob to --source." });
        }
        if (info.isDirectory()) {
            const files = [];
            walk(abs, "", files);
            for (const f of files)
                if (USAGE_FILE_PATTERN.test(f.rel))
                    add({ path: f.path, spec, relative: f.rel });
        }
        else {
            add({ path: abs, spec, relative: "" });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./shared/usage/parallel.ts
var parallel = __webpack_require__(327);
;// CONCATENATED MODULE: ./shared/reports/cost/pipeline.ts




/** `until` is an inclusive day; the reader bound is exclusive. */
function dayBounds(since, until) {
    return {
        ...(since ? { since: Date.parse(`${since}T00:00:00Z`) } : {}),
        ...(until ? { until: Date.parse(`${until}T00:00:00Z`) + 86_400_000 } : {}),
    };
}
/** Reads every source into one partial. With no sources it returns an empty partial. */
async function collectPartial(options) {
    if (options.sources.length === 0)
        return (0,aggregate/* emptyPartial */.pP)();
    const files = await expandSources(options.sources, options.cwd);
    return (0,parallel.readFilesToPartial)(files, {
        ...(options.kind ? { kind: options.kind } : {}),
        ...dayBounds(options.since, options.until),
        ...(options.userMap ? { userMap: options.userMap } : {}),
        ...(options.defaultUser ? { defaultUser: options.defaultUser } : {}),
        ...(options.catalog ? { catalog: options.catalog } : {}),
        ...(options.onFile ? { onFile: options.onFile } : {}),
        ...(options.onPlan ? { onPlan: options.onPlan } : {}),
        ...(options.threads ? { threads: options.threads } : {}),
        ...(options.env ? { env: options.env } : {}),
    });
}
/** Merges partials without changing any of them. */
function mergeAll(partials) {
    const some = partials.filter((p) => !(0,aggregate/* isEmptyPartial */.Fz)(p));
    // one partial is its own merge: no copy of its cells
    if (some.length <= 1)
        return some[0] ?? (0,aggregate/* emptyPartial */.pP)();
    // one copy (the first merge's), which the rest are added into: not a copy per partial
    const [a, b, ...rest] = some;
    return rest.reduce(aggregate/* mergeOwnedPartials */._H, (0,aggregate/* mergePartials */.p8)(a, b));
}
/** File name -> content for each requested format. */
function renderFormats(report, formats, options = {}) {
    const out = new Map();
    for (const f of formats) {
        if (f === "json")
            out.set("report.json", renderJson(report));
        if (f === "md")
            out.set("report.md", renderMarkdown(report, options));
        if (f === "html")
            out.set("report.html", renderHtml(report, options));
        if (f === "csv")
            for (const [name, text] of renderCsv(report))
                out.set(name, text);
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/reports/cost/request.ts
/**
 * One cost-report run, as both `steward report cost` and the cost-report
 * action ask for it: read the organisation files, collect the sources into a
 * partial, merge partials from other shards, reconcile with Anthropic's
 * cost_report when asked, build the report and render the formats. File
 * reading happens here; writing the rendered files is the caller's.
 */









const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Checks a YYYY-MM-DD value, naming the option on error. */
function checkDay(name, value) {
    if (value === undefined)
        return undefined;
    if (!DAY_PATTERN.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        throw new shared_errors/* ConfigurationError */.j1(`${name} expects a date YYYY-MM-DD, got "${value}".`);
    }
    return value;
}
/** Reads one of the report's input files; a missing or unreadable file is a ConfigurationError naming it. */
async function readText(cwd, file, what) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), "utf8");
    }
    catch (error) {
        const code = error.code;
        throw new shared_errors/* ConfigurationError */.j1(`Cannot read ${what} ${file}: ${code === "ENOENT" ? "no such file" : (code ?? "error")}.`, {
            file,
            cause: error,
        });
    }
}
/** The files a report is priced and grouped with, read and checked (each error names its file). */
async function readReportInputs(cwd, files) {
    let catalog = pricing_catalog/* defaultCatalog */.Dd;
    if (files.prices)
        catalog = (0,pricing_catalog/* applyPriceOverrides */.$B)(await readText(cwd, files.prices, "price overrides"), files.prices);
    let org = org_emptyOrg();
    if (files.roles)
        org = withRoleMappings(org, await readText(cwd, files.roles, "role mappings"), files.roles);
    if (files.users)
        org = withUsersFile(org, await readText(cwd, files.users, "users file"), files.users);
    if (files.budgets)
        org = withBudgets(org, await readText(cwd, files.budgets, "budgets file"), files.budgets);
    const dashboard = files.dashboard
        ? { text: await readText(cwd, files.dashboard, "dashboard config"), file: files.dashboard }
        : undefined;
    return { catalog, org, dashboard };
}
async function runCostReport(request, ports) {
    const { cwd, logger } = ports;
    if (request.sources.length === 0 && (request.merge ?? []).length === 0) {
        throw new shared_errors/* ConfigurationError */.j1("A cost report needs at least one source or partial to merge.");
    }
    if (request.since && request.until && request.since > request.until) {
        throw new shared_errors/* ConfigurationError */.j1(`The period starts (${request.since}) after it ends (${request.until}).`);
    }
    const { catalog, org, dashboard } = await readReportInputs(cwd, request);
    const started = Date.now();
    const local = await collectPartial({
        sources: request.sources,
        cwd,
        ...(request.kind ? { kind: request.kind } : {}),
        ...(request.since ? { since: request.since } : {}),
        ...(request.until ? { until: request.until } : {}),
        ...(org.aliases.size ? { userMap: Object.fromEntries(org.aliases) } : {}),
        catalog,
        ...(ports.onFile ? { onFile: ports.onFile } : {}),
        onPlan: (threads, files) => logger.debug(`reading ${files} files on ${threads} thread(s)`),
    });
    logger.debug(`read ${local.stats.records} records from ${local.stats.files} files in ${Date.now() - started} ms`);
    if (local.malformed.total > 0) {
        const first = local.malformed.samples[0];
        logger.warning(`${local.malformed.total} malformed line(s) skipped${first ? `; first: ${first.reason}` : ""}.`, first ? { file: first.file, line: first.line } : undefined);
    }
    const others = [];
    for (const m of request.merge ?? [])
        others.push((0,aggregate/* partialFromJson */.S6)(await readText(cwd, m, "partial"), m));
    let partial = mergeAll([local, ...others]);
    if (request.reconcile) {
        if (!request.since || !request.until)
            throw new shared_errors/* ConfigurationError */.j1("Reconciliation needs a period (since and until).");
        const end = new Date(Date.parse(`${request.until}T00:00:00Z`) + 86_400_000)
            .toISOString()
            .replace(".000", "");
        const byDay = await fetchCostReport({ startingAt: `${request.since}T00:00:00Z`, endingAt: end }, {
            auth: request.reconcile.auth,
            ...(request.reconcile.baseUrl ? { baseUrl: request.reconcile.baseUrl } : {}),
            logger,
        });
        partial = (0,aggregate/* withReferenceCost */.Te)(partial, byDay);
    }
    const report = buildCostReport(partial, {
        catalog,
        org,
        generatedAt: ports.now().toISOString(),
        ...(request.since ? { since: request.since } : {}),
        ...(request.until ? { until: request.until } : {}),
        ...(dashboard ? { dashboard } : {}),
    });
    const files = renderFormats(report, request.formats, { top: request.top ?? 10 });
    // Serialised on first read only: most runs write no partial, and over
    // hundreds of thousands of cells its JSON is tens of megabytes.
    let partialJson;
    return {
        report,
        get partialJson() {
            partialJson ??= `${JSON.stringify((0,aggregate/* partialToJson */.Hb)(local))}\n`;
            return partialJson;
        },
        files,
    };
}
/** The alert levels present in a report (quota breaches and budget alerts). */
function alertLevels(report) {
    return [...report.quotaBreaches.map((b) => b.severity), ...report.budgetAlerts.map((b) => b.severity)];
}

;// CONCATENATED MODULE: ./shared/github/cost-report-job.ts
/**
 * The monthly cost report as a job: run the report, write its files, put the
 * Markdown in the job summary, set the headline outputs, and tell Slack about
 * quota and budget thresholds crossed (and that the report is ready).
 */






const cost_report_job_top = (rows) => [...rows].sort((a, b) => b.costUsd - a.costUsd)[0]?.key ?? "";
/** The Slack messages a report calls for: one per threshold crossed (and report-ready when asked). */
function alertMessages(report, notifyMode) {
    if (notifyMode === "none")
        return [];
    const out = [];
    for (const b of report.quotaBreaches) {
        out.push({
            event: "quota-threshold",
            data: {
                subject: b.user,
                subjectKind: "user",
                metric: "tokens",
                used: b.used,
                limit: b.limit,
                threshold: b.severity === "critical" ? 100 : 80,
                period: `${b.period} ${b.when} (role ${b.role})`,
            },
        });
    }
    for (const a of report.budgetAlerts) {
        out.push({
            event: "budget-threshold",
            data: {
                subject: a.team,
                subjectKind: "team",
                spent: Number(a.cost),
                budget: Number(a.budget),
                threshold: a.severity === "critical" ? 100 : 80,
                period: a.month,
            },
        });
    }
    if (notifyMode === "all") {
        const ranked = (rows) => [...rows]
            .sort((x, y) => y.costUsd - x.costUsd)
            .slice(0, 5)
            .map((r) => ({ name: r.key, cost: r.costUsd }));
        out.push({
            event: "report-ready",
            data: {
                period: report.period.since && report.period.until
                    ? `${report.period.since} to ${report.period.until}`
                    : "all data",
                totalCost: report.totals.costUsd,
                totalTokens: report.totals.tokens,
                activeUsers: report.byUser.length,
                topModels: ranked(report.byModel),
                topSpenders: ranked(report.byUser),
            },
        });
    }
    return out;
}
async function runCostReportJob(ctx, options) {
    if (options.adminKey)
        ctx.setSecret(options.adminKey);
    const webhook = options.slackWebhookUrl ?? ctx.env.SLACK_WEBHOOK_URL;
    if (webhook)
        ctx.setSecret(webhook);
    const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
    const adminAuth = options.adminKey
        ? options.adminKey.startsWith("sk-ant-admin")
            ? { kind: "admin-key", key: options.adminKey }
            : { kind: "bearer", token: options.adminKey }
        : undefined;
    const run = await runCostReport({
        sources: options.sources,
        kind: options.kind,
        merge: options.merge,
        formats: options.formats,
        ...(options.since ? { since: options.since } : {}),
        ...(options.until ? { until: options.until } : {}),
        ...(options.roles ? { roles: options.roles } : {}),
        ...(options.users ? { users: options.users } : {}),
        ...(options.budgets ? { budgets: options.budgets } : {}),
        ...(options.prices ? { prices: options.prices } : {}),
        ...(options.dashboard ? { dashboard: options.dashboard } : {}),
        ...(options.reconcile && adminAuth ? { reconcile: { auth: adminAuth, baseUrl: options.apiUrl } } : {}),
    }, { cwd: workspace, logger: ctx.logger, now: ctx.now });
    const { report } = run;
    const outDir = (0,external_node_path_.resolve)(workspace, options.outDir);
    await (0,promises_.mkdir)(outDir, { recursive: true });
    for (const [name, text] of run.files)
        await (0,promises_.writeFile)((0,external_node_path_.join)(outDir, name), text);
    if (options.partialFile) {
        const file = (0,external_node_path_.resolve)(workspace, options.partialFile);
        await (0,promises_.writeFile)(file, run.partialJson);
        ctx.setOutput("partial-file", file);
    }
    await ctx.appendSummary(renderMarkdown(report, { top: 10 }));
    ctx.setOutput("total-cost-usd", report.totals.costUsd.toFixed(2));
    ctx.setOutput("total-tokens", report.totals.tokens);
    ctx.setOutput("users", report.byUser.length);
    ctx.setOutput("top-user", cost_report_job_top(report.byUser));
    ctx.setOutput("top-model", cost_report_job_top(report.byModel));
    ctx.setOutput("quota-breaches", report.quotaBreaches.length);
    ctx.setOutput("budget-alerts", report.budgetAlerts.length);
    ctx.setOutput("unpriced-models", report.unpricedModels.length);
    ctx.setOutput("malformed-lines", report.malformed.total);
    ctx.setOutput("report-dir", outDir);
    ctx.logger.info(`Cost report: $${report.totals.costUsd.toFixed(2)} for ${report.totals.tokens} tokens, ${report.byUser.length} users; written to ${options.outDir}.`);
    const messages = alertMessages(report, options.notify);
    if (messages.length > 0) {
        if (!webhook) {
            ctx.logger.warning(`${messages.length} Slack message(s) were due (quota/budget alerts) but no slack-webhook-url or SLACK_WEBHOOK_URL is set.`);
        }
        else {
            for (const m of messages) {
                await notify({
                    event: m.event,
                    data: m.data,
                    context: runContextFromEnv(ctx.env),
                    webhookUrl: webhook,
                    webhookUrlSource: options.slackWebhookUrl ? "the slack-webhook-url input" : "SLACK_WEBHOOK_URL",
                }, { logger: ctx.logger, ...systemRetryPorts });
            }
            ctx.logger.info(`${messages.length} Slack message(s) sent.`);
        }
    }
    const levels = alertLevels(report);
    if ((options.failOn === "critical" && levels.includes("critical")) ||
        (options.failOn === "warning" && levels.length > 0)) {
        ctx.fail(`Cost report: ${levels.length} quota/budget alert(s) at or above ${options.failOn}.`);
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./shared/github/actions-logger.ts
/** The Logger port on top of @actions/core: warnings and errors become annotations. */

/** Maps our location shape onto the toolkit's annotation properties. */
function toAnnotation(location) {
    if (!location)
        return {};
    const props = {};
    if (location.title)
        props.title = location.title;
    if (location.file)
        props.file = location.file;
    if (location.line) {
        props.startLine = location.line;
        // GitHub only accepts columns when the annotation spans one line
        const endLine = location.endLine ?? location.line;
        if (endLine !== location.line)
            props.endLine = endLine;
        else if (location.column) {
            props.startColumn = location.column;
            if (location.endColumn && location.endColumn > location.column)
                props.endColumn = location.endColumn;
        }
    }
    return props;
}
function createActionsLogger() {
    return {
        debug: (m) => core/* debug */.Yz(m),
        info: (m) => core/* info */.pq(m),
        warning: (m, l) => core/* warning */.$e(m, toAnnotation(l)),
        error: (m, l) => core/* error */.z3(m, toAnnotation(l)),
        notice: (m, l) => core/* notice */.lm(m, toAnnotation(l)),
        startGroup: (n) => core/* startGroup */.Oh(n),
        endGroup: () => core/* endGroup */.N4(),
    };
}

;// CONCATENATED MODULE: ./shared/github/run-action.ts
/**
 * The one place an action catches errors (STYLE.md §5). A ConfigurationError
 * becomes an error annotation at the file and line it names, without a stack;
 * anything else is a bug: the step fails with the message and the stack goes
 * to the debug log.
 */



/** GitHub truncates step summaries above 1 MiB; keep well below. */
const SUMMARY_LIMIT = 1_000_000;
function createActionContext() {
    let summaryBytes = 0;
    return {
        logger: createActionsLogger(),
        getInput: (name) => core/* getInput */.V4(name),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        setSecret: (value) => core/* setSecret */.Pq(value),
        async appendSummary(markdown) {
            const bytes = Buffer.byteLength(markdown);
            if (summaryBytes + bytes > SUMMARY_LIMIT) {
                core/* warning */.$e("The job summary reached GitHub's size limit; the rest is in the step log and artifacts.");
                return;
            }
            summaryBytes += bytes;
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        fail: (message) => core/* setFailed */.C1(message),
        getIdToken: (audience) => core/* getIDToken */.V9(audience),
        exportSecretVariable: (name, value) => {
            core/* setSecret */.Pq(value);
            core/* exportVariable */.dN(name, value);
        },
        env: process.env,
        now: () => new Date(),
    };
}
/**
 * Runs an action's body. Never throws; sets `process.exitCode` to 1 on failure.
 * @param name the action's name, used in messages about bugs.
 */
async function runAction(name, body) {
    const ctx = createActionContext();
    try {
        await body(ctx);
    }
    catch (error) {
        if (error instanceof shared_errors/* ConfigurationError */.j1) {
            core/* error */.z3(error.userMessage, toAnnotation({ ...error.location, title: error.title ?? `${name}` }));
            process.exitCode = 1;
            return;
        }
        core/* setFailed */.C1(`${name} failed unexpectedly: ${(0,shared_errors/* getErrorMessage */.u1)(error)}. This is a bug in Steward; please report it with the debug log (re-run with ACTIONS_STEP_DEBUG=true).`);
        if (error instanceof Error && error.stack)
            core/* debug */.Yz(error.stack);
    }
}

;// CONCATENATED MODULE: ./shared/inputs/parse.ts
/**
 * Strict parsers for action inputs and CLI flags. Each takes the input's name
 * and raw string so that an error names both; none defaults quietly on a typo.
 */

const TRUE = new Set(["true", "True", "TRUE"]);
const FALSE = new Set(["false", "False", "FALSE"]);
/** `undefined` when empty; otherwise the trimmed value. */
function optionalString(get, name) {
    const value = get(name).trim();
    return value === "" ? undefined : value;
}
/** The trimmed value; a ConfigurationError when empty. */
function requiredString(get, name) {
    const value = optionalString(get, name);
    if (value === undefined) {
        throw new ConfigurationError(`Input required and not supplied: ${name}.`, {
            hint: `Set \`${name}:\` under \`with:\` in the step that uses this action.`,
        });
    }
    return value;
}
/** YAML 1.2 core booleans only (as `core.getBooleanInput`), with a default when empty. */
function booleanInput(get, name, fallback) {
    const raw = optionalString(get, name);
    if (raw === undefined)
        return fallback;
    if (TRUE.has(raw))
        return true;
    if (FALSE.has(raw))
        return false;
    throw new shared_errors/* ConfigurationError */.j1(`Input ${name} must be true or false, got "${raw}".`);
}
/** One of `allowed`, with a default when empty. */
function enumInput(get, name, allowed, fallback) {
    const raw = optionalString(get, name);
    if (raw === undefined)
        return fallback;
    if (allowed.includes(raw))
        return raw;
    throw new shared_errors/* ConfigurationError */.j1(`Input ${name} must be one of ${allowed.join(", ")}; got "${raw}".`);
}
/** A whole number within [min, max], with a default when empty. */
function integerInput(get, name, fallback, range = {}) {
    const raw = optionalString(get, name);
    if (raw === undefined)
        return fallback;
    if (!/^-?\d+$/.test(raw))
        throw new ConfigurationError(`Input ${name} must be a whole number, got "${raw}".`);
    const n = Number(raw);
    if ((range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
        throw new ConfigurationError(`Input ${name} must be between ${range.min ?? "-∞"} and ${range.max ?? "∞"}, got ${n}.`);
    }
    return n;
}
/** A list from newline- or comma-separated text, empty entries dropped. */
function listInput(get, name) {
    return get(name)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
}
/**
 * Wraps a getter so the names it was asked for are recorded: the test that
 * proves every input an action reads is declared in its action.yml uses it.
 */
function recordingGetter(values = {}) {
    const names = new Set();
    const get = ((name) => {
        names.add(name);
        return values[name] ?? "";
    });
    Object.defineProperty(get, "names", { value: names });
    return get;
}
/** A list from newline-separated text (for paths and globs, which may hold commas). */
function lineListInput(get, name) {
    return get(name)
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
}

;// CONCATENATED MODULE: ./actions/cost-report/inputs.ts
/** The cost-report action's inputs, declared once and parsed strictly. */



/** Every input this action reads; a test keeps it equal to action.yml's inputs. */
const INPUTS = (/* unused pure expression or super */ null && ([
    "sources",
    "source-kind",
    "merge",
    "period",
    "since",
    "until",
    "roles",
    "users",
    "budgets",
    "prices",
    "dashboard",
    "formats",
    "out-dir",
    "partial-file",
    "reconcile",
    "anthropic-admin-key",
    "anthropic-api-url",
    "slack-webhook-url",
    "notify",
    "fail-on",
]));
/** `previous-month`, `current-month` or `YYYY-MM` -> the first and last day of that month. */
function periodDays(period, today) {
    let year;
    let month; // 0-based
    if (period === "previous-month" || period === "current-month") {
        year = today.getUTCFullYear();
        month = today.getUTCMonth() - (period === "previous-month" ? 1 : 0);
        if (month < 0) {
            month = 11;
            year--;
        }
    }
    else {
        const m = /^(\d{4})-(\d{2})$/.exec(period);
        if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
            throw new shared_errors/* ConfigurationError */.j1(`Input period must be previous-month, current-month or YYYY-MM; got "${period}".`);
        }
        year = Number(m[1]);
        month = Number(m[2]) - 1;
    }
    const first = new Date(Date.UTC(year, month, 1));
    const last = new Date(Date.UTC(year, month + 1, 0));
    const day = (d) => d.toISOString().slice(0, 10);
    return { since: day(first), until: day(last) };
}
const FORMATS = ["json", "csv", "md", "html"];
function parseInputs(get, today = new Date()) {
    const period = optionalString(get, "period");
    const fromPeriod = period ? periodDays(period, today) : undefined;
    const since = checkDay("Input since", optionalString(get, "since")) ?? fromPeriod?.since;
    const until = checkDay("Input until", optionalString(get, "until")) ?? fromPeriod?.until;
    const formats = listInput(get, "formats");
    for (const f of formats) {
        if (!FORMATS.includes(f)) {
            throw new shared_errors/* ConfigurationError */.j1(`Input formats: "${f}" is not one of ${FORMATS.join(", ")}.`);
        }
    }
    const sources = lineListInput(get, "sources");
    const merge = lineListInput(get, "merge");
    if (sources.length === 0 && merge.length === 0) {
        throw new shared_errors/* ConfigurationError */.j1("Input sources (or merge) is required: give the usage files or directories to read.");
    }
    const reconcile = booleanInput(get, "reconcile", false);
    const adminKey = optionalString(get, "anthropic-admin-key");
    if (reconcile && !adminKey) {
        throw new shared_errors/* ConfigurationError */.j1("Input reconcile is true but anthropic-admin-key is empty.");
    }
    return {
        sources,
        kind: enumInput(get, "source-kind", ["auto", "seed", "hook", "transcripts"], "auto"),
        merge,
        since,
        until,
        roles: optionalString(get, "roles"),
        users: optionalString(get, "users"),
        budgets: optionalString(get, "budgets"),
        prices: optionalString(get, "prices"),
        dashboard: optionalString(get, "dashboard"),
        formats: (formats.length ? formats : ["json", "md"]),
        outDir: optionalString(get, "out-dir") ?? "steward-cost-report",
        partialFile: optionalString(get, "partial-file"),
        reconcile,
        adminKey,
        apiUrl: optionalString(get, "anthropic-api-url") ?? "https://api.anthropic.com",
        slackWebhookUrl: optionalString(get, "slack-webhook-url"),
        notify: enumInput(get, "notify", ["alerts", "all", "none"], "alerts"),
        failOn: enumInput(get, "fail-on", ["warning", "critical", "never"], "never"),
    };
}

;// CONCATENATED MODULE: ./actions/cost-report/main.ts
/** cost-report: read inputs, run the cost report job. */



async function costReportAction(ctx) {
    await runCostReportJob(ctx, parseInputs(ctx.getInput, ctx.now()));
}
function run() {
    return runAction("cost-report", costReportAction);
}


/***/ })

};
