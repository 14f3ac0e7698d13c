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

/** What the clock, the dice and the waiting look like; passed in so tests can fake them. */
export interface RetryPorts {
  /** Waits `ms`; should settle early (resolve or reject, either is fine) when `signal` aborts. */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Milliseconds since some fixed origin (e.g. `Date.now`). */
  readonly now: () => number;
  /** A number in [0, 1) (e.g. `Math.random`). */
  readonly random: () => number;
}

/** Whether an error is worth another attempt, and how long the server asked us to wait. */
export type RetryDecision =
  | { readonly retry: false }
  | {
      readonly retry: true /** Server-requested wait (Retry-After), in ms. */;
      readonly retryAfterMs?: number;
    };

export interface RetryInfo {
  /** The attempt that just failed (1-based). */
  readonly attempt: number;
  /** How long we wait before the next attempt. */
  readonly delayMs: number;
  /** The error the attempt failed with. Do not print it raw: it may carry secrets. */
  readonly error: unknown;
}

export interface RetryOptions {
  /** Attempts in all, the first included. Default 4. Must be >= 1. */
  readonly maxAttempts?: number;
  /** Scale of the backoff. Default 1000 ms. */
  readonly baseDelayMs?: number;
  /** Cap of one backoff wait. Default 30 s. */
  readonly maxDelayMs?: number;
  /** Cap of an honoured Retry-After. Default 60 s. */
  readonly maxRetryAfterMs?: number;
  /** Timeout of one attempt. Default 10 s. */
  readonly attemptTimeoutMs?: number;
  /** Bound of the whole operation, waits included. Default 120 s. */
  readonly totalTimeoutMs?: number;
  /** Decides what is retryable. Default {@link classifyRetry}. */
  readonly classify?: (error: unknown, now: number) => RetryDecision;
  /** Called before each wait, e.g. to log "retrying in 2 s". */
  readonly onRetry?: (info: RetryInfo) => void;
}

export const DEFAULT_RETRY_OPTIONS = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  attemptTimeoutMs: 10_000,
  totalTimeoutMs: 120_000,
} as const;

export interface RetryResult<T> {
  readonly value: T;
  readonly attempts: number;
}

/** Why {@link withRetry} gave up. */
export type RetryGiveUpReason = "not-retryable" | "attempts-exhausted" | "time-exhausted";

/** Thrown by {@link withRetry} when it gives up. */
export class RetryError extends Error {
  readonly attempts: number;
  readonly reason: RetryGiveUpReason;
  /** The error of the last attempt (not in `message`; may carry secrets). */
  readonly lastError: unknown;

  constructor(attempts: number, reason: RetryGiveUpReason, lastError: unknown) {
    const why =
      reason === "not-retryable"
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
export class HttpStatusError extends Error {
  readonly status: number;
  /** The raw `Retry-After` header, if any. */
  readonly retryAfter: string | undefined;
  /** The response body (trimmed to 1000 chars). Not in `message`. */
  readonly body: string | undefined;

  constructor(status: number, options: { retryAfter?: string | null; body?: string } = {}) {
    super(`HTTP ${status}`);
    this.name = "HttpStatusError";
    this.status = status;
    this.retryAfter = options.retryAfter ?? undefined;
    this.body = options.body?.slice(0, 1000);
  }
}

/** The attempt ran past its per-attempt timeout. */
export class AttemptTimeoutError extends Error {
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
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
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  if (!/[a-z]/i.test(trimmed)) return undefined; // "-1", "1e3": neither form
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Error codes of failures where no (complete) answer arrived: safe to retry. */
export const RETRYABLE_NETWORK_CODES: ReadonlySet<string> = new Set([
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

function field(error: unknown, name: string): unknown {
  return typeof error === "object" && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

function statusOf(error: unknown): number | undefined {
  const status = field(error, "status") ?? field(error, "statusCode");
  return typeof status === "number" && Number.isInteger(status) ? status : undefined;
}

function retryAfterOf(error: unknown): string | undefined {
  const direct = field(error, "retryAfter");
  if (typeof direct === "string") return direct;
  if (typeof direct === "number") return String(direct);
  const headers = field(field(error, "response"), "headers") ?? field(error, "headers");
  if (headers && typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(n: string): string | null }).get("retry-after") ?? undefined;
  }
  const value = field(headers, "retry-after");
  return typeof value === "string" ? value : undefined;
}

/** Walks `error` and its `cause` chain (a few levels) looking for a retryable network failure. */
function isNetworkFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    const code = field(current, "code");
    if (typeof code === "string" && RETRYABLE_NETWORK_CODES.has(code)) return true;
    const name = field(current, "name");
    if (name === "AbortError" || name === "TimeoutError" || name === "AttemptTimeoutError") return true;
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
export function classifyRetry(error: unknown, now: number): RetryDecision {
  const status = statusOf(error);
  if (status !== undefined) {
    const retryable = status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
    if (!retryable) return { retry: false };
    const retryAfterMs = parseRetryAfter(retryAfterOf(error), now);
    return retryAfterMs === undefined ? { retry: true } : { retry: true, retryAfterMs };
  }
  return isNetworkFailure(error) ? { retry: true } : { retry: false };
}

/** Real time, for production callers. */
export const systemRetryPorts: RetryPorts = {
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
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
async function runAttempt<T>(
  attempt: (signal: AbortSignal, attemptNo: number) => Promise<T>,
  attemptNo: number,
  timeoutMs: number,
  ports: RetryPorts,
): Promise<T> {
  const controller = new AbortController();
  const timerStop = new AbortController();
  const timeout = new AttemptTimeoutError(timeoutMs);
  const timedOut = ports.sleep(timeoutMs, timerStop.signal).then(
    () => {
      if (timerStop.signal.aborted) return new Promise<never>(() => {}); // the attempt settled first
      controller.abort(timeout);
      throw timeout;
    },
    () => new Promise<never>(() => {}),
  );
  try {
    return await Promise.race([
      Promise.resolve().then(() => attempt(controller.signal, attemptNo)),
      timedOut,
    ]);
  } catch (error) {
    // An attempt that rejects because we aborted it failed by our timeout.
    if (controller.signal.aborted) throw timeout;
    throw error;
  } finally {
    timerStop.abort();
  }
}

function positive(name: string, value: number, min: number): number {
  if (!Number.isFinite(value) || value < min) {
    throw new RangeError(`withRetry: ${name} must be a number >= ${min}, got ${value}.`);
  }
  return value;
}

/** Runs `attempt` under the retry policy described at the top of this file. */
export async function withRetry<T>(
  attempt: (signal: AbortSignal, attemptNo: number) => Promise<T>,
  options: RetryOptions,
  ports: RetryPorts,
): Promise<RetryResult<T>> {
  const o = { ...DEFAULT_RETRY_OPTIONS, ...options };
  const maxAttempts = Math.floor(positive("maxAttempts", o.maxAttempts, 1));
  positive("baseDelayMs", o.baseDelayMs, 0);
  positive("maxDelayMs", o.maxDelayMs, 0);
  positive("maxRetryAfterMs", o.maxRetryAfterMs, 0);
  positive("attemptTimeoutMs", o.attemptTimeoutMs, 1);
  positive("totalTimeoutMs", o.totalTimeoutMs, 1);
  const classify = options.classify ?? classifyRetry;

  const deadline = ports.now() + o.totalTimeoutMs;
  for (let attemptNo = 1; ; attemptNo++) {
    const remaining = deadline - ports.now();
    const timeoutMs = Math.min(o.attemptTimeoutMs, remaining);
    let lastError: unknown;
    try {
      const value = await runAttempt(attempt, attemptNo, timeoutMs, ports);
      return { value, attempts: attemptNo };
    } catch (error) {
      lastError = error;
    }
    const decision = classify(lastError, ports.now());
    if (!decision.retry) throw new RetryError(attemptNo, "not-retryable", lastError);
    if (attemptNo >= maxAttempts) throw new RetryError(attemptNo, "attempts-exhausted", lastError);

    const backoff = ports.random() * Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attemptNo - 1));
    const asked =
      decision.retryAfterMs === undefined ? 0 : Math.min(decision.retryAfterMs, o.maxRetryAfterMs);
    const delayMs = Math.round(Math.max(backoff, asked));
    // Give up now rather than wait for an attempt that could not finish in time
    // (at least 1 ms of attempt must be left after the wait).
    if (ports.now() + delayMs >= deadline - 1) throw new RetryError(attemptNo, "time-exhausted", lastError);
    options.onRetry?.({ attempt: attemptNo, delayMs, error: lastError });
    await ports.sleep(delayMs);
  }
}
