/**
 * A secret that cannot print itself. `String(secret)`, template strings,
 * `JSON.stringify` and `util.inspect` all give `[secret]`; only `reveal()`
 * returns the value, and the code that calls it hands the value straight to
 * an HTTP body or a cipher. Every store masks a value (the `mask` port, which
 * is `core.setSecret` in an action) the moment it reads it.
 */
import { createHmac } from "node:crypto";
import { inspect } from "node:util";

const REDACTED = "[secret]";

export class SecretValue {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  /** The plain value. Never log, print or put it in an error. */
  reveal(): string {
    return this.#value;
  }
  /** A stable, non-reversible id of the value (see {@link fingerprintSecret}). */
  get fingerprint(): string {
    return fingerprintSecret(this.#value);
  }
  equals(other: SecretValue | null | undefined): boolean {
    return other !== null && other !== undefined && other.reveal() === this.#value;
  }
  toString(): string {
    return REDACTED;
  }
  toJSON(): string {
    return REDACTED;
  }
  [inspect.custom](): string {
    return REDACTED;
  }
}

/** Registers a value with the host so it is masked in any log (`core.setSecret`). */
export type MaskSecret = (value: string) => void;

export const noMask: MaskSecret = () => {};

/**
 * HMAC-SHA256 of the value under a fixed, public key, first 16 hex digits:
 * enough to tell two keys apart and to check that a target got the value we
 * meant, useless for recovering a high-entropy API key. Recorded in the
 * rotation state, never the value itself.
 */
export function fingerprintSecret(value: string): string {
  return createHmac("sha256", "steward/key-fingerprint/v1").update(value, "utf8").digest("hex").slice(0, 16);
}
