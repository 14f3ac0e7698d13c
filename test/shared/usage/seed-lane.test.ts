import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
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

  // What a run sees in practice: blocks of lines of one user and day with a few tools, then a change.
  const runLine = fc.record({
    time: fc.constantFrom(
      "08:00:00",
      "23:59:59",
      "00:00:00",
      "12:34:56",
      "24:00:00",
      "23:60:00",
      "23:59:60",
      "2x:00:00",
      "08-00:00",
    ),
    ms: fc.constantFrom("", "", ".5", ".25", ".125", ".1234", "."),
    tool: fc.constantFrom(
      "Edit",
      "Edit",
      "Read",
      "",
      "Bash",
      "mcp__a__b",
      "mcp__a__c",
      "t".repeat(700),
      "Ed\\u0069t",
    ),
    // the keys after the user and after the tool, mostly as they should be: a
    // near miss in the last bytes of a pattern must stop the scanner too
    toolKey: fc.constantFrom(
      '","tool":"',
      '","tool":"',
      '","tool":"',
      '","tool" :"',
      '","tooL":"',
      '","tool":\'',
    ),
    tokensKey: fc.constantFrom(
      '","tokens":',
      '","tokens":',
      '","tokens":',
      '","tokens" :',
      '","tokenS":',
      '","tokens";',
    ),
    tokens: fc.oneof(fc.nat(), fc.constantFrom(0, 10, 123456789012345, 1234567890123456)),
    end: fc.constantFrom("\n", "\n", "\n", " \n", "\r\n", "\t \r\n", "x\n", ",\n"),
  });
  const runBlock = fc
    .record({
      day: fc.constantFrom("2026-10-01", "2026-10-02", "2026-02-28", "2024-02-29", "2026-02-29"),
      user: fc.constantFrom("alice", "alice", "alice1", "alice2", "bob", "zoë", 'q\\"x', "x".repeat(1100)),
      lines: fc.array(runLine, { minLength: 1, maxLength: 30 }),
    })
    .map(({ day, user, lines }) =>
      lines
        .map(
          ({ time, ms, tool, toolKey, tokensKey, tokens, end }) =>
            `{"timestamp":"${day}T${time}${ms}Z","user":"${user}${toolKey}${tool}${tokensKey}${tokens}}${end}`,
        )
        .join(""),
    );
  const runText = fc
    .array(fc.oneof({ weight: 6, arbitrary: runBlock }, { weight: 1, arbitrary: odd.map((l) => `${l}\n`) }), {
      maxLength: 12,
    })
    .map((blocks) => blocks.join(""));

  /**
   * Everything run() hands over (summed per day, user and tool between two
   * stops, since the scanner sums lines and JavaScript does not) and where it
   * stops, call after call, the caller taking refused lines one by one.
   */
  function drive(lane: SeedLane, buf: Buffer, since: number, until: number) {
    const seen: unknown[] = [];
    let group = new Map<string, number[]>();
    const sink = (time: number, user: string, tool: string, tokens: number, requests = 1, last = time) => {
      const day = Math.floor(time / 86_400_000);
      expect(Math.floor(last / 86_400_000)).toBe(day);
      expect(last).toBeGreaterThanOrEqual(time);
      const key = `${day} ${user} ${tool}`;
      const g = group.get(key) ?? [0, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
      g[0] = (g[0] as number) + requests;
      g[1] = (g[1] as number) + tokens;
      g[2] = Math.min(g[2] as number, time);
      g[3] = Math.max(g[3] as number, last);
      group.set(key, g);
    };
    let s = 0;
    for (;;) {
      s = lane.run(buf, s, buf.length, since, until, sink);
      seen.push(["stop", s, lane.consumed, [...group.entries()].sort()]);
      group = new Map();
      const nl = buf.indexOf(0x0a, s);
      if (nl === -1) break;
      s = nl + 1;
    }
    return seen;
  }

  it("run() in WebAssembly hands over exactly what it does in JavaScript (differential, property)", () => {
    fc.assert(
      fc.property(runText, fc.constantFrom(-Infinity, Date.UTC(2026, 9, 1, 12)), (text, since) => {
        const until = Date.UTC(2026, 9, 2, 12);
        const js = new SeedLane({ wasm: false, mapUser: (u) => u.toUpperCase() });
        const wasm = new SeedLane({ mapUser: (u) => u.toUpperCase() });
        const inWasm = wasm.readBuffer();
        if (!inWasm) throw new Error("no WebAssembly scanner");
        const bytes = Buffer.from(text);
        fc.pre(bytes.length <= inWasm.length);
        bytes.copy(inWasm);
        const a = drive(js, bytes, since, until);
        const b = drive(wasm, inWasm.subarray(0, bytes.length), since, until);
        expect(b).toEqual(a);
        for (const [, , , groups] of a as [string, number, number, [string, number[]][]][])
          for (const [key, [, tokens, first, last]] of groups) {
            const user = key.split(" ")[1] as string;
            expect(user).toBe(user.toUpperCase()); // mapped
            expect(first as number).toBeGreaterThanOrEqual(since);
            expect(last as number).toBeLessThan(until);
            expect(Number.isSafeInteger(tokens)).toBe(true);
          }
      }),
      { numRuns: 300 },
    );
  });

  it("one lane over file after file, with more tools than its table holds, agrees with JavaScript (differential, property)", () => {
    // the reader keeps one lane for every file: the scanner's copy of the patterns
    // is brought up to date between files, and past 32 tools the oldest is dropped
    const tools = Array.from({ length: 45 }, (_, i) => `tool${i}`);
    const file = fc.record({
      day: fc.constantFrom("2026-10-01", "2026-10-02"),
      user: fc.constantFrom("alice", "bob", "carol"),
      lines: fc.array(fc.record({ tool: fc.constantFrom(...tools), tokens: fc.nat(99_999) }), {
        minLength: 1,
        maxLength: 20,
      }),
    });
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 25 }), (files) => {
        const js = new SeedLane({ wasm: false });
        const wasm = new SeedLane();
        const inWasm = wasm.readBuffer();
        if (!inWasm) throw new Error("no WebAssembly scanner");
        for (const f of files) {
          const text = f.lines
            .map(
              (l) =>
                `{"timestamp":"${f.day}T08:00:00Z","user":"${f.user}","tool":"${l.tool}","tokens":${l.tokens}}\n`,
            )
            .join("");
          const bytes = Buffer.from(text);
          bytes.copy(inWasm);
          const a = drive(js, bytes, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
          const b = drive(
            wasm,
            inWasm.subarray(0, bytes.length),
            Number.NEGATIVE_INFINITY,
            Number.POSITIVE_INFINITY,
          );
          expect(b).toEqual(a);
          // every line is canonical: the lane takes them all, in one stop at the end
          expect((a.at(-1) as unknown[])[1]).toBe(bytes.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the aggregation path with the scanner gives the partial of the general parser (differential, property)", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(runText, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        async (texts, bounded, mapped) => {
          const dir = join(tmp, `agg${n++}`);
          const gz = join(tmp, `agg${n++}`);
          await Promise.all([mkdir(dir), mkdir(gz)]);
          await Promise.all(
            texts.flatMap((t, i) => [
              writeFile(join(dir, `f${i}.json`), t),
              writeFile(join(gz, `f${i}.json.gz`), gzipSync(t)),
            ]),
          );
          const opts = {
            cwd: tmp,
            ...(bounded ? { since: "2026-10-01", until: "2026-10-01" } : {}),
            ...(mapped ? { userMap: { alice: "team-a", 'q"x': "alice" } } : {}),
          };
          const fast = await collectPartial({ sources: [`${dir}/*.json`], ...opts });
          const slow = await collectPartial({ sources: [`${gz}/*.json.gz`], ...opts });
          const strip = (p: object) => {
            const o = p as { malformed: { samples: { file: string }[] } };
            return JSON.stringify({
              ...o,
              malformed: { ...o.malformed, samples: o.malformed.samples.map((x) => ({ ...x, file: "" })) },
            });
          };
          expect(strip(partialToJson(fast))).toBe(strip(partialToJson(slow)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the scanner ends a call before a tool's token sum would pass 2^53 - 1, and goes on", () => {
    const lane = new SeedLane();
    const buf = lane.readBuffer();
    if (!buf) throw new Error("no WebAssembly scanner");
    const line =
      '{"timestamp":"2026-10-01T08:00:00Z","user":"alice","tool":"Edit","tokens":999999999999999}\n';
    const n = buf.write(line.repeat(12));
    const calls: [number, number][] = [];
    const end = lane.run(
      buf.subarray(0, n),
      0,
      n,
      -Infinity,
      Infinity,
      (_t, _u, _tool, tokens, requests = 1) => {
        calls.push([requests, tokens]);
      },
    );
    expect(end).toBe(n);
    expect(lane.consumed).toBe(12);
    // the first line is JavaScript's (it learns the patterns); then 9 lines sum to 8,999,999,999,999,991,
    // and a tenth would pass 2^53 - 1: the scanner stops and is called again for the last two
    expect(calls).toEqual([
      [1, 999999999999999],
      [9, 8999999999999991],
      [2, 1999999999999998],
    ]);
    for (const [, tokens] of calls) expect(Number.isSafeInteger(tokens)).toBe(true);
  });

  it("the scanner reads long runs of one user and files over one read buffer", async () => {
    const tools = ["Edit", "Read", "Bash"];
    const lines = Array.from(
      { length: 60_000 },
      (_, i) =>
        `{"timestamp":"2026-10-0${1 + Math.floor(i / 30_000)}T08:00:${String(i % 60).padStart(2, "0")}Z","user":"u${Math.floor(i / 20_000)}","tool":"${tools[i % 3]}","tokens":${i}}`,
    );
    const text = `${lines.join("\n")}\n`;
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    await writeFile(join(tmp, "long.json"), text);
    await writeFile(join(tmp, "long.json.gz"), gzipSync(text));
    const fast = await collectPartial({ sources: ["long.json"], cwd: tmp });
    const slow = await collectPartial({ sources: ["long.json.gz"], cwd: tmp });
    expect(fast.stats.records).toBe(60_000);
    expect([...fast.cells.entries()].sort()).toEqual([...slow.cells.entries()].sort());
  });

  it("the embedded WebAssembly is what seed-scan.wat compiles to", () => {
    const r = spawnSync(process.execPath, ["scripts/build-wasm.mjs", "--check"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
