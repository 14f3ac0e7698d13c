// Report totals are exact sums of every cell's integer pico-USD cost, also
// far beyond 2^53 pico-USD (about $9,007), where adding doubles would round.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPicoUsd } from "../../../shared/pricing/price.js";
import { buildCostReport, priceCells } from "../../../shared/reports/cost/build.js";
import { aggregate } from "../../../shared/usage/aggregate.js";
import type { UsageRecord } from "../../../shared/usage/record.js";

const record = (day: number, user: string, model: string, output: number, input: number): UsageRecord => ({
  time: Date.UTC(2026, 9, 1 + day, 12),
  user,
  model,
  input,
  output,
  cacheWrite5m: 0,
  cacheWrite1h: 0,
  cacheRead: 0,
  unsplit: 0,
  requests: 1,
  source: "steward-hook",
});

describe("cost report sums", () => {
  it("total, per user, per day and per team equal the exact bigint sum of the cells' costs", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 30 }),
            user: fc.constantFrom("a", "b", "c"),
            model: fc.constantFrom("claude-opus-4-1", "claude-sonnet-4-5", "claude-haiku-4-5"),
            // up to 9e11 tokens a cell: single cells of tens of millions of dollars
            output: fc.integer({ min: 0, max: 900_000_000_000 }),
            input: fc.integer({ min: 0, max: 7_777_777 }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (rows) => {
          const partial = aggregate(rows.map((r) => record(r.day, r.user, r.model, r.output, r.input)));
          const cells = priceCells(partial);
          const report = buildCostReport(partial, { generatedAt: "2026-11-01T00:00:00Z" });
          const sum = (pick: (c: (typeof cells)[number]) => boolean) =>
            formatPicoUsd(cells.filter(pick).reduce((a, c) => a + c.pico, 0n));
          expect(report.totals.cost).toBe(sum(() => true));
          for (const u of report.byUser) expect(u.cost, u.key).toBe(sum((c) => c.user === u.key));
          for (const d of report.byDay) expect(d.cost, d.key).toBe(sum((c) => c.day === d.key));
          for (const m of report.byModel) expect(m.cost, m.key).toBe(sum((c) => c.model === m.key));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a month past 2^53 pico-USD is still exact to the pico", () => {
    // 3,000 cells of 1,000,000,001 output tokens of Opus: each about $75,000
    const rows = Array.from({ length: 3000 }, (_, i) =>
      record(i % 30, `u${i % 7}`, "claude-opus-4-1", 1_000_000_001, 3),
    );
    const partial = aggregate(rows);
    const exact = priceCells(partial).reduce((a, c) => a + c.pico, 0n);
    expect(exact > BigInt(Number.MAX_SAFE_INTEGER) * 1000n).toBe(true);
    expect(buildCostReport(partial, { generatedAt: "2026-11-01T00:00:00Z" }).totals.cost).toBe(
      formatPicoUsd(exact),
    );
  });

  it("a table of several pages (over 4,096 cells each) sums to the cells, per user, day, model and tool", () => {
    // 31 days x 7 users x 3 models x 20 tools = 13,020 cells: four pages of the cell table
    const models = ["claude-opus-4-1", "claude-sonnet-4-5", "no-such-model"];
    const rows: UsageRecord[] = [];
    for (let day = 0; day < 31; day++)
      for (let u = 0; u < 7; u++)
        for (let m = 0; m < 3; m++)
          for (let tool = 0; tool < 20; tool++)
            rows.push({
              ...record(day, `u${u}`, models[m] as string, 1000 + tool * 7 + u, 50 + day),
              tool: `t${tool}`,
            });
    const partial = aggregate(rows);
    expect(partial.cells.size).toBe(13_020);
    const cells = priceCells(partial);
    const report = buildCostReport(partial, { generatedAt: "2026-11-01T00:00:00Z" });
    const check = (
      rowsOf: readonly { key: string; cost: string; tokens: number; requests: number }[],
      of: (c: (typeof cells)[number]) => string,
    ) => {
      for (const r of rowsOf) {
        const mine = cells.filter((c) => of(c) === r.key);
        expect(r.cost, r.key).toBe(formatPicoUsd(mine.reduce((a, c) => a + c.pico, 0n)));
        expect(r.requests, r.key).toBe(mine.reduce((a, c) => a + (c.counters[0] as number), 0));
        expect(r.tokens, r.key).toBe(
          mine.reduce((a, c) => a + (c.counters[1] as number) + (c.counters[2] as number), 0),
        );
      }
    };
    check(report.byUser, (c) => c.user);
    check(report.byDay, (c) => c.day);
    check(report.byModel, (c) => c.model);
    check(report.byTool, (c) => c.tool);
    expect(report.unpricedModels).toEqual([
      {
        model: "no-such-model",
        reason: "unknown-model",
        requests: 4340,
        tokens: cells.filter((c) => c.model === "no-such-model").reduce((a, c) => a + c.unpricedTokens, 0),
      },
    ]);
  });
});
