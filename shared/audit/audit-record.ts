/**
 * The audit log record, version 1 (docs/audit-log-format.md).
 *
 * `steward hook ...` appends one JSON object per line for every decision it
 * takes; the compliance report reads them back with {@link parseAuditLine}.
 * The seed document's hook only ever printed plain text
 * (`BLOCKED: Enterprise policy denies <tool> on <input>`), and orgs that ran it
 * have such lines in their logs, so the parser also accepts those as
 * {@link LegacyAuditRecord}s instead of rejecting a whole file.
 *
 * Compatibility: adding an optional field is not a version change (readers
 * ignore unknown fields); removing, renaming or retyping a field is, and bumps `v`.
 */

/** The version this module writes. */
export const AUDIT_RECORD_VERSION = 1;

/** Longest command kept in {@link AuditInputSummary.command}, in UTF-16 code units. */
export const MAX_AUDITED_COMMAND_LENGTH = 200;

/** What was decided. `none`: the hook ran and no rule matched (Claude Code's own rules then apply). */
export type AuditDecision = "deny" | "ask" | "allow" | "none";

export const AUDIT_DECISIONS: readonly AuditDecision[] = ["deny", "ask", "allow", "none"];

/**
 * Which hook wrote the record, kebab-case of the Claude Code event name
 * (`PreToolUse` -> `pre-tool-use`). Known values are listed; later Steward
 * versions may add more, so readers must accept any kebab-case string.
 */
export type AuditEvent =
  | "pre-tool-use"
  | "post-tool-use"
  | "permission-denied"
  | "user-prompt-submit"
  | "session-start"
  | "session-end"
  | "stop"
  | (string & {});

/** Where the deciding rule is written: a policy file (as deployed) and its 1-based line. */
export interface AuditRuleSource {
  readonly file: string;
  readonly line: number;
}

/**
 * A redacted summary of the tool input. Never file contents, never `old_string`
 * / `new_string` / prompts: only what a reviewer needs to see what was attempted.
 */
export interface AuditInputSummary {
  /** Bash/PowerShell command, cut to {@link MAX_AUDITED_COMMAND_LENGTH}. */
  readonly command?: string;
  /** True when `command` was cut. */
  readonly truncated?: boolean;
  /** `file_path` / `notebook_path` / `path` of file tools, as Claude Code sent it (absolute). */
  readonly filePath?: string;
  /** Host name of a WebFetch URL (never the path or query: they can carry tokens). */
  readonly domain?: string;
}

/** One audit line, version 1. Field order here is the order {@link formatAuditRecord} writes. */
export interface AuditRecordV1 {
  readonly v: 1;
  /** ISO 8601 UTC time of the decision, e.g. `2026-11-02T09:14:03.120Z`. */
  readonly ts: string;
  /** The developer (SSO e-mail when known, else the OS user name). */
  readonly user: string;
  /** The role from role-mappings.json the user was evaluated as; null when unmapped. */
  readonly role: string | null;
  /** Claude Code `session_id`; null for events outside a session. */
  readonly session: string | null;
  readonly event: AuditEvent;
  /** Claude Code tool name (`Bash`, `Edit`, `mcp__github__create_issue`); null for non-tool events. */
  readonly tool: string | null;
  readonly decision: AuditDecision;
  /** The permission rule text that decided (`Bash(curl *)`), or null when none matched. */
  readonly rule: string | null;
  readonly ruleSource: AuditRuleSource | null;
  /** Human-readable reason, as shown to Claude or the user; null when there is nothing to say. */
  readonly reason: string | null;
  readonly input: AuditInputSummary;
  /** The session's working directory (`cwd` from the hook's stdin). */
  readonly cwd: string | null;
  /** `policyVersion` of the policy that decided (e.g. `2026.11`); null when no policy was found. */
  readonly policyVersion: string | null;
}

/**
 * A plain-text line written by the seed document's `enforce-policy.sh`
 * (`BLOCKED: Enterprise policy denies <tool> on <input>`) or by similar
 * scripts (`DENIED ...`). Only the decision is certain; who and when usually aren't recorded.
 */
export interface LegacyAuditRecord {
  readonly v: 0;
  readonly format: "seed-text";
  /** The leading keyword. */
  readonly verdict: "BLOCKED" | "DENIED";
  /** Both keywords mean the call was refused (even though the seed's `exit 1` did not actually block). */
  readonly decision: "deny";
  /** ISO time when the line starts with one (`2026-10-01T12:00:00Z BLOCKED: ...`), else null. */
  readonly ts: string | null;
  /** Tool name, or null when the line does not say (the seed's `$TOOL_NAME` was always empty). */
  readonly tool: string | null;
  /** The input as the line gave it, cut to {@link MAX_AUDITED_COMMAND_LENGTH}; null when empty. */
  readonly input: string | null;
  /** The whole line, trimmed and cut to 1000 code units. */
  readonly text: string;
}

export type AuditRecord = AuditRecordV1 | LegacyAuditRecord;

export type ParseAuditLineResult =
  | { readonly ok: true; readonly record: AuditRecord }
  | { readonly ok: false; readonly error: string };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const EVENT_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const LEGACY_LINE = /^(?:\[?(\d{4}-\d{2}-\d{2}T[^\s\]]+)\]?\s+)?(BLOCKED|DENIED)\b:?\s*(.*)$/;
const LEGACY_SEED_BODY = /^Enterprise policy denies (.*?) on(?: (.*))?$/s;
const LEGACY_CALL_BODY = /^([A-Za-z][\w-]*)\((.*)\)\s*$/s;

/**
 * Parse one line of an audit log. Pure; never throws.
 *
 * Accepts a v1 JSON record (strictly: every field present with its type; unknown
 * extra fields are ignored) or a legacy seed text line. A trailing `\r` is ignored.
 * Blank lines are errors: callers that tolerate them skip them first.
 */
export function parseAuditLine(line: string): ParseAuditLineResult {
  const text = line.endsWith("\r") ? line.slice(0, -1) : line;
  const trimmed = text.trim();
  if (trimmed === "") return fail("empty line");
  if (trimmed.startsWith("{")) return parseJsonRecord(trimmed);
  const legacy = parseLegacyLine(trimmed);
  if (legacy) return { ok: true, record: legacy };
  return fail("neither a JSON audit record nor a legacy BLOCKED/DENIED line");
}

/** Serialise a record as one line (with the trailing newline), fields in the documented order. */
export function formatAuditRecord(record: AuditRecordV1): string {
  const ordered: AuditRecordV1 = {
    v: 1,
    ts: record.ts,
    user: record.user,
    role: record.role,
    session: record.session,
    event: record.event,
    tool: record.tool,
    decision: record.decision,
    rule: record.rule,
    ruleSource:
      record.ruleSource === null ? null : { file: record.ruleSource.file, line: record.ruleSource.line },
    reason: record.reason,
    input: record.input,
    cwd: record.cwd,
    policyVersion: record.policyVersion,
  };
  return `${JSON.stringify(ordered)}\n`;
}

/**
 * Build the redacted {@link AuditInputSummary} from a hook's `tool_input`.
 * Keeps only the command (cut), the file path and the URL's host name.
 */
export function summarizeToolInput(toolInput: unknown): AuditInputSummary {
  if (typeof toolInput !== "object" || toolInput === null) return {};
  const input = toolInput as Record<string, unknown>;
  const summary: { command?: string; truncated?: boolean; filePath?: string; domain?: string } = {};
  if (typeof input.command === "string") {
    const cut = truncate(input.command, MAX_AUDITED_COMMAND_LENGTH);
    summary.command = cut;
    if (cut.length < input.command.length) summary.truncated = true;
  }
  for (const key of ["file_path", "notebook_path", "path"]) {
    const value = input[key];
    if (typeof value === "string" && value !== "") {
      summary.filePath = value;
      break;
    }
  }
  if (typeof input.url === "string") {
    const domain = hostOf(input.url);
    if (domain !== null) summary.domain = domain;
  }
  return summary;
}

function parseJsonRecord(text: string): ParseAuditLineResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(text.endsWith("}") ? "invalid JSON" : "invalid JSON (truncated line?)");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("not a JSON object");
  const o = value as Record<string, unknown>;
  if (o.v !== 1) {
    return fail(
      typeof o.v === "number" ? `unsupported audit record version v=${o.v}` : "missing version field v",
    );
  }
  const problems: string[] = [];
  const str = (key: string): void => {
    if (typeof o[key] !== "string" || o[key] === "") problems.push(`${key} must be a non-empty string`);
  };
  const strOrNull = (key: string): void => {
    if (!(key in o) || (o[key] !== null && typeof o[key] !== "string"))
      problems.push(`${key} must be a string or null`);
  };
  str("ts");
  if (typeof o.ts === "string" && !ISO_TIME.test(o.ts))
    problems.push("ts must be an ISO 8601 time with a zone");
  str("user");
  strOrNull("role");
  strOrNull("session");
  if (typeof o.event !== "string" || !EVENT_NAME.test(o.event))
    problems.push("event must be a kebab-case name");
  strOrNull("tool");
  if (!AUDIT_DECISIONS.includes(o.decision as AuditDecision)) {
    problems.push(`decision must be one of ${AUDIT_DECISIONS.join("|")}`);
  }
  strOrNull("rule");
  if (!("ruleSource" in o) || !isRuleSourceOrNull(o.ruleSource)) {
    problems.push("ruleSource must be {file: string, line: positive integer} or null");
  }
  strOrNull("reason");
  const inputProblem = checkInput(o.input);
  if (inputProblem) problems.push(inputProblem);
  strOrNull("cwd");
  strOrNull("policyVersion");
  if (problems.length > 0) return fail(problems.join("; "));
  return { ok: true, record: o as unknown as AuditRecordV1 };
}

function isRuleSourceOrNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== "object" || Array.isArray(value)) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.file === "string" &&
    s.file !== "" &&
    typeof s.line === "number" &&
    Number.isInteger(s.line) &&
    s.line >= 1
  );
}

function checkInput(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "input must be an object";
  const input = value as Record<string, unknown>;
  for (const key of ["command", "filePath", "domain"]) {
    if (key in input && typeof input[key] !== "string") return `input.${key} must be a string`;
  }
  if (typeof input.command === "string" && input.command.length > MAX_AUDITED_COMMAND_LENGTH) {
    return `input.command is longer than ${MAX_AUDITED_COMMAND_LENGTH} characters (not redacted)`;
  }
  if ("truncated" in input && typeof input.truncated !== "boolean")
    return "input.truncated must be a boolean";
  return null;
}

function parseLegacyLine(text: string): LegacyAuditRecord | null {
  const m = LEGACY_LINE.exec(text);
  if (!m) return null;
  const [, rawTs, verdict, rest = ""] = m;
  const ts = rawTs !== undefined && ISO_TIME.test(rawTs) ? rawTs : null;
  let tool: string | null = null;
  let input: string | null = rest.trim() === "" ? null : rest.trim();
  const seed = LEGACY_SEED_BODY.exec(rest);
  const call = seed ? null : LEGACY_CALL_BODY.exec(rest.trim());
  if (seed) {
    tool = emptyToNull(seed[1]);
    input = emptyToNull(seed[2]);
  } else if (call) {
    tool = emptyToNull(call[1]);
    input = emptyToNull(call[2]);
  }
  return {
    v: 0,
    format: "seed-text",
    verdict: verdict === "DENIED" ? "DENIED" : "BLOCKED",
    decision: "deny",
    ts,
    tool,
    input: input === null ? null : truncate(input, MAX_AUDITED_COMMAND_LENGTH),
    text: truncate(text, 1000),
  };
}

function emptyToNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

/** Cut to at most `max` UTF-16 code units without splitting a surrogate pair. */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return value.slice(0, end);
}

function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host === "" ? null : host;
  } catch {
    return null;
  }
}

function fail(error: string): ParseAuditLineResult {
  return { ok: false, error };
}
