export const id = 85;
export const ids = [85];
export const modules = {

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

/***/ 516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DS: () => (/* binding */ defaultPolicyDir),
  ZI: () => (/* binding */ hookContext),
  IJ: () => (/* binding */ roleFor),
  Jy: () => (/* binding */ roleNote)
});

// UNUSED EXPORTS: homeOf, parseHookConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./shared/hooks/identity.ts
function resolveRole(policy, facts) {
    const names = policy.roleInfo.map((r) => r.name);
    if (names.length === 0)
        return { role: null, via: "org-only" };
    const fallback = (unknownRole) => {
        const base = policy.defaultRole !== null && names.includes(policy.defaultRole)
            ? { role: policy.defaultRole, via: "default" }
            : { role: null, via: "none" };
        return unknownRole === undefined ? base : { ...base, unknownRole };
    };
    const named = [
        [facts.flagRole, "flag"],
        [facts.envRole, "env"],
        [facts.configRole, "config"],
    ];
    for (const [role, via] of named) {
        if (role === undefined || role.trim() === "")
            continue;
        return names.includes(role) ? { role, via } : fallback(role);
    }
    if (facts.groups && facts.groups.length > 0) {
        const set = new Set(facts.groups);
        const hit = policy.roleInfo.find((r) => r.idpGroups.some((g) => set.has(g)));
        if (hit)
            return { role: hit.name, via: "idp-group" };
    }
    const member = policy.roleInfo.find((r) => r.members.includes(facts.user));
    if (member)
        return { role: member.name, via: "member" };
    return fallback();
}
/**
 * Parses an SSO group file: a JSON array of strings, a JSON object with a
 * `groups` array (an IdP token's claim dumped as is), or plain text with one
 * group per line (`#` comments). Returns undefined when it is none of these.
 */
function parseGroupFile(text) {
    const trimmed = text.trim();
    if (trimmed === "")
        return [];
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        let value;
        try {
            value = JSON.parse(trimmed);
        }
        catch {
            return undefined;
        }
        const list = Array.isArray(value)
            ? value
            : value !== null && typeof value === "object" && Array.isArray(value.groups)
                ? value.groups
                : undefined;
        return list?.filter((g) => typeof g === "string" && g !== "");
    }
    return trimmed
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "" && !l.startsWith("#"));
}

;// CONCATENATED MODULE: ./shared/hooks/context.ts
/**
 * The edge of every `steward hook ...` command: where the policy, the logs
 * and the hook config are, who the user is and which role applies. Reads the
 * environment (passed in), the hook config file and the SSO group file.
 */



/** Where the policy is deployed when neither --policy nor STEWARD_POLICY_DIR says (docs/hooks.md). */
function defaultPolicyDir(platform) {
    if (platform === "darwin")
        return "/Library/Application Support/ClaudeCode/steward";
    if (platform === "win32")
        return "C:\\Program Files\\ClaudeCode\\steward";
    return "/etc/claude-code/steward";
}
function homeOf(env) {
    return env.HOME ?? env.USERPROFILE ?? "/";
}
const ON_ERROR = new Set(["deny", "ask", "allow"]);
/** Parses a hook config; unknown keys are ignored, wrong types are problems. Pure. */
function parseHookConfig(text) {
    const problems = [];
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { config: {}, problems: ["not valid JSON"] };
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
        return { config: {}, problems: ["not a JSON object"] };
    const o = value;
    const out = {};
    for (const key of ["role", "user", "groupsFile", "logDir", "contact"]) {
        if (o[key] === undefined)
            continue;
        if (typeof o[key] === "string" && o[key] !== "")
            out[key] = o[key];
        else
            problems.push(`${key} must be a non-empty string`);
    }
    for (const key of ["emitAllow", "blockPromptsOnQuota", "policyCache"]) {
        if (o[key] === undefined)
            continue;
        if (typeof o[key] === "boolean")
            out[key] = o[key];
        else
            problems.push(`${key} must be true or false`);
    }
    if (o.onPolicyError !== undefined) {
        if (typeof o.onPolicyError === "string" && ON_ERROR.has(o.onPolicyError))
            out.onPolicyError = o.onPolicyError;
        else
            problems.push("onPolicyError must be deny, ask or allow");
    }
    return { config: out, problems };
}
/** Expands a leading `~/` with the home directory. */
function expandHome(path, home) {
    return path === "~" ? home : path.startsWith("~/") ? (0,external_node_path_.join)(home, path.slice(2)) : path;
}
/** Resolves paths and settings from flags, env and the config file. Reads only the config file. */
function hookContext(flags, env, cwd, platform) {
    const home = homeOf(env);
    const policyLocation = resolveFrom(cwd, flags.policy ?? env.STEWARD_POLICY_DIR ?? defaultPolicyDir(platform));
    const configPath = flags.config ?? env.STEWARD_CONFIG ?? (0,external_node_path_.join)(policyLocation, "steward-hook.json");
    let config = {};
    let configProblems = [];
    try {
        const parsed = parseHookConfig((0,external_node_fs_.readFileSync)(configPath, "utf8"));
        config = parsed.config;
        configProblems = parsed.problems.map((p) => `${configPath}: ${p}`);
    }
    catch (error) {
        const code = error.code;
        // An absent default config is normal; an explicit one that is missing is a problem.
        if (!(code === "ENOENT" || code === "ENOTDIR") ||
            flags.config !== undefined ||
            env.STEWARD_CONFIG !== undefined)
            configProblems = [`${configPath}: cannot be read (${code ?? "error"})`];
    }
    const logDir = expandHome(flags.logDir ?? env.STEWARD_LOG_DIR ?? config.logDir ?? (0,external_node_path_.join)(home, ".claude", "steward"), home);
    const onErrorRaw = flags.onPolicyError ?? env.STEWARD_ON_POLICY_ERROR ?? config.onPolicyError ?? "deny";
    const onError = ON_ERROR.has(onErrorRaw) ? onErrorRaw : "deny";
    const user = env.STEWARD_USER ?? config.user ?? env.USER ?? env.LOGNAME ?? env.USERNAME ?? "unknown";
    return {
        policyLocation,
        config,
        configProblems,
        user,
        home,
        logDir,
        auditDir: env.STEWARD_AUDIT_DIR ? expandHome(env.STEWARD_AUDIT_DIR, home) : (0,external_node_path_.join)(logDir, "audit"),
        usageDir: env.STEWARD_USAGE_DIR ? expandHome(env.STEWARD_USAGE_DIR, home) : (0,external_node_path_.join)(logDir, "usage"),
        stateDir: (0,external_node_path_.join)(logDir, "state"),
        onError,
        env,
    };
}
function resolveFrom(cwd, path) {
    if (/^([a-zA-Z]:[\\/]|[\\/])/.test(path))
        return path;
    return (0,external_node_path_.join)(cwd, path);
}
/** The role for this user: reads the SSO group file when one is configured. */
function roleFor(policy, ctx, flagRole) {
    const groupsFile = ctx.env.STEWARD_GROUPS_FILE ?? ctx.config.groupsFile;
    let groups;
    if (groupsFile) {
        try {
            groups = parseGroupFile((0,external_node_fs_.readFileSync)(expandHome(groupsFile, ctx.home), "utf8"));
        }
        catch {
            groups = undefined; // no group file: the next source decides
        }
    }
    return resolveRole(policy, {
        ...(flagRole !== undefined ? { flagRole } : {}),
        ...(ctx.env.STEWARD_ROLE !== undefined ? { envRole: ctx.env.STEWARD_ROLE } : {}),
        ...(ctx.config.role !== undefined ? { configRole: ctx.config.role } : {}),
        ...(groups ? { groups } : {}),
        user: ctx.user,
    });
}
/** A short note for reasons when the role fell back. */
function roleNote(resolved) {
    if (resolved.unknownRole !== undefined)
        return `role "${resolved.unknownRole}" is not in role-mappings.json; ${resolved.role ? `using default role ${resolved.role}` : "org rules only"}`;
    return undefined;
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

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ DEFAULT_COUNTED),
/* harmony export */   WW: () => (/* binding */ loadHookPolicy),
/* harmony export */   fD: () => (/* binding */ rulesOf),
/* harmony export */   u0: () => (/* binding */ policyCachePath),
/* harmony export */   uk: () => (/* binding */ USAGE_COUNTERS)
/* harmony export */ });
/* unused harmony export writePolicyCache */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8994);
/**
 * The org policy as the hooks need it: the effective rules of each role
 * (shared/permissions `rolePolicies`), the role mappings (IdP groups,
 * members, quotas, quota unit, default role), the policy version, the org's
 * name, whom to contact, and the log retention. Building it from parsed
 * sources is pure; {@link loadHookPolicy} reads the files (with an optional
 * cache of the parsed rules keyed by every file's path, size and mtime).
 */




/** Token counters of a usage record. */
const USAGE_COUNTERS = ["input", "output", "cacheWrite5m", "cacheWrite1h", "cacheRead"];
/** Counted when role-mappings.json has no `quotaUnit.countedTokens` (cache reads excluded, as in the example policy). */
const DEFAULT_COUNTED = ["input", "output", "cacheWrite5m", "cacheWrite1h"];
/** The files a policy directory can hold, relative to it (drop-ins are listed from disk). */
const DIR_FILES = {
    managed: "managed-settings.json",
    enterprise: "enterprise-settings.json",
    roleMappings: "role-mappings.json",
    governance: "governance-config.json",
};
const SUPPORT_FILES = ["enterprise-support.json", (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(".claude", "enterprise-support.json")];
function statOrUndefined(path) {
    try {
        const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
    }
    catch (error) {
        if (error.code === "ENOENT" ||
            error.code === "ENOTDIR")
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read ${path}: ${error.code ?? "error"}.`, {
            file: path,
            cause: error,
        });
    }
}
/** The policy files present under `location` (a directory or one file), sorted as read. */
function policyFiles(location) {
    let isDir;
    let uid;
    try {
        const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(location);
        isDir = s.isDirectory();
        uid = s.uid;
    }
    catch (error) {
        const code = error.code ?? "error";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The policy at ${location} cannot be read (${code}).`, {
            file: location,
            cause: error,
        });
    }
    if (!isDir)
        return { dir: undefined, files: [location], uid };
    const files = [...Object.values(DIR_FILES), ...SUPPORT_FILES].map((n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(location, n));
    let dropIns = [];
    try {
        dropIns = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(location, "managed-settings.d"))
            .filter((n) => n.endsWith(".json") && !n.startsWith("."))
            .sort()
            .map((n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(location, "managed-settings.d", n));
    }
    catch (error) {
        if (error.code !== "ENOENT") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(location, "managed-settings.d")}.`, { cause: error });
        }
    }
    return { dir: location, files: [...files, ...dropIns], uid };
}
function readSource(path, parseJsonSource) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8");
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read ${path} (${error.code ?? "error"}).`, {
            file: path,
            cause: error,
        });
    }
    return parseJsonSource(text, path);
}
/** Which kind a single policy file is, from its name and content. */
function singleFileSources(source) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(source.file);
    const value = source.value;
    if (name === "role-mappings.json" ||
        (typeof value === "object" && value !== null && "roleMappings" in value))
        return { roleMappings: source };
    if (name === "enterprise-settings.json")
        return { enterprise: source };
    return { managed: source };
}
const CACHE_FORMAT = `steward-hook-policy/${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .STEWARD_VERSION */ .m}/2`;
function packPolicy(policy) {
    const index = new Map();
    const rules = [];
    const roles = policy.roles.map((r) => ({
        role: r.role,
        rules: r.rules.map((rule) => {
            let i = index.get(rule);
            if (i === undefined) {
                i = rules.length;
                index.set(rule, i);
                rules.push(rule);
            }
            return i;
        }),
        ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
    }));
    return { ...policy, rules, roles };
}
function unpackPolicy(cached) {
    const { rules, roles, ...rest } = cached;
    return {
        ...rest,
        roles: roles.map((r) => ({
            role: r.role,
            rules: r.rules.map((i) => rules[i]),
            ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
        })),
    };
}
/** Where the compiled-policy cache of a policy location lives. */
function policyCachePath(location, isDirectory) {
    return isDirectory ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(location, ".steward-policy-cache.json") : `${location}.steward-cache.json`;
}
function readTrustedCache(cacheFile, ownerUid, key) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(cacheFile).uid !== ownerUid)
            return undefined;
        const cached = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(cacheFile, "utf8"));
        return cached.format === CACHE_FORMAT && cached.key === key ? unpackPolicy(cached.policy) : undefined;
    }
    catch {
        return undefined; // no cache, or a broken one: rebuild
    }
}
/** Writes the cache atomically (temp file + rename); returns false when it cannot. */
function writePolicyCache(cacheFile, key, policy) {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, JSON.stringify({ format: CACHE_FORMAT, key, policy: packPolicy(policy) }), {
            mode: 0o644,
        });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, cacheFile);
        return true;
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        }
        catch {
            // nothing to clean
        }
        return false;
    }
}
/**
 * Reads the policy at `location` (a directory like /etc/claude-code/steward,
 * or one settings / role-mappings file). With `cache`, the built policy is
 * reused while every file's path, size and mtime are unchanged. Throws
 * ConfigurationError when the policy is missing or unusable.
 */
async function loadHookPolicy(location, options = {}) {
    const { dir, files, uid } = policyFiles(location);
    const present = [];
    for (const f of files) {
        const s = statOrUndefined(f);
        if (s)
            present.push([f, s.size, s.mtimeMs]);
    }
    const fingerprint = { files: present };
    const key = JSON.stringify(fingerprint);
    const mode = options.cache ?? "off";
    const cacheFile = mode !== "off" ? policyCachePath(location, dir !== undefined) : undefined;
    if (cacheFile) {
        const cached = readTrustedCache(cacheFile, uid, key);
        if (cached)
            return { policy: cached, cached: true, cacheKey: key };
    }
    // Parsing (jsonc-parser, the rule parser, role merging) loads only on a cache miss.
    const build = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(295), __webpack_require__.e(559)]).then(__webpack_require__.bind(__webpack_require__, 4314));
    const read = (path) => readSource(path, build.parseJsonSource);
    let sources;
    if (dir === undefined)
        sources = singleFileSources(read(location));
    else {
        const at = (name) => present.find(([f]) => f === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)) !== undefined;
        const load = (name) => (at(name) ? read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)) : undefined);
        const support = SUPPORT_FILES.map(load).find((s) => s !== undefined);
        const managed = load(DIR_FILES.managed);
        const enterprise = load(DIR_FILES.enterprise);
        const roleMappings = load(DIR_FILES.roleMappings);
        const governance = load(DIR_FILES.governance);
        sources = {
            ...(managed ? { managed } : {}),
            dropIns: present.filter(([f]) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(f) === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "managed-settings.d")).map(([f]) => read(f)),
            ...(enterprise ? { enterprise } : {}),
            ...(roleMappings ? { roleMappings } : {}),
            ...(governance ? { governance } : {}),
            ...(support ? { support } : {}),
        };
    }
    const policy = build.buildHookPolicy(sources, location, options.managedDir);
    if (cacheFile && mode === "read-write")
        writePolicyCache(cacheFile, key, policy);
    return { policy, cached: false, cacheKey: key };
}
/** The rules of one role (or the org rules alone when the policy has no roles). */
function rulesOf(policy, role) {
    if (policy.roles.length === 1 && policy.roleInfo.length === 0)
        return policy.roles[0]?.rules;
    return policy.roles.find((r) => r.role === role)?.rules;
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
