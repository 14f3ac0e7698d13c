/**
 * Permission engine benchmarks. Targets (issue): analysis of a 20,000-rule
 * policy under 1 s; one call against 1,000 compiled rules under 50 µs median.
 * Run: npx vitest bench --run --config vitest.bench.config.ts bench/permissions.bench.ts
 */
import { bench, describe } from "vitest";
import { analyseRules, compileRules, decide, rulesFrom } from "../shared/permissions/index.js";
import { generateCalls, generateRules } from "./generators/rules.js";

const source = { scope: "project" as const, file: ".claude/settings.json", root: "/home/dev/project" };
const policy20k = rulesFrom(generateRules(20_000, 7), source);
const rules1k = compileRules(rulesFrom(generateRules(1_000, 11), source));
const calls = generateCalls(512, 13);
const context = { home: "/home/dev" };
let next = 0;

describe("permissions", () => {
  bench(
    "analyse a 20,000-rule policy",
    () => {
      analyseRules(policy20k, { sandboxEnabled: false });
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench("decide one call against 1,000 compiled rules", () => {
    decide(rules1k, calls[next++ % calls.length] as (typeof calls)[number], context);
  });

  bench("parse + compile 1,000 rules", () => {
    compileRules(rulesFrom(generateRules(1_000, 11), source));
  });
});
