/**
 * Claude Code transcripts: `steward report cost` against ccusage (issue #7:
 * identical tokens per day and model, Steward no slower).
 *
 *   npm run bench -- bench/transcripts.bench.ts
 *
 * Data: `node bench/generators/usage-data.mjs --out bench/.data/transcripts-50x31
 * --users 50 --days 31 --records-per-day 40 --seed 23 --month 2026-10 --transcripts`
 * (62,000 API calls in ~3,600 session files, ~330 MB of transcripts; generated on
 * first run, bench/.data is git-ignored). Steward is the CLI (shared/cli/bin.ts
 * bundled with rolldown into bench/.data) running `report cost --source-kind
 * transcripts --format json --partial-out`; ccusage is `npm run tools`'s pinned 20.0.24
 * native binary running `claude daily --json --offline --breakdown --timezone UTC`
 * with CLAUDE_CONFIG_DIR set to the 50 user folders and an empty HOME. Both run
 * as child processes under /usr/bin/time (wall time, user+sys CPU, peak RSS), one
 * after the other in each iteration, alternating which goes first; then each
 * again on one thread (STEWARD_WORKERS=1, ccusage --single-thread) for the cost
 * per core. After the runs the per-day-per-model token tables of the last run of
 * each are compared and a summary is printed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, bench, describe } from "vitest";
import {
  CCUSAGE_ARGS,
  ccusageBinary,
  ccusageEnv,
  parseCcusageDaily,
  stewardTableFromPartialJson,
  tableObject,
  totalsOf,
} from "../test/usage/ccusage-table.js";
import { benchEnv } from "./cost/measure.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = join(ROOT, "bench/.data/transcripts-50x31");
const TRANSCRIPTS = join(DATA, "transcripts");
const CLI_DIR = join(ROOT, "bench/.data/transcripts-cli");
/**
 * Rounds asked for: 5, so that the median survives a round disturbed by other
 * load on the box (vitest runs the function a time or two more; every run is
 * counted in the summary, which says how many there were).
 */
const ITERATIONS = 5;

function sh(cmd: string, args: string[], cwd = ROOT) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(" ")} failed: ${r.stderr || r.error}`);
  return r.stdout;
}

if (!existsSync(TRANSCRIPTS)) {
  sh(process.execPath, [
    "bench/generators/usage-data.mjs",
    "--out",
    DATA,
    "--users",
    "50",
    "--days",
    "31",
    "--records-per-day",
    "40",
    "--seed",
    "23",
    "--month",
    "2026-10",
    "--transcripts",
    "--quiet",
  ]);
}
sh(process.execPath, [
  join(ROOT, "node_modules/rolldown/bin/cli.mjs"),
  "shared/cli/bin.ts",
  "--format",
  "esm",
  "--platform",
  "node",
  "-d",
  CLI_DIR,
]);

const userDirs = readdirSync(TRANSCRIPTS)
  .map((u) => join(TRANSCRIPTS, u))
  .sort();
function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}
const size = sizeOf(TRANSCRIPTS);
const ccusage = ccusageBinary();
const out = mkdtempSync(join(tmpdir(), "steward-transcripts-bench-"));

interface Run {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}
const runs: Record<"steward" | "ccusage" | "steward1" | "ccusage1", Run[]> = {
  steward: [],
  ccusage: [],
  steward1: [],
  ccusage1: [],
};
let lastCcusage = "";

/** Runs a command under /usr/bin/time -f "%e %U %S %M"; returns its stdout and the measurement. */
function timed(cmd: string, args: string[], env?: NodeJS.ProcessEnv): { stdout: string; run: Run } {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", cmd, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...(env ? { env } : {}),
  });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
  const [e = "0", u = "0", s = "0", kb = "0"] = (r.stderr.trim().split("\n").pop() ?? "").split(" ");
  return {
    stdout: r.stdout,
    run: {
      wallMs: Number(e) * 1000,
      cpuMs: (Number(u) + Number(s)) * 1000,
      rssMb: Math.round(Number(kb) / 1024),
    },
  };
}

function runSteward(oneThread = false): void {
  const { run } = timed(
    process.execPath,
    [
      join(CLI_DIR, "bin.js"),
      "report",
      "cost",
      "--source",
      TRANSCRIPTS,
      "--source-kind",
      "transcripts",
      "--format",
      "json",
      "--out",
      out,
      "--partial-out",
      join(out, "partial.json"),
    ],
    benchEnv(oneThread ? { STEWARD_WORKERS: "1" } : {}),
  );
  runs[oneThread ? "steward1" : "steward"].push(run);
}

function runCcusage(oneThread = false): void {
  if (!ccusage) return;
  const { stdout, run } = timed(
    ccusage,
    oneThread ? [...CCUSAGE_ARGS, "--single-thread"] : CCUSAGE_ARGS,
    ccusageEnv(userDirs),
  );
  lastCcusage = stdout;
  runs[oneThread ? "ccusage1" : "ccusage"].push(run);
}

let iteration = 0;
describe("Claude Code transcripts, 50 users x 31 days", () => {
  bench(
    "steward report cost vs ccusage claude daily (interleaved)",
    () => {
      const first = iteration++ % 2 === 0;
      for (const oneThread of [false, true]) {
        if (first) {
          runCcusage(oneThread);
          runSteward(oneThread);
        } else {
          runSteward(oneThread);
          runCcusage(oneThread);
        }
      }
    },
    { iterations: ITERATIONS, warmupIterations: 0, warmupTime: 0, time: 0 },
  );
});

afterAll(() => {
  if (runs.steward.length === 0) return;
  const fmt = (r: Run[]) => {
    const best = Math.min(...r.map((x) => x.wallMs));
    const median = [...r.map((x) => x.wallMs)].sort((a, b) => a - b)[r.length >> 1] ?? 0;
    const cpu = Math.min(...r.map((x) => x.cpuMs));
    const rss = Math.max(...r.map((x) => x.rssMb));
    return { best, median, cpu, rss };
  };
  const s = fmt(runs.steward);
  const mb = size.bytes / 1024 / 1024;
  const lines = [
    `data: ${size.files.toLocaleString("en-US")} transcript files, ${mb.toFixed(0)} MB (${TRANSCRIPTS})`,
    `steward: wall best ${(s.best / 1000).toFixed(2)} s, median ${(s.median / 1000).toFixed(2)} s (${(mb / (s.best / 1000)).toFixed(0)} MB/s), CPU ${(s.cpu / 1000).toFixed(2)} s, peak RSS ${s.rss} MB`,
  ];
  if (runs.ccusage.length > 0) {
    const c = fmt(runs.ccusage);
    lines.push(
      `ccusage: wall best ${(c.best / 1000).toFixed(2)} s, median ${(c.median / 1000).toFixed(2)} s (${(mb / (c.best / 1000)).toFixed(0)} MB/s), CPU ${(c.cpu / 1000).toFixed(2)} s, peak RSS ${c.rss} MB`,
      `ratio ccusage/steward: wall best ${(c.best / s.best).toFixed(2)}x, wall median ${(c.median / s.median).toFixed(2)}x, CPU ${(c.cpu / s.cpu).toFixed(2)}x (>= 1 means Steward is no slower); RSS steward/ccusage ${(s.rss / c.rss).toFixed(2)}x`,
    );
    if (runs.steward1.length > 0 && runs.ccusage1.length > 0) {
      const s1 = fmt(runs.steward1);
      const c1 = fmt(runs.ccusage1);
      lines.push(
        `one thread each (STEWARD_WORKERS=1, ccusage --single-thread): steward wall best ${(s1.best / 1000).toFixed(2)} s, median ${(s1.median / 1000).toFixed(2)} s, CPU ${(s1.cpu / 1000).toFixed(2)} s, RSS ${s1.rss} MB; ccusage wall best ${(c1.best / 1000).toFixed(2)} s, median ${(c1.median / 1000).toFixed(2)} s, CPU ${(c1.cpu / 1000).toFixed(2)} s, RSS ${c1.rss} MB; ratio wall best ${(c1.best / s1.best).toFixed(2)}x, median ${(c1.median / s1.median).toFixed(2)}x, CPU ${(c1.cpu / s1.cpu).toFixed(2)}x`,
      );
    }
    // Each round runs the two back to back: their ratio is the measure least moved by other load.
    const perRound = (a: Run[], b: Run[]) =>
      a.map((x, i) => (x.wallMs / (b[i] as Run).wallMs || 0).toFixed(2)).join(" ");
    lines.push(
      `ccusage/steward wall per round (${runs.steward.length} rounds): every core ${perRound(runs.ccusage, runs.steward)}; one thread ${perRound(runs.ccusage1, runs.steward1)}`,
    );
    const cc = parseCcusageDaily(lastCcusage).table;
    const st = stewardTableFromPartialJson(JSON.parse(readFileSync(join(out, "partial.json"), "utf8")));
    const same = JSON.stringify(tableObject(cc)) === JSON.stringify(tableObject(st));
    const t = totalsOf(st);
    lines.push(
      `per-day-per-model tokens: ${same ? "identical" : "DIFFERENT"} (${st.size} day x model rows; input ${t.input.toLocaleString("en-US")}, output ${t.output.toLocaleString("en-US")}, cache creation ${t.cacheCreation.toLocaleString("en-US")}, cache read ${t.cacheRead.toLocaleString("en-US")})`,
    );
  } else lines.push("ccusage: not installed (npm run tools installs ccusage 20.0.24 into .tools/), skipped");
  console.log(lines.join("\n"));
});
