// The committed bundles read large usage inputs on worker threads
// (shared/usage/parallel.ts). Whatever the number of threads, the report and
// the partial must be the same bytes as a single-threaded run: seed logs, hook
// records, transcripts with a resumed session copied across files, malformed
// lines, gzip. A worker's failure must reach the user as the same clear error.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { generateUsageData } from "../../bench/generators/usage-data.mjs";
import { REPO_ROOT, runAction } from "../harness/run-action.js";

const bin = join(REPO_ROOT, "dist/cli/index.js");
let data: string;
let outs: string;

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), "steward-threads-"));
  outs = await mkdtemp(join(tmpdir(), "steward-threads-out-"));
  await generateUsageData({
    out: data,
    users: 6,
    days: 5,
    recordsPerDay: 40,
    seed: 23,
    transcripts: true,
    malformed: true,
  });
  // A resumed session: Claude Code copies the earlier requests into a new file.
  const user = readdirSync(join(data, "transcripts"))[0] as string;
  const projects = join(data, "transcripts", user, "projects");
  const project = readdirSync(projects)[0] as string;
  const session = readdirSync(join(projects, project)).find((f) => f.endsWith(".jsonl")) as string;
  // Copied to the end of the file order, so that a later thread reads the copy.
  mkdirSync(join(data, "zz-resumed", "projects", project), { recursive: true });
  // Its first request's copy is larger (written after the final usage): the larger copy counts.
  let bumped = false;
  const copied = readFileSync(join(projects, project, session), "utf8")
    .split("\n")
    .map((text) => {
      if (bumped || !text.includes('"usage"')) return text;
      const o = JSON.parse(text);
      if (o.type !== "assistant" || !o.message?.usage) return text;
      o.message.usage.output_tokens += 1000;
      bumped = true;
      return JSON.stringify(o);
    })
    .join("\n");
  writeFileSync(join(data, "zz-resumed", "projects", project, session), copied);
  // One user's seed days gzipped.
  const seedDir = join(data, "usage", user);
  for (const f of readdirSync(seedDir)
    .filter((n) => /^\d{8}\.json$/.test(n))
    .slice(0, 2)) {
    writeFileSync(join(seedDir, `${f}.gz`), gzipSync(readFileSync(join(seedDir, f))));
    writeFileSync(join(seedDir, f), "");
  }
}, 60_000);

function report(threads: number, out: string, extra: string[] = []) {
  const r = spawnSync(
    process.execPath,
    [
      bin,
      "report",
      "cost",
      "--source",
      data,
      "--format",
      "json",
      "--out",
      out,
      "--partial-out",
      join(out, "partial.json"),
      ...extra,
    ],
    {
      encoding: "utf8",
      env: { ...process.env, STEWARD_WORKERS: String(threads), STEWARD_DEBUG: "1" },
    },
  );
  const plan = /reading (\d+) files on (\d+) thread/.exec(r.stderr);
  return { ...r, files: Number(plan?.[1]), threads: Number(plan?.[2]) };
}

const withoutTime = (text: string) => text.replace(/"generatedAt": ?"[^"]+"/, '"generatedAt":""');

describe("steward report cost on several threads (bundle)", () => {
  it("gives byte-identical reports and partials on 1, 2, 3 and 5 threads", () => {
    const runs = [1, 2, 3, 5].map((n) => {
      const out = join(outs, `out-${n}`);
      mkdirSync(out, { recursive: true });
      return { n, r: report(n, out), out };
    });
    const [one, ...more] = runs;
    if (!one) throw new Error("no runs");
    expect(one.r.status, one.r.stderr).toBe(0);
    expect(one.r.threads).toBe(1);
    const baseReport = withoutTime(readFileSync(join(one.out, "report.json"), "utf8"));
    const basePartial = readFileSync(join(one.out, "partial.json"), "utf8");
    const parsed = JSON.parse(baseReport);
    // the data exercises what crosses files and threads
    expect(parsed.input.duplicates).toBeGreaterThan(0);
    expect(parsed.malformed.total).toBeGreaterThan(0);
    expect(parsed.totals.requests).toBeGreaterThan(1000);
    for (const run of more) {
      expect(run.r.status, run.r.stderr).toBe(0);
      expect(run.r.threads, `STEWARD_WORKERS=${run.n}`).toBe(run.n);
      expect(withoutTime(readFileSync(join(run.out, "report.json"), "utf8")), `${run.n} threads`).toBe(
        baseReport,
      );
      expect(readFileSync(join(run.out, "partial.json"), "utf8"), `${run.n} threads`).toBe(basePartial);
    }
  }, 120_000);

  it("reports a bad file read by a worker like the main thread does: named, exit 2, no stack trace", () => {
    const bad = join(outs, "bad");
    cpSync(join(data, "usage"), join(bad, "usage"), { recursive: true });
    const dirs = readdirSync(join(bad, "usage")).sort();
    // the last user's folder is read by the last thread
    writeFileSync(join(bad, "usage", dirs[dirs.length - 1] as string, "20261003.json.gz"), "not gzip at all");
    const r = spawnSync(
      process.execPath,
      [bin, "report", "cost", "--source", join(bad, "usage"), "--format", "json", "--out", bad],
      {
        encoding: "utf8",
        env: { ...process.env, STEWARD_WORKERS: "3" },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/20261003\.json\.gz is not valid gzip data/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("rejects a STEWARD_WORKERS that is not a whole number from 1 to 64", () => {
    const r = spawnSync(
      process.execPath,
      [bin, "report", "cost", "--source", join(data, "usage"), "--format", "json", "--out", outs],
      {
        encoding: "utf8",
        env: { ...process.env, STEWARD_WORKERS: "many" },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('STEWARD_WORKERS must be a whole number from 1 to 64 (got "many")');
  });

  it("the cost-report action bundle gives the same report on 1 and 3 threads", async () => {
    const ws = await mkdtemp(join(tmpdir(), "steward-threads-action-"));
    cpSync(data, join(ws, "data"), { recursive: true });
    const run = (n: number) =>
      runAction("cost-report", {
        workspace: ws,
        env: { STEWARD_WORKERS: String(n) },
        inputs: { sources: "data/usage\ndata/transcripts", "out-dir": `out-${n}`, notify: "none" },
      });
    const [a, b] = [await run(1), await run(3)];
    expect([a.exitCode, b.exitCode], a.stderr + b.stderr).toEqual([0, 0]);
    expect(b.outputs["total-tokens"]).toBe(a.outputs["total-tokens"]);
    expect(withoutTime(readFileSync(join(ws, "out-3/report.json"), "utf8"))).toBe(
      withoutTime(readFileSync(join(ws, "out-1/report.json"), "utf8")),
    );
  }, 120_000);
});
