/**
 * The rotation runner: reads the state from the store, asks the pure planner
 * (`rotation.ts`) for the next step, performs it, and repeats until the
 * planner says idle, wait or blocked. Every step is idempotent, and the state
 * lives in the store, so running it again after any failure, or after the
 * process was killed between any two steps, continues where it stopped.
 *
 * Keys are {@link SecretValue}s from the moment they are read: they reach
 * only the store, the GitHub sealed box and the Anthropic key check.
 */
import { ConfigurationError, getErrorMessage, isConfigurationError } from "../errors.js";
import type { Logger } from "../logging.js";
import { requestTokenFor } from "../secrets/aws-secrets-manager.js";
import type { SecretStage, SecretStore, SecretTarget } from "../secrets/secret-store.js";
import type { SecretValue } from "../secrets/secret-value.js";
import type { KeyProvider } from "./anthropic-admin.js";
import type { ApiKeyRecord } from "./api-key.js";
import {
  decideNextStep,
  identifyKey,
  judgeNewKey,
  type KeyCheckResult,
  type NextStep,
  parseRotationRecord,
  type RotationEntry,
  type RotationRecord,
  type RotationState,
  type RotationStep,
  type VersionRef,
} from "./rotation.js";

export interface RotationDeps {
  readonly store: SecretStore;
  readonly provider: KeyProvider;
  /** Every place the key is copied to (GitHub Actions secrets). */
  readonly targets: readonly SecretTarget[];
  readonly now: () => Date;
  readonly logger: Logger;
  /** Called after every step that changed something (tests stop here to simulate a killed process). */
  readonly afterStep?: (step: RotationStep) => void | Promise<void>;
}

export interface RotationSettings {
  /** How long the old key stays active after promotion (policy `rotation.gracePeriod`). */
  readonly gracePeriodMs: number;
  /** A new key must have at least this long to live (policy `rotation.minRemainingLifetime`). */
  readonly minRemainingLifetimeMs: number;
  /** The workspace the key must belong to (`wrkspc_...` or "default"); unchecked when undefined. */
  readonly expectedWorkspaceId?: string;
  /** Safety bound on steps per run. Default 40. */
  readonly maxSteps?: number;
}

/** A key as outcomes describe it: never the value. */
export interface KeySummary {
  readonly stage: SecretStage;
  readonly versionId: string;
  readonly fingerprint: string;
  readonly keyId?: string;
  readonly keyStatus?: string;
  /** Result of this run's check, when one was made. */
  readonly works?: boolean;
}

export interface TargetSummary {
  readonly id: string;
  readonly description: string;
  /** Holds the key AWSCURRENT holds (as far as our record and GitHub's updated_at show). */
  readonly inSync: boolean;
  readonly updatedAt: string | null;
}

export type RotationStatus =
  /** Nothing staged, nothing to do. */
  | "idle"
  /** A rotation finished in this run. */
  | "done"
  /** Promoted and distributed; the old key is retired after the grace period: run again after `retryAt`. */
  | "waiting"
  /** The new key failed after promotion and AWSCURRENT was moved back to the previous key. */
  | "rolled-back"
  /** A step failed; see `failedStep`, `message`, `action`. */
  | "failed";

/** What a run did and where things stand, for summaries and Slack messages. Contains no secrets. */
export interface RotationOutcome {
  readonly status: RotationStatus;
  readonly secret: string;
  readonly rotationId: string | null;
  /** Steps performed in this run, in order. */
  readonly steps: readonly { readonly step: RotationStep; readonly detail: string }[];
  readonly failedStep?: RotationStep;
  /** Whether a failure left AWSCURRENT and every target untouched. */
  readonly unchanged?: boolean;
  /** Transient (re-run will likely fix it), configuration (user must fix) or blocked (a human must act). */
  readonly failureKind?: "transient" | "configuration" | "blocked";
  readonly message: string;
  /** What to do next, in one or two sentences. */
  readonly action: string;
  readonly retryAt?: string;
  readonly keys: readonly KeySummary[];
  readonly targets: readonly TargetSummary[];
}

const STAGES: readonly SecretStage[] = ["current", "pending", "previous"];

interface Observed {
  labels: RotationState["labels"];
  values: Partial<Record<SecretStage, SecretValue>>;
  record: RotationRecord;
}

class Run {
  readonly #d: RotationDeps;
  readonly #s: RotationSettings;
  readonly values = new Map<string, SecretValue>();
  readonly steps: { step: RotationStep; detail: string }[] = [];
  checks: { pending?: KeyCheckResult; current?: KeyCheckResult; previous?: KeyCheckResult } = {};
  targetUpdatedAt: Record<string, string | null> | undefined;
  /** Targets this run has written. */
  readonly ownWrites = new Set<string>();
  #keys: ApiKeyRecord[] | undefined;
  last: Observed | undefined;

  constructor(deps: RotationDeps, settings: RotationSettings) {
    this.#d = deps;
    this.#s = settings;
  }

  async observe(): Promise<Observed> {
    const snap = await this.#d.store.describe();
    const labels: Record<SecretStage, VersionRef | null> = { current: null, pending: null, previous: null };
    const values: Partial<Record<SecretStage, SecretValue>> = {};
    for (const stage of STAGES) {
      const v = snap.versions.find((x) => x.stages.includes(stage));
      if (!v) continue;
      let value = this.values.get(v.versionId);
      if (!value) {
        value = await this.#d.store.readVersion(v.versionId);
        this.values.set(v.versionId, value);
      }
      values[stage] = value;
      labels[stage] = { versionId: v.versionId, fingerprint: value.fingerprint };
    }
    const record = parseRotationRecord(await this.#d.store.readRecord(), this.#d.store.name);
    this.last = { labels, values, record };
    return this.last;
  }

  state(o: Observed): RotationState {
    return {
      labels: o.labels,
      record: o.record,
      checks: this.checks,
      targetUpdatedAt: this.targetUpdatedAt,
      targetIds: this.#d.targets.map((t) => t.id),
      now: this.#d.now().toISOString(),
      gracePeriodMs: this.#s.gracePeriodMs,
    };
  }

  async keys(): Promise<ApiKeyRecord[]> {
    this.#keys ??= await this.#d.provider.listKeys();
    return this.#keys;
  }

  /** No-cost call with the key, then find it in the Admin API and judge it. */
  async check(value: SecretValue, asNewKey: boolean): Promise<KeyCheckResult> {
    const fingerprint = value.fingerprint;
    const works = await this.#d.provider.checkKey(value);
    if (!works.ok) return { ok: false, fingerprint, reason: works.reason };
    this.#keys = undefined; // statuses may have changed since the last listing
    const found = identifyKey(value.reveal(), await this.keys());
    if ("reason" in found)
      return { ok: false, fingerprint, reason: `the Admin API cannot identify it: ${found.reason}` };
    const why = asNewKey
      ? judgeNewKey(
          found.key,
          {
            ...(this.#s.expectedWorkspaceId === undefined
              ? {}
              : { workspaceId: this.#s.expectedWorkspaceId }),
            minRemainingLifetimeMs: this.#s.minRemainingLifetimeMs,
          },
          this.#d.now(),
        )
      : found.key.status === "active"
        ? null
        : `the Admin API reports key ${found.key.id} as ${found.key.status}`;
    return why
      ? { ok: false, fingerprint, reason: why, key: found.key }
      : { ok: true, fingerprint, key: found.key };
  }

  async writeRecord(o: Observed, rotation: RotationEntry | null, history = o.record.history): Promise<void> {
    const next: RotationRecord = {
      ...o.record,
      revision: o.record.revision + 1,
      rotation,
      history: history.slice(0, 10),
    };
    await this.#d.store.writeRecord(JSON.stringify(next));
    o.record = next;
  }

  /** Performs one step; returns a line for the outcome. */
  async perform(step: NextStep, o: Observed): Promise<string> {
    const now = this.#d.now().toISOString();
    const entry = o.record.rotation;
    const store = this.#d.store;
    switch (step.kind) {
      case "open": {
        const pending = o.labels.pending as VersionRef;
        const history = entry ? [entry, ...o.record.history] : o.record.history;
        await this.writeRecord(
          o,
          { id: step.versionId, newFingerprint: pending.fingerprint, openedAt: now, targets: {} },
          history,
        );
        return `opened rotation ${step.versionId} (new key fingerprint ${pending.fingerprint})`;
      }
      case "test": {
        const value = o.values.pending as SecretValue;
        this.checks.pending = await this.check(value, true);
        if (!this.checks.pending.ok) return `the staged key failed its test: ${this.checks.pending.reason}`;
        const key = this.checks.pending.key;
        if (entry) await this.writeRecord(o, { ...entry, testedAt: now, newKeyId: key.id });
        return `the staged key works and is ${key.id} ("${key.name}", ${key.workspaceId ?? "default"} workspace, expires ${key.expiresAt ?? "never"})`;
      }
      case "promote": {
        let oldKeyId: string | null = null;
        const old = o.values.current;
        if (old) {
          const found = identifyKey(old.reveal(), await this.keys());
          if ("key" in found) oldKeyId = found.key.id;
          else
            this.#d.logger.warning(
              `Cannot identify the current key in the Admin API (${found.reason}); it will not be retired automatically.`,
            );
        }
        if (!entry) throw new Error("promote without a rotation record");
        await this.writeRecord(o, {
          ...entry,
          oldVersionId: step.oldVersionId,
          oldFingerprint: o.labels.current?.fingerprint ?? null,
          oldKeyId,
          promotedAt: now,
        });
        await store.moveStage("current", step.versionId);
        this.checks.current = undefined;
        return `promoted: AWSCURRENT -> ${step.versionId}${step.oldVersionId ? `, AWSPREVIOUS -> ${step.oldVersionId}` : ""}`;
      }
      case "check-current": {
        this.checks.current = await this.check(o.values.current as SecretValue, false);
        return this.checks.current.ok
          ? `the key in AWSCURRENT works (${this.checks.current.key.id})`
          : `the key in AWSCURRENT fails: ${this.checks.current.reason}`;
      }
      case "check-previous": {
        this.checks.previous = await this.check(o.values.previous as SecretValue, false);
        return this.checks.previous.ok
          ? `the key in AWSPREVIOUS still works (${this.checks.previous.key.id})`
          : `the key in AWSPREVIOUS fails: ${this.checks.previous.reason}`;
      }
      case "read-targets": {
        const seen: Record<string, string | null> = {};
        for (const t of this.#d.targets) seen[t.id] = await t.lastUpdated();
        this.targetUpdatedAt = seen;
        return `read ${this.#d.targets.length} target(s)`;
      }
      case "distribute": {
        const value = o.values.current as SecretValue;
        const done: string[] = [];
        for (const id of step.targetIds) {
          const target = this.#d.targets.find((t) => t.id === id);
          if (!target || !entry) continue;
          const before = this.targetUpdatedAt?.[id] ?? null;
          await target.write(value);
          const after = await target.lastUpdated();
          // GitHub's updated_at has one-second resolution: a second write of ours within the
          // same second (redistribution after a rollback) may show the same time.
          const sameSecondAsOurs = after !== null && after === before && this.ownWrites.has(id);
          if (after === null || (before !== null && after <= before && !sameSecondAsOurs)) {
            throw new Error(
              `${target.description}: GitHub did not confirm the write (updated_at ${after ?? "missing"}, before ${before ?? "none"}).`,
            );
          }
          this.targetUpdatedAt = { ...this.targetUpdatedAt, [id]: after };
          this.ownWrites.add(id);
          const latest = o.record.rotation ?? entry;
          await this.writeRecord(o, {
            ...latest,
            targets: {
              ...latest.targets,
              [id]: { fingerprint: value.fingerprint, updatedAt: after, verifiedAt: now },
            },
          });
          done.push(target.description);
        }
        return `wrote and verified ${done.join("; ")}`;
      }
      case "retire": {
        // Never deactivate what AWSCURRENT holds: re-read it and compare, whatever the record says.
        const current = await store.readStage("current");
        if (current) {
          const found = identifyKey(current.value.reveal(), await this.keys());
          if ("key" in found && found.key.id === step.keyId) {
            throw new Error(`refusing to retire ${step.keyId}: it is the key AWSCURRENT holds`);
          }
          if (entry?.oldFingerprint && current.value.fingerprint === entry.oldFingerprint) {
            throw new Error(`refusing to retire ${step.keyId}: AWSCURRENT still holds the old key`);
          }
        }
        const key = await this.#d.provider.getKey(step.keyId);
        if (key.status === "active") await this.#d.provider.setKeyStatus(step.keyId, "inactive");
        this.#keys = undefined;
        if (entry) await this.writeRecord(o, { ...entry, retiredAt: now });
        return key.status === "active"
          ? `retired the old key ${step.keyId} (now inactive)`
          : `the old key ${step.keyId} was already ${key.status}`;
      }
      case "finish": {
        await store.removeStage("pending", step.versionId);
        if (entry) await this.writeRecord(o, { ...entry, finishedAt: now });
        return "finished: AWSPENDING removed";
      }
      case "rollback": {
        if (entry) await this.writeRecord(o, { ...entry, rolledBackAt: now, rollbackReason: step.reason });
        await store.moveStage("current", step.toVersionId);
        this.checks.current = undefined;
        return `rolled back: AWSCURRENT -> ${step.toVersionId} (${step.reason})`;
      }
      case "abandon": {
        await store.removeStage("pending", step.versionId);
        if (entry) await this.writeRecord(o, { ...entry, abandonedAt: now });
        return `abandoned the failed version ${step.versionId}`;
      }
      case "close": {
        if (entry) {
          await this.writeRecord(
            o,
            entry.rolledBackAt ? { ...entry, abandonedAt: now } : { ...entry, finishedAt: now },
          );
        }
        return "closed the rotation record";
      }
      default:
        throw new Error(`not a step: ${step.kind}`);
    }
  }

  summary(): { keys: KeySummary[]; targets: TargetSummary[] } {
    const o = this.last;
    const keys: KeySummary[] = [];
    for (const stage of STAGES) {
      const ref = o?.labels[stage];
      if (!ref) continue;
      const check = [this.checks.current, this.checks.pending, this.checks.previous].find(
        (c) => c?.fingerprint === ref.fingerprint,
      );
      const key = check?.key;
      keys.push({
        stage,
        versionId: ref.versionId,
        fingerprint: ref.fingerprint,
        ...(key ? { keyId: key.id, keyStatus: key.status } : {}),
        ...(check ? { works: check.ok } : {}),
      });
    }
    const currentFp = o?.labels.current?.fingerprint;
    const targets = this.#d.targets.map((t) => {
      const rec = o?.record.rotation?.targets[t.id];
      const seen = this.targetUpdatedAt?.[t.id] ?? null;
      return {
        id: t.id,
        description: t.description,
        inSync:
          !!rec &&
          rec.fingerprint === currentFp &&
          (this.targetUpdatedAt === undefined || seen === rec.updatedAt),
        updatedAt: this.targetUpdatedAt ? seen : (rec?.updatedAt ?? null),
      };
    });
    return { keys, targets };
  }
}

/** Which step a planner answer is about (for failures inside a step). */
function stepOf(next: NextStep): RotationStep {
  switch (next.kind) {
    case "idle":
    case "wait":
      return "finish";
    case "blocked":
      return next.step;
    default:
      return next.kind;
  }
}

/**
 * Runs the remaining steps of the rotation in progress (see `rotation.ts`).
 * Never throws for failures of the outside world: they come back as a
 * `failed` outcome that names the step, the state of each key and what to do.
 * Errors thrown by `afterStep` (a simulated kill) propagate.
 */
export async function runRotation(deps: RotationDeps, settings: RotationSettings): Promise<RotationOutcome> {
  const run = new Run(deps, settings);
  const secret = deps.store.name;
  let next: NextStep = { kind: "idle" };
  const outcome = (
    fields: Omit<RotationOutcome, "secret" | "rotationId" | "steps" | "keys" | "targets">,
  ) => ({
    secret,
    rotationId: run.last?.record.rotation?.id ?? null,
    steps: run.steps,
    ...run.summary(),
    ...fields,
  });
  const maxSteps = settings.maxSteps ?? 40;
  for (let i = 0; i < maxSteps; i++) {
    let detail: string;
    try {
      next = { kind: "read-state" };
      const observed = await run.observe();
      next = decideNextStep(run.state(observed));
      if (next.kind === "idle" || next.kind === "wait" || next.kind === "blocked") break;
      deps.logger.info(`keys: ${next.kind}`);
      detail = await run.perform(next, observed);
    } catch (error) {
      const step = stepOf(next);
      const config = isConfigurationError(error);
      const unchanged = !run.steps.some((s) =>
        ["promote", "distribute", "rollback", "retire"].includes(s.step),
      );
      deps.logger.error(`keys: ${step} failed: ${getErrorMessage(error)}`);
      return outcome({
        status: "failed",
        failedStep: step,
        failureKind: config ? "configuration" : "transient",
        unchanged,
        message: `Key rotation of ${secret} failed at step "${step}": ${getErrorMessage(error)}`,
        action: config
          ? "Fix the configuration named above, then run 'steward keys rotate' again; it resumes at this step."
          : "Run 'steward keys rotate' again (or re-run the workflow); it resumes at this step. If it keeps failing, check the service's status.",
      });
    }
    run.steps.push({ step: next.kind as RotationStep, detail });
    deps.logger.info(`keys: ${detail}`);
    if (next.kind === "test" && run.checks.pending && !run.checks.pending.ok) continue;
    await deps.afterStep?.(next.kind as RotationStep);
  }
  const did = (s: RotationStep) => run.steps.some((x) => x.step === s);
  const rolledBack =
    did("rollback") || did("abandon") || (did("close") && !!run.last?.record.rotation?.abandonedAt);
  if (next.kind === "blocked") {
    return outcome({
      status: rolledBack ? "rolled-back" : "failed",
      failedStep: next.step,
      failureKind: "blocked",
      unchanged: next.step === "test",
      message: `Key rotation of ${secret} stopped at step "${next.step}": ${next.reason}.`,
      action: next.action,
    });
  }
  if (next.kind === "wait") {
    return outcome({
      status: "waiting",
      message: `The new key is current and in every target; the old key stays active until ${next.until} (grace period).`,
      action: `Run 'steward keys rotate' again after ${next.until} to retire the old key.`,
      retryAt: next.until,
    });
  }
  if (next.kind !== "idle") {
    return outcome({
      status: "failed",
      failedStep: stepOf(next),
      failureKind: "transient",
      message: `Key rotation of ${secret} did not settle within ${maxSteps} steps.`,
      action:
        "Run 'steward keys rotate' again; if this repeats, report a bug with 'steward keys status' output.",
    });
  }
  if (rolledBack) {
    const reason = run.last?.record.rotation?.rollbackReason ?? "the new key failed";
    return outcome({
      status: "rolled-back",
      failedStep: "check-current",
      failureKind: "blocked",
      message: `The new key for ${secret} failed after promotion (${reason}); AWSCURRENT and every target are back on the previous key.`,
      action:
        "Mint a new key in the Console, stage it with 'steward keys stage' and run 'steward keys rotate'.",
    });
  }
  if (run.steps.length === 0) {
    return outcome({
      status: "idle",
      message: `No rotation in progress for ${secret}.`,
      action: "To rotate: mint a key in the Console, then 'steward keys stage' and 'steward keys rotate'.",
    });
  }
  return outcome({
    status: "done",
    message: `Rotated ${secret}: the new key is in AWSCURRENT and every target, and the old key is retired.`,
    action: "Nothing to do.",
  });
}

export interface StageOutcome {
  readonly secret: string;
  readonly versionId: string;
  readonly fingerprint: string;
  /** False when the same key was already staged (idempotent re-run). */
  readonly created: boolean;
  readonly message: string;
}

/**
 * Step 1: stores a key minted in the Console as the pending version
 * (AWSPENDING). Idempotent: staging the same key again does nothing. Refuses
 * the key AWSCURRENT or AWSPREVIOUS holds, and refuses while a promoted
 * rotation is unfinished. Replaces a staged key that was never promoted.
 */
export async function stageKey(
  deps: { readonly store: SecretStore; readonly logger: Logger },
  value: SecretValue,
): Promise<StageOutcome> {
  const { store } = deps;
  const trimmed = value.reveal();
  if (!/^sk-ant-[A-Za-z0-9_-]{20,}$/.test(trimmed)) {
    throw new ConfigurationError("That does not look like an Anthropic API key (sk-ant-...).", {
      hint: "Paste the key exactly as the Console showed it, on standard input or in a file.",
    });
  }
  const snap = await store.describe();
  const holder = (s: SecretStage) => snap.versions.find((v) => v.stages.includes(s))?.versionId;
  const fp = value.fingerprint;
  const fpOf = async (s: SecretStage) => {
    const id = holder(s);
    return id ? (await store.readVersion(id)).fingerprint : undefined;
  };
  const pendingId = holder("pending");
  if (pendingId && pendingId === holder("current")) {
    throw new ConfigurationError(`A rotation of ${store.name} is promoted but not finished.`, {
      hint: "Run 'steward keys rotate' to finish it before staging another key.",
    });
  }
  if (fp === (await fpOf("current"))) {
    throw new ConfigurationError(`That key is already the current key of ${store.name}.`, {
      hint: "Mint a new key in the Console and stage that one.",
    });
  }
  if (fp === (await fpOf("previous"))) {
    throw new ConfigurationError(
      `That key is the previous key of ${store.name}; re-staging it is not a rotation.`,
      {
        hint: "Mint a new key in the Console and stage that one.",
      },
    );
  }
  if (pendingId && fp === (await fpOf("pending"))) {
    return {
      secret: store.name,
      versionId: pendingId,
      fingerprint: fp,
      created: false,
      message: "Already staged.",
    };
  }
  if (pendingId) deps.logger.warning(`Replacing the staged key ${pendingId}, which was never promoted.`);
  const token = requestTokenFor(`stage:${store.name}:${fp}`);
  const { versionId } = await store.putVersion(value, token, ["pending"]);
  return {
    secret: store.name,
    versionId,
    fingerprint: fp,
    created: true,
    message: `Staged the new key as AWSPENDING (version ${versionId}, fingerprint ${fp}). Run 'steward keys rotate' next.`,
  };
}

/** What `steward keys status` shows: read-only, no Anthropic or GitHub calls. */
export interface RotationStatusReport {
  readonly secret: string;
  readonly exists: boolean;
  readonly keys: readonly KeySummary[];
  readonly rotation: RotationEntry | null;
  /** The planner's next step, assuming the checks it needs pass. */
  readonly next: NextStep["kind"];
  readonly summary: string;
}

/** Reads the store and says where the rotation stands. Never changes anything. */
export async function inspectRotation(
  deps: Pick<RotationDeps, "store" | "targets" | "now" | "logger">,
  settings: Pick<RotationSettings, "gracePeriodMs">,
): Promise<RotationStatusReport> {
  const snap = await deps.store.describe();
  const run = new Run(
    { ...deps, provider: undefined as unknown as KeyProvider },
    { gracePeriodMs: settings.gracePeriodMs, minRemainingLifetimeMs: 0 },
  );
  const o = await run.observe();
  const next = decideNextStep(run.state(o));
  const { keys } = run.summary();
  const entry = o.record.rotation;
  const summary =
    next.kind === "idle"
      ? `No rotation in progress${entry?.finishedAt ? ` (last finished ${entry.finishedAt})` : ""}.`
      : next.kind === "open" || next.kind === "test"
        ? "A key is staged (AWSPENDING); 'steward keys rotate' will test and promote it."
        : next.kind === "blocked"
          ? `Blocked at ${next.step}: ${next.reason}.`
          : `A rotation is in progress (promoted ${entry?.promotedAt ?? "?"}); 'steward keys rotate' continues it.`;
  return { secret: deps.store.name, exists: snap.exists, keys, rotation: entry, next: next.kind, summary };
}
