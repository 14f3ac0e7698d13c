// A killed process between every pair of steps: the run is aborted right
// after step k (nothing else runs, nothing is cleaned up), and a fresh run
// (new clients, nothing remembered) must finish the rotation. Also two kills
// in a row, and a kill before the first step of the resumed run.
import { afterEach, describe, expect, it } from "vitest";
import type { RotationStep } from "../../../shared/keys/rotation.js";
import { ROTATED, World } from "./rotation-world.js";

class Killed extends Error {}

const killAfter = (n: number) => {
  let seen = 0;
  return (_step: RotationStep) => {
    if (++seen === n) throw new Killed(`killed after step ${n}`);
  };
};

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function stepsOfACleanRun(): Promise<number> {
  const w = await new World().start();
  try {
    await w.stage();
    return (await w.rotate()).steps.length;
  } finally {
    await w.close();
  }
}

const STEPS = await stepsOfACleanRun();

describe(`a killed process after each of the ${STEPS} steps, then a fresh run`, () => {
  for (let k = 1; k <= STEPS; k++) {
    it(`killed after step ${k}`, async () => {
      world = await new World().start();
      await world.stage();
      await expect(world.rotate(undefined, killAfter(k))).rejects.toBeInstanceOf(Killed);
      const outcome = await world.rotate();
      expect(outcome.status).toBe(k === STEPS ? "idle" : "done"); // killed after the last step: nothing left
      expect(world.rotatedState()).toEqual(ROTATED);
    });
  }
  for (let k = 1; k < STEPS; k++) {
    it(`killed after step ${k}, then again after the first step of the resumed run`, async () => {
      world = await new World().start();
      await world.stage();
      await expect(world.rotate(undefined, killAfter(k))).rejects.toBeInstanceOf(Killed);
      await world.rotate(undefined, killAfter(1)).catch((e) => {
        if (!(e instanceof Killed)) throw e;
      });
      expect((await world.rotate()).status).toMatch(/done|idle/);
      expect(world.rotatedState()).toEqual(ROTATED);
    });
  }
  it("killed right after staging (before any rotate step)", async () => {
    world = await new World().start();
    await world.stage();
    expect((await world.stage()).created).toBe(false);
    expect((await world.rotate()).status).toBe("done");
    expect(world.rotatedState()).toEqual(ROTATED);
  });
});
