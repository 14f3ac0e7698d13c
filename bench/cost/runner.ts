/**
 * Child-process runner for bench/cost.bench.ts: reads the given sources,
 * builds the cost report, writes report.json to --out (or discards it) and
 * prints one JSON line with the time taken and the peak RSS of this process.
 *
 *   node bench/.data/cost-runner.mjs <source>... [--kind seed] [--out dir]
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildCostReport } from "../../shared/reports/cost/build.js";
import { collectPartial } from "../../shared/reports/cost/pipeline.js";
import { renderJson } from "../../shared/reports/cost/render.js";
import type { SourceKind } from "../../shared/usage/readers.js";

const args = process.argv.slice(2);
const sources: string[] = [];
let kind: SourceKind = "auto";
let out: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === "--kind") kind = args[++i] as SourceKind;
  else if (a === "--out") out = args[++i];
  else sources.push(a);
}
const t0 = performance.now();
const partial = await collectPartial({ sources, cwd: process.cwd(), kind });
const t1 = performance.now();
const report = buildCostReport(partial, { generatedAt: new Date().toISOString() });
const json = renderJson(report);
if (out) await writeFile(join(out, "report.json"), json);
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    records: partial.stats.records,
    cells: partial.cells.size,
    malformed: partial.malformed.total,
    readMs: Math.round(t1 - t0),
    totalMs: Math.round(t2 - t0),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: Math.round((process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000),
    users: report.byUser.length,
    tokens: report.totals.tokens,
  })}\n`,
);
