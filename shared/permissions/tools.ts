/**
 * The tool catalog: canonical names, legacy aliases, which input fields a rule
 * specifier reads. Data, not code (claude-code.md §3 "Canonical names", §4 tool_input).
 */

/** Canonical tool names at Claude Code v2.1.240 (claude-code.md §3). */
export const CANONICAL_TOOLS: readonly string[] = [
  "Agent",
  "AskUserQuestion",
  "Bash",
  "Cd",
  "Edit",
  "EndConversation",
  "ExitPlanMode",
  "Glob",
  "Grep",
  "LSP",
  "Monitor",
  "MultiEdit",
  "NotebookEdit",
  "PowerShell",
  "Read",
  "Skill",
  "SlashCommand",
  "TaskCreate",
  "TaskGet",
  "TaskList",
  "TaskOutput",
  "TaskStop",
  "TaskUpdate",
  "TodoWrite",
  "ToolSearch",
  "WebFetch",
  "WebSearch",
  "Workflow",
  "Write",
];

/** Legacy names Claude Code still accepts, mapped to the canonical one. */
export const TOOL_ALIASES: Readonly<Record<string, string>> = {
  Task: "Agent",
};

/** Tools whose rules take a path specifier that Claude Code never consults (claude-code.md §3 Read/Edit). */
export const PATH_IGNORING_TOOLS: ReadonlySet<string> = new Set([
  "Write",
  "NotebookEdit",
  "Glob",
  "MultiEdit",
]);

/** Tools an `Edit(...)` rule covers ("Edit covers all editing tools"). */
export const EDIT_TOOLS: ReadonlySet<string> = new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]);

/** Tools a `Read(...)` rule covers, best effort (Read, and Grep/Glob by their search path). */
export const READ_TOOLS: ReadonlySet<string> = new Set(["Read", "Grep", "Glob"]);

/**
 * Known top-level input fields per tool (claude-code.md §4 tool_input), used
 * to tell a parameter rule `Bash(run_in_background:true)` from a command
 * pattern with a colon `Bash(git:* push)`.
 */
export const TOOL_INPUT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Bash: ["command", "description", "timeout", "run_in_background", "dangerouslyDisableSandbox"],
  PowerShell: ["command", "description", "timeout", "run_in_background"],
  Read: ["file_path", "offset", "limit"],
  Write: ["file_path", "content"],
  Edit: ["file_path", "old_string", "new_string", "replace_all"],
  MultiEdit: ["file_path", "edits"],
  NotebookEdit: ["notebook_path", "cell_id", "new_source", "cell_type", "edit_mode"],
  Glob: ["pattern", "path"],
  Grep: ["pattern", "path", "glob", "output_mode", "type", "head_limit", "multiline"],
  WebFetch: ["url", "prompt"],
  WebSearch: ["query", "allowed_domains", "blocked_domains"],
  Agent: ["prompt", "description", "subagent_type", "model", "run_in_background"],
  Skill: ["skill", "args"],
};

/** Primary fields a parameter rule may not use (claude-code.md §3 "Param rules"). */
export const PRIMARY_FIELDS: ReadonlySet<string> = new Set([
  "command",
  "file_path",
  "path",
  "notebook_path",
  "url",
]);

/** The string input a generic `Tool(specifier)` is matched against, for tools without a dedicated matcher. */
export const SPECIFIER_FIELD: Readonly<Record<string, string>> = {
  WebSearch: "query",
  Cd: "path",
  SlashCommand: "command",
};

/** `record[key]` only when it is the record's own property (never `toString` & co). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The canonical name for a tool name as written (aliases resolved); `undefined` if unknown. */
export function canonicalTool(name: string): string | undefined {
  if (CANONICAL_TOOLS.includes(name)) return name;
  return own(TOOL_ALIASES, name);
}

/** Levenshtein distance, bounded work (names are short). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + cost);
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest known tool name for a misspelt one ("did you mean"), or `undefined`. */
export function suggestTool(name: string): string | undefined {
  if (name.length > 64) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of [...CANONICAL_TOOLS, ...Object.keys(TOOL_ALIASES)]) {
    if (candidate.toLowerCase() === lower) return canonicalTool(candidate);
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === undefined || bestDistance > Math.max(2, Math.floor(name.length / 3))) return undefined;
  return canonicalTool(best);
}
