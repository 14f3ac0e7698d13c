// steward hook stop / session-end / user-prompt-submit: incremental transcript reading,
// de-duplication, quota arithmetic and the protocol outputs.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAuditLine } from "../../../shared/audit/audit-record.js";
import hookSessionEnd from "../../../shared/cli/commands/hook-session-end.js";
import hookStop from "../../../shared/cli/commands/hook-stop.js";
import hookPrompt from "../../../shared/cli/commands/hook-user-prompt-submit.js";
import { quotaStatus, sumUsage } from "../../../shared/hooks/quota.js";
import { readNewLines, usageFromLines } from "../../../shared/hooks/usage-capture.js";
import { readUsageFiles } from "../../../shared/usage/readers.js";
import { MalformedTally } from "../../../shared/usage/record.js";
import { POLICY, tempDir, testIo } from "./io.js";

const NOW = new Date("2026-11-02T09:14:03.120Z");
const SESSION = "6f1c1d2e-0b4e-4b8e-9a51-3c1f6f0c2a77";

/** One assistant line per content block, same usage (claude-code.md §5). */
function response(n: number, opts: { model?: string; blocks?: number; output?: number; tool?: string } = {}) {
  const blocks = opts.blocks ?? 2;
  const lines: string[] = [];
  for (let b = 0; b < blocks; b++) {
    lines.push(
      JSON.stringify({
        parentUuid: null,
        isSidechain: false,
        type: "assistant",
        sessionId: SESSION,
        uuid: `u-${n}-${b}`,
        timestamp: `2026-11-02T08:0${n % 10}:00.000Z`,
        requestId: `req_${n}`,
        message: {
          id: `msg_${n}`,
          model: opts.model ?? "claude-sonnet-5",
          role: "assistant",
          content:
            b === blocks - 1 && opts.tool
              ? [{ type: "tool_use", id: `toolu_${n}`, name: opts.tool, input: {} }]
              : [{ type: "text", text: "..." }],
          usage: {
            input_tokens: 100,
            output_tokens: opts.output ?? 50,
            cache_creation_input_tokens: 1000,
            cache_read_input_tokens: 5000,
            cache_creation: { ephemeral_5m_input_tokens: 600, ephemeral_1h_input_tokens: 400 },
            service_tier: "standard",
          },
        },
      }),
    );
  }
  return lines;
}

const userLine = JSON.stringify({
  type: "user",
  sessionId: SESSION,
  message: { role: "user", content: "hi" },
});

describe("usageFromLines (pure)", () => {
  it("keeps one record per request, the copy with the most tokens, the first tool named", () => {
    const lines = [
      userLine,
      ...response(1, { tool: "Bash" }),
      ...response(2, { model: "claude-haiku-4-5-20251001" }),
    ];
    lines.push(...response(1, { output: 80, blocks: 1 })); // a later copy of request 1 with more output
    lines.push(
      JSON.stringify({ type: "assistant", message: { model: "<synthetic>", usage: { input_tokens: 1 } } }),
    );
    lines.push("{torn");
    const out = usageFromLines(lines, "dana", SESSION, new Set());
    expect(out.records).toEqual([
      {
        v: 1,
        ts: "2026-11-02T08:01:00.000Z",
        user: "dana",
        session: SESSION,
        model: "claude-sonnet-5",
        input: 100,
        output: 80,
        cacheWrite5m: 600,
        cacheWrite1h: 400,
        cacheRead: 5000,
        tool: "Bash",
        source: "steward-hook",
        requestId: "msg_1:req_1",
      },
      expect.objectContaining({
        model: "claude-haiku-4-5-20251001",
        output: 50,
        tool: null,
        requestId: "msg_2:req_2",
      }),
    ]);
    expect(out.duplicates).toBe(3);
    expect(out.malformed).toBe(1);
    expect(out.keys).toEqual(["msg_1:req_1", "msg_2:req_2"]);
  });

  it("drops requests already written by an earlier run", () => {
    const out = usageFromLines(response(1), "dana", SESSION, new Set(["msg_1:req_1"]));
    expect(out.records).toEqual([]);
  });
});

describe("readNewLines", () => {
  it("reads complete lines from an offset, leaves a partial line, restarts on a shorter file", () => {
    const file = join(tempDir(), "t.jsonl");
    writeFileSync(file, 'a\nb\n{"partial');
    const first = readNewLines(file, 0);
    expect(first).toEqual({ lines: ["a", "b"], offset: 4, restarted: false });
    appendFileSync(file, '":1}\nc\n');
    expect(readNewLines(file, first.offset)).toEqual({
      lines: ['{"partial":1}', "c"],
      offset: 20,
      restarted: false,
    });
    writeFileSync(file, "z\n");
    expect(readNewLines(file, 20)).toEqual({ lines: ["z"], offset: 2, restarted: true });
  });
});

describe("quota arithmetic", () => {
  const line = (ts: string, user = "dana") =>
    JSON.stringify({
      v: 1,
      ts,
      user,
      input: 10,
      output: 20,
      cacheWrite5m: 30,
      cacheWrite1h: 40,
      cacheRead: 1000,
    });
  it("sums counted tokens by UTC day and month, for one user", () => {
    const lines = [
      line("2026-11-02T00:00:00.000Z"),
      line("2026-11-01T23:59:59.999Z"),
      line("2026-10-31T12:00:00.000Z"),
      line("2026-11-02T05:00:00.000Z", "someone-else"),
      "not json",
    ];
    expect(sumUsage(lines, "dana", ["input", "output", "cacheWrite5m", "cacheWrite1h"], NOW)).toEqual({
      daily: 100,
      monthly: 200,
    });
    expect(sumUsage(lines, "dana", ["cacheRead"], NOW)).toEqual({ daily: 1000, monthly: 2000 });
  });
  it("is exhausted at the limit, daily before monthly", () => {
    expect(quotaStatus({ daily: 99, monthly: 99 }, { daily: 100, monthly: 1000 }).exhausted).toBeNull();
    expect(quotaStatus({ daily: 100, monthly: 100 }, { daily: 100, monthly: 100 }).exhausted).toBe("daily");
    expect(quotaStatus({ daily: 1, monthly: 100 }, { daily: 100, monthly: 100 }).exhausted).toBe("monthly");
    expect(quotaStatus({ daily: 1e9, monthly: 1e9 }, {}).exhausted).toBeNull();
  });
});

function setup() {
  const logDir = tempDir();
  const projects = join(tempDir(), "projects", "-home-dana-src-portal");
  mkdirSync(projects, { recursive: true });
  const transcript = join(projects, `${SESSION}.jsonl`);
  const env = { STEWARD_LOG_DIR: logDir, STEWARD_ROLE: "contractors" };
  const stdin = JSON.stringify({
    session_id: SESSION,
    transcript_path: transcript,
    cwd: "/home/dana/src/portal",
    hook_event_name: "Stop",
    stop_hook_active: false,
  });
  const usageFile = join(logDir, "usage", "2026-11-02.jsonl");
  const usageLines = () => readFileSync(usageFile, "utf8").split("\n").filter(Boolean);
  return { logDir, transcript, env, stdin, usageFile, usageLines };
}

describe("steward hook stop / session-end", () => {
  it("appends only what is new on each run, in the format shared/usage reads", async () => {
    const s = setup();
    writeFileSync(s.transcript, `${[userLine, ...response(1, { tool: "Read" })].join("\n")}\n`);
    const io1 = testIo(s.stdin, s.env, NOW);
    expect(await hookStop.run(["--policy", POLICY], io1)).toBe(0);
    expect(io1.out.join("")).toBe("");
    expect(s.usageLines()).toHaveLength(1);
    // the same response's blocks can straddle two runs; a new response arrives; a line is half written
    appendFileSync(
      s.transcript,
      `${response(1, { blocks: 1 })[0]}\n${response(2).join("\n")}\n{"type":"assist`,
    );
    await hookStop.run(["--policy", POLICY], testIo(s.stdin, s.env, NOW));
    await hookSessionEnd.run(["--policy", POLICY], testIo(s.stdin, s.env, NOW));
    expect(s.usageLines().map((l) => JSON.parse(l).requestId)).toEqual(["msg_1:req_1", "msg_2:req_2"]);
    const tally = new MalformedTally();
    const records = [];
    for await (const r of readUsageFiles([{ path: s.usageFile, spec: s.usageFile, relative: "" }], {
      malformed: tally,
    }))
      records.push(r);
    expect(tally.total).toBe(0);
    expect(
      records.map((r) => [r.source, r.model, r.input, r.cacheWrite5m, r.cacheWrite1h, r.cacheRead]),
    ).toEqual([
      ["steward-hook", "claude-sonnet-5", 100, 600, 400, 5000],
      ["steward-hook", "claude-sonnet-5", 100, 600, 400, 5000],
    ]);
  });

  it("reads sub-agent transcripts next to the session", async () => {
    const s = setup();
    writeFileSync(s.transcript, `${response(1).join("\n")}\n`);
    const sub = join(s.transcript.replace(/\.jsonl$/, ""), "subagents");
    mkdirSync(sub, { recursive: true });
    writeFileSync(
      join(sub, "agent-1.jsonl"),
      `${response(7, { model: "claude-haiku-4-5-20251001" }).join("\n")}\n`,
    );
    await hookStop.run(["--policy", POLICY], testIo(s.stdin, s.env, NOW));
    expect(s.usageLines().map((l) => JSON.parse(l).model)).toEqual([
      "claude-sonnet-5",
      "claude-haiku-4-5-20251001",
    ]);
  });

  it("warns with a systemMessage when the daily quota is used up (contractors: 100,000)", async () => {
    const s = setup();
    const many = Array.from({ length: 87 }, (_, i) => response(100 + i, { blocks: 1 })).flat(); // 87 x 1,150 counted
    writeFileSync(s.transcript, `${many.join("\n")}\n`);
    const io = testIo(s.stdin, s.env, NOW);
    expect(await hookStop.run(["--policy", POLICY], io)).toBe(0);
    expect(io.out.join("")).toBe(
      '{"systemMessage":"Your daily Claude Code token quota for role contractors is used up: 100,050 of 100,000 tokens. It resets at 00:00 UTC. For more, contact Security Team <security@acme.example>."}\n',
    );
    // user-prompt-submit: warns without the opt-in, blocks with it, and audits the block
    const warn = testIo("{}", s.env, NOW);
    await hookPrompt.run(["--policy", POLICY], warn);
    expect(warn.out.join("")).toMatch(/^\{"systemMessage":"Your daily/);
    const block = testIo(
      JSON.stringify({ session_id: SESSION, prompt: "more", hook_event_name: "UserPromptSubmit" }),
      s.env,
      NOW,
    );
    expect(await hookPrompt.run(["--policy", POLICY, "--block-on-quota"], block)).toBe(0);
    expect(block.out.join("")).toBe(
      '{"decision":"block","reason":"Your daily Claude Code token quota for role contractors is used up: 100,050 of 100,000 tokens. New prompts are blocked until it resets at 00:00 UTC. For more, contact Security Team <security@acme.example>."}\n',
    );
    const audit = readFileSync(join(s.logDir, "audit", "2026-11-02.jsonl"), "utf8").trim();
    const parsed = parseAuditLine(audit);
    expect(parsed.ok && parsed.record).toMatchObject({
      event: "user-prompt-submit",
      decision: "deny",
      rule: "roleMappings.contractors.quotas.daily",
    });
    // a role with a larger quota is not blocked
    const dev = testIo("{}", { ...s.env, STEWARD_ROLE: "developers" }, NOW);
    await hookPrompt.run(["--policy", POLICY, "--block-on-quota"], dev);
    expect(dev.out.join("")).toBe("");
  });

  it("never fails: bad stdin, a missing transcript, a missing policy all exit 0", async () => {
    const s = setup();
    for (const stdin of [
      "",
      "nope",
      JSON.stringify({ session_id: SESSION, transcript_path: "/nonexistent.jsonl" }),
    ]) {
      const io = testIo(stdin, s.env, NOW);
      expect(await hookStop.run(["--policy", POLICY], io)).toBe(0);
      expect(io.out.join("")).toBe("");
    }
    const io = testIo(s.stdin, s.env, NOW);
    expect(await hookStop.run(["--policy", "/nonexistent", "--bogus"], io)).toBe(0);
    expect(io.logger.messages.some((m) => m.level === "warning")).toBe(true);
    const prompt = testIo("{}", s.env, NOW);
    expect(await hookPrompt.run(["--policy", "/nonexistent"], prompt)).toBe(0);
    expect(prompt.out.join("")).toBe("");
  });

  it("prunes day files older than governance retentionDays (90) once a day", async () => {
    const s = setup();
    mkdirSync(join(s.logDir, "audit"), { recursive: true });
    mkdirSync(join(s.logDir, "usage"), { recursive: true });
    for (const day of ["2026-08-03", "2026-08-04", "2026-11-01"]) {
      writeFileSync(join(s.logDir, "audit", `${day}.jsonl`), "");
      writeFileSync(join(s.logDir, "usage", `${day}.jsonl`), "");
    }
    writeFileSync(join(s.logDir, "audit", "notes.txt"), "keep");
    writeFileSync(s.transcript, "");
    await hookStop.run(["--policy", POLICY], testIo(s.stdin, s.env, NOW));
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(join(s.logDir, "audit")).sort()).toEqual([
      "2026-08-04.jsonl",
      "2026-11-01.jsonl",
      "notes.txt",
    ]);
    expect(readdirSync(join(s.logDir, "usage")).sort()).toEqual(["2026-08-04.jsonl", "2026-11-01.jsonl"]);
  });
});
