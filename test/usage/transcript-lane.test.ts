// The transcript lane (shared/usage/transcript-lane.ts): the byte-level
// pre-filter changes speed, never results; per-file de-duplication; advisor usage.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generateUsageData } from "../../bench/generators/usage-data.mjs";
import { parseTranscriptLine } from "../../shared/usage/readers.js";
import type { UsageRecord } from "../../shared/usage/record.js";
import {
  advisorLines,
  better,
  cannotCarryUsage,
  classifyLine,
  TranscriptFileDedup,
  type TranscriptLine,
} from "../../shared/usage/transcript-lane.js";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/transcripts/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "steward-lane-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const b = (s: string) => Buffer.from(s);
const ignored = (s: string, auto = false) => cannotCarryUsage(b(s), 0, Buffer.byteLength(s), auto);

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".jsonl"))
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/**
 * Every line the lane ignores is one the general path would have counted as
 * ignored too, or (`invalid`) one it would have reported as invalid JSON: a
 * line broken in the middle that could not have carried usage either way.
 */
function checkFiles(files: string[], auto: boolean): { lines: number; ignored: number; invalid: string[] } {
  let lines = 0;
  let skipped = 0;
  const invalid: string[] = [];
  for (const f of files) {
    const buf = readFileSync(f);
    let start = 0;
    while (start < buf.length) {
      let end = buf.indexOf(0x0a, start);
      if (end === -1) end = buf.length;
      lines++;
      if (cannotCarryUsage(buf, start, end, auto)) {
        skipped++;
        let o: Record<string, unknown>;
        try {
          o = JSON.parse(buf.toString("utf8", start, end)) as Record<string, unknown>;
        } catch {
          invalid.push(f);
          start = end + 1;
          continue;
        }
        expect(parseTranscriptLine(o, "u").ok, `${f}: ${buf.toString("utf8", start, start + 80)}`).toBe(
          "skip",
        );
        if (auto) {
          expect(typeof o.type).toBe("string");
          expect("ts" in o || "tokens" in o || o.source === "steward-hook").toBe(false);
        }
      }
      start = end + 1;
    }
  }
  return { lines, ignored: skipped, invalid };
}

describe("cannotCarryUsage", () => {
  const user =
    '{"parentUuid":"a","isSidechain":false,"cwd":"/w","sessionId":"s","type":"user","message":{"role":"user","content":[{"type":"tool_result","content":"the \\"assistant\\" said {x}"}]},"uuid":"u"}';
  it("ignores complete lines that cannot be an assistant message", () => {
    expect(ignored(user)).toBe(true);
    expect(ignored(user, true)).toBe(true);
    expect(ignored('{"type":"summary","summary":"Refunds","leafUuid":"x"}', true)).toBe(true);
    expect(ignored('  {"type":"file-history-snapshot","snapshot":{}}  ', true)).toBe(true);
  });
  it("takes the general path for anything else", () => {
    expect(
      classifyLine(b(user.replace('"type":"user"', '"type":"assistant"')), 0, user.length + 5, false),
    ).toBe("assistant");
    // cut short (a crash while writing): reported as malformed by the general path
    expect(ignored(user.slice(0, 90))).toBe(false);
    expect(ignored("not json at all")).toBe(false);
    expect(ignored("")).toBe(false);
    // auto: could be a seed or hook record, or has no top-level type
    expect(ignored('{"timestamp":"2026-10-01T10:00:00Z","user":"a","tool":"Bash","tokens":5}', true)).toBe(
      false,
    );
    expect(ignored('{"v":1,"ts":"2026-10-01T10:00:00Z","user":"a","type":"x"}', true)).toBe(false);
    expect(ignored('{"parentUuid":"a","message":{"type":"user"},"x":1}', true)).toBe(false);
    expect(ignored('{"parentUuid":"a","message":{"type":"user"},"x":1}', false)).toBe(true);
  });
  it("on generated transcripts: every ignored line is one the general path ignores", async () => {
    const out = join(tmp, "gen");
    await generateUsageData({
      out,
      users: 3,
      days: 2,
      recordsPerDay: 30,
      seed: 4,
      month: "2026-10",
      transcripts: true,
    });
    const files = filesUnder(join(out, "transcripts"));
    for (const auto of [false, true]) {
      const r = checkFiles(files, auto);
      expect(r.ignored).toBeGreaterThan(r.lines / 3);
      expect(r.invalid).toEqual([]);
    }
  });
  it.skipIf(filesUnder(CORPUS).length === 0)(
    "on the corpus: likewise, except lines broken on purpose",
    () => {
      const files = filesUnder(CORPUS);
      for (const auto of [false, true]) {
        const r = checkFiles(files, auto);
        expect(r.ignored).toBeGreaterThan(100);
        // A user line with an unquoted key (and in transcripts mode a line of garbage in
        // braces): the general path reports them as invalid JSON, the lane counts them ignored.
        expect(new Set(r.invalid.map((f) => f.replace(/^.*__/, "")))).toEqual(
          new Set(["invalid_json.jsonl"]),
        );
      }
    },
  );
});

describe("TranscriptFileDedup", () => {
  const rec = (output: number): UsageRecord => ({
    time: 0,
    user: "u",
    input: 1,
    output,
    cacheWrite5m: 0,
    cacheWrite1h: 0,
    cacheRead: 0,
    unsplit: 0,
    requests: 1,
    source: "transcript",
  });
  const ln = (key: string | undefined, output: number, sidechain = false): TranscriptLine => ({
    record: rec(output),
    key,
    total: 1 + output,
    sidechain,
  });
  const winners = (d: TranscriptFileDedup) =>
    d.ordered.map((i) => (typeof i === "string" ? d.perFile.get(i) : i)?.record.output);

  it("keeps the largest copy of a request, ties to the non-sidechain copy", () => {
    const d = new TranscriptFileDedup();
    expect(d.add(ln("m1:r1", 2), "m1")).toBe(false);
    expect(d.add(ln("m1:r1", 50), "m1")).toBe(true);
    expect(d.add(ln("m1:r1", 9), "m1")).toBe(true);
    expect(d.add(ln(undefined, 7))).toBe(false);
    expect(d.add(ln(undefined, 7))).toBe(false);
    expect(winners(d)).toEqual([50, 7, 7]);
    const t = new TranscriptFileDedup();
    t.add(ln("m1:r1", 5, true), "m1");
    t.add(ln("m1:r1", 5, false), "m1");
    expect(t.perFile.get("m1:r1")?.sidechain).toBe(false);
  });
  it("collapses a sidechain replay under another request id into the message, the parent winning", () => {
    const d = new TranscriptFileDedup();
    d.add(ln("m1:r2", 50, true), "m1");
    expect(d.add(ln("m1:r1", 2), "m1")).toBe(true);
    expect(d.add(ln("m1:r3", 70, true), "m1")).toBe(true);
    expect(winners(d)).toEqual([2]);
    // not a sidechain on either side: two requests
    const e = new TranscriptFileDedup();
    e.add(ln("m1:r1", 2), "m1");
    expect(e.add(ln("m1:r2", 3), "m1")).toBe(false);
    expect(winners(e)).toEqual([2, 3]);
  });
});

/** TranscriptFileDedup.add as first written (before the last-key fast path): the specification. */
class ReferenceDedup {
  readonly perFile = new Map<string, TranscriptLine>();
  readonly ordered: (TranscriptLine | string)[] = [];
  private readonly byMessage = new Map<string, string>();
  add(line: TranscriptLine, messageId?: string): boolean {
    const { key } = line;
    if (key === undefined) {
      this.ordered.push(line);
      return false;
    }
    const prior = this.perFile.get(key);
    if (!prior && messageId !== undefined) {
      const other = this.byMessage.get(messageId);
      const held = other === undefined ? undefined : this.perFile.get(other);
      if (other !== undefined && held && (line.sidechain || held.sidechain)) {
        if (line.sidechain !== held.sidechain) {
          if (!line.sidechain) this.perFile.set(other, line);
        } else if (better(line, held)) this.perFile.set(other, line);
        return true;
      }
    }
    if (!prior) {
      this.perFile.set(key, line);
      this.ordered.push(key);
      if (messageId !== undefined && !this.byMessage.has(messageId)) this.byMessage.set(messageId, key);
      return false;
    }
    if (better(line, prior)) this.perFile.set(key, line);
    return true;
  }
}

describe("TranscriptFileDedup against its specification", () => {
  it("files any sequence of lines the same", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            message: fc.option(fc.constantFrom("m1", "m2", "m3"), { nil: undefined }),
            request: fc.constantFrom("r1", "r2", ""),
            total: fc.integer({ min: 0, max: 3 }),
            sidechain: fc.boolean(),
            advisor: fc.boolean(),
          }),
          { maxLength: 30 },
        ),
        (rows) => {
          const fast = new TranscriptFileDedup();
          const spec = new ReferenceDedup();
          rows.forEach((r, i) => {
            // fresh strings each time, as the reader makes them
            const key = r.message === undefined ? undefined : [r.message, r.request].join(":");
            const line: TranscriptLine = {
              record: {
                time: i,
                user: "u",
                input: r.total,
                output: 0,
                cacheWrite5m: 0,
                cacheWrite1h: 0,
                cacheRead: 0,
                unsplit: 0,
                requests: 1,
                source: "transcript",
              },
              key: key !== undefined && r.advisor ? `${key}#advisor0` : key,
              total: r.total,
              sidechain: r.sidechain,
            };
            const id = r.advisor || r.message === undefined ? undefined : `${r.message}`;
            expect(fast.add(line, id)).toBe(spec.add(line, id));
          });
          expect(fast.ordered).toStrictEqual(spec.ordered);
          expect([...fast.perFile]).toStrictEqual([...spec.perFile]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("advisorLines", () => {
  const base: UsageRecord = {
    time: 0,
    user: "u",
    model: "claude-sonnet-4-5",
    input: 10,
    output: 20,
    cacheWrite5m: 0,
    cacheWrite1h: 0,
    cacheRead: 0,
    unsplit: 0,
    requests: 1,
    source: "transcript",
    requestKey: "m:r",
  };
  it("turns advisor_message iterations with a model into records under that model", () => {
    const lines = advisorLines(
      {
        iterations: [
          { type: "message", input_tokens: 10, output_tokens: 20 },
          {
            type: "advisor_message",
            model: "claude-opus-4-6",
            input_tokens: 1000,
            output_tokens: 300,
            cache_read_input_tokens: 5,
            cache_creation: { ephemeral_5m_input_tokens: 2, ephemeral_1h_input_tokens: 3 },
          },
          { type: "advisor_message", input_tokens: 1 },
          { type: "advisor_message", model: "x", input_tokens: "1" },
        ],
      },
      base,
      "m:r",
      false,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      key: "m:r#advisor1",
      total: 1310,
      record: {
        model: "claude-opus-4-6",
        input: 1000,
        output: 300,
        cacheRead: 5,
        cacheWrite5m: 2,
        cacheWrite1h: 3,
        requestKey: "m:r#advisor1",
      },
    });
  });
});
