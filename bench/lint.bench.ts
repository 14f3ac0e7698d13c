/**
 * Policy lint benchmark. Target (issue 4): a generated policy repository of
 * 500 files and 20,000 rules lints in under 3 s. Baseline in the same run:
 * the same files parsed with JSON.parse alone (the least any linter must do).
 * Peak memory: the CLI bundle in a child process, its maxRSS.
 * Run: npm run bench -- bench/lint.bench.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, bench, describe } from "vitest";
import { nullLogger } from "../shared/logging.js";
import { lintPolicyDirectory } from "../shared/policy/lint.js";
import { writePolicyRepo } from "./generators/policy-repo.js";

const dir = mkdtempSync(join(tmpdir(), "steward-bench-lint-"));
const written = writePolicyRepo(dir, { files: 500, rules: 20_000 });

function allFiles(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(d, e.name)) : [join(d, e.name)],
  );
}

afterAll(() => {
  const bin = join(import.meta.dirname, "../dist/cli/index.js");
  const probe = `const {spawnSync}=require("node:child_process");const r=spawnSync(process.execPath,[${JSON.stringify(bin)},"lint",${JSON.stringify(dir)},"--format","json","--fail-on","never"],{encoding:"utf8",maxBuffer:1<<30});process.stdout.write(JSON.stringify({status:r.status,ms:0}));`;
  const t0 = Date.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, "-e", probe], { encoding: "utf8" });
  const wall = Date.now() - t0;
  const rssKb = Number(r.stderr.trim().split("\n").pop());
  const bytes = allFiles(dir).reduce((n, f) => n + statSync(f).size, 0);
  console.log(
    `lint bench repo: ${written.files} files, ${written.rules} rules, ${(bytes / 1e6).toFixed(1)} MB; CLI end to end ${wall} ms, peak RSS ${(rssKb / 1024).toFixed(0)} MB`,
  );
});

describe("policy lint, 500 files / 20,000 rules", () => {
  bench(
    "steward lint (lintPolicyDirectory)",
    async () => {
      await lintPolicyDirectory(dir, nullLogger);
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    "baseline: JSON.parse of every file",
    () => {
      for (const f of allFiles(dir)) JSON.parse(readFileSync(f, "utf8"));
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
