"use strict";
exports.id = 554;
exports.ids = [554];
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

/***/ 1554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ report_compliance)
});

// EXTERNAL MODULE: ./shared/errors.ts
var shared_errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/http/retry.ts
var retry = __webpack_require__(5129);
// EXTERNAL MODULE: ./shared/anthropic/admin-client.ts
var admin_client = __webpack_require__(5588);
// EXTERNAL MODULE: ./shared/usage/anthropic-api.ts
var anthropic_api = __webpack_require__(8475);
;// CONCATENATED MODULE: ./shared/reports/compliance/anthropic.ts
/**
 * Anthropic Admin API figures for the compliance report (anthropic-apis.md
 * §3, §5): the organization's users (`GET /v1/organizations/users`, paged by
 * `after_id`) and who used Claude Code on which day (`GET
 * /v1/organizations/usage_report/claude_code`, one UTC day per request, paged
 * by `page`). Every request goes through the one Admin API client
 * (shared/anthropic/admin-client.ts); the credential never appears in an
 * error or a log line.
 */



/** Every user of the organization (all pages). */
async function fetchOrgUsers(options) {
    const users = [];
    for await (const page of (0,anthropic_api/* reportClient */.oz)(options, 4).pages({
        path: "/v1/organizations/users",
        query: { limit: 1000 },
        paging: "after_id",
        maxPages: 1000,
    })) {
        for (const u of page) {
            if (typeof u?.id === "string")
                users.push({ id: u.id, email: String(u.email ?? ""), role: String(u.role ?? "unknown") });
        }
    }
    return users;
}
/**
 * Who used Claude Code on which day of the period, from the Claude Code
 * Analytics API. Days from `today` on are skipped (the API returns only data
 * older than an hour, so today is incomplete). Only user actors count.
 */
async function fetchClaudeCodeActivity(period, today, options) {
    const userDays = new Map();
    let days = 0;
    const end = period.until < today ? period.until : today;
    for (let t = Date.parse(`${period.since}T00:00:00Z`); t < Date.parse(`${end}T00:00:00Z`); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10);
        days++;
        for await (const rows of (0,anthropic_api/* paginate */.En)("/v1/organizations/usage_report/claude_code", { starting_at: day, limit: 1000 }, { ...options, maxPages: 1000 })) {
            for (const row of rows) {
                const email = row.actor?.type === "user_actor" ? row.actor.email_address : undefined;
                if (!email)
                    continue;
                const sessions = row.core_metrics?.num_sessions;
                if (typeof sessions === "number" && sessions <= 0)
                    continue;
                const key = email.toLowerCase();
                const set = userDays.get(key) ?? new Set();
                userDays.set(key, set);
                set.add(day);
            }
        }
    }
    return {
        days,
        userDays: Object.fromEntries([...userDays.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([u, d]) => [u, [...d].sort()])),
    };
}
/** Users and activity; a failure of either is recorded in `errors` (the report then falls back to the logs). */
async function gatherApiEvidence(period, today, options) {
    const errors = [];
    const secret = (0,admin_client/* revealAuth */.Sn)(options.auth);
    const scrub = (m) => (secret.length >= 4 ? m.split(secret).join("[credential]") : m);
    let users;
    let activity;
    try {
        const list = await fetchOrgUsers(options);
        const byRole = {};
        for (const u of list)
            byRole[u.role] = (byRole[u.role] ?? 0) + 1;
        users = { total: list.length, byRole };
    }
    catch (error) {
        errors.push(scrub((0,shared_errors/* getErrorMessage */.u1)(error)));
    }
    try {
        activity = await fetchClaudeCodeActivity(period, today, options);
    }
    catch (error) {
        errors.push(scrub((0,shared_errors/* getErrorMessage */.u1)(error)));
    }
    return { ...(users ? { users } : {}), ...(activity ? { activity } : {}), errors };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/audit/audit-record.ts
var audit_record = __webpack_require__(1603);
// EXTERNAL MODULE: ./shared/usage/lines.ts
var lines = __webpack_require__(489);
;// CONCATENATED MODULE: ./shared/reports/compliance/audit.ts
/**
 * Audit log statistics for the compliance report: AuditRecordV1 JSON lines
 * and the seed's plain BLOCKED/DENIED lines, both through `parseAuditLine`
 * (docs/audit-log-format.md). {@link AuditAccumulator} builds the statistics
 * line by line; {@link readAuditLogs} streams files into it (gzip too), and
 * {@link summarizeAudit} is the same over texts in memory.
 */





const MAX_SAMPLES = 20;
const DAY_IN_NAME = /(\d{4}-\d{2}-\d{2})/;
class Counter {
    total = 0;
    byRule = new Map();
    byUser = new Map();
    byTool = new Map();
    byDay = new Map();
    add(rule, user, tool, day) {
        this.total++;
        for (const [map, key] of [
            [this.byRule, rule],
            [this.byUser, user],
            [this.byTool, tool],
            [this.byDay, day],
        ]) {
            map.set(key, (map.get(key) ?? 0) + 1);
        }
    }
    toJSON() {
        return {
            total: this.total,
            byRule: sortedRecord(this.byRule),
            byUser: sortedRecord(this.byUser),
            byTool: sortedRecord(this.byTool),
            byDay: sortedRecord(this.byDay, true),
        };
    }
}
/** Most frequent first (ties by key), or by key when `byKey`. */
function sortedRecord(map, byKey = false) {
    const entries = [...map.entries()].sort((a, b) => byKey ? (a[0] < b[0] ? -1 : 1) : b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return Object.fromEntries(entries);
}
const isRoleRule = (file) => file !== undefined && (0,external_node_path_.basename)(file) === "role-mappings.json";
/**
 * Statistics built line by line, so logs are streamed rather than held in
 * memory: call {@link AuditAccumulator.file} once per file, then
 * {@link AuditAccumulator.line} for each of its lines, then `result()`.
 */
class AuditAccumulator {
    period;
    files = 0;
    lines = 0;
    v1Records = 0;
    legacyLines = 0;
    malformed = 0;
    recordsInPeriod = 0;
    recordsOutsidePeriod = 0;
    legacyUndated = 0;
    legacyInPeriod = 0;
    samples = [];
    decisions = { deny: 0, ask: 0, allow: 0, none: 0 };
    userDays = new Map();
    byDay = new Map();
    violations = new Counter();
    access = new Counter();
    oldest = null;
    newest = null;
    constructor(period) {
        this.period = period;
    }
    seeDay(day, file) {
        if (!this.oldest || day < this.oldest.day)
            this.oldest = { day, file };
        if (!this.newest || day > this.newest.day)
            this.newest = { day, file };
    }
    inPeriod(day) {
        return day >= this.period.since && day < this.period.until;
    }
    /** A file starts; a `YYYY-MM-DD` in its name dates it (for retention). */
    file(path) {
        this.files++;
        const named = DAY_IN_NAME.exec((0,external_node_path_.basename)(path))?.[1];
        if (named && !Number.isNaN(Date.parse(`${named}T00:00:00Z`)))
            this.seeDay(named, path);
    }
    /** A line that could not be read at all (e.g. longer than the reader's limit). */
    unreadable(path, lineNo, error) {
        this.lines++;
        this.malformed++;
        if (this.samples.length < MAX_SAMPLES)
            this.samples.push({ file: path, line: lineNo, error });
    }
    line(path, lineNo, line) {
        if (line.trim() === "")
            return;
        this.lines++;
        const parsed = (0,audit_record/* parseAuditLine */.bd)(line);
        if (!parsed.ok) {
            this.malformed++;
            if (this.samples.length < MAX_SAMPLES)
                this.samples.push({ file: path, line: lineNo, error: parsed.error });
            return;
        }
        const r = parsed.record;
        if (r.v === 0) {
            this.legacyLines++;
            const day = r.ts ? new Date(Date.parse(r.ts)).toISOString().slice(0, 10) : null;
            if (day)
                this.seeDay(day, path);
            if (day && !this.inPeriod(day))
                return;
            if (!day)
                this.legacyUndated++;
            this.legacyInPeriod++;
            this.violations.add(r.input ? `legacy: ${r.verdict}` : `legacy: ${r.verdict} (no rule recorded)`, "(unknown)", r.tool ?? "(unknown)", day ?? "(undated)");
            return;
        }
        this.v1Records++;
        const day = new Date(Date.parse(r.ts)).toISOString().slice(0, 10);
        this.seeDay(day, path);
        if (!this.inPeriod(day)) {
            this.recordsOutsidePeriod++;
            return;
        }
        this.recordsInPeriod++;
        const user = r.user.toLowerCase();
        const days = this.userDays.get(user) ?? new Set();
        this.userDays.set(user, days);
        days.add(day);
        this.byDay.set(day, (this.byDay.get(day) ?? 0) + 1);
        if (r.event === "pre-tool-use")
            this.decisions[r.decision]++;
        if (r.decision === "deny") {
            const rule = r.rule ?? "(no rule)";
            const tool = r.tool ?? "(none)";
            this.violations.add(rule, user, tool, day);
            if (isRoleRule(r.ruleSource?.file))
                this.access.add(rule, user, tool, day);
        }
    }
    result() {
        return {
            files: this.files,
            lines: this.lines,
            v1Records: this.v1Records,
            legacyLines: this.legacyLines,
            malformed: this.malformed,
            malformedSamples: [...this.samples],
            recordsInPeriod: this.recordsInPeriod,
            recordsOutsidePeriod: this.recordsOutsidePeriod,
            legacyUndated: this.legacyUndated,
            decisions: { ...this.decisions },
            users: [...this.userDays.keys()].sort(),
            userDays: Object.fromEntries([...this.userDays.entries()]
                .sort((a, b) => (a[0] < b[0] ? -1 : 1))
                .map(([u, d]) => [u, [...d].sort()])),
            byDay: sortedRecord(this.byDay, true),
            violations: { ...this.violations.toJSON(), legacy: this.legacyInPeriod },
            accessDenials: this.access.toJSON(),
            oldest: this.oldest,
            newest: this.newest,
        };
    }
}
/** Statistics over audit file texts for `period`. Pure. */
function summarizeAudit(files, period) {
    const acc = new AuditAccumulator(period);
    for (const file of files) {
        acc.file(file.path);
        const lines = file.text.split("\n");
        if (lines.at(-1) === "")
            lines.pop();
        for (let i = 0; i < lines.length; i++)
            acc.line(file.path, i + 1, lines[i] ?? "");
    }
    return acc.result();
}
const AUDIT_FILE = /\.(jsonl|ndjson|log|json)(\.gz)?$/i;
/**
 * The audit files under `paths` (files, or directories walked recursively for
 * *.jsonl, *.ndjson, *.log, *.json, also .gz), in name order. A missing path
 * is a ConfigurationError: the caller asked for logs that are not there.
 */
async function listAuditFiles(paths, cwd) {
    const out = [];
    const show = (abs) => {
        const rel = (0,external_node_path_.relative)(cwd, abs);
        return rel.startsWith("..") ? abs : rel.split(external_node_path_.sep).join("/");
    };
    const walk = async (dir) => {
        const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const e of entries) {
            const p = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory())
                await walk(p);
            else if (e.isFile() && AUDIT_FILE.test(e.name))
                out.push({ abs: p, path: show(p) });
        }
    };
    for (const path of paths) {
        const abs = (0,external_node_path_.resolve)(cwd, path);
        const info = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!info) {
            throw new shared_errors/* ConfigurationError */.j1(`Audit log path not found: ${path}`, {
                title: "Audit logs",
                hint: "Pass a directory of audit logs (YYYY-MM-DD.jsonl) or a file; see docs/audit-log-format.md.",
            });
        }
        if (info.isDirectory())
            await walk(abs);
        else
            out.push({ abs, path: show(abs) });
    }
    return out;
}
/** Reads every audit file under `paths` whole (small inputs, tests). */
async function readAuditFiles(paths, cwd) {
    const files = await listAuditFiles(paths, cwd);
    return Promise.all(files.map(async (f) => ({ path: f.path, text: await readFile(f.abs, "utf8") })));
}
/** Streams every audit file under `paths` (gzip too) into statistics for `period`. */
async function readAuditLogs(paths, cwd, period) {
    const acc = new AuditAccumulator(period);
    for (const f of await listAuditFiles(paths, cwd)) {
        acc.file(f.path);
        for await (const line of (0,lines/* readLines */.Se)(f.abs, { maxLineBytes: 1_000_000 })) {
            if (line.tooLong)
                acc.unreadable(f.path, line.number, "line longer than 1 MB");
            else
                acc.line(f.path, line.number, line.text);
        }
    }
    return acc.result();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/reports/compliance/catalog.ts
const CONTROL_CATALOG = [
    {
        id: "sso",
        title: "SSO configured and enforced",
        severity: "high",
        frameworks: {
            soc2: ["CC6.1", "CC6.2"],
            hipaa: ["164.312(d)", "164.312(a)(2)(i)"],
            gdpr: ["Art. 32(1)(b)"],
        },
    },
    {
        id: "audit-logging",
        title: "Audit logging in force",
        severity: "high",
        frameworks: {
            soc2: ["CC7.2", "CC7.3", "CC4.1"],
            hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"],
            gdpr: ["Art. 5(2)", "Art. 30", "Art. 33(5)"],
        },
    },
    {
        id: "sandbox",
        title: "Sandbox enabled and required",
        severity: "high",
        frameworks: {
            soc2: ["CC6.6", "CC6.8"],
            hipaa: ["164.312(a)(1)", "164.312(e)(1)"],
            gdpr: ["Art. 25(1)", "Art. 32(1)(b)"],
        },
    },
    {
        id: "secrets-protected",
        title: "Secrets protected",
        severity: "high",
        frameworks: {
            soc2: ["CC6.1", "CC6.7", "C1.1"],
            hipaa: ["164.312(a)(1)", "164.312(c)(1)"],
            gdpr: ["Art. 5(1)(f)", "Art. 32(1)(b)"],
        },
    },
    {
        id: "access-control",
        title: "Access control by role",
        severity: "high",
        frameworks: {
            soc2: ["CC6.1", "CC6.3"],
            hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
            gdpr: ["Art. 25(2)", "Art. 32(4)"],
        },
    },
    {
        id: "model-routing",
        title: "Model routing and data residency",
        severity: "medium",
        frameworks: {
            soc2: ["CC6.6", "CC9.2"],
            hipaa: ["164.308(b)(1)", "164.312(e)(1)"],
            gdpr: ["Art. 28", "Art. 44", "Art. 46"],
        },
    },
    {
        id: "retention",
        title: "Retention periods honoured",
        severity: "medium",
        frameworks: {
            soc2: ["C1.2", "CC7.2"],
            hipaa: ["164.316(b)(2)(i)"],
            gdpr: ["Art. 5(1)(e)"],
        },
    },
    {
        id: "mfa-session",
        title: "MFA and session timeout declared",
        severity: "medium",
        frameworks: {
            soc2: ["CC6.1"],
            hipaa: ["164.312(d)", "164.312(a)(2)(iii)"],
            gdpr: ["Art. 32(1)(b)"],
        },
    },
    {
        id: "policy-lint",
        title: "Policy lint clean",
        severity: "low",
        frameworks: {
            soc2: ["CC8.1"],
            hipaa: ["164.308(a)(8)"],
            gdpr: ["Art. 24(1)", "Art. 25(1)"],
        },
    },
];
function controlInfo(id) {
    const info = CONTROL_CATALOG.find((c) => c.id === id);
    if (!info)
        throw new Error(`unknown control ${id}`);
    return info;
}
/** The seed's compliance configuration matrix (enterprise-setup.md), each row tied to the controls that verify it. */
const COMPLIANCE_MATRIX = [
    {
        requirement: "Data residency",
        configuration: "Custom model routing",
        verification: "Audit logs",
        controls: ["model-routing"],
    },
    {
        requirement: "Access control",
        configuration: "SSO + RBAC",
        verification: "Permission logs",
        controls: ["sso", "access-control", "mfa-session"],
    },
    {
        requirement: "Audit trail",
        configuration: "Hook-based logging",
        verification: "SIEM integration",
        controls: ["audit-logging"],
    },
    {
        requirement: "Data protection",
        configuration: "Sandbox + deny rules",
        verification: "Security scans",
        controls: ["sandbox", "secrets-protected", "policy-lint"],
    },
    {
        requirement: "Retention",
        configuration: "Log rotation policy",
        verification: "Compliance reports",
        controls: ["retention"],
    },
];
/** The metrics Steward can report; governance-config.json's reports.includeMetrics picks among them. */
const METRIC_NAMES = [
    "total_users",
    "active_users",
    "token_usage",
    "policy_violations",
    "access_denials",
    "lint_findings",
];

// EXTERNAL MODULE: ./shared/permissions/index.ts + 1 modules
var permissions = __webpack_require__(3711);
// EXTERNAL MODULE: ./shared/policy/hooks-model.ts
var hooks_model = __webpack_require__(4317);
// EXTERNAL MODULE: ./shared/policy/json-source.ts
var json_source = __webpack_require__(1957);
;// CONCATENATED MODULE: ./shared/reports/compliance/policy-files.ts
/**
 * The policy repository as the compliance controls see it: the files parsed
 * with positions ({@link loadPolicyEvidence}, the I/O) and small pure helpers
 * to read a value with its line ({@link valueAt}, {@link managedValue}).
 */




/** The value at `path` in `source` with the line of its key; undefined when absent. */
function valueAt(source, path) {
    if (!source)
        return undefined;
    const node = (0,json_source/* findNode */.cy)(source, path);
    if (!node)
        return undefined;
    const at = (0,json_source/* keyNodeOf */.RW)(node) ?? node;
    return { value: (0,json_source/* nodeValue */.E8)(node), file: source.file, line: source.position(at.offset).line };
}
/**
 * A managed-settings key as Claude Code resolves it from the file source:
 * `managed-settings.json` first, then each drop-in alphabetically, the last
 * one setting the key winning (claude-code.md §1).
 */
function managedValue(policy, path) {
    let found;
    for (const source of [policy.managed, ...policy.dropIns]) {
        const v = valueAt(source, path);
        if (v !== undefined)
            found = v;
    }
    return found;
}
/** The sources the permission engine reads (shared/permissions rolePolicies). */
function permissionSources(policy) {
    return {
        ...(policy.managed ? { managed: policy.managed } : {}),
        dropIns: policy.dropIns,
        ...(policy.enterprise ? { enterprise: policy.enterprise } : {}),
        ...(policy.roleMappings ? { roleMappings: policy.roleMappings } : {}),
    };
}
async function readIfPresent(path) {
    try {
        return await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR")
            return undefined;
        throw new shared_errors/* ConfigurationError */.j1(`Cannot read ${path}: ${error.message}`, { file: path });
    }
}
/** Paths of the routing drop-ins model-policy.json names (routing.regions.*.managedSettingsDropIn). */
function referencedRoutingFiles(modelPolicy) {
    const regions = modelPolicy?.value?.routing?.regions;
    if (typeof regions !== "object" || regions === null)
        return [];
    const out = [];
    for (const region of Object.values(regions)) {
        const file = region?.managedSettingsDropIn;
        if (typeof file === "string" && file !== "")
            out.push(file);
    }
    return out;
}
/**
 * Reads the policy directory. Missing files are simply absent (each control
 * then says what it could not evaluate); a missing directory is a
 * ConfigurationError. File names in the evidence are `label/<name>`
 * (`label` being the directory as the user gave it, relative to the working
 * directory), so policy files and log files are named the same way.
 */
async function loadPolicyEvidence(dir, label = dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir);
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`Policy directory ${label} cannot be read.`, {
            title: "Policy directory",
            hint: "Pass the policy repository (the folder holding managed-settings.json, role-mappings.json, governance-config.json, ...).",
            cause: error,
        });
    }
    // Evidence names files relative to the working directory (label/name), like the log files.
    const load = async (name) => {
        const text = await readIfPresent((0,external_node_path_.join)(dir, name));
        return text === undefined ? undefined : (0,json_source/* parseJsonSource */.X0)(text, external_node_path_.posix.join(label, name));
    };
    const dropIns = [];
    if (entries.includes("managed-settings.d")) {
        const names = (await (0,promises_.readdir)((0,external_node_path_.join)(dir, "managed-settings.d")).catch(() => []))
            .filter((n) => n.endsWith(".json") && !n.startsWith("."))
            .sort();
        for (const name of names) {
            const s = await load(`managed-settings.d/${name}`);
            if (s)
                dropIns.push(s);
        }
    }
    const [managed, enterprise, enterpriseAuth, governance, roleMappings, modelPolicy] = await Promise.all([
        "managed-settings.json",
        "enterprise-settings.json",
        "enterprise-auth.json",
        "governance-config.json",
        "role-mappings.json",
        "model-policy.json",
    ].map(load));
    const referenced = {};
    for (const ref of referencedRoutingFiles(modelPolicy)) {
        const rel = (0,external_node_path_.normalize)(ref);
        if (rel.startsWith("..") || rel.startsWith("/"))
            continue;
        const s = await load(rel);
        if (s)
            referenced[ref] = s;
    }
    return {
        dir: label,
        dropIns,
        referenced,
        ...(managed ? { managed } : {}),
        ...(enterprise ? { enterprise } : {}),
        ...(enterpriseAuth ? { enterpriseAuth } : {}),
        ...(governance ? { governance } : {}),
        ...(roleMappings ? { roleMappings } : {}),
        ...(modelPolicy ? { modelPolicy } : {}),
    };
}

;// CONCATENATED MODULE: ./shared/reports/compliance/controls.ts
/**
 * The compliance controls: each a pure function over the gathered evidence
 * returning a verdict and the evidence it rests on (docs/compliance.md). A
 * control never passes on missing evidence: no file, no logs or no API access
 * gives `not-evaluated` (with the reason) or `fail`.
 */




const item = (check, ok, detail, at) => ({
    check,
    ok,
    detail,
    ...(at ? { file: at.file, ...(at.line ? { line: at.line } : {}) } : {}),
});
function result(id, verdict, reason, evidence) {
    const info = controlInfo(id);
    return {
        id,
        title: info.title,
        severity: info.severity,
        verdict,
        reason,
        evidence,
        frameworks: info.frameworks,
    };
}
const failures = (evidence) => evidence.filter((e) => e.ok === false);
const describeFailures = (evidence) => failures(evidence)
    .map((e) => e.check)
    .join("; ");
/** Fail when any item failed, else `ifClean`. */
function decide(id, evidence, ifClean) {
    const bad = failures(evidence);
    if (bad.length > 0)
        return result(id, "fail", `Failing: ${describeFailures(evidence)}.`, evidence);
    return result(id, ifClean.verdict, ifClean.reason, evidence);
}
const notEvaluated = (id, reason, evidence = []) => result(id, "not-evaluated", reason, evidence);
const hasManaged = (p) => p.managed !== undefined || p.dropIns.length > 0;
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const at = (l, fallback) => l ? { file: l.file, line: l.line } : fallback ? { file: fallback.file } : undefined;
const show = (v) => JSON.stringify(v);
const PLACEHOLDER = /\$\{[^}]*\}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isHttpsUrl = (v) => {
    if (typeof v !== "string")
        return false;
    try {
        return new URL(v).protocol === "https:";
    }
    catch {
        return false;
    }
};
const nonEmpty = (v) => typeof v === "string" && v.trim() !== "";
const FATAL_JSON = new Set(["syntax", "comment", "trailing-comma", "bom", "empty-file", "multiple-values"]);
/** Files Claude Code (or Steward) would reject outright. */
function fatalProblems(source) {
    if (!source)
        return [];
    return source.problems
        .filter((p) => FATAL_JSON.has(p.code))
        .slice(0, 3)
        .map((p) => item(`${source.file} is valid JSON`, false, `${p.message}: the whole file is ignored`, {
        file: source.file,
        line: p.line,
    }));
}
// ---------------------------------------------------------------- SSO
function ssoControl(ev) {
    const id = "sso";
    const policy = ev.policy;
    if (!policy)
        return notEvaluated(id, "No policy directory was given.");
    const evidence = [];
    const auth = policy.enterpriseAuth;
    if (!auth) {
        evidence.push(item("identity provider configured", false, "enterprise-auth.json not found: no SAML or OIDC identity provider is configured"));
    }
    else {
        evidence.push(...fatalProblems(auth));
        const type = valueAt(auth, ["authentication", "type"]);
        const cfg = (isObject(auth.value) && isObject(auth.value.authentication) && auth.value.authentication) || {};
        const config = isObject(cfg.config) ? cfg.config : {};
        if (type?.value === "saml" || type?.value === "oidc") {
            evidence.push(item("identity provider configured", true, `${type.value} via ${show(cfg.provider)}`, at(type, auth)));
            const required = type.value === "saml"
                ? [
                    ["entryPoint", isHttpsUrl, "an https URL"],
                    ["issuer", nonEmpty, "set"],
                    ["cert", nonEmpty, "set"],
                    ["callbackUrl", isHttpsUrl, "an https URL"],
                ]
                : [
                    ["clientId", nonEmpty, "set"],
                    ["redirectUri", isHttpsUrl, "an https URL"],
                ];
            for (const [key, ok, what] of required) {
                const v = valueAt(auth, ["authentication", "config", key]);
                const good = ok(config[key]);
                evidence.push(item(`auth config ${key} is ${what}`, good, good ? "present" : `missing or invalid (${show(config[key] ?? null)})`, at(v, auth)));
            }
            if (type.value === "oidc") {
                const good = nonEmpty(config.issuer) || nonEmpty(config.tenantId);
                evidence.push(item("auth config names the OIDC issuer or tenant", good, good ? "present" : "neither issuer nor tenantId is set", { file: auth.file }));
            }
            const groups = isObject(cfg.attributeMapping) && nonEmpty(cfg.attributeMapping.groups)
                ? "attributeMapping.groups"
                : nonEmpty(config.groupsClaim)
                    ? "config.groupsClaim"
                    : Array.isArray(config.scope) && config.scope.includes("groups")
                        ? "the groups scope"
                        : undefined;
            evidence.push(item("IdP groups reach Steward's roles", groups !== undefined, groups
                ? `groups come from ${groups}`
                : "no groups attribute or claim: SSO groups cannot select a role", { file: auth.file }));
        }
        else {
            evidence.push(item("identity provider configured", false, `authentication.type is ${show(type?.value ?? null)}, not saml or oidc`, at(type, auth)));
        }
    }
    if (!hasManaged(policy)) {
        evidence.push(item("login enforced in managed settings", null, "no managed-settings.json: enforcement cannot be checked"));
        if (failures(evidence).length > 0)
            return decide(id, evidence, { verdict: "fail", reason: "" });
        return notEvaluated(id, "No managed-settings.json: forceLoginMethod and forceLoginOrgUUID cannot be checked.", evidence);
    }
    const declared = (key) => {
        const d = valueAt(auth, ["claudeCodeLogin", key]);
        return d ? ` (declared in ${d.file}:${d.line}, which Claude Code does not read)` : "";
    };
    const method = managedValue(policy, ["forceLoginMethod"]);
    const methodOk = ["claudeai", "console", "gateway"].includes(method?.value);
    evidence.push(item("forceLoginMethod set in managed settings", methodOk, method
        ? methodOk
            ? `forceLoginMethod ${show(method.value)}`
            : `forceLoginMethod ${show(method.value)} is not claudeai, console or gateway`
        : `not set: users can log in with any method, personal accounts included${declared("forceLoginMethod")}`, at(method, policy.managed)));
    const org = managedValue(policy, ["forceLoginOrgUUID"]);
    const uuids = typeof org?.value === "string" ? [org.value] : Array.isArray(org?.value) ? org.value : [];
    let orgOk = false;
    let orgDetail;
    if (!org)
        orgDetail = `not set: users can log in to any organization${declared("forceLoginOrgUUID")}`;
    else if (uuids.length === 0)
        orgDetail = "an empty list blocks every login";
    else if (uuids.some((u) => typeof u === "string" && PLACEHOLDER.test(u)))
        orgDetail = `${show(org.value)} holds a placeholder: managed settings are not expanded, and an invalid value blocks every login`;
    else if (!uuids.every((u) => typeof u === "string" && UUID.test(u)))
        orgDetail = `${show(org.value)} is not a UUID (or list of UUIDs)`;
    else {
        orgOk = true;
        orgDetail = `${uuids.length} organization${uuids.length === 1 ? "" : "s"} allowed`;
    }
    evidence.push(item("forceLoginOrgUUID set in managed settings", orgOk, orgDetail, at(org, policy.managed)));
    return decide(id, evidence, {
        verdict: "pass",
        reason: "An identity provider is configured and managed settings force the login method and organization.",
    });
}
// ---------------------------------------------------------------- audit logging
const ALL_TOOLS = new Set(["", "*", ".*"]);
function auditLoggingControl(ev) {
    const id = "audit-logging";
    const policy = ev.policy;
    const evidence = [];
    let configKnown = false;
    if (policy && hasManaged(policy)) {
        configKnown = true;
        const sources = [policy.managed, ...policy.dropIns].filter((s) => s !== undefined);
        const hooks = sources.flatMap((s) => (0,hooks_model/* settingsHooks */.yI)(s).map((h) => ({ h, s })));
        const audit = hooks.find(({ h }) => h.event === "PreToolUse" &&
            !h.flat &&
            (h.type === "command" || h.type === "http") &&
            (h.matcher === undefined || ALL_TOOLS.has(h.matcher.value)));
        if (audit) {
            evidence.push(item("audit hook on every tool call in managed settings", true, `PreToolUse ${audit.h.matcher ? `matcher ${show(audit.h.matcher.value)}` : "(no matcher)"}: ${audit.h.command?.value ?? audit.h.type}`, { file: audit.s.file, line: audit.s.position(audit.h.handlerNode.offset).line }));
        }
        else {
            const flat = hooks.find(({ h }) => h.event === "PreToolUse" && h.flat);
            evidence.push(item("audit hook on every tool call in managed settings", false, flat
                ? "the PreToolUse hook is in the seed's flat shape ({command} without matcher/hooks), which Claude Code does not run"
                : "no PreToolUse command or http hook matching every tool in managed settings", flat
                ? { file: flat.s.file, line: flat.s.position(flat.h.groupNode.offset).line }
                : sources[0]
                    ? { file: sources[0].file }
                    : undefined));
        }
        const only = managedValue(policy, ["allowManagedHooksOnly"]);
        evidence.push(item("users cannot override hooks (allowManagedHooksOnly)", only?.value === true, only
            ? `allowManagedHooksOnly ${show(only.value)}`
            : "allowManagedHooksOnly not set: user, project and plugin hooks also run", at(only, policy.managed)));
    }
    else {
        evidence.push(item("audit hook in managed settings", null, policy ? "no managed-settings.json" : "no policy directory"));
    }
    const audit = ev.audit;
    let logsVerdict = { ok: null, why: "no audit logs were given" };
    if (audit) {
        evidence.push(item("audit logs read", null, `${audit.files} files, ${audit.v1Records} v1 records (${audit.recordsInPeriod} in ${ev.period.month}), ${audit.legacyLines} legacy lines, ${audit.malformed} malformed lines`));
        if (audit.malformed > 0) {
            const first = audit.malformedSamples[0];
            evidence.push(item("malformed audit lines", null, `${audit.malformed} lines could not be read${first ? `; first: ${first.error}` : ""}`, first ? { file: first.file, line: first.line } : undefined));
        }
        if (audit.recordsInPeriod === 0) {
            logsVerdict = { ok: false, why: `no audit record is dated in ${ev.period.month}` };
            evidence.push(item(`audit records in ${ev.period.month}`, false, logsVerdict.why));
        }
        else {
            const gaps = findGaps(ev);
            if (gaps === undefined) {
                logsVerdict = {
                    ok: null,
                    why: "no independent source of activity (Claude Code Analytics API or a cost report) to find gaps against",
                };
                evidence.push(item("logs cover every active user", null, logsVerdict.why));
            }
            else {
                const ok = gaps.missing.length === 0;
                logsVerdict = { ok, why: ok ? "" : `${gaps.missing.length} gaps` };
                evidence.push(item(`logs cover every active user and day (${gaps.source})`, ok, ok
                    ? `${gaps.checked} active user-days or users checked, none without audit records`
                    : `${gaps.missing.length} without audit records: ${gaps.missing.slice(0, 10).join(", ")}${gaps.missing.length > 10 ? ", ..." : ""}`));
            }
        }
    }
    else {
        evidence.push(item("audit logs for the period", null, "no audit logs were given"));
    }
    if (failures(evidence).length > 0)
        return decide(id, evidence, { verdict: "fail", reason: "" });
    if (!configKnown)
        return notEvaluated(id, "No managed settings: the audit hook cannot be checked.", evidence);
    if (logsVerdict.ok !== true)
        return notEvaluated(id, `Hook configuration is in force, but ${logsVerdict.why}.`, evidence);
    return result(id, "pass", `A managed audit hook users cannot override runs on every tool call, and the logs cover every active user in ${ev.period.month}.`, evidence);
}
const localPart = (u) => u.split("@")[0] ?? u;
/** Whether a cost report's period touches the reporting period (an unknown bound counts as touching). */
function usageOverlaps(usage, period) {
    if (usage.since && usage.since >= period.until)
        return false;
    if (usage.until && usage.until < period.since)
        return false;
    return true;
}
/** Active users/days without audit records; undefined when there is no activity source besides the logs. */
function findGaps(ev) {
    const audit = ev.audit;
    if (!audit)
        return undefined;
    const auditDays = new Map();
    for (const [u, days] of Object.entries(audit.userDays)) {
        auditDays.set(u, new Set(days));
        const short = localPart(u);
        if (!auditDays.has(short))
            auditDays.set(short, new Set(days));
    }
    const inPeriod = (d) => d >= ev.period.since && d < ev.period.until;
    const sources = [];
    const missing = [];
    let checked = 0;
    const activity = ev.api?.activity;
    if (activity) {
        sources.push("Claude Code Analytics API");
        for (const [user, days] of Object.entries(activity.userDays)) {
            const logged = auditDays.get(user) ?? auditDays.get(localPart(user));
            for (const d of days.filter(inPeriod)) {
                checked++;
                if (!logged?.has(d))
                    missing.push(`${user} on ${d}`);
            }
        }
    }
    const usage = ev.usage && usageOverlaps(ev.usage, ev.period) ? ev.usage : undefined;
    if (usage) {
        sources.push(`cost report ${usage.file}`);
        for (const user of usage.activeUsers) {
            checked++;
            if (!auditDays.has(user) && !auditDays.has(localPart(user)))
                missing.push(user);
        }
        for (const d of usage.activeDays.filter(inPeriod)) {
            checked++;
            if (!(d in audit.byDay))
                missing.push(`any user on ${d}`);
        }
    }
    if (sources.length === 0)
        return undefined;
    return { source: sources.join(" and "), checked, missing: [...new Set(missing)] };
}
// ---------------------------------------------------------------- sandbox
function sandboxControl(ev) {
    const id = "sandbox";
    const policy = ev.policy;
    if (!policy)
        return notEvaluated(id, "No policy directory was given.");
    if (!hasManaged(policy))
        return notEvaluated(id, "No managed-settings.json: the sandbox settings cannot be checked.");
    const evidence = [...fatalProblems(policy.managed)];
    const checks = [
        ["enabled", true, "sandbox.enabled is true", "Bash runs unsandboxed (Claude Code's default is false)"],
        [
            "failIfUnavailable",
            true,
            "sandbox.failIfUnavailable is true",
            "where the sandbox cannot start, Claude Code silently runs without it (default false)",
        ],
        [
            "allowUnsandboxedCommands",
            false,
            "sandbox.allowUnsandboxedCommands is false",
            "Claude Code may retry a failing command outside the sandbox (default true)",
        ],
    ];
    for (const [key, want, title, risk] of checks) {
        const v = managedValue(policy, ["sandbox", key]);
        const ok = v?.value === want;
        evidence.push(item(title, ok, ok ? `${key} ${show(v?.value)}` : `${v ? `${key} ${show(v.value)}` : `${key} not set`}: ${risk}`, at(v, policy.managed)));
    }
    const excluded = managedValue(policy, ["sandbox", "excludedCommands"]);
    if (Array.isArray(excluded?.value) && excluded.value.length > 0) {
        evidence.push(item("commands excluded from the sandbox", null, show(excluded.value), at(excluded, policy.managed)));
    }
    return decide(id, evidence, {
        verdict: "pass",
        reason: "Managed settings enable the sandbox, require it, and allow no unsandboxed retries.",
    });
}
// ---------------------------------------------------------------- secrets
/** Probes every role must deny: .env, keys, ~/.ssh, ~/.aws and credentials files, through Read, Edit/Write and Bash. */
const SECRET_PROBE_IDS = [
    "secrets/read-dotenv",
    "secrets/read-dotenv-nested",
    "secrets/cat-dotenv",
    "secrets/grep-dotenv",
    "secrets/edit-dotenv",
    "secrets/write-dotenv",
    "secrets/read-private-key",
    "secrets/read-pem",
    "secrets/read-ssh-key",
    "secrets/cat-ssh-key",
    "cloud/read-aws-credentials",
    "cloud/cat-aws-credentials",
    "cloud/read-gcloud",
];
/** Reported per role but not required: permission rules cannot stop them (the sandbox can), or they are not credential files by name. */
const ADVISORY_SECRET_PROBE_IDS = [
    "secrets/python-open-dotenv",
    "secrets/printenv",
    "secrets/read-netrc",
    "secrets/read-npmrc",
    "cloud/read-kubeconfig",
];
const probesById = (ids) => ids.map((pid) => {
    const p = permissions/* PROBES */._v.find((x) => x.id === pid);
    if (!p)
        throw new Error(`unknown probe ${pid}`);
    return p;
});
function hasPermissionSources(policy) {
    return hasManaged(policy) || policy.enterprise !== undefined || policy.roleMappings !== undefined;
}
function secretsControl(ev) {
    const id = "secrets-protected";
    const policy = ev.policy;
    if (!policy)
        return notEvaluated(id, "No policy directory was given.");
    if (!hasPermissionSources(policy))
        return notEvaluated(id, "No managed settings or role mappings: there are no permission rules to evaluate.");
    const { roles } = (0,permissions/* rolePolicies */.ns)(permissionSources(policy));
    const required = probesById(SECRET_PROBE_IDS);
    const advisory = probesById(ADVISORY_SECRET_PROBE_IDS);
    const evidence = [];
    for (const role of roles) {
        const results = (0,permissions/* evaluateProbes */.BU)(role.rules, required);
        const open = results.filter((r) => r.decision !== "deny");
        if (open.length === 0) {
            evidence.push(item(`role ${role.role}: secrets denied`, true, `all ${required.length} secret probes denied`));
        }
        else {
            for (const r of open) {
                evidence.push(item(`role ${role.role}: ${r.probe.title}`, false, `${r.decision}${r.rule ? ` by ${r.rule.text}` : " (no rule matches)"}`, r.rule?.source.file
                    ? { file: r.rule.source.file, ...(r.rule.source.line ? { line: r.rule.source.line } : {}) }
                    : undefined));
            }
        }
        const adv = (0,permissions/* evaluateProbes */.BU)(role.rules, advisory).filter((r) => r.decision !== "deny");
        if (adv.length > 0) {
            evidence.push(item(`role ${role.role}: advisory probes not denied`, null, adv.map((r) => `${r.probe.id} (${r.decision})`).join(", ")));
        }
    }
    return decide(id, evidence, {
        verdict: "pass",
        reason: `Every role (${roles.map((r) => r.role).join(", ")}) is denied every secret probe through Read, Edit/Write and Bash.`,
    });
}
// ---------------------------------------------------------------- access control
const RESTRICTED_ROLE = /contractor|vendor|external|guest/i;
/** What a restricted (contractor) role must be denied: writing files and running commands. */
const call = (tool_name, tool_input) => ({
    tool_name,
    tool_input,
    cwd: permissions/* PROBE_CWD */.gx,
});
const RESTRICTED_PROBES = [
    {
        id: "access/edit-src",
        category: "everyday",
        title: "Edit a source file",
        call: call("Edit", { file_path: `${permissions/* PROBE_CWD */.gx}/src/index.ts`, old_string: "a", new_string: "b" }),
    },
    {
        id: "access/write-src",
        category: "everyday",
        title: "Write a source file",
        call: call("Write", { file_path: `${permissions/* PROBE_CWD */.gx}/src/new.ts`, content: "x" }),
    },
    {
        id: "access/notebook-edit",
        category: "everyday",
        title: "Edit a notebook",
        call: call("NotebookEdit", { notebook_path: `${permissions/* PROBE_CWD */.gx}/analysis.ipynb`, new_source: "x" }),
    },
    {
        id: "access/bash-npm-test",
        category: "everyday",
        title: "Run npm test",
        call: call("Bash", { command: "npm test" }),
    },
    {
        id: "access/bash-git-status",
        category: "everyday",
        title: "Run git status",
        call: call("Bash", { command: "git status" }),
    },
    { id: "access/bash-ls", category: "everyday", title: "Run ls", call: call("Bash", { command: "ls -la" }) },
    {
        id: "access/bash-home",
        category: "everyday",
        title: "Run a script in the home directory",
        call: call("Bash", { command: `${permissions/* PROBE_HOME */.vV}/bin/deploy.sh` }),
    },
];
function accessControl(ev) {
    const id = "access-control";
    const policy = ev.policy;
    if (!policy)
        return notEvaluated(id, "No policy directory was given.");
    const evidence = [];
    const rm = policy.roleMappings;
    if (!rm) {
        evidence.push(item("role mappings present", false, "role-mappings.json not found: every user gets the same rules"));
        return decide(id, evidence, { verdict: "fail", reason: "" });
    }
    evidence.push(...fatalProblems(rm));
    const mappings = valueAt(rm, ["roleMappings"]);
    const roleNames = isObject(mappings?.value) ? Object.keys(mappings.value) : [];
    if (roleNames.length === 0) {
        evidence.push(item("role mappings present", false, "roleMappings is missing or empty", at(mappings, rm)));
        return decide(id, evidence, { verdict: "fail", reason: "" });
    }
    evidence.push(item("role mappings present", true, `${roleNames.length} roles: ${roleNames.join(", ")}`, at(mappings, rm)));
    for (const role of roleNames) {
        const groups = valueAt(rm, ["roleMappings", role, "idpGroups"]);
        const ok = Array.isArray(groups?.value) && groups.value.length > 0;
        evidence.push(item(`role ${role} mapped from IdP groups`, ok, ok ? show(groups?.value) : "no idpGroups: no SSO group selects this role", at(groups ?? valueAt(rm, ["roleMappings", role]), rm)));
    }
    const dflt = valueAt(rm, ["defaultRole"]);
    if (dflt) {
        const ok = typeof dflt.value === "string" && roleNames.includes(dflt.value);
        evidence.push(item("defaultRole is a defined role", ok, `defaultRole ${show(dflt.value)}`, at(dflt, rm)));
    }
    else {
        evidence.push(item("defaultRole", null, "not set: users in no mapped group get the org-wide rules only"));
    }
    const { roles } = (0,permissions/* rolePolicies */.ns)(permissionSources(policy));
    const restricted = roles.filter((r) => RESTRICTED_ROLE.test(r.role));
    if (restricted.length === 0) {
        evidence.push(item("contractors cannot write or run commands", null, "no contractor, vendor, external or guest role is defined"));
    }
    for (const role of restricted) {
        const open = (0,permissions/* evaluateProbes */.BU)(role.rules, RESTRICTED_PROBES).filter((r) => r.decision !== "deny");
        evidence.push(item(`role ${role.role} cannot write files or run commands`, open.length === 0, open.length === 0
            ? `all ${RESTRICTED_PROBES.length} write/command probes denied`
            : open
                .map((r) => `${r.probe.title}: ${r.decision}${r.rule ? ` by ${r.rule.text}` : ""}`)
                .join("; "), at(valueAt(rm, ["roleMappings", role.role, "permissions"]), rm)));
    }
    for (const role of roles) {
        const counts = { deny: 0, ask: 0, allow: 0, none: 0 };
        for (const r of (0,permissions/* evaluateProbes */.BU)(role.rules, permissions/* PROBES */._v))
            counts[r.decision]++;
        evidence.push(item(`role ${role.role}: probe decisions`, null, `${permissions/* PROBES */._v.length} probes: ${counts.deny} deny, ${counts.ask} ask, ${counts.allow} allow, ${counts.none} no rule`));
    }
    return decide(id, evidence, {
        verdict: "pass",
        reason: restricted.length > 0
            ? "Roles are mapped from IdP groups, and restricted roles cannot write files or run commands."
            : "Roles are mapped from IdP groups (no restricted role is defined).",
    });
}
// ---------------------------------------------------------------- model routing
function regionAllowed(region, allowed) {
    return allowed.some((a) => (a.endsWith("*") ? region.startsWith(a.slice(0, -1)) : region === a));
}
function modelRoutingControl(ev) {
    const id = "model-routing";
    const policy = ev.policy;
    if (!policy)
        return notEvaluated(id, "No policy directory was given.");
    const evidence = [];
    if (hasManaged(policy)) {
        const models = managedValue(policy, ["availableModels"]);
        const enforce = managedValue(policy, ["enforceAvailableModels"]);
        const list = Array.isArray(models?.value) ? models.value : [];
        evidence.push(item("availableModels restricts the models", list.length > 0, list.length > 0
            ? `${list.length} models: ${list.join(", ")}`
            : "availableModels not set or empty: any model can be chosen", at(models, policy.managed)));
        evidence.push(item("enforceAvailableModels is true", enforce?.value === true, enforce
            ? `enforceAvailableModels ${show(enforce.value)}`
            : "not set: the Default option is not pinned to the list", at(enforce, policy.managed)));
    }
    else {
        evidence.push(item("model allowlist in managed settings", null, "no managed-settings.json"));
    }
    const residency = valueAt(policy.governance, [
        "governance",
        "policies",
        "dataHandling",
        "dataResidency",
        "allowedRegions",
    ]);
    const allowed = Array.isArray(residency?.value)
        ? residency.value.filter((x) => typeof x === "string")
        : undefined;
    if (allowed)
        evidence.push(item("data residency required", null, `allowed regions: ${allowed.join(", ")}`, at(residency, policy.governance)));
    const regions = valueAt(policy.modelPolicy, ["routing", "regions"]);
    if (!policy.modelPolicy || !isObject(regions?.value)) {
        evidence.push(item("routing declared", null, policy.modelPolicy ? "model-policy.json has no routing.regions" : "no model-policy.json"));
        if (failures(evidence).length > 0)
            return decide(id, evidence, { verdict: "fail", reason: "" });
        return notEvaluated(id, "No routing is declared (model-policy.json routing.regions): data residency cannot be checked.", evidence);
    }
    const mp = policy.modelPolicy;
    for (const [name, raw] of Object.entries(regions.value)) {
        const r = isObject(raw) ? raw : {};
        const where = at(valueAt(mp, ["routing", "regions", name]), mp);
        const provider = r.provider;
        const dropInPath = typeof r.managedSettingsDropIn === "string" ? r.managedSettingsDropIn : undefined;
        if (provider === "anthropic") {
            const ok = allowed ? allowed.includes("anthropic") : null;
            evidence.push(item(`region ${name} routes to Anthropic directly`, ok, allowed && !ok
                ? "the first-party API is not in the allowed regions"
                : "first-party API; inference geography is not pinned", where));
            continue;
        }
        if (provider !== "bedrock" && provider !== "vertex") {
            evidence.push(item(`region ${name} has a known provider`, false, `provider ${show(provider)} is not bedrock, vertex or anthropic`, where));
            continue;
        }
        const cloudRegion = provider === "bedrock" ? r.region : r.location;
        const dropIn = dropInPath ? policy.referenced[dropInPath] : undefined;
        if (!dropIn) {
            evidence.push(item(`region ${name} has a managed-settings drop-in`, false, dropInPath
                ? `${dropInPath} not found`
                : "no managedSettingsDropIn: nothing tells Claude Code to use the provider", where));
            continue;
        }
        const env = isObject(dropIn.value) && isObject(dropIn.value.env) ? dropIn.value.env : {};
        const flag = provider === "bedrock" ? "CLAUDE_CODE_USE_BEDROCK" : "CLAUDE_CODE_USE_VERTEX";
        const regionVar = provider === "bedrock" ? "AWS_REGION" : "CLOUD_ML_REGION";
        const flagAt = valueAt(dropIn, ["env", flag]);
        evidence.push(item(`region ${name}: ${dropIn.file} selects ${provider}`, env[flag] === "1", `${flag}=${show(env[flag] ?? null)}`, at(flagAt, dropIn)));
        const regAt = valueAt(dropIn, ["env", regionVar]);
        evidence.push(item(`region ${name}: ${dropIn.file} pins ${show(cloudRegion)}`, typeof cloudRegion === "string" && env[regionVar] === cloudRegion, `${regionVar}=${show(env[regionVar] ?? null)}, model-policy.json says ${show(cloudRegion ?? null)}`, at(regAt, dropIn)));
        if (allowed && typeof cloudRegion === "string") {
            evidence.push(item(`region ${name}: ${cloudRegion} is an allowed region`, regionAllowed(cloudRegion, allowed), cloudRegion, where));
        }
    }
    const fallback = valueAt(mp, ["routing", "fallback", "provider"]);
    if (fallback && allowed) {
        const ok = fallback.value === "anthropic" ? allowed.includes("anthropic") : true;
        evidence.push(item("fallback route stays in the allowed regions", ok, `fallback provider ${show(fallback.value)}`, at(fallback, mp)));
    }
    return decide(id, evidence, {
        verdict: "pass",
        reason: allowed
            ? "Every route pins a provider and region inside the allowed regions, and managed settings restrict the models."
            : "Every route pins its provider and region and managed settings restrict the models; governance-config.json declares no data-residency requirement, so only consistency was checked.",
    });
}
// ---------------------------------------------------------------- retention
const DAY_MS = 86_400_000;
function retentionControl(ev) {
    const id = "retention";
    const policy = ev.policy;
    if (!policy)
        return notEvaluated(id, "No policy directory was given.");
    const gov = policy.governance;
    if (!gov)
        return notEvaluated(id, "No governance-config.json: no retention period is declared.");
    const evidence = [];
    const auditDays = valueAt(gov, ["governance", "policies", "auditRequirements", "retentionDays"]);
    const dataDays = valueAt(gov, ["governance", "policies", "dataHandling", "retentionDays"]);
    const days = auditDays ?? dataDays;
    const cleanupWanted = valueAt(gov, [
        "governance",
        "policies",
        "dataHandling",
        "transcriptCleanupPeriodDays",
    ]);
    if (cleanupWanted) {
        const actual = hasManaged(policy) ? managedValue(policy, ["cleanupPeriodDays"]) : undefined;
        const ok = actual?.value === cleanupWanted.value;
        evidence.push(item("transcript cleanup matches managed cleanupPeriodDays", ok, actual
            ? `governance wants ${show(cleanupWanted.value)} days, managed settings say ${show(actual.value)}`
            : `governance wants ${show(cleanupWanted.value)} days; cleanupPeriodDays is not set in managed settings (Claude Code keeps 30)`, at(actual ?? cleanupWanted, gov)));
    }
    if (!days || typeof days.value !== "number") {
        evidence.push(item("retention period declared", false, "neither auditRequirements.retentionDays nor dataHandling.retentionDays is set", { file: gov.file }));
        return decide(id, evidence, { verdict: "fail", reason: "" });
    }
    evidence.push(item("retention period declared", true, `${days.value} days`, at(days, gov)));
    const audit = ev.audit;
    if (!audit?.oldest) {
        evidence.push(item("no log older than the retention period", null, audit ? "no dated record or file name in the logs" : "no audit logs were given"));
        if (failures(evidence).length > 0)
            return decide(id, evidence, { verdict: "fail", reason: "" });
        return notEvaluated(id, audit
            ? "The logs hold no dated record."
            : "No audit logs were given: retention on disk cannot be checked.", evidence);
    }
    const now = Date.parse(ev.now);
    const cutoff = new Date(now - days.value * DAY_MS).toISOString().slice(0, 10);
    const age = Math.floor((now - Date.parse(`${audit.oldest.day}T00:00:00Z`)) / DAY_MS);
    const ok = audit.oldest.day >= cutoff;
    evidence.push(item("no log older than the retention period", ok, ok
        ? `oldest log ${audit.oldest.day} is ${age} days old (limit ${days.value})`
        : `${audit.oldest.day} is ${age} days old, past the ${days.value}-day limit (delete logs before ${cutoff})`, { file: audit.oldest.file }));
    return decide(id, evidence, { verdict: "pass", reason: `No audit log is older than ${days.value} days.` });
}
// ---------------------------------------------------------------- MFA and session timeout
function mfaSessionControl(ev) {
    const id = "mfa-session";
    const policy = ev.policy;
    if (!policy)
        return notEvaluated(id, "No policy directory was given.");
    const gov = policy.governance;
    if (!gov)
        return notEvaluated(id, "No governance-config.json: MFA and session timeout are not declared anywhere Steward reads.");
    const evidence = [...fatalProblems(gov)];
    const mfa = valueAt(gov, ["governance", "policies", "accessControl", "mfaRequired"]);
    evidence.push(item("MFA required", mfa?.value === true, mfa ? `mfaRequired ${show(mfa.value)}` : "mfaRequired not set", at(mfa, gov)));
    const timeout = valueAt(gov, ["governance", "policies", "accessControl", "sessionTimeout"]);
    const ok = typeof timeout?.value === "string" && /^[1-9][0-9]*(m|h|d|w)$/.test(timeout.value);
    evidence.push(item("session timeout declared", ok, timeout ? `sessionTimeout ${show(timeout.value)}` : "sessionTimeout not set", at(timeout, gov)));
    evidence.push(item("enforced by the identity provider", null, "declared policy: Steward cannot see the IdP's MFA or session settings"));
    return decide(id, evidence, {
        verdict: "pass",
        reason: "MFA and a session timeout are declared in governance-config.json.",
    });
}
// ---------------------------------------------------------------- policy lint
function policyLintControl(ev) {
    const id = "policy-lint";
    if (!ev.policy)
        return notEvaluated(id, "No policy directory was given.");
    const lint = ev.lint;
    if (!lint)
        return notEvaluated(id, `The linter did not run${ev.lintError ? `: ${ev.lintError}` : "."}`);
    const evidence = [];
    for (const f of lint.findings.filter((x) => x.severity === "error").slice(0, 20)) {
        evidence.push(item(f.ruleId, false, f.message, { file: f.file, line: f.line }));
    }
    evidence.push(item("lint findings", lint.counts.error === 0, `${lint.counts.error} errors, ${lint.counts.warning} warnings, ${lint.counts.note} notes (${lint.waived} waived)`));
    return decide(id, evidence, {
        verdict: "pass",
        reason: `steward lint finds no errors (${lint.counts.warning} warnings, ${lint.counts.note} notes).`,
    });
}
/** Every control, in report order. */
const CONTROLS = [
    ssoControl,
    auditLoggingControl,
    sandboxControl,
    secretsControl,
    accessControl,
    modelRoutingControl,
    retentionControl,
    mfaSessionControl,
    policyLintControl,
];
function evaluateControls(ev) {
    return CONTROLS.map((c) => c(ev));
}

;// CONCATENATED MODULE: ./shared/reports/compliance/build.ts
/**
 * Builds the compliance report from gathered evidence: the controls, the
 * seed's matrix with Steward's verdicts, the metrics governance-config.json
 * asks for, and a content-derived idempotency key. Pure.
 */




const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** `YYYY-MM` -> the month's first day and the first day of the next. Undefined when malformed. */
function periodOf(month) {
    const m = MONTH.exec(month);
    if (!m)
        return undefined;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
    return { month, since: `${month}-01`, until: `${next}-01` };
}
/** The calendar month before `now` (a monthly job on the 1st reports the month that just ended). */
function previousMonth(now) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    return d.toISOString().slice(0, 7);
}
/** Worst first: any fail fails the row; otherwise any not-evaluated leaves it not evaluated. */
function worst(verdicts) {
    if (verdicts.includes("fail"))
        return "fail";
    if (verdicts.includes("not-evaluated") || verdicts.length === 0)
        return "not-evaluated";
    return "pass";
}
function matrixRows(controls) {
    return COMPLIANCE_MATRIX.map((row) => {
        const cs = row.controls.map((id) => controls.find((c) => c.id === id)).filter((c) => c !== undefined);
        return {
            ...row,
            status: worst(cs.map((c) => c.verdict)),
            evidence: cs.map((c) => `${c.title}: ${c.verdict} (${c.reason})`).join(" "),
        };
    });
}
function includedMetrics(ev) {
    const asked = valueAt(ev.policy?.governance, ["governance", "reports", "includeMetrics"])?.value;
    if (!Array.isArray(asked))
        return { include: new Set(METRIC_NAMES), unknown: [] };
    const names = asked.filter((x) => typeof x === "string");
    const include = new Set(METRIC_NAMES.filter((m) => names.includes(m)));
    // lint findings are Steward's own metric: always reported
    include.add("lint_findings");
    return { include, unknown: names.filter((n) => !METRIC_NAMES.includes(n)) };
}
function totalUsers(ev) {
    if (ev.api?.users)
        return { value: ev.api.users.total, source: "admin-api", byRole: ev.api.users.byRole };
    const seen = new Set([...(ev.audit?.users ?? []), ...(ev.usage?.activeUsers ?? [])]);
    if (!ev.audit && !ev.usage)
        return { value: null, source: "none", note: "no Admin API access and no logs" };
    return {
        value: seen.size,
        source: ev.usage ? "audit-and-usage-logs" : "audit-logs",
        note: "lower bound: only users who left records (no Admin API access)",
    };
}
function activeUsers(ev) {
    if (ev.api?.activity) {
        return { value: Object.keys(ev.api.activity.userDays).length, source: "claude-code-analytics-api" };
    }
    if (ev.audit) {
        return {
            value: ev.audit.users.length,
            source: "audit-logs",
            note: "users with audit records in the period (no Claude Code Analytics API access)",
        };
    }
    return { value: null, source: "none", note: "no Admin API access and no audit logs" };
}
function computeMetrics(ev) {
    const { include, unknown } = includedMetrics(ev);
    const u = ev.usage;
    const all = {
        total_users: totalUsers(ev),
        active_users: activeUsers(ev),
        token_usage: {
            source: u ? "cost-report" : "none",
            tokens: u?.tokens ?? null,
            input: u?.input ?? null,
            output: u?.output ?? null,
            cacheRead: u?.cacheRead ?? null,
            cacheWrite: u?.cacheWrite ?? null,
            requests: u?.requests ?? null,
            costUsd: u?.costUsd ?? null,
        },
        policy_violations: ev.audit?.violations ?? null,
        access_denials: ev.audit?.accessDenials ?? null,
        lint_findings: ev.lint?.counts ?? null,
    };
    const picked = {};
    for (const name of METRIC_NAMES)
        if (include.has(name))
            picked[name] = all[name];
    return {
        ...picked,
        omitted: METRIC_NAMES.filter((m) => !include.has(m)),
        unknown,
    };
}
function buildComplianceReport(ev, options) {
    const controls = evaluateControls(ev);
    const count = (v) => controls.filter((c) => c.verdict === v).length;
    const notes = [];
    if (!ev.api || options.adminApi !== "used")
        notes.push("User counts come from the logs: no Anthropic Admin API figures were used.");
    if (ev.usage && !usageOverlaps(ev.usage, ev.period))
        notes.push(`The cost report ${ev.usage.file} (${ev.usage.since} to ${ev.usage.until}) does not cover ${ev.period.month}: its figures are not this period's, and it was not used to find log gaps.`);
    else if (ev.usage?.since && ev.usage.since > ev.period.since)
        notes.push(`The cost report starts on ${ev.usage.since}, after the period's first day.`);
    if (ev.audit && ev.audit.legacyLines > 0)
        notes.push(`${ev.audit.legacyLines} legacy BLOCKED/DENIED lines were counted as denials; the seed hook's exit 1 never blocked anything.`);
    const version = valueAt(ev.policy?.enterprise, ["enterprise", "policyVersion"]) ??
        valueAt(ev.policy?.governance, ["policyVersion"]);
    return {
        schemaVersion: 1,
        generatedAt: options.generatedAt,
        period: ev.period,
        policy: {
            dir: ev.policy?.dir ?? null,
            policyVersion: typeof version?.value === "string" ? version.value : null,
        },
        summary: {
            passing: count("pass"),
            failing: count("fail"),
            notEvaluated: count("not-evaluated"),
            total: controls.length,
        },
        matrix: matrixRows(controls),
        controls,
        metrics: computeMetrics(ev),
        sources: {
            auditFiles: ev.audit?.files ?? 0,
            auditLines: ev.audit?.lines ?? 0,
            auditMalformed: ev.audit?.malformed ?? 0,
            malformedSamples: ev.audit?.malformedSamples ?? [],
            usageReport: ev.usage?.file ?? null,
            adminApi: options.adminApi,
            apiErrors: ev.api?.errors ?? [],
        },
        notes,
    };
}
/**
 * A key for the compliance endpoint's `Idempotency-Key` header: a hash of the
 * report without its generation time, so a retried or re-run post of the same
 * findings is recognised as the same report.
 */
function idempotencyKey(report) {
    const { generatedAt: _ignored, ...content } = report;
    return `steward-compliance-${(0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 40)}`;
}

;// CONCATENATED MODULE: ./shared/reports/compliance/render.ts
const COMPLIANCE_FORMATS = ["json", "md", "html"];
const FILE_NAMES = {
    json: "compliance.json",
    md: "compliance.md",
    html: "compliance.html",
};
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const ICON = {
    pass: "✅ pass",
    fail: "❌ fail",
    "not-evaluated": "⚪ not evaluated",
};
const md = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const where = (e) => (e.file ? `${e.file}${e.line ? `:${e.line}` : ""}` : "");
const mark = (ok) => (ok === true ? "✓" : ok === false ? "✗" : "·");
const fmt = (n) => n === null || n === undefined ? "n/a" : n.toLocaleString("en-US");
function render_top(record, n) {
    const entries = Object.entries(record).slice(0, n);
    return entries.length ? entries.map(([k, v]) => `${k} (${v})`).join(", ") : "none";
}
function breakdownLines(name, b) {
    if (!b)
        return [`- ${name}: n/a (no audit logs)`];
    return [
        `- ${name}: **${fmt(b.total)}**`,
        `  - by rule: ${md(render_top(b.byRule, 5))}`,
        `  - by user: ${md(render_top(b.byUser, 5))}`,
        `  - by tool: ${md(render_top(b.byTool, 5))}`,
        `  - by day: ${md(render_top(b.byDay, 31))}`,
    ];
}
function renderMarkdown(report) {
    const s = report.summary;
    const out = [
        `# Claude Code compliance report, ${report.period.month}`,
        "",
        `Policy ${report.policy.dir ?? "(none)"}${report.policy.policyVersion ? ` version ${report.policy.policyVersion}` : ""}. ` +
            `**${s.passing} passing, ${s.failing} failing, ${s.notEvaluated} not evaluated** of ${s.total} controls.`,
        "",
        "## Compliance matrix",
        "",
        "| Requirement | Configuration | Verification | Status | Evidence |",
        "|---|---|---|---|---|",
        ...report.matrix.map((r) => `| ${r.requirement} | ${r.configuration} | ${r.verification} | ${ICON[r.status]} | ${md(r.controls
            .map((id) => {
            const c = report.controls.find((x) => x.id === id);
            return c ? `${c.title}: ${c.verdict}` : id;
        })
            .join("; "))} |`),
        "",
        "## Controls",
        "",
        "| Control | Verdict | Why | SOC 2 | HIPAA | GDPR |",
        "|---|---|---|---|---|---|",
        ...report.controls.map((c) => `| ${c.title} (\`${c.id}\`) | ${ICON[c.verdict]} | ${md(c.reason)} | ${c.frameworks.soc2.join(", ")} | ${c.frameworks.hipaa.join(", ")} | ${c.frameworks.gdpr.join(", ")} |`),
        "",
    ];
    for (const c of report.controls) {
        out.push(`### ${ICON[c.verdict]}: ${c.title}`, "");
        for (const e of c.evidence) {
            out.push(`- ${mark(e.ok)} ${md(e.check)}: ${md(e.detail)}${e.file ? ` (\`${where(e)}\`)` : ""}`);
        }
        out.push("");
    }
    const m = report.metrics;
    out.push("## Metrics", "");
    if (m.total_users)
        out.push(`- total users: **${fmt(m.total_users.value)}** (${m.total_users.source}${m.total_users.note ? `; ${m.total_users.note}` : ""})${m.total_users.byRole ? `; by role: ${md(render_top(m.total_users.byRole, 10))}` : ""}`);
    if (m.active_users)
        out.push(`- active users: **${fmt(m.active_users.value)}** (${m.active_users.source}${m.active_users.note ? `; ${m.active_users.note}` : ""})`);
    if (m.token_usage) {
        const t = m.token_usage;
        out.push(t.source === "none"
            ? "- token usage: n/a (no cost report given)"
            : `- token usage: **${fmt(t.tokens)}** tokens in ${fmt(t.requests)} requests (input ${fmt(t.input)}, output ${fmt(t.output)}, cache read ${fmt(t.cacheRead)}, cache write ${fmt(t.cacheWrite)}), cost $${t.costUsd?.toFixed(2)}`);
    }
    if ("policy_violations" in m) {
        out.push(...breakdownLines("policy violations (denials)", m.policy_violations));
        if (m.policy_violations)
            out.push(`  - of which legacy BLOCKED/DENIED lines: ${fmt(m.policy_violations.legacy)}`);
    }
    if ("access_denials" in m)
        out.push(...breakdownLines("access denials (role rules)", m.access_denials));
    if (m.lint_findings)
        out.push(`- lint findings: ${m.lint_findings.error} errors, ${m.lint_findings.warning} warnings, ${m.lint_findings.note} notes`);
    if (m.omitted.length)
        out.push(`- not requested by includeMetrics: ${m.omitted.join(", ")}`);
    if (m.unknown.length)
        out.push(`- unknown metrics in includeMetrics: ${m.unknown.join(", ")}`);
    out.push("");
    const src = report.sources;
    out.push("## Sources", "", `- audit logs: ${src.auditFiles} files, ${src.auditLines} lines, ${src.auditMalformed} malformed`, `- cost report: ${src.usageReport ?? "none"}`, `- Anthropic Admin API: ${src.adminApi}${src.apiErrors.length ? ` (${md(src.apiErrors.join("; "))})` : ""}`, ...report.notes.map((n) => `- ${md(n)}`), "", `Generated ${report.generatedAt} by Steward (schema version ${report.schemaVersion}).`, "");
    return out.join("\n");
}
const esc = (s) => s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
const CSS = `body{font:14px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#1f2328;padding:0 1rem}
h1{font-size:1.6rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}.not-evaluated{color:#6e7781;font-weight:600}
.cards{display:flex;gap:1rem}.card{flex:1;border:1px solid #d0d7de;border-radius:6px;padding:1rem;text-align:center}.card b{display:block;font-size:2rem}
ul.ev{margin:.2rem 0;padding-left:1.2rem}code{background:#f6f8fa;padding:0 .2rem;border-radius:3px}.muted{color:#6e7781}`;
const verdictCell = (v) => `<span class="${v}">${esc(ICON[v])}</span>`;
function evidenceList(c) {
    return `<ul class="ev">${c.evidence
        .map((e) => `<li>${mark(e.ok)} ${esc(e.check)}: ${esc(e.detail)}${e.file ? ` <code>${esc(where(e))}</code>` : ""}</li>`)
        .join("")}</ul>`;
}
function breakdownHtml(name, b) {
    if (!b)
        return `<tr><th>${esc(name)}</th><td colspan="2">n/a (no audit logs)</td></tr>`;
    return `<tr><th>${esc(name)}</th><td>${fmt(b.total)}</td><td>rules: ${esc(render_top(b.byRule, 5))}<br>users: ${esc(render_top(b.byUser, 5))}<br>tools: ${esc(render_top(b.byTool, 5))}<br>days: ${esc(render_top(b.byDay, 31))}</td></tr>`;
}
function renderHtml(report) {
    const s = report.summary;
    const m = report.metrics;
    const rows = [];
    if (m.total_users)
        rows.push(`<tr><th>total users</th><td>${fmt(m.total_users.value)}</td><td>${esc(m.total_users.source)}${m.total_users.note ? `: ${esc(m.total_users.note)}` : ""}</td></tr>`);
    if (m.active_users)
        rows.push(`<tr><th>active users</th><td>${fmt(m.active_users.value)}</td><td>${esc(m.active_users.source)}${m.active_users.note ? `: ${esc(m.active_users.note)}` : ""}</td></tr>`);
    if (m.token_usage)
        rows.push(`<tr><th>token usage</th><td>${fmt(m.token_usage.tokens)}</td><td>${m.token_usage.source === "none" ? "no cost report" : `${fmt(m.token_usage.requests)} requests, $${m.token_usage.costUsd?.toFixed(2)}`}</td></tr>`);
    if ("policy_violations" in m)
        rows.push(breakdownHtml("policy violations", m.policy_violations));
    if ("access_denials" in m)
        rows.push(breakdownHtml("access denials", m.access_denials));
    if (m.lint_findings)
        rows.push(`<tr><th>lint findings</th><td>${m.lint_findings.error}</td><td>errors; ${m.lint_findings.warning} warnings, ${m.lint_findings.note} notes</td></tr>`);
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Claude Code compliance report ${esc(report.period.month)}</title><style>${CSS}</style></head>
<body>
<h1>Claude Code compliance report, ${esc(report.period.month)}</h1>
<p class="muted">Policy ${esc(report.policy.dir ?? "(none)")}${report.policy.policyVersion ? ` version ${esc(report.policy.policyVersion)}` : ""}; generated ${esc(report.generatedAt)}.</p>
<div class="cards"><div class="card"><b class="pass">${s.passing}</b>passing</div><div class="card"><b class="fail">${s.failing}</b>failing</div><div class="card"><b class="not-evaluated">${s.notEvaluated}</b>not evaluated</div></div>
<h2>Compliance matrix</h2>
<table><tr><th>Requirement</th><th>Configuration</th><th>Verification</th><th>Status</th><th>Evidence</th></tr>
${report.matrix.map((r) => `<tr><td>${esc(r.requirement)}</td><td>${esc(r.configuration)}</td><td>${esc(r.verification)}</td><td>${verdictCell(r.status)}</td><td>${esc(r.evidence)}</td></tr>`).join("\n")}
</table>
<h2>Controls</h2>
<table><tr><th>Control</th><th>Verdict</th><th>Evidence</th><th>SOC 2 / HIPAA / GDPR</th></tr>
${report.controls.map((c) => `<tr id="${esc(c.id)}"><td><b>${esc(c.title)}</b><br><code>${esc(c.id)}</code></td><td>${verdictCell(c.verdict)}<br>${esc(c.reason)}</td><td>${evidenceList(c)}</td><td>${esc(c.frameworks.soc2.join(", "))}<br>${esc(c.frameworks.hipaa.join(", "))}<br>${esc(c.frameworks.gdpr.join(", "))}</td></tr>`).join("\n")}
</table>
<h2>Metrics</h2>
<table>${rows.join("\n")}</table>
<h2>Sources</h2>
<ul><li>audit logs: ${report.sources.auditFiles} files, ${report.sources.auditLines} lines, ${report.sources.auditMalformed} malformed</li>
<li>cost report: ${esc(report.sources.usageReport ?? "none")}</li>
<li>Anthropic Admin API: ${esc(report.sources.adminApi)}${report.sources.apiErrors.length ? ` (${esc(report.sources.apiErrors.join("; "))})` : ""}</li>
${report.notes.map((n) => `<li>${esc(n)}</li>`).join("\n")}</ul>
</body></html>
`;
}
function renderComplianceFormats(report, formats) {
    const out = new Map();
    for (const f of formats) {
        out.set(FILE_NAMES[f], f === "json" ? renderJson(report) : f === "md" ? renderMarkdown(report) : renderHtml(report));
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/reports/compliance/endpoint.ts
/**
 * POSTs compliance.json to a compliance endpoint (the seed's
 * `curl -X POST https://compliance.company.com/api/reports`), done properly:
 * HTTPS only (plain http only to a loopback address, and only when asked),
 * a bearer token that never appears in a message, bounded retries through
 * shared/http (5xx, 429 with Retry-After, dropped connections), and an
 * `Idempotency-Key` derived from the report's content so a retried post is
 * recorded once.
 */




const ENDPOINT_RETRY_DEFAULTS = {
    maxAttempts: 5,
    baseDelayMs: 1000,
    maxDelayMs: 20_000,
    maxRetryAfterMs: 60_000,
    attemptTimeoutMs: 30_000,
    totalTimeoutMs: 180_000,
};
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
/** Checks the endpoint URL; messages name only its origin. */
function checkEndpointUrl(url, allowHttpLoopback = false) {
    let parsed;
    try {
        parsed = new URL(url.trim());
    }
    catch {
        throw new shared_errors/* ConfigurationError */.j1("The compliance endpoint URL is not a URL.", {
            title: "Compliance endpoint",
            hint: "Pass the full https:// URL of the endpoint that receives compliance.json.",
        });
    }
    if (parsed.username || parsed.password) {
        throw new shared_errors/* ConfigurationError */.j1("The compliance endpoint URL must not carry credentials.", {
            title: "Compliance endpoint",
            hint: "Pass the token separately (endpoint-token / COMPLIANCE_ENDPOINT_TOKEN); it is sent as a bearer token.",
        });
    }
    const loopbackHttp = parsed.protocol === "http:" && LOOPBACK.has(parsed.hostname) && allowHttpLoopback;
    if (parsed.protocol !== "https:" && !loopbackHttp) {
        throw new shared_errors/* ConfigurationError */.j1(`The compliance endpoint ${parsed.origin} must use https.`, {
            title: "Compliance endpoint",
            hint: "The report holds user names and policy details: send it over https only.",
        });
    }
    return parsed;
}
/** Posts the report; throws a ConfigurationError (without the token) when it cannot be delivered. */
async function postComplianceReport(report, options, ports) {
    const url = checkEndpointUrl(options.url, options.allowHttpLoopback);
    const key = idempotencyKey(report);
    const body = renderJson(report);
    const headers = {
        "content-type": "application/json",
        accept: "application/json",
        "idempotency-key": key,
        "user-agent": "steward-compliance-report",
    };
    if (options.token)
        headers.authorization = `Bearer ${options.token}`;
    const doFetch = ports.fetch ?? fetch;
    try {
        const { value: status, attempts } = await (0,retry/* withRetry */.bD)(async (signal) => {
            const res = await doFetch(url, { method: "POST", headers, body, signal, redirect: "error" });
            const text = await res.text().catch(() => "");
            if (!res.ok)
                throw new retry/* HttpStatusError */.F9(res.status, { retryAfter: res.headers.get("retry-after"), body: text });
            return res.status;
        }, {
            ...ENDPOINT_RETRY_DEFAULTS,
            ...options.retry,
            onRetry: (i) => ports.logger.info(`Compliance endpoint: attempt ${i.attempt} failed (${i.error instanceof retry/* HttpStatusError */.F9 ? `HTTP ${i.error.status}` : "connection failed"}), retrying in ${Math.round(i.delayMs)} ms.`),
        }, ports);
        return { status, attempts, idempotencyKey: key };
    }
    catch (error) {
        const last = error instanceof retry/* RetryError */.J_ ? error.lastError : error;
        const attempts = error instanceof retry/* RetryError */.J_ ? error.attempts : 1;
        const what = last instanceof retry/* HttpStatusError */.F9 ? `answered HTTP ${last.status}` : "could not be reached";
        throw new shared_errors/* ConfigurationError */.j1(`The compliance endpoint ${url.origin} ${what} (${attempts} attempt${attempts === 1 ? "" : "s"}); the report was not delivered.`, {
            title: "Compliance endpoint",
            hint: last instanceof retry/* HttpStatusError */.F9 && (last.status === 401 || last.status === 403)
                ? "Check the endpoint token."
                : "The report files were still written; re-run to post them (the Idempotency-Key stops a duplicate).",
        });
    }
}

// EXTERNAL MODULE: ./shared/notify/index.ts + 19 modules
var notify = __webpack_require__(5358);
// EXTERNAL MODULE: ./shared/policy/lint.ts + 28 modules
var policy_lint = __webpack_require__(1610);
;// CONCATENATED MODULE: ./shared/reports/compliance/usage.ts
/**
 * Token usage and cost for the compliance report, from the aggregates of a
 * cost report.json (shared/reports/cost, schemaVersion 1): `steward report
 * cost --format json` or the cost-report action. Pure over the text.
 */

const num = (v) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const active = (r) => num(r.requests) > 0 || num(r.tokens) > 0;
function parseUsageReport(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new shared_errors/* ConfigurationError */.j1(`${file} is not JSON.`, {
            file,
            title: "Usage report",
            hint: "Pass the report.json written by `steward report cost --format json` (or the cost-report action).",
        });
    }
    const r = value;
    if (typeof r !== "object" || r === null || r.schemaVersion !== 1 || typeof r.totals !== "object") {
        throw new shared_errors/* ConfigurationError */.j1(`${file} is not a Steward cost report (schemaVersion 1 with totals).`, {
            file,
            title: "Usage report",
            hint: "Pass the report.json written by `steward report cost --format json`.",
        });
    }
    const t = r.totals ?? {};
    const keys = (rows) => (Array.isArray(rows) ? rows : [])
        .filter((x) => typeof x?.key === "string" && active(x))
        .map((x) => x.key.toLowerCase());
    return {
        file,
        since: r.period?.since ?? null,
        until: r.period?.until ?? null,
        tokens: num(t.tokens),
        input: num(t.input),
        output: num(t.output),
        cacheRead: num(t.cacheRead),
        cacheWrite: num(t.cacheWrite5m) + num(t.cacheWrite1h),
        requests: num(t.requests),
        costUsd: num(t.costUsd),
        cost: typeof t.cost === "string" ? t.cost : String(num(t.costUsd)),
        activeUsers: [...new Set(keys(r.byUser))].sort(),
        activeDays: [...new Set(keys(r.byDay))].sort(),
    };
}

;// CONCATENATED MODULE: ./shared/reports/compliance/run.ts
/**
 * The compliance report job, shared by `steward report compliance` and the
 * compliance-report action: gather evidence (policy files, lint, audit logs,
 * cost report, Admin API), build and render the report, write the files
 * ({@link generateComplianceReport}); then post it and tell Slack
 * ({@link deliverComplianceReport}). I/O only through the ports passed in.
 */












function parsePeriod(value, now, where) {
    const month = value ?? previousMonth(now);
    const period = periodOf(month);
    if (!period) {
        throw new shared_errors/* ConfigurationError */.j1(`${where} must be a month YYYY-MM, got "${month}".`, {
            title: "Compliance report",
        });
    }
    return period;
}
async function generateComplianceReport(options, ports) {
    const now = ports.clock();
    const period = parsePeriod(options.period, now, "The period");
    const policyPath = (0,external_node_path_.resolve)(ports.cwd, options.policyDir);
    const policy = await loadPolicyEvidence(policyPath, options.policyDir);
    let lint;
    let lintError;
    try {
        const r = await (0,policy_lint/* lintPolicyDirectory */.pW)(policyPath, ports.logger, { now: () => now });
        lint = {
            counts: r.counts,
            findings: r.findings.slice(0, 50).map((f) => ({
                ruleId: f.ruleId,
                severity: f.severity,
                file: external_node_path_.posix.join(options.policyDir, f.file),
                line: f.line,
                message: f.message,
            })),
            waived: r.waived.length,
        };
    }
    catch (error) {
        lintError = (0,shared_errors/* getErrorMessage */.u1)(error);
        ports.logger.warning(`Policy lint did not run: ${lintError}`);
    }
    const audit = options.auditLogs.length
        ? await readAuditLogs(options.auditLogs, ports.cwd, period)
        : undefined;
    if (audit && audit.malformed > 0) {
        const first = audit.malformedSamples[0];
        ports.logger.warning(`${audit.malformed} audit line(s) could not be read${first ? `; first: ${first.error}` : ""}.`, first ? { file: first.file, line: first.line } : undefined);
    }
    let usage;
    if (options.usageReport) {
        const file = (0,external_node_path_.resolve)(ports.cwd, options.usageReport);
        let text;
        try {
            text = await (0,promises_.readFile)(file, "utf8");
        }
        catch {
            throw new shared_errors/* ConfigurationError */.j1(`Usage report not found: ${options.usageReport}`, {
                title: "Usage report",
                hint: "Pass the report.json written by `steward report cost --format json`.",
            });
        }
        usage = parseUsageReport(text, options.usageReport);
    }
    let api;
    let adminApi = "not-configured";
    if (options.anthropic) {
        api = await gatherApiEvidence(period, now.toISOString().slice(0, 10), {
            auth: options.anthropic.auth,
            ...(options.anthropic.baseUrl ? { baseUrl: options.anthropic.baseUrl } : {}),
            ...(ports.fetch ? { fetch: ports.fetch } : {}),
            ...(options.retry ? { retry: options.retry } : {}),
            retryPorts: ports,
            logger: ports.logger,
        });
        adminApi = api.errors.length === 0 ? "used" : api.users || api.activity ? "used" : "failed";
        for (const e of api.errors)
            ports.logger.warning(`Anthropic Admin API: ${e} Falling back to the logs.`);
    }
    const evidence = {
        period,
        now: now.toISOString(),
        policy,
        ...(lint ? { lint } : {}),
        ...(lintError ? { lintError } : {}),
        ...(audit ? { audit } : {}),
        ...(usage ? { usage } : {}),
        ...(api ? { api } : {}),
    };
    const report = buildComplianceReport(evidence, { generatedAt: now.toISOString(), adminApi });
    const files = renderComplianceFormats(report, options.formats);
    const written = [];
    if (options.outDir) {
        const dir = (0,external_node_path_.resolve)(ports.cwd, options.outDir);
        await (0,promises_.mkdir)(dir, { recursive: true });
        for (const [name, text] of files) {
            const path = (0,external_node_path_.join)(dir, name);
            await (0,promises_.writeFile)(path, text);
            written.push(path);
        }
    }
    return { report, files, written };
}
/** The `compliance-failing` event's data for a report, or undefined when nothing fails. */
function complianceFailingData(report, reportUrl) {
    const failing = report.controls.filter((c) => c.verdict === "fail");
    if (failing.length === 0)
        return undefined;
    return {
        period: report.period.month,
        framework: "SOC 2, HIPAA, GDPR",
        passing: report.summary.passing,
        controls: failing.map((c) => ({
            id: c.id,
            title: c.title,
            severity: c.severity,
            detail: c.reason.length > 280 ? `${c.reason.slice(0, 277)}...` : c.reason,
        })),
        ...(reportUrl ? { reportUrl } : {}),
    };
}
async function deliverComplianceReport(report, options, ports) {
    let endpoint;
    if (options.endpoint) {
        endpoint = await postComplianceReport(report, { ...options.endpoint, ...(options.retry ? { retry: options.retry } : {}) }, { ...ports, ...(ports.fetch ? { fetch: ports.fetch } : {}) });
        ports.logger.info(`Compliance report posted to the endpoint (HTTP ${endpoint.status}, ${endpoint.attempts} attempt${endpoint.attempts === 1 ? "" : "s"}).`);
    }
    let slack;
    const data = complianceFailingData(report, options.slack?.reportUrl);
    if (options.slack && data && (options.slack.webhookUrl || options.slack.dryRun)) {
        slack = await (0,notify/* notify */.me)({
            event: "compliance-failing",
            data,
            ...(options.slack.context ? { context: options.slack.context } : {}),
            ...(options.slack.dryRun ? { dryRun: true } : {}),
            ...(options.slack.webhookUrl ? { webhookUrl: options.slack.webhookUrl } : {}),
            webhookUrlSource: options.slack.webhookUrlSource,
            ...(options.retry ? { retry: options.retry } : {}),
        }, { ...ports, ...(ports.fetch ? { fetch: ports.fetch } : {}) });
    }
    return { ...(endpoint ? { endpoint } : {}), ...(slack ? { slack } : {}) };
}


;// CONCATENATED MODULE: ./shared/reports/compliance/index.ts
/**
 * The compliance report (docs/compliance.md): controls over a policy
 * repository, audit logs, a cost report and Admin API figures, each a pure
 * function returning a verdict and its evidence; the seed's compliance
 * matrix; metrics; JSON / Markdown / HTML renderers; delivery to a
 * compliance endpoint and Slack.
 */












// EXTERNAL MODULE: ./shared/cli/args.ts
var cli_args = __webpack_require__(9006);
;// CONCATENATED MODULE: ./shared/cli/commands/report-compliance.ts
/** `steward report compliance`: the compliance report (docs/compliance.md). */




const HELP = `Usage: steward report compliance --policy <dir> [options]

Evaluates the compliance controls (SSO, audit logging, sandbox, secrets,
access control by role, model routing and data residency, retention, MFA and
session timeout, policy lint) over a policy repository, its audit logs and a
cost report, and writes compliance.json (schemaVersion 1), a Markdown summary
and a self-contained HTML report. Each control is pass, fail or not-evaluated
(with the reason); a control never passes on missing evidence.

Options:
  --policy <dir>          the policy repository (required)
  --audit-logs <path>     audit log file or directory (AuditRecordV1 JSONL and the
                          seed's BLOCKED/DENIED lines); repeatable
  --usage <report.json>   a cost report from 'steward report cost --format json'
                          (token usage, cost, and activity to find log gaps against)
  --period <YYYY-MM>      the month reported (default: last month)
  --format <f>            json, md or html; repeatable (default: json and md)
  --out <dir>             write compliance.json / .md / .html here
                          (default: print the Markdown, or the first format, to stdout)
  --endpoint-url <url>    POST compliance.json here (https only), with an
                          Idempotency-Key header; token from COMPLIANCE_ENDPOINT_TOKEN
  --allow-http-loopback   accept an http://127.0.0.1 endpoint (testing only)
  --api-base-url <url>    Anthropic Admin API base URL (default https://api.anthropic.com)
  --slack                 post a compliance-failing message to SLACK_WEBHOOK_URL
                          when controls fail
  --dry-run               with --slack: build the Slack message, send nothing
  --fail-on-failing       exit 1 when any control fails

Environment:
  ANTHROPIC_ADMIN_KEY / ANTHROPIC_ADMIN_OAUTH_TOKEN   Admin API access for total
      users (GET /v1/organizations/users) and active users (Claude Code Analytics
      API); without it user counts come from the logs.
  COMPLIANCE_ENDPOINT_TOKEN   bearer token for --endpoint-url
  SLACK_WEBHOOK_URL           incoming webhook for --slack

Exit codes: 0 report written, 1 controls fail (with --fail-on-failing),
2 bad usage or configuration (also an undeliverable endpoint post).
`;
const command = {
    path: ["report", "compliance"],
    summary: "Compliance report: controls with verdicts and evidence, the seed's matrix, metrics",
    help: HELP,
    async run(args, io) {
        const { values } = (0,cli_args/* parseCommandArgs */.Q)("report compliance", args, {
            policy: { type: "string" },
            "audit-logs": { type: "string", multiple: true },
            usage: { type: "string" },
            period: { type: "string" },
            format: { type: "string", multiple: true },
            out: { type: "string" },
            "endpoint-url": { type: "string" },
            "allow-http-loopback": { type: "boolean" },
            "api-base-url": { type: "string" },
            slack: { type: "boolean" },
            "dry-run": { type: "boolean" },
            "fail-on-failing": { type: "boolean" },
        }, false);
        if (values.help) {
            io.stdout.write(HELP);
            return 0;
        }
        if (!values.policy) {
            throw new shared_errors/* ConfigurationError */.j1("steward report compliance: --policy <dir> is required.", {
                hint: "Run 'steward report compliance --help' for the options it accepts.",
            });
        }
        const formats = (values.format ?? ["json", "md"]);
        for (const f of formats) {
            if (!COMPLIANCE_FORMATS.includes(f))
                throw new shared_errors/* ConfigurationError */.j1(`--format must be json, md or html, got "${f}".`);
        }
        const key = io.env.ANTHROPIC_ADMIN_KEY?.trim();
        const token = io.env.ANTHROPIC_ADMIN_OAUTH_TOKEN?.trim();
        const auth = key
            ? { kind: "admin-key", key }
            : token
                ? { kind: "bearer", token }
                : undefined;
        const ports = { ...retry/* systemRetryPorts */.qR, logger: io.logger, cwd: io.cwd, clock: io.now };
        const generated = await generateComplianceReport({
            policyDir: values.policy,
            auditLogs: values["audit-logs"] ?? [],
            ...(values.usage ? { usageReport: values.usage } : {}),
            ...(values.period ? { period: values.period } : {}),
            formats: [...new Set(formats)],
            ...(values.out ? { outDir: values.out } : {}),
            ...(auth
                ? { anthropic: { auth, ...(values["api-base-url"] ? { baseUrl: values["api-base-url"] } : {}) } }
                : {}),
        }, ports);
        const { report, files } = generated;
        if (values.out) {
            io.logger.info(`compliance report: ${[...files.keys()].join(", ")} written to ${values.out}`);
        }
        else {
            io.stdout.write(files.get("compliance.md") ?? [...files.values()][0] ?? "");
        }
        const s = report.summary;
        io.logger.info(`${report.period.month}: ${s.passing} passing, ${s.failing} failing, ${s.notEvaluated} not evaluated.`);
        if (values["endpoint-url"] || values.slack) {
            const webhookUrl = io.env.SLACK_WEBHOOK_URL?.trim();
            if (values.slack && !webhookUrl && !values["dry-run"]) {
                throw new shared_errors/* ConfigurationError */.j1("--slack needs SLACK_WEBHOOK_URL in the environment (or --dry-run).");
            }
            const endpointToken = io.env.COMPLIANCE_ENDPOINT_TOKEN?.trim();
            const delivery = await deliverComplianceReport(report, {
                ...(values["endpoint-url"]
                    ? {
                        endpoint: {
                            url: values["endpoint-url"],
                            ...(endpointToken ? { token: endpointToken } : {}),
                            allowHttpLoopback: values["allow-http-loopback"] === true,
                        },
                    }
                    : {}),
                ...(values.slack
                    ? {
                        slack: {
                            ...(webhookUrl ? { webhookUrl } : {}),
                            webhookUrlSource: "SLACK_WEBHOOK_URL",
                            dryRun: values["dry-run"] === true,
                        },
                    }
                    : {}),
            }, ports);
            if (delivery.slack && values["dry-run"])
                io.stderr.write(`${JSON.stringify(delivery.slack.payload, null, 2)}\n`);
        }
        return values["fail-on-failing"] && s.failing > 0 ? 1 : 0;
    },
};
/* harmony default export */ const report_compliance = (command);


/***/ }),

/***/ 8475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ paginate),
/* harmony export */   gm: () => (/* binding */ fetchMessagesUsage),
/* harmony export */   h5: () => (/* binding */ fetchClaudeCodeUsage),
/* harmony export */   oz: () => (/* binding */ reportClient),
/* harmony export */   uk: () => (/* binding */ fetchCostReport)
/* harmony export */ });
/* unused harmony export centsToPico */
/* harmony import */ var _anthropic_admin_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5588);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/**
 * Anthropic Admin API usage sources (docs/reference/anthropic-apis.md 4-5):
 *
 * - `GET /v1/organizations/usage_report/messages` -> UsageRecord per bucket x group
 * - `GET /v1/organizations/cost_report` -> authoritative cost per UTC day (reconciliation)
 * - `GET /v1/organizations/usage_report/claude_code` -> UsageRecord per actor x day x model
 *
 * Paginated with `page` / `has_more` / `next_page`. Every request goes
 * through the one Admin API client (shared/anthropic/admin-client.ts: auth
 * as an admin key or an `org:admin` OAuth bearer, retry policy, pagination);
 * the credential is never put in an error, a log line or a record. Every
 * failure is a ConfigurationError carrying the API's error type, message and
 * request id.
 */



/** The client for the report endpoints: 5 attempts (they allow ~1 request a minute), every failure the user's to see. */
function reportClient(options, maxAttempts = 5) {
    return new _anthropic_admin_client_js__WEBPACK_IMPORTED_MODULE_0__/* .AdminApiClient */ .TU({
        auth: options.auth,
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
        retry: { maxAttempts, baseDelayMs: 1000, ...options.retry },
        ...(options.retryPorts ? { ports: options.retryPorts } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
        configurationErrors: "all",
    });
}
/** All pages of a report (`page` cursor), page by page. */
function paginate(path, params, options) {
    return reportClient(options).pages({
        path,
        query: params,
        paging: "page",
        ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    });
}
const n = (v) => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : 0);
/** Usage per day (or hour) and group, as records; the user is the account, service account or API key. */
async function* fetchMessagesUsage(range, options) {
    const groupBy = range.groupBy ?? [
        "model",
        "account_id",
        "service_account_id",
        "api_key_id",
        "service_tier",
        "context_window",
    ];
    const width = range.bucketWidth ?? "1d";
    for await (const buckets of paginate("/v1/organizations/usage_report/messages", {
        starting_at: range.startingAt,
        ending_at: range.endingAt,
        bucket_width: width,
        limit: width === "1d" ? 31 : 168,
        group_by: groupBy,
    }, options)) {
        for (const bucket of buckets) {
            const time = Date.parse(bucket.starting_at);
            for (const r of bucket.results ?? []) {
                const user = r.account_id ?? r.service_account_id ?? r.api_key_id ?? r.workspace_id ?? "organization";
                yield {
                    time,
                    user,
                    ...(r.model ? { model: r.model } : {}),
                    input: n(r.uncached_input_tokens),
                    output: n(r.output_tokens),
                    cacheWrite5m: n(r.cache_creation?.ephemeral_5m_input_tokens),
                    cacheWrite1h: n(r.cache_creation?.ephemeral_1h_input_tokens),
                    cacheRead: n(r.cache_read_input_tokens),
                    unsplit: 0,
                    requests: 0,
                    source: "anthropic-usage-api",
                    ...(r.service_tier === "batch" ? { batch: true } : {}),
                    ...(r.context_window === "200k-1M" ? { longContext: true } : {}),
                };
            }
        }
    }
}
/** "123.45" cents (a decimal string) -> pico-USD, exact to 1e-10 cent, half-up beyond. */
function centsToPico(amount) {
    const s = typeof amount === "number" ? amount.toFixed(10) : amount.trim();
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Anthropic cost amount "${s}" is not a decimal number of cents.`);
    const frac = (m[3] ?? "").padEnd(11, "0");
    let pico = BigInt(m[2]) * 10000000000n + BigInt(frac.slice(0, 10));
    if (Number(frac[10]) >= 5)
        pico += 1n;
    return m[1] ? -pico : pico;
}
/** The organisation's cost per UTC day, pico-USD (cost_report, `bucket_width=1d`). */
async function fetchCostReport(range, options) {
    const byDay = new Map();
    for await (const buckets of paginate("/v1/organizations/cost_report", { starting_at: range.startingAt, ending_at: range.endingAt, bucket_width: "1d", limit: 31 }, options)) {
        for (const b of buckets) {
            const day = b.starting_at.slice(0, 10);
            let sum = byDay.get(day) ?? 0n;
            for (const r of b.results ?? []) {
                if (r.currency && r.currency !== "USD") {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cost_report returned currency ${r.currency}; Steward reconciles USD only.`);
                }
                if (r.amount !== undefined)
                    sum += centsToPico(r.amount);
            }
            byDay.set(day, sum);
        }
    }
    return byDay;
}
/**
 * Claude Code Analytics rows for each UTC day in [since, until) as records.
 * The API does not split cache creation into 5m/1h: it is counted as 5m writes.
 */
async function* fetchClaudeCodeUsage(days, options) {
    for (let t = Date.parse(`${days.since}T00:00:00Z`); t < Date.parse(`${days.until}T00:00:00Z`); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10);
        for await (const rows of paginate("/v1/organizations/usage_report/claude_code", { starting_at: day, limit: 1000 }, options)) {
            for (const row of rows) {
                const user = row.actor?.email_address ?? row.actor?.api_key_name ?? "unknown";
                const time = Date.parse(row.date) || t;
                for (const m of row.model_breakdown ?? []) {
                    yield {
                        time,
                        user,
                        ...(m.model ? { model: m.model } : {}),
                        input: n(m.tokens?.input),
                        output: n(m.tokens?.output),
                        cacheWrite5m: n(m.tokens?.cache_creation),
                        cacheWrite1h: 0,
                        cacheRead: n(m.tokens?.cache_read),
                        unsplit: 0,
                        requests: 0,
                        source: "claude-code-analytics-api",
                    };
                }
            }
        }
    }
}


/***/ }),

/***/ 489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   pG: () => (/* binding */ readLineBatches),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* unused harmony exports splitLineBatches, splitLines, openFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2635);
/**
 * Streaming line reader for .gz and other byte streams: chunks (1 MiB) are
 * decoded with a StringDecoder and split on "\n" into batches, so no more than
 * one chunk plus one line is held in memory and a 1 GB transcript cannot hit
 * V8's string limit; a line longer than `maxLineBytes` is reported (not
 * returned) and skipped. Plain files are split on bytes by the readers
 * (readers.ts), which use `openFile` from here.
 */




/**
 * Splits a byte stream into batches of lines (one batch per chunk; "\n" or
 * "\r\n"; a final line without newline is returned too). Chunks are decoded
 * with a StringDecoder, so a multi-byte character split across chunks is kept
 * whole. Batching keeps the per-line cost to an indexOf and a slice.
 */
async function* splitLineBatches(stream, options = {}) {
    const max = options.maxLineBytes ?? 64 * 1024 * 1024;
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder("utf8");
    let carry = "";
    let skipping = false;
    let next = 1;
    const strip = (s) => (s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s);
    for await (const raw of stream) {
        const text = typeof raw === "string" ? raw : decoder.write(raw);
        const lines = [];
        const first = next;
        let start = 0;
        for (;;) {
            const nl = text.indexOf("\n", start);
            if (nl === -1)
                break;
            if (skipping) {
                skipping = false;
                lines.push(null);
            }
            else if (carry.length > 0) {
                lines.push(carry.length + (nl - start) > max ? null : strip(carry + text.slice(start, nl)));
                carry = "";
            }
            else {
                lines.push(nl - start > max ? null : strip(text.slice(start, nl)));
            }
            start = nl + 1;
        }
        next += lines.length;
        if (start < text.length && !skipping) {
            carry += text.slice(start);
            if (carry.length > max) {
                skipping = true;
                carry = "";
            }
        }
        if (lines.length > 0)
            yield { first, lines };
    }
    const rest = decoder.end();
    if (rest)
        carry += rest;
    if (skipping)
        yield { first: next, lines: [null] };
    else if (carry.length > 0)
        yield { first: next, lines: [strip(carry)] };
}
/** Line by line (see {@link splitLineBatches}). */
async function* splitLines(stream, options = {}) {
    for await (const batch of splitLineBatches(stream, options)) {
        for (let i = 0; i < batch.lines.length; i++) {
            const text = batch.lines[i];
            yield text === null || text === undefined
                ? { number: batch.first + i, text: "", tooLong: true }
                : { number: batch.first + i, text };
        }
    }
}
function unreadable(path, error) {
    const code = error.code;
    const why = code === "ENOENT"
        ? "does not exist"
        : code === "EACCES" || code === "EPERM"
            ? "is not readable (permission denied)"
            : code === "EISDIR"
                ? "is a directory"
                : code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR"
                    ? "is not valid gzip data"
                    : `could not be read (${code ?? error.message})`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Usage source ${path} ${why}.`, { file: path, cause: error });
}
const CHUNK = 1 << 20;
/** A read buffer no open file is using (see {@link openFile}). */
let spare;
/**
 * The chunks of a plain (not gzipped) file, read synchronously into one buffer
 * (see {@link openFile}): a sync generator, so a reader of thousands of small
 * files pays no promise per chunk. Each chunk is valid until the next is asked for.
 */
function* readChunks(path, buffer) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "r");
    }
    catch (error) {
        throw unreadable(path, error);
    }
    // One buffer serves file after file (thousands of small daily files would
    // otherwise each allocate a fresh MiB for the garbage collector).
    const own = buffer === undefined;
    const buf = buffer ?? spare ?? Buffer.allocUnsafe(CHUNK);
    if (own)
        spare = undefined;
    const size = Math.min(buf.length, CHUNK);
    try {
        for (;;) {
            let n;
            try {
                n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, size, null);
            }
            catch (error) {
                throw unreadable(path, error);
            }
            if (n === 0)
                return;
            yield buf.subarray(0, n);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        if (own)
            spare = buf;
    }
}
/**
 * Opens a file as a stream of byte chunks (1 MiB), gunzipping `.gz`. Plain
 * files are read with positional synchronous reads into one reused buffer:
 * for thousands of small daily files this avoids a thread-pool round trip per
 * open/read/close, and the consumer decodes each chunk before asking for the
 * next, so reusing the buffer is safe; it is handed back for the next file when
 * this one is closed. `buffer` (at least 64 KiB) is read into instead, for a
 * consumer that wants the bytes in a place of its own (the seed lane's
 * scanner memory). Errors surface as a ConfigurationError naming the file.
 */
function openFile(path, buffer) {
    if (!path.endsWith(".gz")) {
        return {
            async *[Symbol.asyncIterator]() {
                yield* readChunks(path, buffer);
            },
        };
    }
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: CHUNK });
    const stream = file.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)());
    file.on("error", (e) => stream.destroy(e));
    return {
        async *[Symbol.asyncIterator]() {
            try {
                for await (const chunk of stream)
                    yield chunk;
            }
            catch (error) {
                throw unreadable(path, error);
            }
        },
    };
}
/** Lines of a file, streamed. */
function readLines(path, options = {}) {
    return splitLines(openFile(path), options);
}
/** Lines of a file, streamed in batches (one per chunk read). */
function readLineBatches(path, options = {}) {
    return splitLineBatches(openFile(path), options);
}


/***/ })

};
;