export const id = 530;
export const ids = [530];
export const modules = {

/***/ 489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   Tq: () => (/* binding */ openFile),
/* harmony export */   pG: () => (/* binding */ readLineBatches)
/* harmony export */ });
/* unused harmony exports splitLineBatches, splitLines */
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
 * Opens a file as a stream of byte chunks (1 MiB), gunzipping `.gz`. Plain
 * files are read with positional synchronous reads into one reused buffer:
 * for thousands of small daily files this avoids a thread-pool round trip per
 * open/read/close, and the consumer decodes each chunk before asking for the
 * next, so reusing the buffer is safe; it is handed back for the next file when
 * this one is closed. Errors surface as a ConfigurationError
 * naming the file.
 */
function openFile(path) {
    if (!path.endsWith(".gz")) {
        return {
            async *[Symbol.asyncIterator]() {
                let fd;
                try {
                    fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "r");
                }
                catch (error) {
                    throw unreadable(path, error);
                }
                // One buffer serves file after file (thousands of small daily files would
                // otherwise each allocate a fresh MiB for the garbage collector).
                const buf = spare ?? Buffer.allocUnsafe(CHUNK);
                spare = undefined;
                try {
                    for (;;) {
                        let n;
                        try {
                            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, CHUNK, null);
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
                    spare = buf;
                }
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


/***/ }),

/***/ 530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zD: () => (/* binding */ emptyReadStats),
  u: () => (/* binding */ parseTranscriptLine),
  um: () => (/* binding */ readUsageBatches),
  Mw: () => (/* binding */ settleTranscriptRequests)
});

// UNUSED EXPORTS: parseHookRecord, parseSeedRecord, readUsageFiles, userFromPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/usage/lines.ts
var usage_lines = __webpack_require__(489);
// EXTERNAL MODULE: ./shared/usage/record.ts
var usage_record = __webpack_require__(2865);
;// CONCATENATED MODULE: ./shared/usage/seed-lane.ts
/**
 * The fast lane for the seed's usage lines, on raw bytes. A line written by
 * track-usage.sh is exactly
 *
 *     {"timestamp":"2026-10-01T08:14:38Z","user":"alice","tool":"Edit","tokens":20517}
 *
 * and this scanner recognises that shape byte by byte, without decoding the
 * line or calling JSON.parse: the timestamp is read digit by digit, user and
 * tool names are decoded once and reused (seed files hold one user each).
 * Anything that deviates in the slightest (other key order, spaces, escapes,
 * control characters, an impossible date, a fraction beyond milliseconds)
 * returns false and goes through the general parser, so the lane changes
 * speed, never results.
 */
const PREFIX = Buffer.from('{"timestamp":"');
const USER = Buffer.from('","user":"');
const TOOL = Buffer.from('","tool":"');
const TOKENS = Buffer.from('","tokens":');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digits(buf, at, n) {
    let v = 0;
    for (let i = at; i < at + n; i++) {
        const c = buf[i] - 48;
        if (c < 0 || c > 9)
            return -1;
        v = v * 10 + c;
    }
    return v;
}
function startsWith(buf, at, lit, end) {
    if (at + lit.length > end)
        return false;
    for (let i = 0; i < lit.length; i++)
        if (buf[at + i] !== lit[i])
            return false;
    return true;
}
/** A string cache keyed by bytes (FNV-1a hash, verified byte by byte): one decode per distinct name. */
class NameCache {
    byHash = new Map();
    get(buf, start, end) {
        let h = 0x811c9dc5;
        for (let i = start; i < end; i++)
            h = Math.imul(h ^ buf[i], 0x01000193);
        const len = end - start;
        let list = this.byHash.get(h);
        if (list !== undefined) {
            outer: for (const e of list) {
                if (e.bytes.length !== len)
                    continue;
                for (let j = 0; j < len; j++)
                    if (e.bytes[j] !== buf[start + j])
                        continue outer;
                return e;
            }
        }
        else {
            list = [];
            this.byHash.set(h, list);
        }
        const name = { bytes: new Uint8Array(buf.subarray(start, end)), str: buf.toString("utf8", start, end) };
        if (this.byHash.size < 100_000)
            list.push(name);
        return name;
    }
}
/**
 * Where the JSON string starting at `p` ends (its closing quote), or -1 when
 * it has an escape or a control character (the general parser decides those)
 * or does not end before `end`.
 */
function plainStringEnd(buf, p, end) {
    for (; p < end; p++) {
        const c = buf[p];
        if (c === QUOTE)
            return p;
        if (c === BACKSLASH || c < 0x20)
            return -1;
    }
    return -1;
}
/** Bytes [start, end) of buf equal `bytes` (same length assumed checked by the caller). */
function sameBytes(buf, start, bytes) {
    for (let i = 0; i < bytes.length; i++)
        if (buf[start + i] !== bytes[i])
            return false;
    return true;
}
class SeedLane {
    users = new NameCache();
    tools = new NameCache();
    /** The fields of the last accepted line (reused object: copy what you keep). */
    line = { time: 0, user: "", tool: "", tokens: 0 };
    // Consecutive lines mostly share their date, user and tool: the last ones are kept as bytes.
    lastDate = new Uint8Array(10);
    lastDayMs = Number.NaN;
    lastUser = { bytes: new Uint8Array(0), str: "" };
    /** Up to 8 tool names, most recently seen first. */
    recentTools = [];
    /** Midnight UTC (ms) of the date at buf[p, p+10) ("YYYY-MM-DD"), or NaN when it is not a real date. */
    day(buf, p) {
        const last = this.lastDate;
        if (!Number.isNaN(this.lastDayMs)) {
            let same = true;
            for (let i = 0; i < 10; i++)
                if (buf[p + i] !== last[i]) {
                    same = false;
                    break;
                }
            if (same)
                return this.lastDayMs;
        }
        const y = digits(buf, p, 4);
        const mo = digits(buf, p + 5, 2);
        const d = digits(buf, p + 8, 2);
        if (buf[p + 4] !== 0x2d || buf[p + 7] !== 0x2d)
            return Number.NaN;
        if (y < 1970 || mo < 1 || mo > 12 || d < 1)
            return Number.NaN;
        const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
        if (d > (mo === 2 && leap ? 29 : DAYS[mo - 1]))
            return Number.NaN;
        for (let i = 0; i < 10; i++)
            last[i] = buf[p + i];
        this.lastDayMs = Date.UTC(y, mo - 1, d);
        return this.lastDayMs;
    }
    /** True when buf[start, end) (a line without its "\n") is a canonical seed line; fills {@link line}. */
    scan(buf, start, end) {
        if (!startsWith(buf, start, PREFIX, end))
            return false;
        let p = start + PREFIX.length;
        // YYYY-MM-DDTHH:MM:SS[.f{1,3}]Z
        if (p + 20 > end)
            return false;
        const dayMs = this.day(buf, p);
        if (Number.isNaN(dayMs))
            return false;
        if (buf[p + 10] !== 0x54 || buf[p + 13] !== 0x3a || buf[p + 16] !== 0x3a)
            return false;
        const h = digits(buf, p + 11, 2);
        const mi = digits(buf, p + 14, 2);
        const s = digits(buf, p + 17, 2);
        if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
            return false;
        p += 19;
        let ms = 0;
        if (buf[p] === 0x2e) {
            let n = 0;
            p++;
            while (p < end && buf[p] >= 48 && buf[p] <= 57 && n < 3) {
                ms = ms * 10 + (buf[p] - 48);
                n++;
                p++;
            }
            if (n === 0)
                return false;
            ms *= n === 1 ? 100 : n === 2 ? 10 : 1;
        }
        if (buf[p] !== 0x5a || buf[p + 1] !== QUOTE)
            return false;
        p += 1;
        if (!startsWith(buf, p, USER, end))
            return false;
        p += USER.length;
        // the user: most lines repeat the previous line's
        let user;
        const lu = this.lastUser.bytes;
        if (lu.length > 0 && p + lu.length < end && buf[p + lu.length] === QUOTE && sameBytes(buf, p, lu)) {
            user = this.lastUser.str;
            p += lu.length;
        }
        else {
            const u0 = p;
            p = plainStringEnd(buf, p, end);
            if (p <= u0)
                return false;
            this.lastUser = this.users.get(buf, u0, p);
            user = this.lastUser.str;
        }
        if (!startsWith(buf, p, TOOL, end))
            return false;
        p += TOOL.length;
        // the tool: one of a handful, tried most recent first
        let tool;
        const recent = this.recentTools;
        for (let r = 0; r < recent.length; r++) {
            const name = recent[r];
            const len = name.bytes.length;
            if (p + len < end && buf[p + len] === QUOTE && sameBytes(buf, p, name.bytes)) {
                tool = name.str;
                p += len;
                if (r > 0) {
                    recent[r] = recent[0];
                    recent[0] = name;
                }
                break;
            }
        }
        if (tool === undefined) {
            const t0 = p;
            p = plainStringEnd(buf, p, end);
            if (p < 0)
                return false;
            const name = this.tools.get(buf, t0, p);
            tool = name.str;
            recent.unshift(name);
            if (recent.length > 8)
                recent.pop();
        }
        if (!startsWith(buf, p, TOKENS, end))
            return false;
        p += TOKENS.length;
        const k0 = p;
        let tokens = 0;
        while (p < end && buf[p] >= 48 && buf[p] <= 57) {
            tokens = tokens * 10 + (buf[p] - 48);
            p++;
        }
        const n = p - k0;
        if (n === 0 || n > 15 || (n > 1 && buf[k0] === 48))
            return false;
        if (buf[p] !== 0x7d)
            return false;
        p++;
        while (p < end) {
            const c = buf[p];
            if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
                return false;
            p++;
        }
        const line = this.line;
        line.time = dayMs + ((h * 60 + mi) * 60 + s) * 1000 + ms;
        line.user = user;
        line.tool = tool;
        line.tokens = tokens;
        return true;
    }
}

// EXTERNAL MODULE: ./shared/usage/transcript-lane.ts
var transcript_lane = __webpack_require__(1285);
;// CONCATENATED MODULE: ./shared/usage/readers.ts
/**
 * Streaming readers for local usage files: the seed's usage logs, Steward's
 * hook records and Claude Code transcripts. Every file is read line by line;
 * a malformed line is tallied (file, line, reason) and skipped, never fatal;
 * an unreadable file is a ConfigurationError naming it.
 *
 * De-duplication of transcripts (docs/reference/claude-code.md section 5):
 * one API response is written as one line per content block (placeholder
 * output_tokens on all but the last), so lines are keyed by
 * `message.id:requestId`; within a file the copy with the most tokens wins
 * (ties: the non-sidechain copy), a sidechain replay
 * of a message under another request id collapses into it, and a key already
 * emitted by an earlier file of the same run is dropped. Lines without a
 * message id are kept as they are; `<synthetic>` model lines are skipped.
 * Lines that cannot carry usage are recognised on their bytes and never
 * parsed (shared/usage/transcript-lane.ts).
 */





function emptyReadStats() {
    return {
        files: 0,
        lines: 0,
        blankLines: 0,
        records: 0,
        duplicates: 0,
        synthetic: 0,
        outOfRange: 0,
        ignored: 0,
    };
}
/**
 * The user a transcript belongs to, from its path: the folder that holds
 * `.claude` (a home directory: `alice/.claude/projects/...`), else the first
 * folder under the source directory when the file sits deeper than
 * `<project>/<session>.jsonl` (`users/alice/<project>/<session>.jsonl`).
 */
function userFromPath(file) {
    const parts = file.path.split(external_node_path_.sep);
    const claude = parts.lastIndexOf(".claude");
    if (claude > 0)
        return parts[claude - 1];
    const rel = file.relative.split("/");
    const projects = rel.indexOf("projects");
    if (projects > 0)
        return rel[projects - 1];
    if (rel.length >= 3)
        return rel[0];
    return undefined;
}
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === "string" && v !== "" ? v : undefined);
/** The seed's `{timestamp, user, tool, tokens}` line. */
function parseSeedRecord(o) {
    const time = (0,usage_record/* parseTime */.pe)(o.timestamp);
    if (time === undefined)
        return { ok: false, reason: "seed: timestamp missing or not a date" };
    const user = str(o.user);
    if (!user)
        return { ok: false, reason: "seed: user missing" };
    const tokens = (0,usage_record/* tokenCount */.jt)(o.tokens);
    if (tokens === undefined)
        return { ok: false, reason: "seed: tokens is not a non-negative integer" };
    const tool = str(o.tool);
    const model = str(o.model);
    return {
        ok: true,
        record: {
            time,
            user,
            ...(model ? { model } : {}),
            input: 0,
            output: 0,
            cacheWrite5m: 0,
            cacheWrite1h: 0,
            cacheRead: 0,
            unsplit: tokens,
            requests: 1,
            ...(tool ? { tool } : {}),
            source: "seed",
        },
    };
}
/** Steward's hook record `{v:1, ts, user, session, model, input, output, cacheWrite5m, cacheWrite1h, cacheRead, tool, source:"steward-hook"}`. */
function parseHookRecord(o) {
    if (o.v !== 1)
        return { ok: false, reason: `hook: unsupported record version ${JSON.stringify(o.v)}` };
    const time = (0,usage_record/* parseTime */.pe)(o.ts);
    if (time === undefined)
        return { ok: false, reason: "hook: ts missing or not a date" };
    const user = str(o.user);
    if (!user)
        return { ok: false, reason: "hook: user missing" };
    const fields = ["input", "output", "cacheWrite5m", "cacheWrite1h", "cacheRead"];
    const n = {
        input: 0,
        output: 0,
        cacheWrite5m: 0,
        cacheWrite1h: 0,
        cacheRead: 0,
    };
    for (const f of fields) {
        if (o[f] === undefined)
            continue;
        const v = (0,usage_record/* tokenCount */.jt)(o[f]);
        if (v === undefined)
            return { ok: false, reason: `hook: ${f} is not a non-negative integer` };
        n[f] = v;
    }
    const model = str(o.model);
    const tool = str(o.tool);
    const session = str(o.session);
    const requestKey = str(o.requestId) ?? str(o.requestKey);
    return {
        ok: true,
        record: {
            time,
            user,
            ...(model ? { model } : {}),
            ...n,
            unsplit: 0,
            requests: 1,
            ...(tool ? { tool } : {}),
            ...(session ? { session } : {}),
            source: "steward-hook",
            ...(requestKey ? { requestKey } : {}),
        },
    };
}
/**
 * One transcript line: an assistant message with usage (`messageId` for
 * collapsing sidechain replays, `advisors`: the advisor usage it carries, see
 * {@link advisorLines}), or "skip".
 */
function parseTranscriptLine(o, user) {
    if (o.type !== "assistant")
        return { ok: "skip" };
    const message = o.message;
    if (!isObj(message))
        return { ok: false, reason: "transcript: assistant line without a message object" };
    const usage = message.usage;
    if (usage === undefined || usage === null)
        return { ok: "skip" };
    if (!isObj(usage))
        return { ok: false, reason: "transcript: message.usage is not an object" };
    const model = str(message.model);
    if (model === "<synthetic>")
        return { ok: "synthetic" };
    const time = (0,usage_record/* parseTime */.pe)(o.timestamp);
    if (time === undefined)
        return { ok: false, reason: "transcript: timestamp missing or not a date" };
    const num = (v, name) => {
        if (v === undefined || v === null)
            return 0;
        const n = (0,usage_record/* tokenCount */.jt)(v);
        return n === undefined ? `transcript: usage.${name} is not a non-negative integer` : n;
    };
    const input = num(usage.input_tokens, "input_tokens");
    const output = num(usage.output_tokens, "output_tokens");
    const cacheRead = num(usage.cache_read_input_tokens, "cache_read_input_tokens");
    let cw5m;
    let cw1h;
    if (isObj(usage.cache_creation)) {
        cw5m = num(usage.cache_creation.ephemeral_5m_input_tokens, "cache_creation.ephemeral_5m_input_tokens");
        cw1h = num(usage.cache_creation.ephemeral_1h_input_tokens, "cache_creation.ephemeral_1h_input_tokens");
    }
    else {
        cw5m = num(usage.cache_creation_input_tokens, "cache_creation_input_tokens");
        cw1h = 0;
    }
    for (const v of [input, output, cacheRead, cw5m, cw1h])
        if (typeof v === "string")
            return { ok: false, reason: v };
    const messageId = str(message.id);
    const requestId = str(o.requestId);
    // Without a requestId (older Claude Code) copies still share the message id.
    const key = messageId ? `${messageId}:${requestId ?? ""}` : undefined;
    const session = str(o.sessionId);
    const batch = usage.service_tier === "batch";
    const record = {
        time,
        user,
        ...(model ? { model } : {}),
        input: input,
        output: output,
        cacheWrite5m: cw5m,
        cacheWrite1h: cw1h,
        cacheRead: cacheRead,
        unsplit: 0,
        requests: 1,
        ...(session ? { session } : {}),
        source: "transcript",
        ...(key ? { requestKey: key } : {}),
        ...(batch ? { batch } : {}),
    };
    const total = record.input + record.output + record.cacheWrite5m + record.cacheWrite1h + record.cacheRead;
    const sidechain = o.isSidechain === true;
    const advisors = usage.iterations === undefined ? [] : (0,transcript_lane/* advisorLines */.Uc)(usage, record, key, sidechain);
    return { ok: true, line: { record, key, total, sidechain }, messageId, advisors };
}
function detect(o) {
    if (o.source === "steward-hook" || (o.v !== undefined && "ts" in o))
        return "hook";
    if ("tokens" in o && "timestamp" in o)
        return "seed";
    if (typeof o.type === "string" && ("message" in o || "sessionId" in o || "uuid" in o || "parentUuid" in o))
        return "transcripts";
    if (typeof o.type === "string")
        return "transcripts"; // summary, file-history-snapshot, ...
    return undefined;
}
/**
 * The seed's line exactly as track-usage.sh writes it. Lines of this shape skip
 * JSON.parse (they cannot mean anything else); every other line takes the
 * general path, so the fast path changes speed, never results.
 */
const SEED_LINE = /^\{"timestamp":"(\d{4}-\d{2}-\d{2}T[0-9:.]+Z)","user":"([^"\\]+)","tool":"([^"\\]*)","tokens":(0|[1-9]\d{0,14})\}\s*$/;
/** Reads every file in order and yields normalised records (see {@link readUsageBatches}). */
async function* readUsageFiles(files, options) {
    for await (const batch of readUsageBatches(files, options))
        yield* batch;
}
/**
 * Reads every file in order and yields normalised records in batches (one per
 * chunk read). Transcript requests are de-duplicated (the largest copy of
 * each, across files) and emitted after the last file, or handed to
 * `options.transcriptTail` file by file. With `options.seedSink`, canonical
 * seed lines go to the sink instead of becoming records (the aggregation fast
 * lane).
 */
async function* readUsageBatches(files, options) {
    const stats = options.stats ?? emptyReadStats();
    const tally = options.malformed;
    const kind = options.kind ?? "auto";
    const requests = new transcript_lane/* TranscriptRequests */.TZ();
    const userMap = options.userMap;
    const mapUser = (u) => (userMap && Object.hasOwn(userMap, u) ? userMap[u] : u);
    const since = options.since ?? Number.NEGATIVE_INFINITY;
    const until = options.until ?? Number.POSITIVE_INFINITY;
    const inRange = (t) => t >= since && t < until;
    const seedSink = options.seedSink;
    const lane = kind === "auto" || kind === "seed" ? new SeedLane() : undefined;
    const maxLine = options.maxLineBytes ?? 64 * 1024 * 1024;
    const transcriptLane = kind === "auto" || kind === "transcripts";
    for (let i = 0; i < files.length; i++) {
        const file = files[i];
        options.onFile?.(file, i, files.length);
        stats.files++;
        // For a glob, `relative` is below the glob's base (the segments before the first wildcard).
        const base = file.spec
            .split("/")
            .filter((_, i, all) => !all.slice(0, i + 1).some((seg) => /[*?[{]/.test(seg)))
            .join("/");
        const display = file.relative ? `${base.replace(/\/+$/, "")}/${file.relative}` : file.spec;
        const derived = userFromPath(file);
        const user = (derived !== undefined ? mapUser(derived) : undefined) ?? options.defaultUser ?? "unknown";
        const dedup = new transcript_lane/* TranscriptFileDedup */.$e();
        const { perFile, ordered } = dedup;
        /** Everything but the byte-level seed lane: one line of text. */
        const handle = (text, lineNo, out) => {
            if (kind !== "hook" && kind !== "transcripts" && text.charCodeAt(2) === 116 /* t */) {
                const m = SEED_LINE.exec(text);
                if (m) {
                    const time = Date.parse(m[1]);
                    if (!Number.isNaN(time)) {
                        if (!inRange(time))
                            stats.outOfRange++;
                        else {
                            stats.records++;
                            const u = userMap ? mapUser(m[2]) : m[2];
                            if (seedSink)
                                seedSink(time, u, m[3], Number(m[4]));
                            else {
                                out.push({
                                    time,
                                    user: u,
                                    input: 0,
                                    output: 0,
                                    cacheWrite5m: 0,
                                    cacheWrite1h: 0,
                                    cacheRead: 0,
                                    unsplit: Number(m[4]),
                                    requests: 1,
                                    tool: m[3] || undefined,
                                    source: "seed",
                                });
                            }
                        }
                        return;
                    }
                }
            }
            if (text.trim() === "") {
                stats.blankLines++;
                return;
            }
            let o;
            try {
                o = JSON.parse(text);
            }
            catch {
                tally.add(display, lineNo, "invalid JSON", text);
                return;
            }
            if (!isObj(o)) {
                tally.add(display, lineNo, "not a JSON object", text);
                return;
            }
            const k = kind === "auto" ? detect(o) : kind;
            if (k === undefined) {
                tally.add(display, lineNo, "unrecognised record (not seed, hook or transcript)", text);
                return;
            }
            if (k === "transcripts") {
                const r = parseTranscriptLine(o, user);
                if (r.ok === "skip")
                    stats.ignored++;
                else if (r.ok === "synthetic")
                    stats.synthetic++;
                else if (r.ok === false)
                    tally.add(display, lineNo, r.reason, text);
                else {
                    if (dedup.add(r.line, r.messageId))
                        stats.duplicates++;
                    for (const a of r.advisors)
                        dedup.add(a);
                }
                return;
            }
            const r = k === "seed" ? parseSeedRecord(o) : parseHookRecord(o);
            if (r.ok === true) {
                if (!inRange(r.record.time))
                    stats.outOfRange++;
                else {
                    stats.records++;
                    const mapped = mapUser(r.record.user);
                    out.push(mapped === r.record.user ? r.record : { ...r.record, user: mapped });
                }
            }
            else if (r.ok === false)
                tally.add(display, lineNo, r.reason, text);
        };
        if (file.path.endsWith(".gz")) {
            for await (const batch of (0,usage_lines/* readLineBatches */.pG)(file.path, { maxLineBytes: maxLine })) {
                const out = [];
                const lines = batch.lines;
                stats.lines += lines.length;
                for (let li = 0; li < lines.length; li++) {
                    const text = lines[li];
                    if (text === null || text === undefined)
                        tally.add(display, batch.first + li, "line too long", "");
                    else
                        handle(text, batch.first + li, out);
                }
                if (out.length > 0)
                    yield out;
            }
        }
        else {
            // Plain files: split on bytes; canonical seed lines never become strings.
            let lineNo = 0;
            let carry;
            let skipping = false;
            const line = (buf, start, end, out) => {
                lineNo++;
                stats.lines++;
                if (end > start && buf[end - 1] === 0x0d)
                    end--;
                if (lane?.scan(buf, start, end)) {
                    const l = lane.line;
                    if (!inRange(l.time)) {
                        stats.outOfRange++;
                        return;
                    }
                    stats.records++;
                    const u = userMap ? mapUser(l.user) : l.user;
                    if (seedSink)
                        seedSink(l.time, u, l.tool, l.tokens);
                    else {
                        out.push({
                            time: l.time,
                            user: u,
                            input: 0,
                            output: 0,
                            cacheWrite5m: 0,
                            cacheWrite1h: 0,
                            cacheRead: 0,
                            unsplit: l.tokens,
                            requests: 1,
                            tool: l.tool || undefined,
                            source: "seed",
                        });
                    }
                    return;
                }
                if (transcriptLane && (0,transcript_lane/* cannotCarryUsage */.kl)(buf, start, end, kind === "auto")) {
                    stats.ignored++;
                    return;
                }
                handle(buf.toString("utf8", start, end), lineNo, out);
            };
            for await (const chunk of (0,usage_lines/* openFile */.Tq)(file.path)) {
                const out = [];
                let buf = chunk;
                let start = 0;
                if (carry) {
                    const nl = chunk.indexOf(0x0a);
                    if (nl === -1) {
                        if (!skipping) {
                            carry = Buffer.concat([carry, chunk]);
                            if (carry.length > maxLine) {
                                skipping = true;
                                carry = Buffer.alloc(0);
                            }
                        }
                        continue;
                    }
                    if (skipping) {
                        lineNo++;
                        stats.lines++;
                        tally.add(display, lineNo, "line too long", "");
                        skipping = false;
                    }
                    else if (carry.length + nl > maxLine) {
                        lineNo++;
                        stats.lines++;
                        tally.add(display, lineNo, "line too long", "");
                    }
                    else {
                        const joined = Buffer.concat([carry, chunk.subarray(0, nl)]);
                        line(joined, 0, joined.length, out);
                    }
                    carry = undefined;
                    start = nl + 1;
                }
                buf = chunk;
                for (;;) {
                    const nl = buf.indexOf(0x0a, start);
                    if (nl === -1)
                        break;
                    if (nl - start > maxLine) {
                        lineNo++;
                        stats.lines++;
                        tally.add(display, lineNo, "line too long", "");
                    }
                    else
                        line(buf, start, nl, out);
                    start = nl + 1;
                }
                if (start < buf.length) {
                    // copy: the reader reuses its buffer for the next chunk
                    carry = Buffer.from(buf.subarray(start));
                    if (carry.length > maxLine) {
                        skipping = true;
                        carry = Buffer.alloc(0);
                    }
                }
                if (out.length > 0)
                    yield out;
            }
            if (carry !== undefined) {
                const out = [];
                if (skipping) {
                    lineNo++;
                    stats.lines++;
                    tally.add(display, lineNo, "line too long", "");
                }
                else if (carry.length > 0)
                    line(carry, 0, carry.length, out);
                if (out.length > 0)
                    yield out;
            }
        }
        const lines = ordered.map((item) => typeof item === "string" ? perFile.get(item) : item);
        if (options.transcriptTail) {
            if (lines.length > 0)
                options.transcriptTail(i, lines);
            continue;
        }
        for (const l of lines)
            requests.offer(l);
    }
    // Transcript requests once every file is read: a later file may hold a larger copy.
    if (!options.transcriptTail) {
        const out = settleTranscriptRequests(requests, undefined, stats, since, until);
        if (out.length > 0)
            yield out;
    }
}
/**
 * The last step for transcript requests: drops the copies that lost (`lost`,
 * a mask over `requests.keys`, for copies another reader holds a larger
 * version of), applies the period, and counts what it dropped.
 */
function settleTranscriptRequests(requests, lost, stats, since, until) {
    stats.duplicates += requests.duplicates;
    const out = [];
    const settle = (line) => {
        const t = line.record.time;
        if (t < since || t >= until)
            stats.outOfRange++;
        else {
            stats.records++;
            out.push(line.record);
        }
    };
    const { lines } = requests;
    for (let i = 0; i < lines.length; i++) {
        if (lost && lost[i] === 1)
            stats.duplicates++;
        else
            settle(lines[i]);
    }
    for (const line of requests.unkeyed)
        settle(line);
    return out;
}


/***/ }),

/***/ 2865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yh: () => (/* binding */ MalformedTally),
/* harmony export */   jt: () => (/* binding */ tokenCount),
/* harmony export */   pe: () => (/* binding */ parseTime)
/* harmony export */ });
/* unused harmony export utcDay */
/**
 * The one normalised usage record every source is turned into, and the
 * malformed-input tally that every reader fills instead of crashing.
 */
/** Counts bad input by reason and keeps a bounded, deterministic sample (the first N by file, line). */
class MalformedTally {
    maxSamples;
    total = 0;
    byReason = new Map();
    samples = [];
    constructor(maxSamples = 20) {
        this.maxSamples = maxSamples;
    }
    add(file, line, reason, text) {
        this.total++;
        this.byReason.set(reason, (this.byReason.get(reason) ?? 0) + 1);
        if (this.samples.length < this.maxSamples) {
            this.samples.push({
                file,
                line,
                reason,
                excerpt: text.length > 120 ? `${text.slice(0, 117)}...` : text,
            });
        }
    }
}
/** Parses an ISO-8601 timestamp or epoch (s or ms) into ms; undefined when unreadable. */
function parseTime(value) {
    if (typeof value === "number" && Number.isFinite(value))
        return value < 1e11 ? value * 1000 : value;
    if (typeof value !== "string" || value.length < 10)
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
}
/** A non-negative safe integer, or undefined. */
function tokenCount(value) {
    return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
/** UTC day "YYYY-MM-DD" of an epoch-ms time. */
function utcDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}


/***/ }),

/***/ 1285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ TranscriptFileDedup),
/* harmony export */   TZ: () => (/* binding */ TranscriptRequests),
/* harmony export */   Uc: () => (/* binding */ advisorLines),
/* harmony export */   kl: () => (/* binding */ cannotCarryUsage)
/* harmony export */ });
/* unused harmony exports classifyLine, better */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2865);

const ASSISTANT = Buffer.from('"assistant"');
const TS = Buffer.from('"ts"');
const TOKENS = Buffer.from('"tokens"');
const HOOK = Buffer.from("steward-hook");
const TYPE_FIRST = Buffer.from('{"type":"');
const TYPE_FIELD = Buffer.from(',"type":"');
const isSpace = (b) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a;
/**
 * A look at the raw bytes of the line `buf[start, end)`. It is
 * `ignore` when it is certainly a transcript line that the
 * general path would count as ignored (a user turn, tool result, summary,
 * snapshot...): framed as one JSON object (`{` ... `}`, so a line cut short
 * by a crash still takes the general path and is reported as malformed) in
 * which the bytes `"assistant"` occur nowhere, so its top-level `type` cannot
 * be `assistant` (Claude Code writes keys and values unescaped, and inside a
 * string a quote is always escaped). With `auto` detection such a line must
 * also name a top-level `type` before any nested value and contain nothing a
 * seed or hook record needs (`"ts"`, `"tokens"`, `steward-hook`).
 *
 * What it gives up: the JSON of an ignored line is not validated, so a line
 * corrupted in the middle that could not carry usage anyway is ignored
 * instead of tallied as malformed.
 */
function classifyLine(buf, start, end, auto) {
    let s = start;
    let e = end - 1;
    while (s <= e && isSpace(buf[s]))
        s++;
    while (e >= s && isSpace(buf[e]))
        e--;
    if (e - s < 16 || buf[s] !== 0x7b /* { */ || buf[e] !== 0x7d /* } */)
        return "other";
    const line = buf.subarray(s, e + 1);
    if (line.indexOf(ASSISTANT) !== -1)
        return "assistant";
    if (!auto)
        return "ignore";
    if (line.indexOf(TS) !== -1 || line.indexOf(TOKENS) !== -1 || line.indexOf(HOOK) !== -1)
        return "other";
    if (line.subarray(0, TYPE_FIRST.length).equals(TYPE_FIRST))
        return "ignore";
    // `,"type":"` before the first nested object or array: a top-level string `type`.
    const type = line.indexOf(TYPE_FIELD);
    if (type === -1)
        return "other";
    for (let i = 1; i < type; i++) {
        const b = line[i];
        if (b === 0x7b || b === 0x5b)
            return "other";
    }
    return "ignore";
}
/** True when {@link classifyLine} says the line cannot carry usage. */
function cannotCarryUsage(buf, start, end, auto) {
    return classifyLine(buf, start, end, auto) === "ignore";
}
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/**
 * Usage of the advisor tool: `message.usage.iterations[]` entries of type
 * `advisor_message` carry the advisor model's own tokens, which the message's
 * top-level usage leaves out. One line per entry that names its model, keyed
 * `<message key>#advisor<n>` so that copies of the message de-duplicate it
 * like the message itself. Entries with unreadable counts are skipped.
 */
function advisorLines(usage, base, key, sidechain) {
    const list = usage.iterations;
    if (!Array.isArray(list))
        return [];
    const out = [];
    for (let i = 0; i < list.length; i++) {
        const it = list[i];
        if (!isObj(it) || it.type !== "advisor_message")
            continue;
        const model = typeof it.model === "string" && it.model !== "" ? it.model : undefined;
        if (!model)
            continue;
        const n = (v) => (v === undefined || v === null ? 0 : (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenCount */ .jt)(v));
        const input = n(it.input_tokens);
        const output = n(it.output_tokens);
        const cacheRead = n(it.cache_read_input_tokens);
        let cw5m;
        let cw1h;
        if (isObj(it.cache_creation)) {
            cw5m = n(it.cache_creation.ephemeral_5m_input_tokens);
            cw1h = n(it.cache_creation.ephemeral_1h_input_tokens);
        }
        else {
            cw5m = n(it.cache_creation_input_tokens);
            cw1h = 0;
        }
        if (input === undefined || output === undefined || cacheRead === undefined)
            continue;
        if (cw5m === undefined || cw1h === undefined)
            continue;
        const record = {
            ...base,
            model,
            input,
            output,
            cacheWrite5m: cw5m,
            cacheWrite1h: cw1h,
            cacheRead,
            ...(key ? { requestKey: `${key}#advisor${i}` } : {}),
        };
        out.push({
            record,
            key: key ? `${key}#advisor${i}` : undefined,
            total: input + output + cw5m + cw1h + cacheRead,
            sidechain,
        });
    }
    return out;
}
/** Whether `next` should replace `prior`, two copies of the same request. */
function better(next, prior) {
    if (next.total !== prior.total)
        return next.total > prior.total;
    return prior.sidechain && !next.sidechain;
}
/**
 * De-duplication within one transcript file. Streamed responses are written
 * as one line per content block, with placeholder usage on all but the last:
 * copies of one `message.id:requestId` collapse into the one with the most
 * tokens (ties: the non-sidechain copy). A sidechain line that repeats a
 * message id already seen under another request id (the `/btw` side question
 * replays the parent conversation) collapses into that message too, and the
 * non-sidechain copy wins. `perFile` and `ordered` are what the reader's tail
 * emits: keys in first-seen order, and unkeyed lines as they are.
 */
class TranscriptFileDedup {
    perFile = new Map();
    ordered = [];
    /** message.id -> the key its slot is stored under. */
    byMessage = new Map();
    /**
     * Adds a line (`messageId`: its `message.id`, for a message line; none for
     * advisor usage); true when it was a copy of one already held.
     */
    add(line, messageId) {
        const { key } = line;
        if (key === undefined) {
            this.ordered.push(line);
            return false;
        }
        const prior = this.perFile.get(key);
        if (!prior && messageId !== undefined) {
            const other = this.byMessage.get(messageId);
            const held = other === undefined ? undefined : this.perFile.get(other);
            if (other !== undefined && held && (line.sidechain || held.sidechain)) {
                // A replay under another request id: the non-sidechain copy wins, else the larger.
                if (line.sidechain !== held.sidechain) {
                    if (!line.sidechain)
                        this.perFile.set(other, line);
                }
                else if (better(line, held))
                    this.perFile.set(other, line);
                return true;
            }
        }
        if (!prior) {
            this.perFile.set(key, line);
            this.ordered.push(key);
            if (messageId !== undefined && !this.byMessage.has(messageId))
                this.byMessage.set(messageId, key);
            return false;
        }
        if (better(line, prior))
            this.perFile.set(key, line);
        return true;
    }
}
/**
 * De-duplication across files: each request (`message.id:requestId`) counts
 * once, as its largest copy wherever it is (a resumed session copies earlier
 * requests into its new file, sometimes before their final usage was
 * written); on a tie the non-sidechain copy, then the one read first.
 * Offered lines are one file's output of {@link TranscriptFileDedup}, file
 * after file. Lines without a key are kept as they are.
 */
class TranscriptRequests {
    keys = [];
    lines = [];
    unkeyed = [];
    /** Copies dropped here (a request seen in an earlier file). */
    duplicates = 0;
    index = new Map();
    offer(line) {
        const { key } = line;
        if (key === undefined) {
            this.unkeyed.push(line);
            return;
        }
        const i = this.index.get(key);
        if (i === undefined) {
            this.index.set(key, this.lines.length);
            this.keys.push(key);
            this.lines.push(line);
            return;
        }
        this.duplicates++;
        if (better(line, this.lines[i]))
            this.lines[i] = line;
    }
}


/***/ })

};
