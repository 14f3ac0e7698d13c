/** `steward hook pre-tool-use`: Claude Code's PreToolUse hook (docs/hooks.md). */
import { ConfigurationError, getErrorMessage } from "../../errors.js";
import { hookContext, hookFlags, roleFor, roleNote } from "../../hooks/context.js";
import { appendLines, dayFile } from "../../hooks/day-log.js";
import { loadHookPolicy, rulesOf, storedRuleSet } from "../../hooks/policy.js";
import {
  type CallFacts,
  decidePreToolUse,
  errorOutcome,
  type HookFacts,
  type OnError,
  type PreToolUseOutcome,
} from "../../hooks/pre-tool-use.js";
import { MAX_STDIN_BYTES, parseHookInput } from "../../hooks/protocol.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo, Command } from "../command.js";

/** `--help` text (also printed by the fast entry, shared/cli/hook-bin.ts). */
export const HELP = `Usage: steward hook pre-tool-use [--policy <dir or file>] [--on-policy-error deny|ask|allow]
                                 [--role <name>] [--config <file>] [--log-dir <dir>] [--emit-allow]

Claude Code's PreToolUse hook. Reads the hook's JSON on standard input, decides
the call with the org policy and the user's role, appends one audit record, and
answers in the hook protocol on standard output, always with exit code 0:

  deny   {"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":"..."}}
         (the rule, its file and line, whom to contact)
  ask    the same with "ask": Claude Code asks the user
  none   no output: Claude Code's own rules and mode decide (also for calls an allow rule matches)
  allow  only with --emit-allow (or "emitAllow": true in the hook config)

Policy missing or unreadable, standard input not a tool call: the --on-policy-error
answer (default deny; "allow" prints nothing), with a reason naming the problem and
whom to contact.

Options:
  --policy <path>          policy directory (managed-settings.json, role-mappings.json, ...) or one file
                           (default: $STEWARD_POLICY_DIR, else /etc/claude-code/steward;
                           macOS /Library/Application Support/ClaudeCode/steward)
  --on-policy-error <a>    deny (default), ask or allow (also $STEWARD_ON_POLICY_ERROR, config onPolicyError)
  --role <name>            evaluate as this role (else $STEWARD_ROLE, config role, SSO group file, defaultRole)
  --config <file>          hook config (default: <policy dir>/steward-hook.json, or $STEWARD_CONFIG)
  --log-dir <dir>          logs (default: $STEWARD_LOG_DIR, else ~/.claude/steward); audit lines go to <dir>/audit/YYYY-MM-DD.jsonl
  --emit-allow             answer "allow" when an allow rule matches (skips Claude Code's prompt)
`;

const ON_ERROR = new Set(["deny", "ask", "allow"]);
const STRING_FLAGS = new Set(["policy", "on-policy-error", "role", "config", "log-dir"] as const);

interface HookArgs {
  policy?: string;
  "on-policy-error"?: string;
  role?: string;
  config?: string;
  "log-dir"?: string;
  "emit-allow"?: boolean;
}

/**
 * The arguments as Claude Code passes them (`--flag value` pairs and
 * `--emit-allow`), read without node:util parseArgs, whose loading is a
 * noticeable part of a hook call. Anything else (`--flag=value`, a value
 * starting with "-", an unknown flag) returns undefined, for parseArgs to read
 * or reject with its own message.
 */
function plainArgs(args: readonly string[]): HookArgs | undefined {
  const values: HookArgs = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) return undefined;
    const flag = arg.slice(2);
    if (flag === "emit-allow") values[flag] = true;
    else {
      const value = args[i + 1];
      if (!isStringFlag(flag) || value === undefined || value.startsWith("-")) return undefined;
      values[flag] = value;
      i++;
    }
  }
  return values;
}

const isStringFlag = (flag: string): flag is "policy" | "on-policy-error" | "role" | "config" | "log-dir" =>
  (STRING_FLAGS as ReadonlySet<string>).has(flag);

/** Runs the hook and returns its outcome; never throws. Exposed for tests. */
export async function preToolUse(
  args: readonly string[],
  io: CliIo,
): Promise<PreToolUseOutcome & { auditError?: string }> {
  const now = io.now();
  const call: { -readonly [K in keyof CallFacts]: CallFacts[K] } = {
    session: null,
    cwd: null,
    tool: null,
    toolInput: undefined,
  };
  let facts: HookFacts = {
    user: io.env.STEWARD_USER ?? io.env.USER ?? "unknown",
    role: null,
    home: io.env.HOME ?? "/",
    now,
  };
  let onError: OnError = "deny";
  let auditDir: string | undefined;
  let result: PreToolUseOutcome;
  try {
    let values: HookArgs = {};
    let argProblem: string | undefined;
    try {
      values =
        plainArgs(args) ??
        parseCommandArgs(
          "hook pre-tool-use",
          args,
          {
            policy: { type: "string" },
            "on-policy-error": { type: "string" },
            role: { type: "string" },
            config: { type: "string" },
            "log-dir": { type: "string" },
            "emit-allow": { type: "boolean" },
          },
          false,
        ).values;
    } catch (error) {
      argProblem = `bad hook arguments: ${error instanceof ConfigurationError ? error.message : getErrorMessage(error)}`;
    }
    const requested = values["on-policy-error"];
    const badOnError = requested !== undefined && !ON_ERROR.has(requested);
    const ctx = hookContext(
      {
        ...hookFlags(values),
        ...(requested !== undefined && !badOnError ? { onPolicyError: requested } : {}),
      },
      io.env,
      io.cwd,
      process.platform,
    );
    onError = ctx.onError;
    auditDir = ctx.auditDir;
    facts = {
      user: ctx.user,
      role: null,
      home: ctx.home,
      now,
      ...(ctx.config.contact ? { fallbackContact: ctx.config.contact } : {}),
      ...(io.env.STEWARD_SUPPORT_CONTACT ? { fallbackContact: io.env.STEWARD_SUPPORT_CONTACT } : {}),
    };
    for (const p of ctx.configProblems) io.logger.warning(`steward hook: ${p}`);
    const text = await io.readStdin();
    const parsed =
      text.length > MAX_STDIN_BYTES
        ? ({ ok: false, error: `the hook input is larger than ${MAX_STDIN_BYTES / 1024 / 1024} MB` } as const)
        : parseHookInput(text);
    if (parsed.ok) {
      call.session = parsed.input.session_id ?? null;
      call.cwd = parsed.input.cwd ?? null;
      call.tool = parsed.input.tool_name ?? null;
      call.toolInput = parsed.input.tool_input;
    }
    let policyResult: Awaited<ReturnType<typeof loadHookPolicy>> | undefined;
    let policyError: string | undefined;
    try {
      policyResult = await loadHookPolicy(ctx.policyLocation, {
        cache: ctx.config.policyCache === false ? "off" : "read",
      });
    } catch (error) {
      policyError = `the org policy at ${ctx.policyLocation} cannot be used (${getErrorMessage(error)})`;
    }
    const policy = policyResult?.policy;
    if (argProblem !== undefined) {
      result = errorOutcome(argProblem, call, facts, { onError }, policy);
    } else if (badOnError) {
      result = errorOutcome(
        `--on-policy-error "${requested}" is not deny, ask or allow`,
        call,
        facts,
        { onError },
        policy,
      );
    } else if (!parsed.ok) {
      result = errorOutcome(`${parsed.error}, not a PreToolUse tool call`, call, facts, { onError }, policy);
    } else if (call.tool === null || call.tool === "") {
      result = errorOutcome('the hook input has no "tool_name"', call, facts, { onError }, policy);
    } else if (!policy) {
      result = errorOutcome(policyError as string, call, facts, { onError });
    } else {
      const resolved = roleFor(policy, ctx, values.role);
      const note = roleNote(resolved);
      facts = { ...facts, role: resolved.role, ...(note ? { roleNote: note } : {}) };
      // From the compiled-policy cache: only the rules this call can match are read.
      const rules = storedRuleSet(policy, resolved.role) ?? rulesOf(policy, resolved.role);
      if (!rules) {
        result = errorOutcome(
          `no role applies to user ${ctx.user} (no STEWARD_ROLE, no matching SSO group, no defaultRole in role-mappings.json)`,
          call,
          facts,
          { onError },
          policy,
        );
      } else {
        result = decidePreToolUse(policy, rules, call, facts, {
          emitAllow: values["emit-allow"] === true || ctx.config.emitAllow === true,
        });
      }
    }
  } catch (error) {
    result = errorOutcome(`internal error in Steward (${getErrorMessage(error)})`, call, facts, { onError });
  }
  let auditError: string | undefined;
  try {
    appendLines(dayFile(auditDir ?? `${facts.home}/.claude/steward/audit`, now), [result.auditLine]);
  } catch (error) {
    auditError = getErrorMessage(error);
  }
  return { ...result, ...(auditError ? { auditError } : {}) };
}

const command: Command = {
  path: ["hook", "pre-tool-use"],
  summary: "Claude Code PreToolUse hook: decide a tool call from the org policy and role, audit it",
  help: HELP,
  async run(args, io: CliIo) {
    const result = await preToolUse(args, io);
    if (result.auditError) io.logger.warning(`steward hook: audit record not written: ${result.auditError}`);
    io.stdout.write(result.stdout);
    return 0;
  },
};

export default command;
