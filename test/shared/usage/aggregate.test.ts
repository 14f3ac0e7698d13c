import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import {
  aggregate,
  emptyPartial,
  mergePartials,
  parseCellKey,
  partialFromJson,
  partialToJson,
  type UsagePartial,
} from "../../../shared/usage/aggregate.js";
import type { UsageRecord } from "../../../shared/usage/record.js";

const recordArb: fc.Arbitrary<UsageRecord> = fc.record({
  time: fc.integer({ min: Date.UTC(2026, 9, 1), max: Date.UTC(2026, 10, 1) - 1 }),
  user: fc.constantFrom("alice", "bob", "carol", "dave"),
  model: fc.constantFrom(
    "claude-sonnet-4-6",
    "claude-sonnet-4-5-20250929",
    "claude-haiku-5-5",
    "claude-opus-4-7[1m]",
    "anthropic.claude-opus-4-8",
    "mystery-model",
    "",
  ),
  input: fc.nat(300_000),
  output: fc.nat(50_000),
  cacheWrite5m: fc.nat(20_000),
  cacheWrite1h: fc.nat(20_000),
  cacheRead: fc.nat(300_000),
  unsplit: fc.nat(10_000),
  requests: fc.constantFrom(0, 1),
  tool: fc.constantFrom("Edit", "Bash", "Read"),
  source: fc.constantFrom("seed", "steward-hook", "transcript"),
  batch: fc.boolean(),
}) as fc.Arbitrary<UsageRecord>;

const canon = (p: UsagePartial) => JSON.stringify(partialToJson(p));

describe("aggregate", () => {
  it("keys cells by day, user, canonical model, tier, tool and source", () => {
    const base = {
      input: 0,
      output: 0,
      cacheWrite5m: 0,
      cacheWrite1h: 0,
      cacheRead: 0,
      unsplit: 0,
      requests: 1,
    };
    const p = aggregate([
      {
        ...base,
        time: Date.UTC(2026, 9, 1, 23, 59),
        user: "a",
        model: "claude-opus-4-7[1m]",
        input: 5,
        source: "steward-hook",
      },
      {
        ...base,
        time: Date.UTC(2026, 9, 1, 1),
        user: "a",
        model: "claude-opus-4-7",
        input: 7,
        source: "steward-hook",
      },
      {
        ...base,
        time: Date.UTC(2026, 9, 2),
        user: "a",
        model: "claude-haiku-5-5",
        input: 100_001,
        source: "transcript",
      },
      {
        ...base,
        time: Date.UTC(2026, 9, 2),
        user: "a",
        model: "claude-haiku-5-5",
        input: 100_000,
        batch: true,
        source: "transcript",
      },
      { ...base, time: Date.UTC(2026, 9, 2), user: "b", unsplit: 9, tool: "Edit", source: "seed" },
    ]);
    const cells = [...p.cells.entries()].map(([k, v]) => ({ ...parseCellKey(k), v }));
    expect(cells).toEqual([
      {
        day: "2026-10-01",
        user: "a",
        model: "claude-opus-4-7",
        tier: "standard",
        tool: "",
        source: "steward-hook",
        v: [2, 12, 0, 0, 0, 0, 0],
      },
      {
        day: "2026-10-02",
        user: "a",
        model: "claude-haiku-5-5",
        tier: "long",
        tool: "",
        source: "transcript",
        v: [1, 100_001, 0, 0, 0, 0, 0],
      },
      {
        day: "2026-10-02",
        user: "a",
        model: "claude-haiku-5-5",
        tier: "batch",
        tool: "",
        source: "transcript",
        v: [1, 100_000, 0, 0, 0, 0, 0],
      },
      {
        day: "2026-10-02",
        user: "b",
        model: "",
        tier: "standard",
        tool: "Edit",
        source: "seed",
        v: [1, 0, 0, 0, 0, 0, 9],
      },
    ]);
    expect(p.first).toBe(Date.UTC(2026, 9, 1, 1));
    expect(p.last).toBe(Date.UTC(2026, 9, 2));
  });

  it("merging any split of the data gives the same partial as one run (property)", () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        (records, cuts, reverse) => {
          const whole = aggregate(records);
          const points = [...new Set(cuts.map((c) => (records.length ? c % records.length : 0)))].sort(
            (a, b) => a - b,
          );
          const parts: UsagePartial[] = [];
          let start = 0;
          for (const p of [...points, records.length]) {
            parts.push(aggregate(records.slice(start, p)));
            start = p;
          }
          if (reverse) parts.reverse();
          // through JSON, as matrix jobs would hand them over
          const merged = parts
            .map((p) => partialFromJson(JSON.stringify(partialToJson(p)), "part.json"))
            .reduce(mergePartials, emptyPartial());
          return canon(merged) === canon(whole);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("merge is associative and commutative (property)", () => {
    const partial = fc.array(recordArb, { maxLength: 30 }).map((r) => aggregate(r));
    fc.assert(
      fc.property(partial, partial, partial, (a, b, c) => {
        return (
          canon(mergePartials(a, b)) === canon(mergePartials(b, a)) &&
          canon(mergePartials(mergePartials(a, b), c)) === canon(mergePartials(a, mergePartials(b, c)))
        );
      }),
    );
  });

  it("merges malformed samples deterministically, keeping the first 20 by file and line", () => {
    const withSamples = (file: string, lines: number[]): UsagePartial => ({
      ...emptyPartial(),
      malformed: {
        total: lines.length,
        byReason: { "invalid JSON": lines.length },
        samples: lines.map((line) => ({ file, line, reason: "invalid JSON", excerpt: "{" })),
      },
    });
    const a = withSamples("b.jsonl", [1, 2, 3]);
    const b = withSamples(
      "a.jsonl",
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const m = mergePartials(a, b);
    expect(m.malformed.total).toBe(23);
    expect(m.malformed.samples).toHaveLength(20);
    expect(m.malformed.samples.every((s) => s.file === "a.jsonl")).toBe(true);
    expect(canon(mergePartials(b, a))).toBe(canon(m));
  });

  it("rejects files that are not partials, naming them", () => {
    expect(() => partialFromJson("{", "x.json")).toThrow(ConfigurationError);
    expect(() => partialFromJson('{"format":"other"}', "x.json")).toThrow(
      /x\.json is not a Steward usage partial/,
    );
    expect(() =>
      partialFromJson(JSON.stringify({ format: "steward.usage-partial", version: 2, cells: [] }), "x.json"),
    ).toThrow(/version 2/);
    expect(() =>
      partialFromJson(
        JSON.stringify({ format: "steward.usage-partial", version: 1, cells: [["a"]] }),
        "x.json",
      ),
    ).toThrow(/cells\[0\]/);
  });
});
