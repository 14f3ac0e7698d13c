/**
 * Claude Code's hook protocol (docs/reference/claude-code.md §4), as pure
 * functions: parse what a hook receives on stdin, and render exactly what it
 * answers on stdout. No I/O here.
 *
 * PreToolUse answers (exit code always 0):
 * - deny / ask: `{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":"..."}}`
 * - no opinion: no output at all, so Claude Code's own rules and mode apply.
 * - allow: only when the org opts in; a hook `allow` skips Claude Code's prompt
 *   (its deny and ask rules still apply after it, §4).
 */

/** The fields every hook event carries (§4 stdin). Unknown fields are kept in `raw`. */
export interface HookInput {
  readonly session_id?: string;
  readonly transcript_path?: string;
  readonly cwd?: string;
  readonly permission_mode?: string;
  readonly hook_event_name?: string;
  readonly tool_name?: string;
  readonly tool_input?: unknown;
  readonly tool_use_id?: string;
  readonly prompt?: string;
  readonly reason?: string;
  readonly stop_hook_active?: boolean;
}

export type ParsedHookInput =
  | { readonly ok: true; readonly input: HookInput }
  | { readonly ok: false; readonly error: string };

/** Longest stdin a hook reads; more is answered as "too large" (see docs/hooks.md). */
export const MAX_STDIN_BYTES = 32 * 1024 * 1024;

const optionalString = (o: Record<string, unknown>, key: string): string | undefined =>
  typeof o[key] === "string" ? (o[key] as string) : undefined;

/**
 * Parses a hook's stdin. Never throws: empty input, invalid JSON, a non-object
 * and wrongly typed known fields are errors with a short reason.
 */
export function parseHookInput(text: string): ParsedHookInput {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: "standard input is empty" };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { ok: false, error: "standard input is not valid JSON" };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return { ok: false, error: "standard input is not a JSON object" };
  const o = value as Record<string, unknown>;
  for (const key of ["session_id", "transcript_path", "cwd", "hook_event_name", "tool_name", "prompt"]) {
    if (key in o && o[key] !== null && typeof o[key] !== "string")
      return { ok: false, error: `"${key}" is not a string` };
  }
  const input: Record<string, unknown> = {};
  for (const key of [
    "session_id",
    "transcript_path",
    "cwd",
    "permission_mode",
    "hook_event_name",
    "tool_name",
    "tool_use_id",
    "prompt",
    "reason",
  ]) {
    const v = optionalString(o, key);
    if (v !== undefined) input[key] = v;
  }
  if ("tool_input" in o) input.tool_input = o.tool_input;
  if (typeof o.stop_hook_active === "boolean") input.stop_hook_active = o.stop_hook_active;
  return { ok: true, input: input as HookInput };
}

/** What a PreToolUse hook can answer. `none` = print nothing (no opinion). */
export type PreToolUseAnswer = "deny" | "ask" | "allow" | "none";

/** Claude Code caps hook output at 10,000 characters (§4); reasons stay well under it. */
export const MAX_REASON_LENGTH = 2000;

function capReason(reason: string): string {
  if (reason.length <= MAX_REASON_LENGTH) return reason;
  return `${reason.slice(0, MAX_REASON_LENGTH - 1)}…`;
}

/**
 * The exact stdout of a PreToolUse hook for an answer: a JSON line for
 * deny/ask/allow, the empty string for `none`.
 */
export function renderPreToolUse(answer: PreToolUseAnswer, reason: string): string {
  if (answer === "none") return "";
  return `${JSON.stringify({
    hookSpecificOutput: {
      hookEventName: "PreToolUse",
      permissionDecision: answer,
      permissionDecisionReason: capReason(reason),
    },
  })}\n`;
}

/** UserPromptSubmit: block the prompt (it is erased; the reason is shown to the user). */
export function renderPromptBlock(reason: string): string {
  return `${JSON.stringify({ decision: "block", reason: capReason(reason) })}\n`;
}

/** Any event: a warning shown to the user, nothing else changed (universal `systemMessage`). */
export function renderSystemMessage(message: string): string {
  return `${JSON.stringify({ systemMessage: capReason(message) })}\n`;
}
