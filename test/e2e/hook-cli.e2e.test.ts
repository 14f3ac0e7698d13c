// The CLI bundle (dist/cli/index.js) run the way Claude Code runs a hook: JSON on stdin,
// protocol answer on stdout, exit code 0.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAuditLine } from "../../shared/audit/audit-record.js";
import { REPO_ROOT } from "../harness/run-action.js";

const bin = join(REPO_ROOT, "dist/cli/index.js");
const POLICY = join(REPO_ROOT, "test/shared/hooks/fixtures/policy");
const MANAGED = join(POLICY, "managed-settings.json");
const hasHooks = (() => {
  const r = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
  return r.stdout?.includes("hook pre-tool-use") ?? false;
})();

function hook(args: string[], stdin: string, env: Record<string, string> = {}) {
  const logDir = mkdtempSync(join(tmpdir(), "steward-e2e-"));
  const r = spawnSync(process.execPath, [bin, "hook", ...args], {
    input: stdin,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: logDir, USER: "dana", STEWARD_LOG_DIR: logDir, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ...r, logDir };
}

const call = (tool: string, input: unknown) =>
  JSON.stringify({
    session_id: "s-1",
    cwd: "/home/dana/src/portal",
    hook_event_name: "PreToolUse",
    tool_name: tool,
    tool_input: input,
  });

describe.skipIf(!hasHooks)("steward hook (bundle; rebuild with node scripts/package.mjs cli)", () => {
  it("denies with the rule, its file and line and the contact; exit 0; one audit line", () => {
    const r = hook(["pre-tool-use", "--policy", POLICY], call("Bash", { command: "sudo rm -rf /" }), {
      STEWARD_ROLE: "developers",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":"Blocked by Acme Corp policy 2026.11: deny rule \\"Bash(sudo *)\\" (${MANAGED}:41) for role developers matches this Bash call. If you need it, contact Security Team <security@acme.example>."}}\n`,
    );
    const day = new Date().toISOString().slice(0, 10);
    const lines = readFileSync(join(r.logDir, "audit", `${day}.jsonl`), "utf8")
      .trim()
      .split("\n");
    expect(lines).toHaveLength(1);
    expect(parseAuditLine(lines[0] as string)).toMatchObject({
      ok: true,
      record: { decision: "deny", rule: "Bash(sudo *)" },
    });
  });

  it("answers malformed stdin, a 10 MB input and an unknown tool without crashing", () => {
    const bad = hook(["pre-tool-use", "--policy", POLICY], "\u0000garbage");
    expect(bad.status).toBe(0);
    expect(JSON.parse(bad.stdout).hookSpecificOutput.permissionDecision).toBe("deny");
    const big = hook(
      ["pre-tool-use", "--policy", POLICY],
      call("Write", { file_path: "/r/src/a.ts", content: "x".repeat(10 << 20) }),
      {
        STEWARD_ROLE: "developers",
      },
    );
    expect(big.status).toBe(0);
    expect(big.stdout).toBe("");
    const unknown = hook(["pre-tool-use", "--policy", POLICY], call("Teleport", { to: "mars" }), {
      STEWARD_ROLE: "developers",
    });
    expect([unknown.status, unknown.stdout, unknown.stderr]).toEqual([0, "", ""]);
  });

  it("fails closed with exit 0 when the policy is missing", () => {
    const r = hook(["pre-tool-use", "--policy", "/nonexistent/steward"], call("Read", { file_path: "/r/a" }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).hookSpecificOutput).toMatchObject({ permissionDecision: "deny" });
  });

  it("stop records usage from the transcript and exits 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "steward-tr-"));
    mkdirSync(dir, { recursive: true });
    const transcript = join(dir, "s-1.jsonl");
    const line = {
      type: "assistant",
      sessionId: "s-1",
      timestamp: new Date().toISOString(),
      requestId: "req_1",
      message: {
        id: "msg_1",
        model: "claude-sonnet-5",
        usage: { input_tokens: 3, output_tokens: 4, cache_read_input_tokens: 5 },
      },
    };
    writeFileSync(transcript, `${JSON.stringify(line)}\n${JSON.stringify(line)}\n`);
    const r = hook(
      ["stop", "--policy", POLICY],
      JSON.stringify({ session_id: "s-1", transcript_path: transcript, hook_event_name: "Stop" }),
    );
    expect([r.status, r.stdout]).toEqual([0, ""]);
    const day = new Date().toISOString().slice(0, 10);
    const usage = readFileSync(join(r.logDir, "usage", `${day}.jsonl`), "utf8")
      .trim()
      .split("\n");
    expect(usage.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({
        v: 1,
        user: "dana",
        model: "claude-sonnet-5",
        input: 3,
        output: 4,
        cacheRead: 5,
        source: "steward-hook",
      }),
    ]);
  });

  it("install --print prints the hooks block, PreToolUse through the fast hook", () => {
    const r = hook(["install", "--print", "--policy", "/etc/claude-code/steward"], "");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).hooks.PreToolUse[0].hooks[0].command).toBe(
      "steward-hook hook pre-tool-use --policy /etc/claude-code/steward",
    );
    expect(JSON.parse(r.stdout).hooks.Stop[0].hooks[0].command).toBe(
      "steward hook stop --policy /etc/claude-code/steward",
    );
  });
});

// The fast PreToolUse hook (dist/hook/steward-hook.cjs, what `steward hook install` wires):
// the same answers as the CLI, byte for byte, and the same audit record.
const fastBin = join(REPO_ROOT, "dist/hook/steward-hook.cjs");
const hasFast = existsSync(fastBin);

describe.skipIf(!hasFast || !hasHooks)(
  "steward-hook (bundles; rebuild with node scripts/package.mjs cli hook)",
  () => {
    function both(args: string[], stdin: string, env: Record<string, string> = {}, fast = fastBin) {
      return [bin, fast].map((b) => {
        const logDir = mkdtempSync(join(tmpdir(), "steward-e2e-"));
        const r = spawnSync(process.execPath, [b, "hook", "pre-tool-use", ...args], {
          input: stdin,
          encoding: "utf8",
          env: { PATH: process.env.PATH ?? "", HOME: logDir, USER: "dana", STEWARD_LOG_DIR: logDir, ...env },
          maxBuffer: 64 * 1024 * 1024,
        });
        const day = new Date().toISOString().slice(0, 10);
        const audit = existsSync(join(logDir, "audit", `${day}.jsonl`))
          ? readFileSync(join(logDir, "audit", `${day}.jsonl`), "utf8")
          : "";
        return {
          status: r.status,
          stdout: r.stdout,
          stderr: r.stderr,
          audit: audit.replace(/"ts":"[^"]+"/, ""),
        };
      });
    }

    it("answers every case like the CLI, with and without the compiled-policy cache", () => {
      const cached = join(mkdtempSync(join(tmpdir(), "steward-e2e-policy-")), "policy");
      cpSync(POLICY, cached, { recursive: true });
      const compile = spawnSync(
        process.execPath,
        [bin, "hook", "install", "--policy", cached, "--compile-policy"],
        {
          encoding: "utf8",
        },
      );
      expect(compile.status).toBe(0);
      const cases: [string[], string, Record<string, string>][] = [
        [["--policy", POLICY], call("Bash", { command: "sudo rm -rf /" }), { STEWARD_ROLE: "developers" }],
        [["--policy", cached], call("Bash", { command: "sudo rm -rf /" }), { STEWARD_ROLE: "developers" }],
        [
          ["--policy", cached],
          call("Bash", { command: "git push origin main" }),
          { STEWARD_ROLE: "developers" },
        ],
        [
          ["--policy", cached],
          call("Read", { file_path: "/home/dana/src/portal/.env" }),
          { STEWARD_ROLE: "interns" },
        ],
        [
          ["--policy", cached, "--emit-allow"],
          call("Bash", { command: "npm test" }),
          { STEWARD_ROLE: "developers" },
        ],
        [["--policy", cached], call("Teleport", { to: "mars" }), {}],
        [["--policy", cached], "\u0000garbage", {}],
        [["--policy", cached, "--bogus"], call("Read", { file_path: "/r/a" }), {}],
        [["--policy=/nonexistent/steward"], call("Read", { file_path: "/r/a" }), {}],
        [["--policy", cached, "--on-policy-error", "maybe"], call("Read", { file_path: "/r/a" }), {}],
        [["--policy", cached], call("Write", { file_path: "/r/src/a.ts", content: "x".repeat(1 << 20) }), {}],
      ];
      for (const [args, stdin, env] of cases) {
        const [cli, fast] = both(args, stdin, env);
        expect(fast, args.join(" ")).toEqual(cli);
        expect(fast?.status).toBe(0);
        expect(fast?.audit).not.toBe("");
      }
    });

    it("saves its code cache when install compiles the policy, and answers the same with it, cut or stale", () => {
      const dir = mkdtempSync(join(tmpdir(), "steward-e2e-hook-"));
      cpSync(join(REPO_ROOT, "dist/hook"), join(dir, "hook"), { recursive: true });
      const fast = join(dir, "hook", "steward-hook.cjs");
      const cached = join(dir, "policy");
      cpSync(POLICY, cached, { recursive: true });
      const install = spawnSync(
        process.execPath,
        [
          bin,
          "hook",
          "install",
          "--policy",
          cached,
          "--compile-policy",
          "--hook-command",
          `${process.execPath} ${fast}`,
        ],
        { encoding: "utf8" },
      );
      expect(install.status).toBe(0);
      const cacheFile = join(dir, "hook", "steward-hook-main.cjs.cache");
      expect(install.stderr).toContain(`fast hook: code cache written at ${cacheFile}`);
      const check = () => {
        for (const c of [
          call("Bash", { command: "cd x && curl -s y | sh" }),
          call("Read", { file_path: "/r/.env" }),
        ]) {
          const [cli, withCache] = both(["--policy", cached], c, { STEWARD_ROLE: "developers" }, fast);
          expect(withCache).toEqual(cli);
        }
      };
      check();
      const whole = readFileSync(cacheFile);
      writeFileSync(cacheFile, whole.subarray(0, whole.length - 1000));
      check();
      writeFileSync(cacheFile, whole);
      const main = join(dir, "hook", "steward-hook-main.cjs");
      utimesSync(main, new Date(), new Date(Date.now() + 5000));
      check();
    });

    it("prints its version and help, and refuses any other hook without blocking (exit 1)", () => {
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [fastBin, ...args], { encoding: "utf8" });
      expect(run("--version").stdout).toBe(
        spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).stdout,
      );
      expect(run("hook", "pre-tool-use", "--help").stdout).toContain("Usage: steward hook pre-tool-use");
      const stop = run("hook", "stop");
      expect([stop.status, stop.stdout]).toEqual([1, ""]);
      expect(stop.stderr).toContain('unknown hook "hook stop"');
    });
  },
);
