"use strict";
exports.id = 61;
exports.ids = [61];
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

/***/ 516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DS: () => (/* binding */ defaultPolicyDir),
  ZI: () => (/* binding */ hookContext),
  jj: () => (/* binding */ hookFlags),
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
/** The hook flags from a command's parsed `--policy`, `--config` and `--log-dir` options. */
function hookFlags(values) {
    return {
        ...(values.policy !== undefined ? { policy: values.policy } : {}),
        ...(values.config !== undefined ? { config: values.config } : {}),
        ...(values["log-dir"] !== undefined ? { logDir: values["log-dir"] } : {}),
    };
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

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ DEFAULT_COUNTED),
/* harmony export */   WW: () => (/* binding */ loadHookPolicy),
/* harmony export */   fD: () => (/* binding */ rulesOf),
/* harmony export */   gt: () => (/* binding */ storedRuleSet),
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
        // throwIfNoEntry: a missing optional file is common and needs no error object.
        const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
        return s?.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
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
const CACHE_FORMAT = `steward-hook-policy/${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .STEWARD_VERSION */ .m}/3`;
/** The cache file's text: the header line, the role lines, the rule lines. */
function cacheFileText(key, packed) {
    const { rules, roles, ...meta } = packed;
    const body = [...roles.map((r) => ({ rules: r.rules, index: r.index })), ...rules].map((value) => `${JSON.stringify(value)}\n`);
    const lines = [0];
    for (const line of body)
        lines.push(lines[lines.length - 1] + Buffer.byteLength(line));
    const header = {
        format: CACHE_FORMAT,
        key,
        policy: {
            ...meta,
            roles: roles.map((r) => ({
                role: r.role,
                ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
            })),
        },
        lines,
    };
    return `${JSON.stringify(header)}\n${body.join("")}`;
}
/** Rule sets of the roles of policies read from the cache (see {@link storedRuleSet}). */
const storedSets = new WeakMap();
/** The role a hook decides with (or the org rules alone when the policy has no roles). */
function roleOf(policy, role) {
    if (policy.roles.length === 1 && policy.roleInfo.length === 0)
        return policy.roles[0];
    return policy.roles.find((r) => r.role === role);
}
/**
 * The role's rules as stored in the compiled-policy cache, when the policy
 * came from it (for shared/permissions `restoreRuleSet`; rules are parsed as
 * they are read). Undefined for a parsed policy or a role it does not define.
 */
function storedRuleSet(policy, role) {
    const r = roleOf(policy, role);
    return r ? storedSets.get(r)?.() : undefined;
}
/** The policy of a cache file whose header is parsed; the rest is parsed line by line when first read. */
function unpackPolicy(header, file, body) {
    const { roles, sources, ...rest } = header.policy;
    const line = (n) => {
        const start = header.lines[n];
        const end = header.lines[n + 1];
        if (start === undefined || end === undefined)
            throw new Error(`line ${n} is missing from the policy cache`);
        return JSON.parse(file.toString("utf8", body + start, body + end - 1));
    };
    const parsed = [];
    const ruleAt = (id) => {
        let rule = parsed[id];
        if (rule)
            return rule;
        const { s, ...fields } = line(roles.length + id);
        const [fileIndex, lineNumber, column] = s;
        rule = {
            ...fields,
            source: {
                ...sources[fileIndex],
                ...(lineNumber !== undefined && lineNumber !== null ? { line: lineNumber } : {}),
                ...(column !== undefined ? { column } : {}),
            },
        };
        parsed[id] = rule;
        return rule;
    };
    return {
        ...rest,
        roles: roles.map((r, n) => {
            let stored;
            const read = () => {
                stored ??= line(n);
                return stored;
            };
            let list;
            const role = {
                role: r.role,
                // Built (every rule of the role parsed) only when asked for, e.g. by `rulesOf`.
                get rules() {
                    list ??= read().rules.map(ruleAt);
                    return list;
                },
                ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
            };
            let set;
            storedSets.set(role, () => {
                if (!set) {
                    const { rules, index } = read();
                    set = { index, length: rules.length, ruleAt: (position) => ruleAt(rules[position]) };
                }
                return set;
            });
            return role;
        }),
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
        const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(cacheFile);
        const end = file.indexOf(10);
        const header = JSON.parse(file.toString("utf8", 0, end < 0 ? file.length : end));
        if (header.format !== CACHE_FORMAT || header.key !== key)
            return undefined;
        // A file of another length is not the one written with this header.
        if (end + 1 + (header.lines[header.lines.length - 1] ?? Number.NaN) !== file.length)
            return undefined;
        return unpackPolicy(header, file, end + 1);
    }
    catch {
        return undefined; // no cache, or a broken one: rebuild
    }
}
/** Writes the cache (packed by policy-build.ts `packPolicy`) atomically (temp file + rename); returns false when it cannot. */
function writePolicyCache(cacheFile, key, packed) {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, cacheFileText(key, packed), { mode: 0o644 });
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
    const build = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(648), __webpack_require__.e(295), __webpack_require__.e(314)]).then(__webpack_require__.bind(__webpack_require__, 4314));
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
        writePolicyCache(cacheFile, key, build.packPolicy(policy));
    return { policy, cached: false, cacheKey: key };
}
/** The rules of one role (or the org rules alone when the policy has no roles). */
function rulesOf(policy, role) {
    return roleOf(policy, role)?.rules;
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