/**
 * The PreToolUse decision: one tool call, the org policy and the user's role
 * in; the hook's answer, its exact stdout and the audit record out. Pure (the
 * clock, user and environment facts are passed in).
 *
 * Answers (docs/hooks.md "What the hook answers"):
 * - a deny rule matches -> `deny` with the rule, its file and line, and whom to contact;
 * - an ask rule matches -> `ask` (Claude Code prompts the user);
 * - an allow rule matches -> no output (Claude Code's own rules and prompts apply)
 *   unless the org opted in with `emitAllow`, then `allow`;
 * - no rule matches (incl. an unknown tool no rule names) -> no output;
 * - the policy cannot be read, or stdin is not a tool call -> the
 *   `onError` answer (default `deny`), naming the problem and the contact;
 * - a Bash command longer than {@link MAX_DECIDED_COMMAND_LENGTH} -> `ask`
 *   (too long to check; Claude Code prompts for >10,000 characters anyway).
 */
import type { AuditDecision, AuditRecordV1 } from "../audit/audit-record.js";
import {
  type CompiledRuleSet,
  compileRules,
  decide,
  restoreRuleSet,
  type StoredRuleSet,
} from "../permissions/match.js";
import type { PermissionRule } from "../permissions/types.js";
import { auditInput, auditLine } from "./log-line.js";
import type { HookPolicy } from "./policy.js";
import { type PreToolUseAnswer, renderPreToolUse } from "./protocol.js";

/** Commands longer than this are not matched (shell parsing is linear but a 10 MB command is no real call): `ask`. */
export const MAX_DECIDED_COMMAND_LENGTH = 100_000;

/** What to answer when the policy or the input cannot be used. `allow` = fail open (no output, never an `allow`). */
export type OnError = "deny" | "ask" | "allow";

export interface HookFacts {
  readonly user: string;
  readonly role: string | null;
  /** Why the role is what it is, appended to reasons when useful (e.g. an unknown STEWARD_ROLE). */
  readonly roleNote?: string;
  readonly home: string;
  readonly now: Date;
  /** Contact when the policy names none (config `contact`, `STEWARD_SUPPORT_CONTACT`). */
  readonly fallbackContact?: string;
}

export interface HookOptions {
  readonly emitAllow?: boolean;
  readonly onError?: OnError;
}

export interface PreToolUseOutcome {
  readonly answer: PreToolUseAnswer;
  /** Exact stdout. */
  readonly stdout: string;
  /** One audit line (with "\n"). */
  readonly auditLine: string;
  readonly record: AuditRecordV1;
}

export interface CallFacts {
  readonly session: string | null;
  readonly cwd: string | null;
  readonly tool: string | null;
  readonly toolInput: unknown;
}

const DEFAULT_CONTACT = "your Claude Code administrators";

function contactOf(policy: HookPolicy | undefined, facts: HookFacts): string {
  return policy?.contact ?? facts.fallbackContact ?? DEFAULT_CONTACT;
}

function orgLabel(policy: HookPolicy | undefined): string {
  const org = policy?.orgName ? `${policy.orgName} policy` : "Org policy";
  return policy?.policyVersion ? `${org} ${policy.policyVersion}` : org;
}

const where = (rule: PermissionRule) =>
  rule.source.file
    ? `${rule.source.file}${rule.source.line ? `:${rule.source.line}` : ""}`
    : "the org policy";

function record(
  facts: HookFacts,
  call: CallFacts,
  policy: HookPolicy | undefined,
  decision: AuditDecision,
  rule: PermissionRule | undefined,
  reason: string | null,
): AuditRecordV1 {
  return {
    v: 1,
    ts: facts.now.toISOString(),
    user: facts.user,
    role: facts.role,
    session: call.session,
    event: "pre-tool-use",
    tool: call.tool,
    decision,
    rule: rule?.text ?? null,
    ruleSource:
      rule?.source.file !== undefined && rule.source.line !== undefined
        ? { file: rule.source.file, line: rule.source.line }
        : null,
    reason,
    input: auditInput(call.toolInput),
    cwd: call.cwd,
    policyVersion: policy?.policyVersion ?? null,
  };
}

function outcome(answer: PreToolUseAnswer, reason: string, rec: AuditRecordV1): PreToolUseOutcome {
  return { answer, stdout: renderPreToolUse(answer, reason), auditLine: auditLine(rec), record: rec };
}

/** Answer when the policy or the input is unusable (fail closed by default). */
export function errorOutcome(
  problem: string,
  call: CallFacts,
  facts: HookFacts,
  options: HookOptions,
  policy?: HookPolicy,
): PreToolUseOutcome {
  const mode = options.onError ?? "deny";
  const contact = contactOf(policy, facts);
  const effect =
    mode === "deny"
      ? "so Steward blocks every tool call until it is fixed"
      : mode === "ask"
        ? "so Steward asks you to confirm every tool call until it is fixed"
        : "so this call is not checked";
  const reason = `Steward cannot check this call (${problem}), ${effect}. Contact ${contact}.`;
  const answer: PreToolUseAnswer = mode === "allow" ? "none" : mode;
  return outcome(answer, reason, record(facts, call, policy, answer, undefined, reason));
}

/** Compiled rule sets per role, reused across calls in one process (tests, benchmarks). */
const compiledCache = new WeakMap<readonly PermissionRule[] | StoredRuleSet, CompiledRuleSet>();

/**
 * The rule set to match against: compiled from the rules, or restored from
 * the compiled-policy cache (policy.ts `storedRuleSet`), which compiles only
 * the rules the call can match.
 */
function compiled(rules: readonly PermissionRule[] | StoredRuleSet): CompiledRuleSet {
  let set = compiledCache.get(rules);
  if (!set) {
    set = isStored(rules) ? restoreRuleSet(rules) : compileRules(rules);
    compiledCache.set(rules, set);
  }
  return set;
}

const isStored = (rules: readonly PermissionRule[] | StoredRuleSet): rules is StoredRuleSet =>
  !Array.isArray(rules);

/** Decides one call with a loaded policy. */
export function decidePreToolUse(
  policy: HookPolicy,
  rules: readonly PermissionRule[] | StoredRuleSet,
  call: CallFacts,
  facts: HookFacts,
  options: HookOptions = {},
): PreToolUseOutcome {
  const tool = call.tool as string;
  const input = call.toolInput;
  const command =
    typeof input === "object" &&
    input !== null &&
    typeof (input as { command?: unknown }).command === "string"
      ? ((input as { command: string }).command as string)
      : undefined;
  const label = orgLabel(policy);
  const contact = contactOf(policy, facts);
  const roleText = facts.role ? ` for role ${facts.role}` : "";
  const note = facts.roleNote ? ` (${facts.roleNote})` : "";
  if (
    (tool === "Bash" || tool === "PowerShell") &&
    command !== undefined &&
    command.length > MAX_DECIDED_COMMAND_LENGTH
  ) {
    const reason = `${label}: this ${tool} command is ${command.length.toLocaleString("en-US")} characters long, too long for Steward to check against the policy; confirm it yourself.`;
    return outcome("ask", reason, record(facts, call, policy, "ask", undefined, reason));
  }
  const result = decide(
    compiled(rules),
    { tool_name: tool, tool_input: input, ...(call.cwd ? { cwd: call.cwd } : {}) },
    { home: facts.home },
  );
  const rule = result.rule;
  switch (result.decision) {
    case "deny": {
      const r = rule as PermissionRule;
      const reason = `Blocked by ${label}: deny rule "${r.text}" (${where(r)})${roleText}${note} matches this ${tool} call. If you need it, contact ${contact}.`;
      return outcome("deny", reason, record(facts, call, policy, "deny", r, reason));
    }
    case "ask": {
      const r = rule as PermissionRule;
      const reason = `${label} asks you to confirm: ask rule "${r.text}" (${where(r)})${roleText}${note} matches this ${tool} call.`;
      return outcome("ask", reason, record(facts, call, policy, "ask", r, reason));
    }
    case "allow": {
      const r = rule as PermissionRule;
      const reason = `${label}: allow rule "${r.text}" (${where(r)})${roleText} matches.`;
      const answer: PreToolUseAnswer = options.emitAllow ? "allow" : "none";
      // The record says what the policy decided; `reason` notes when Claude Code decides instead.
      return outcome(
        answer,
        reason,
        record(
          facts,
          call,
          policy,
          "allow",
          r,
          options.emitAllow ? reason : `${reason} Claude Code's own rules decide.`,
        ),
      );
    }
    default:
      return outcome("none", "", record(facts, call, policy, "none", undefined, null));
  }
}
