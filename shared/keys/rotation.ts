/**
 * The staged rotation as a pure state machine.
 *
 * Where a rotation stands is read from the secret store itself: the staging
 * labels say which step is next, and the rotation record (a companion
 * secret with plain JSON, no values) adds what labels cannot hold: which
 * Admin API key the old value was, when the new one was promoted, which
 * targets were written and verified. {@link decideNextStep} maps that state,
 * plus what this run has already checked, to the one next step; the runner
 * (`rotate.ts`) performs it, re-reads the store and asks again, so a run that
 * dies anywhere is continued, not restarted, by the next.
 *
 * | labels                                   | meaning                  | next                                          |
 * |------------------------------------------|--------------------------|-----------------------------------------------|
 * | no AWSPENDING                            | idle / finished          | nothing                                       |
 * | AWSPENDING on a version without CURRENT  | staged                   | open record -> test -> promote                |
 * | AWSPENDING on the AWSCURRENT version     | promoted, not finished   | check new key -> distribute -> wait grace -> retire old -> finish (drop AWSPENDING) |
 * | AWSPENDING on a rolled-back version      | rolled back              | redistribute restored key -> abandon (drop AWSPENDING) |
 *
 * Safety rules the decisions keep: nothing deactivates the key AWSCURRENT
 * holds (retire requires the old key id to differ from the current key's id
 * and fingerprint); a failed test before promotion changes nothing; a new key
 * that fails after promotion, before the old one is retired, is rolled back
 * to AWSPREVIOUS (if that still works).
 */
import type { ApiKeyRecord } from "./api-key.js";
import { keyMatchesHint } from "./api-key.js";

/** A version of the secret as the planner sees it: id and fingerprint, never the value. */
export interface VersionRef {
  readonly versionId: string;
  readonly fingerprint: string;
}

export interface TargetRecord {
  readonly fingerprint: string;
  /** `updated_at` GitHub reported right after our write. */
  readonly updatedAt: string | null;
  readonly verifiedAt: string;
}

/** One rotation, as kept in the record. */
export interface RotationEntry {
  /** The version id of the new key (the AWSPENDING version). */
  readonly id: string;
  readonly newFingerprint: string;
  readonly newKeyId?: string;
  readonly oldVersionId?: string | null;
  readonly oldFingerprint?: string | null;
  /** The Admin API id of the key being replaced; null when it could not be identified. */
  readonly oldKeyId?: string | null;
  readonly openedAt: string;
  readonly testedAt?: string;
  readonly promotedAt?: string;
  readonly retiredAt?: string;
  readonly finishedAt?: string;
  readonly rolledBackAt?: string;
  readonly rollbackReason?: string;
  readonly abandonedAt?: string;
  readonly targets: Readonly<Record<string, TargetRecord>>;
}

export interface RotationRecord {
  readonly schema: "steward.key-rotation/v1";
  /** Increases with every write (makes every write unique, for idempotency tokens). */
  readonly revision: number;
  readonly secret: string;
  readonly rotation: RotationEntry | null;
  /** Earlier rotations, newest first, at most 10. */
  readonly history: readonly RotationEntry[];
}

export function emptyRecord(secret: string): RotationRecord {
  return { schema: "steward.key-rotation/v1", revision: 0, secret, rotation: null, history: [] };
}

/** Parses the record JSON; an unreadable record is treated as absent (labels stay authoritative). */
export function parseRotationRecord(json: string | null, secret: string): RotationRecord {
  if (!json) return emptyRecord(secret);
  try {
    const r = JSON.parse(json) as RotationRecord;
    if (r?.schema !== "steward.key-rotation/v1" || typeof r.revision !== "number") return emptyRecord(secret);
    return { ...r, history: Array.isArray(r.history) ? r.history : [] };
  } catch {
    return emptyRecord(secret);
  }
}

/** What one check of a key (no-cost call + Admin API identification) found. */
export type KeyCheckResult =
  | { readonly ok: true; readonly fingerprint: string; readonly key: ApiKeyRecord }
  | {
      readonly ok: false;
      readonly fingerprint: string;
      readonly reason: string;
      readonly key?: ApiKeyRecord;
    };

/** Everything the planner looks at. Plain data. */
export interface RotationState {
  readonly labels: {
    readonly current: VersionRef | null;
    readonly pending: VersionRef | null;
    readonly previous: VersionRef | null;
  };
  readonly record: RotationRecord;
  /** Checks made in this run (never trusted from an earlier run). */
  readonly checks: {
    readonly pending?: KeyCheckResult;
    readonly current?: KeyCheckResult;
    readonly previous?: KeyCheckResult;
  };
  /** `updated_at` of each target as read in this run (undefined: not read yet). */
  readonly targetUpdatedAt: Readonly<Record<string, string | null>> | undefined;
  readonly targetIds: readonly string[];
  readonly now: string;
  readonly gracePeriodMs: number;
}

export type RotationStep =
  | "read-state"
  | "stage"
  | "open"
  | "test"
  | "promote"
  | "check-current"
  | "read-targets"
  | "distribute"
  | "retire"
  | "finish"
  | "check-previous"
  | "rollback"
  | "abandon"
  | "close";

export type NextStep =
  /** Not a planner answer: the runner is reading the store (used to name failures there). */
  | { readonly kind: "read-state" }
  | { readonly kind: "open"; readonly versionId: string }
  | { readonly kind: "test"; readonly versionId: string }
  | { readonly kind: "promote"; readonly versionId: string; readonly oldVersionId: string | null }
  | { readonly kind: "check-current" }
  | { readonly kind: "read-targets" }
  | { readonly kind: "distribute"; readonly targetIds: readonly string[] }
  | { readonly kind: "retire"; readonly keyId: string }
  | { readonly kind: "finish"; readonly versionId: string }
  | { readonly kind: "check-previous" }
  | { readonly kind: "rollback"; readonly toVersionId: string; readonly reason: string }
  | { readonly kind: "abandon"; readonly versionId: string }
  /** Terminal: nothing to do (no rotation in progress). */
  | { readonly kind: "idle" }
  /** Write the closing time into the record (AWSPENDING is already gone). */
  | { readonly kind: "close" }
  /** Terminal: come back later (grace period). */
  | { readonly kind: "wait"; readonly until: string }
  /** Terminal: a step failed in a way a re-run will not fix; a human must act. */
  | {
      readonly kind: "blocked";
      readonly step: RotationStep;
      readonly reason: string;
      readonly action: string;
    };

/** Targets whose recorded write does not match the current fingerprint and the `updated_at` read now. */
export function staleTargets(state: RotationState, fingerprint: string): string[] {
  const entry = state.record.rotation;
  const seen = state.targetUpdatedAt ?? {};
  return state.targetIds.filter((id) => {
    const rec = entry?.targets[id];
    return !rec || rec.fingerprint !== fingerprint || seen[id] === null || seen[id] !== rec.updatedAt;
  });
}

/** The one next step. Pure. */
export function decideNextStep(state: RotationState): NextStep {
  const { current, pending, previous } = state.labels;
  const entry = state.record.rotation;
  const checks = state.checks;

  if (!pending) {
    // AWSPENDING gone but the record not closed: the run died between the two writes.
    const unclosed =
      entry && !entry.finishedAt && !entry.abandonedAt && (entry.promotedAt || entry.rolledBackAt);
    return unclosed ? { kind: "close" } : { kind: "idle" };
  }

  // --- Rolled back: restore the targets, then drop AWSPENDING from the failed version.
  if (entry?.id === pending.versionId && entry.rolledBackAt && current?.versionId !== pending.versionId) {
    if (!current) {
      return {
        kind: "blocked",
        step: "rollback",
        reason: "the secret has no AWSCURRENT version after a rollback",
        action: "Put a working key into the secret as AWSCURRENT by hand, then re-run.",
      };
    }
    if (state.targetUpdatedAt === undefined) return { kind: "read-targets" };
    const stale = staleTargets(state, current.fingerprint);
    if (stale.length) return { kind: "distribute", targetIds: stale };
    return { kind: "abandon", versionId: pending.versionId };
  }

  // --- Staged, not promoted.
  if (current?.versionId !== pending.versionId) {
    if (entry?.id !== pending.versionId) return { kind: "open", versionId: pending.versionId };
    if (current && current.fingerprint === pending.fingerprint) {
      return {
        kind: "blocked",
        step: "test",
        reason: "the staged key is the same key AWSCURRENT already holds",
        action: "Mint a new key in the Console and stage it with 'steward keys stage'.",
      };
    }
    const test = checks.pending;
    if (!test || test.fingerprint !== pending.fingerprint)
      return { kind: "test", versionId: pending.versionId };
    if (!test.ok) {
      return {
        kind: "blocked",
        step: "test",
        reason: `the staged key failed its test: ${test.reason}`,
        action:
          "Nothing was changed: AWSCURRENT and every target still hold the old key. Mint a new key in the Console and stage it with 'steward keys stage', then run 'steward keys rotate'.",
      };
    }
    return { kind: "promote", versionId: pending.versionId, oldVersionId: current?.versionId ?? null };
  }

  // --- Promoted (AWSPENDING and AWSCURRENT on the same version), not finished.
  const now = Date.parse(state.now);
  const check = checks.current;
  if (!check || check.fingerprint !== pending.fingerprint) return { kind: "check-current" };
  if (!check.ok) {
    if (entry?.retiredAt) {
      return {
        kind: "blocked",
        step: "check-current",
        reason: `the new key stopped working after the old key was retired: ${check.reason}`,
        action:
          "Mint a new key in the Console and stage it now; or reactivate the old key (Console or Admin API) and move AWSCURRENT back to AWSPREVIOUS.",
      };
    }
    if (!previous || previous.fingerprint === pending.fingerprint) {
      return {
        kind: "blocked",
        step: "check-current",
        reason: `the new key fails (${check.reason}) and there is no previous version to roll back to`,
        action: "Mint a new key in the Console and stage it with 'steward keys stage'.",
      };
    }
    const prev = checks.previous;
    if (!prev || prev.fingerprint !== previous.fingerprint) return { kind: "check-previous" };
    if (!prev.ok) {
      return {
        kind: "blocked",
        step: "rollback",
        reason: `the new key fails (${check.reason}) and the previous key fails too (${prev.reason})`,
        action: "Mint a new key in the Console and stage it with 'steward keys stage' as soon as possible.",
      };
    }
    return { kind: "rollback", toVersionId: previous.versionId, reason: check.reason };
  }
  if (state.targetUpdatedAt === undefined) return { kind: "read-targets" };
  const stale = staleTargets(state, pending.fingerprint);
  if (stale.length) return { kind: "distribute", targetIds: stale };
  const oldKeyId = entry?.oldKeyId ?? null;
  if (oldKeyId && !entry?.retiredAt) {
    if (oldKeyId === check.key.id) {
      return {
        kind: "blocked",
        step: "retire",
        reason: "the key to retire is the key AWSCURRENT holds",
        action: "Check the rotation record; Steward will not deactivate the current key.",
      };
    }
    const promotedAt = entry?.promotedAt ? Date.parse(entry.promotedAt) : now;
    const due = promotedAt + state.gracePeriodMs;
    if (now < due) return { kind: "wait", until: new Date(due).toISOString() };
    return { kind: "retire", keyId: oldKeyId };
  }
  return { kind: "finish", versionId: pending.versionId };
}

/** Why a key found for a value is (not) fit to be the new current key. Pure. */
export function judgeNewKey(
  key: ApiKeyRecord,
  expect: { workspaceId?: string | null; minRemainingLifetimeMs: number },
  now: Date,
): string | null {
  if (key.status !== "active") return `the Admin API reports key ${key.id} as ${key.status}`;
  if (expect.workspaceId !== undefined) {
    const want = expect.workspaceId === "default" ? null : expect.workspaceId;
    if (key.workspaceId !== want) {
      return `key ${key.id} belongs to workspace ${key.workspaceId ?? "default"}, expected ${want ?? "default"}`;
    }
  }
  if (key.expiresAt !== null) {
    const left = Date.parse(key.expiresAt) - now.getTime();
    if (left < expect.minRemainingLifetimeMs) {
      return `key ${key.id} expires at ${key.expiresAt}, sooner than the policy's minimum remaining lifetime`;
    }
  }
  return null;
}

/** Finds the one Admin API key whose hint fits the value. Pure; the value never leaves. */
export function identifyKey(
  secret: string,
  keys: readonly ApiKeyRecord[],
): { key: ApiKeyRecord } | { reason: string } {
  const matches = keys.filter((k) => keyMatchesHint(secret, k.partialKeyHint));
  if (matches.length === 1 && matches[0]) return { key: matches[0] };
  if (matches.length === 0)
    return { reason: "no key in the organization matches it (wrong organization, or archived)" };
  const active = matches.filter((k) => k.status === "active");
  if (active.length === 1 && active[0]) return { key: active[0] };
  return { reason: `${matches.length} keys match its hint; cannot tell which one it is` };
}
