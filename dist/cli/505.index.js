"use strict";
exports.id = 505;
exports.ids = [505];
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


/***/ }),

/***/ 9865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ usageTotals),
/* harmony export */   Kd: () => (/* binding */ quotaMessage),
/* harmony export */   jL: () => (/* binding */ quotaStatus)
/* harmony export */ });
/* unused harmony export sumUsage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Quota arithmetic over the hook's usage lines (pure), plus reading the day
 * files of the current month (I/O, {@link usageTotals}).
 *
 * Which tokens count: role-mappings.json `quotaUnit.countedTokens` (default:
 * input, output and both cache writes; cache reads excluded). Days and months
 * are UTC.
 */


/** Sums counted tokens of `user`'s records in `lines` by day and month of `now`. Bad lines are skipped. */
function sumUsage(lines, user, counted, now) {
    const day = now.toISOString().slice(0, 10);
    const month = day.slice(0, 7);
    let daily = 0;
    let monthly = 0;
    for (const line of lines) {
        if (line === "")
            continue;
        let o;
        try {
            o = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (o === null || typeof o !== "object" || o.user !== user || typeof o.ts !== "string")
            continue;
        if (!o.ts.startsWith(month))
            continue;
        let n = 0;
        for (const c of counted) {
            const v = o[c];
            if (typeof v === "number" && Number.isSafeInteger(v) && v > 0)
                n += v;
        }
        monthly += n;
        if (o.ts.startsWith(day))
            daily += n;
    }
    return { daily, monthly };
}
/** Compares totals with a role's quotas. Pure. */
function quotaStatus(totals, quotas) {
    const daily = { used: totals.daily, limit: quotas.daily ?? null };
    const monthly = { used: totals.monthly, limit: quotas.monthly ?? null };
    const exhausted = daily.limit !== null && daily.used >= daily.limit
        ? "daily"
        : monthly.limit !== null && monthly.used >= monthly.limit
            ? "monthly"
            : null;
    return { daily, monthly, exhausted };
}
const fmt = (n) => n.toLocaleString("en-US");
/** The user-facing sentence for an exhausted quota. Pure. */
function quotaMessage(status, role, contact, blocking) {
    const which = status.exhausted === "monthly" ? status.monthly : status.daily;
    const period = status.exhausted === "monthly" ? "monthly" : "daily";
    const resets = period === "daily" ? "at 00:00 UTC" : "on the 1st of next month (UTC)";
    return `Your ${period} Claude Code token quota for role ${role} is used up: ${fmt(which.used)} of ${fmt(which.limit ?? 0)} tokens. ${blocking ? "New prompts are blocked until it resets" : "It resets"} ${resets}. For more, contact ${contact}.`;
}
/** Reads the current month's usage day files in `usageDir` and sums them for `user`. */
function usageTotals(usageDir, user, counted, now) {
    const month = now.toISOString().slice(0, 7);
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(usageDir).filter((n) => n.startsWith(month) && n.endsWith(".jsonl"));
    }
    catch {
        return { daily: 0, monthly: 0 };
    }
    let daily = 0;
    let monthly = 0;
    for (const name of names) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(usageDir, name), "utf8");
        }
        catch {
            continue;
        }
        const t = sumUsage(text.split("\n"), user, counted, now);
        daily += t.daily;
        monthly += t.monthly;
    }
    return { daily, monthly };
}


/***/ }),

/***/ 3505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u0: () => (/* binding */ appendAudit),
  UL: () => (/* binding */ captureUsage),
  el: () => (/* binding */ currentQuota),
  VX: () => (/* binding */ promptQuotaOutcome),
  bt: () => (/* binding */ pruneOnceADay)
});

// UNUSED EXPORTS: transcriptFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/hooks/context.ts + 1 modules
var context = __webpack_require__(516);
// EXTERNAL MODULE: ./shared/hooks/day-log.ts
var day_log = __webpack_require__(4136);
// EXTERNAL MODULE: ./shared/hooks/log-line.ts
var log_line = __webpack_require__(3622);
// EXTERNAL MODULE: ./shared/hooks/protocol.ts
var protocol = __webpack_require__(613);
// EXTERNAL MODULE: ./shared/hooks/quota.ts
var hooks_quota = __webpack_require__(9865);
// EXTERNAL MODULE: ./shared/usage/readers.ts + 2 modules
var readers = __webpack_require__(8022);
;// CONCATENATED MODULE: ./shared/hooks/usage-capture.ts
/**
 * Usage capture for the Stop / SessionEnd hooks: read a session transcript
 * from where the last run stopped (byte offset per file in a state file),
 * turn assistant lines into one usage record per API request (de-duplicated
 * by `message.id:requestId`, docs/reference/claude-code.md §5, the copy with
 * the most tokens wins), in the hook record format shared/usage reads:
 * `{v:1, ts, user, session, model, input, output, cacheWrite5m, cacheWrite1h,
 * cacheRead, tool, source:"steward-hook", requestId, speed}` (`speed` only as
 * "fast", for a fast mode request).
 *
 * {@link usageFromLines} is pure; {@link readNewLines} and the state file
 * helpers are the I/O.
 */


/** Keys remembered per session to drop requests already written (a bounded window). */
const MAX_REMEMBERED_KEYS = 2000;
function toolOf(o) {
    const message = o.message;
    if (!message || !Array.isArray(message.content))
        return null;
    for (const block of message.content) {
        if (block && typeof block === "object" && block.type === "tool_use") {
            const name = block.name;
            if (typeof name === "string")
                return name;
        }
    }
    return null;
}
/**
 * Usage records from complete transcript lines. `seen` holds keys written by
 * earlier runs (they are skipped). Pure.
 */
function usageFromLines(lines, user, session, seen) {
    const byKey = new Map();
    const order = [];
    let malformed = 0;
    let duplicates = 0;
    for (const text of lines) {
        if (text.trim() === "")
            continue;
        let o;
        try {
            o = JSON.parse(text);
        }
        catch {
            malformed++;
            continue;
        }
        if (o === null || typeof o !== "object" || Array.isArray(o)) {
            malformed++;
            continue;
        }
        const obj = o;
        const parsed = (0,readers/* parseTranscriptLine */.u)(obj, user);
        if (parsed.ok === false) {
            malformed++;
            continue;
        }
        if (parsed.ok !== true)
            continue;
        const { record: r, key, total, sidechain } = parsed.line;
        const record = {
            v: 1,
            ts: new Date(r.time).toISOString(),
            user,
            session: r.session ?? session,
            model: r.model ?? null,
            input: r.input,
            output: r.output,
            cacheWrite5m: r.cacheWrite5m,
            cacheWrite1h: r.cacheWrite1h,
            cacheRead: r.cacheRead,
            tool: toolOf(obj),
            source: "steward-hook",
            ...(key ? { requestId: key } : {}),
            ...(r.fast ? { speed: "fast" } : {}),
        };
        const entry = { record, total, sidechain };
        if (key === undefined) {
            order.push(entry);
            continue;
        }
        if (seen.has(key)) {
            duplicates++;
            continue;
        }
        const prev = byKey.get(key);
        if (!prev) {
            byKey.set(key, entry);
            order.push(key);
            continue;
        }
        duplicates++;
        const better = total > prev.total || (total === prev.total && prev.sidechain && !sidechain);
        // keep the first tool named by any copy of the response
        const tool = prev.record.tool ?? record.tool;
        byKey.set(key, better ? { ...entry, record: { ...record, tool } } : { ...prev, record: { ...prev.record, tool } });
    }
    const records = [];
    const keys = [];
    for (const item of order) {
        if (typeof item === "string") {
            records.push(byKey.get(item).record);
            keys.push(item);
        }
        else
            records.push(item.record);
    }
    return { records, keys, malformed, duplicates };
}
const EMPTY_STATE = { v: 1, offsets: {}, keys: [] };
function readState(file) {
    try {
        const value = JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
        if (value && value.v === 1 && typeof value.offsets === "object" && Array.isArray(value.keys))
            return value;
    }
    catch {
        // none yet, or unreadable: start over (keys de-duplicate nothing then; offsets restart at 0)
    }
    return EMPTY_STATE;
}
function writeState(file, state) {
    const tmp = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify(state)}\n`, { mode: 0o600 });
    (0,external_node_fs_.renameSync)(tmp, file);
}
/** Longest stretch of a transcript read in one run; the rest waits for the next Stop. */
const MAX_READ_BYTES = 64 * 1024 * 1024;
/**
 * Reads the complete lines of `file` from `offset` (a partial last line is
 * left for the next run). A file shorter than `offset` was replaced: it is
 * read from the start. Returns the lines and the new offset.
 */
function readNewLines(file, offset) {
    const fd = (0,external_node_fs_.openSync)(file, "r");
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        const restarted = offset > size;
        const start = restarted ? 0 : offset;
        const length = Math.min(size - start, MAX_READ_BYTES);
        if (length <= 0)
            return { lines: [], offset: start, restarted };
        const buffer = Buffer.alloc(length);
        let read = 0;
        while (read < length) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, read, length - read, start + read);
            if (n === 0)
                break;
            read += n;
        }
        const end = buffer.lastIndexOf(10, read - 1);
        if (end < 0)
            return { lines: [], offset: start, restarted };
        const lines = buffer.toString("utf8", 0, end).split("\n");
        return { lines, offset: start + end + 1, restarted };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A file name for a session id (anything outside [A-Za-z0-9._-] becomes "_"). */
function sessionFileName(session) {
    const safe = session.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 120);
    return safe === "" || safe.startsWith(".") ? `_${safe}` : safe;
}
/**
 * Takes an exclusive lock file (O_EXCL); a lock older than `staleMs` is
 * taken over. Returns a release function, or undefined when another run holds it.
 */
function tryLock(file, nowMs, staleMs = 120_000) {
    const take = () => {
        const fd = (0,external_node_fs_.openSync)(file, "wx", 0o600);
        (0,external_node_fs_.closeSync)(fd);
        return () => (0,external_node_fs_.rmSync)(file, { force: true });
    };
    try {
        return take();
    }
    catch (error) {
        if (error.code !== "EEXIST")
            return undefined;
    }
    try {
        const fd = (0,external_node_fs_.openSync)(file, "r");
        const age = nowMs - (0,external_node_fs_.fstatSync)(fd).mtimeMs;
        (0,external_node_fs_.closeSync)(fd);
        if (age < staleMs)
            return undefined;
        (0,external_node_fs_.rmSync)(file, { force: true });
        return take();
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/hooks/session-hooks.ts
/**
 * The Stop / SessionEnd and UserPromptSubmit hooks: usage capture, quota
 * checks and log retention. The edge (files, clock) lives here; the
 * arithmetic is in usage-capture.ts and quota.ts. Nothing here throws to the
 * caller for bad input: a Stop hook must never exit 2 (that keeps Claude
 * working), so the commands turn every failure into exit 0 and a warning.
 */








/** The transcript and its sub-agent transcripts (`<dir>/<session>/subagents/*.jsonl`, claude-code.md §5). */
function transcriptFiles(transcriptPath, session) {
    const files = [transcriptPath];
    const sub = (0,external_node_path_.join)((0,external_node_path_.dirname)(transcriptPath), (0,external_node_path_.basename)(transcriptPath, ".jsonl"), "subagents");
    const alt = (0,external_node_path_.join)((0,external_node_path_.dirname)(transcriptPath), session, "subagents");
    for (const dir of [...new Set([sub, alt])]) {
        try {
            for (const n of (0,external_node_fs_.readdirSync)(dir).sort())
                if (n.endsWith(".jsonl"))
                    files.push((0,external_node_path_.join)(dir, n));
        }
        catch {
            // no sub-agents
        }
    }
    return files;
}
/** Reads what is new in the session's transcripts and appends usage records. */
function captureUsage(ctx, session, transcriptPath, now) {
    const sessionsDir = (0,external_node_path_.join)(ctx.stateDir, "sessions");
    (0,external_node_fs_.mkdirSync)(sessionsDir, { recursive: true, mode: 0o700 });
    const base = (0,external_node_path_.join)(sessionsDir, sessionFileName(session));
    const release = tryLock(`${base}.lock`, now.getTime());
    if (!release)
        return { written: 0, duplicates: 0, malformed: 0, skipped: "another hook of this session is reading" };
    try {
        const state = readState(`${base}.json`);
        const seen = new Set(state.keys);
        const offsets = { ...state.offsets };
        const keys = [...state.keys];
        let written = 0;
        let duplicates = 0;
        let malformed = 0;
        for (const file of transcriptFiles(transcriptPath, session)) {
            let chunk;
            try {
                chunk = readNewLines(file, offsets[file] ?? 0);
            }
            catch {
                continue; // vanished or unreadable: try again next time
            }
            const extracted = usageFromLines(chunk.lines, ctx.user, session, seen);
            (0,day_log/* appendLines */._g)((0,day_log/* dayFile */.NV)(ctx.usageDir, now), extracted.records.map((r) => (0,log_line/* jsonLine */.rF)(r)));
            for (const k of extracted.keys) {
                seen.add(k);
                keys.push(k);
            }
            offsets[file] = chunk.offset;
            written += extracted.records.length;
            duplicates += extracted.duplicates;
            malformed += extracted.malformed;
        }
        writeState(`${base}.json`, { v: 1, offsets, keys: keys.slice(-MAX_REMEMBERED_KEYS) });
        return { written, duplicates, malformed };
    }
    finally {
        release();
    }
}
/** The user's quota status, or undefined when the role has no quota. */
function currentQuota(policy, ctx, flagRole, now) {
    const { role } = (0,context/* roleFor */.IJ)(policy, ctx, flagRole);
    if (role === null)
        return undefined;
    const info = policy.roleInfo.find((r) => r.name === role);
    if (!info || (info.quotas.daily === undefined && info.quotas.monthly === undefined))
        return undefined;
    const totals = (0,hooks_quota/* usageTotals */.$M)(ctx.usageDir, ctx.user, policy.countedTokens, now);
    return { role, status: (0,hooks_quota/* quotaStatus */.jL)(totals, info.quotas) };
}
/**
 * Deletes day files older than the retention period, at most once per UTC
 * day (a marker in the state directory), and session state untouched for as
 * long. Returns the files removed.
 */
function pruneOnceADay(ctx, retentionDays, now) {
    if (retentionDays === null)
        return [];
    const marker = (0,external_node_path_.join)(ctx.stateDir, "last-prune");
    const today = (0,day_log/* utcDate */.HB)(now);
    try {
        if ((0,external_node_fs_.readFileSync)(marker, "utf8").trim() === today)
            return [];
    }
    catch {
        // never pruned
    }
    const removed = [
        ...(0,day_log/* pruneDayFiles */.Uy)(ctx.auditDir, now, retentionDays).map((n) => (0,external_node_path_.join)(ctx.auditDir, n)),
        ...(0,day_log/* pruneDayFiles */.Uy)(ctx.usageDir, now, retentionDays).map((n) => (0,external_node_path_.join)(ctx.usageDir, n)),
    ];
    const sessionsDir = (0,external_node_path_.join)(ctx.stateDir, "sessions");
    try {
        const cutoff = now.getTime() - retentionDays * 86_400_000;
        for (const n of (0,external_node_fs_.readdirSync)(sessionsDir)) {
            const f = (0,external_node_path_.join)(sessionsDir, n);
            if (n.endsWith(".json") && (0,external_node_fs_.statSync)(f).mtimeMs < cutoff) {
                (0,external_node_fs_.rmSync)(f, { force: true });
                removed.push(f);
            }
        }
    }
    catch {
        // no sessions yet
    }
    try {
        (0,external_node_fs_.mkdirSync)(ctx.stateDir, { recursive: true, mode: 0o700 });
        (0,external_node_fs_.writeFileSync)(marker, `${today}\n`, { mode: 0o600 });
    }
    catch {
        // retried tomorrow
    }
    return removed;
}
/** UserPromptSubmit: block (or warn about) a new prompt when a quota is used up. Pure. */
function promptQuotaOutcome(quota, policy, facts, block) {
    if (!quota || quota.status.exhausted === null)
        return { stdout: "" };
    const message = (0,hooks_quota/* quotaMessage */.Kd)(quota.status, quota.role, facts.contact, block);
    if (!block)
        return { stdout: (0,protocol/* renderSystemMessage */.tX)(message) };
    const record = {
        v: 1,
        ts: facts.now.toISOString(),
        user: facts.user,
        role: quota.role,
        session: facts.session,
        event: "user-prompt-submit",
        tool: null,
        decision: "deny",
        rule: `roleMappings.${quota.role}.quotas.${quota.status.exhausted}`,
        ruleSource: null,
        reason: message,
        input: {},
        cwd: facts.cwd,
        policyVersion: policy.policyVersion,
    };
    return { stdout: (0,protocol/* renderPromptBlock */.kx)(message), auditLine: (0,log_line/* auditLine */.kk)(record) };
}
/** Appends an audit line for today. */
function appendAudit(ctx, now, line) {
    (0,day_log/* appendLines */._g)((0,day_log/* dayFile */.NV)(ctx.auditDir, now), [line]);
}


/***/ })

};
;