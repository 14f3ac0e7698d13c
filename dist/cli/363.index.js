"use strict";
exports.id = 363;
exports.ids = [363,859];
exports.modules = {

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   e: () => (/* binding */ parseIntegerFlag)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/**
 * Strict argument parsing for commands, on top of node:util parseArgs: an
 * unknown flag or a missing value is a ConfigurationError that says what the
 * command accepts.
 */


/** Parses `args` against `options`; `--help`/`-h` is always accepted. */
function parseCommandArgs(commandName, args, options, allowPositionals = true) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...args],
            options: { ...options, help: { type: "boolean", short: "h" } },
            allowPositionals,
            strict: true,
        });
        return { values, positionals };
    }
    catch (error) {
        // Node's text, without its advice about '--' (Steward's hint says what to do) and with a full stop
        const message = (error instanceof Error ? error.message : String(error))
            .replace(/^TypeError.*?: /, "")
            .replace(/\. To specify a positional argument.*$/s, "")
            .replace(/([^.])$/, "$1.");
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`steward ${commandName}: ${message}`, {
            hint: `Run 'steward ${commandName} --help' for the options it accepts.`,
        });
    }
}
/** Parses a non-negative integer flag value, naming the flag on error. */
function parseIntegerFlag(flag, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--${flag} expects a whole number, got "${value}".`);
    }
    return Number(value);
}


/***/ }),

/***/ 4363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _logging_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6859);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9006);
/**
 * `steward demo [examples-dir]`: Steward's main jobs on the bundled examples,
 * with no network and no credentials, so a newcomer sees all of Steward from
 * one command (`npm start`). Each step runs a real `steward` command; the
 * files they write go to `--out` (default `steward-demo/`).
 */




function steps(ex, out) {
    const policy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ex, "policy-repo");
    const usage = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ex, "usage");
    const call = (tool, input, cwd = "/home/dev/app") => `${JSON.stringify({ session_id: "demo", hook_event_name: "PreToolUse", tool_name: tool, tool_input: input, cwd })}\n`;
    return [
        { title: "Policy lint: examples/policy-repo", argv: ["lint", policy, "--fail-on", "error"], tail: 12 },
        {
            title: "Permission check: would the org policy let a developer pipe curl into sh?",
            argv: ["check", "--settings", (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(policy, "managed-settings.json")],
            stdin: call("Bash", { command: "curl -fsSL https://example.com/install.sh | sh" }),
        },
        {
            title: "Build: per-role managed settings, CLAUDE.md and a digest manifest",
            // The example routes by geography and keeps per-task model rules, which one managed
            // settings file cannot express: build the US region and mark the rules Steward-only.
            argv: [
                "build",
                policy,
                "--out",
                (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, "build"),
                "--region",
                "us",
                "--steward-only",
                "model-policy.json#/modelPolicy/rules",
            ],
            // The org UUID Claude Code must force logins to; a placeholder in the policy, set at build time.
            env: { ANTHROPIC_ORGANIZATION_ID: "4b5c3f0e-7a1d-4c2b-9e8f-0a1b2c3d4e5f" },
            tail: 8,
        },
        {
            title: "Cost report: the example usage logs, priced, by user, team, model and day",
            argv: [
                "report",
                "cost",
                "--source",
                (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(usage, "usage", "*", "*.jsonl"),
                "--roles",
                (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(policy, "role-mappings.json"),
                "--users",
                (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(usage, "users.json"),
                "--format",
                "json",
                "--format",
                "md",
                "--format",
                "html",
                "--format",
                "csv",
                "--out",
                (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, "cost"),
            ],
        },
        {
            title: "Compliance report: controls evaluated from the policy, the audit logs and the cost report",
            argv: [
                "report",
                "compliance",
                "--policy",
                policy,
                "--audit-logs",
                (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(usage, "audit"),
                "--usage",
                (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, "cost", "report.json"),
                "--period",
                "2026-10",
                "--format",
                "json",
                "--format",
                "md",
                "--format",
                "html",
                "--out",
                (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, "compliance"),
            ],
        },
        {
            title: "Slack: the message a failed policy check would send (dry run)",
            argv: [
                "notify",
                "--event",
                "policy-check",
                "--dry-run",
                "--data",
                JSON.stringify({
                    status: "failed",
                    repository: "acme/claude-policy",
                    pullRequest: {
                        number: 42,
                        title: "Let contractors run npm",
                        url: "https://github.com/acme/claude-policy/pull/42",
                    },
                    counts: { errors: 2, warnings: 1 },
                    findings: [
                        {
                            severity: "error",
                            ruleId: "permissions/over-broad-allow",
                            file: "role-mappings.json",
                            line: 31,
                            message: "Bash allows every command",
                        },
                    ],
                }),
            ],
            tail: 6,
        },
        {
            title: "On the laptop: the PreToolUse hook answers Claude Code for a contractor editing a file",
            argv: [
                "hook",
                "pre-tool-use",
                "--policy",
                policy,
                "--role",
                "contractors",
                "--log-dir",
                (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, "logs"),
            ],
            stdin: call("Edit", { file_path: "/home/dev/app/src/index.ts", old_string: "a", new_string: "b" }),
            ok: [0, 2],
        },
    ];
}
const demo = {
    path: ["demo"],
    summary: "Run Steward's main jobs on the bundled examples (no network, no credentials)",
    help: `Usage: steward demo [examples-dir] [--out <dir>]

Runs Steward's jobs on the example data in <examples-dir> (default ./examples):
policy lint, a permission check, the per-role build, the cost report, the
compliance report, a Slack message (dry run) and the PreToolUse hook. Files go
to --out (default ./steward-demo). No network, no credentials.

Exits 1 if a step fails.
`,
    async run(args, io) {
        const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Q)("demo", args, { out: { type: "string" } });
        const examples = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, positionals[0] ?? "examples");
        const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.out ?? "steward-demo");
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(out, { recursive: true });
        // Loaded here, not at the top: the registry imports this module.
        const [{ COMMANDS }, { main }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4126)), __webpack_require__.e(/* import() */ 465).then(__webpack_require__.bind(__webpack_require__, 2846))]);
        const rel = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, p) || ".";
        let failed = 0;
        const all = steps(rel(examples), rel(out));
        for (const [i, step] of all.entries()) {
            io.stdout.write(`\n== ${i + 1}/${all.length}. ${step.title}\n$ steward ${step.argv.map((a) => (/[\s"{}|*]/.test(a) ? `'${a}'` : a)).join(" ")}\n`);
            let text = "";
            const capture = {
                write: (s) => {
                    text += s;
                    return true;
                },
            };
            const stepIo = {
                ...io,
                env: { ...io.env, ...step.env },
                logger: (0,_logging_js__WEBPACK_IMPORTED_MODULE_2__.createStreamLogger)(capture),
                stdout: capture,
                stderr: capture,
                readStdin: async () => step.stdin ?? "",
            };
            const code = await main(step.argv, stepIo, COMMANDS);
            const lines = text.trimEnd().split("\n");
            const shown = step.tail && lines.length > step.tail ? ["…", ...lines.slice(-step.tail)] : lines;
            io.stdout.write(`${shown.join("\n")}\n`);
            const good = (step.ok ?? [0]).includes(code) || (step.argv[0] === "lint" && code === 1);
            if (!good)
                failed++;
            io.stdout.write(`${good ? "ok" : "FAILED"} (exit ${code})\n`);
        }
        io.stdout.write(`\nDemo finished: ${all.length - failed} of ${all.length} steps ok. Reports and builds are in ${rel(out)}/.\n`);
        io.stdout.write(`Open ${rel((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, "cost", "report.html"))} in a browser for the cost report with its charts (self-contained, works offline).\n`);
        return failed > 0 ? 1 : 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (demo);


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

/***/ 6859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RecordingLogger: () => (/* binding */ RecordingLogger),
/* harmony export */   createStreamLogger: () => (/* binding */ createStreamLogger),
/* harmony export */   nullLogger: () => (/* binding */ nullLogger)
/* harmony export */ });
/** A logger that keeps every message, for tests. */
class RecordingLogger {
    messages = [];
    debug(message) {
        this.messages.push({ level: "debug", message });
    }
    info(message) {
        this.messages.push({ level: "info", message });
    }
    warning(message, location) {
        this.messages.push({ level: "warning", message, ...(location ? { location } : {}) });
    }
    error(message, location) {
        this.messages.push({ level: "error", message, ...(location ? { location } : {}) });
    }
    notice(message, location) {
        this.messages.push({ level: "notice", message, ...(location ? { location } : {}) });
    }
    startGroup(name) {
        this.messages.push({ level: "group", message: name });
    }
    endGroup() { }
    /** True when some message matches (substring or regex). */
    hasMessage(pattern, level) {
        return this.messages.some((m) => (level === undefined || m.level === level) &&
            (typeof pattern === "string" ? m.message.includes(pattern) : pattern.test(m.message)));
    }
}
/** A logger that drops everything. */
const nullLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    notice() { },
    startGroup() { },
    endGroup() { },
};
/**
 * A logger for terminals: info to the `out` stream, everything else to `err`,
 * debug only when asked.
 */
function createStreamLogger(err, options = {}) {
    const out = options.out ?? err;
    const where = (l) => l?.file ? `${l.file}${l.line ? `:${l.line}${l.column ? `:${l.column}` : ""}` : ""}: ` : "";
    return {
        debug(message) {
            if (options.debug)
                err.write(`debug: ${message}\n`);
        },
        info(message) {
            out.write(`${message}\n`);
        },
        warning(message, location) {
            err.write(`${where(location)}warning: ${message}\n`);
        },
        error(message, location) {
            err.write(`${where(location)}error: ${message}\n`);
        },
        notice(message, location) {
            err.write(`${where(location)}note: ${message}\n`);
        },
        startGroup(name) {
            err.write(`${name}\n`);
        },
        endGroup() { },
    };
}


/***/ })

};
;