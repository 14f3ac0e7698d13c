// 8 processes append 1,000 records each to the same day's log with Steward's writer
// (shared/hooks/day-log.ts appendLines + log-line.ts, transpiled as is into a temp
// directory): every one of the 8,000 lines must come back whole and valid.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parseAuditLine } from "../../shared/audit/audit-record.js";
import { REPO_ROOT } from "../harness/run-action.js";

const SOURCES = ["shared/hooks/day-log.ts", "shared/hooks/log-line.ts", "shared/audit/audit-record.ts"];

function transpileWriter(): string {
  const out = join(tmpdir(), `steward-writer-${process.pid}-${Date.now()}`);
  for (const rel of SOURCES) {
    const js = ts.transpileModule(readFileSync(join(REPO_ROOT, rel), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const file = join(out, rel.replace(/\.ts$/, ".js"));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, js);
  }
  writeFileSync(join(out, "package.json"), '{"type":"module"}\n');
  // One writer: 1,000 audit records of varying size (some far over 4 KB before fitting).
  writeFileSync(
    join(out, "writer.js"),
    `import { appendLines, dayFile } from "./shared/hooks/day-log.js";
import { auditLine } from "./shared/hooks/log-line.js";
const [dir, id, count] = process.argv.slice(2);
const file = dayFile(dir, new Date("2026-11-02T12:00:00Z"));
for (let i = 0; i < Number(count); i++) {
  const size = (i * 37) % 9000;
  appendLines(file, [auditLine({
    v: 1, ts: new Date().toISOString(), user: "writer-" + id, role: null, session: id + ":" + i,
    event: "pre-tool-use", tool: "Bash", decision: "none", rule: null, ruleSource: null,
    reason: "r".repeat(size), input: { command: "echo " + i }, cwd: "/w/" + "é".repeat(size % 700), policyVersion: null,
  })]);
}
`,
  );
  return out;
}

function run(script: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? -1));
  });
}

describe("concurrent appends to one day's log", () => {
  it("8 processes x 1,000 records = 8,000 valid lines, none torn or interleaved", async () => {
    const writer = transpileWriter();
    const logDir = join(writer, "audit");
    const codes = await Promise.all(
      Array.from({ length: 8 }, (_, id) => run(join(writer, "writer.js"), [logDir, String(id), "1000"])),
    );
    expect(codes).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const text = readFileSync(join(logDir, "2026-11-02.jsonl"), "utf8");
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.slice(0, -1).split("\n");
    expect(lines).toHaveLength(8000);
    const seen = new Set<string>();
    let maxBytes = 0;
    for (const line of lines) {
      const parsed = parseAuditLine(line);
      expect(parsed.ok, line.slice(0, 120)).toBe(true);
      if (parsed.ok && parsed.record.v === 1) seen.add(parsed.record.session as string);
      maxBytes = Math.max(maxBytes, Buffer.byteLength(line) + 1);
    }
    expect(seen.size).toBe(8000);
    expect(maxBytes).toBeLessThanOrEqual(4000);
  }, 120_000);
});
