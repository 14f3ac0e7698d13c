/**
 * Plain data types shared by every part of the permission engine. Nothing in
 * here does I/O; see `docs/permissions.md` for the model.
 */

/** The three lists of `permissions` in a settings file. */
export type RuleBehavior = "deny" | "ask" | "allow";

/** What the rules decide for one tool call. `none` = no rule matched (Claude Code falls back to its mode). */
export type Decision = RuleBehavior | "none";

/** Which settings layer a rule came from (claude-code.md §1 precedence). */
export type SettingsScope = "managed" | "cli" | "local" | "project" | "user";

/** Severity of a parse diagnostic or an analysis finding. */
export type Severity = "error" | "warning" | "note";

/** Where one rule string came from. Lines and columns are 1-based. */
export interface RuleSource {
  readonly scope: SettingsScope;
  /** The settings file as the user knows it. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /**
   * The absolute directory a `/path` Read/Edit rule is relative to
   * (claude-code.md §3: project file -> project root, local file -> start
   * directory, user file -> `~/.claude`, `--settings` file -> its directory).
   * When absent, the call's `cwd` is used.
   */
  readonly root?: string;
}

/** A problem inside one rule string; `start`/`end` are UTF-16 offsets into that string. */
export interface RuleDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly hint?: string;
}

/** How a Read/Edit path pattern is anchored (claude-code.md §3 Read/Edit). */
export type PathAnchor =
  /** `//path`: absolute. */
  | "absolute"
  /** `~/path`: the home directory. */
  | "home"
  /** `/path`: the settings file's root ({@link RuleSource.root}). */
  | "settings"
  /** `./path`: the working directory. */
  | "cwd"
  /** `dir/path` (an inner `/`, no `./`): the working directory in allow, any depth in deny/ask (v2.1.214). */
  | "relative"
  /** a bare name (no inner `/`): any depth. */
  | "anywhere";

/** The typed meaning of one rule string. */
export type RuleMatcher =
  /** `Tool`, `Tool(*)`, `mcp__server`, `mcp__server__*`: every call of the tool(s). */
  | { readonly kind: "tool"; readonly tool: string }
  /** `*`, `mcp__*`, `B*`: a glob over the full tool name (deny/ask only). */
  | { readonly kind: "tool-glob"; readonly pattern: string }
  /** `Bash(...)`/`PowerShell(...)`: a command pattern; `*` spans anything. */
  | { readonly kind: "command"; readonly tool: "Bash" | "PowerShell"; readonly pattern: string }
  /** `Read(...)`/`Edit(...)`: a gitignore-style path pattern. */
  | {
      readonly kind: "path";
      readonly tool: "Read" | "Edit";
      readonly anchor: PathAnchor;
      /** The pattern after the anchor, without a leading `/`. */
      readonly pattern: string;
    }
  /** `WebFetch(domain:...)`. */
  | { readonly kind: "domain"; readonly pattern: string }
  /** `mcp__server__tool`, `mcp__server__get_*`. */
  | { readonly kind: "mcp"; readonly server: string; readonly toolPattern: string }
  /** `Agent(type)` (and legacy `Task(type)`): the sub-agent type. */
  | { readonly kind: "agent"; readonly pattern: string }
  /** `Skill(name)`, `Skill(name *)`. */
  | { readonly kind: "skill"; readonly pattern: string }
  /** `Tool(field:value)`: a top-level scalar input field (deny/ask only). */
  | { readonly kind: "param"; readonly tool: string; readonly field: string; readonly pattern: string }
  /** Any other `Tool(specifier)`: matched against the tool's main string input, when it has one. */
  | { readonly kind: "specifier"; readonly tool: string; readonly pattern: string };

/** One parsed rule. */
export interface ParsedRule {
  /** The rule string exactly as written. */
  readonly text: string;
  /** The canonical tool name (`Agent` for `Task`), or the glob for `tool-glob` rules. */
  readonly tool: string;
  /** The specifier between the parentheses, if any. */
  readonly specifier: string | undefined;
  readonly matcher: RuleMatcher;
  /**
   * Why Claude Code never consults this rule (e.g. `Write(path)`, a tool-name
   * glob in `allow`); `undefined` when it is live.
   */
  readonly inert: string | undefined;
}

/** A parsed rule placed in a list of a settings file. */
export interface PermissionRule extends ParsedRule {
  readonly behavior: RuleBehavior;
  readonly source: RuleSource;
}

/** A tool call as Claude Code hands it to a PreToolUse hook (claude-code.md §4 stdin). */
export interface ToolCall {
  readonly tool_name: string;
  readonly tool_input?: unknown;
  /** The session's working directory (absolute). */
  readonly cwd?: string;
}

/** Facts the matcher needs that are not in the call. */
export interface MatchContext {
  /** The user's home directory (absolute), for `~/` rules and `~`/`$HOME` in commands. */
  readonly home: string;
  /** Overrides the call's `cwd`. */
  readonly cwd?: string;
}
