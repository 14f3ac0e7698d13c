"use strict";
exports.id = 588;
exports.ids = [588];
exports.modules = {

/***/ 5588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ OAUTH_BETA),
/* harmony export */   Sn: () => (/* binding */ revealAuth),
/* harmony export */   TU: () => (/* binding */ AdminApiClient),
/* harmony export */   q9: () => (/* binding */ ANTHROPIC_API_URL),
/* harmony export */   qT: () => (/* binding */ apiErrorOf)
/* harmony export */ });
/* unused harmony exports ANTHROPIC_VERSION, authHeaders, adminHeaders, adminUrl, AnthropicApiError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5129);
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
const text = (v) => (typeof v === "string" && v !== "" ? v : undefined);
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
    if (error instanceof _http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpStatusError */ .F9)
        return error.status === 429;
    return codesOf(error).codes.includes("ECONNREFUSED");
}
function shortFailure(error) {
    if (error instanceof _http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpStatusError */ .F9) {
        const type = text(parseErrorBody(error.body).error?.type);
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
        this.#ports = options.ports ?? _http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .systemRetryPorts */ .qR;
        this.#logger = options.logger;
        this.#allConfiguration = options.configurationErrors === "all";
    }
    /** One call, retried under the policy; the parsed JSON answer (`{}` for an empty body). */
    async request(req) {
        const method = req.method ?? "GET";
        const auth = req.auth ?? this.#auth;
        const safe = method === "GET" || req.idempotent === true;
        const classify = this.#retry.classify ?? _http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyRetry */ .lt;
        const url = adminUrl(this.#base, req.path, req.query);
        try {
            const { value } = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(async (signal) => {
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
                    throw new _http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpStatusError */ .F9(res.status, { retryAfter: res.headers.get("retry-after"), body });
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
            const next = text(req.paging === "page" ? body.next_page : body.last_id);
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
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(message, {
                title: "Anthropic Admin API",
                ...(hint ? { hint } : {}),
                cause: error,
            })
            : error;
    }
    /** The one translation of a failed call; removes every credential from text that came from outside. */
    #translate(error, req, auth) {
        const retry = error instanceof _http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryError */ .J_ ? error : undefined;
        const last = retry ? retry.lastError : error;
        if (last instanceof AnthropicApiError || last instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
            return last;
        const secrets = [revealAuth(auth), revealAuth(this.#auth)].filter((s) => s.length >= 4);
        const scrub = (s) => secrets.reduce((t, secret) => t.split(secret).join("[credential]"), s);
        const attempts = retry?.attempts ?? 1;
        const after = attempts > 1 ? ` after ${attempts} attempts` : "";
        const lead = req.what ? `Could not ${req.what}: ` : "";
        let api;
        if (last instanceof _http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpStatusError */ .F9) {
            const body = parseErrorBody(last.body);
            const type = text(body.error?.type);
            const apiMessage = text(body.error?.message);
            const requestId = text(body.request_id);
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
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(message, {
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
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(api.message, {
                title: "Anthropic Admin API",
                ...(api.hint ? { hint: api.hint } : {}),
                cause: api,
            })
            : api;
    }
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