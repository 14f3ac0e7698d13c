/**
 * Permission engine benchmarks. Targets (issue): analysis of a 20,000-rule
 * policy under 1 s; one call against 1,000 compiled rules under 50 µs median.
 * Run: npx vitest bench --run --config vitest.bench.config.ts bench/permissions.bench.ts
 *
 * Wall time on a shared machine includes waiting for a core, so each bench
 * also prints the median CPU time of its runs (process.cpuUsage) on teardown.
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

const cpu: Record<string, number[]> = {};
function timed(name: string, fn: () => void): () => void {
  return () => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    const list = cpu[name] ?? [];
    list.push(used.user + used.system);
    cpu[name] = list;
  };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function reportAnalysis() {
  const samples = cpu.analyse ?? [];
  console.log(
    `analyse 20,000 rules: median CPU ${(median(samples) / 1000).toFixed(1)} ms over ${samples.length} runs`,
  );
}

/** CPU time per call, measured over batches (one call is below the clock's resolution). */
function reportDecide() {
  const perCall: number[] = [];
  for (let batch = 0; batch < 21; batch++) {
    const start = process.cpuUsage();
    for (const call of calls) decide(rules1k, call, context);
    const used = process.cpuUsage(start);
    perCall.push((used.user + used.system) / calls.length);
  }
  console.log(
    `decide against 1,000 rules: median CPU ${median(perCall).toFixed(1)} µs per call over 21 batches of ${calls.length}`,
  );
}

describe("permissions", () => {
  bench(
    "analyse a 20,000-rule policy",
    timed("analyse", () => {
      analyseRules(policy20k, { sandboxEnabled: false });
    }),
    { iterations: 5, warmupIterations: 1, teardown: reportAnalysis },
  );

  bench(
    "decide one call against 1,000 compiled rules",
    () => {
      decide(rules1k, calls[next++ % calls.length] as (typeof calls)[number], context);
    },
    { teardown: reportDecide },
  );

  bench("parse + compile 1,000 rules", () => {
    compileRules(rulesFrom(generateRules(1_000, 11), source));
  });
});
