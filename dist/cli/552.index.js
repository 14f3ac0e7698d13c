export const id = 552;
export const ids = [552];
export const modules = {

/***/ 2552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ hook_pre_tool_use),
  preToolUse: () => (/* binding */ preToolUse)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/hooks/context.ts + 1 modules
var context = __webpack_require__(516);
// EXTERNAL MODULE: ./shared/hooks/day-log.ts
var day_log = __webpack_require__(4136);
// EXTERNAL MODULE: ./shared/hooks/policy.ts
var hooks_policy = __webpack_require__(8371);
// EXTERNAL MODULE: ./shared/permissions/match.ts
var match = __webpack_require__(7648);
// EXTERNAL MODULE: ./shared/hooks/log-line.ts
var log_line = __webpack_require__(3622);
// EXTERNAL MODULE: ./shared/hooks/protocol.ts
var protocol = __webpack_require__(613);
;// CONCATENATED MODULE: ./shared/hooks/pre-tool-use.ts



/** Commands longer than this are not matched (shell parsing is linear but a 10 MB command is no real call): `ask`. */
const MAX_DECIDED_COMMAND_LENGTH = 100_000;
const DEFAULT_CONTACT = "your Claude Code administrators";
function contactOf(policy, facts) {
    return policy?.contact ?? facts.fallbackContact ?? DEFAULT_CONTACT;
}
function orgLabel(policy) {
    const org = policy?.orgName ? `${policy.orgName} policy` : "Org policy";
    return policy?.policyVersion ? `${org} ${policy.policyVersion}` : org;
}
const where = (rule) => rule.source.file
    ? `${rule.source.file}${rule.source.line ? `:${rule.source.line}` : ""}`
    : "the org policy";
function record(facts, call, policy, decision, rule, reason) {
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
        ruleSource: rule?.source.file !== undefined && rule.source.line !== undefined
            ? { file: rule.source.file, line: rule.source.line }
            : null,
        reason,
        input: (0,log_line/* auditInput */.Kq)(call.toolInput),
        cwd: call.cwd,
        policyVersion: policy?.policyVersion ?? null,
    };
}
function outcome(answer, reason, rec) {
    return { answer, stdout: (0,protocol/* renderPreToolUse */.rO)(answer, reason), auditLine: (0,log_line/* auditLine */.kk)(rec), record: rec };
}
/** Answer when the policy or the input is unusable (fail closed by default). */
function errorOutcome(problem, call, facts, options, policy) {
    const mode = options.onError ?? "deny";
    const contact = contactOf(policy, facts);
    const effect = mode === "deny"
        ? "so Steward blocks every tool call until it is fixed"
        : mode === "ask"
            ? "so Steward asks you to confirm every tool call until it is fixed"
            : "so this call is not checked";
    const reason = `Steward cannot check this call (${problem}), ${effect}. Contact ${contact}.`;
    const answer = mode === "allow" ? "none" : mode;
    return outcome(answer, reason, record(facts, call, policy, answer, undefined, reason));
}
/** Compiled rule sets per role, reused across calls in one process (tests, benchmarks). */
const compiledCache = new WeakMap();
function compiled(rules) {
    let set = compiledCache.get(rules);
    if (!set) {
        set = (0,match/* compileRules */.nb)(rules);
        compiledCache.set(rules, set);
    }
    return set;
}
/** Decides one call with a loaded policy. */
function decidePreToolUse(policy, rules, call, facts, options = {}) {
    const tool = call.tool;
    const input = call.toolInput;
    const command = typeof input === "object" &&
        input !== null &&
        typeof input.command === "string"
        ? input.command
        : undefined;
    const label = orgLabel(policy);
    const contact = contactOf(policy, facts);
    const roleText = facts.role ? ` for role ${facts.role}` : "";
    const note = facts.roleNote ? ` (${facts.roleNote})` : "";
    if ((tool === "Bash" || tool === "PowerShell") &&
        command !== undefined &&
        command.length > MAX_DECIDED_COMMAND_LENGTH) {
        const reason = `${label}: this ${tool} command is ${command.length.toLocaleString("en-US")} characters long, too long for Steward to check against the policy; confirm it yourself.`;
        return outcome("ask", reason, record(facts, call, policy, "ask", undefined, reason));
    }
    const result = (0,match/* decide */.LD)(compiled(rules), { tool_name: tool, tool_input: input, ...(call.cwd ? { cwd: call.cwd } : {}) }, { home: facts.home });
    const rule = result.rule;
    switch (result.decision) {
        case "deny": {
            const r = rule;
            const reason = `Blocked by ${label}: deny rule "${r.text}" (${where(r)})${roleText}${note} matches this ${tool} call. If you need it, contact ${contact}.`;
            return outcome("deny", reason, record(facts, call, policy, "deny", r, reason));
        }
        case "ask": {
            const r = rule;
            const reason = `${label} asks you to confirm: ask rule "${r.text}" (${where(r)})${roleText}${note} matches this ${tool} call.`;
            return outcome("ask", reason, record(facts, call, policy, "ask", r, reason));
        }
        case "allow": {
            const r = rule;
            const reason = `${label}: allow rule "${r.text}" (${where(r)})${roleText} matches.`;
            const answer = options.emitAllow ? "allow" : "none";
            // The record says what the policy decided; `reason` notes when Claude Code decides instead.
            return outcome(answer, reason, record(facts, call, policy, "allow", r, options.emitAllow ? reason : `${reason} Claude Code's own rules decide.`));
        }
        default:
            return outcome("none", "", record(facts, call, policy, "none", undefined, null));
    }
}

// EXTERNAL MODULE: ./shared/cli/args.ts
var cli_args = __webpack_require__(9006);
;// CONCATENATED MODULE: ./shared/cli/commands/hook-pre-tool-use.ts
/** `steward hook pre-tool-use`: Claude Code's PreToolUse hook (docs/hooks.md). */







const HELP = `Usage: steward hook pre-tool-use [--policy <dir or file>] [--on-policy-error deny|ask|allow]
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
/** Runs the hook and returns its outcome; never throws. Exposed for tests. */
async function preToolUse(args, io) {
    const now = io.now();
    const call = {
        session: null,
        cwd: null,
        tool: null,
        toolInput: undefined,
    };
    let facts = {
        user: io.env.STEWARD_USER ?? io.env.USER ?? "unknown",
        role: null,
        home: io.env.HOME ?? "/",
        now,
    };
    let onError = "deny";
    let auditDir;
    let result;
    try {
        let values = {};
        let argProblem;
        try {
            values = (0,cli_args/* parseCommandArgs */.Q)("hook pre-tool-use", args, {
                policy: { type: "string" },
                "on-policy-error": { type: "string" },
                role: { type: "string" },
                config: { type: "string" },
                "log-dir": { type: "string" },
                "emit-allow": { type: "boolean" },
            }, false).values;
        }
        catch (error) {
            argProblem = `bad hook arguments: ${error instanceof errors/* ConfigurationError */.j1 ? error.message : (0,errors/* getErrorMessage */.u1)(error)}`;
        }
        const requested = values["on-policy-error"];
        const badOnError = requested !== undefined && !ON_ERROR.has(requested);
        const ctx = (0,context/* hookContext */.ZI)({
            ...(values.policy !== undefined ? { policy: values.policy } : {}),
            ...(values.config !== undefined ? { config: values.config } : {}),
            ...(values["log-dir"] !== undefined ? { logDir: values["log-dir"] } : {}),
            ...(requested !== undefined && !badOnError ? { onPolicyError: requested } : {}),
        }, io.env, io.cwd, process.platform);
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
        for (const p of ctx.configProblems)
            io.logger.warning(`steward hook: ${p}`);
        const text = await io.readStdin();
        const parsed = text.length > protocol/* MAX_STDIN_BYTES */.G_
            ? { ok: false, error: `the hook input is larger than ${protocol/* MAX_STDIN_BYTES */.G_ / 1024 / 1024} MB` }
            : (0,protocol/* parseHookInput */.nT)(text);
        if (parsed.ok) {
            call.session = parsed.input.session_id ?? null;
            call.cwd = parsed.input.cwd ?? null;
            call.tool = parsed.input.tool_name ?? null;
            call.toolInput = parsed.input.tool_input;
        }
        let policyResult;
        let policyError;
        try {
            policyResult = await (0,hooks_policy/* loadHookPolicy */.WW)(ctx.policyLocation, {
                cache: ctx.config.policyCache === false ? "off" : "read",
            });
        }
        catch (error) {
            policyError = `the org policy at ${ctx.policyLocation} cannot be used (${(0,errors/* getErrorMessage */.u1)(error)})`;
        }
        const policy = policyResult?.policy;
        if (argProblem !== undefined) {
            result = errorOutcome(argProblem, call, facts, { onError }, policy);
        }
        else if (badOnError) {
            result = errorOutcome(`--on-policy-error "${requested}" is not deny, ask or allow`, call, facts, { onError }, policy);
        }
        else if (!parsed.ok) {
            result = errorOutcome(`${parsed.error}, not a PreToolUse tool call`, call, facts, { onError }, policy);
        }
        else if (call.tool === null || call.tool === "") {
            result = errorOutcome('the hook input has no "tool_name"', call, facts, { onError }, policy);
        }
        else if (!policy) {
            result = errorOutcome(policyError, call, facts, { onError });
        }
        else {
            const resolved = (0,context/* roleFor */.IJ)(policy, ctx, values.role);
            const note = (0,context/* roleNote */.Jy)(resolved);
            facts = { ...facts, role: resolved.role, ...(note ? { roleNote: note } : {}) };
            const rules = (0,hooks_policy/* rulesOf */.fD)(policy, resolved.role);
            if (!rules) {
                result = errorOutcome(`no role applies to user ${ctx.user} (no STEWARD_ROLE, no matching SSO group, no defaultRole in role-mappings.json)`, call, facts, { onError }, policy);
            }
            else {
                result = decidePreToolUse(policy, rules, call, facts, {
                    emitAllow: values["emit-allow"] === true || ctx.config.emitAllow === true,
                });
            }
        }
    }
    catch (error) {
        result = errorOutcome(`internal error in Steward (${(0,errors/* getErrorMessage */.u1)(error)})`, call, facts, { onError });
    }
    let auditError;
    try {
        (0,day_log/* appendLines */._g)((0,day_log/* dayFile */.NV)(auditDir ?? `${facts.home}/.claude/steward/audit`, now), [result.auditLine]);
    }
    catch (error) {
        auditError = (0,errors/* getErrorMessage */.u1)(error);
    }
    return { ...result, ...(auditError ? { auditError } : {}) };
}
const command = {
    path: ["hook", "pre-tool-use"],
    summary: "Claude Code PreToolUse hook: decide a tool call from the org policy and role, audit it",
    help: HELP,
    async run(args, io) {
        const result = await preToolUse(args, io);
        if (result.auditError)
            io.logger.warning(`steward hook: audit record not written: ${result.auditError}`);
        io.stdout.write(result.stdout);
        return 0;
    },
};
/* harmony default export */ const hook_pre_tool_use = (command);


/***/ })

};
