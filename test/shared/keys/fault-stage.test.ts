// Faults at every external call of `keys stage`: once (the SDK retry absorbs
// it) and for the rest of the call (staging fails; staging again works, and
// the rotation then finishes).
import { describe, it } from "vitest";
import { baselineStageCalls, runStageScenario, scenarios } from "./fault-scenarios.js";

const calls = await baselineStageCalls();

describe(`faults at each of the ${calls.length} external calls of staging`, () => {
  for (const s of [...scenarios(calls, false), ...scenarios(calls, true)])
    it(s.name, () => runStageScenario(s));
});
