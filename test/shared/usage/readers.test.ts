import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import { expandSources, globToRegExp } from "../../../shared/usage/files.js";
import { splitLines } from "../../../shared/usage/lines.js";
import { emptyReadStats, readUsageFiles, userFromPath } from "../../../shared/usage/readers.js";
import { MalformedTally, type UsageRecord } from "../../../shared/usage/record.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/usage/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/transcripts/", import.meta.url));

async function readAll(specs: string[], cwd = FIXTURES, kind?: "auto" | "seed" | "hook" | "transcripts") {
  const files = await expandSources(specs, cwd);
  const malformed = new MalformedTally();
  const stats = emptyReadStats();
  const records: UsageRecord[] = [];
  for await (const r of readUsageFiles(files, { malformed, stats, ...(kind ? { kind } : {}) }))
    records.push(r);
  return { records, malformed, stats, files };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "steward-usage-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("splitLines", () => {
  async function* chunks(parts: string[]) {
    for (const p of parts) yield Buffer.from(p);
  }
  it("splits across chunk boundaries, CRLF, multibyte characters and a final line without newline", async () => {
    const euro = Buffer.from("€"); // 3 bytes split across chunks
    async function* split() {
      yield Buffer.from("a\r\nb");
      yield Buffer.concat([Buffer.from("c\n"), euro.subarray(0, 1)]);
      yield Buffer.concat([euro.subarray(1), Buffer.from("\n\nlast")]);
    }
    const lines = [];
    for await (const l of splitLines(split())) lines.push([l.number, l.text]);
    expect(lines).toEqual([
      [1, "a"],
      [2, "bc"],
      [3, "€"],
      [4, ""],
      [5, "last"],
    ]);
  });
  it("reports over-long lines without buffering them and keeps the neighbours", async () => {
    const out = [];
    for await (const l of splitLines(
      chunks(["ok\n", "x".repeat(30), "y".repeat(30), "\nnext\n", "z".repeat(80)]),
      { maxLineBytes: 40 },
    ))
      out.push(l);
    expect(out.map((l) => [l.number, l.text, l.tooLong ?? false])).toEqual([
      [1, "ok", false],
      [2, "", true],
      [3, "next", false],
      [4, "", true],
    ]);
  });
});

describe("expandSources", () => {
  it("expands directories (recursively, sorted, hidden folders included) and globs", async () => {
    const dir = await expandSources(["homes"], FIXTURES);
    expect(dir.map((f) => f.relative)).toEqual([
      "alice/.claude/projects/-work-app/11111111-aaaa.jsonl",
      "bob/.claude/projects/-work-api/22222222-bbbb.jsonl",
    ]);
    const glob = await expandSources(["seed/2026100*.json"], FIXTURES);
    expect(glob.map((f) => f.relative)).toEqual(["20261001.json", "20261002.json"]);
    const deep = await expandSources(["homes/**/*.jsonl"], FIXTURES);
    expect(deep).toHaveLength(2);
    for (const f of [...dir, ...deep]) expect(f.path).toBe(join(FIXTURES, "homes", f.relative));
    expect(glob[0]?.path).toBe(join(FIXTURES, "seed", "20261001.json"));
  });
  it("takes a transcript's user from its path", () => {
    const at = (path: string, relative: string) => userFromPath({ path, relative, spec: "x" });
    expect(at("/h/alice/.claude/projects/-w/s.jsonl", "alice/.claude/projects/-w/s.jsonl")).toBe("alice");
    expect(at("/x/.claude/a/.claude/projects/p/s.jsonl", "p/s.jsonl")).toBe("a"); // the innermost home
    expect(at("/in/users/bob/-w/s.jsonl", "bob/-w/s.jsonl")).toBe("bob");
    expect(at("/in/team/projects/-w/s.jsonl", "team/projects/-w/s.jsonl")).toBe("team");
    expect(at("/in/-w/s.jsonl", "-w/s.jsonl")).toBeUndefined();
    expect(at("/in/s.jsonl", "")).toBeUndefined();
  });
  it("matches globs like a shell", () => {
    expect(globToRegExp("**/*.jsonl").test("a/b/c.jsonl")).toBe(true);
    expect(globToRegExp("**/*.jsonl").test("c.jsonl")).toBe(true);
    expect(globToRegExp("*.jsonl").test("a/c.jsonl")).toBe(false);
    expect(globToRegExp("*.{json,jsonl}").test("c.json")).toBe(true);
    expect(globToRegExp("2026-1?-[0-9]*.json").test("2026-10-01.json")).toBe(true);
  });
  it("a missing path or an empty glob is a ConfigurationError naming it", async () => {
    await expect(expandSources(["nope.jsonl"], FIXTURES)).rejects.toThrow(/nope\.jsonl does not exist/);
    await expect(expandSources(["seed/*.csv"], FIXTURES)).rejects.toThrow(ConfigurationError);
    await expect(expandSources(["missing-dir/*.json"], FIXTURES)).rejects.toThrow(/missing-dir/);
  });
});

describe("seed and hook readers", () => {
  it("reads seed logs as unsplit tokens and counts bad lines with file and line", async () => {
    const { records, malformed, stats } = await readAll(["seed"]);
    expect(records).toHaveLength(7);
    expect(records[0]).toEqual({
      time: Date.parse("2026-10-01T09:00:00Z"),
      user: "alice",
      input: 0,
      output: 0,
      cacheWrite5m: 0,
      cacheWrite1h: 0,
      cacheRead: 0,
      unsplit: 120000,
      requests: 1,
      tool: "Edit",
      source: "seed",
    });
    expect(malformed.total).toBe(2);
    expect(malformed.samples.map((s) => [s.file, s.line, s.reason])).toEqual([
      ["seed/20261001.json", 4, "invalid JSON"],
      ["seed/20261001.json", 5, "seed: tokens is not a non-negative integer"],
    ]);
    expect(stats.blankLines).toBe(1);
    // the good line after the bad ones is kept
    expect(records.some((r) => r.user === "carol" && r.unsplit === 40000)).toBe(true);
  });
  it("reads hook records with their split and rejects wrong versions and types", async () => {
    const { records, malformed } = await readAll(["hook/steward-usage.jsonl"]);
    expect(records).toHaveLength(4);
    expect(records[1]).toMatchObject({
      model: "claude-opus-4-7[1m]",
      cacheWrite1h: 10000,
      session: "s-a1",
      tool: "Bash",
    });
    expect(malformed.samples.map((s) => [s.line, s.reason])).toEqual([
      [5, "hook: unsupported record version 2"],
      [6, "hook: input is not a non-negative integer"],
    ]);
  });
  it("forcing a kind treats other shapes as malformed", async () => {
    const { records, malformed } = await readAll(["hook/steward-usage.jsonl"], FIXTURES, "seed");
    expect(records).toHaveLength(0);
    expect(malformed.total).toBe(6);
  });
  it("filters by --since/--until", async () => {
    const files = await expandSources(["seed"], FIXTURES);
    const stats = emptyReadStats();
    const out: UsageRecord[] = [];
    for await (const r of readUsageFiles(files, {
      malformed: new MalformedTally(),
      stats,
      since: Date.parse("2026-10-02T00:00:00Z"),
      until: Date.parse("2026-10-02T10:00:00Z"),
    }))
      out.push(r);
    expect(out.map((r) => r.unsplit)).toEqual([300000, 250000]);
    expect(stats.outOfRange).toBe(5);
  });
  it("reads .gz files and names an unreadable or corrupt file", async () => {
    const text = await readFile(join(FIXTURES, "seed/20261002.json"));
    await writeFile(join(tmp, "day.json.gz"), gzipSync(text));
    const { records } = await readAll(["day.json.gz"], tmp);
    expect(records.map((r) => r.unsplit)).toEqual([300000, 250000, 10000]);

    await writeFile(join(tmp, "bad.json.gz"), "not gzip");
    await expect(readAll(["bad.json.gz"], tmp)).rejects.toThrow(/bad\.json\.gz is not valid gzip data/);

    if (process.getuid?.() !== 0) {
      await writeFile(join(tmp, "locked.json"), "{}");
      await chmod(join(tmp, "locked.json"), 0o000);
      await expect(readAll(["locked.json"], tmp)).rejects.toThrow(/locked\.json is not readable/);
    }
  });
});

describe("transcript reader", () => {
  it("derives users from home folders and de-duplicates like ccusage", async () => {
    const { records, malformed, stats } = await readAll(["homes"]);
    const alice = records.filter((r) => r.user === "alice");
    const bob = records.filter((r) => r.user === "bob");
    // msg_1 (largest copy), msg_2, msg_4 (non-sidechain copy), msg_6
    expect(alice.map((r) => r.requestKey)).toEqual([
      "msg_1:req_1",
      "msg_2:req_2",
      "msg_4:req_4",
      "msg_6:req_6",
    ]);
    expect(alice[0]).toMatchObject({
      output: 120,
      cacheWrite5m: 1000,
      cacheRead: 20000,
      session: "11111111-aaaa",
    });
    expect(alice[3]).toMatchObject({ model: "claude-opus-4-6[1m]", cacheWrite1h: 3000, cacheWrite5m: 0 });
    // bob's copy of alice's msg_1:req_1 is dropped across files
    expect(bob.map((r) => r.requestKey)).toEqual(["msg_b1:req_b1"]);
    expect(stats.duplicates).toBe(3);
    expect(stats.synthetic).toBe(1);
    expect(stats.ignored).toBe(2);
    expect(malformed.samples.map((s) => [s.file.replace(/^homes\//, ""), s.line, s.reason])).toEqual([
      [
        "alice/.claude/projects/-work-app/11111111-aaaa.jsonl",
        8,
        "transcript: usage.input_tokens is not a non-negative integer",
      ],
      ["bob/.claude/projects/-work-api/22222222-bbbb.jsonl", 3, "invalid JSON"],
    ]);
  });
  it("maps folder names to users", async () => {
    const files = await expandSources(["homes"], FIXTURES);
    const out: UsageRecord[] = [];
    for await (const r of readUsageFiles(files, {
      malformed: new MalformedTally(),
      userMap: { alice: "alice@corp.example" },
    }))
      out.push(r);
    expect(new Set(out.map((r) => r.user))).toEqual(new Set(["alice@corp.example", "bob"]));
  });
});

describe.skipIf(!(await readdir(CORPUS).catch(() => null)))("real transcripts from the corpus", () => {
  it("reads every corpus file without crashing, counting broken lines", async () => {
    const { records, malformed, stats } = await readAll(["."], CORPUS);
    expect(stats.files).toBeGreaterThan(20);
    expect(records.length).toBeGreaterThan(50);
    expect(malformed.total).toBeGreaterThan(0);
    for (const r of records) {
      expect(Number.isFinite(r.time)).toBe(true);
      expect(r.input + r.output + r.cacheRead + r.cacheWrite5m + r.cacheWrite1h).toBeGreaterThanOrEqual(0);
    }
    // the deliberately broken files are reported, with their line numbers
    expect(malformed.samples.some((s) => s.file.includes("invalid_json") && s.line > 0)).toBe(true);
    expect(malformed.samples.some((s) => s.file.includes("truncated"))).toBe(true);
  });
});
