import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditRecordV1 } from "../../../shared/audit/audit-record.js";
import { parseAuditLine } from "../../../shared/audit/audit-record.js";
import { appendLines, expiredDayFiles, pruneDayFiles } from "../../../shared/hooks/day-log.js";
import { auditLine, cutString, fitLine, jsonLine, MAX_LINE_BYTES } from "../../../shared/hooks/log-line.js";
import { tempDir } from "./io.js";

const base: AuditRecordV1 = {
  v: 1,
  ts: "2026-11-02T09:14:03.120Z",
  user: "dana",
  role: "developers",
  session: "s",
  event: "pre-tool-use",
  tool: "Read",
  decision: "deny",
  rule: "Read(**/.env*)",
  ruleSource: { file: "/etc/claude-code/steward/managed-settings.json", line: 26 },
  reason: "r",
  input: { filePath: "/r/.env" },
  cwd: "/r",
  policyVersion: "2026.11",
};

describe("log lines", () => {
  it("leaves a small record alone", () => {
    expect(auditLine(base)).toBe(`${JSON.stringify(base)}\n`);
  });
  it("cuts the longest strings (multi-byte and escaped) until the line fits, never the fixed fields", () => {
    const big = {
      ...base,
      reason: "é".repeat(3000),
      cwd: "\u0001".repeat(2000),
      input: { filePath: "😀".repeat(2000) },
    };
    const line = auditLine(big);
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(MAX_LINE_BYTES);
    const parsed = parseAuditLine(line);
    expect(parsed.ok).toBe(true);
    expect(JSON.parse(line)).toMatchObject({ v: 1, ts: base.ts, decision: "deny", event: "pre-tool-use" });
    expect(JSON.parse(line).input.filePath).not.toMatch(/[\ud800-\udbff]…$/); // no split surrogate pair
  });
  it("marks a command cut to fit as truncated", () => {
    const line = auditLine(
      {
        ...base,
        tool: "Bash",
        input: { command: "c".repeat(200) },
        reason: "r".repeat(5000),
        cwd: "d".repeat(5000),
      },
      500,
    );
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(500);
    expect(JSON.parse(line).input.truncated).toBe(true);
  });
  it("fits any JSON value and reports whether it cut", () => {
    expect(fitLine({ a: "x" }, (v) => `${JSON.stringify(v)}\n`, 100)).toEqual({
      line: '{"a":"x"}\n',
      cut: false,
    });
    expect(Buffer.byteLength(jsonLine({ a: "y".repeat(10_000), b: 1 }))).toBeLessThanOrEqual(MAX_LINE_BYTES);
    expect(cutString("a😀b", 2)).toBe("a");
  });
});

describe("day files", () => {
  it("appends whole lines and refuses lines that break the rules", () => {
    const file = join(tempDir(), "audit", "2026-11-02.jsonl");
    appendLines(file, ["{}\n", '{"a":1}\n']);
    appendLines(file, []);
    expect(readFileSync(file, "utf8")).toBe('{}\n{"a":1}\n');
    expect(() => appendLines(file, ["no newline"])).toThrow(/one line/);
    expect(() => appendLines(file, ["two\nlines\n"])).toThrow(/one line/);
    expect(() => appendLines(file, [`${"x".repeat(MAX_LINE_BYTES)}\n`])).toThrow(/one line/);
  });
  it("finds and removes files older than the retention period", () => {
    const names = ["2026-08-03.jsonl", "2026-08-04.jsonl", "2026-11-02.jsonl", "x.jsonl", "2026-01-01.txt"];
    const today = new Date("2026-11-02T23:00:00Z");
    expect(expiredDayFiles(names, today, 90)).toEqual(["2026-08-03.jsonl"]);
    expect(expiredDayFiles(names, today, 0)).toEqual([]);
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    for (const n of names) writeFileSync(join(dir, n), "");
    expect(pruneDayFiles(dir, today, 90)).toEqual(["2026-08-03.jsonl"]);
    expect(readdirSync(dir)).not.toContain("2026-08-03.jsonl");
    expect(pruneDayFiles(join(dir, "missing"), today, 90)).toEqual([]);
  });
});
