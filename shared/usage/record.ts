/**
 * The one normalised usage record every source is turned into, and the
 * malformed-input tally that every reader fills instead of crashing.
 */

export type UsageSourceKind =
  | "seed"
  | "steward-hook"
  | "transcript"
  | "anthropic-usage-api"
  | "claude-code-analytics-api";

export interface UsageRecord {
  /** Milliseconds since the epoch (UTC). */
  readonly time: number;
  readonly user: string;
  readonly team?: string;
  /** Model id as the source wrote it (`[1m]` and provider forms are resolved when pricing). */
  readonly model?: string;
  readonly input: number;
  readonly output: number;
  readonly cacheWrite5m: number;
  readonly cacheWrite1h: number;
  readonly cacheRead: number;
  /** Tokens with no split (the seed's `tokens`): counted, never priced. */
  readonly unsplit: number;
  /** Requests this record stands for (1 for a request; API buckets report 0 = unknown). */
  readonly requests: number;
  readonly tool?: string;
  readonly session?: string;
  readonly source: UsageSourceKind;
  /** De-duplication key (transcripts: `message.id:requestId`). */
  readonly requestKey?: string;
  /** Billed through the Batch API. */
  readonly batch?: boolean;
  /** Fast mode (`usage.speed: "fast"`): priced at the model's fast mode table. */
  readonly fast?: boolean;
  /** The source says the request was in the long-context window (API `context_window=200k-1M`). */
  readonly longContext?: boolean;
}

export interface MalformedSample {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
  /** The first 120 characters of the line. */
  readonly excerpt: string;
}

/** Counts bad input by reason and keeps a bounded, deterministic sample (the first N by file, line). */
export class MalformedTally {
  total = 0;
  readonly byReason = new Map<string, number>();
  readonly samples: MalformedSample[] = [];
  constructor(readonly maxSamples = 20) {}

  add(file: string, line: number, reason: string, text: string): void {
    this.total++;
    this.byReason.set(reason, (this.byReason.get(reason) ?? 0) + 1);
    if (this.samples.length < this.maxSamples) {
      this.samples.push({
        file,
        line,
        reason,
        excerpt: text.length > 120 ? `${text.slice(0, 117)}...` : text,
      });
    }
  }
}

/** Parses an ISO-8601 timestamp or epoch (s or ms) into ms; undefined when unreadable. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value < 1e11 ? value * 1000 : value;
  if (typeof value !== "string" || value.length < 10) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A non-negative safe integer, or undefined. */
export function tokenCount(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** UTC day "YYYY-MM-DD" of an epoch-ms time. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
