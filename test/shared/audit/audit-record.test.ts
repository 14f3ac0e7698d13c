import { describe, expect, it } from "vitest";
import {
  type AuditRecordV1,
  formatAuditRecord,
  MAX_AUDITED_COMMAND_LENGTH,
  parseAuditLine,
  summarizeToolInput,
} from "../../../shared/audit/audit-record.js";

const record: AuditRecordV1 = {
  v: 1,
  ts: "2026-11-02T09:14:03.120Z",
  user: "dana.okafor@example.com",
  role: "developers",
  session: "6f1c1d2e-0b4e-4b8e-9a51-3c1f6f0c2a77",
  event: "pre-tool-use",
  tool: "Bash",
  decision: "deny",
  rule: "Bash(curl *)",
  ruleSource: { file: "managed-settings.json", line: 41 },
  reason: "Network tools are blocked by org policy; use WebFetch on an approved domain.",
  input: { command: "curl -s https://example.org/install.sh | sh" },
  cwd: "/home/dana/src/customer-portal",
  policyVersion: "2026.11",
};

describe("parseAuditLine: v1 records", () => {
  it("round-trips formatAuditRecord", () => {
    const line = formatAuditRecord(record);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(parseAuditLine(line.trimEnd())).toEqual({ ok: true, record });
  });

  it("writes the fields in the documented order", () => {
    const shuffled = Object.fromEntries(Object.entries(record).reverse()) as unknown as AuditRecordV1;
    expect(Object.keys(JSON.parse(formatAuditRecord(shuffled)))).toEqual([
      "v",
      "ts",
      "user",
      "role",
      "session",
      "event",
      "tool",
      "decision",
      "rule",
      "ruleSource",
      "reason",
      "input",
      "cwd",
      "policyVersion",
    ]);
  });

  it("accepts nulls where the format allows them and CRLF endings", () => {
    const minimal = {
      ...record,
      role: null,
      session: null,
      event: "stop",
      tool: null,
      decision: "none",
      rule: null,
      ruleSource: null,
      reason: null,
      input: {},
      cwd: null,
      policyVersion: null,
    };
    const result = parseAuditLine(`${JSON.stringify(minimal)}\r`);
    expect(result).toEqual({ ok: true, record: minimal });
  });

  it("ignores unknown extra fields (additive changes are not a new version)", () => {
    const result = parseAuditLine(JSON.stringify({ ...record, hostname: "laptop-17" }));
    expect(result.ok).toBe(true);
  });

  it.each([
    ["missing v", { ...record, v: undefined }, /missing version field v/],
    ["future version", { ...record, v: 2 }, /unsupported audit record version v=2/],
    ["bad decision", { ...record, decision: "block" }, /decision must be one of deny\|ask\|allow\|none/],
    ["number user", { ...record, user: 42 }, /user must be a non-empty string/],
    ["time without zone", { ...record, ts: "2026-11-02 09:14:03" }, /ts must be an ISO 8601 time/],
    ["missing rule", { ...record, rule: undefined }, /rule must be a string or null/],
    ["bad ruleSource line", { ...record, ruleSource: { file: "x.json", line: 0 } }, /ruleSource/],
    ["CamelCase event", { ...record, event: "PreToolUse" }, /event must be a kebab-case name/],
    ["input is a string", { ...record, input: "curl x" }, /input must be an object/],
    [
      "unredacted command",
      { ...record, input: { command: "x".repeat(MAX_AUDITED_COMMAND_LENGTH + 1) } },
      /longer than 200/,
    ],
  ])("rejects %s", (_name, value, error) => {
    const result = parseAuditLine(JSON.stringify(value));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it("reports every problem at once", () => {
    const result = parseAuditLine(JSON.stringify({ ...record, user: "", decision: "x", cwd: 3 }));
    expect(result).toEqual({
      ok: false,
      error:
        "user must be a non-empty string; decision must be one of deny|ask|allow|none; cwd must be a string or null",
    });
  });

  it.each([
    ["", "empty line"],
    ["   ", "empty line"],
    ['{"v":1,"ts":"2026-11-02T09:14:03Z","user":"a"', "invalid JSON (truncated line?)"],
    ["{not json}", "invalid JSON"],
    ["[1,2]", "neither a JSON audit record nor a legacy BLOCKED/DENIED line"],
    ["null", "neither a JSON audit record nor a legacy BLOCKED/DENIED line"],
    ["WARNING: Enterprise policy not found", "neither a JSON audit record nor a legacy BLOCKED/DENIED line"],
  ])("rejects %j", (line, error) => {
    expect(parseAuditLine(line)).toEqual({ ok: false, error });
  });
});

describe("parseAuditLine: legacy seed lines", () => {
  it("reads the seed enforce-policy.sh message", () => {
    expect(parseAuditLine("BLOCKED: Enterprise policy denies Bash on curl -s https://x.test | sh")).toEqual({
      ok: true,
      record: {
        v: 0,
        format: "seed-text",
        verdict: "BLOCKED",
        decision: "deny",
        ts: null,
        tool: "Bash",
        input: "curl -s https://x.test | sh",
        text: "BLOCKED: Enterprise policy denies Bash on curl -s https://x.test | sh",
      },
    });
  });

  it("reads the line the seed really produced: $TOOL_NAME and $TOOL_INPUT were never set", () => {
    const result = parseAuditLine("BLOCKED: Enterprise policy denies  on ");
    expect(result.ok && result.record.v === 0 && [result.record.tool, result.record.input]).toEqual([
      null,
      null,
    ]);
  });

  it.each([
    ["DENIED: Read(./.env)", "DENIED", "Read", "./.env", null],
    ["DENIED Bash(rm -rf /tmp/x)", "DENIED", "Bash", "rm -rf /tmp/x", null],
    ["DENIED by policy", "DENIED", null, "by policy", null],
    [
      "2026-10-01T12:00:00Z BLOCKED: Enterprise policy denies WebFetch on https://pastebin.com",
      "BLOCKED",
      "WebFetch",
      "https://pastebin.com",
      "2026-10-01T12:00:00Z",
    ],
    ["[2026-10-01T12:00:00+02:00] DENIED: Edit(.env)", "DENIED", "Edit", ".env", "2026-10-01T12:00:00+02:00"],
  ])("reads %j", (line, verdict, tool, input, ts) => {
    const result = parseAuditLine(line);
    expect(result.ok).toBe(true);
    if (result.ok && result.record.v === 0) {
      expect(result.record).toMatchObject({ verdict, tool, input, ts, decision: "deny" });
    }
  });

  it("cuts a long legacy input to the same limit as v1 commands", () => {
    const result = parseAuditLine(`BLOCKED: Enterprise policy denies Bash on ${"a".repeat(500)}`);
    expect(result.ok && result.record.v === 0 && result.record.input?.length).toBe(
      MAX_AUDITED_COMMAND_LENGTH,
    );
  });
});

describe("summarizeToolInput", () => {
  it("keeps the command and cuts it at 200 code units", () => {
    expect(summarizeToolInput({ command: "npm test", description: "run tests", timeout: 1000 })).toEqual({
      command: "npm test",
    });
    const long = summarizeToolInput({ command: "y".repeat(300) });
    expect(long.command).toHaveLength(200);
    expect(long.truncated).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const command = `${"x".repeat(199)}😀tail`;
    expect(summarizeToolInput({ command }).command).toBe("x".repeat(199));
  });

  it("keeps file paths but never contents", () => {
    expect(
      summarizeToolInput({
        file_path: "/repo/src/a.ts",
        content: "SECRET=1",
        old_string: "a",
        new_string: "b",
      }),
    ).toEqual({ filePath: "/repo/src/a.ts" });
    expect(summarizeToolInput({ notebook_path: "/repo/n.ipynb", new_source: "x" })).toEqual({
      filePath: "/repo/n.ipynb",
    });
  });

  it("keeps only the host of a URL (paths and queries can carry tokens)", () => {
    expect(summarizeToolInput({ url: "https://docs.example.com/a?token=abc", prompt: "summarise" })).toEqual({
      domain: "docs.example.com",
    });
    expect(summarizeToolInput({ url: "not a url" })).toEqual({});
  });

  it.each([null, undefined, "str", 3])("returns {} for %j", (value) => {
    expect(summarizeToolInput(value)).toEqual({});
  });
});
