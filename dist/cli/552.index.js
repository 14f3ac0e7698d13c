"use strict";
exports.id = 552;
exports.ids = [552];
exports.modules = {

/***/ 1603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wm: () => (/* binding */ summarizeToolInput),
/* harmony export */   bd: () => (/* binding */ parseAuditLine),
/* harmony export */   cV: () => (/* binding */ formatAuditRecord)
/* harmony export */ });
/* unused harmony exports AUDIT_RECORD_VERSION, MAX_AUDITED_COMMAND_LENGTH, AUDIT_DECISIONS */
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
const AUDIT_RECORD_VERSION = 1;
/** Longest command kept in {@link AuditInputSummary.command}, in UTF-16 code units. */
const MAX_AUDITED_COMMAND_LENGTH = 200;
const AUDIT_DECISIONS = ["deny", "ask", "allow", "none"];
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
function parseAuditLine(line) {
    const text = line.endsWith("\r") ? line.slice(0, -1) : line;
    const trimmed = text.trim();
    if (trimmed === "")
        return fail("empty line");
    if (trimmed.startsWith("{"))
        return parseJsonRecord(trimmed);
    const legacy = parseLegacyLine(trimmed);
    if (legacy)
        return { ok: true, record: legacy };
    return fail("neither a JSON audit record nor a legacy BLOCKED/DENIED line");
}
/** Serialise a record as one line (with the trailing newline), fields in the documented order. */
function formatAuditRecord(record) {
    const ordered = {
        v: 1,
        ts: record.ts,
        user: record.user,
        role: record.role,
        session: record.session,
        event: record.event,
        tool: record.tool,
        decision: record.decision,
        rule: record.rule,
        ruleSource: record.ruleSource === null ? null : { file: record.ruleSource.file, line: record.ruleSource.line },
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
function summarizeToolInput(toolInput) {
    if (typeof toolInput !== "object" || toolInput === null)
        return {};
    const input = toolInput;
    const summary = {};
    if (typeof input.command === "string") {
        const cut = truncate(input.command, MAX_AUDITED_COMMAND_LENGTH);
        summary.command = cut;
        if (cut.length < input.command.length)
            summary.truncated = true;
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
        if (domain !== null)
            summary.domain = domain;
    }
    return summary;
}
function parseJsonRecord(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return fail(text.endsWith("}") ? "invalid JSON" : "invalid JSON (truncated line?)");
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return fail("not a JSON object");
    const o = value;
    if (o.v !== 1) {
        return fail(typeof o.v === "number" ? `unsupported audit record version v=${o.v}` : "missing version field v");
    }
    const problems = [];
    const str = (key) => {
        if (typeof o[key] !== "string" || o[key] === "")
            problems.push(`${key} must be a non-empty string`);
    };
    const strOrNull = (key) => {
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
    if (!AUDIT_DECISIONS.includes(o.decision)) {
        problems.push(`decision must be one of ${AUDIT_DECISIONS.join("|")}`);
    }
    strOrNull("rule");
    if (!("ruleSource" in o) || !isRuleSourceOrNull(o.ruleSource)) {
        problems.push("ruleSource must be {file: string, line: positive integer} or null");
    }
    strOrNull("reason");
    const inputProblem = checkInput(o.input);
    if (inputProblem)
        problems.push(inputProblem);
    strOrNull("cwd");
    strOrNull("policyVersion");
    if (problems.length > 0)
        return fail(problems.join("; "));
    return { ok: true, record: o };
}
function isRuleSourceOrNull(value) {
    if (value === null)
        return true;
    if (typeof value !== "object" || Array.isArray(value))
        return false;
    const s = value;
    return (typeof s.file === "string" &&
        s.file !== "" &&
        typeof s.line === "number" &&
        Number.isInteger(s.line) &&
        s.line >= 1);
}
function checkInput(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return "input must be an object";
    const input = value;
    for (const key of ["command", "filePath", "domain"]) {
        if (key in input && typeof input[key] !== "string")
            return `input.${key} must be a string`;
    }
    if (typeof input.command === "string" && input.command.length > MAX_AUDITED_COMMAND_LENGTH) {
        return `input.command is longer than ${MAX_AUDITED_COMMAND_LENGTH} characters (not redacted)`;
    }
    if ("truncated" in input && typeof input.truncated !== "boolean")
        return "input.truncated must be a boolean";
    return null;
}
function parseLegacyLine(text) {
    const m = LEGACY_LINE.exec(text);
    if (!m)
        return null;
    const [, rawTs, verdict, rest = ""] = m;
    const ts = rawTs !== undefined && ISO_TIME.test(rawTs) ? rawTs : null;
    let tool = null;
    let input = rest.trim() === "" ? null : rest.trim();
    const seed = LEGACY_SEED_BODY.exec(rest);
    const call = seed ? null : LEGACY_CALL_BODY.exec(rest.trim());
    if (seed) {
        tool = emptyToNull(seed[1]);
        input = emptyToNull(seed[2]);
    }
    else if (call) {
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
function emptyToNull(value) {
    const trimmed = value?.trim() ?? "";
    return trimmed === "" ? null : trimmed;
}
/** Cut to at most `max` UTF-16 code units without splitting a surrogate pair. */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    const code = value.charCodeAt(max - 1);
    const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
    return value.slice(0, end);
}
function hostOf(url) {
    try {
        const host = new URL(url).hostname;
        return host === "" ? null : host;
    }
    catch {
        return null;
    }
}
function fail(error) {
    return { ok: false, error };
}


/***/ }),

/***/ 2552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HELP: () => (/* binding */ HELP),
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
/**
 * The rule set to match against: compiled from the rules, or restored from
 * the compiled-policy cache (policy.ts `storedRuleSet`), which compiles only
 * the rules the call can match.
 */
function compiled(rules) {
    let set = compiledCache.get(rules);
    if (!set) {
        set = isStored(rules) ? (0,match/* restoreRuleSet */.Fe)(rules) : (0,match/* compileRules */.nb)(rules);
        compiledCache.set(rules, set);
    }
    return set;
}
const isStored = (rules) => !Array.isArray(rules);
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







/** `--help` text (also printed by the fast entry, shared/cli/hook-bin.ts). */
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
const STRING_FLAGS = new Set(["policy", "on-policy-error", "role", "config", "log-dir"]);
/**
 * The arguments as Claude Code passes them (`--flag value` pairs and
 * `--emit-allow`), read without node:util parseArgs, whose loading is a
 * noticeable part of a hook call. Anything else (`--flag=value`, a value
 * starting with "-", an unknown flag) returns undefined, for parseArgs to read
 * or reject with its own message.
 */
function plainArgs(args) {
    const values = {};
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!arg.startsWith("--"))
            return undefined;
        const flag = arg.slice(2);
        if (flag === "emit-allow")
            values[flag] = true;
        else {
            const value = args[i + 1];
            if (!isStringFlag(flag) || value === undefined || value.startsWith("-"))
                return undefined;
            values[flag] = value;
            i++;
        }
    }
    return values;
}
const isStringFlag = (flag) => STRING_FLAGS.has(flag);
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
            values =
                plainArgs(args) ??
                    (0,cli_args/* parseCommandArgs */.Q)("hook pre-tool-use", args, {
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
            ...(0,context/* hookFlags */.jj)(values),
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
            // From the compiled-policy cache: only the rules this call can match are read.
            const rules = (0,hooks_policy/* storedRuleSet */.gt)(policy, resolved.role) ?? (0,hooks_policy/* rulesOf */.fD)(policy, resolved.role);
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


/***/ }),

/***/ 2635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/* unused harmony export wrapError */
/**
 * Two kinds of error (ARCHITECTURE.md, rule 2).
 *
 * A `ConfigurationError` is the user's to fix: bad input, a malformed policy
 * file, a 401 from a service. It says what is wrong, where, and what to do, and
 * is shown without a stack trace. Every other error is a bug in Steward.
 */
/** An error the user can fix. Shown without a stack trace. */
class ConfigurationError extends Error {
    location;
    title;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = "ConfigurationError";
        const { title, hint, cause: _cause, ...location } = options;
        this.location = location;
        this.title = title;
        this.hint = hint;
    }
    /** The message with its hint, as users should read it. */
    get userMessage() {
        return this.hint ? `${this.message} ${this.hint}` : this.message;
    }
}
/** True for errors the user can fix (see {@link ConfigurationError}). */
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** The message of anything thrown, without an `Error: ` prefix. */
function getErrorMessage(error) {
    if (error instanceof ConfigurationError)
        return error.userMessage;
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Normalise anything thrown into an `Error`. */
function wrapError(error) {
    return error instanceof Error ? error : new Error(getErrorMessage(error));
}


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ utcDate),
/* harmony export */   NV: () => (/* binding */ dayFile),
/* harmony export */   Uy: () => (/* binding */ pruneDayFiles),
/* harmony export */   _g: () => (/* binding */ appendLines)
/* harmony export */ });
/* unused harmony export expiredDayFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _log_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3622);
/**
 * Append-only JSONL logs, one file per UTC day (`<dir>/YYYY-MM-DD.jsonl`),
 * safe when several Claude Code sessions write at once: each line is written
 * with one `write(2)` on a descriptor opened with `O_APPEND`, and lines are
 * kept under {@link MAX_LINE_BYTES} (see log-line.ts), so lines never tear or
 * interleave. Retention: files older than the retention period are deleted.
 */



/** `YYYY-MM-DD` (UTC) of a date. */
function utcDate(date) {
    return date.toISOString().slice(0, 10);
}
/** The day file for a time. */
function dayFile(dir, date) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${utcDate(date)}.jsonl`);
}
const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;
/**
 * Which of `names` are day files older than `retentionDays` before `today`
 * (a file dated exactly `retentionDays` ago is kept). Pure.
 */
function expiredDayFiles(names, today, retentionDays) {
    if (!Number.isInteger(retentionDays) || retentionDays < 1)
        return [];
    const cutoff = utcDate(new Date(Date.parse(`${utcDate(today)}T00:00:00Z`) - retentionDays * 86_400_000));
    return names.filter((n) => {
        const m = DAY_FILE.exec(n);
        return m !== null && m[1] < cutoff;
    });
}
/**
 * Appends complete lines (each ending in "\n", each at most
 * {@link MAX_LINE_BYTES}) to a file, one `write` per line. Creates the
 * directory (0700) and file (0600). Throws on I/O errors and on a line that
 * breaks the rules (a bug in the caller).
 */
function appendLines(file, lines) {
    if (lines.length === 0)
        return;
    const buffers = lines.map((line) => {
        const b = Buffer.from(line, "utf8");
        if (b.length > _log_line_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LINE_BYTES */ .Oc || !line.endsWith("\n") || line.indexOf("\n") !== line.length - 1)
            throw new Error(`appendLines: not one line of at most ${_log_line_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LINE_BYTES */ .Oc} bytes`);
        return b;
    });
    const dir = file.slice(0, Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")));
    if (dir)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, "a", 0o600);
    try {
        for (const b of buffers) {
            const written = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, b, 0, b.length);
            if (written !== b.length)
                throw new Error(`short write to ${file}: ${written} of ${b.length} bytes`);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Deletes expired day files in `dir`; returns their names. A missing directory is nothing to prune. */
function pruneDayFiles(dir, today, retentionDays) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const expired = expiredDayFiles(names, today, retentionDays);
    const removed = [];
    for (const name of expired) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
            removed.push(name);
        }
        catch {
            // another session removed it first, or it is not ours to remove: leave it
        }
    }
    return removed;
}


/***/ }),

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ auditInput),
/* harmony export */   Oc: () => (/* binding */ MAX_LINE_BYTES),
/* harmony export */   kk: () => (/* binding */ auditLine),
/* harmony export */   rF: () => (/* binding */ jsonLine)
/* harmony export */ });
/* unused harmony exports cutString, fitLine */
/* harmony import */ var _audit_audit_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1603);
/**
 * One log line that is safe to append from many processes at once: a single
 * JSON object, at most {@link MAX_LINE_BYTES} bytes including the newline, so
 * one `write(2)` under `O_APPEND` puts it in the file whole (no torn or
 * interleaved lines; PIPE_BUF is 4096 on Linux, 512 by POSIX, and regular
 * files get whole-write appends on Linux/macOS for writes of this size).
 * Pure.
 */

/** Longest line Steward appends, newline included. */
const MAX_LINE_BYTES = 4000;
/** Marker appended to a string that was cut to fit a line. */
const CUT = "…";
const byteLength = (s) => Buffer.byteLength(s, "utf8");
/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutString(value, max) {
    if (value.length <= max)
        return value;
    let end = Math.max(0, max);
    const code = value.charCodeAt(end - 1);
    if (end > 0 && code >= 0xd800 && code <= 0xdbff)
        end--;
    return value.slice(0, end);
}
/** Path (keys) to the longest string in a JSON value, skipping keys in `keep`. */
function longestString(value, keep, path = []) {
    if (typeof value === "string")
        return { path, length: value.length };
    let best;
    const visit = (child, key) => {
        if (typeof key === "string" && keep.has(key))
            return;
        const found = longestString(child, keep, [...path, key]);
        if (found && (!best || found.length > best.length))
            best = found;
    };
    if (Array.isArray(value))
        value.forEach(visit);
    else if (value !== null && typeof value === "object")
        for (const [k, v] of Object.entries(value))
            visit(v, k);
    return best;
}
/**
 * Serialises `value` with `format` and, while the line is longer than
 * `maxBytes`, halves the longest string field (never the keys in `keep`),
 * marking it with "…". Returns the line and whether anything was cut.
 */
function fitLine(value, format, maxBytes = MAX_LINE_BYTES, keep = new Set(["v", "ts", "event", "decision", "source"])) {
    const current = structuredClone(value);
    let line = format(current);
    let cut = false;
    for (let i = 0; i < 200 && byteLength(line) > maxBytes; i++) {
        const target = longestString(current, keep);
        if (!target || target.length === 0)
            break;
        const parentPath = target.path.slice(0, -1);
        const key = target.path[target.path.length - 1];
        let parent = current;
        for (const k of parentPath)
            parent = parent[k];
        const s = parent[key];
        const over = byteLength(line) - maxBytes;
        // Keep at most half, and at most what still fits after the overflow (bytes >= units, so this is enough or close).
        const keepUnits = Math.max(0, Math.min(Math.floor(s.length / 2), s.length - over - CUT.length));
        parent[key] = `${cutString(s, keepUnits)}${CUT}`;
        cut = true;
        line = format(current);
    }
    return { line, cut };
}
/** The audit input summary with the nested command/path/domain limits of docs/audit-log-format.md. */
function auditInput(toolInput) {
    return (0,_audit_audit_record_js__WEBPACK_IMPORTED_MODULE_0__/* .summarizeToolInput */ .Wm)(toolInput);
}
/** One audit line (AuditRecordV1 + "\n"), cut to fit {@link MAX_LINE_BYTES}. */
function auditLine(record, maxBytes = MAX_LINE_BYTES) {
    const { line, cut } = fitLine(record, _audit_audit_record_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAuditRecord */ .cV, maxBytes);
    if (!cut)
        return line;
    // A cut command must say so (the parser checks `truncated` only by length, readers by the flag).
    const parsed = JSON.parse(line);
    if (parsed.input.command !== undefined &&
        record.input.command !== parsed.input.command &&
        !parsed.input.truncated) {
        return fitLine({ ...parsed, input: { ...parsed.input, truncated: true } }, _audit_audit_record_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAuditRecord */ .cV, maxBytes)
            .line;
    }
    return line;
}
/** One usage or other plain JSON line, cut to fit. */
function jsonLine(value, maxBytes = MAX_LINE_BYTES) {
    return fitLine(value, (v) => `${JSON.stringify(v)}\n`, maxBytes).line;
}


/***/ }),

/***/ 613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G_: () => (/* binding */ MAX_STDIN_BYTES),
/* harmony export */   kx: () => (/* binding */ renderPromptBlock),
/* harmony export */   nT: () => (/* binding */ parseHookInput),
/* harmony export */   rO: () => (/* binding */ renderPreToolUse),
/* harmony export */   tX: () => (/* binding */ renderSystemMessage)
/* harmony export */ });
/* unused harmony export MAX_REASON_LENGTH */
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
/** Longest stdin a hook reads; more is answered as "too large" (see docs/hooks.md). */
const MAX_STDIN_BYTES = 32 * 1024 * 1024;
const optionalString = (o, key) => typeof o[key] === "string" ? o[key] : undefined;
/**
 * Parses a hook's stdin. Never throws: empty input, invalid JSON, a non-object
 * and wrongly typed known fields are errors with a short reason.
 */
function parseHookInput(text) {
    const trimmed = text.trim();
    if (trimmed === "")
        return { ok: false, error: "standard input is empty" };
    let value;
    try {
        value = JSON.parse(trimmed);
    }
    catch {
        return { ok: false, error: "standard input is not valid JSON" };
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
        return { ok: false, error: "standard input is not a JSON object" };
    const o = value;
    for (const key of ["session_id", "transcript_path", "cwd", "hook_event_name", "tool_name", "prompt"]) {
        if (key in o && o[key] !== null && typeof o[key] !== "string")
            return { ok: false, error: `"${key}" is not a string` };
    }
    const input = {};
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
        if (v !== undefined)
            input[key] = v;
    }
    if ("tool_input" in o)
        input.tool_input = o.tool_input;
    if (typeof o.stop_hook_active === "boolean")
        input.stop_hook_active = o.stop_hook_active;
    return { ok: true, input: input };
}
/** Claude Code caps hook output at 10,000 characters (§4); reasons stay well under it. */
const MAX_REASON_LENGTH = 2000;
function capReason(reason) {
    if (reason.length <= MAX_REASON_LENGTH)
        return reason;
    return `${reason.slice(0, MAX_REASON_LENGTH - 1)}…`;
}
/**
 * The exact stdout of a PreToolUse hook for an answer: a JSON line for
 * deny/ask/allow, the empty string for `none`.
 */
function renderPreToolUse(answer, reason) {
    if (answer === "none")
        return "";
    return `${JSON.stringify({
        hookSpecificOutput: {
            hookEventName: "PreToolUse",
            permissionDecision: answer,
            permissionDecisionReason: capReason(reason),
        },
    })}\n`;
}
/** UserPromptSubmit: block the prompt (it is erased; the reason is shown to the user). */
function renderPromptBlock(reason) {
    return `${JSON.stringify({ decision: "block", reason: capReason(reason) })}\n`;
}
/** Any event: a warning shown to the user, nothing else changed (universal `systemMessage`). */
function renderSystemMessage(message) {
    return `${JSON.stringify({ systemMessage: capReason(message) })}\n`;
}


/***/ })

};
;