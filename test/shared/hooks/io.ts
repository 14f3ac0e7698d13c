// A CliIo for hook tests: stdin from a string, stdout/stderr captured, fixed clock and env.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../../shared/cli/command.js";
import { RecordingLogger } from "../../../shared/logging.js";
import { REPO_ROOT } from "../../harness/run-action.js";

/** A copy of examples/policy-repo (policy files only), so line numbers in expected outputs stay put. */
export const POLICY = join(REPO_ROOT, "test/shared/hooks/fixtures/policy");
export const MANAGED = join(POLICY, "managed-settings.json");
export const ROLES = join(POLICY, "role-mappings.json");

export interface TestIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  readonly logger: RecordingLogger;
}

export function tempDir(prefix = "steward-hook-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function testIo(
  stdin: string,
  env: Record<string, string | undefined> = {},
  now = new Date("2026-11-02T09:14:03.120Z"),
): TestIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    readStdin: async () => stdin,
    cwd: REPO_ROOT,
    env: { HOME: tempDir("steward-home-"), USER: "dana", ...env },
    now: () => now,
    logger: new RecordingLogger(),
  };
}

/** A PreToolUse stdin as Claude Code sends it. */
export function preToolUseInput(tool: string, toolInput: unknown, cwd = "/home/dana/src/portal"): string {
  return JSON.stringify({
    session_id: "6f1c1d2e-0b4e-4b8e-9a51-3c1f6f0c2a77",
    transcript_path:
      "/home/dana/.claude/projects/-home-dana-src-portal/6f1c1d2e-0b4e-4b8e-9a51-3c1f6f0c2a77.jsonl",
    cwd,
    permission_mode: "default",
    hook_event_name: "PreToolUse",
    tool_name: tool,
    tool_input: toolInput,
    tool_use_id: "toolu_01ABC",
  });
}
