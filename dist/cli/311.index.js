export const id = 311;
export const ids = [311];
export const modules = {

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _hooks_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(516);
/* harmony import */ var _hooks_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8371);
/* harmony import */ var _hooks_protocol_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(613);
/* harmony import */ var _hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3505);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9006);
/** `steward hook user-prompt-submit`: block new prompts once a quota is used up, if the org turns it on. */






const HELP = `Usage: steward hook user-prompt-submit [--block-on-quota] [--policy <dir or file>] [--role <name>]
                                       [--config <file>] [--log-dir <dir>]

Claude Code's UserPromptSubmit hook. Sums the user's usage records of this UTC day and
month (<log dir>/usage, written by 'steward hook stop'), counted per role-mappings.json
quotaUnit.countedTokens, and compares them with the role's quotas.

When a quota is used up:
  with --block-on-quota (or "blockPromptsOnQuota": true in the hook config):
    {"decision":"block","reason":"..."} on standard output: the prompt is not sent and the
    user sees why, and one audit record (event user-prompt-submit, decision deny);
  without: {"systemMessage":"..."}: a warning, the prompt goes through.
Otherwise no output. Exit code always 0; if the policy cannot be read, no output (quotas
fail open: they are a budget, not a security control).
`;
const command = {
    path: ["hook", "user-prompt-submit"],
    summary: "Claude Code UserPromptSubmit hook: block new prompts when a token quota is used up (opt-in)",
    help: HELP,
    async run(args, io) {
        const now = io.now();
        try {
            const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Q)("hook user-prompt-submit", args, {
                policy: { type: "string" },
                config: { type: "string" },
                role: { type: "string" },
                "log-dir": { type: "string" },
                "block-on-quota": { type: "boolean" },
            }, false);
            const ctx = (0,_hooks_context_js__WEBPACK_IMPORTED_MODULE_1__/* .hookContext */ .ZI)({
                ...(values.policy !== undefined ? { policy: values.policy } : {}),
                ...(values.config !== undefined ? { config: values.config } : {}),
                ...(values["log-dir"] !== undefined ? { logDir: values["log-dir"] } : {}),
            }, io.env, io.cwd, process.platform);
            const parsed = (0,_hooks_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .parseHookInput */ .nT)(await io.readStdin());
            const input = parsed.ok ? parsed.input : {};
            const { policy } = await (0,_hooks_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .loadHookPolicy */ .WW)(ctx.policyLocation, {
                cache: ctx.config.policyCache === false ? "off" : "read",
            });
            const quota = (0,_hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_3__/* .currentQuota */ .el)(policy, ctx, values.role, now);
            const outcome = (0,_hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_3__/* .promptQuotaOutcome */ .VX)(quota, policy, {
                user: ctx.user,
                session: input.session_id ?? null,
                cwd: input.cwd ?? null,
                now,
                contact: policy.contact ?? ctx.config.contact ?? "your Claude Code administrators",
            }, values["block-on-quota"] === true || ctx.config.blockPromptsOnQuota === true);
            if (outcome.auditLine) {
                try {
                    (0,_hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_3__/* .appendAudit */ .u0)(ctx, now, outcome.auditLine);
                }
                catch (error) {
                    io.logger.warning(`steward hook: audit record not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
                }
            }
            io.stdout.write(outcome.stdout);
        }
        catch (error) {
            io.logger.warning(`steward hook user-prompt-submit: quota not checked: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
        }
        return 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


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
// EXTERNAL MODULE: ./shared/usage/readers.ts + 1 modules
var readers = __webpack_require__(530);
;// CONCATENATED MODULE: ./shared/hooks/usage-capture.ts
/**
 * Usage capture for the Stop / SessionEnd hooks: read a session transcript
 * from where the last run stopped (byte offset per file in a state file),
 * turn assistant lines into one usage record per API request (de-duplicated
 * by `message.id:requestId`, docs/reference/claude-code.md §5, the copy with
 * the most tokens wins), in the hook record format shared/usage reads:
 * `{v:1, ts, user, session, model, input, output, cacheWrite5m, cacheWrite1h,
 * cacheRead, tool, source:"steward-hook", requestId}`.
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
