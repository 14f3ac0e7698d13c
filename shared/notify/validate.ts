/**
 * Validation of event data, by hand so every error names the event, the exact
 * field (`data.keys[2].daysLeft`), what it should be and what it got. Unknown
 * fields are errors too, so a typo (`runURL`) does not silently drop a link.
 */
import { ConfigurationError } from "../errors.js";
import { redactSecrets } from "./mrkdwn.js";

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") {
    // Data may hold a token in the wrong field: never echo one.
    const shown = redactSecrets(value);
    return JSON.stringify(shown.length > 40 ? `${shown.slice(0, 40)}…` : shown);
  }
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

export interface ReaderContext {
  /** The event type, for messages. */
  readonly event: string;
  /** Where the data came from (a file path), for the error's location. */
  readonly source?: string;
}

type Opt<T, O> = O extends { optional: true } ? T | undefined : T;

/** Reads one object of event data, field by field. */
export class DataReader {
  private readonly seen = new Set<string>();
  private readonly record: Record<string, unknown>;

  constructor(
    private readonly ctx: ReaderContext,
    value: unknown,
    private readonly path = "data",
  ) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw this.error(this.path, "an object", value);
    }
    this.record = value as Record<string, unknown>;
  }

  /** A ConfigurationError naming the field. */
  error(path: string, expected: string, got: unknown): ConfigurationError {
    const missing = got === undefined;
    return new ConfigurationError(
      missing
        ? `Event "${this.ctx.event}": ${path} is required (${expected}).`
        : `Event "${this.ctx.event}": ${path} must be ${expected}, got ${describe(got)}.`,
      {
        title: "Invalid notification data",
        hint: `See docs/notify.md#${this.ctx.event} for the fields it takes.`,
        ...(this.ctx.source ? { file: this.ctx.source } : {}),
      },
    );
  }

  private take(key: string): unknown {
    this.seen.add(key);
    const value = this.record[key];
    return value === null ? undefined : value;
  }

  has(key: string): boolean {
    return this.record[key] !== undefined && this.record[key] !== null;
  }

  string<O extends { optional?: boolean; nonEmpty?: boolean }>(key: string, o?: O): Opt<string, O> {
    const v = this.take(key);
    if (v === undefined && o?.optional) return undefined as Opt<string, O>;
    if (typeof v !== "string" || (o?.nonEmpty !== false && v.trim() === "")) {
      throw this.error(`${this.path}.${key}`, "a non-empty string", v);
    }
    return v;
  }

  number<O extends { optional?: boolean; min?: number; above?: number; max?: number; integer?: boolean }>(
    key: string,
    o?: O,
  ): Opt<number, O> {
    const v = this.take(key);
    if (v === undefined && o?.optional) return undefined as Opt<number, O>;
    const what = `${o?.integer ? "a whole number" : "a number"}${o?.min !== undefined ? ` >= ${o.min}` : ""}${
      o?.above !== undefined ? ` > ${o.above}` : ""
    }${o?.max !== undefined ? ` <= ${o.max}` : ""}`;
    if (
      typeof v !== "number" ||
      !Number.isFinite(v) ||
      (o?.integer && !Number.isInteger(v)) ||
      (o?.min !== undefined && v < o.min) ||
      (o?.above !== undefined && v <= o.above) ||
      (o?.max !== undefined && v > o.max)
    ) {
      throw this.error(`${this.path}.${key}`, what, v);
    }
    return v;
  }

  boolean<O extends { optional?: boolean }>(key: string, o?: O): Opt<boolean, O> {
    const v = this.take(key);
    if (v === undefined && o?.optional) return undefined as Opt<boolean, O>;
    if (typeof v !== "boolean") throw this.error(`${this.path}.${key}`, "true or false", v);
    return v;
  }

  oneOf<const T extends string, O extends { optional?: boolean }>(
    key: string,
    values: readonly T[],
    o?: O,
  ): Opt<T, O> {
    const v = this.take(key);
    if (v === undefined && o?.optional) return undefined as Opt<T, O>;
    if (typeof v !== "string" || !(values as readonly string[]).includes(v)) {
      throw this.error(`${this.path}.${key}`, `one of ${values.map((x) => `"${x}"`).join(", ")}`, v);
    }
    return v as T;
  }

  /** An http(s) URL. */
  url<O extends { optional?: boolean }>(key: string, o?: O): Opt<string, O> {
    const v = this.take(key);
    if (v === undefined && o?.optional) return undefined as Opt<string, O>;
    if (typeof v !== "string" || !/^https?:\/\/[^\s]+$/i.test(v)) {
      throw this.error(`${this.path}.${key}`, "an http(s) URL", v);
    }
    return v;
  }

  /** An ISO 8601 date or date-time (kept as given). */
  date<O extends { optional?: boolean }>(key: string, o?: O): Opt<string, O> {
    const v = this.take(key);
    if (v === undefined && o?.optional) return undefined as Opt<string, O>;
    if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
      throw this.error(`${this.path}.${key}`, 'an ISO 8601 date such as "2026-12-01"', v);
    }
    return v;
  }

  array<T, O extends { optional?: boolean; minItems?: number }>(
    key: string,
    item: (reader: DataReader, index: number) => T,
    o?: O,
  ): Opt<T[], O> {
    const v = this.take(key);
    if (v === undefined && o?.optional) return undefined as Opt<T[], O>;
    const min = o?.minItems ?? 0;
    if (!Array.isArray(v) || v.length < min) {
      throw this.error(
        `${this.path}.${key}`,
        min > 0 ? `an array of at least ${min} item(s)` : "an array",
        v,
      );
    }
    return v.map((x, i) => {
      const r = new DataReader(this.ctx, x, `${this.path}.${key}[${i}]`);
      const out = item(r, i);
      r.done();
      return out;
    });
  }

  /** An array of strings. */
  strings<O extends { optional?: boolean }>(key: string, o?: O): Opt<string[], O> {
    const v = this.take(key);
    if (v === undefined && o?.optional) return undefined as Opt<string[], O>;
    if (!Array.isArray(v)) throw this.error(`${this.path}.${key}`, "an array of strings", v);
    return v.map((x, i) => {
      if (typeof x !== "string") throw this.error(`${this.path}.${key}[${i}]`, "a string", x);
      return x;
    });
  }

  object<T, O extends { optional?: boolean }>(
    key: string,
    read: (reader: DataReader) => T,
    o?: O,
  ): Opt<T, O> {
    const v = this.take(key);
    if (v === undefined && o?.optional) return undefined as Opt<T, O>;
    const r = new DataReader(this.ctx, v, `${this.path}.${key}`);
    const out = read(r);
    r.done();
    return out;
  }

  /** Fails on fields nobody read (typos). */
  done(): void {
    const extra = Object.keys(this.record).filter((k) => !this.seen.has(k));
    if (extra.length > 0) {
      const known = [...this.seen].sort().join(", ");
      throw new ConfigurationError(
        `Event "${this.ctx.event}": ${this.path} has unknown field${extra.length > 1 ? "s" : ""} ${extra
          .map((k) => `"${k}"`)
          .join(", ")}; known fields: ${known}.`,
        {
          title: "Invalid notification data",
          hint: `See docs/notify.md#${this.ctx.event} for the fields it takes.`,
          ...(this.ctx.source ? { file: this.ctx.source } : {}),
        },
      );
    }
  }
}

/** Reads `data` with `read`, then checks for unknown fields. */
export function readData<T>(ctx: ReaderContext, data: unknown, read: (r: DataReader) => T): T {
  const reader = new DataReader(ctx, data);
  const out = read(reader);
  reader.done();
  return out;
}
