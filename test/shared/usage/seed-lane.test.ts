import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPartial } from "../../../shared/reports/cost/pipeline.js";
import { aggregate, partialToJson } from "../../../shared/usage/aggregate.js";
import { expandSources } from "../../../shared/usage/files.js";
import { emptyReadStats, readUsageFiles } from "../../../shared/usage/readers.js";
import { MalformedTally, type UsageRecord } from "../../../shared/usage/record.js";
import { SeedLane } from "../../../shared/usage/seed-lane.js";

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "steward-seed-lane-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function read(file: string, maxLineBytes?: number) {
  const files = await expandSources([file], tmp);
  const malformed = new MalformedTally(1000);
  const stats = emptyReadStats();
  const records: UsageRecord[] = [];
  for await (const r of readUsageFiles(files, {
    malformed,
    stats,
    ...(maxLineBytes ? { maxLineBytes } : {}),
  }))
    records.push(r);
  return { records, samples: malformed.samples.map((s) => [s.line, s.reason]), stats };
}

const canonical = fc
  .record({
    t: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }),
    ms: fc.constantFrom("", ".1", ".12", ".123", ".1234"),
    user: fc.constantFrom("alice", "bob", "zoë", "a b", 'q"x', "back\\\\slash"),
    tool: fc.constantFrom("Edit", "", "mcp__x__y"),
    tokens: fc.oneof(fc.nat(), fc.constant(0), fc.constant(123456789012345)),
  })
  .map(({ t, ms, user, tool, tokens }) => {
    const iso = `${new Date(t).toISOString().slice(0, 19)}${ms}Z`;
    return `{"timestamp":"${iso}","user":"${user}","tool":"${tool}","tokens":${tokens}}`;
  });
const odd = fc.constantFrom(
  '{"timestamp":"2026-02-30T00:00:00Z","user":"a","tool":"t","tokens":1}',
  '{"timestamp":"2026-10-01T24:00:00Z","user":"a","tool":"t","tokens":1}',
  '{"timestamp":"2026-10-01T08:00:00Z","user":"a","tool":"t","tokens":01}',
  '{"timestamp":"2026-10-01T08:00:00Z","user":"","tool":"t","tokens":1}',
  '{"timestamp":"2026-10-01T08:00:00Z","user":"a","tool":"t","tokens":1} ',
  '{"timestamp":"2026-10-01T08:00:00Z","user":"a","tool":"t","tokens":1}\r',
  '{"timestamp":"2026-10-01T08:00:00+02:00","user":"a","tool":"t","tokens":1}',
  '{"timestamp": "2026-10-01T08:00:00Z", "user": "a", "tool": "t", "tokens": 1}',
  '{"user":"a","timestamp":"2026-10-01T08:00:00Z","tool":"t","tokens":1}',
  '{"timestamp":"2026-10-01T08:00:00Z","user":"a","tool":"t","tokens":}',
  '{"timestamp":"2026-10-01T08:00:00Z","user":"a","tool":"t","tokens":1',
  '{"timestamp":"2026-10-01T8:0:0Z","user":"a","tool":"t","tokens":1}',
  '{"timestamp":"1969-12-31T23:59:59Z","user":"a","tool":"t","tokens":1}',
  '{"timestamp":"2026-10-01T08:00:00Z","user":"a\tb","tool":"t","tokens":1}',
  "",
  "not json",
);

describe("seed lane", () => {
  it("accepts the canonical line and reuses names", () => {
    const lane = new SeedLane();
    const b = Buffer.from(
      '{"timestamp":"2026-10-01T08:14:38.5Z","user":"amara","tool":"Edit","tokens":20517}',
    );
    expect(lane.scan(b, 0, b.length)).toBe(true);
    expect({ ...lane.line }).toEqual({
      time: Date.parse("2026-10-01T08:14:38.500Z"),
      user: "amara",
      tool: "Edit",
      tokens: 20517,
    });
    const u = lane.line.user;
    expect(lane.scan(b, 0, b.length)).toBe(true);
    expect(lane.line.user).toBe(u);
    const bad = Buffer.from('{"timestamp":"2026-02-29T00:00:00Z","user":"a","tool":"t","tokens":1}');
    expect(lane.scan(bad, 0, bad.length)).toBe(false); // 2026 is not a leap year
  });

  it("gives exactly the records and malformed lines of the general parser (differential, property)", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(canonical, odd), { maxLength: 40 }), async (lines) => {
        const text = `${lines.join("\n")}\n`;
        const name = `p${n++}`;
        await writeFile(join(tmp, `${name}.json`), text); // byte lane
        await writeFile(join(tmp, `${name}.json.gz`), gzipSync(text)); // string path
        const a = await read(`${name}.json`);
        const b = await read(`${name}.json.gz`);
        expect(a.records).toEqual(b.records);
        expect(a.samples).toEqual(b.samples);
        expect(a.stats).toEqual(b.stats);
      }),
      { numRuns: 60 },
    );
  });

  it("handles lines across chunk boundaries and over-long lines like the string path", async () => {
    const line = '{"timestamp":"2026-10-01T08:00:00Z","user":"alice","tool":"Edit","tokens":7}';
    const big = Array.from({ length: 40_000 }, () => line).join("\n"); // > 1 MiB: several chunks
    const text = `${big}\n${"x".repeat(300)}\n${line}`;
    await writeFile(join(tmp, "big.json"), text);
    await writeFile(join(tmp, "big.json.gz"), gzipSync(text));
    const a = await read("big.json", 200);
    const b = await read("big.json.gz", 200);
    expect(a.records).toHaveLength(40_001);
    expect(a.samples).toEqual([[40_001, "line too long"]]);
    expect(a.records).toEqual(b.records);
    expect(a.samples).toEqual(b.samples);
  });

  it("the aggregation fast lane gives the same partial as records", async () => {
    const lines = [
      '{"timestamp":"2026-10-01T08:00:00Z","user":"alice","tool":"Edit","tokens":7}',
      '{"timestamp":"2026-10-01T09:00:00Z","user":"alice","tool":"","tokens":3}',
      '{"timestamp":"2026-10-02T08:00:00Z","user":"bob","tool":"Edit","tokens":5}',
      '{"timestamp": "2026-10-02T08:00:00Z","user":"bob","tool":"Edit","tokens":5}',
      '{"v":1,"ts":"2026-10-01T08:00:00Z","user":"alice","model":"claude-opus-5","input":1,"output":2,"source":"steward-hook"}',
    ];
    await writeFile(join(tmp, "mix.jsonl"), `${lines.join("\n")}\n`);
    const fast = await collectPartial({ sources: ["mix.jsonl"], cwd: tmp });
    const { records } = await read("mix.jsonl");
    const slow = aggregate(records);
    const strip = (p: object) =>
      JSON.stringify({ ...(p as Record<string, unknown>), malformed: null, stats: null });
    expect(strip(partialToJson(fast))).toBe(strip(partialToJson(slow)));
  });
});
