/**
 * The fault-injection scenarios shared by the fault suites: a clean rotation
 * makes a fixed sequence of external calls (counted once, here); a scenario
 * injects one fault kind at one of those calls, either once (the retry
 * policy should absorb it) or for the rest of the run (the run fails and a
 * plain re-run must finish the rotation). Each scenario ends with the same
 * checks: a tested, working new key in AWSCURRENT and every GitHub target,
 * the old key retired, no invariant violated, no canary leaked.
 */
import { expect } from "vitest";
import { FAULT_KINDS, type FaultKind } from "../secrets/fake-http-server.js";
import { ROTATED, World } from "./rotation-world.js";

/** Runs a clean rotation once and returns the calls it made (service:op), for scenario names. */
export async function baselineCalls(): Promise<string[]> {
  const world = await new World().start();
  try {
    await world.stage();
    const start = world.injector.calls.length;
    const outcome = await world.rotate();
    if (outcome.status !== "done") throw new Error(`baseline rotation did not finish: ${outcome.message}`);
    return world.injector.calls.slice(start).map((c) => `${c.service}:${c.op}`);
  } finally {
    await world.close();
  }
}

export interface Scenario {
  readonly name: string;
  readonly at: number;
  readonly kind: FaultKind;
  readonly persistent: boolean;
}

export function scenarios(calls: readonly string[], persistent: boolean): Scenario[] {
  return calls.flatMap((call, at) =>
    FAULT_KINDS.map((kind) => ({
      name: `${persistent ? "persistent" : "one"} ${kind} at call ${at} (${call})`,
      at,
      kind,
      persistent,
    })),
  );
}

export async function runScenario(s: Scenario): Promise<void> {
  const world = await new World().start();
  try {
    await world.stage();
    world.injector.injectAt(s.at, s.kind, s.persistent ? 10_000 : 1);
    const first = await world.rotate(); // must not throw: failures come back as outcomes
    expect(["done", "failed"]).toContain(first.status);
    if (first.status === "failed") {
      expect(first.failedStep).toBeDefined();
      expect(first.action).toMatch(/again/);
    }
    world.injector.clear();
    const second = await world.rotate();
    expect(["done", "idle"]).toContain(second.status);
    if (!s.persistent) expect(first.status).toBe("done");
    expect(world.rotatedState()).toEqual(ROTATED);
  } finally {
    await world.close();
  }
}

/** The external calls `steward keys stage` makes on a secret that exists. */
export async function baselineStageCalls(): Promise<string[]> {
  const world = await new World().start();
  try {
    const start = world.injector.calls.length;
    await world.stage();
    return world.injector.calls.slice(start).map((c) => `${c.service}:${c.op}`);
  } finally {
    await world.close();
  }
}

/** A fault during staging: once (absorbed) or for the rest of the call (stage fails, a re-run stages). */
export async function runStageScenario(s: Scenario): Promise<void> {
  const world = await new World().start();
  try {
    world.injector.injectAt(s.at, s.kind, s.persistent ? 10_000 : 1);
    const first = await world.stage().catch((e: unknown) => e);
    if (!s.persistent) expect(first).toMatchObject({ fingerprint: expect.any(String) });
    if (first instanceof Error) world.emitted.push(String(first), String(first.stack));
    world.injector.clear();
    await world.stage();
    expect((await world.rotate()).status).toBe("done");
    expect(world.rotatedState()).toEqual(ROTATED);
  } finally {
    await world.close();
  }
}
