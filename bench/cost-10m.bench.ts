/**
 * `steward report cost` over 10 million seed-format records (1,000 users x 31
 * days x 323 records, 31,000 daily files; about 1 GB of seed logs plus the hook
 * records the generator writes beside them, generated on first run into the
 * git-ignored bench/.data, which takes a few minutes). Steward alone: throughput
 * and peak RSS (target < 256 MB whatever the input size), on every core and on
 * one thread. The 1M run in the same session is the baseline for scaling.
 *
 *   node scripts/package.mjs cli && npm run bench -- bench/cost-10m.bench.ts
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, bench, describe } from "vitest";
import { ensureUsageData, type Measured, median, privateCli, ROOT, stewardReport } from "./cost/measure.js";

const BIG = join(ROOT, "bench/.data/cost-10m");
const SMALL = join(ROOT, "bench/.data/cost-1m");
ensureUsageData(SMALL, 100, 323);
ensureUsageData(BIG, 1000, 323);
const cli = privateCli();
const out = mkdtempSync(join(tmpdir(), "steward-cost10m-out-"));
const runs: Record<"big" | "bigOne" | "small", (Measured & { records: number })[]> = {
  big: [],
  bigOne: [],
  small: [],
};

describe("cost report, 10M seed records", () => {
  bench(
    "one round: 10M (all cores), 10M (one thread), 1M (all cores)",
    () => {
      runs.big.push(stewardReport(cli, BIG, out));
      runs.bigOne.push(stewardReport(cli, BIG, out, 1));
      runs.small.push(stewardReport(cli, SMALL, out));
    },
    { iterations: 2, warmupIterations: 0, time: 0 },
  );
});

afterAll(() => {
  if (runs.big.length === 0) return;
  const line = (name: string, xs: (Measured & { records: number })[]) => {
    const wall = median(xs.map((x) => x.ms)) / 1000;
    const records = xs[0]?.records ?? 0;
    return `  ${name.padEnd(22)} ${records.toLocaleString("en-US")} records  wall ${wall.toFixed(2)} s  ${Math.round(records / wall).toLocaleString("en-US")} records/s  CPU ${(median(xs.map((x) => x.cpuMs)) / 1000).toFixed(2)} s  peak RSS ${Math.max(...xs.map((x) => x.rssMb))} MB`;
  };
  const peak = Math.max(...runs.big.map((x) => x.rssMb), ...runs.bigOne.map((x) => x.rssMb));
  const scale = median(runs.big.map((x) => x.ms)) / median(runs.small.map((x) => x.ms));
  console.log(
    [
      "",
      `cost report at 10M seed records (${runs.big.length} interleaved rounds):`,
      line("10M, all cores", runs.big),
      line("10M, one thread", runs.bigOne),
      line("1M, all cores", runs.small),
      `  10M takes ${scale.toFixed(1)}x the 1M time (10x the data); peak RSS target < 256 MB: ${peak < 256 ? "met" : "MISSED"} (${peak} MB)`,
      "",
    ].join("\n"),
  );
});
