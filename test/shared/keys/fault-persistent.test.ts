// A fault that lasts for the rest of the run, starting at every external call
// of a rotation: the run fails with an outcome (never a throw), and a plain
// re-run finishes the rotation from where it stopped.
import { describe, it } from "vitest";
import { baselineCalls, runScenario, scenarios } from "./fault-scenarios.js";

const calls = await baselineCalls();

describe(`an outage from each of the ${calls.length} external calls of a rotation, then a re-run`, () => {
  for (const s of scenarios(calls, true)) it(s.name, () => runScenario(s));
});
