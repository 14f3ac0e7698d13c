"use strict";
exports.id = 358;
exports.ids = [358];
exports.modules = {

/***/ 5358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ru: () => (/* reexport */ EVENT_TYPES),
  me: () => (/* binding */ notify),
  Il: () => (/* binding */ parseEventType),
  ZJ: () => (/* reexport */ readEventData),
  RT: () => (/* reexport */ readPayloadFile),
  wX: () => (/* reexport */ runContextFromEnv)
});

// UNUSED EXPORTS: EVENTS, SLACK_LIMITS, buildCustomMessage, buildEventMessage, buildMessage, checkWebhookUrl, deliverToSlack, escapeMrkdwn, isEventType, redactSecrets, truncate

// EXTERNAL MODULE: ./shared/errors.ts
var shared_errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./node_modules/@slack/webhook/dist/index.js
var dist = __webpack_require__(4443);
// EXTERNAL MODULE: ./shared/http/retry.ts
var http_retry = __webpack_require__(5129);
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
    if (error instanceof http_retry/* HttpStatusError */.F9)
        return explainSlackError(error.status, error.body);
    if (error instanceof http_retry/* AttemptTimeoutError */.dU) {
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
                throw new http_retry/* HttpStatusError */.F9(error.statusCode, { retryAfter, body: error.body });
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
            return (0,http_retry/* classifyRetry */.lt)(error, now);
        },
        onRetry: ({ attempt: n, delayMs, error }) => {
            const { message: why } = describeFailure(error);
            ports.logger.info(scrub(`Slack delivery attempt ${n} failed: ${why} Retrying in ${(delayMs / 1000).toFixed(1)} s.`));
        },
    };
    try {
        const { attempts } = await (0,http_retry/* withRetry */.bD)(attempt, retry, ports);
        ports.logger.info(`Slack message delivered${attempts > 1 ? ` after ${attempts} attempts` : ""}.`);
        return { delivered: true, attempts };
    }
    catch (error) {
        if (!(error instanceof http_retry/* RetryError */.J_)) {
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
function parseSourceFile(path, text, what) {
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
    const file = parseSourceFile(payload.path, payload.content, "Slack payload file");
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
const EVENT_TYPES = [...Object.keys(EVENTS), "custom"];
function isEventType(value) {
    return EVENT_TYPES.includes(value);
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
        throw new shared_errors/* ConfigurationError */.j1(`The ${what} ${path} ${why}.`, {
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
        throw new shared_errors/* ConfigurationError */.j1(`Event data${source ? ` in ${source}` : ""} must be an object ({ ... }).`, {
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
    throw new shared_errors/* ConfigurationError */.j1(`${where} must be one of ${EVENT_TYPES.join(", ")}; got "${value}".`, {
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


/***/ })

};
;