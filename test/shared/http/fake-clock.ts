/**
 * A fake clock for retry tests: `sleep` registers a timer, `run(promise)`
 * flushes pending work and jumps to the next timer until the promise settles.
 */
import type { RetryPorts } from "../../../shared/http/retry.js";

interface Timer {
  readonly at: number;
  readonly resolve: () => void;
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r));
};

export class FakeClock implements RetryPorts {
  time = 0;
  /** Waits requested without a signal (the retry delays), in order. */
  readonly waits: number[] = [];
  private timers: Timer[] = [];

  constructor(private readonly dice: () => number = () => 0.5) {}

  readonly now = () => this.time;
  readonly random = () => this.dice();
  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve) => {
      if (!signal) this.waits.push(ms);
      if (signal?.aborted) return resolve();
      const timer: Timer = { at: this.time + ms, resolve };
      this.timers.push(timer);
      signal?.addEventListener(
        "abort",
        () => {
          this.timers = this.timers.filter((t) => t !== timer);
          resolve();
        },
        { once: true },
      );
    });

  /** Drives the clock until `promise` settles. */
  async run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    promise.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    for (let guard = 0; guard < 10_000; guard++) {
      await flush();
      if (settled) return promise;
      const next = this.timers.reduce<Timer | undefined>(
        (a, t) => (a === undefined || t.at < a.at ? t : a),
        undefined,
      );
      if (!next) throw new Error("FakeClock: the promise waits on something other than the clock");
      this.time = Math.max(this.time, next.at);
      const due = this.timers.filter((t) => t.at <= this.time);
      this.timers = this.timers.filter((t) => t.at > this.time);
      for (const t of due) t.resolve();
    }
    throw new Error("FakeClock: too many steps");
  }
}
