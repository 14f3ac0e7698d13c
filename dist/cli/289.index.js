"use strict";
exports.id = 289;
exports.ids = [289];
exports.modules = {

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   e: () => (/* binding */ parseIntegerFlag)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/**
 * Strict argument parsing for commands, on top of node:util parseArgs: an
 * unknown flag or a missing value is a ConfigurationError that says what the
 * command accepts.
 */


/** Parses `args` against `options`; `--help`/`-h` is always accepted. */
function parseCommandArgs(commandName, args, options, allowPositionals = true) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...args],
            options: { ...options, help: { type: "boolean", short: "h" } },
            allowPositionals,
            strict: true,
        });
        return { values, positionals };
    }
    catch (error) {
        // Node's text, without its advice about '--' (Steward's hint says what to do) and with a full stop
        const message = (error instanceof Error ? error.message : String(error))
            .replace(/^TypeError.*?: /, "")
            .replace(/\. To specify a positional argument.*$/s, "")
            .replace(/([^.])$/, "$1.");
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`steward ${commandName}: ${message}`, {
            hint: `Run 'steward ${commandName} --help' for the options it accepts.`,
        });
    }
}
/** Parses a non-negative integer flag value, naming the flag on error. */
function parseIntegerFlag(flag, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--${flag} expects a whole number, got "${value}".`);
    }
    return Number(value);
}


/***/ }),

/***/ 1289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5129);
/* harmony import */ var _notify_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5358);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9006);
/**
 * `steward notify --event <type>`: build the Slack message for an event and
 * post it to an incoming webhook (or print it with --dry-run). The webhook URL
 * is read from the environment only, never from argv, so it stays out of shell
 * history and `ps`.
 */






const ERROR_MODES = ["fail", "warn"];
/** `--data -`: a JSON object on standard input. */
async function readStdinData(io) {
    const text = (await io.readStdin()).trim();
    if (!text.startsWith("{")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("--data - expects a JSON object on standard input.", {
            hint: "Pipe JSON in (jq -n '{keyName: \"ci\"}' | steward notify ...), or pass --data <file>.",
        });
    }
    return text;
}
const command = {
    path: ["notify"],
    summary: "Post a Slack message for an event (policy check, key rotation, budget, report, ...)",
    help: `Usage: steward notify --event <type> [--data <json | @file | file>] [--payload-file <file>]
                      [--webhook-url-env NAME] [--dry-run] [--errors fail|warn]

Builds the Block Kit message for an event from its data and posts it to a Slack
incoming webhook, retrying 5xx, timeouts, dropped connections and 429 (after the
Retry-After Slack sends); 4xx answers fail at once with what to do.

The webhook URL is read from the environment variable SLACK_WEBHOOK_URL (or the
one named by --webhook-url-env), never from the command line.

Options:
  --event <type>          ${_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .EVENT_TYPES */ .Ru.join(", ")}
  --data <data>           the event's data: inline JSON ('{"keyName": "ci"}'),
                          @file or a file path (.json, or .yaml/.yml), or - for
                          JSON on standard input
  --payload-file <file>   with --event custom: a JSON/YAML Slack message with
                          {{ variable }} placeholders filled from --data
  --webhook-url-env NAME  read the webhook URL from $NAME (default SLACK_WEBHOOK_URL)
  --dry-run               print the exact payload as JSON and send nothing
  --errors fail|warn      fail (default): exit 2 when the message is not delivered;
                          warn: print a warning and exit 0

The run link defaults to the current GitHub Actions run (GITHUB_SERVER_URL,
GITHUB_REPOSITORY, GITHUB_RUN_ID) when the data has no runUrl. Event fields:
docs/notify.md.

Output: the payload (--dry-run), else {"delivered": true|false, "attempts": n}.

Examples:
  steward notify --event key-rotated --data '{"keyName": "ci-production"}' --dry-run
  SLACK_WEBHOOK_URL=... steward notify --event report-ready --data @out/report-summary.json
  steward notify --event custom --payload-file slack/release.yaml --data '{"version": "1.2.0"}'
`,
    async run(args, io) {
        // Refuse a URL on the command line before anything could echo it.
        if (args.some((a) => /^--?webhook(-url)?(=|$)/i.test(a) || /^https?:\/\/hooks\.slack/i.test(a))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("steward notify does not take the webhook URL on the command line.", {
                hint: "Put it in SLACK_WEBHOOK_URL (or the variable named by --webhook-url-env): argv lands in shell history and ps.",
            });
        }
        const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Q)("notify", args, {
            event: { type: "string" },
            data: { type: "string" },
            "payload-file": { type: "string" },
            "webhook-url-env": { type: "string" },
            "dry-run": { type: "boolean" },
            errors: { type: "string" },
        }, false);
        if (values.help) {
            io.stdout.write(command.help);
            return 0;
        }
        if (values.event === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("steward notify needs --event.", {
                hint: `One of ${_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .EVENT_TYPES */ .Ru.join(", ")}. Run 'steward notify --help'.`,
            });
        }
        const event = (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEventType */ .Il)(values.event, "--event");
        const errors = values.errors ?? "fail";
        if (!ERROR_MODES.includes(errors)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--errors must be one of fail, warn; got "${errors}".`);
        }
        const envName = values["webhook-url-env"] ?? "SLACK_WEBHOOK_URL";
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--webhook-url-env must be an environment variable name; got "${envName}".`);
        }
        const readText = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path), "utf8");
        const rawData = values.data === "-" ? await readStdinData(io) : values.data;
        const { data, source } = await (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readEventData */ .ZJ)(rawData, readText, values.data === "-" ? "stdin" : "--data");
        const payloadFile = values["payload-file"]
            ? await (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readPayloadFile */ .RT)(values["payload-file"], readText)
            : undefined;
        const dryRun = values["dry-run"] === true;
        const result = await (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .notify */ .me)({
            event,
            data,
            ...(source ? { dataSource: source } : {}),
            ...(payloadFile ? { payloadFile } : {}),
            context: (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .runContextFromEnv */ .wX)(io.env),
            dryRun,
            errors: errors,
            webhookUrl: io.env[envName] ?? "",
            webhookUrlSource: `the environment variable ${envName}`,
        }, { ..._http_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .systemRetryPorts */ .qR, logger: io.logger });
        io.stdout.write(dryRun
            ? `${JSON.stringify(result.payload, null, 2)}\n`
            : `${JSON.stringify({ delivered: result.delivered, attempts: result.attempts })}\n`);
        return 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


/***/ }),

/***/ 2635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/* unused harmony export wrapError */
/**
 * Two kinds of error (ARCHITECTURE.md, rule 2).
 *
 * A `ConfigurationError` is the user's to fix: bad input, a malformed policy
 * file, a 401 from a service. It says what is wrong, where, and what to do, and
 * is shown without a stack trace. Every other error is a bug in Steward.
 */
/** An error the user can fix. Shown without a stack trace. */
class ConfigurationError extends Error {
    location;
    title;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = "ConfigurationError";
        const { title, hint, cause: _cause, ...location } = options;
        this.location = location;
        this.title = title;
        this.hint = hint;
    }
    /** The message with its hint, as users should read it. */
    get userMessage() {
        return this.hint ? `${this.message} ${this.hint}` : this.message;
    }
}
/** True for errors the user can fix (see {@link ConfigurationError}). */
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** The message of anything thrown, without an `Error: ` prefix. */
function getErrorMessage(error) {
    if (error instanceof ConfigurationError)
        return error.userMessage;
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Normalise anything thrown into an `Error`. */
function wrapError(error) {
    return error instanceof Error ? error : new Error(getErrorMessage(error));
}


/***/ }),

/***/ 5129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   J_: () => (/* binding */ RetryError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   dU: () => (/* binding */ AttemptTimeoutError),
/* harmony export */   lt: () => (/* binding */ classifyRetry),
/* harmony export */   qR: () => (/* binding */ systemRetryPorts)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_OPTIONS, parseRetryAfter, RETRYABLE_NETWORK_CODES */
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


/***/ })

};
;