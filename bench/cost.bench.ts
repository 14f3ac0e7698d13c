/**
 * Cost report over 1 million seed-format records: Steward vs the seed's jq
 * script (fixed, bench/cost/seed-cost-report.jq).
 *
 *   npx vitest bench --run --config vitest.bench.config.ts bench/cost.bench.ts
 *
 * Data: `node bench/generators/usage-data.mjs --out bench/.data/cost-1m --users 100
 * --days 31 --records-per-day 323 --seed 11 --month 2026-10` (1,001,300 records,
 * generated on first run; bench/.data is git-ignored). Steward runs in a child
 * process (bench/cost/runner.ts bundled with rolldown) so its peak RSS can be read
 * from process.resourceUsage().maxRSS; jq is skipped when not installed.
 * Targets: >= 30x faster than jq, peak RSS < 256 MB. A summary with the ratio,
 * throughput and peak RSS is printed after the run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, bench, describe } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = join(ROOT, "bench/.data/cost-1m");
const RUNNER = join(ROOT, "bench/.data/cost-runner.mjs");
const JQ_SCRIPT = join(ROOT, "bench/cost/seed-cost-report.jq");

function sh(cmd: string, args: string[], cwd = ROOT) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(" ")} failed: ${r.stderr || r.error}`);
  return r.stdout;
}

if (!existsSync(join(DATA, "usage"))) {
  sh(process.execPath, [
    "bench/generators/usage-data.mjs",
    "--out",
    DATA,
    "--users",
    "100",
    "--days",
    "31",
    "--records-per-day",
    "323",
    "--seed",
    "11",
    "--month",
    "2026-10",
    "--quiet",
  ]);
}
sh(process.execPath, [
  join(ROOT, "node_modules/rolldown/bin/cli.mjs"),
  "bench/cost/runner.ts",
  "--format",
  "esm",
  "--platform",
  "node",
  "-o",
  RUNNER,
]);

const seedFiles = readdirSync(join(DATA, "usage"))
  .flatMap((u) =>
    readdirSync(join(DATA, "usage", u))
      .filter((f) => /^\d{8}\.json$/.test(f))
      .map((f) => join("usage", u, f)),
  )
  .sort();
const hasJq = spawnSync("jq", ["--version"]).status === 0;

const steward: { ms: number; rssMb: number; records: number; cpuMs: number }[] = [];
const jq: number[] = [];
const jqCpu: number[] = [];
const jqRss: number[] = [];
const hasTime = existsSync("/usr/bin/time");

describe("cost report, 1M seed records", () => {
  bench(
    "steward report (child process)",
    () => {
      const t = performance.now();
      const out = sh(process.execPath, [RUNNER, "usage/*/*.json", "--kind", "seed"], DATA);
      const ms = performance.now() - t;
      const r = JSON.parse(out) as { maxRssMb: number; records: number; cpuMs: number };
      steward.push({ ms, rssMb: r.maxRssMb, records: r.records, cpuMs: r.cpuMs });
    },
    { iterations: 3, warmupIterations: 0, time: 0 },
  );

  bench.skipIf(!hasJq)(
    "jq -s (seed script, fixed)",
    () => {
      const t = performance.now();
      if (hasTime) {
        // /usr/bin/time reports jq's CPU time (user + sys) and peak RSS on stderr
        const r = spawnSync("/usr/bin/time", ["-f", "%U %S %M", "jq", "-s", "-f", JQ_SCRIPT, ...seedFiles], {
          cwd: DATA,
          encoding: "utf8",
          maxBuffer: 1 << 28,
        });
        if (r.status !== 0) throw new Error(`jq failed: ${r.stderr}`);
        const [u = "0", s = "0", kb = "0"] = (r.stderr.trim().split("\n").pop() ?? "").split(" ");
        jqCpu.push((Number(u) + Number(s)) * 1000);
        jqRss.push(Math.round(Number(kb) / 1024));
      } else sh("jq", ["-s", "-f", JQ_SCRIPT, ...seedFiles], DATA);
      jq.push(performance.now() - t);
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
});

afterAll(() => {
  if (steward.length === 0) return;
  const best = Math.min(...steward.map((s) => s.ms));
  const records = steward[0]?.records ?? 0;
  const rss = Math.max(...steward.map((s) => s.rssMb));
  const cpu = Math.min(...steward.map((s) => s.cpuMs));
  const lines = [
    `steward: ${records.toLocaleString("en-US")} records, best ${(best / 1000).toFixed(2)} s (${Math.round(records / (best / 1000)).toLocaleString("en-US")} records/s), peak RSS ${rss} MB (target < 256 MB)`,
  ];
  if (jq.length) {
    const j = Math.min(...jq);
    lines.push(
      `jq: ${(j / 1000).toFixed(2)} s; steward is ${(j / best).toFixed(1)}x faster by wall time (target >= 30x)`,
    );
    if (jqCpu.length) {
      const jc = Math.min(...jqCpu);
      lines.push(
        `CPU time (user+sys): steward ${(cpu / 1000).toFixed(2)} s, jq ${(jc / 1000).toFixed(2)} s -> ${(jc / cpu).toFixed(1)}x; jq peak RSS ${Math.max(...jqRss)} MB`,
      );
    }
  }
  console.log(lines.join("\n"));
});
