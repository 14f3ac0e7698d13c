/**
 * `steward report cost` over 10 million seed-format records, two ways:
 *   - 1,000 users x 31 days x 323 records (31,000 daily files): ten times the
 *     1M set's users, so ten times its report cells (user x day x tool);
 *   - 100 users x 31 days x 3,230 records (3,100 files): the 1M set's users
 *     and cells with ten times the records per file.
 * Memory follows the cells (distinct user x day x tool x model), not the
 * records: the second set shows records alone do not grow it. Data: about
 * 1 GB of seed logs per set plus the hook records the generator writes beside
 * them, generated on first run into the git-ignored bench/.data (minutes).
 * Steward alone: throughput and peak RSS (target < 256 MB), every core and one
 * thread; the 1M run in the same rounds is the baseline for scaling.
 *
 *   node scripts/package.mjs cli && npm run bench -- bench/cost-10m.bench.ts
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, bench, describe } from "vitest";
import { ensureUsageData, type Measured, median, privateCli, ROOT, stewardReport } from "./cost/measure.js";

const BIG = join(ROOT, "bench/.data/cost-10m");
const DEEP = join(ROOT, "bench/.data/cost-10m-100u");
const SMALL = join(ROOT, "bench/.data/cost-1m");
ensureUsageData(SMALL, 100, 323);
ensureUsageData(BIG, 1000, 323);
ensureUsageData(DEEP, 100, 3230);
const cli = privateCli();
const out = mkdtempSync(join(tmpdir(), "steward-cost10m-out-"));
const runs: Record<"big" | "bigOne" | "deep" | "small", (Measured & { records: number })[]> = {
  big: [],
  bigOne: [],
  deep: [],
  small: [],
};

describe("cost report, 10M seed records", () => {
  bench(
    "one round: 10M/1,000 users (all cores, one thread), 10M/100 users, 1M/100 users",
    () => {
      runs.big.push(stewardReport(cli, BIG, out));
      runs.bigOne.push(stewardReport(cli, BIG, out, 1));
      runs.deep.push(stewardReport(cli, DEEP, out));
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
    return `  ${name.padEnd(24)} ${records.toLocaleString("en-US")} records  wall ${wall.toFixed(2)} s  ${Math.round(records / wall).toLocaleString("en-US")} records/s  CPU ${(median(xs.map((x) => x.cpuMs)) / 1000).toFixed(2)} s  peak RSS ${Math.max(...xs.map((x) => x.rssMb))} MB`;
  };
  const peakOf = (xs: Measured[]) => Math.max(...xs.map((x) => x.rssMb));
  const wallOf = (xs: Measured[]) => median(xs.map((x) => x.ms));
  console.log(
    [
      "",
      `cost report at 10M seed records (${runs.big.length} interleaved rounds):`,
      line("10M, 1,000 users", runs.big),
      line("10M, 1,000 users, 1 thr", runs.bigOne),
      line("10M, 100 users", runs.deep),
      line("1M, 100 users", runs.small),
      `  time for 10x the records: ${(wallOf(runs.big) / wallOf(runs.small)).toFixed(1)}x (10x users), ${(wallOf(runs.deep) / wallOf(runs.small)).toFixed(1)}x (same users)`,
      `  peak RSS target < 256 MB: 10M/100 users ${peakOf(runs.deep) < 256 ? "met" : "MISSED"} (${peakOf(runs.deep)} MB, 1M: ${peakOf(runs.small)} MB); 10M/1,000 users ${peakOf(runs.big) < 256 ? "met" : "MISSED"} (${peakOf(runs.big)} MB, one thread ${peakOf(runs.bigOne)} MB)`,
      "",
    ].join("\n"),
  );
});
