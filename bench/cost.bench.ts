/**
 * Cost report over 1 million seed-format records: `steward report cost` (the
 * CLI bundle, on every core, and forced onto one thread) against the seed's
 * jq script with the parentheses jq needs (bench/cost/seed-cost-report.jq),
 * on the same 3,100 daily files. Targets (issue #7): at least 30x faster than
 * jq; peak RSS under 256 MB.
 *
 *   node scripts/package.mjs cli && npm run bench -- bench/cost.bench.ts
 *
 * Data: bench/generators/usage-data.mjs, 100 users x 31 days x 323 records
 * (1,001,300 records; generated on first run into the git-ignored bench/.data).
 * Each round runs the three back to back so load drift hits all alike (Steward
 * three times per mode: a 0.35 s run is more exposed to a passing stall of
 * the host than jq's 11 s one, so its median is taken over more runs); wall,
 * CPU and peak RSS come from GNU time. jq's per-user totals are checked
 * against Steward's, so the two are known to compute the same thing. jq is
 * skipped when not installed (apt-get install -y jq).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, bench, describe } from "vitest";
import {
  ensureUsageData,
  HAS_GNU_TIME,
  type Measured,
  measure,
  median,
  privateCli,
  ROOT,
  seedFiles,
  stewardReport,
} from "./cost/measure.js";

const DATA = join(ROOT, "bench/.data/cost-1m");
const JQ_SCRIPT = join(ROOT, "bench/cost/seed-cost-report.jq");
ensureUsageData(DATA, 100, 323);
const files = seedFiles(DATA);
const cli = privateCli();
const out = mkdtempSync(join(tmpdir(), "steward-cost-out-"));
const hasJq = spawnSync("jq", ["--version"]).status === 0;

const runs: Record<"all" | "one" | "jq", Measured[]> = { all: [], one: [], jq: [] };
const STEWARD_RUNS_PER_ROUND = 3;
let records = 0;
let mismatch: string | undefined;

describe("cost report, 1M seed records", () => {
  bench(
    "one round: steward (all cores), steward (one thread), jq -s (seed script, fixed)",
    () => {
      for (let k = 0; k < STEWARD_RUNS_PER_ROUND; k++) {
        const all = stewardReport(cli, DATA, out);
        records = all.records;
        runs.all.push(all);
        runs.one.push(stewardReport(cli, DATA, out, 1));
      }
      if (hasJq) {
        const jq = measure("jq", ["-s", "-f", JQ_SCRIPT, ...files], { cwd: DATA });
        runs.jq.push(jq);
        if (mismatch === undefined) mismatch = compareWithJq(jq.stdout) ?? "";
      }
    },
    { iterations: 3, warmupIterations: 0, time: 0 },
  );
});

/** jq's per-user totals vs Steward's by-user rows; a description of the first difference, or undefined. */
function compareWithJq(jqOut: string): string | undefined {
  const jq = JSON.parse(jqOut) as { user: string; total_tokens: number; request_count: number }[];
  const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as {
    byUser: { key: string; tokens: number; requests: number }[];
  };
  const steward = new Map(report.byUser.map((u) => [u.key, u]));
  if (steward.size !== jq.length) return `users: steward ${steward.size}, jq ${jq.length}`;
  for (const u of jq) {
    const s = steward.get(u.user);
    if (!s || s.tokens !== u.total_tokens || s.requests !== u.request_count)
      return `${u.user}: steward ${s?.tokens}/${s?.requests}, jq ${u.total_tokens}/${u.request_count}`;
  }
  return undefined;
}

afterAll(() => {
  if (runs.all.length === 0) return;
  const row = (name: string, xs: Measured[]) =>
    `  ${name.padEnd(24)} wall median ${(median(xs.map((x) => x.ms)) / 1000).toFixed(2)} s  CPU ${(median(xs.map((x) => x.cpuMs)) / 1000).toFixed(2)} s  peak RSS ${Math.max(...xs.map((x) => x.rssMb))} MB`;
  const wall = (xs: Measured[]) => median(xs.map((x) => x.ms));
  const lines = [
    "",
    `cost report, ${records.toLocaleString("en-US")} seed records in ${files.length} files, ${runs.jq.length || runs.all.length / STEWARD_RUNS_PER_ROUND} interleaved rounds (Steward ${runs.all.length} runs per mode)${HAS_GNU_TIME ? "" : " (no /usr/bin/time: no CPU or RSS)"}:`,
    row("steward, all cores", runs.all),
    row("steward, one thread", runs.one),
  ];
  const rate = records / (wall(runs.all) / 1000);
  lines.push(`  steward throughput: ${Math.round(rate).toLocaleString("en-US")} records/s (all cores)`);
  if (runs.jq.length) {
    lines.push(row("jq -s (seed, fixed)", runs.jq));
    const ratio = wall(runs.jq) / wall(runs.all);
    lines.push(
      `  steward is ${ratio.toFixed(1)}x faster than jq by wall time (target >= 30x: ${ratio >= 30 ? "met" : "MISSED"}); one thread: ${(wall(runs.jq) / wall(runs.one)).toFixed(1)}x; CPU time: ${(median(runs.jq.map((x) => x.cpuMs)) / median(runs.all.map((x) => x.cpuMs))).toFixed(1)}x`,
    );
    lines.push(
      mismatch
        ? `  per-user totals DIFFER from jq: ${mismatch}`
        : "  per-user tokens and request counts: identical to jq",
    );
  } else lines.push("  jq not installed: no comparison (apt-get install -y jq)");
  const peak = Math.max(...runs.all.map((x) => x.rssMb), ...runs.one.map((x) => x.rssMb));
  lines.push(`  peak RSS target < 256 MB: ${peak < 256 ? "met" : "MISSED"} (${peak} MB)`);
  console.log(`${lines.join("\n")}\n`);
});
