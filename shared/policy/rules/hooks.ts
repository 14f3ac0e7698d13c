/**
 * Hooks that cannot work as written (claude-code.md §4): the seed's flat
 * shape, matchers that match too much or nothing, scripts that are missing or
 * not executable, "block" signalled with an exit code other than 2, and
 * variables Claude Code never sets (input arrives as JSON on stdin).
 */
import { CANONICAL_TOOLS, TOOL_ALIASES } from "../../permissions/index.js";
import type { Finding } from "../finding.js";
import { type HookCommand, scriptOfCommand, settingsHooks } from "../hooks-model.js";
import { filesOfKind, type PolicyFile } from "../policy.js";
import { didYouMean, findingAt, type PolicyRule } from "./context.js";

const SETTINGS = ["managed-settings", "claude-settings"] as const;

/** Events whose matcher filters on the tool name. */
const TOOL_EVENTS = new Set([
  "PreToolUse",
  "PostToolUse",
  "PostToolUseFailure",
  "PermissionRequest",
  "PermissionDenied",
]);
/** Events whose matcher filters on a fixed set of values. */
const VALUE_EVENTS: Record<string, readonly string[]> = {
  SessionStart: ["startup", "resume", "clear", "compact", "fork"],
  SessionEnd: ["clear", "resume", "logout", "prompt_input_exit", "other"],
  PreCompact: ["manual", "auto"],
  PostCompact: ["manual", "auto"],
  ConfigChange: ["user_settings", "project_settings", "local_settings", "policy_settings", "skills"],
};

/** Variables Claude Code never sets for hooks; the call arrives as JSON on stdin. */
export const UNSET_HOOK_VARIABLES: Readonly<Record<string, string>> = {
  TOOL_NAME: ".tool_name",
  TOOL_INPUT: ".tool_input",
  TOKEN_COUNT: "the transcript's message.usage (transcript_path on stdin); tool events carry no token counts",
  CLAUDE_MODEL: ".model (SessionStart only)",
};
const UNSET_RE = /\$\{?(TOOL_NAME|TOOL_INPUT|TOKEN_COUNT|CLAUDE_MODEL)\b\}?/g;

function allHooks(policy: Parameters<PolicyRule>[0]["policy"]): { file: PolicyFile; hook: HookCommand }[] {
  const out: { file: PolicyFile; hook: HookCommand }[] = [];
  for (const file of filesOfKind(policy, ...SETTINGS)) {
    if (!file.json) continue;
    for (const hook of settingsHooks(file.json)) out.push({ file, hook });
  }
  return out;
}

/** Pointers of flat hook groups: the schema errors under them are reported by hooks/invalid-shape instead. */
export function flatHookPointers(file: PolicyFile): string[] {
  if (!file.json) return [];
  return settingsHooks(file.json)
    .filter((h) => h.flat)
    .map((h) => `/hooks/${h.event.replace(/~/g, "~0").replace(/\//g, "~1")}/${h.group}`);
}

export const invalidShape: PolicyRule = ({ policy }) =>
  allHooks(policy)
    .filter(({ hook }) => hook.flat)
    .map(({ file, hook }) =>
      findingAt(
        file,
        { node: hook.groupNode },
        "hooks/invalid-shape",
        `This ${hook.event} hook is written flat ({"command": ...}); Claude Code expects {"matcher": "...", "hooks": [{"type": "command", "command": "..."}]} and never runs it as written (reference §4).`,
        `Wrap it: {"matcher": "${hook.event === "PreToolUse" || hook.event === "PostToolUse" ? "Bash|Edit|Write" : "*"}", "hooks": [{"type": "command", "command": ${JSON.stringify(hook.command?.value ?? "...")}}]}.`,
      ),
    );

const KNOWN_TOOLS = [...CANONICAL_TOOLS, ...Object.keys(TOOL_ALIASES)];

function toolNameMatches(name: string): boolean {
  if (KNOWN_TOOLS.includes(name)) return true;
  // mcp__<server>__<tool>; a bare mcp__<server> is not a tool name.
  return /^mcp__[A-Za-z0-9_-]+__[A-Za-z0-9_-]+$/.test(name);
}

export const matchers: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const { file, hook } of allHooks(policy)) {
    const m = hook.matcher;
    if (!m || hook.handlerNode !== firstHandler(hook, policy)) continue;
    const value = m.value;
    if (value === "" || value === "*") continue;
    const values = VALUE_EVENTS[hook.event];
    if (/^[A-Za-z0-9_\- ,|]+$/.test(value)) {
      const names = value
        .split(/[|,]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
      for (const name of names) {
        if (TOOL_EVENTS.has(hook.event) ? toolNameMatches(name) : !values || values.includes(name)) continue;
        const candidates = TOOL_EVENTS.has(hook.event) ? KNOWN_TOOLS : (values ?? []);
        const guess = name.startsWith("mcp__") ? `${name}__.*` : didYouMean(name, candidates);
        const start = value.indexOf(name);
        findings.push(
          findingAt(
            file,
            { node: m.node, inString: { start, end: start + name.length } },
            "hooks/matcher-matches-nothing",
            `The ${hook.event} matcher "${name}" is an exact, case-sensitive name and no ${TOOL_EVENTS.has(hook.event) ? "tool" : "event source"} is called that, so the hook never runs for it${name.startsWith("mcp__") ? " (an MCP server name alone matches nothing)" : ""} (reference §4).`,
            guess ? `Did you mean "${guess}"?` : "Use the exact tool names, separated by |.",
          ),
        );
      }
      continue;
    }
    let re: RegExp;
    try {
      re = new RegExp(value);
    } catch {
      findings.push(
        findingAt(
          file,
          { node: m.node },
          "hooks/matcher-matches-nothing",
          `The ${hook.event} matcher "${value}" is not a valid regular expression, so the hook never runs (reference §4).`,
          "Fix the regex, or list exact names separated by |.",
        ),
      );
      continue;
    }
    if (!TOOL_EVENTS.has(hook.event)) continue;
    const loose = KNOWN_TOOLS.filter((t) => re.test(t));
    let anchored: RegExp;
    try {
      anchored = new RegExp(`^(?:${value})$`);
    } catch {
      continue;
    }
    const tight = KNOWN_TOOLS.filter((t) => anchored.test(t));
    const extra = loose.filter((t) => !tight.includes(t));
    if (extra.length > 0) {
      findings.push(
        findingAt(
          file,
          { node: m.node },
          "hooks/matcher-unanchored",
          `The ${hook.event} matcher "${value}" is an unanchored regex, so it also matches ${extra.join(", ")} (reference §4: "Edit.*" hits NotebookEdit).`,
          `Anchor it: "^(${value})$", or list exact names separated by |.`,
        ),
      );
    } else if (loose.length === 0 && !/mcp__/.test(value)) {
      findings.push(
        findingAt(
          file,
          { node: m.node },
          "hooks/matcher-matches-nothing",
          `The ${hook.event} matcher "${value}" matches no Claude Code tool name (matchers are case-sensitive), so the hook never runs (reference §4).`,
          "Use the exact tool names (Bash, Edit, Write, Read, ...), separated by |.",
        ),
      );
    }
  }
  return findings;
};

/** Matchers belong to the group: check each group once, at its first handler. */
function firstHandler(hook: HookCommand, _policy: unknown): unknown {
  if (hook.flat) return hook.handlerNode;
  const inner = hook.groupNode.children?.find((p) => p.children?.[0]?.value === "hooks")?.children?.[1];
  return inner?.children?.find((c) => c.type === "object");
}

export const unsetVariables: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const { file, hook } of allHooks(policy)) {
    if (!hook.command) continue;
    for (const m of hook.command.value.matchAll(UNSET_RE)) {
      const name = m[1] as string;
      findings.push(
        findingAt(
          file,
          { node: hook.command.node, inString: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length } },
          "hooks/unset-variable",
          `$${name} is never set by Claude Code: it expands to an empty string, so the hook sees nothing. Hooks get the call as JSON on stdin (reference §4).`,
          `Read ${UNSET_HOOK_VARIABLES[name]} from stdin, e.g. jq -r '${name === "TOKEN_COUNT" ? ".transcript_path" : (UNSET_HOOK_VARIABLES[name] ?? ".tool_name")}'.`,
        ),
      );
    }
  }
  for (const file of filesOfKind(policy, "hook-script")) {
    forEachCodeLine(file.text, (code, line) => {
      for (const m of code.matchAll(UNSET_RE)) {
        const name = m[1] as string;
        findings.push(
          findingAt(
            file,
            { line, column: (m.index ?? 0) + 1, endColumn: (m.index ?? 0) + 1 + m[0].length },
            "hooks/unset-variable",
            `$${name} is never set by Claude Code for hooks, so it is empty here. The call arrives as JSON on stdin (reference §4).`,
            `Read it from stdin: payload="$(cat)"; then jq -r '${UNSET_HOOK_VARIABLES[name]?.startsWith(".") ? UNSET_HOOK_VARIABLES[name] : ".transcript_path"}' <<<"$payload".`,
          ),
        );
      }
    });
  }
  return findings;
};

/** Calls `fn` for each line of a shell script with comments removed (not inside quotes). */
export function forEachCodeLine(text: string, fn: (code: string, line: number) => void): void {
  const lines = text.split(/\r\n|\n|\r/);
  let heredoc: string | undefined;
  lines.forEach((raw, i) => {
    if (heredoc !== undefined) {
      if (raw.trim() === heredoc) heredoc = undefined;
      return;
    }
    if (i === 0 && raw.startsWith("#!")) return;
    let code = "";
    let quote: string | undefined;
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j] as string;
      if (quote) {
        if (c === "\\" && quote === '"') {
          code += c + (raw[j + 1] ?? "");
          j++;
          continue;
        }
        if (c === quote) quote = undefined;
        code += c;
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === "#" && (j === 0 || /\s/.test(raw[j - 1] as string))) break;
      code += c;
    }
    const hd = /<<-?\s*['"]?([A-Za-z_]+)['"]?/.exec(code);
    if (hd?.[1]) heredoc = hd[1];
    fn(code, i + 1);
  });
}

export const scripts: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const { file, hook } of allHooks(policy)) {
    if (!hook.command) continue;
    const ref = scriptOfCommand(hook.command.value, file.path);
    if (!ref) continue;
    const at = {
      node: hook.command.node,
      inString: { start: ref.offset, end: ref.offset + ref.written.length },
    };
    if (ref.cwdRelative) {
      findings.push(
        findingAt(
          file,
          at,
          "hooks/relative-script-path",
          `"${ref.written}" is relative, so it resolves against the session's working directory, which is the project root only when Claude Code was started there; from a subdirectory the hook fails and does not block (reference §4).`,
          `Write "$CLAUDE_PROJECT_DIR"/${ref.written.replace(/^\.\//, "")}.`,
        ),
      );
    }
    if (ref.repoPath === undefined) continue;
    const target = policy.snapshot.files.get(ref.repoPath);
    if (!target) {
      findings.push(
        findingAt(
          file,
          at,
          "hooks/script-missing",
          `The hook runs ${ref.written}, but ${ref.repoPath} is not in the repository: the command fails (exit 127), which Claude Code treats as a non-blocking error, so the gate silently disappears (reference §4).`,
          `Add ${ref.repoPath}, or fix the path.`,
        ),
      );
    } else if (!ref.viaInterpreter && !target.executable) {
      findings.push(
        findingAt(
          file,
          at,
          "hooks/script-not-executable",
          `${ref.repoPath} is not executable, so the hook fails with exit 126, which does not block: the gate silently disappears (reference §4).`,
          `Run chmod +x ${ref.repoPath} and commit the mode (git update-index --chmod=+x ${ref.repoPath}).`,
        ),
      );
    }
  }
  return findings;
};

const BLOCK_WORDS = /\b(block(ed|ing)?|den(y|ied)|forbid(den)?|not allowed|reject(ed)?|refus(e|ed))\b/i;

/** `exit N` (N not 0 or 2) right after a message that says the call is blocked. */
export const blockExitCode: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const file of filesOfKind(policy, "hook-script")) {
    let recent: { line: number; blocks: boolean }[] = [];
    let inBlockFunction = false;
    forEachCodeLine(file.text, (code, line) => {
      if (/^\s*(function\s+)?\w*(block|deny)\w*\s*\(\)/i.test(code)) inBlockFunction = true;
      else if (/^\s*(function\s+)?\w+\s*\(\)/.test(code)) inBlockFunction = false;
      const exit = /\b(?:sys\.exit|process\.exit|os\._exit|exit)\s*\(?\s*(\d+)/.exec(code);
      if (exit) {
        const n = Number(exit[1]);
        const blocks =
          recent.some((r) => r.blocks) || BLOCK_WORDS.test(code.slice(0, exit.index)) || inBlockFunction;
        if (n !== 0 && n !== 2 && blocks) {
          findings.push(
            findingAt(
              file,
              { line, column: exit.index + 1, endColumn: exit.index + 1 + exit[0].length },
              "hooks/block-exit-code",
              `This script means to block the call but exits ${n}: only exit code 2 blocks a PreToolUse call; ${n} is a non-blocking error, so the call goes ahead (reference §4, anthropics/claude-code#44707).`,
              `Use "exit 2" and write the reason to stderr (echo "..." >&2), or print {"hookSpecificOutput": {"hookEventName": "PreToolUse", "permissionDecision": "deny", ...}} and exit 0.`,
            ),
          );
        }
        recent = [];
        return;
      }
      if (code.trim() === "") return;
      recent.push({
        line,
        blocks:
          BLOCK_WORDS.test(code) && /\b(echo|printf|print|logger|stderr|console\.error)\b|>&2/.test(code),
      });
      if (recent.length > 3) recent.shift();
    });
  }
  return findings;
};
