import { describe, expect, it } from "vitest";
import {
  MAX_REASON_LENGTH,
  parseHookInput,
  renderPreToolUse,
  renderPromptBlock,
  renderSystemMessage,
} from "../../../shared/hooks/protocol.js";

describe("parseHookInput", () => {
  it("keeps the known fields of a real PreToolUse input", () => {
    const r = parseHookInput(
      '{"session_id":"s","transcript_path":"/t.jsonl","cwd":"/r","permission_mode":"default","hook_event_name":"PreToolUse","tool_name":"Bash","tool_input":{"command":"ls"},"tool_use_id":"toolu_1","effort":{"level":"high"}}',
    );
    expect(r).toEqual({
      ok: true,
      input: {
        session_id: "s",
        transcript_path: "/t.jsonl",
        cwd: "/r",
        permission_mode: "default",
        hook_event_name: "PreToolUse",
        tool_name: "Bash",
        tool_input: { command: "ls" },
        tool_use_id: "toolu_1",
      },
    });
  });
  it.each([
    ["", "standard input is empty"],
    ["  \n", "standard input is empty"],
    ["{", "standard input is not valid JSON"],
    ["null", "standard input is not a JSON object"],
    ['"Bash"', "standard input is not a JSON object"],
    ['{"tool_name":["Bash"]}', '"tool_name" is not a string'],
    ['{"cwd":1}', '"cwd" is not a string'],
  ])("rejects %j: %s", (text, error) => {
    expect(parseHookInput(text)).toEqual({ ok: false, error });
  });
});

describe("rendering", () => {
  it("renders deny, ask and allow as one JSON line, none as nothing", () => {
    expect(renderPreToolUse("deny", 'no "curl"')).toBe(
      '{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":"no \\"curl\\""}}\n',
    );
    expect(renderPreToolUse("ask", "r")).toBe(
      '{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"ask","permissionDecisionReason":"r"}}\n',
    );
    expect(renderPreToolUse("allow", "r")).toContain('"permissionDecision":"allow"');
    expect(renderPreToolUse("none", "ignored")).toBe("");
  });
  it("caps reasons well under Claude Code's 10,000-character output limit", () => {
    const out = renderPreToolUse("deny", "x".repeat(50_000));
    expect(JSON.parse(out).hookSpecificOutput.permissionDecisionReason).toHaveLength(MAX_REASON_LENGTH);
    expect(out.length).toBeLessThan(10_000);
  });
  it("renders a prompt block and a system message", () => {
    expect(renderPromptBlock("quota")).toBe('{"decision":"block","reason":"quota"}\n');
    expect(renderSystemMessage("hi")).toBe('{"systemMessage":"hi"}\n');
  });
});
