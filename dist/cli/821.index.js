"use strict";
exports.id = 821;
exports.ids = [821];
exports.modules = {

/***/ 821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2635);
/* harmony import */ var _hooks_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(516);
/* harmony import */ var _hooks_install_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8074);
/* harmony import */ var _hooks_policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8371);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9006);
/** `steward hook install`: print or merge the managed-settings hooks block that runs Steward (docs/hooks.md). */








const HELP = `Usage: steward hook install [--print] [--managed-settings <file>] [--policy <dir>] [--command <steward>]
                            [--hook-command <steward-hook>] [--block-on-quota] [--compile-policy]

Prints (default, or --print) the "hooks" block that wires Steward into Claude Code,
or merges it into a managed settings file (--managed-settings), touching nothing else:
other hooks and keys stay, formatting and key order stay, and running it twice
changes nothing. A Steward handler already there ("... steward ... hook <name>") is
updated in place; a missing one is appended as its own matcher group.

  PreToolUse        steward-hook hook pre-tool-use --policy <dir>    (matcher "*", timeout 10 s)
  UserPromptSubmit  steward hook user-prompt-submit --policy <dir>   (timeout 10 s)
  Stop              steward hook stop --policy <dir>                 (timeout 30 s)
  SessionEnd        steward hook session-end --policy <dir>          (timeout 30 s)

Options:
  --managed-settings <file>  merge into this file (e.g. /etc/claude-code/managed-settings.json)
  --print                    print the block (also when merging: print the merged file instead of writing it)
  --policy <dir>             the deployed policy directory (default: /etc/claude-code/steward;
                             macOS /Library/Application Support/ClaudeCode/steward)
  --command <steward>        how to start Steward (default: steward; e.g. "node /opt/steward/cli/index.js")
  --hook-command <cmd>       how to start the fast PreToolUse hook, dist/hook/steward-hook.cjs, which Claude
                             Code runs before every tool call (default: steward-hook next to --command:
                             /usr/local/bin/steward -> /usr/local/bin/steward-hook,
                             "node /opt/steward/cli/index.js" -> "node /opt/steward/hook/steward-hook.cjs").
                             Give the --command value to run PreToolUse through the full CLI instead.
                             When merging, it must resolve on this machine.
  --block-on-quota           block new prompts once a quota is used up
  --compile-policy           also write the compiled-policy cache next to the policy (run as the
                             policy's owner, e.g. root, after each deploy; hooks then skip parsing),
                             and have the fast hook save its compiled code (steward-hook --write-code-cache)
`;
/** A hook command's words (double or single quotes group, as the shell would for plain paths). */
const commandWords = (command) => command.match(/"[^"]*"|'[^']*'|\S+/g)?.map((w) => w.replace(/^["']|["']$/g, "")) ?? [];
/**
 * Has the fast hook save V8's code cache next to its bundle (a call then
 * skips compiling its code). Returns the cache file, or why it was not written.
 */
function writeCodeCache(command) {
    const [program, ...args] = commandWords(command);
    if (program === undefined)
        return { problem: "no command" };
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)(program, [...args, "--write-code-cache"], {
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
            timeout: 60_000,
        });
        return { file: out.trim() };
    }
    catch (error) {
        const e = error;
        return { problem: e.stderr?.trim() || e.code || e.message };
    }
}
/**
 * The program (and for `node <file>`, the file) a hook command starts, when it
 * cannot be found: an absolute path that does not exist, or a name on no PATH
 * directory. Undefined when it resolves.
 */
function missingProgram(command, env, platform) {
    const [program, script] = commandWords(command);
    if (program === undefined)
        return command;
    const exts = platform === "win32" ? ["", ...(env.PATHEXT ?? ".EXE;.CMD").split(";")] : [""];
    const found = (name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(name) || /[\\/]/.test(name)
        ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(name)
        : (env.PATH ?? "")
            .split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)
            .some((dir) => dir !== "" && exts.some((ext) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${name}${ext}`))));
    if (!found(program))
        return program;
    if (/^node(\.exe)?$/i.test(program.replace(/^.*[\\/]/, "")) && script !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(script))
        return script;
    return undefined;
}
const command = {
    path: ["hook", "install"],
    summary: "Print or merge the managed-settings hooks block that runs Steward's hooks",
    help: HELP,
    async run(args, io) {
        const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Q)("hook install", args, {
            "managed-settings": { type: "string" },
            print: { type: "boolean" },
            policy: { type: "string" },
            command: { type: "string" },
            "block-on-quota": { type: "boolean" },
            "compile-policy": { type: "boolean" },
            "hook-command": { type: "string" },
        }, false);
        const steward = values.command ?? "steward";
        const fast = values["hook-command"] ?? (0,_hooks_install_js__WEBPACK_IMPORTED_MODULE_5__/* .fastHookCommand */ .n5)(steward);
        if (fast === undefined)
            io.logger.warning(`steward hook install: PreToolUse runs through "${steward}" (the full CLI, slower on every tool call); pass --hook-command with the path of steward-hook.cjs for the fast hook.`);
        const options = {
            command: steward,
            preToolUseCommand: fast ?? steward,
            policy: values.policy ?? io.env.STEWARD_POLICY_DIR ?? (0,_hooks_context_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultPolicyDir */ .DS)(process.platform),
            blockOnQuota: values["block-on-quota"] === true,
        };
        if (values["compile-policy"]) {
            const { policy, cached } = await (0,_hooks_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .loadHookPolicy */ .WW)(options.policy, { cache: "read-write" });
            const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(options.policy).isDirectory();
            io.logger.info(`policy ${policy.policyVersion ?? "(no version)"}: ${policy.roles.length} role(s), cache ${cached ? "already fresh" : "written"} at ${(0,_hooks_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .policyCachePath */ .u0)(options.policy, dir)}`);
            if (fast !== undefined) {
                const code = writeCodeCache(fast);
                if ("file" in code)
                    io.logger.info(`fast hook: code cache written at ${code.file}`);
                else
                    io.logger.warning(`steward hook install: "${fast} --write-code-cache" failed (${code.problem}); the hook works without its code cache, a few ms slower per call.`);
            }
        }
        const file = values["managed-settings"];
        if (file === undefined) {
            if (values["compile-policy"] && !values.print)
                return 0;
            io.stdout.write(`${JSON.stringify({ hooks: (0,_hooks_install_js__WEBPACK_IMPORTED_MODULE_5__/* .stewardHooks */ .rj)(options) }, null, 2)}\n`);
            return 0;
        }
        let text = "";
        let mode = 0o644;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, "utf8");
            mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).mode & 0o777;
        }
        catch (error) {
            if (error.code !== "ENOENT")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Cannot read ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error)}`, { file });
        }
        let merged;
        try {
            merged = (0,_hooks_install_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeStewardHooks */ .Bb)(text, options);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(error.message, { file, ...(error.hint ? { hint: error.hint } : {}) });
            throw error;
        }
        if (values.print) {
            io.stdout.write(merged.text);
            return 0;
        }
        // A hook command that does not start fails open: Claude Code runs the tool call unchecked.
        const missing = missingProgram(options.preToolUseCommand, io.env, process.platform);
        if (missing !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`The PreToolUse hook command "${options.preToolUseCommand}" does not start on this machine: ${missing} is not found. Nothing was changed.`, {
                hint: "Install the fast hook (dist/hook/ next to dist/cli/, e.g. ln -s /opt/steward/hook/steward-hook.cjs /usr/local/bin/steward-hook) or pass --hook-command.",
            });
        if (merged.changes.length === 0) {
            io.stdout.write(`${file}: Steward hooks already installed; nothing changed.\n`);
            return 0;
        }
        const tmp = `${file}.steward-${process.pid}.tmp`;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, merged.text, { mode });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Cannot write ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error)}`, {
                file,
                hint: "Managed settings are root-owned: run with sudo.",
            });
        }
        io.stdout.write(`${file}: ${merged.changes.join(", ")}.\n`);
        return 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


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

/***/ 8074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ STEWARD_EVENTS),
/* harmony export */   Bb: () => (/* binding */ mergeStewardHooks),
/* harmony export */   n5: () => (/* binding */ fastHookCommand),
/* harmony export */   nB: () => (/* binding */ isStewardHandler),
/* harmony export */   rj: () => (/* binding */ stewardHooks)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/**
 * The managed-settings hooks block that wires Steward into Claude Code, and
 * a merge of it into an existing settings file that touches nothing else:
 * other hooks, other keys, comments-free formatting and key order stay as
 * they are (jsonc-parser edits), and a second run changes nothing. Pure.
 */


/** The events Steward handles, their sub-command and timeout (seconds). */
const STEWARD_EVENTS = [
    { event: "PreToolUse", sub: "pre-tool-use", timeout: 10, matcher: "*" },
    { event: "UserPromptSubmit", sub: "user-prompt-submit", timeout: 10 },
    { event: "Stop", sub: "stop", timeout: 30 },
    { event: "SessionEnd", sub: "session-end", timeout: 30 },
];
const quote = (s) => /^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, "\\$1")}"`;
/** The `hooks` object Steward needs. */
function stewardHooks(options) {
    const out = {};
    for (const e of STEWARD_EVENTS) {
        const extra = e.sub === "user-prompt-submit" && options.blockOnQuota ? " --block-on-quota" : "";
        const program = e.sub === "pre-tool-use" ? (options.preToolUseCommand ?? options.command) : options.command;
        const handler = {
            type: "command",
            command: `${program} hook ${e.sub} --policy ${quote(options.policy)}${extra}`,
            timeout: e.timeout,
        };
        out[e.event] = ["matcher" in e ? { matcher: e.matcher, hooks: [handler] } : { hooks: [handler] }];
    }
    return out;
}
/**
 * The command of the fast PreToolUse hook installed next to a Steward
 * command (docs/hooks.md "Deploying to laptops"): `steward` ->
 * `steward-hook` in the same directory, `node .../cli/index.js` ->
 * `node .../hook/steward-hook.cjs`. Undefined for any other shape.
 */
function fastHookCommand(command) {
    const bin = /^((?:\S*[\\/])?)steward$/.exec(command);
    if (bin)
        return `${bin[1]}steward-hook`;
    const bundle = /([\\/])cli([\\/])index\.js(["']?)$/.exec(command);
    if (bundle)
        return `${command.slice(0, bundle.index)}${bundle[1]}hook${bundle[2]}steward-hook.cjs${bundle[3]}`;
    return undefined;
}
/** True when a handler command runs `steward hook <sub>` (any path to steward). */
function isStewardHandler(command, sub) {
    if (typeof command !== "string")
        return false;
    return /steward/i.test(command) && new RegExp(`(^|\\s)hook\\s+${sub}(\\s|$)`).test(command);
}
function formatting(text) {
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? "  ";
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    return indent.startsWith("\t")
        ? { insertSpaces: false, tabSize: 1, eol }
        : { insertSpaces: true, tabSize: indent.length, eol };
}
/**
 * Merges Steward's hooks into a settings file's text. Each Steward handler
 * already present (found by {@link isStewardHandler}) is updated in place;
 * a missing one is appended as a new matcher group after the event's other
 * groups. Throws ConfigurationError when the text is not a JSON object or
 * `hooks` has the wrong shape.
 */
function mergeStewardHooks(text, options) {
    const source = text.trim() === "" ? "{}\n" : text;
    const errors = [];
    const value = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse(source, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0 || value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("The managed settings file is not a JSON object; nothing was changed.", {
            hint: "Fix it first (steward lint shows where).",
        });
    }
    const fmt = formatting(source);
    const wanted = stewardHooks(options);
    let out = source;
    const changes = [];
    const apply = (path, v) => {
        out = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.applyEdits(out, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.modify(out, path, v, { formattingOptions: fmt }));
    };
    const appendToArray = (text, path, v, f) => {
        const arr = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree(text), path);
        const last = arr?.children?.[arr.children.length - 1];
        if (!last) {
            return jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.applyEdits(text, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.modify(text, [...path, 0], v, { formattingOptions: f, isArrayInsertion: true }));
        }
        // Insert after the last element by hand: jsonc-parser would re-format the elements before it.
        const lineStart = text.lastIndexOf("\n", last.offset) + 1;
        const lead = text.slice(lineStart, last.offset);
        const indent = /^[ \t]*$/.test(lead) ? lead : "";
        const unit = f.insertSpaces ? " ".repeat(f.tabSize ?? 2) : "\t";
        const eol = f.eol ?? "\n";
        const body = JSON.stringify(v, null, unit).split("\n").join(`${eol}${indent}`);
        const at = last.offset + last.length;
        return `${text.slice(0, at)},${eol}${indent}${body}${text.slice(at)}`;
    };
    for (const e of STEWARD_EVENTS) {
        const current = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse(out);
        const group = wanted[e.event][0];
        const handler = group.hooks[0];
        const hooks = current.hooks;
        if (hooks !== undefined && (hooks === null || typeof hooks !== "object" || Array.isArray(hooks)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('"hooks" in the managed settings file is not an object; nothing was changed.');
        const groups = hooks?.[e.event];
        if (groups === undefined) {
            apply(["hooks", e.event], [group]);
            changes.push(`added ${e.event}`);
            continue;
        }
        if (!Array.isArray(groups))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"hooks.${e.event}" is not an array; nothing was changed.`);
        let found = false;
        groups.forEach((g, i) => {
            const list = g?.hooks;
            if (!Array.isArray(list))
                return;
            list.forEach((h, j) => {
                if (found || !isStewardHandler(h?.command, e.sub))
                    return;
                found = true;
                const cur = h;
                if (cur.command !== handler.command || cur.timeout !== handler.timeout || cur.type !== "command") {
                    apply(["hooks", e.event, i, "hooks", j, "type"], "command");
                    apply(["hooks", e.event, i, "hooks", j, "command"], handler.command);
                    apply(["hooks", e.event, i, "hooks", j, "timeout"], handler.timeout);
                    changes.push(`updated ${e.event}`);
                }
            });
        });
        if (!found) {
            out = appendToArray(out, ["hooks", e.event], group, fmt);
            changes.push(`added ${e.event}`);
        }
    }
    return { text: out, changes };
}


/***/ })

};
;