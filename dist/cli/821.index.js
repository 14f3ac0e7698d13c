export const id = 821;
export const ids = [821];
export const modules = {

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
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`steward ${commandName}: ${message.replace(/^TypeError.*?: /, "")}`, {
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

/***/ 821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _hooks_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(516);
/* harmony import */ var _hooks_install_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8074);
/* harmony import */ var _hooks_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8371);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9006);
/** `steward hook install`: print or merge the managed-settings hooks block that runs Steward (docs/hooks.md). */






const HELP = `Usage: steward hook install [--print] [--managed-settings <file>] [--policy <dir>] [--command <steward>]
                            [--block-on-quota] [--compile-policy]

Prints (default, or --print) the "hooks" block that wires Steward into Claude Code,
or merges it into a managed settings file (--managed-settings), touching nothing else:
other hooks and keys stay, formatting and key order stay, and running it twice
changes nothing. A Steward handler already there ("... steward ... hook <name>") is
updated in place; a missing one is appended as its own matcher group.

  PreToolUse        steward hook pre-tool-use --policy <dir>         (matcher "*", timeout 10 s)
  UserPromptSubmit  steward hook user-prompt-submit --policy <dir>   (timeout 10 s)
  Stop              steward hook stop --policy <dir>                 (timeout 30 s)
  SessionEnd        steward hook session-end --policy <dir>          (timeout 30 s)

Options:
  --managed-settings <file>  merge into this file (e.g. /etc/claude-code/managed-settings.json)
  --print                    print the block (also when merging: print the merged file instead of writing it)
  --policy <dir>             the deployed policy directory (default: /etc/claude-code/steward;
                             macOS /Library/Application Support/ClaudeCode/steward)
  --command <steward>        how to start Steward (default: steward; e.g. "node /opt/steward/index.js")
  --block-on-quota           block new prompts once a quota is used up
  --compile-policy           also write the compiled-policy cache next to the policy (run as the
                             policy's owner, e.g. root, after each deploy; hooks then skip parsing)
`;
const command = {
    path: ["hook", "install"],
    summary: "Print or merge the managed-settings hooks block that runs Steward's hooks",
    help: HELP,
    async run(args, io) {
        const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Q)("hook install", args, {
            "managed-settings": { type: "string" },
            print: { type: "boolean" },
            policy: { type: "string" },
            command: { type: "string" },
            "block-on-quota": { type: "boolean" },
            "compile-policy": { type: "boolean" },
        }, false);
        const options = {
            command: values.command ?? "steward",
            policy: values.policy ?? io.env.STEWARD_POLICY_DIR ?? (0,_hooks_context_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultPolicyDir */ .DS)(process.platform),
            blockOnQuota: values["block-on-quota"] === true,
        };
        if (values["compile-policy"]) {
            const { policy, cached } = await (0,_hooks_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .loadHookPolicy */ .WW)(options.policy, { cache: "read-write" });
            const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(options.policy).isDirectory();
            io.logger.info(`policy ${policy.policyVersion ?? "(no version)"}: ${policy.roles.length} role(s), cache ${cached ? "already fresh" : "written"} at ${(0,_hooks_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .policyCachePath */ .u0)(options.policy, dir)}`);
        }
        const file = values["managed-settings"];
        if (file === undefined) {
            if (values["compile-policy"] && !values.print)
                return 0;
            io.stdout.write(`${JSON.stringify({ hooks: (0,_hooks_install_js__WEBPACK_IMPORTED_MODULE_3__/* .stewardHooks */ .rj)(options) }, null, 2)}\n`);
            return 0;
        }
        let text = "";
        let mode = 0o644;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
            mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).mode & 0o777;
        }
        catch (error) {
            if (error.code !== "ENOENT")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Cannot read ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error)}`, { file });
        }
        let merged;
        try {
            merged = (0,_hooks_install_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeStewardHooks */ .Bb)(text, options);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(error.message, { file, ...(error.hint ? { hint: error.hint } : {}) });
            throw error;
        }
        if (values.print) {
            io.stdout.write(merged.text);
            return 0;
        }
        if (merged.changes.length === 0) {
            io.stdout.write(`${file}: Steward hooks already installed; nothing changed.\n`);
            return 0;
        }
        const tmp = `${file}.steward-${process.pid}.tmp`;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, merged.text, { mode });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Cannot write ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error)}`, {
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

/***/ 8074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ STEWARD_EVENTS),
/* harmony export */   Bb: () => (/* binding */ mergeStewardHooks),
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
        const handler = {
            type: "command",
            command: `${options.command} hook ${e.sub} --policy ${quote(options.policy)}${extra}`,
            timeout: e.timeout,
        };
        out[e.event] = ["matcher" in e ? { matcher: e.matcher, hooks: [handler] } : { hooks: [handler] }];
    }
    return out;
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


/***/ })

};
