/**
 * Where keys live, behind two small interfaces.
 *
 * A {@link SecretStore} is a *versioned* store that holds the key of record
 * and the state of a rotation: AWS Secrets Manager today
 * (`aws-secrets-manager.ts`). Stages are AWS's staging labels, named
 * neutrally: `current` = AWSCURRENT (what consumers read), `pending` =
 * AWSPENDING (staged, not yet promoted), `previous` = AWSPREVIOUS (the one
 * before, kept for rollback). The rules every implementation keeps:
 *
 * - a stage is on at most one version at a time; moving `current` moves
 *   `previous` onto the version that had `current`;
 * - `putVersion` is idempotent per `token`: the same token and value again is
 *   a no-op, the same token with another value is an error;
 * - values are masked (the `mask` port) the moment they are read.
 *
 * HashiCorp Vault KV v2 (versions + `custom_metadata` for the stage map, with
 * check-and-set) and Azure Key Vault (versions + tags) can implement the same
 * interface; neither exists yet.
 *
 * A {@link SecretTarget} is a *write-only* place a key is copied to for
 * consumers, e.g. a GitHub Actions secret (`github-secrets.ts`): it can be
 * written and its last-update time read, never its value.
 */
import type { SecretValue } from "./secret-value.js";

export type SecretStage = "current" | "pending" | "previous";

export interface SecretVersionInfo {
  readonly versionId: string;
  readonly stages: readonly SecretStage[];
  /** RFC 3339, when the store knows it. */
  readonly createdAt?: string;
}

export interface SecretStoreSnapshot {
  /** False when the secret itself does not exist yet. */
  readonly exists: boolean;
  /** Versions that carry at least one stage (others are deprecated and ignored). */
  readonly versions: readonly SecretVersionInfo[];
}

export interface SecretStore {
  /** "aws-secrets-manager", "vault", ... */
  readonly kind: string;
  /** The secret's name or ARN as the user wrote it. */
  readonly name: string;
  /** Versions and their stages. */
  describe(): Promise<SecretStoreSnapshot>;
  /** The value of the version that carries `stage`, or null when no version does. */
  readStage(stage: SecretStage): Promise<{ versionId: string; value: SecretValue } | null>;
  /** The value of one version. */
  readVersion(versionId: string): Promise<SecretValue>;
  /**
   * Adds `value` as a new version carrying only `stages` (creating the secret
   * if needed). `token` (32-64 chars) makes it idempotent and becomes the version id.
   */
  putVersion(
    value: SecretValue,
    token: string,
    stages: readonly SecretStage[],
  ): Promise<{ versionId: string }>;
  /**
   * Puts `stage` on `versionId`, taking it off whichever version has it.
   * A no-op when it is already there. Moving `current` moves `previous` too.
   */
  moveStage(stage: SecretStage, versionId: string): Promise<void>;
  /** Takes `stage` off `versionId`; a no-op when it is not there. */
  removeStage(stage: SecretStage, versionId: string): Promise<void>;
  /** The rotation record (plain JSON, no secrets) kept beside the secret, or null. */
  readRecord(): Promise<string | null>;
  /** Replaces the rotation record. */
  writeRecord(json: string): Promise<void>;
}

/** A write-only copy of a key for consumers (e.g. a GitHub Actions secret). */
export interface SecretTarget {
  /** Stable id for records and messages, e.g. "github:repo:acme/app:ANTHROPIC_API_KEY". */
  readonly id: string;
  /** Human description, e.g. "repository secret ANTHROPIC_API_KEY in acme/app". */
  readonly description: string;
  /** Writes the value. Idempotent (writing the same value twice is harmless). */
  write(value: SecretValue): Promise<void>;
  /** When the target last changed (RFC 3339), or null when the secret does not exist. */
  lastUpdated(): Promise<string | null>;
}
