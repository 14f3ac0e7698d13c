"use strict";
exports.id = 648;
exports.ids = [648];
exports.modules = {

/***/ 5663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ denyForms),
/* harmony export */   Ir: () => (/* binding */ RUNNERS),
/* harmony export */   Kr: () => (/* binding */ needsExactApproval),
/* harmony export */   MX: () => (/* binding */ allowForm),
/* harmony export */   O2: () => (/* binding */ isReadOnlyCommand),
/* harmony export */   xK: () => (/* binding */ fileAccesses)
/* harmony export */ });
/* unused harmony exports SAFE_ENV_VARS, STRIPPED_WRAPPERS, DENY_SEE_THROUGH, NO_PREFIX_APPROVAL */
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2602);

/** Environment variables Claude Code treats as safe to strip for allow rules (a documented Steward choice). */
const SAFE_ENV_VARS = new Set([
    "CI",
    "DEBUG",
    "FORCE_COLOR",
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_CTYPE",
    "NODE_ENV",
    "NO_COLOR",
    "PYTHONUNBUFFERED",
    "PYTHONDONTWRITEBYTECODE",
    "RUST_BACKTRACE",
    "RUST_LOG",
    "TERM",
    "TZ",
]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Stripped before matching every rule (claude-code.md §3 "Stripped before matching"). */
const STRIPPED_WRAPPERS = {
    timeout: { valued: ["-s", "--signal", "-k", "--kill-after"], positionals: 1 },
    time: { valued: ["-f", "--format", "-o", "--output"], positionals: 0 },
    nice: { valued: ["-n", "--adjustment"], positionals: 0 },
    nohup: { valued: [], positionals: 0 },
    stdbuf: { valued: ["-i", "-o", "-e", "--input", "--output", "--error"], positionals: 0 },
    command: { valued: [], positionals: 0, queryOptions: ["-v", "-V"] },
    builtin: { valued: [], positionals: 0 },
    noglob: { valued: [], positionals: 0 },
    xargs: { valued: [], positionals: 0, bareOnly: true },
};
/** Seen through by deny and ask rules only (claude-code.md §3: "deny rules see through env/sudo/watch…", v2.1.113). */
const DENY_SEE_THROUGH = {
    env: {
        valued: ["-u", "--unset", "-C", "--chdir", "-S", "--split-string"],
        positionals: 0,
        assignments: true,
    },
    sudo: {
        valued: [
            "-u",
            "--user",
            "-g",
            "--group",
            "-h",
            "--host",
            "-p",
            "--prompt",
            "-C",
            "-D",
            "--chdir",
            "-r",
            "-t",
            "-U",
            "-T",
        ],
        positionals: 0,
    },
    doas: { valued: ["-u", "-C"], positionals: 0 },
    watch: { valued: ["-n", "--interval", "-d", "-q"], positionals: 0 },
    setsid: { valued: [], positionals: 0 },
    ionice: { valued: ["-c", "--class", "-n", "--classdata", "-p", "-P", "-u"], positionals: 0 },
    flock: { valued: ["-w", "--timeout", "-E", "--conflict-exit-code"], positionals: 1 },
    exec: { valued: ["-a"], positionals: 0 },
    xargs: {
        valued: [
            "-n",
            "-I",
            "-P",
            "-L",
            "-d",
            "-E",
            "-s",
            "-a",
            "--max-args",
            "--max-procs",
            "--delimiter",
            "--arg-file",
        ],
        positionals: 0,
    },
    chrt: { valued: [], positionals: 1 },
    taskset: { valued: [], positionals: 1 },
    unbuffer: { valued: [], positionals: 0 },
};
/** Commands whose allow rules never apply by prefix (claude-code.md §3: never auto-approve by prefix). */
const NO_PREFIX_APPROVAL = new Set(["watch", "setsid", "ionice", "flock"]);
/** Runners Claude Code does not strip: an allow rule on them allows whatever they run. */
const RUNNERS = [
    "npx",
    "bunx",
    "pnpm dlx",
    "docker exec",
    "docker run",
    "kubectl exec",
    "direnv exec",
    "devbox run",
    "mise exec",
    "uv run",
    "poetry run",
    "nix-shell",
    "bash",
    "sh",
    "zsh",
    "eval",
    "python",
    "python3",
    "node",
    "env",
    "sudo",
    "xargs",
    "ssh",
];
/** Built-in read-only commands that never prompt on their own (claude-code.md §3). */
const READ_ONLY = new Set([
    "ls",
    "cat",
    "echo",
    "pwd",
    "head",
    "tail",
    "grep",
    "find",
    "wc",
    "which",
    "diff",
    "stat",
    "du",
    "cd",
    "true",
    "false",
]);
const READ_ONLY_GIT = new Set(["status", "log", "diff", "show", "branch", "rev-parse", "ls-files", "blame"]);
function basename(word) {
    const slash = word.lastIndexOf("/");
    return slash >= 0 ? word.slice(slash + 1) : word;
}
/** True for `find` calls that execute or delete (never auto-approved by prefix). */
function isDangerousFind(words) {
    return words.some((w) => ["-exec", "-execdir", "-ok", "-okdir", "-delete", "-fprint", "-fls"].includes(w.value));
}
/** True when the command is one of the built-in read-only commands Claude Code runs without a rule. */
function isReadOnlyCommand(words) {
    const name = words[0]?.value;
    if (name === undefined)
        return true;
    if (name === "git") {
        const sub = words.find((w, i) => i > 0 && !w.value.startsWith("-"));
        return sub !== undefined && READ_ONLY_GIT.has(sub.value) && !words.some((w) => w.value === "--output");
    }
    if (name === "find")
        return !isDangerousFind(words);
    return READ_ONLY.has(name);
}
/** True when allow rules may match this command only exactly (no wildcard). */
function needsExactApproval(words) {
    const name = words[0]?.value;
    if (name === undefined)
        return false;
    if (NO_PREFIX_APPROVAL.has(basename(name)))
        return true;
    return basename(name) === "find" && isDangerousFind(words);
}
/** Index of the wrapped command after a wrapper at `at`, or -1 when it is not a strippable use. */
function unwrap(words, at, spec) {
    let i = at + 1;
    if (spec.bareOnly && words[i]?.value.startsWith("-"))
        return -1;
    while (i < words.length) {
        const v = words[i].value;
        if (v === "--") {
            i++;
            break;
        }
        if (spec.queryOptions?.includes(v))
            return -1;
        if (v.startsWith("-") && v.length > 1) {
            i += spec.valued.includes(v) ? 2 : 1;
            continue;
        }
        if (spec.assignments && ASSIGNMENT.test(v)) {
            i++;
            continue;
        }
        break;
    }
    i += spec.positionals;
    return i < words.length ? i : -1;
}
/** The command text from word `from` on, as written. */
function textFrom(cmd, from) {
    if (from === 0)
        return cmd.text;
    const first = cmd.words[from];
    if (first === undefined)
        return "";
    const offset = first.start - cmd.words[0].start;
    // cmd.text is contiguous when it starts at the first word; fall back to joining otherwise.
    const joined = cmd.words
        .slice(from)
        .map((w) => w.raw)
        .join(" ");
    const sliced = cmd.text.slice(offset);
    return sliced.startsWith(first.raw) ? sliced : joined;
}
/**
 * The form allow rules see: safe wrappers (`timeout`, `nice`, …) and safe
 * `VAR=` prefixes stripped, repeatedly.
 */
function allowForm(cmd) {
    let at = 0;
    for (let guard = 0; guard < cmd.words.length; guard++) {
        const w = cmd.words[at];
        if (w === undefined)
            break;
        const eq = w.value.indexOf("=");
        if (eq > 0 && ASSIGNMENT.test(w.value) && SAFE_ENV_VARS.has(w.value.slice(0, eq))) {
            at++;
            continue;
        }
        const spec = (0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(STRIPPED_WRAPPERS, w.value);
        if (spec) {
            const next = unwrap(cmd.words, at, spec);
            if (next > at) {
                at = next;
                continue;
            }
        }
        break;
    }
    return { text: textFrom(cmd, at), words: cmd.words.slice(at) };
}
/**
 * Every form deny and ask rules see: the command as written, and after each
 * stripped wrapper, leading assignment or see-through wrapper (`env`,
 * `sudo`, `watch`, …), plus the same with a path-qualified program name
 * reduced to its basename (`/bin/rm` -> `rm`).
 */
function denyForms(cmd) {
    const forms = [];
    let at = 0;
    const add = (from) => {
        const words = cmd.words.slice(from);
        const text = textFrom(cmd, from);
        forms.push({ text, words });
        const program = words[0];
        if (program?.value.includes("/")) {
            const base = basename(program.value);
            if (base !== "")
                forms.push({ text: base + text.slice(program.raw.length), words });
        }
    };
    add(0);
    for (let guard = 0; guard < cmd.words.length; guard++) {
        const w = cmd.words[at];
        if (w === undefined)
            break;
        let next = -1;
        if (ASSIGNMENT.test(w.value))
            next = at + 1;
        else {
            const name = basename(w.value);
            const spec = (0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(STRIPPED_WRAPPERS, name) ?? (0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(DENY_SEE_THROUGH, name);
            if (spec)
                next = unwrap(cmd.words, at, { ...spec, bareOnly: false });
            if (next < 0 && name === "xargs")
                next = unwrap(cmd.words, at, DENY_SEE_THROUGH.xargs);
        }
        if (next <= at || next >= cmd.words.length)
            break;
        at = next;
        add(at);
    }
    return forms;
}
/** Commands that read the files named in their arguments. `skip` = leading non-file operands (a pattern, a script). */
const READ_COMMANDS = {
    cat: { skip: 0 },
    tac: { skip: 0 },
    head: { skip: 0, valued: ["-n", "-c"] },
    tail: { skip: 0, valued: ["-n", "-c"] },
    less: { skip: 0 },
    more: { skip: 0 },
    nl: { skip: 0 },
    wc: { skip: 0 },
    sort: { skip: 0, valued: ["-k", "-t", "-o"] },
    uniq: { skip: 0 },
    cut: { skip: 0, valued: ["-d", "-f", "-c", "-b"] },
    strings: { skip: 0 },
    xxd: { skip: 0 },
    od: { skip: 0 },
    hexdump: { skip: 0 },
    base64: { skip: 0 },
    diff: { skip: 0 },
    cmp: { skip: 0 },
    file: { skip: 0 },
    stat: { skip: 0 },
    bat: { skip: 0 },
    source: { skip: 0 },
    ".": { skip: 0 },
    grep: { skip: 1, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "--include", "--exclude"] },
    egrep: { skip: 1, valued: ["-e", "-f", "-m", "-A", "-B", "-C"] },
    fgrep: { skip: 1, valued: ["-e", "-f", "-m", "-A", "-B", "-C"] },
    rg: { skip: 1, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-g", "--glob", "-t", "--type"] },
    awk: { skip: 1, valued: ["-F", "-v", "-f"] },
    jq: { skip: 1, valued: ["--arg", "--argjson"] },
    sed: { skip: 1, valued: ["-e", "-f"] },
    cp: { skip: 0, valued: ["-t", "-S"] },
    scp: { skip: 0, valued: ["-P", "-i", "-o"] },
    rsync: { skip: 0, valued: ["-e"] },
    tar: { skip: 0, valued: ["-C"] },
    zip: { skip: 0 },
    gzip: { skip: 0 },
};
/** Commands that write the files named in their arguments. */
const WRITE_COMMANDS = {
    touch: { skip: 0 },
    rm: { skip: 0 },
    rmdir: { skip: 0 },
    mkdir: { skip: 0, valued: ["-m"] },
    tee: { skip: 0 },
    truncate: { skip: 0, valued: ["-s"] },
    mv: { skip: 0, valued: ["-t", "-S"] },
    ln: { skip: 0 },
    chmod: { skip: 1 },
    chown: { skip: 1 },
    shred: { skip: 0, valued: ["-n"] },
    unlink: { skip: 0 },
};
/**
 * The files a simple command reads or writes, as Claude Code recognises them
 * for Read/Edit deny rules: arguments of known file commands and redirects.
 * Arguments that are substitutions or contain unexpanded variables (other
 * than `$HOME`) are left out. Paths are as written; resolve them with the cwd.
 */
function fileAccesses(form, redirects) {
    const out = [];
    const add = (raw, value, access) => {
        if (raw.startsWith("<(") || raw.startsWith(">(") || raw.startsWith("$(") || raw.startsWith("`"))
            return;
        const path = value.replace(/^\$\{?HOME\}?(?=\/|$)/, "~");
        if (path === "" || path === "-" || path.includes("$(") || path.includes("`"))
            return;
        out.push({ path, access });
    };
    for (const r of redirects) {
        if (r.target === undefined)
            continue;
        if (r.kind === "write" && r.target.value === "/dev/null")
            continue;
        add(r.target.raw, r.target.value, r.kind);
    }
    const name = form.words[0] ? basename(form.words[0].value) : "";
    const readSpec = (0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(READ_COMMANDS, name);
    const writeSpec = (0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(WRITE_COMMANDS, name);
    const spec = readSpec ?? writeSpec;
    if (!spec)
        return out;
    const operands = [];
    let endOfOptions = false;
    let hasScriptOption = false;
    let inPlace = false;
    for (let i = 1; i < form.words.length; i++) {
        const w = form.words[i];
        if (!endOfOptions && w.value === "--") {
            endOfOptions = true;
            continue;
        }
        if (!endOfOptions && w.value.startsWith("-") && w.value.length > 1) {
            if (w.value === "-e" || w.value === "-f" || w.value.startsWith("--regexp") || w.value === "--file")
                hasScriptOption = true;
            if (name === "sed" &&
                (w.value === "-i" || w.value.startsWith("-i") || w.value.startsWith("--in-place")))
                inPlace = true;
            if (spec.valued?.includes(w.value))
                i++;
            continue;
        }
        operands.push(w);
    }
    const skip = hasScriptOption ? 0 : spec.skip;
    const files = operands.slice(skip);
    files.forEach((w, index) => {
        let access = writeSpec ? "write" : "read";
        if (name === "sed" && inPlace)
            access = "write";
        if ((name === "cp" || name === "scp" || name === "rsync") &&
            index === files.length - 1 &&
            files.length > 1)
            access = "write";
        add(w.raw, w.value, access);
    });
    if (name === "mv")
        for (const w of files)
            add(w.raw, w.value, "read");
    return out;
}


/***/ }),

/***/ 6744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ compileStarGlob),
/* harmony export */   Ee: () => (/* binding */ textKeys),
/* harmony export */   Q5: () => (/* binding */ patternKey),
/* harmony export */   R$: () => (/* binding */ compileSegment),
/* harmony export */   WQ: () => (/* binding */ matchSegments),
/* harmony export */   aE: () => (/* binding */ matchStarGlob),
/* harmony export */   s6: () => (/* binding */ starMatch)
/* harmony export */ });
/* unused harmony exports matchSegment, MAX_KEY_WORDS */
/**
 * Wildcard matching without regular expressions, so no pattern a user writes
 * can backtrack catastrophically: `*`-globs match in O(text x literal pieces),
 * path globs by dynamic programming over segments.
 */
/** Compiles a glob in which `*` matches any run of characters (including none) and nothing else is special. */
function compileStarGlob(pattern, caseInsensitive = false) {
    const text = caseInsensitive ? pattern.toLowerCase() : pattern;
    const pieces = text.split("*");
    return { pieces, exact: pieces.length === 1 };
}
/**
 * True when `text` matches the compiled glob. Greedy leftmost matching of
 * the middle pieces is exact for `*`-only globs, so this is linear in
 * practice and never worse than text length x pattern length.
 */
function matchStarGlob(glob, text) {
    const { pieces } = glob;
    const first = pieces[0] ?? "";
    if (glob.exact)
        return text === first;
    const last = pieces[pieces.length - 1] ?? "";
    if (text.length < first.length + last.length)
        return false;
    if (!text.startsWith(first) || !text.endsWith(last))
        return false;
    let position = first.length;
    const end = text.length - last.length;
    for (let i = 1; i < pieces.length - 1; i++) {
        const piece = pieces[i] ?? "";
        if (piece === "")
            continue;
        const at = text.indexOf(piece, position);
        if (at < 0 || at + piece.length > end)
            return false;
        position = at + piece.length;
    }
    return true;
}
/** One-shot helper: does `text` match `pattern` (`*` only)? */
function starMatch(pattern, text, caseInsensitive = false) {
    const glob = compileStarGlob(pattern, caseInsensitive);
    return matchStarGlob(glob, caseInsensitive ? text.toLowerCase() : text);
}
/**
 * Segment matching for gitignore-style globs: `*` any run within a segment,
 * `?` one character, `[...]` a class (with `!`/`^` negation and ranges),
 * `\x` a literal. Linear DP over the segment.
 */
function matchSegment(pattern, text) {
    const toks = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === "*") {
            if (toks[toks.length - 1]?.t !== "star")
                toks.push({ t: "star" });
        }
        else if (c === "?")
            toks.push({ t: "any" });
        else if (c === "\\" && i + 1 < pattern.length)
            toks.push({ t: "lit", c: pattern[++i] });
        else if (c === "[") {
            const close = pattern.indexOf("]", i + 2);
            if (close < 0)
                toks.push({ t: "lit", c });
            else {
                let body = pattern.slice(i + 1, close);
                const neg = body.startsWith("!") || body.startsWith("^");
                if (neg)
                    body = body.slice(1);
                toks.push({ t: "class", neg, set: body });
                i = close;
            }
        }
        else
            toks.push({ t: "lit", c });
    }
    const inClass = (set, ch) => {
        for (let k = 0; k < set.length; k++) {
            const a = set[k];
            if (set[k + 1] === "-" && k + 2 < set.length) {
                const b = set[k + 2];
                if (ch >= a && ch <= b)
                    return true;
                k += 2;
            }
            else if (a === ch)
                return true;
        }
        return false;
    };
    // dp[j] = pattern prefix i matches text prefix j
    let dp = new Array(text.length + 1).fill(false);
    dp[0] = true;
    for (const tok of toks) {
        const next = new Array(text.length + 1).fill(false);
        if (tok.t === "star") {
            let seen = false;
            for (let j = 0; j <= text.length; j++) {
                if (dp[j])
                    seen = true;
                next[j] = seen;
            }
        }
        else {
            for (let j = 1; j <= text.length; j++) {
                if (!dp[j - 1])
                    continue;
                const ch = text[j - 1];
                if (tok.t === "any")
                    next[j] = true;
                else if (tok.t === "lit")
                    next[j] = ch === tok.c;
                else
                    next[j] = inClass(tok.set, ch) !== tok.neg;
            }
        }
        dp = next;
    }
    return dp[text.length] === true;
}
/** Compiles one gitignore-style segment, with fast paths for literals, `*` and `*.ext`. */
function compileSegment(pattern) {
    if (pattern === "**")
        return "**";
    if (!/[*?[\\]/.test(pattern))
        return (s) => s === pattern;
    if (pattern === "*")
        return () => true;
    if (pattern.startsWith("*") && !/[*?[\\]/.test(pattern.slice(1))) {
        const suffix = pattern.slice(1);
        return (s) => s.endsWith(suffix);
    }
    return (s) => matchSegment(pattern, s);
}
/**
 * Matches path segments against pattern segments where a `**` segment spans
 * zero or more whole segments. `prefixOk` also accepts when the pattern
 * matches a leading part of the path (a matched directory covers its
 * contents, as in gitignore). Pattern segments may be strings or compiled.
 */
function matchSegments(pattern, path, prefixOk = true) {
    const n = path.length;
    let dp = new Array(n + 1).fill(false);
    dp[0] = true;
    for (const raw of pattern) {
        const seg = typeof raw === "string" ? compileSegment(raw) : raw;
        const next = new Array(n + 1).fill(false);
        let any = false;
        if (seg === "**") {
            let seen = false;
            for (let j = 0; j <= n; j++) {
                if (dp[j])
                    seen = true;
                next[j] = seen;
                any ||= seen;
            }
        }
        else {
            for (let j = 1; j <= n; j++) {
                if (dp[j - 1] && seg(path[j - 1])) {
                    next[j] = true;
                    any = true;
                }
            }
        }
        if (!any)
            return false;
        dp = next;
    }
    if (prefixOk)
        return dp.some((v, j) => v && (j > 0 || n === 0));
    return dp[n] === true;
}
/** How many leading words of a command pattern are used to index it. */
const MAX_KEY_WORDS = 6;
/**
 * Index key of a command pattern: its complete literal words before the
 * first `*` (at most {@link MAX_KEY_WORDS}); `undefined` when it has none
 * (the pattern then goes in the wildcard list). Any text the pattern matches
 * has this key among its {@link textKeys}.
 */
function patternKey(pattern) {
    const star = pattern.indexOf("*");
    const literal = star < 0 ? pattern : pattern.slice(0, star);
    const words = literal.split(" ");
    const complete = star < 0 ? words : words.slice(0, -1);
    if (complete.length === 0)
        return undefined;
    return complete.slice(0, MAX_KEY_WORDS).join(" ");
}
/** The keys to look up for a text: its first {@link MAX_KEY_WORDS} word prefixes. */
function textKeys(text) {
    const keys = [];
    let at = -1;
    for (let i = 0; i < MAX_KEY_WORDS; i++) {
        const next = text.indexOf(" ", at + 1);
        if (next < 0) {
            keys.push(text);
            break;
        }
        keys.push(text.slice(0, next));
        at = next;
    }
    return keys;
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ restoreRuleSet),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   Ps: () => (/* binding */ ruleSetIndex),
/* harmony export */   nb: () => (/* binding */ compileRules)
/* harmony export */ });
/* unused harmony export MAX_AUTO_APPROVE_COMMAND_LENGTH */
/* harmony import */ var _bash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5663);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6744);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2485);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7683);
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2602);
/**
 * Matching one tool call against a rule set: deny, then ask, then allow,
 * first match wins, specificity ignored (claude-code.md §3).
 */





/** Claude Code prompts for commands longer than this (claude-code.md §3). */
const MAX_AUTO_APPROVE_COMMAND_LENGTH = 10_000;
const BEHAVIORS = ["deny", "ask", "allow"];
/** The compiled matcher of one rule: its `*`-glob or its path pattern. */
function compileMatcher(rule) {
    const m = rule.matcher;
    switch (m.kind) {
        case "command":
            return { glob: (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .compileStarGlob */ .AB)(m.pattern, m.tool === "PowerShell"), path: undefined };
        case "tool-glob":
        case "agent":
        case "skill":
        case "param":
        case "specifier":
            return { glob: (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .compileStarGlob */ .AB)(m.pattern), path: undefined };
        case "mcp":
            return { glob: (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .compileStarGlob */ .AB)(m.toolPattern), path: undefined };
        case "path":
            return { glob: undefined, path: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compilePath */ .H9)(m.anchor, m.pattern) };
        default:
            return { glob: undefined, path: undefined };
    }
}
const isCaseInsensitive = (rule) => rule.matcher.kind === "command" && rule.matcher.tool === "PowerShell";
/** Compiles rules (in evaluation order) into an index for fast matching. Inert rules are left out. */
function compileRules(rules) {
    const make = () => ({
        byTool: new Map(),
        paths: { keyed: new Map(), wild: [] },
        globs: [],
        commands: new Map(),
        all: [],
    });
    const set = { rules, ruleAt: (i) => rules[i], deny: make(), ask: make(), allow: make() };
    rules.forEach((rule, index) => {
        if (rule.inert !== undefined)
            return;
        const m = rule.matcher;
        const ci = isCaseInsensitive(rule);
        const { glob, path } = compileMatcher(rule);
        const entry = { rule, index, glob, path, caseInsensitive: ci };
        const target = set[rule.behavior];
        target.all.push(entry);
        if (m.kind === "tool-glob") {
            target.globs.push(entry);
            return;
        }
        if (m.kind === "command") {
            let idx = target.commands.get(m.tool);
            if (!idx) {
                idx = { buckets: new Map(), wild: [] };
                target.commands.set(m.tool, idx);
            }
            const key = (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .patternKey */ .Q5)(ci ? m.pattern.toLowerCase() : m.pattern);
            if (key === undefined)
                idx.wild.push(entry);
            else {
                const list = idx.buckets.get(key);
                if (list)
                    list.push(entry);
                else
                    idx.buckets.set(key, [entry]);
            }
            return;
        }
        if (m.kind === "path" && path) {
            if (path.literal === undefined)
                target.paths.wild.push(entry);
            else {
                const list = target.paths.keyed.get(path.literal);
                if (list)
                    list.push(entry);
                else
                    target.paths.keyed.set(path.literal, [entry]);
            }
            return;
        }
        const tool = m.kind === "mcp" ? `mcp__${m.server}` : m.kind === "domain" ? "WebFetch" : rule.tool;
        const list = target.byTool.get(tool);
        if (list)
            list.push(entry);
        else
            target.byTool.set(tool, [entry]);
    });
    return set;
}
/** The index of a set made by {@link compileRules}, as plain data. */
function ruleSetIndex(set) {
    const positions = (list) => list.map((e) => e.index);
    // Object.fromEntries defines own properties, so a key such as "__proto__" stays a key.
    const table = (lookup, of) => Object.fromEntries([...lookup].map(([key, value]) => [key, of(value)]));
    const behavior = (b) => ({
        byTool: table(b.byTool, positions),
        pathsKeyed: table(b.paths.keyed, positions),
        pathsWild: positions(b.paths.wild),
        globs: positions(b.globs),
        commands: table(b.commands, (c) => ({ buckets: table(c.buckets, positions), wild: positions(c.wild) })),
    });
    return { deny: behavior(set.deny), ask: behavior(set.ask), allow: behavior(set.allow) };
}
/** An entry whose glob or path pattern is compiled the first time a call needs it. */
class LazyEntry {
    rule;
    index;
    caseInsensitive;
    matcher;
    constructor(rule, index) {
        this.rule = rule;
        this.index = index;
        this.caseInsensitive = isCaseInsensitive(rule);
    }
    compiled() {
        this.matcher ??= compileMatcher(this.rule);
        return this.matcher;
    }
    get glob() {
        return this.compiled().glob;
    }
    get path() {
        return this.compiled().path;
    }
}
/**
 * The rule set {@link compileRules} would build, from an index made by
 * {@link ruleSetIndex} of the same rules: a bucket's rules are read and
 * compiled only when a call looks into that bucket, so a process that
 * decides one call touches only the few rules that call can match.
 */
function restoreRuleSet(stored) {
    const entries = [];
    const at = (i) => {
        let e = entries[i];
        if (!e) {
            e = new LazyEntry(stored.ruleAt(i), i);
            entries[i] = e;
        }
        return e;
    };
    const list = (positions) => positions.map(at);
    const lookup = (table, of) => {
        const made = new Map();
        return {
            get(key) {
                if (!Object.hasOwn(table, key))
                    return undefined;
                let value = made.get(key);
                if (value === undefined) {
                    value = of(table[key]);
                    made.set(key, value);
                }
                return value;
            },
        };
    };
    let rules;
    const allRules = () => {
        rules ??= Array.from({ length: stored.length }, (_, i) => stored.ruleAt(i));
        return rules;
    };
    const behavior = (b, name) => {
        let all;
        return {
            byTool: lookup(b.byTool, list),
            paths: { keyed: lookup(b.pathsKeyed, list), wild: list(b.pathsWild) },
            globs: list(b.globs),
            commands: lookup(b.commands, (c) => ({ buckets: lookup(c.buckets, list), wild: list(c.wild) })),
            get all() {
                all ??= allRules().flatMap((r, i) => (r.inert === undefined && r.behavior === name ? [at(i)] : []));
                return all;
            },
        };
    };
    return {
        get rules() {
            return allRules();
        },
        ruleAt: (i) => (i >= 0 && i < stored.length ? stored.ruleAt(i) : undefined),
        deny: behavior(stored.index.deny, "deny"),
        ask: behavior(stored.index.ask, "ask"),
        allow: behavior(stored.index.allow, "allow"),
    };
}
const FILE_FIELD = {
    Read: "file_path",
    Edit: "file_path",
    Write: "file_path",
    MultiEdit: "file_path",
    NotebookEdit: "notebook_path",
    Grep: "path",
    Glob: "path",
};
function hostOf(url) {
    if (typeof url !== "string")
        return undefined;
    try {
        const host = new URL(url).hostname.toLowerCase();
        return host.replace(/\.$/, "").replace(/^\[|\]$/g, "");
    }
    catch {
        return undefined;
    }
}
function prepare(call, context) {
    const rawName = typeof call?.tool_name === "string" ? call.tool_name : "";
    const name = (0,_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalTool */ .Zt)(rawName) ?? rawName;
    const input = call && typeof call.tool_input === "object" && call.tool_input !== null && !Array.isArray(call.tool_input)
        ? call.tool_input
        : {};
    const cwd = context.cwd ?? (typeof call?.cwd === "string" && call.cwd !== "" ? call.cwd : "/");
    const home = context.home;
    let filePath;
    const field = (0,_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(FILE_FIELD, name);
    if (field !== undefined) {
        const value = input[field];
        if (typeof value === "string" && value !== "")
            filePath = (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePath */ .o1)(value, cwd, home);
        else if (name === "Grep" || name === "Glob")
            filePath = (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePath */ .o1)(".", cwd, home);
    }
    let shell;
    if (name === "Bash" || name === "PowerShell") {
        const command = typeof input.command === "string" ? input.command : "";
        const ci = name === "PowerShell";
        const analysis = (0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCommand */ .G)(command);
        // Identical parts decide identically: keep one of each (adversarial input repeats them thousands of times).
        const unique = new Map();
        const lower = (f) => (ci ? { ...f, text: f.text.toLowerCase() } : f);
        for (const cmd of analysis.commands) {
            const key = cmd.redirects.length === 0
                ? cmd.text
                : `${cmd.text}\u0000${cmd.redirects.map((r) => `${r.op}${r.target?.raw ?? ""}`).join("\u0000")}`;
            if (unique.has(key))
                continue;
            const allow = (0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .allowForm */ .MX)(cmd);
            const deny = (0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .denyForms */ .Ik)(cmd);
            const innermost = deny[deny.length - 1] ?? allow;
            const redirectTargets = cmd.redirects.length
                ? new Set(cmd.redirects.map((r) => r.target?.value))
                : undefined;
            const seen = new Set();
            const accesses = [];
            for (const a of (0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .fileAccesses */ .xK)(innermost, cmd.redirects)) {
                const redirect = redirectTargets?.has(a.path) === true;
                const id = `${a.access}${redirect ? "r" : ""}\u0000${a.path}`;
                if (seen.has(id))
                    continue;
                seen.add(id);
                accesses.push({ ...a, resolved: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePath */ .o1)(a.path, cwd, home), redirect });
            }
            unique.set(key, {
                allow: lower(allow),
                deny: deny.map(lower),
                accesses,
                readOnly: cmd.words.length === 0 || (0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .isReadOnlyCommand */ .O2)(allow.words),
                exactOnly: (0,_bash_js__WEBPACK_IMPORTED_MODULE_0__/* .needsExactApproval */ .Kr)(allow.words),
            });
        }
        const subs = [...unique.values()];
        shell = {
            subs,
            parseable: analysis.parseable,
            long: command.length > MAX_AUTO_APPROVE_COMMAND_LENGTH,
            ci,
            accesses: subs.flatMap((sub) => sub.accesses),
        };
    }
    return {
        name,
        rawName,
        input,
        cwd,
        home,
        filePath,
        host: name === "WebFetch" ? hostOf(input.url) : undefined,
        shell,
    };
}
function matchDomain(pattern, host) {
    if (pattern.startsWith("*.")) {
        const apex = pattern.slice(2);
        if (!apex.includes("*"))
            return host.endsWith(`.${apex}`);
        const labels = apex.split(".");
        const hostLabels = host.split(".");
        if (hostLabels.length <= labels.length)
            return false;
        return matchLabels(labels, hostLabels.slice(hostLabels.length - labels.length));
    }
    if (!pattern.includes("*"))
        return host === pattern;
    return matchLabels(pattern.split("."), host.split("."));
}
function matchLabels(pattern, host) {
    if (pattern.length !== host.length)
        return false;
    return pattern.every((label, i) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)((0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .compileStarGlob */ .AB)(label), host[i]));
}
function parseMcpName(name) {
    if (!name.startsWith("mcp__"))
        return undefined;
    const rest = name.slice(5);
    const sep = rest.indexOf("__");
    return sep < 0 ? { server: rest, tool: "" } : { server: rest.slice(0, sep), tool: rest.slice(sep + 2) };
}
function scalar(value) {
    if (typeof value === "string")
        return value;
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    return undefined;
}
/** Does a path rule's tool cover this call's tool? (`Read` best effort for Grep/Glob; a Read deny also blocks edits.) */
function pathToolCovers(ruleTool, behavior, callTool) {
    if (ruleTool === "Edit")
        return _tools_js__WEBPACK_IMPORTED_MODULE_3__/* .EDIT_TOOLS */ .Dt.has(callTool);
    if (_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_TOOLS */ .f9.has(callTool))
        return true;
    return behavior === "deny" && _tools_js__WEBPACK_IMPORTED_MODULE_3__/* .EDIT_TOOLS */ .Dt.has(callTool) && callTool !== "NotebookEdit";
}
function commandMatches(entry, form) {
    return entry.glob !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)(entry.glob, form.text);
}
/** Whether one entry matches the prepared call (for deny/ask: any part; for allow: some part). */
function entryMatches(entry, p, behavior) {
    const m = entry.rule.matcher;
    const bases = (root) => ({ cwd: p.cwd, home: p.home, settingsRoot: root ?? p.cwd });
    switch (m.kind) {
        case "tool":
            if (m.tool === p.name)
                return true;
            if (m.tool === "Read" || m.tool === "Edit")
                return pathToolCovers(m.tool, behavior, p.name);
            return m.tool.startsWith("mcp__") && parseMcpName(p.rawName)?.server === m.tool.slice(5);
        case "tool-glob":
            return (entry.glob !== undefined &&
                ((0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)(entry.glob, p.rawName) || (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)(entry.glob, p.name)));
        case "mcp": {
            const call = parseMcpName(p.rawName);
            return (call !== undefined &&
                call.server === m.server &&
                entry.glob !== undefined &&
                (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)(entry.glob, call.tool));
        }
        case "domain":
            return p.name === "WebFetch" && p.host !== undefined && matchDomain(m.pattern, p.host);
        case "agent": {
            const type = scalar(p.input.subagent_type);
            return (p.name === "Agent" &&
                type !== undefined &&
                entry.glob !== undefined &&
                (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)(entry.glob, type));
        }
        case "skill": {
            const skill = scalar(p.input.skill) ?? scalar(p.input.command);
            if (p.name !== "Skill" || skill === undefined || entry.glob === undefined)
                return false;
            const args = scalar(p.input.args);
            return ((0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)(entry.glob, skill) ||
                (args !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)(entry.glob, `${skill} ${args}`)));
        }
        case "param": {
            const value = scalar(p.input[m.field]);
            return (m.tool === p.name &&
                value !== undefined &&
                entry.glob !== undefined &&
                (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)(entry.glob, value));
        }
        case "specifier": {
            const field = (0,_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(_tools_js__WEBPACK_IMPORTED_MODULE_3__/* .SPECIFIER_FIELD */ .yU, m.tool);
            const value = field === undefined ? undefined : scalar(p.input[field]);
            return (m.tool === p.name &&
                value !== undefined &&
                entry.glob !== undefined &&
                (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchStarGlob */ .aE)(entry.glob, value));
        }
        case "command": {
            if (m.tool !== p.name || !p.shell)
                return false;
            if (behavior === "allow") {
                return p.shell.subs.some((s) => allowMatches(entry, s));
            }
            return p.shell.subs.some((s) => s.deny.some((f) => commandMatches(entry, f)));
        }
        case "path": {
            if (!entry.path)
                return false;
            const b = bases(entry.rule.source.root);
            if (p.shell)
                return p.shell.accesses.some((a) => accessMatches(entry, a, behavior, p));
            if (!pathToolCovers(m.tool, behavior, p.name) || p.filePath === undefined)
                return false;
            return (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .matchPath */ .B6)(entry.path, behavior, p.filePath, b);
        }
    }
}
/** Whether a Read/Edit path entry matches one file a Bash command reads or writes. */
function accessMatches(entry, a, behavior, p) {
    const m = entry.rule.matcher;
    if (m.kind !== "path" || !entry.path)
        return false;
    if (behavior === "allow" && !(m.tool === "Edit" && a.redirect))
        return false;
    const applies = m.tool === "Edit"
        ? a.access === "write"
        : a.access === "read" || (behavior === "deny" && a.access === "write");
    return (applies &&
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .matchPath */ .B6)(entry.path, behavior, a.resolved, {
            cwd: p.cwd,
            home: p.home,
            settingsRoot: entry.rule.source.root ?? p.cwd,
        }));
}
function allowMatches(entry, sub) {
    if (sub.exactOnly && entry.glob && !entry.glob.exact)
        return false;
    return commandMatches(entry, sub.allow);
}
function firstIn(list, best, pred) {
    if (!list)
        return best;
    for (const e of list) {
        if (e.index >= best)
            return best;
        if (pred(e))
            return e.index;
    }
    return best;
}
/** Index of the first entry (in rule order) of one behavior that matches, or Infinity. */
function firstMatch(index, p, behavior) {
    let best = Number.POSITIVE_INFINITY;
    const pred = (e) => entryMatches(e, p, behavior);
    best = firstIn(index.globs, best, pred);
    best = firstIn(index.byTool.get(p.name), best, pred);
    const server = parseMcpName(p.rawName)?.server;
    if (server !== undefined)
        best = firstIn(index.byTool.get(`mcp__${server}`), best, pred);
    if (p.name !== "Read")
        best = firstIn(index.byTool.get("Read"), best, pred);
    if (p.name !== "Edit")
        best = firstIn(index.byTool.get("Edit"), best, pred);
    if (p.shell) {
        if (p.shell.accesses.length > 0)
            best = firstIn(index.paths.wild, best, pred);
        for (const a of p.shell.accesses) {
            const forAccess = (e) => accessMatches(e, a, behavior, p);
            for (const segment of a.resolved.split("/"))
                if (segment !== "")
                    best = firstIn(index.paths.keyed.get(segment), best, forAccess);
        }
    }
    else if (p.filePath !== undefined) {
        best = firstIn(index.paths.wild, best, pred);
        for (const segment of p.filePath.split("/"))
            if (segment !== "")
                best = firstIn(index.paths.keyed.get(segment), best, pred);
    }
    if (p.shell) {
        const commands = index.commands.get(p.name);
        if (commands) {
            for (const sub of p.shell.subs) {
                for (const form of sub.deny) {
                    const forForm = (e) => commandMatches(e, form);
                    for (const key of (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .textKeys */ .Ee)(form.text))
                        best = firstIn(commands.buckets.get(key), best, forForm);
                    best = firstIn(commands.wild, best, forForm);
                }
            }
        }
    }
    return best;
}
function readAllowed(index, p, path) {
    const pred = (e) => e.path !== undefined &&
        e.rule.tool === "Read" &&
        (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .matchPath */ .B6)(e.path, "allow", path, { cwd: p.cwd, home: p.home, settingsRoot: e.rule.source.root ?? p.cwd });
    let best = firstIn(index.byTool.get("Read"), Number.POSITIVE_INFINITY, (e) => e.rule.matcher.kind === "tool");
    best = firstIn(index.paths.wild, best, pred);
    for (const segment of path.split("/"))
        if (segment !== "")
            best = firstIn(index.paths.keyed.get(segment), best, pred);
    return best !== Number.POSITIVE_INFINITY;
}
/** For allow on Bash: every part covered? Returns the lowest deciding rule index, or Infinity. */
function shellAllow(index, p) {
    const shell = p.shell;
    const none = (reason) => ({ index: Number.POSITIVE_INFINITY, reason });
    // A whole-tool allow (`Bash`, `Bash(*)`) or a glob covers everything.
    let whole = firstIn(index.byTool.get(p.name), Number.POSITIVE_INFINITY, (e) => e.rule.matcher.kind === "tool");
    whole = firstIn(index.globs, whole, (e) => entryMatches(e, p, "allow"));
    if (whole !== Number.POSITIVE_INFINITY)
        return { index: whole, reason: "" };
    if (!shell.parseable)
        return none("the command could not be parsed, so Claude Code prompts");
    if (shell.long)
        return none(`the command is longer than ${MAX_AUTO_APPROVE_COMMAND_LENGTH} characters, so Claude Code prompts`);
    const commands = index.commands.get(p.name);
    let used = Number.POSITIVE_INFINITY;
    for (const sub of shell.subs) {
        let best = Number.POSITIVE_INFINITY;
        if (commands && sub.allow.words.length > 0) {
            const pred = (e) => allowMatches(e, sub);
            for (const key of (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .textKeys */ .Ee)(sub.allow.text))
                best = firstIn(commands.buckets.get(key), best, pred);
            best = firstIn(commands.wild, best, pred);
        }
        if (best === Number.POSITIVE_INFINITY && !sub.readOnly) {
            return none(`no allow rule matches "${sub.allow.text}" (every part of a compound command must match)`);
        }
        if (best === Number.POSITIVE_INFINITY) {
            // A read-only command runs without a rule only on files inside the working directory (or allowed by Read).
            const outside = sub.accesses.find((a) => a.resolved !== p.cwd &&
                !a.resolved.startsWith(p.cwd.endsWith("/") ? p.cwd : `${p.cwd}/`) &&
                !readAllowed(index, p, a.resolved));
            if (outside)
                return none(`"${sub.allow.text}" reads "${outside.path}" outside the working directory`);
        }
        if (best < used)
            used = best;
        for (const access of sub.accesses) {
            if (!access.redirect || access.access !== "write")
                continue;
            const editPath = (e) => e.path !== undefined &&
                e.rule.tool === "Edit" &&
                (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .matchPath */ .B6)(e.path, "allow", access.resolved, {
                    cwd: p.cwd,
                    home: p.home,
                    settingsRoot: e.rule.source.root ?? p.cwd,
                });
            let edit = firstIn(index.byTool.get("Edit"), Number.POSITIVE_INFINITY, (e) => e.rule.matcher.kind === "tool");
            edit = firstIn(index.paths.wild, edit, editPath);
            for (const segment of access.resolved.split("/"))
                edit = firstIn(index.paths.keyed.get(segment), edit, editPath);
            if (edit === Number.POSITIVE_INFINITY)
                return none(`the output redirect to "${access.path}" needs an Edit allow rule`);
        }
    }
    return used === Number.POSITIVE_INFINITY
        ? none("only built-in read-only commands; no rule decides")
        : { index: used, reason: "" };
}
function describe(rule) {
    return `${rule.behavior} rule "${rule.text}"`;
}
/**
 * Decides one tool call. `rules` are in evaluation order (later layers may
 * simply be appended: only the behavior order and the position within a
 * behavior matter). Never throws on odd input.
 */
function decide(rules, call, context, options = {}) {
    const set = Array.isArray(rules)
        ? compileRules(rules)
        : rules;
    const p = prepare(call, context);
    let result;
    for (const behavior of ["deny", "ask"]) {
        const at = firstMatch(set[behavior], p, behavior);
        if (at !== Number.POSITIVE_INFINITY) {
            const rule = set.ruleAt(at);
            result = { decision: behavior, rule, reason: `${describe(rule)} matches` };
            break;
        }
    }
    if (!result) {
        let reason = "no rule matches";
        let at;
        if (p.shell) {
            const r = shellAllow(set.allow, p);
            at = r.index;
            if (r.reason)
                reason = r.reason;
        }
        else
            at = firstMatch(set.allow, p, "allow");
        if (at !== Number.POSITIVE_INFINITY) {
            const rule = set.ruleAt(at);
            result = { decision: "allow", rule, reason: `${describe(rule)} matches` };
        }
        else
            result = { decision: "none", rule: undefined, reason };
    }
    if (!options.explain)
        return result;
    const considered = [];
    for (const behavior of BEHAVIORS) {
        for (const entry of set[behavior].all)
            considered.push({ rule: entry.rule, matched: entryMatches(entry, p, behavior) });
    }
    return { ...result, considered };
}


/***/ }),

/***/ 2485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ matchPath),
/* harmony export */   H9: () => (/* binding */ compilePath),
/* harmony export */   JF: () => (/* binding */ segments),
/* harmony export */   o1: () => (/* binding */ resolvePath)
/* harmony export */ });
/* unused harmony export isLiteralName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6744);
/**
 * Read/Edit path rules: gitignore-style patterns with anchors
 * (claude-code.md §3 Read/Edit).
 */


/** Normalises a path from a tool input or a command: Windows drive paths, `~`, relative to `cwd`, `..` resolved. */
function resolvePath(path, cwd, home) {
    let p = path;
    const drive = /^([A-Za-z]):[\\/]/.exec(p);
    if (drive)
        p = `/${drive[1].toLowerCase()}/${p.slice(3)}`;
    if (p.includes("\\") && (drive || /^\\\\/.test(path)))
        p = p.replace(/\\/g, "/");
    if (p === "~")
        p = home;
    else if (p.startsWith("~/"))
        p = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(home, p.slice(2));
    else if (!p.startsWith("/"))
        p = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(cwd || "/", p);
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(p);
    return normal.length > 1 && normal.endsWith("/") ? normal.slice(0, -1) : normal;
}
/** Splits an absolute path into segments (`/a/b` -> ["a", "b"]). */
function segments(path) {
    return path.split("/").filter((s) => s !== "");
}
function compilePath(anchor, pattern) {
    const parts = segments(pattern);
    return { anchor, segments: parts.map(_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileSegment */ .R$), literal: parts.find((p) => !/[*?[\\]/.test(p)) };
}
const ANY = "**";
function relativeTo(base, path) {
    if (base === "/" || base === "")
        return segments(path);
    if (path === base)
        return [];
    if (!path.startsWith(`${base}/`))
        return undefined;
    return segments(path.slice(base.length));
}
/**
 * True when the rule's pattern covers the absolute path. Documented choices
 * (docs/permissions.md): bare names and `dir/x` patterns in deny/ask match at
 * any depth anywhere on disk; in allow, below the working directory only.
 */
function matchPath(rule, behavior, path, bases) {
    const anyDepth = (base) => {
        const rel = base === undefined ? segments(path) : relativeTo(base, path);
        return rel !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchSegments */ .WQ)([ANY, ...rule.segments], rel);
    };
    switch (rule.anchor) {
        case "absolute":
            return (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchSegments */ .WQ)(rule.segments, segments(path));
        case "home": {
            const rel = relativeTo(bases.home, path);
            return rel !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchSegments */ .WQ)(rule.segments, rel);
        }
        case "settings": {
            const rel = relativeTo(bases.settingsRoot, path);
            return rel !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchSegments */ .WQ)(rule.segments, rel);
        }
        case "cwd": {
            const rel = relativeTo(bases.cwd, path);
            return rel !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchSegments */ .WQ)(rule.segments, rel);
        }
        case "relative": {
            if (behavior !== "allow")
                return anyDepth(undefined);
            const rel = relativeTo(bases.cwd, path);
            return rel !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchSegments */ .WQ)(rule.segments, rel);
        }
        case "anywhere":
            return anyDepth(behavior === "allow" ? bases.cwd : undefined);
    }
}
/** True for a bare file-name pattern without wildcards in its last segment (used by the analyser). */
function isLiteralName(pattern) {
    return !/[*?[]/.test(pattern);
}


/***/ }),

/***/ 7683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ splitCommand)
/* harmony export */ });
/* unused harmony export dequote */
/**
 * A small, linear-time reader for the shell syntax Claude Code splits Bash
 * commands by (claude-code.md §3 Bash): `&&`, `||`, `;`, `|`, `|&`, `&`,
 * newlines, subshells `( )`, groups `{ }`, command substitution `$( )` and
 * backticks, process substitution `<( )`/`>( )`, redirects and here-documents.
 * It never throws and never recurses, so no input can blow the stack.
 */
/** Nesting deeper than this is not a real command; it is read flat and reported unparseable. */
const MAX_DEPTH = 64;
const RESERVED_PREFIX = new Set(["!", "{", "then", "do", "else", "elif", "if", "while", "until", "time"]);
const RESERVED_ALONE = new Set(["}", "fi", "done", "esac", "then", "do", "else"]);
/** Removes quotes and backslash escapes from one word (copies runs of plain characters in one slice). */
function dequote(raw) {
    if (!/['"\\]/.test(raw))
        return raw;
    const parts = [];
    let quote = "";
    let run = 0;
    const flush = (end) => {
        if (end > run)
            parts.push(raw.slice(run, end));
    };
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (quote === "'") {
            if (c === "'") {
                flush(i);
                quote = "";
                run = i + 1;
            }
        }
        else if (c === "\\" && i + 1 < raw.length && (quote === "" || '"\\$`'.includes(raw[i + 1]))) {
            flush(i);
            run = i + 1;
            i++;
        }
        else if (quote === '"') {
            if (c === '"') {
                flush(i);
                quote = "";
                run = i + 1;
            }
        }
        else if (c === "'" || c === '"') {
            flush(i);
            quote = c;
            run = i + 1;
        }
    }
    flush(raw.length);
    return parts.join("");
}
/** Splits a command line into its simple commands. */
function splitCommand(src) {
    const commands = [];
    let parseable = true;
    const newFrame = (kind, resumeQuote) => ({
        kind,
        resumeQuote,
        words: [],
        redirects: [],
        wordStart: -1,
        quote: "",
        pendingRedirect: undefined,
    });
    const stack = [newFrame("top", "")];
    const heredocs = [];
    const endWord = (f, end) => {
        if (f.wordStart < 0)
            return;
        const w = { start: f.wordStart, end };
        f.wordStart = -1;
        if (f.pendingRedirect !== undefined) {
            const op = f.pendingRedirect;
            f.pendingRedirect = undefined;
            if (op === "<<" || op === "<<-") {
                heredocs.push({ delimiter: dequote(src.slice(w.start, w.end)), strip: op === "<<-" });
                f.redirects.push({ op, target: undefined });
            }
            else
                f.redirects.push({ op, target: w });
            return;
        }
        f.words.push(w);
    };
    const endCommand = (f) => {
        if (f.pendingRedirect !== undefined) {
            f.pendingRedirect = undefined;
            parseable = false;
        }
        let words = f.words.map((w) => {
            const raw = src.slice(w.start, w.end);
            return { raw, value: "", start: w.start, end: w.end };
        });
        while (words.length > 0 && RESERVED_PREFIX.has(words[0].raw))
            words = words.slice(1);
        if (words.length === 1 && RESERVED_ALONE.has(words[0].raw))
            words = [];
        while (words.length > 0 && words[words.length - 1].raw === "}")
            words = words.slice(0, -1);
        const shellWords = words.map((w) => ({ ...w, value: dequote(w.raw) }));
        const redirects = f.redirects.map((r) => {
            const target = r.target
                ? {
                    raw: src.slice(r.target.start, r.target.end),
                    value: "",
                    start: r.target.start,
                    end: r.target.end,
                }
                : undefined;
            const isFd = r.op.endsWith("&") && r.op !== "&>" && r.op !== "&>>";
            const kind = r.op.startsWith("<") && r.op !== "<>" ? "read" : "write";
            return {
                op: r.op,
                kind,
                target: target && !isFd && r.op !== "<<<" ? { ...target, value: dequote(target.raw) } : undefined,
            };
        });
        f.words = [];
        f.redirects = [];
        if (shellWords.length === 0 && redirects.length === 0)
            return;
        let text = "";
        if (shellWords.length > 0) {
            const first = shellWords[0];
            const last = shellWords[shellWords.length - 1];
            const between = redirects.filter((r) => r.target && r.target.start > first.start && r.target.end < last.end);
            text = between.length === 0 ? src.slice(first.start, last.end) : shellWords.map((w) => w.raw).join(" ");
        }
        commands.push({ words: shellWords, redirects, text });
    };
    const push = (kind, at, resumeQuote) => {
        const parent = stack[stack.length - 1];
        if (stack.length > MAX_DEPTH) {
            // Too deep to be a real command: keep reading it flat, and report it unparseable.
            parseable = false;
            if (parent.wordStart < 0)
                parent.wordStart = at;
            return;
        }
        if (kind !== "subshell" && parent.wordStart < 0)
            parent.wordStart = at;
        stack.push(newFrame(kind, resumeQuote));
    };
    const pop = (i) => {
        const f = stack.pop();
        endWord(f, i);
        endCommand(f);
        const parent = stack[stack.length - 1];
        parent.quote = f.resumeQuote;
    };
    let i = 0;
    const n = src.length;
    while (i < n) {
        const f = stack[stack.length - 1];
        const c = src[i];
        const next = src[i + 1];
        if (f.quote === "'") {
            if (c === "'")
                f.quote = "";
            i++;
            continue;
        }
        if (f.quote === '"') {
            if (c === "\\")
                i += 2;
            else if (c === '"') {
                f.quote = "";
                i++;
            }
            else if (c === "$" && next === "(") {
                push("cmdsub", i, '"');
                i += 2;
            }
            else if (c === "`") {
                push("backtick", i, '"');
                i++;
            }
            else
                i++;
            continue;
        }
        // Unquoted.
        if (c === "\\") {
            if (next === "\n") {
                endWord(f, i);
                i += 2;
                continue;
            }
            if (f.wordStart < 0)
                f.wordStart = i;
            i += 2;
            continue;
        }
        if (c === "'" || c === '"') {
            if (f.wordStart < 0)
                f.wordStart = i;
            f.quote = c;
            i++;
            continue;
        }
        if (c === " " || c === "\t" || c === "\r") {
            endWord(f, i);
            i++;
            continue;
        }
        if (c === "\n") {
            endWord(f, i);
            endCommand(f);
            i++;
            // Skip here-document bodies.
            while (heredocs.length > 0 && i < n) {
                const doc = heredocs[0];
                let lineEnd = src.indexOf("\n", i);
                if (lineEnd < 0)
                    lineEnd = n;
                const line = src.slice(i, lineEnd);
                i = lineEnd + 1;
                if ((doc.strip ? line.replace(/^\t+/, "") : line) === doc.delimiter)
                    heredocs.shift();
            }
            continue;
        }
        if (c === "#" && f.wordStart < 0) {
            const lineEnd = src.indexOf("\n", i);
            i = lineEnd < 0 ? n : lineEnd;
            continue;
        }
        if (c === ";" || c === "&" || c === "|") {
            if (c === "&" && next === ">") {
                endWord(f, i);
                const op = src[i + 2] === ">" ? "&>>" : "&>";
                f.pendingRedirect = op;
                i += op.length;
                continue;
            }
            endWord(f, i);
            endCommand(f);
            i +=
                (c === "&" && next === "&") ||
                    (c === "|" && (next === "|" || next === "&")) ||
                    (c === ";" && next === ";")
                    ? 2
                    : 1;
            continue;
        }
        if (c === "<" || c === ">") {
            if (next === "(") {
                push("procsub", i, "");
                i += 2;
                continue;
            }
            // A word made only of digits right before the operator is a file descriptor.
            if (f.wordStart >= 0 && /^\d+$/.test(src.slice(f.wordStart, i)))
                f.wordStart = -1;
            else
                endWord(f, i);
            let op = c;
            const rest = src.slice(i, i + 3);
            for (const candidate of ["<<<", "<<-", ">>&", "<<", ">>", ">|", ">&", "<&", "<>"]) {
                if (rest.startsWith(candidate)) {
                    op = candidate === ">>&" ? ">>" : candidate;
                    break;
                }
            }
            i += op.length;
            if (op === ">&" || op === "<&") {
                // fd duplication (2>&1) or `>& file`.
                let j = i;
                while (j < n && /[0-9-]/.test(src[j]))
                    j++;
                if (j > i && (j === n || /[\s;&|)]/.test(src[j]))) {
                    f.redirects.push({ op, target: undefined });
                    i = j;
                    continue;
                }
                op = ">";
            }
            f.pendingRedirect = op;
            continue;
        }
        if (c === "$" && next === "(") {
            if (src[i + 2] === "(") {
                // Arithmetic expansion: skip to the matching "))".
                if (f.wordStart < 0)
                    f.wordStart = i;
                let depth = 0;
                let j = i + 1;
                for (; j < n; j++) {
                    if (src[j] === "(")
                        depth++;
                    else if (src[j] === ")") {
                        depth--;
                        if (depth === 0)
                            break;
                    }
                }
                if (j >= n)
                    parseable = false;
                i = j + 1;
                continue;
            }
            push("cmdsub", i, "");
            i += 2;
            continue;
        }
        if (c === "`") {
            if (f.kind === "backtick") {
                pop(i);
                i++;
                continue;
            }
            push("backtick", i, "");
            i++;
            continue;
        }
        if (c === "(") {
            endWord(f, i);
            push("subshell", i, "");
            i++;
            continue;
        }
        if (c === ")") {
            if (f.kind === "top" || f.kind === "backtick") {
                parseable = false;
                endWord(f, i);
                i++;
                continue;
            }
            pop(i);
            i++;
            continue;
        }
        if (f.wordStart < 0)
            f.wordStart = i;
        i++;
    }
    if (stack.length > 1 || stack[0].quote !== "")
        parseable = false;
    while (stack.length > 1)
        pop(n);
    const top = stack[0];
    endWord(top, n);
    endCommand(top);
    if (heredocs.length > 0)
        parseable = false;
    return { commands, parseable };
}


/***/ }),

/***/ 2602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ EDIT_TOOLS),
/* harmony export */   Hd: () => (/* binding */ CANONICAL_TOOLS),
/* harmony export */   YT: () => (/* binding */ TOOL_ALIASES),
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   Zt: () => (/* binding */ canonicalTool),
/* harmony export */   _T: () => (/* binding */ PATH_IGNORING_TOOLS),
/* harmony export */   bo: () => (/* binding */ suggestTool),
/* harmony export */   dN: () => (/* binding */ PRIMARY_FIELDS),
/* harmony export */   f9: () => (/* binding */ READ_TOOLS),
/* harmony export */   qq: () => (/* binding */ TOOL_INPUT_FIELDS),
/* harmony export */   yU: () => (/* binding */ SPECIFIER_FIELD)
/* harmony export */ });
/**
 * The tool catalog: canonical names, legacy aliases, which input fields a rule
 * specifier reads. Data, not code (claude-code.md §3 "Canonical names", §4 tool_input).
 */
/** Canonical tool names at Claude Code v2.1.240 (claude-code.md §3). */
const CANONICAL_TOOLS = [
    "Agent",
    "AskUserQuestion",
    "Bash",
    "Cd",
    "Edit",
    "EndConversation",
    "ExitPlanMode",
    "Glob",
    "Grep",
    "LSP",
    "Monitor",
    "MultiEdit",
    "NotebookEdit",
    "PowerShell",
    "Read",
    "Skill",
    "SlashCommand",
    "TaskCreate",
    "TaskGet",
    "TaskList",
    "TaskOutput",
    "TaskStop",
    "TaskUpdate",
    "TodoWrite",
    "ToolSearch",
    "WebFetch",
    "WebSearch",
    "Workflow",
    "Write",
];
/** Legacy names Claude Code still accepts, mapped to the canonical one. */
const TOOL_ALIASES = {
    Task: "Agent",
};
/** Tools whose rules take a path specifier that Claude Code never consults (claude-code.md §3 Read/Edit). */
const PATH_IGNORING_TOOLS = new Set([
    "Write",
    "NotebookEdit",
    "Glob",
    "MultiEdit",
]);
/** Tools an `Edit(...)` rule covers ("Edit covers all editing tools"). */
const EDIT_TOOLS = new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]);
/** Tools a `Read(...)` rule covers, best effort (Read, and Grep/Glob by their search path). */
const READ_TOOLS = new Set(["Read", "Grep", "Glob"]);
/**
 * Known top-level input fields per tool (claude-code.md §4 tool_input), used
 * to tell a parameter rule `Bash(run_in_background:true)` from a command
 * pattern with a colon `Bash(git:* push)`.
 */
const TOOL_INPUT_FIELDS = {
    Bash: ["command", "description", "timeout", "run_in_background", "dangerouslyDisableSandbox"],
    PowerShell: ["command", "description", "timeout", "run_in_background"],
    Read: ["file_path", "offset", "limit"],
    Write: ["file_path", "content"],
    Edit: ["file_path", "old_string", "new_string", "replace_all"],
    MultiEdit: ["file_path", "edits"],
    NotebookEdit: ["notebook_path", "cell_id", "new_source", "cell_type", "edit_mode"],
    Glob: ["pattern", "path"],
    Grep: ["pattern", "path", "glob", "output_mode", "type", "head_limit", "multiline"],
    WebFetch: ["url", "prompt"],
    WebSearch: ["query", "allowed_domains", "blocked_domains"],
    Agent: ["prompt", "description", "subagent_type", "model", "run_in_background"],
    Skill: ["skill", "args"],
};
/** Primary fields a parameter rule may not use (claude-code.md §3 "Param rules"). */
const PRIMARY_FIELDS = new Set([
    "command",
    "file_path",
    "path",
    "notebook_path",
    "url",
]);
/** The string input a generic `Tool(specifier)` is matched against, for tools without a dedicated matcher. */
const SPECIFIER_FIELD = {
    WebSearch: "query",
    Cd: "path",
    SlashCommand: "command",
};
/** `record[key]` only when it is the record's own property (never `toString` & co). */
function own(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
/** The canonical name for a tool name as written (aliases resolved); `undefined` if unknown. */
function canonicalTool(name) {
    if (CANONICAL_TOOLS.includes(name))
        return name;
    return own(TOOL_ALIASES, name);
}
/** Levenshtein distance, bounded work (names are short). */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0] ?? 0;
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j] ?? 0;
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + cost);
            prev = tmp;
        }
    }
    return row[b.length] ?? 0;
}
/** The closest known tool name for a misspelt one ("did you mean"), or `undefined`. */
function suggestTool(name) {
    if (name.length > 64)
        return undefined;
    const lower = name.toLowerCase();
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of [...CANONICAL_TOOLS, ...Object.keys(TOOL_ALIASES)]) {
        if (candidate.toLowerCase() === lower)
            return canonicalTool(candidate);
        const d = distance(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    if (best === undefined || bestDistance > Math.max(2, Math.floor(name.length / 3)))
        return undefined;
    return canonicalTool(best);
}


/***/ })

};
;