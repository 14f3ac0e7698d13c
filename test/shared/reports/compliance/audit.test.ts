import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isConfigurationError } from "../../../../shared/errors.js";
import {
  readAuditFiles,
  readAuditLogs,
  summarizeAudit,
} from "../../../../shared/reports/compliance/index.js";
import { REPO_ROOT } from "../../../harness/run-action.js";
import { auditLine, exampleAudit, PERIOD } from "./evidence.js";

describe("summarizeAudit", () => {
  it("counts v1 records, legacy lines and malformed lines; splits org and role denials", () => {
    const text = [
      auditLine({
        ts: "2026-10-02T10:00:00Z",
        user: "Dana@Acme.example",
        decision: "deny",
        rule: "Bash(curl *)",
      }),
      auditLine({
        ts: "2026-10-02T11:00:00Z",
        user: "liam@acme.example",
        role: "contractors",
        tool: "Edit",
        decision: "deny",
        rule: "Edit",
        ruleFile: "/etc/claude-code/steward/role-mappings.json",
      }),
      auditLine({
        ts: "2026-10-03T09:00:00Z",
        user: "dana@acme.example",
        decision: "allow",
        rule: "Bash(npm test)",
      }),
      auditLine({ ts: "2026-11-01T00:00:00Z", user: "dana@acme.example" }),
      "BLOCKED: Enterprise policy denies  on ",
      "2026-10-05T08:00:00Z DENIED: WebFetch(docs.github.com)",
      "2026-09-05T08:00:00Z DENIED: WebFetch(docs.github.com)",
      '{"v":1,"ts":"2026-10-0',
      "",
    ].join("\n");
    const a = summarizeAudit([{ path: "logs/2026-10-02.jsonl", text }], PERIOD);
    expect(a).toMatchObject({
      files: 1,
      lines: 8,
      v1Records: 4,
      legacyLines: 3,
      malformed: 1,
      recordsInPeriod: 3,
      recordsOutsidePeriod: 1,
      legacyUndated: 1,
      decisions: { deny: 2, ask: 0, allow: 1, none: 0 },
      users: ["dana@acme.example", "liam@acme.example"],
      userDays: { "dana@acme.example": ["2026-10-02", "2026-10-03"], "liam@acme.example": ["2026-10-02"] },
    });
    expect(a.malformedSamples[0]).toMatchObject({ file: "logs/2026-10-02.jsonl", line: 8 });
    expect(a.violations.total).toBe(4);
    expect(a.violations.legacy).toBe(2);
    expect(a.violations.byRule).toMatchObject({ "Bash(curl *)": 1, Edit: 1 });
    expect(a.violations.byDay).toEqual({ "(undated)": 1, "2026-10-02": 2, "2026-10-05": 1 });
    expect(a.accessDenials).toEqual({
      total: 1,
      byRule: { Edit: 1 },
      byUser: { "liam@acme.example": 1 },
      byTool: { Edit: 1 },
      byDay: { "2026-10-02": 1 },
    });
    expect(a.oldest).toEqual({ day: "2026-09-05", file: "logs/2026-10-02.jsonl" });
    expect(a.newest?.day).toBe("2026-11-01");
  });

  it("reads the example logs: the generator's denials, the truncated and wrong-typed lines", () => {
    const a = exampleAudit();
    expect(a.files).toBe(6);
    expect(a.malformed).toBe(2);
    expect(a.malformedSamples.map((s) => `${s.file}:${s.line}`)).toEqual([
      "examples/usage/audit/2026-10-01.jsonl:6",
      "examples/usage/audit/2026-10-01.jsonl:10",
    ]);
    expect(a.users).toHaveLength(6);
    expect(a.accessDenials.byUser).toEqual({ "liam.berg@acme.example": 34 });
    expect(a.violations.legacy).toBe(12);
  });

  it("has no oldest day when nothing is dated", () => {
    const a = summarizeAudit([{ path: "x.log", text: "BLOCKED: Enterprise policy denies  on \n" }], PERIOD);
    expect(a.oldest).toBeNull();
    expect(a.recordsInPeriod).toBe(0);
  });
});

describe("readAuditFiles", () => {
  it("reads directories recursively (audit extensions only) and single files, relative to cwd", async () => {
    const root = mkdtempSync(join(tmpdir(), "steward-audit-"));
    mkdirSync(join(root, "logs/laptop-1"), { recursive: true });
    writeFileSync(join(root, "logs/laptop-1/2026-10-01.jsonl"), "a\n");
    writeFileSync(join(root, "logs/notes.txt"), "ignored");
    writeFileSync(join(root, "one.log"), "b\n");
    const files = await readAuditFiles(["logs", "one.log"], root);
    expect(files.map((f) => f.path)).toEqual(["logs/laptop-1/2026-10-01.jsonl", "one.log"]);
  });
  it("a missing path is a ConfigurationError", async () => {
    const error = await readAuditFiles(["nope"], tmpdir()).catch((e) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect(error.message).toMatch(/Audit log path not found: nope/);
  });
});

describe("readAuditLogs (streaming)", () => {
  it("gives the same statistics as reading the example logs whole", async () => {
    const streamed = await readAuditLogs(
      ["examples/usage/audit", "examples/usage/audit-legacy"],
      REPO_ROOT,
      PERIOD,
    );
    expect(streamed).toEqual(exampleAudit());
  });
  it("reads gzip-compressed logs and reports an over-long line as malformed", async () => {
    const root = mkdtempSync(join(tmpdir(), "steward-audit-gz-"));
    const line = auditLine({ ts: "2026-10-04T10:00:00Z", user: "a@x", decision: "deny", rule: "WebFetch" });
    writeFileSync(join(root, "2026-10-04.jsonl.gz"), gzipSync(`${line}\n${line}\n`));
    writeFileSync(join(root, "2026-10-05.jsonl"), `${"x".repeat(1_100_000)}\n${line}\n`);
    const a = await readAuditLogs(["."], root, PERIOD);
    expect(a).toMatchObject({ files: 2, v1Records: 3, malformed: 1 });
    expect(a.malformedSamples[0]).toMatchObject({
      file: "2026-10-05.jsonl",
      line: 1,
      error: "line longer than 1 MB",
    });
    expect(a.violations.byRule).toEqual({ WebFetch: 3 });
  });
});
