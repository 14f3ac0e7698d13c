/**
 * Shared by the cost benchmarks: data generation on first use, a private copy
 * of the CLI bundle, and one command run measured from outside (wall time,
 * CPU time and peak RSS of the whole process, worker threads included, from
 * GNU time).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const HAS_GNU_TIME = existsSync("/usr/bin/time");

export interface Measured {
  readonly ms: number;
  /** user + sys, ms (NaN without GNU time). */
  readonly cpuMs: number;
  /** Peak resident set, MB (NaN without GNU time). */
  readonly rssMb: number;
  readonly stdout: string;
}

/**
 * The environment the measured commands run in: PATH, HOME and TMPDIR, plus
 * `extra`. Not the bench's own environment: a variable like
 * NODE_EXTRA_CA_CERTS (set on this machine) makes every Node start load a
 * certificate bundle, about 70 ms that jq, ccusage and a user's runner never
 * pay, and vitest's variables have no business in a measured run.
 */
export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? tmpdir(),
  };
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  return { ...env, ...extra };
}

/** Runs `cmd args` to completion; throws with its stderr when it fails. */
export function measure(
  cmd: string,
  args: readonly string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv },
): Measured {
  const wrapped = HAS_GNU_TIME ? ["/usr/bin/time", ["-f", "@@time %U %S %M", cmd, ...args]] : [cmd, args];
  const t = performance.now();
  const r = spawnSync(wrapped[0] as string, wrapped[1] as string[], {
    cwd: opts.cwd,
    env: opts.env ?? benchEnv(),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.slice(0, 4).join(" ")} failed (${r.status}): ${r.stderr || r.error}`);
  const m = /@@time (\d+\.\d+) (\d+\.\d+) (\d+)\s*$/.exec(r.stderr);
  return {
    ms,
    cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN,
    rssMb: m ? Math.round(Number(m[3]) / 1024) : Number.NaN,
    stdout: r.stdout,
  };
}

/** Generates seed-format usage data (and hook records) into `dir` unless it is already there. */
export function ensureUsageData(dir: string, users: number, recordsPerDay: number): void {
  // a marker written last, so an interrupted generation is redone, not measured
  const done = join(dir, ".complete");
  if (existsSync(done)) return;
  rmSync(dir, { recursive: true, force: true });
  const args = ["bench/generators/usage-data.mjs", "--out", dir, "--users", String(users), "--days", "31"];
  args.push("--records-per-day", String(recordsPerDay), "--seed", "11", "--month", "2026-10", "--quiet");
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`generating ${dir} failed`);
  writeFileSync(done, `${args.join(" ")}\n`);
}

/** The seed's daily files, relative to `dir`, sorted. */
export function seedFiles(dir: string): string[] {
  return readdirSync(join(dir, "usage"))
    .flatMap((u) =>
      readdirSync(join(dir, "usage", u))
        .filter((f) => /^\d{8}\.json$/.test(f))
        .map((f) => join("usage", u, f)),
    )
    .sort();
}

/** A private copy of the CLI bundle (a rebuild during the run cannot mix chunks). */
export function privateCli(): string {
  if (!existsSync(join(ROOT, "dist/cli/index.js")))
    throw new Error("Build the CLI bundle first: node scripts/package.mjs cli");
  const dir = mkdtempSync(join(tmpdir(), "steward-cost-bench-"));
  cpSync(join(ROOT, "dist/cli"), join(dir, "cli"), { recursive: true });
  return join(dir, "cli", "index.js");
}

/** `steward report cost` over the seed files of `dir`, JSON out into `out`; returns the measurement and records read. */
export function stewardReport(
  cli: string,
  dir: string,
  out: string,
  threads?: number,
): Measured & { records: number; tokens: number } {
  const env = benchEnv(threads ? { STEWARD_WORKERS: String(threads) } : {});
  const args = [cli, "report", "cost", "--source", "usage/*/*.json", "--source-kind", "seed"];
  const m = measure(process.execPath, [...args, "--format", "json", "--out", out], { cwd: dir, env });
  const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as {
    input: { records: number };
    totals: { tokens: number };
  };
  return { ...m, records: report.input.records, tokens: report.totals.tokens };
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.floor((s.length - 1) / 2)] as number);
};
