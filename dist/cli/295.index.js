"use strict";
exports.id = 295;
exports.ids = [295];
exports.modules = {

/***/ 2318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseRule)
/* harmony export */ });
/* unused harmony export pathAnchor */
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2602);
/**
 * Parsing one permission rule string into a typed rule, or diagnostics that
 * point at the characters that are wrong (claude-code.md §3).
 */

/**
 * First path segments that, after a single leading `/`, almost certainly
 * meant an absolute path: `Read(/etc/passwd)` is relative to the settings
 * file, `Read(//etc/passwd)` is absolute.
 */
const ABSOLUTE_LOOKING_ROOTS = new Set([
    "etc",
    "usr",
    "var",
    "tmp",
    "home",
    "Users",
    "root",
    "opt",
    "private",
    "Library",
    "System",
    "Applications",
    "Volumes",
    "dev",
    "proc",
    "sys",
    "bin",
    "sbin",
    "mnt",
    "srv",
    "run",
    "snap",
    "nix",
]);
const TOOL_NAME_CHARS = /^[A-Za-z0-9_*-]+$/;
const PARAM_FORM = /^([A-Za-z_][A-Za-z0-9_]*):([\s\S]*)$/;
/**
 * Parses one rule string. `behavior` (the list it sits in) enables the
 * checks that depend on it (tool-name globs and parameter rules are ignored
 * in `allow`). Never throws.
 */
function parseRule(input, behavior) {
    const diagnostics = [];
    const diag = (code, severity, message, start, end, hint) => diagnostics.push({ code, severity, message, start, end, ...(hint ? { hint } : {}) });
    const fail = () => ({ rule: undefined, diagnostics });
    if (typeof input !== "string") {
        diag("not-a-string", "error", "A permission rule must be a string.", 0, 0, 'Write it as "Tool" or "Tool(specifier)".');
        return fail();
    }
    const raw = input;
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === "") {
        diag("empty-rule", "error", "Empty permission rule.", 0, raw.length, "Remove it.");
        return fail();
    }
    if (text.length !== raw.length) {
        diag("surrounding-whitespace", "warning", "The rule has leading or trailing whitespace.", 0, raw.length, `Write "${text}".`);
    }
    const open = text.indexOf("(");
    let name;
    let specifier;
    let specStart = 0; // offset of the specifier in `raw`
    if (open < 0) {
        name = text;
        const close = text.indexOf(")");
        if (close >= 0) {
            diag("unbalanced-parentheses", "error", "')' without a matching '('.", lead + close, lead + close + 1);
            return fail();
        }
    }
    else {
        name = text.slice(0, open);
        const lastClose = text.lastIndexOf(")");
        if (lastClose < open) {
            diag("unbalanced-parentheses", "error", "The specifier is not closed: '(' has no matching ')'.", lead + open, raw.length, `Add ')' at the end: "${text})".`);
            return fail();
        }
        if (lastClose !== text.length - 1) {
            diag("text-after-specifier", "error", "Text after the closing ')' of the specifier.", lead + lastClose + 1, lead + text.length, "Put everything inside the parentheses.");
            return fail();
        }
        specifier = text.slice(open + 1, lastClose);
        specStart = lead + open + 1;
        let depth = 0;
        let quote = "";
        for (let i = 0; i < specifier.length; i++) {
            const c = specifier[i];
            if (quote) {
                if (c === quote)
                    quote = "";
                continue;
            }
            if (c === "'" || c === '"')
                quote = c;
            else if (c === "(")
                depth++;
            else if (c === ")")
                depth--;
            if (depth < 0)
                break;
        }
        if (depth !== 0) {
            diag("unbalanced-specifier", "warning", "The parentheses inside the specifier are unbalanced; Claude Code reads everything up to the last ')'.", specStart, specStart + specifier.length);
        }
        if (specifier.trim() === "") {
            diag("empty-specifier", "error", `Empty specifier in "${text}".`, lead + open, lead + text.length, `Write "${name}" for the whole tool or put a pattern inside the parentheses.`);
            return fail();
        }
    }
    const nameRange = [lead, lead + name.length];
    if (name === "" || !TOOL_NAME_CHARS.test(name)) {
        diag("invalid-tool-name", "error", name === "" ? "The rule has no tool name." : `"${name}" is not a valid tool name.`, ...nameRange, 'Rules look like "Bash", "Bash(npm test)" or "mcp__server__tool".');
        return fail();
    }
    const make = (tool, matcher, inert) => ({
        rule: { text: raw, tool, specifier, matcher, inert },
        diagnostics,
    });
    const whole = specifier === undefined || specifier === "*";
    // MCP tools: mcp__server, mcp__server__*, mcp__server__tool, mcp__plugin_p_s__tool.
    if (name.startsWith("mcp__")) {
        const rest = name.slice(5);
        const sep = rest.indexOf("__");
        const server = sep < 0 ? rest : rest.slice(0, sep);
        const toolPart = sep < 0 ? "" : rest.slice(sep + 2);
        if (specifier !== undefined && specifier !== "*") {
            diag("mcp-specifier-ignored", "warning", "MCP rules take no specifier; the part in parentheses is not consulted.", specStart, specStart + specifier.length, `Write "${name}".`);
        }
        if (server === "" || server.includes("*")) {
            diag("mcp-server-wildcard", behavior === "allow" ? "error" : "warning", server === ""
                ? "The MCP rule names no server."
                : "A wildcard in an MCP server name: in allow Claude Code skips it; in deny/ask it is a glob over the full tool name and typos are never reported.", lead + 5, lead + 5 + Math.max(server.length, 1), "Name the server literally: mcp__<server> or mcp__<server>__<tool>.");
            if (server === "")
                return fail();
            return make(name, { kind: "tool-glob", pattern: name }, behavior === "allow" ? "tool-name glob in allow" : undefined);
        }
        return make(`mcp__${server}`, { kind: "mcp", server, toolPattern: toolPart === "" ? "*" : toolPart });
    }
    // Tool-name globs: "*", "B*" (deny/ask over the full name; skipped in allow).
    if (name.includes("*")) {
        if (!whole) {
            diag("glob-with-specifier", "error", "A tool-name glob cannot take a specifier.", ...nameRange);
            return fail();
        }
        let inert;
        if (behavior === "allow") {
            inert = "tool-name glob in allow";
            diag("tool-glob-in-allow", "warning", `"${name}" in allow is skipped by Claude Code: tool-name globs work only in deny and ask (or after a literal mcp__<server>__).`, ...nameRange, "List the tools to allow by name.");
        }
        return make(name, { kind: "tool-glob", pattern: name }, inert);
    }
    const canonical = (0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalTool */ .Zt)(name);
    if (canonical === undefined) {
        const suggestion = (0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .suggestTool */ .bo)(name);
        diag("unknown-tool", "warning", `Unknown tool "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`, ...nameRange, suggestion ? `Write "${suggestion}${specifier === undefined ? "" : `(${specifier})`}".` : undefined);
        if (whole)
            return make(name, { kind: "tool", tool: name });
        return make(name, { kind: "specifier", tool: name, pattern: specifier });
    }
    if ((0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_ALIASES */ .YT, name)) {
        diag("legacy-alias", "note", `"${name}" is the legacy name of "${canonical}".`, ...nameRange, `Write "${canonical}".`);
    }
    if (name === "MultiEdit") {
        diag("legacy-tool", "note", '"MultiEdit" is a legacy tool; "Edit" rules cover it.', ...nameRange);
    }
    if (whole)
        return make(canonical, { kind: "tool", tool: canonical });
    const spec = specifier;
    const specEnd = specStart + spec.length;
    // Parameter rules: Tool(field:value) on a known top-level field.
    const param = PARAM_FORM.exec(spec);
    const fields = (0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_INPUT_FIELDS */ .qq, canonical) ?? [];
    // `Bash(timeout:*)` is the legacy prefix form for the `timeout` command, not "any timeout value" (docs/permissions.md).
    const legacyPrefix = (canonical === "Bash" || canonical === "PowerShell") && param?.[2] === "*";
    if (param &&
        !legacyPrefix &&
        fields.includes(param[1]) &&
        !(canonical === "WebFetch" && param[1] === "domain")) {
        const field = param[1];
        if (_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIMARY_FIELDS */ .dN.has(field)) {
            diag("primary-field-parameter", "warning", `"${canonical}(${field}:...)" is ignored by Claude Code: parameter rules cannot use the primary field "${field}".`, specStart, specStart + field.length + 1, `Write "${canonical}(${param[2]})".`);
            return make(canonical, { kind: "param", tool: canonical, field, pattern: param[2] }, "primary field parameter");
        }
        let inert;
        if (behavior === "allow") {
            inert = "parameter rule in allow";
            diag("parameter-rule-in-allow", "warning", "Parameter rules work only in deny and ask; Claude Code ignores this one in allow.", specStart, specEnd);
        }
        return make(canonical, { kind: "param", tool: canonical, field, pattern: param[2] }, inert);
    }
    if (_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .PATH_IGNORING_TOOLS */ ._T.has(canonical)) {
        const replacement = canonical === "Glob" ? "Read" : "Edit";
        diag("path-specifier-ignored", "warning", `Claude Code accepts "${canonical}(path)" but never consults it; it does not restrict anything.`, specStart, specEnd, `Write "${replacement}(${spec})": ${replacement} rules cover ${canonical === "Glob" ? "Glob and Grep" : "every editing tool"}.`);
        return make(canonical, { kind: "specifier", tool: canonical, pattern: spec }, "path specifier never consulted");
    }
    switch (canonical) {
        case "Bash":
        case "PowerShell": {
            if (spec === ":*") {
                diag("colon-star-alone", "error", `"${canonical}(:*)" is invalid.`, specStart, specEnd, `Write "${canonical}".`);
                return fail();
            }
            let pattern = spec;
            const colonStar = spec.indexOf(":*");
            if (spec.endsWith(":*")) {
                pattern = `${spec.slice(0, -2)} *`;
                diag("legacy-colon-star", "note", `The legacy suffix ":*" means " *" (a word-boundary prefix).`, specEnd - 2, specEnd, `Write "${canonical}(${pattern})".`);
            }
            if (colonStar >= 0 && colonStar !== spec.length - 2) {
                diag("colon-star-not-at-end", "warning", '":*" means a prefix only at the end; here the colon is a literal character.', specStart + colonStar, specStart + colonStar + 2, `Write "${spec.slice(0, colonStar)} *${spec.slice(colonStar + 2)}" if you meant a wildcard.`);
            }
            return make(canonical, { kind: "command", tool: canonical, pattern });
        }
        case "Read":
        case "Edit": {
            const { anchor, pattern } = pathAnchor(spec);
            if (anchor === "settings") {
                const first = pattern.split("/")[0] ?? "";
                if (ABSOLUTE_LOOKING_ROOTS.has(first)) {
                    diag("settings-relative-path", "warning", `"/${pattern}" is relative to the settings file's root, not the filesystem root.`, specStart, specStart + 1, `Write "${canonical}(/${spec})" (two slashes) for an absolute path.`);
                }
            }
            return make(canonical, { kind: "path", tool: canonical, anchor, pattern });
        }
        case "WebFetch": {
            if (!spec.startsWith("domain:")) {
                diag("webfetch-specifier", "error", 'WebFetch rules take "domain:<host>"; this specifier matches nothing.', specStart, specEnd, `Write "WebFetch(domain:${hostOf(spec)})".`);
                return fail();
            }
            const domain = spec.slice(7).trim();
            if (domain === "") {
                diag("empty-specifier", "error", "Empty domain.", specStart, specEnd, 'Write "WebFetch(domain:example.com)".');
                return fail();
            }
            if (domain === "*")
                return make(canonical, { kind: "tool", tool: "WebFetch" });
            return make(canonical, { kind: "domain", pattern: domain.toLowerCase() });
        }
        case "Agent":
            return make(canonical, { kind: "agent", pattern: spec });
        case "Skill":
            return make(canonical, { kind: "skill", pattern: spec });
        default: {
            if ((0,_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(_tools_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECIFIER_FIELD */ .yU, canonical) !== undefined) {
                return make(canonical, { kind: "specifier", tool: canonical, pattern: spec });
            }
            diag("specifier-not-consulted", "warning", `"${canonical}" takes no specifier; Claude Code never matches this rule.`, specStart, specEnd, `Write "${canonical}" for the whole tool.`);
            return make(canonical, { kind: "specifier", tool: canonical, pattern: spec }, "specifier not consulted");
        }
    }
}
function hostOf(spec) {
    try {
        return new URL(spec).hostname || spec;
    }
    catch {
        return spec;
    }
}
/** Splits a Read/Edit specifier into its anchor and the pattern after it (claude-code.md §3 Read/Edit). */
function pathAnchor(spec) {
    const clean = (p) => {
        const trimmed = p.replace(/\/+$/, "");
        return trimmed === "" ? "**" : trimmed;
    };
    if (spec.startsWith("//"))
        return { anchor: "absolute", pattern: clean(spec.replace(/^\/+/, "")) };
    if (spec === "~")
        return { anchor: "home", pattern: "**" };
    if (spec.startsWith("~/"))
        return { anchor: "home", pattern: clean(spec.slice(2)) };
    if (spec.startsWith("/"))
        return { anchor: "settings", pattern: clean(spec.slice(1)) };
    if (spec.startsWith("./"))
        return { anchor: "cwd", pattern: clean(spec.slice(2)) };
    if (spec === ".")
        return { anchor: "cwd", pattern: "**" };
    const pattern = clean(spec);
    return { anchor: pattern.includes("/") ? "relative" : "anywhere", pattern };
}


/***/ }),

/***/ 5295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _i: () => (/* binding */ DEFAULT_MANAGED_DIR),
/* harmony export */   ns: () => (/* binding */ rolePolicies),
/* harmony export */   y9: () => (/* binding */ loadPolicyDirectory)
/* harmony export */ });
/* unused harmony export DEFAULT_ROLE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _policy_json_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1957);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4044);
/**
 * A policy directory -> one effective rule set per role: org-level rules
 * (managed-settings.json + managed-settings.d/*.json, enterprise-settings.json)
 * merged with each role's rules from role-mappings.json. Pure over parsed
 * sources, plus a small fs wrapper ({@link loadPolicyDirectory}).
 */





/** Where the managed files are deployed; `/path` rules in them are relative to it (docs/permissions.md). */
const DEFAULT_MANAGED_DIR = "/etc/claude-code";
/** Name of the role used when there is no role-mappings.json. */
const DEFAULT_ROLE = "default";
/** Builds one policy per role from parsed sources. Pure. */
function rolePolicies(sources, managedDir = DEFAULT_MANAGED_DIR) {
    const managed = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeDropIns */ .Eo)(sources.managed ? (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .layerFromSource */ .bI)(sources.managed, "managed", managedDir) : undefined, (sources.dropIns ?? []).map((s) => (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .layerFromSource */ .bI)(s, "managed", managedDir)));
    const enterprise = sources.enterprise
        ? (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .layerFromSource */ .bI)(sources.enterprise, "managed", managedDir)
        : undefined;
    const org = [managed, enterprise].filter((l) => l !== undefined);
    const diagnostics = org.flatMap((l) => [...(l.diagnostics ?? [])]);
    const mappings = sources.roleMappings?.value;
    const roleNames = mappings &&
        typeof mappings.roleMappings === "object" &&
        mappings.roleMappings !== null &&
        !Array.isArray(mappings.roleMappings)
        ? Object.keys(mappings.roleMappings)
        : [];
    if (roleNames.length === 0) {
        const merged = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeLayers */ .J)(org);
        return {
            roles: [{ role: DEFAULT_ROLE, rules: merged.rules, sandboxEnabled: merged.sandboxEnabled }],
            diagnostics,
        };
    }
    const roles = roleNames.map((role) => {
        const built = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .rulesAt */ .hC)(sources.roleMappings, ["roleMappings", role, "permissions"], "managed", managedDir);
        diagnostics.push(...built.diagnostics);
        const merged = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeLayers */ .J)([
            ...org,
            { scope: "managed", file: sources.roleMappings?.file, settings: {}, rules: built.rules },
        ]);
        return { role, rules: merged.rules, sandboxEnabled: merged.sandboxEnabled };
    });
    return { roles, diagnostics };
}
async function readIfPresent(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read ${path}: ${error.message}`, {
            file: path,
            cause: error,
        });
    }
}
/**
 * Reads a policy directory. File names in sources are `<label>/<name>` so
 * base and head stay distinguishable. Missing files are simply absent; a
 * missing directory is a ConfigurationError.
 */
async function loadPolicyDirectory(dir, label = dir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Policy directory ${dir} cannot be read.`, {
            hint: "Pass a directory that holds managed-settings.json, enterprise-settings.json or role-mappings.json.",
            cause: error,
        });
    }
    const load = async (name) => {
        const text = await readIfPresent((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
        return text === undefined ? undefined : (0,_policy_json_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonSource */ .X0)(text, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(label, name));
    };
    const dropIns = [];
    if (entries.includes("managed-settings.d")) {
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "managed-settings.d")))
            .filter((n) => n.endsWith(".json") && !n.startsWith("."))
            .sort();
        for (const name of names) {
            const source = await load((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)("managed-settings.d", name));
            if (source)
                dropIns.push(source);
        }
    }
    const [managed, enterprise, roleMappings] = await Promise.all([
        load("managed-settings.json"),
        load("enterprise-settings.json"),
        load("role-mappings.json"),
    ]);
    return {
        ...(managed ? { managed } : {}),
        dropIns,
        ...(enterprise ? { enterprise } : {}),
        ...(roleMappings ? { roleMappings } : {}),
    };
}


/***/ }),

/***/ 8806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ buildRules)
/* harmony export */ });
/* unused harmony export rulesFrom */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2318);
/**
 * Turning the `permissions` lists of a settings object into placed rules,
 * with the diagnostics Claude Code would print for the ones it skips.
 */

/**
 * Parses the lists into rules in evaluation order (deny, ask, allow; each in
 * file order). `sourceOf` places each entry (file/line), defaulting to `source`.
 */
function buildRules(lists, source, sourceOf) {
    const rules = [];
    const diagnostics = [];
    for (const behavior of ["deny", "ask", "allow"]) {
        const list = lists[behavior];
        if (!Array.isArray(list))
            continue;
        list.forEach((text, entry) => {
            const where = sourceOf ? sourceOf(behavior, entry) : source;
            const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRule */ .i)(text, behavior);
            for (const d of parsed.diagnostics) {
                diagnostics.push({
                    ...d,
                    behavior,
                    entry,
                    text: typeof text === "string" ? text : JSON.stringify(text),
                    source: where,
                });
            }
            if (parsed.rule)
                rules.push({ ...parsed.rule, behavior, source: where });
        });
    }
    return { rules, diagnostics };
}
/** Convenience for tests and probes: rules from plain lists with one source. */
function rulesFrom(lists, source = { scope: "project" }) {
    return buildRules(lists, source).rules;
}


/***/ }),

/***/ 4044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ mergeDropIns),
/* harmony export */   J: () => (/* binding */ mergeLayers),
/* harmony export */   bI: () => (/* binding */ layerFromSource),
/* harmony export */   hC: () => (/* binding */ rulesAt)
/* harmony export */ });
/* unused harmony exports hasPolicyKeys, selectManagedSource */
/* harmony import */ var _policy_json_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1957);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8806);
/**
 * Rules from parsed settings JSON with the file, line and column of every
 * entry, and the merge of settings layers the way Claude Code does it
 * (claude-code.md §1).
 */


function objectAt(value, path) {
    let v = value;
    for (const key of path) {
        if (v === null || typeof v !== "object")
            return undefined;
        v = v[key];
    }
    return v;
}
/**
 * Reads the `allow`/`ask`/`deny` lists found at `path` in a parsed JSON
 * source (`["permissions"]` for settings, `["roleMappings", role,
 * "permissions"]` for role mappings), placing each rule at its line.
 */
function rulesAt(json, path, scope, root) {
    const lists = objectAt(json.value, path);
    if (lists === null || typeof lists !== "object" || Array.isArray(lists))
        return { rules: [], diagnostics: [] };
    const base = { scope, file: json.file, ...(root !== undefined ? { root } : {}) };
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .buildRules */ .a)(lists, base, (behavior, entry) => {
        const node = (0,_policy_json_source_js__WEBPACK_IMPORTED_MODULE_0__/* .findNode */ .cy)(json, [...path, behavior, entry]);
        if (!node)
            return base;
        const { line, column } = json.position(node.offset);
        return { ...base, line, column };
    });
}
const PRECEDENCE = ["managed", "cli", "local", "project", "user"];
/** True when a settings object has at least one key (a managed source "counts" only then). */
function hasPolicyKeys(settings) {
    return settings !== null && typeof settings === "object" && Object.keys(settings).length > 0;
}
/**
 * Merges managed-settings.json and its `managed-settings.d/*.json` drop-ins
 * (claude-code.md §1 "Drop-ins"): base first, then drop-ins by file name;
 * rule lists union with duplicates removed (the first occurrence is kept).
 */
function mergeDropIns(base, dropIns) {
    const ordered = [...dropIns].sort((a, b) => (a.file ?? "") < (b.file ?? "") ? -1 : (a.file ?? "") > (b.file ?? "") ? 1 : 0);
    const all = base ? [base, ...ordered] : ordered;
    if (all.length === 0)
        return undefined;
    const seen = new Set();
    const rules = [];
    const settings = {};
    for (const layer of all) {
        mergeObject(settings, layer.settings);
        for (const rule of layer.rules) {
            const key = `${rule.behavior}\u0000${rule.text}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            rules.push(rule);
        }
    }
    return {
        scope: "managed",
        ...(all[0]?.file !== undefined ? { file: all[0].file } : {}),
        settings,
        rules: sortByBehavior(rules),
        diagnostics: all.flatMap((l) => l.diagnostics ?? []),
    };
}
function mergeObject(target, source) {
    if (source === null || typeof source !== "object" || Array.isArray(source))
        return;
    for (const [key, value] of Object.entries(source)) {
        const current = target[key];
        if (Array.isArray(value))
            target[key] = Array.isArray(current) ? [...current, ...value] : [...value];
        else if (value !== null && typeof value === "object") {
            const next = current !== null && typeof current === "object" && !Array.isArray(current) ? { ...current } : {};
            mergeObject(next, value);
            target[key] = next;
        }
        else
            target[key] = value;
    }
}
function sortByBehavior(rules) {
    const order = { deny: 0, ask: 1, allow: 2 };
    return [...rules].sort((a, b) => order[a.behavior] - order[b.behavior]);
}
/**
 * Picks the one managed source Claude Code uses (claude-code.md §1 "One
 * managed source wins, no merge"): the first, in the order given (remote,
 * plist/HKLM, file + drop-ins, HKCU), that has at least one key.
 */
function selectManagedSource(candidates) {
    return candidates.find((c) => c !== undefined && hasPolicyKeys(c.settings));
}
/**
 * Merges layers into the effective policy (claude-code.md §1): rule arrays
 * concatenate across layers (highest precedence first), scalars come from
 * the highest layer, and a managed `allowManagedPermissionRulesOnly` drops
 * every other layer's rules. Pass at most one managed layer (see
 * {@link selectManagedSource}); extra managed layers are treated as one
 * source in the order given.
 */
function mergeLayers(layers) {
    const ordered = [...layers].sort((a, b) => PRECEDENCE.indexOf(a.scope) - PRECEDENCE.indexOf(b.scope));
    const managedOnly = ordered.some((l) => l.scope === "managed" && objectAt(l.settings, ["allowManagedPermissionRulesOnly"]) === true);
    const scalar = (path) => {
        for (const layer of ordered) {
            const v = objectAt(layer.settings, path);
            if (v !== undefined)
                return v;
        }
        return undefined;
    };
    const kept = ordered.filter((l) => !managedOnly || l.scope === "managed");
    const rules = sortByBehavior(kept.flatMap((l) => l.rules));
    const mode = scalar(["permissions", "defaultMode"]);
    return {
        rules,
        diagnostics: ordered.flatMap((l) => l.diagnostics ?? []),
        sandboxEnabled: scalar(["sandbox", "enabled"]) === true,
        defaultMode: typeof mode === "string" ? mode : undefined,
        managedRulesOnly: managedOnly,
    };
}
/** A settings layer from a parsed JSON source. */
function layerFromSource(json, scope, root) {
    const built = rulesAt(json, ["permissions"], scope, root);
    return { scope, file: json.file, settings: json.value, rules: built.rules, diagnostics: built.diagnostics };
}


/***/ }),

/***/ 1957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ nodeValue),
/* harmony export */   RW: () => (/* binding */ keyNodeOf),
/* harmony export */   X0: () => (/* binding */ parseJsonSource),
/* harmony export */   cy: () => (/* binding */ findNode)
/* harmony export */ });
/* unused harmony exports createPositioner, nodeRange */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/**
 * JSON parsed with source positions. Claude Code reads settings as strict JSON
 * (claude-code.md §1): a comment, a trailing comma or a BOM can make it drop a
 * whole file, so each is a problem here with its exact line and column. The
 * tree is still built (jsonc-parser recovers) so later checks can run on the
 * rest of the file.
 */

/** jsonc-parser's ParseErrorCode values (a const enum, which isolated modules cannot read). */
const E = {
    InvalidSymbol: 1,
    InvalidNumberFormat: 2,
    PropertyNameExpected: 3,
    ValueExpected: 4,
    ColonExpected: 5,
    CommaExpected: 6,
    CloseBraceExpected: 7,
    CloseBracketExpected: 8,
    EndOfFileExpected: 9,
    InvalidCommentToken: 10,
    UnexpectedEndOfComment: 11,
    UnexpectedEndOfString: 12,
    UnexpectedEndOfNumber: 13,
    InvalidUnicode: 14,
    InvalidEscapeCharacter: 15,
    InvalidCharacter: 16,
};
const errorText = {
    [E.InvalidSymbol]: "unexpected character",
    [E.InvalidNumberFormat]: "invalid number",
    [E.PropertyNameExpected]: "expected a property name in double quotes",
    [E.ValueExpected]: "expected a value",
    [E.ColonExpected]: "expected ':' after the property name",
    [E.CommaExpected]: "expected ',' between values",
    [E.CloseBraceExpected]: "expected '}' to close the object",
    [E.CloseBracketExpected]: "expected ']' to close the array",
    [E.EndOfFileExpected]: "more than one top-level value",
    [E.InvalidCommentToken]: "invalid comment",
    [E.UnexpectedEndOfComment]: "unterminated comment",
    [E.UnexpectedEndOfString]: "unterminated string",
    [E.UnexpectedEndOfNumber]: "unterminated number",
    [E.InvalidUnicode]: "invalid unicode escape",
    [E.InvalidEscapeCharacter]: "invalid escape character",
    [E.InvalidCharacter]: "invalid character in a string (control characters must be escaped)",
};
/** Builds an offset -> line/column converter over `text`. */
function createPositioner(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10)
            starts.push(i + 1);
    }
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
    };
}
/** Parses `text` (the contents of `file`) as strict JSON, keeping positions. */
function parseJsonSource(text, file) {
    const position = createPositioner(text);
    const problems = [];
    const reported = new Set();
    const problem = (code, message, offset, length) => {
        // jsonc-parser can report one mistake twice (e.g. a trailing comma as two errors)
        const key = `${code}:${offset}`;
        if (reported.has(key))
            return;
        reported.add(key);
        const start = position(offset);
        const end = position(offset + Math.max(length, 1));
        problems.push({
            code,
            message,
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
        });
    };
    if (text.charCodeAt(0) === 0xfeff) {
        problem("bom", "The file starts with a byte order mark (BOM); strict JSON parsers, Claude Code's included, may reject it. Save the file as UTF-8 without BOM.", 0, 1);
    }
    if (text.trim() === "" || text === "\ufeff") {
        problem("empty-file", "The file is empty; a JSON file needs at least `{}`.", 0, 0);
        return { file, text, root: undefined, value: undefined, problems, position };
    }
    // Comments are reported by a scan, since jsonc-parser accepts them silently.
    jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit(text, {
        onComment(offset, length) {
            problem("comment", "Comments are not allowed in JSON; Claude Code rejects a settings file that has one. Remove the comment (or move the note into a `$comment` string property where the schema allows it).", offset, length);
        },
    }, { disallowComments: false, allowTrailingComma: true });
    const errors = [];
    const root = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree(text, errors, { disallowComments: false, allowTrailingComma: false });
    for (const e of errors) {
        if (e.error === E.InvalidCommentToken)
            continue;
        const trailing = isTrailingComma(text, e);
        if (trailing !== undefined) {
            problem("trailing-comma", "Trailing comma: strict JSON does not allow a comma before '}' or ']'; Claude Code drops a settings file that has one. Remove the comma.", trailing, 1);
            continue;
        }
        if (e.error === E.EndOfFileExpected) {
            problem("multiple-values", "Unexpected content after the end of the JSON value: a JSON file holds exactly one value (two objects one after the other are not valid).", e.offset, e.length);
            continue;
        }
        const what = errorText[e.error] ?? `parse error ${e.error}`;
        if (e.error === E.InvalidCharacter) {
            // jsonc-parser points at the string; point at the character itself
            let at = e.offset;
            while (at < e.offset + e.length && text.charCodeAt(at) >= 0x20)
                at++;
            problem("syntax", `JSON syntax error: ${what}.`, at < e.offset + e.length ? at : e.offset, 1);
            continue;
        }
        problem("syntax", `JSON syntax error: ${what}.`, e.offset, e.length);
    }
    if (root)
        findDuplicateKeys(root, problem);
    let value;
    try {
        value = root ? jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.getNodeValue(root) : undefined;
    }
    catch {
        value = undefined;
    }
    return { file, text, root, value, problems, position };
}
/** Offset of the trailing comma behind this error, if the error is one. */
function isTrailingComma(text, e) {
    if (e.error !== E.PropertyNameExpected && e.error !== E.ValueExpected) {
        return undefined;
    }
    const next = text[e.offset];
    if (next !== "}" && next !== "]")
        return undefined;
    let i = e.offset - 1;
    for (;;) {
        while (i >= 0 && /\s/.test(text[i] ?? ""))
            i--;
        // skip a comment that sits between the comma and the bracket
        if (i >= 1 && text[i] === "/" && text[i - 1] === "*") {
            const open = text.lastIndexOf("/*", i - 2);
            if (open < 0)
                return undefined;
            i = open - 1;
            continue;
        }
        break;
    }
    return text[i] === "," ? i : undefined;
}
function findDuplicateKeys(node, problem) {
    const stack = [node];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.type === "object" && current.children) {
            const seen = new Map();
            for (const property of current.children) {
                const key = property.children?.[0];
                if (!key || typeof key.value !== "string")
                    continue;
                const earlier = seen.get(key.value);
                if (earlier) {
                    problem("duplicate-key", `Duplicate key "${key.value}": JSON parsers keep only the last one, so the earlier value is silently lost. Merge the two into one key.`, key.offset, key.length);
                }
                else {
                    seen.set(key.value, key);
                }
            }
        }
        if (current.children)
            for (const child of current.children)
                stack.push(child);
    }
}
/** The node at `path` (property names and array indexes), if present. */
function findNode(source, path) {
    return source.root ? jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation(source.root, [...path]) : undefined;
}
/** The JavaScript value of a node. */
function nodeValue(node) {
    return jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.getNodeValue(node);
}
/** The position of a node's start, and of its end. */
function nodeRange(source, node) {
    return { start: source.position(node.offset), end: source.position(node.offset + node.length) };
}
/** For a property value node, the node of its key (to point at the key rather than the value). */
function keyNodeOf(node) {
    return node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
}


/***/ })

};
;