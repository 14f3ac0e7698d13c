import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AttemptTimeoutError,
  classifyRetry,
  HttpStatusError,
  parseRetryAfter,
  RetryError,
  type RetryInfo,
  systemRetryPorts,
  withRetry,
} from "../../../shared/http/retry.js";
import { FakeClock } from "./fake-clock.js";

/** An attempt function that plays a script: each entry is thrown, or returned when it is not an Error. */
function script(...steps: unknown[]) {
  const seen: { attemptNo: number; signal: AbortSignal }[] = [];
  const fn = async (signal: AbortSignal, attemptNo: number) => {
    seen.push({ attemptNo, signal });
    const step = steps[Math.min(attemptNo - 1, steps.length - 1)];
    if (step instanceof Error) throw step;
    return step;
  };
  return { fn, seen };
}

async function rejection(promise: Promise<unknown>): Promise<RetryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RetryError) return error;
    throw error;
  }
  throw new Error("expected a RetryError");
}

describe("withRetry", () => {
  it("returns the value and one attempt when the first attempt succeeds", async () => {
    const clock = new FakeClock();
    const { fn } = script("ok");
    const result = await clock.run(withRetry(fn, {}, clock));
    expect(result).toEqual({ value: "ok", attempts: 1 });
    expect(clock.waits).toEqual([]);
  });

  it("retries 5xx with exponential backoff and full jitter, then succeeds", async () => {
    const clock = new FakeClock(() => 0.5);
    const { fn, seen } = script(new HttpStatusError(503), new HttpStatusError(500), "done");
    const result = await clock.run(withRetry(fn, { baseDelayMs: 100 }, clock));
    expect(result).toEqual({ value: "done", attempts: 3 });
    expect(clock.waits).toEqual([50, 100]); // 0.5 * 100 * 2^0, 0.5 * 100 * 2^1
    expect(seen.map((s) => s.attemptNo)).toEqual([1, 2, 3]);
  });

  it("caps one backoff at maxDelayMs", async () => {
    const clock = new FakeClock(() => 0.999);
    const { fn } = script(new HttpStatusError(502));
    await rejection(
      clock.run(
        withRetry(fn, { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 300, totalTimeoutMs: 1e9 }, clock),
      ),
    );
    expect(clock.waits).toEqual([100, 200, 300, 300, 300]);
  });

  it("does not retry a 4xx and reports one attempt", async () => {
    const clock = new FakeClock();
    const { fn, seen } = script(new HttpStatusError(400, { body: "invalid_payload" }));
    const error = await rejection(clock.run(withRetry(fn, {}, clock)));
    expect(error.reason).toBe("not-retryable");
    expect(error.attempts).toBe(1);
    expect((error.lastError as HttpStatusError).status).toBe(400);
    expect(seen).toHaveLength(1);
  });

  it("stops after maxAttempts with the count and the last error", async () => {
    const clock = new FakeClock();
    const { fn } = script(new HttpStatusError(500), new HttpStatusError(502), new HttpStatusError(504));
    const error = await rejection(clock.run(withRetry(fn, { maxAttempts: 3, baseDelayMs: 10 }, clock)));
    expect(error.reason).toBe("attempts-exhausted");
    expect(error.attempts).toBe(3);
    expect((error.lastError as HttpStatusError).status).toBe(504);
    expect(error.message).toBe("Gave up after 3 attempts: no attempts left.");
  });

  it("honours Retry-After in seconds on a 429", async () => {
    const clock = new FakeClock(() => 0);
    const { fn } = script(new HttpStatusError(429, { retryAfter: "3" }), "ok");
    const result = await clock.run(withRetry(fn, { baseDelayMs: 10 }, clock));
    expect(result.attempts).toBe(2);
    expect(clock.waits).toEqual([3000]);
  });

  it("honours Retry-After as an HTTP date", async () => {
    const clock = new FakeClock(() => 0);
    clock.time = Date.parse("2026-11-25T10:00:00Z");
    const { fn } = script(new HttpStatusError(503, { retryAfter: "Wed, 25 Nov 2026 10:00:07 GMT" }), "ok");
    await clock.run(withRetry(fn, { baseDelayMs: 10 }, clock));
    expect(clock.waits).toEqual([7000]);
  });

  it("caps Retry-After at maxRetryAfterMs", async () => {
    const clock = new FakeClock(() => 0);
    const { fn } = script(new HttpStatusError(429, { retryAfter: "3600" }), "ok");
    await clock.run(withRetry(fn, { maxRetryAfterMs: 5000 }, clock));
    expect(clock.waits).toEqual([5000]);
  });

  it("aborts an attempt past its timeout, then retries it", async () => {
    const clock = new FakeClock(() => 0);
    const signals: AbortSignal[] = [];
    const fn = (signal: AbortSignal, attemptNo: number) =>
      new Promise<string>((resolve, reject) => {
        signals.push(signal);
        if (attemptNo === 2) return resolve("second time lucky");
        signal.addEventListener("abort", () => reject(signal.reason));
      });
    const result = await clock.run(withRetry(fn, { attemptTimeoutMs: 1000 }, clock));
    expect(result).toEqual({ value: "second time lucky", attempts: 2 });
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[0]?.reason).toBeInstanceOf(AttemptTimeoutError);
    expect(signals[1]?.aborted).toBe(false);
    expect(clock.time).toBe(1000);
  });

  it("abandons an attempt that ignores its signal", async () => {
    const clock = new FakeClock(() => 0);
    const fn = () => new Promise<never>(() => {});
    const error = await rejection(clock.run(withRetry(fn, { maxAttempts: 2, attemptTimeoutMs: 50 }, clock)));
    expect(error.reason).toBe("attempts-exhausted");
    expect(error.attempts).toBe(2);
    expect(error.lastError).toBeInstanceOf(AttemptTimeoutError);
  });

  it("gives up when the next wait would pass the total time bound", async () => {
    const clock = new FakeClock(() => 0);
    const { fn } = script(new HttpStatusError(429, { retryAfter: "20" }), "never reached");
    const error = await rejection(clock.run(withRetry(fn, { totalTimeoutMs: 10_000 }, clock)));
    expect(error.reason).toBe("time-exhausted");
    expect(error.attempts).toBe(1);
    expect(clock.time).toBe(0);
  });

  it("shortens the last attempt's timeout to the time left", async () => {
    const clock = new FakeClock(() => 1);
    const fn = () => new Promise<never>(() => {});
    const error = await rejection(
      clock.run(
        withRetry(
          fn,
          { maxAttempts: 10, attemptTimeoutMs: 400, baseDelayMs: 100, totalTimeoutMs: 1000 },
          clock,
        ),
      ),
    );
    expect(error.reason).toBe("time-exhausted");
    expect(clock.time).toBeLessThanOrEqual(1000);
  });

  it("retries network failures and not programming errors", async () => {
    const clock = new FakeClock();
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const fetchFailed = new TypeError("fetch failed", { cause: { code: "UND_ERR_SOCKET" } });
    const { fn } = script(reset, fetchFailed, "ok");
    expect((await clock.run(withRetry(fn, { baseDelayMs: 1 }, clock))).attempts).toBe(3);

    const bug = script(new TypeError("x is not a function"));
    const error = await rejection(clock.run(withRetry(bug.fn, {}, clock)));
    expect(error.reason).toBe("not-retryable");
  });

  it("tells onRetry what failed and how long it waits", async () => {
    const clock = new FakeClock(() => 0.25);
    const infos: RetryInfo[] = [];
    const { fn } = script(new HttpStatusError(500), "ok");
    await clock.run(withRetry(fn, { baseDelayMs: 400, onRetry: (i) => infos.push(i) }, clock));
    expect(infos).toHaveLength(1);
    expect(infos[0]?.attempt).toBe(1);
    expect(infos[0]?.delayMs).toBe(100);
    expect(infos[0]?.error).toMatchObject({ status: 500 });
  });

  it("uses a custom classifier", async () => {
    const clock = new FakeClock();
    const { fn } = script(new HttpStatusError(409), "ok");
    const result = await clock.run(
      withRetry(fn, { classify: (e) => ({ retry: (e as HttpStatusError).status === 409 }) }, clock),
    );
    expect(result.attempts).toBe(2);
  });

  it("rejects nonsense options as a bug", async () => {
    const clock = new FakeClock();
    await expect(withRetry(async () => 1, { maxAttempts: 0 }, clock)).rejects.toThrow(RangeError);
    await expect(withRetry(async () => 1, { baseDelayMs: Number.NaN }, clock)).rejects.toThrow(/baseDelayMs/);
  });

  it("never exceeds maxAttempts nor waits beyond the backoff envelope (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        fc.array(fc.constantFrom(500, 502, 503, 429, 404), { minLength: 1, maxLength: 8 }),
        async (maxAttempts, baseDelayMs, dice, statuses) => {
          const clock = new FakeClock(() => dice);
          let calls = 0;
          const fn = async () => {
            const status = statuses[calls++];
            if (status === undefined) return "ok";
            throw new HttpStatusError(status);
          };
          const outcome = await clock
            .run(withRetry(fn, { maxAttempts, baseDelayMs, totalTimeoutMs: 1e9 }, clock))
            .then(
              (r) => r.attempts,
              (e: RetryError) => e.attempts,
            );
          expect(outcome).toBe(calls);
          expect(calls).toBeLessThanOrEqual(maxAttempts);
          clock.waits.forEach((w, i) => {
            expect(w).toBeGreaterThanOrEqual(0);
            expect(w).toBeLessThanOrEqual(Math.round(baseDelayMs * 2 ** i));
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it("works with the real clock at millisecond scale", async () => {
    const { fn } = script(new HttpStatusError(503), "ok");
    const result = await withRetry(fn, { baseDelayMs: 2, attemptTimeoutMs: 1000 }, systemRetryPorts);
    expect(result).toEqual({ value: "ok", attempts: 2 });
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-25T10:00:00Z");
  it.each([
    ["120", 120_000],
    ["0", 0],
    ["1.5", 1500],
    [" 7 ", 7000],
    ["Wed, 25 Nov 2026 10:01:00 GMT", 60_000],
    ["Wed, 25 Nov 2026 09:00:00 GMT", 0],
  ])("reads %j as %d ms", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
  it.each([null, undefined, "", "-1", "soon", "1e3"])("ignores %j", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("classifyRetry", () => {
  it.each([408, 429, 500, 502, 503, 504, 599])("retries status %d", (status) => {
    expect(classifyRetry({ status }, 0).retry).toBe(true);
  });
  it.each([400, 401, 403, 404, 410, 501])("does not retry status %d", (status) => {
    expect(classifyRetry({ statusCode: status }, 0).retry).toBe(false);
  });
  it("reads Retry-After from response headers of SDK errors", () => {
    const error = { status: 429, response: { headers: { "retry-after": "2" } } };
    expect(classifyRetry(error, 0)).toEqual({ retry: true, retryAfterMs: 2000 });
    const fetchLike = { status: 429, headers: new Headers({ "Retry-After": "4" }) };
    expect(classifyRetry(fetchLike, 0)).toEqual({ retry: true, retryAfterMs: 4000 });
  });
  it("retries timeouts", () => {
    expect(classifyRetry(new AttemptTimeoutError(5), 0).retry).toBe(true);
    expect(classifyRetry(new DOMException("timed out", "TimeoutError"), 0).retry).toBe(true);
  });
  it("does not retry plain errors", () => {
    expect(classifyRetry(new Error("boom"), 0).retry).toBe(false);
    expect(classifyRetry("a string", 0).retry).toBe(false);
  });
});
