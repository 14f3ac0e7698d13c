import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import { decideNextStep, emptyRecord } from "../../../shared/keys/rotation.js";
import { NEW_KEY, OLD_KEY, ROTATED, SECRET, SETTINGS, World } from "./rotation-world.js";

let world: World;
afterEach(() => world?.close());

describe("staged rotation, end to end against the fakes", () => {
  it("stages, tests, promotes, distributes, retires and finishes in one run", async () => {
    world = await new World().start();
    const staged = await world.stage();
    expect(staged.created).toBe(true);
    expect((await world.stage()).created).toBe(false); // idempotent
    const outcome = await world.rotate();
    expect(outcome.status).toBe("done");
    expect(outcome.steps.map((s) => s.step)).toEqual([
      "open",
      "test",
      "promote",
      "check-current",
      "read-targets",
      "distribute",
      "retire",
      "finish",
    ]);
    expect(world.rotatedState()).toEqual(ROTATED);
    expect(outcome.keys.find((k) => k.stage === "current")).toMatchObject({
      works: true,
      keyStatus: "active",
    });
    expect(outcome.targets.every((t) => t.inSync)).toBe(true);
    // A plain re-run has nothing to do.
    expect((await world.rotate()).status).toBe("idle");
  });

  it("waits out the grace period before retiring the old key", async () => {
    world = await new World().start();
    await world.stage();
    const first = await world.rotate({ ...SETTINGS, gracePeriodMs: 3_600_000 });
    expect(first.status).toBe("waiting");
    expect(first.retryAt).toBeDefined();
    expect(world.anthropic.bySecret(OLD_KEY)?.status).toBe("active");
    expect(world.sm.valueAt(SECRET, "AWSCURRENT")).toBe(NEW_KEY);
    const { deps } = world.process();
    const { runRotation } = await import("../../../shared/keys/rotate.js");
    const later = await runRotation(
      { ...deps, now: () => new Date(Date.now() + 2 * 3_600_000) },
      { ...SETTINGS, gracePeriodMs: 3_600_000 },
    );
    expect(later.status).toBe("done");
    expect(world.rotatedState()).toMatchObject({ ...ROTATED, leaks: [] });
  });

  it("a staged key that fails its test changes nothing", async () => {
    world = await new World().start();
    const newKey = world.anthropic.bySecret(NEW_KEY);
    if (newKey) newKey.workspace_id = "wrkspc_other";
    await world.stage();
    const outcome = await world.rotate();
    expect(outcome).toMatchObject({
      status: "failed",
      failedStep: "test",
      unchanged: true,
      failureKind: "blocked",
    });
    expect(outcome.message).toMatch(/workspace wrkspc_other, expected wrkspc_ci/);
    expect(world.sm.valueAt(SECRET, "AWSCURRENT")).toBe(OLD_KEY);
    expect(world.github.valueOf("acme/app", "ANTHROPIC_API_KEY")).toBeUndefined();
    expect(world.anthropic.bySecret(OLD_KEY)?.status).toBe("active");
    // A key that does not authenticate at all.
    if (newKey) {
      newKey.workspace_id = "wrkspc_ci";
      newKey.status = "inactive";
    }
    expect((await world.rotate()).message).toMatch(/does not authenticate/);
    expect(world.sm.valueAt(SECRET, "AWSCURRENT")).toBe(OLD_KEY);
  });

  it("rolls back a new key that fails after promotion", async () => {
    world = await new World().start();
    await world.stage();
    class Killed extends Error {}
    await expect(
      world.rotate(SETTINGS, (step) => {
        if (step === "distribute") throw new Killed("killed");
      }),
    ).rejects.toBeInstanceOf(Killed);
    expect(world.sm.valueAt(SECRET, "AWSCURRENT")).toBe(NEW_KEY);
    // Someone revokes the new key in the Console before the next run.
    const k = world.anthropic.bySecret(NEW_KEY);
    if (k) k.status = "inactive";
    const outcome = await world.rotate();
    expect(outcome.status).toBe("rolled-back");
    expect(outcome.action).toMatch(/Mint a new key/);
    expect(world.sm.valueAt(SECRET, "AWSCURRENT")).toBe(OLD_KEY);
    expect(world.sm.valueAt(SECRET, "AWSPENDING")).toBeUndefined();
    for (const scope of ["acme/app", "acme/app/production", "acme"]) {
      expect(world.github.valueOf(scope, "ANTHROPIC_API_KEY")).toBe(OLD_KEY);
    }
    expect(world.anthropic.bySecret(OLD_KEY)?.status).toBe("active");
    expect(world.violations).toEqual([]);
    expect(world.rotatedState().leaks).toEqual([]);
  });

  it("bootstraps a secret that does not exist yet (first key, nothing to retire)", async () => {
    world = await new World().start({ seedOld: false });
    await world.stage();
    const outcome = await world.rotate();
    expect(outcome.status).toBe("done");
    expect(world.sm.valueAt(SECRET, "AWSCURRENT")).toBe(NEW_KEY);
    expect(world.github.valueOf("acme", "ANTHROPIC_API_KEY")).toBe(NEW_KEY);
    expect(world.anthropic.bySecret(OLD_KEY)?.status).toBe("active");
  });

  it("refuses to stage the current key, or a non-key", async () => {
    world = await new World().start();
    await expect(world.stage(OLD_KEY)).rejects.toBeInstanceOf(ConfigurationError);
    await expect(world.stage("hunter2")).rejects.toThrow(/does not look like an Anthropic API key/);
  });
});

describe("decideNextStep (pure)", () => {
  const ref = (versionId: string, fingerprint: string) => ({ versionId, fingerprint });
  const base = {
    record: emptyRecord("s"),
    checks: {},
    targetUpdatedAt: undefined,
    targetIds: [],
    now: "2026-11-25T00:00:00Z",
    gracePeriodMs: 0,
  };
  it("is idle without AWSPENDING and opens a record for a staged version", () => {
    expect(
      decideNextStep({ ...base, labels: { current: ref("a", "fa"), pending: null, previous: null } }),
    ).toEqual({
      kind: "idle",
    });
    expect(
      decideNextStep({
        ...base,
        labels: { current: ref("a", "fa"), pending: ref("b", "fb"), previous: null },
      }),
    ).toEqual({ kind: "open", versionId: "b" });
  });
  it("never plans to retire the key the current check identified", () => {
    const key = {
      id: "apikey_1",
      name: "k",
      status: "active" as const,
      createdAt: "",
      expiresAt: null,
      partialKeyHint: null,
      workspaceId: null,
      ownerKind: "service_account" as const,
      ownerId: null,
      createdById: null,
    };
    const next = decideNextStep({
      ...base,
      targetUpdatedAt: {},
      labels: { current: ref("b", "fb"), pending: ref("b", "fb"), previous: ref("a", "fa") },
      record: {
        ...emptyRecord("s"),
        rotation: {
          id: "b",
          newFingerprint: "fb",
          oldKeyId: "apikey_1",
          openedAt: "",
          promotedAt: "",
          targets: {},
        },
      },
      checks: { current: { ok: true, fingerprint: "fb", key } },
    });
    expect(next).toMatchObject({ kind: "blocked", step: "retire" });
  });
});
