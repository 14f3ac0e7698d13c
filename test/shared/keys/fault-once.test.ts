// A single fault (5xx, 429 + Retry-After, timeout, dropped connection, lost
// response) at every external call of a rotation: the retry policies absorb
// it and the same run finishes.
import { describe, it } from "vitest";
import { baselineCalls, runScenario, scenarios } from "./fault-scenarios.js";

const calls = await baselineCalls();

describe(`one fault at each of the ${calls.length} external calls of a rotation`, () => {
  for (const s of scenarios(calls, false)) it(s.name, () => runScenario(s));
});
