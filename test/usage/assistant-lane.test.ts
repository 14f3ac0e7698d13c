// The assistant-line fast lane (shared/usage/assistant-lane.ts) and the
// transcript lane that calls it (TranscriptLane in transcript-lane.ts) change
// speed, never results: whatever the lane takes, JSON.parse plus
// parseTranscriptLine read the same way (same record, key and copy rules),
// on generated, real, random and broken lines.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import wabt from "wabt";
import { generateUsageData } from "../../bench/generators/usage-data.mjs";
import { AssistantLane, transcriptLine } from "../../shared/usage/assistant-lane.js";
import { ASSISTANT_SCAN_WASM } from "../../shared/usage/assistant-scan-wasm.js";
import { parseTranscriptLine } from "../../shared/usage/readers.js";
import {
  classifyLine,
  TranscriptFileDedup,
  TranscriptLane,
  type TranscriptLine,
} from "../../shared/usage/transcript-lane.js";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/transcripts/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "steward-assistant-lane-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** What the general path makes of one line (readers.ts: JSON.parse, detect in auto mode, parseTranscriptLine). */
type General =
  | { kind: "invalid" | "not-transcript" | "malformed" | "skip" | "synthetic" }
  | { kind: "usage"; line: TranscriptLine; messageId: string | undefined; advisors: number };

function general(bytes: Buffer, auto: boolean): General {
  let o: unknown;
  try {
    o = JSON.parse(bytes.toString("utf8"));
  } catch {
    return { kind: "invalid" };
  }
  if (!isObj(o)) return { kind: "not-transcript" };
  // readers.ts detect(): hook or seed first, then any line with a string type is a transcript line
  if (auto && (o.source === "steward-hook" || "ts" in o || "tokens" in o || typeof o.type !== "string"))
    return { kind: "not-transcript" };
  const r = parseTranscriptLine(o, "u");
  if (r.ok === "skip") return { kind: "skip" };
  if (r.ok === "synthetic") return { kind: "synthetic" };
  if (r.ok === false) return { kind: "malformed" };
  return { kind: "usage", line: r.line, messageId: r.messageId, advisors: r.advisors.length };
}

const lanes = {
  true: new AssistantLane(true),
  false: new AssistantLane(false),
};
/** The same lanes with the validator in JavaScript. */
const jsLanes = {
  true: new AssistantLane(true, false),
  false: new AssistantLane(false, false),
};

/**
 * Scans `bytes` (placed inside a larger buffer between newlines, as the reader
 * sees it) with the WebAssembly and the JavaScript validator, which must
 * agree, and checks that whatever the lane answers other than `general` is
 * what the general path says. Returns the lane's answer.
 */
function check(bytes: Buffer, auto: boolean): string {
  const buf = Buffer.concat([Buffer.from('{"x":1}\n'), bytes, Buffer.from('\n{"y":"z"}')]);
  const what = `${auto ? "auto" : "transcripts"}: ${JSON.stringify(bytes.toString("latin1"))}`;
  const js = jsLanes[`${auto}`];
  const rJs = js.scan(buf, 8, 8 + bytes.length);
  const fieldsJs = { ...js.fields };
  const lane = lanes[`${auto}`];
  const r = lane.scan(buf, 8, 8 + bytes.length);
  expect(r, what).toBe(rJs);
  if (r === "usage") expect(lane.fields, what).toStrictEqual(fieldsJs);
  if (r === "general") return r;
  const g = general(bytes, auto);
  if (r === "ignore") expect(g.kind, what).toBe("skip");
  else if (r === "synthetic") expect(g.kind, what).toBe("synthetic");
  else {
    expect(g.kind, what).toBe("usage");
    if (g.kind !== "usage") return r;
    const line = transcriptLine(lane.fields, "u");
    expect(line, what).toStrictEqual(g.line);
    expect(Object.keys(line.record), what).toEqual(Object.keys(g.line.record));
    expect(lane.fields.messageId, what).toBe(g.messageId);
    expect(g.advisors, what).toBe(0);
  }
  return r;
}

const checkBoth = (s: string | Buffer) => {
  const b = typeof s === "string" ? Buffer.from(s) : s;
  return [check(b, false), check(b, true)];
};

const LINE =
  '{"parentUuid":"a75e","isSidechain":false,"userType":"external","cwd":"/w","sessionId":"s-1","version":"2.1.240","type":"assistant","uuid":"9df8","timestamp":"2026-10-12T08:15:33.610Z","requestId":"req_1","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-5","content":[{"type":"tool_use","id":"toolu_1","name":"Bash","input":{"command":"npm test \\"a\\"\\n","timeout":120000}}],"stop_reason":null,"usage":{"input_tokens":17,"cache_creation_input_tokens":11110,"cache_read_input_tokens":175,"cache_creation":{"ephemeral_5m_input_tokens":11110,"ephemeral_1h_input_tokens":0},"output_tokens":974,"service_tier":"standard"}}}';

describe("assistant-scan.wat", () => {
  it("is what assistant-scan-wasm.ts embeds", async () => {
    const compiler = await wabt();
    const wat = "shared/usage/assistant-scan.wat";
    const module = compiler.parseWat(
      wat,
      readFileSync(fileURLToPath(new URL(`../../${wat}`, import.meta.url)), "utf8"),
    );
    module.validate();
    const { buffer } = module.toBinary({});
    module.destroy();
    expect(Buffer.from(buffer).toString("base64")).toBe(ASSISTANT_SCAN_WASM);
  });
  it("reads lines longer than its memory (it grows) the same", () => {
    const content = `"${"x\\n".repeat(60_000)}"`;
    const line = LINE.replace('"content":[', `"content":[${content},`);
    expect(line.length).toBeGreaterThan(150_000);
    expect(checkBoth(line)).toEqual(["usage", "usage"]);
    expect(checkBoth(line.replace("x\\n", "x\\q"))).toEqual(["general", "general"]);
  });
});

describe("transcriptLine", () => {
  it("builds the same record, keys in the same order, with or without each optional value", () => {
    for (let mask = 0; mask < 64; mask++) {
      const f = {
        time: 1,
        model: mask & 1 ? "m" : mask & 16 ? "" : undefined,
        input: 1,
        output: 2,
        cacheWrite5m: 3,
        cacheWrite1h: 4,
        cacheRead: 5,
        messageId: mask & 2 ? "id" : undefined,
        requestId: mask & 16 ? "req" : undefined,
        session: mask & 4 ? "s" : undefined,
        batch: (mask & 8) !== 0,
        fast: (mask & 32) !== 0,
        sidechain: (mask & 16) !== 0,
      };
      const key = f.messageId ? `${f.messageId}:${f.requestId ?? ""}` : undefined;
      // the record as parseTranscriptLine wrote it before the lane
      const record = {
        time: 1,
        user: "u",
        ...(f.model ? { model: f.model } : {}),
        input: 1,
        output: 2,
        cacheWrite5m: 3,
        cacheWrite1h: 4,
        cacheRead: 5,
        unsplit: 0,
        requests: 1,
        ...(f.session ? { session: f.session } : {}),
        source: "transcript",
        ...(key ? { requestKey: key } : {}),
        ...(f.batch ? { batch: true } : {}),
        ...(f.fast ? { fast: true } : {}),
      };
      const line = transcriptLine(f, "u");
      expect(line).toStrictEqual({ record, key, total: 15, sidechain: f.sidechain });
      expect(JSON.stringify(line.record)).toBe(JSON.stringify(record));
    }
  });
});

describe("AssistantLane", () => {
  it("reads a Claude Code assistant line like the general path", () => {
    expect(checkBoth(LINE)).toEqual(["usage", "usage"]);
    const lane = lanes.false;
    lane.scan(Buffer.from(LINE), 0, LINE.length);
    expect(lane.fields).toMatchObject({
      time: Date.parse("2026-10-12T08:15:33.610Z"),
      model: "claude-sonnet-5",
      input: 17,
      output: 974,
      cacheWrite5m: 11110,
      cacheWrite1h: 0,
      cacheRead: 175,
      messageId: "msg_1",
      requestId: "req_1",
      session: "s-1",
      batch: false,
      sidechain: false,
    });
  });

  it("answers ignore and synthetic where the general path skips", () => {
    expect(checkBoth(LINE.replace('"type":"assistant"', '"type":"user"'))).toEqual(["ignore", "ignore"]);
    expect(checkBoth(LINE.replace(/"usage":\{[^}]*\{[^}]*\}[^}]*\}/, '"usage":null'))).toEqual([
      "ignore",
      "ignore",
    ]);
    expect(checkBoth(LINE.replace("claude-sonnet-5", "<synthetic>"))).toEqual(["synthetic", "synthetic"]);
  });

  it("leaves to the general path what it does not read itself", () => {
    const general = (s: string) => expect(checkBoth(s), s).toEqual(["general", "general"]);
    // invalid JSON
    general(LINE.slice(0, -1));
    general(`${LINE},`);
    general(LINE.replace("npm test", "npm\ttest"));
    general(LINE.replace("\\n", "\\x"));
    general(LINE.replace(":17,", ":017,"));
    general(LINE.replace('"cwd":"/w"', '"cwd":"/w",'));
    general(`\uFEFF${LINE}`);
    // escaped watched values and keys
    general(LINE.replace("msg_1", "msg\\u005f1"));
    general(LINE.replace('"model"', '"mod\\u0065l"'));
    general(LINE.replace('"assistant","uuid"', '"\\u0061ssistant","uuid"'));
    // a watched key twice (JSON.parse keeps the last)
    general(LINE.replace('"uuid":"9df8"', '"uuid":"9df8","requestId":"req_2"'));
    // numbers that are not plain digits, or malformed usage
    general(LINE.replace(":974,", ":974.0,"));
    general(LINE.replace(":974,", ":9.74e2,"));
    general(LINE.replace(":974,", ":-0,"));
    general(LINE.replace(":974,", ':"974",'));
    general(LINE.replace(":974,", ":1234567890123456,"));
    general(LINE.replace('"usage":{', '"usage":{"iterations":[{"type":"advisor_message"}],'));
    // deeper than 64
    general(LINE.replace('"stop_reason":null', `"deep":${"[".repeat(70)}${"]".repeat(70)}`));
    // auto detection: could be a hook or seed record
    expect(check(Buffer.from(LINE.replace('"cwd"', '"ts":1,"cwd"')), true)).toBe("general");
    expect(check(Buffer.from(LINE.replace('"cwd"', '"ts":1,"cwd"')), false)).toBe("usage");
  });

  it("reads unusual but plain lines exactly", () => {
    const usage = (s: string | Buffer) => expect(checkBoth(s), String(s)).toEqual(["usage", "usage"]);
    usage(LINE.replace(/,"cache_creation":\{[^}]*\}/, ""));
    usage(LINE.replace('"ephemeral_1h_input_tokens":0', '"ephemeral_1h_input_tokens":null'));
    usage(LINE.replace('"service_tier":"standard"', '"service_tier":"batch"'));
    usage(LINE.replace('"service_tier":"standard"', '"service_tier":"standard","speed":"fast"'));
    usage(LINE.replace('"service_tier":"standard"', '"service_tier":"standard","speed":"standard"'));
    usage(LINE.replace('"service_tier":"standard"', '"service_tier":"standard","speed":null'));
    usage(LINE.replace('"isSidechain":false', '"isSidechain":true'));
    usage(LINE.replace('"requestId":"req_1",', ""));
    usage(LINE.replace('"requestId":"req_1"', '"requestId":""'));
    usage(LINE.replace('"id":"msg_1",', ""));
    usage(LINE.replace('"model":"claude-sonnet-5",', '"model":42,'));
    usage(LINE.replace('"usage":{', '"usage":{"iterations":[],'));
    usage(LINE.replace('"usage":{', '"usage":{"iterations":null,'));
    usage(LINE.replace("2026-10-12T08:15:33.610Z", "2026-10-12T08:15:33Z"));
    usage(LINE.replace("2026-10-12T08:15:33.610Z", "2024-02-29T23:59:59.999Z"));
    usage(LINE.replace('"2026-10-12T08:15:33.610Z"', "1760000000"));
    usage(LINE.replace("/w", "/home/\u00e9l\u00e8ve/\u{1f600}"));
    // invalid UTF-8 in an unwatched string and in a watched one: decoded like the general path
    const [head, tail] = LINE.split('"cwd":"/') as [string, string];
    usage(
      Buffer.concat([Buffer.from(`${head}"cwd":"/`), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(tail)]),
    );
    const [h2, t2] = LINE.split('"id":"msg_') as [string, string];
    usage(Buffer.concat([Buffer.from(`${h2}"id":"msg_`), Buffer.from([0xe2, 0x82]), Buffer.from(t2)]));
    usage(` \t${LINE.replaceAll('":', '" : ').replaceAll(',"', ' ,\r\n"').replaceAll("}", " }")}  `);
    // watched names elsewhere do not count
    usage(
      LINE.replace(
        '"content":[',
        '"content":[{"usage":{"input_tokens":"x"},"id":1,"model":null,"type":"user"},',
      ),
    );
  });

  it("leaves timestamps Date.parse must read to Date.parse", () => {
    for (const t of [
      "2026-02-30T00:00:00.000Z",
      "2026-10-12T24:00:00.000Z",
      "1969-12-31T23:59:59.999Z",
      "0099-01-01T00:00:00.000Z",
      "2026-10-12 08:15:33.610Z",
      "2026-10-12T08:15:33.610+02:00",
      "not a date at all, really",
    ])
      checkBoth(LINE.replace("2026-10-12T08:15:33.610Z", t));
  });

  // Random lines: watched values drawn from plain, unusual and wrong ones, keys in any order,
  // watched names in unwatched places, whitespace, duplicates.
  const str = fc.oneof(
    fc.constantFrom(
      "",
      "a",
      "msg_01",
      "req_011C",
      "claude-opus-4-6",
      "<synthetic>",
      "batch",
      "fast",
      "speed",
      "assistant",
      "\u00e9",
    ),
    fc.string({ maxLength: 6 }),
  );
  const jsonString = (s: string, escapeAll: boolean) =>
    escapeAll
      ? `"${[...s].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"`
      : JSON.stringify(s);
  const weird = fc.oneof(
    fc.constantFrom(
      "1234567890123456",
      "9007199254740993",
      "1.0",
      "1e3",
      "-0",
      "-1",
      "1.5",
      "true",
      "false",
      "null",
      '"5"',
      "[]",
      "{}",
      "[1]",
    ),
    fc.tuple(str, fc.boolean()).map(([s, e]) => jsonString(s, e && s !== "")),
  );
  /** Mostly a plain token count, sometimes anything. */
  const count = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom("0", "17", "974", "123456789012345", "null") },
    { weight: 1, arbitrary: weird },
  );
  /** Mostly a plain string, sometimes anything. */
  const ident = fc.oneof(
    { weight: 12, arbitrary: str.map((x) => JSON.stringify(x)) },
    { weight: 1, arbitrary: weird },
  );
  const time = fc.oneof(
    { weight: 4, arbitrary: fc.constant('"2026-10-12T08:15:33.610Z"') },
    fc
      .date({ min: new Date("1960-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
      .map((d) => JSON.stringify(d.toISOString())),
    fc.constantFrom(
      '"2026-10-12T08:15:33Z"',
      '"2026-13-01T00:00:00.000Z"',
      '"2026-02-29T00:00:00.000Z"',
      "1760000000",
      "1760000000123",
      "1.5",
      '""',
      "null",
    ),
  );
  /** Each key present `odds` (default 7) times as often as absent. */
  const entries = (pairs: [string, fc.Arbitrary<string>, number?][]) =>
    fc.tuple(
      ...pairs.map(([k, v, odds]) =>
        fc.oneof(
          { weight: Math.max(1, odds ?? 7), arbitrary: v.map((x): [string, string] | undefined => [k, x]) },
          {
            weight: odds !== undefined && odds < 1 ? Math.round(1 / odds) : 1,
            arbitrary: fc.constant(undefined),
          },
        ),
      ),
    );
  const obj = (parts: [string, string][], ws: string) =>
    `{${parts.map(([k, v]) => `${ws}${JSON.stringify(k)}${ws}:${ws}${v}`).join(`${ws},`)}${ws}}`;
  const lineArb = fc
    .record({
      tokens: entries([
        ["input_tokens", count],
        ["output_tokens", count],
        ["cache_read_input_tokens", count],
        ["cache_creation_input_tokens", count],
        ["service_tier", fc.constantFrom('"batch"', '"standard"', '"standard"', '"\\u0062atch"', "5")],
        ["speed", fc.constantFrom('"fast"', '"standard"', '"\\u0066ast"', "null", "1", '"Fast"')],
        [
          "iterations",
          fc.constantFrom(
            "null",
            "[]",
            "[ ]",
            '"x"',
            '[{"type":"advisor_message","model":"m","input_tokens":1}]',
          ),
          1,
        ],
      ]),
      cache: entries([
        ["ephemeral_5m_input_tokens", count],
        ["ephemeral_1h_input_tokens", count],
      ]),
      cacheKind: fc.constantFrom("object", "object", "null", "[]", '"x"', "none"),
      usageKind: fc.constantFrom(...Array(12).fill("object"), "null", "none", "[]", "5"),
      message: entries([
        ["id", ident],
        ["model", ident],
        ["type", fc.constant('"message"')],
        [
          "content",
          fc.constantFrom(
            "[]",
            '[{"type":"text","text":"a \\"b\\" \\\\ c"}]',
            '[{"usage":{"input_tokens":-1},"id":"x","model":"y"}]',
          ),
        ],
      ]),
      messageKind: fc.constantFrom(...Array(12).fill("object"), "null", "none", '"m"'),
      root: entries([
        ["type", fc.constantFrom(...Array(10).fill('"assistant"'), '"user"', '"\\u0061ssistant"', "5"), 20],
        ["timestamp", time],
        ["requestId", ident],
        ["sessionId", ident],
        ["isSidechain", fc.constantFrom("true", "false", "false", '"true"', "1", "null")],
        ["uuid", fc.constant('"u"')],
        ["source", fc.constantFrom('"steward-hook"', '"x"'), 0.1],
        ["ts", fc.constant("1"), 0.1],
        ["tokens", fc.constant("1"), 0.1],
      ]),
      order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
      dup: fc.option(fc.constantFrom("type", "requestId", "timestamp", "message", "uuid"), {
        freq: 6,
        nil: undefined,
      }),
      ws: fc.constantFrom("", "", "", " ", "\n\t", "\r "),
    })
    .map((r) => {
      const some = <T>(xs: (T | undefined)[]) => xs.filter((x): x is T => x !== undefined);
      const shuffle = <T>(xs: T[]) =>
        xs
          .map((x, i) => [x, r.order[i % r.order.length] ?? 0] as const)
          .sort((a, b) => a[1] - b[1])
          .map((x) => x[0]);
      const usageParts = some(r.tokens);
      if (r.cacheKind !== "none")
        usageParts.push([
          "cache_creation",
          r.cacheKind === "object" ? obj(some(r.cache), r.ws) : r.cacheKind,
        ]);
      const messageParts = some(r.message);
      if (r.usageKind !== "none")
        messageParts.push(["usage", r.usageKind === "object" ? obj(shuffle(usageParts), r.ws) : r.usageKind]);
      const rootParts = some(r.root);
      if (r.messageKind !== "none")
        rootParts.push([
          "message",
          r.messageKind === "object" ? obj(shuffle(messageParts), r.ws) : r.messageKind,
        ]);
      const parts = shuffle(rootParts);
      const dup = parts.find(([k]) => k === r.dup);
      if (dup) parts.push(dup);
      return obj(parts, r.ws);
    });

  it("random lines: the lane's answers match the general path", () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(lineArb, (line) => {
        for (const r of checkBoth(line)) seen.set(r, (seen.get(r) ?? 0) + 1);
      }),
      { numRuns: 3000 },
    );
    // every outcome is exercised
    for (const r of ["usage", "synthetic", "ignore", "general"])
      expect(seen.get(r) ?? 0, r).toBeGreaterThan(20);
  });

  // Broken lines: a valid one with bytes inserted, deleted or replaced anywhere.
  const edits = fc.array(
    fc.record({
      at: fc.nat(),
      del: fc.nat({ max: 3 }),
      ins: fc.array(
        fc.oneof(
          fc.constantFrom(
            0x00,
            0x09,
            0x0a,
            0x0d,
            0x1f,
            0x20,
            0x22,
            0x5c,
            0x7b,
            0x7d,
            0x5b,
            0x5d,
            0x2c,
            0x3a,
            0x75,
            0x30,
          ),
          fc.constantFrom(0x2d, 0x2e, 0x65, 0x6e, 0x74, 0x66, 0x80, 0xc3, 0xe2, 0xff, 0x31, 0x39),
          fc.integer({ min: 0, max: 255 }),
        ),
        { maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  );
  it("broken lines: never taken unless the general path reads them the same", () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.oneof(lineArb, fc.constant(LINE)), edits, (line, list) => {
        let bytes = [...Buffer.from(line)];
        for (const e of list) {
          const at = e.at % (bytes.length + 1);
          bytes = [...bytes.slice(0, at), ...e.ins, ...bytes.slice(at + e.del)];
        }
        for (const r of checkBoth(Buffer.from(bytes))) seen.set(r, (seen.get(r) ?? 0) + 1);
      }),
      { numRuns: 4000 },
    );
    expect(seen.get("usage") ?? 0).toBeGreaterThan(100);
  });
});

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
 * Reads files line by line into per-file de-duplication twice: through
 * TranscriptLane.take with the general path behind it, and through the
 * general path alone (classifyLine's pre-filter, which predates the lane,
 * included). Both must file the same lines and count the same.
 */
function readBothWays(files: string[], auto: boolean) {
  const lane = new TranscriptLane(auto);
  let taken = 0;
  let assistant = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    const ways = [new TranscriptFileDedup(), new TranscriptFileDedup()] as const;
    const stats = [0, 1].map(() => ({ ignored: 0, synthetic: 0, duplicates: 0, malformed: 0 }));
    const generalLine = (i: 0 | 1, start: number, end: number) => {
      const s = stats[i] as (typeof stats)[number];
      if (classifyLine(buf, start, end, auto) === "ignore") {
        s.ignored++;
        return;
      }
      const g = general(buf.subarray(start, end), auto);
      if (g.kind === "skip") s.ignored++;
      else if (g.kind === "synthetic") s.synthetic++;
      else if (g.kind === "usage") {
        if (ways[i].add(g.line, g.messageId)) s.duplicates++;
      } else s.malformed++;
    };
    let start = 0;
    while (start < buf.length) {
      let end = buf.indexOf(0x0a, start);
      if (end === -1) end = buf.length;
      const e = end > start && buf[end - 1] === 0x0d ? end - 1 : end;
      if (e > start) {
        if (classifyLine(buf, start, e, auto) === "assistant") assistant++;
        if (
          lane.take(
            buf,
            start,
            e,
            () => "u",
            () => ways[0] as TranscriptFileDedup,
            stats[0] as (typeof stats)[number],
          )
        )
          taken++;
        else generalLine(0, start, e);
        generalLine(1, start, e);
      }
      start = end + 1;
    }
    expect(stats[0], f).toEqual(stats[1]);
    expect(ways[0].ordered, f).toStrictEqual(ways[1].ordered);
    expect([...ways[0].perFile], f).toStrictEqual([...ways[1].perFile]);
  }
  return { taken, assistant };
}

describe("TranscriptLane", () => {
  it("on generated transcripts: takes every line, and files them like the general path", async () => {
    const out = join(tmp, "gen");
    await generateUsageData({
      out,
      users: 3,
      days: 2,
      recordsPerDay: 30,
      seed: 4,
      month: "2026-10",
      transcripts: true,
      malformed: true,
    });
    const files = filesUnder(join(out, "transcripts"));
    for (const auto of [false, true]) {
      const r = readBothWays(files, auto);
      expect(r.assistant).toBeGreaterThan(100);
      expect(r.taken).toBeGreaterThan(r.assistant);
    }
  });

  it.skipIf(filesUnder(CORPUS).length === 0)("on the corpus: likewise", () => {
    const files = filesUnder(CORPUS);
    for (const auto of [false, true]) {
      const r = readBothWays(files, auto);
      expect(r.assistant).toBeGreaterThan(100);
    }
  });
});
