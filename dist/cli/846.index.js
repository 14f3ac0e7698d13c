"use strict";
exports.id = 846;
exports.ids = [846,465];
exports.modules = {

/***/ 2846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT: () => (/* binding */ EXIT),
/* harmony export */   findCommand: () => (/* binding */ findCommand),
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   rootHelp: () => (/* binding */ rootHelp)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8994);
/**
 * `steward`: dispatches to the sub-command whose path matches the leading
 * words, prints help, and turns a ConfigurationError into a one-line message
 * and exit code 2 (usage/configuration) — never a stack trace. Anything else is
 * a bug: exit code 70 with the stack only under STEWARD_DEBUG=1.
 */


/** Exit codes, documented in `steward --help`. */
const EXIT = { ok: 0, findings: 1, usage: 2, bug: 70 };
function rootHelp(commands) {
    const width = Math.max(...commands.map((c) => c.path.join(" ").length));
    const list = commands.map((c) => `  ${c.path.join(" ").padEnd(width)}  ${c.summary}`).join("\n");
    return `steward ${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .STEWARD_VERSION */ .m}: govern Claude Code across an organization.

Usage: steward <command> [options]

Commands:
${list}

Options:
  -h, --help     Show help (also: steward <command> --help)
  -v, --version  Print the version

Exit codes: 0 success, 1 findings or a failed check, 2 bad usage or configuration, 70 internal error.
Set STEWARD_DEBUG=1 to see stack traces of internal errors.
`;
}
/** Finds the command whose path is the longest prefix of `argv`. */
function findCommand(commands, argv) {
    let best;
    for (const c of commands) {
        if (c.path.every((w, i) => argv[i] === w) && (!best || c.path.length > best.path.length))
            best = c;
    }
    return best ? { command: best, rest: argv.slice(best.path.length) } : undefined;
}
function suggest(commands, word) {
    const names = [...new Set(commands.map((c) => c.path[0]))];
    return names.find((n) => n.startsWith(word.slice(0, 3)) || word.startsWith(n));
}
async function main(argv, io, commands) {
    const first = argv[0];
    if (first === undefined || first === "-h" || first === "--help" || first === "help") {
        io.stdout.write(rootHelp(commands));
        return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === "-v" || first === "--version") {
        io.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .STEWARD_VERSION */ .m}\n`);
        return EXIT.ok;
    }
    const found = findCommand(commands, argv);
    if (!found) {
        // a group word alone (e.g. `steward keys`) lists its sub-commands
        const group = commands.filter((c) => c.path[0] === first);
        if (first === "hook" && !argv.includes("--help") && !argv.includes("-h")) {
            // Claude Code runs these: exit 2 would block every tool call (PreToolUse) or keep a
            // session from ever stopping (Stop). A misspelled hook is reported and does not block.
            io.stderr.write(`steward: unknown hook "${argv.slice(0, 2).join(" ")}"; this hook does nothing. Hooks: ${group.map((c) => c.path.join(" ")).join(", ")}. Fix the hooks block in managed settings (steward hook install prints it).\n`);
            return EXIT.findings;
        }
        if (group.length > 0) {
            io.stdout.write(rootHelp(group));
            return argv.includes("--help") || argv.includes("-h") ? EXIT.ok : EXIT.usage;
        }
        const hint = suggest(commands, first);
        io.stderr.write(`steward: unknown command "${first}".${hint ? ` Did you mean "${hint}"?` : ""} Run 'steward --help' for the list.\n`);
        return EXIT.usage;
    }
    const command = await found.command.load();
    if (found.rest.includes("--help") || found.rest.includes("-h")) {
        io.stdout.write(command.help.endsWith("\n") ? command.help : `${command.help}\n`);
        return EXIT.ok;
    }
    try {
        return await command.run(found.rest, io);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1) {
            const l = error.location;
            const where = l.file ? `${l.file}${l.line ? `:${l.line}${l.column ? `:${l.column}` : ""}` : ""}: ` : "";
            const prefix = `steward ${found.command.path.join(" ")}: `;
            // argument errors already name the command (see parseCommandArgs)
            const text = `${where}${error.userMessage}`;
            io.stderr.write(`${text.startsWith(prefix) ? "" : prefix}${text}\n`);
            return EXIT.usage;
        }
        io.stderr.write(`steward ${found.command.path.join(" ")} failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}\nThis is a bug in Steward. Re-run with STEWARD_DEBUG=1 for the stack trace and report it.\n`);
        if (io.env.STEWARD_DEBUG === "1" && error instanceof Error && error.stack)
            io.stderr.write(`${error.stack}\n`);
        return EXIT.bug;
    }
}


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

/***/ 8994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ STEWARD_VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./shared/version.ts
/** Steward's version, from package.json (bundled into every action and the CLI). */

const STEWARD_VERSION = package_namespaceObject.rE;


/***/ })

};
;