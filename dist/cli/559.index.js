export const id = 559;
export const ids = [559];
export const modules = {

/***/ 4314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildHookPolicy: () => (/* binding */ buildHookPolicy),
/* harmony export */   parseJsonSource: () => (/* reexport safe */ _policy_json_source_js__WEBPACK_IMPORTED_MODULE_3__.X0)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _permissions_policy_roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5295);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8371);
/* harmony import */ var _policy_json_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1957);
/**
 * Building the hook policy from parsed policy files (pure). Loaded only when
 * the compiled-policy cache misses, so a cached hook call never parses JSON
 * with positions or rule strings (see policy.ts).
 */




/** JSON problems that make Claude Code drop a whole file; the hook then treats the policy as unreadable. */
const FATAL_JSON = new Set(["syntax", "comment", "trailing-comma", "empty-file", "multiple-values"]);
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
const nonNegInt = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
function contactOf(support) {
    if (!isObj(support))
        return null;
    const s = isObj(support.support) ? support.support : support;
    const contacts = isObj(s.contacts) ? s.contacts : undefined;
    for (const key of ["security", "primary"]) {
        const c = contacts?.[key];
        if (isObj(c) && typeof c.email === "string") {
            return typeof c.name === "string" ? `${c.name} <${c.email}>` : c.email;
        }
    }
    return null;
}
/** Throws a ConfigurationError when a source does not parse as a JSON object. */
function requireJson(source) {
    if (!source)
        return;
    const fatal = source.problems.find((p) => FATAL_JSON.has(p.code));
    if (fatal) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source.file}:${fatal.line}:${fatal.column}: ${fatal.message}`, {
            file: source.file,
            line: fatal.line,
            column: fatal.column,
        });
    }
    if (!isObj(source.value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source.file}: not a JSON object.`, { file: source.file });
}
/** Builds the hook policy from parsed sources. Pure; throws ConfigurationError for unusable files. */
function buildHookPolicy(sources, location, managedDir = _permissions_policy_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MANAGED_DIR */ ._i) {
    const all = [
        sources.managed,
        ...(sources.dropIns ?? []),
        sources.enterprise,
        sources.roleMappings,
        sources.governance,
        sources.support,
    ];
    if (!sources.managed &&
        !sources.enterprise &&
        !sources.roleMappings &&
        (sources.dropIns ?? []).length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`No policy files in ${location}.`, {
            hint: "Expected managed-settings.json, enterprise-settings.json or role-mappings.json.",
        });
    }
    for (const s of all)
        requireJson(s);
    const built = (0,_permissions_policy_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .rolePolicies */ .ns)(sources, managedDir);
    const mappings = (sources.roleMappings?.value ?? {});
    const roleMap = isObj(mappings.roleMappings) ? mappings.roleMappings : {};
    const roleInfo = Object.entries(roleMap).map(([name, raw]) => {
        const r = isObj(raw) ? raw : {};
        const q = isObj(r.quotas) ? r.quotas : {};
        const daily = nonNegInt(q.daily);
        const monthly = nonNegInt(q.monthly);
        return {
            name,
            idpGroups: strings(r.idpGroups),
            members: strings(r.members),
            quotas: { ...(daily !== undefined ? { daily } : {}), ...(monthly !== undefined ? { monthly } : {}) },
        };
    });
    const unit = isObj(mappings.quotaUnit) ? mappings.quotaUnit : undefined;
    const counted = unit
        ? strings(unit.countedTokens).filter((c) => _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE_COUNTERS */ .uk.includes(c))
        : [];
    const enterprise = isObj(sources.enterprise?.value) ? sources.enterprise.value : {};
    const ent = isObj(enterprise.enterprise) ? enterprise.enterprise : {};
    const versionOf = (v) => isObj(v) && typeof v.policyVersion === "string" ? v.policyVersion : undefined;
    const policyVersion = versionOf(ent) ??
        versionOf(sources.roleMappings?.value) ??
        versionOf(sources.managed?.value) ??
        (isObj(sources.managed?.value) && isObj(sources.managed.value.env)
            ? sources.managed.value.env.STEWARD_POLICY_VERSION
            : undefined) ??
        null;
    const gov = sources.governance?.value;
    const retention = isObj(gov) &&
        isObj(gov.governance) &&
        isObj(gov.governance.policies) &&
        isObj(gov.governance.policies.dataHandling)
        ? nonNegInt(gov.governance.policies.dataHandling.retentionDays)
        : undefined;
    return {
        location,
        roles: built.roles,
        roleInfo,
        defaultRole: typeof mappings.defaultRole === "string" ? mappings.defaultRole : null,
        countedTokens: counted.length > 0 ? counted : _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_COUNTED */ .$U,
        policyVersion: typeof policyVersion === "string" ? policyVersion : null,
        orgName: typeof ent.name === "string" ? ent.name : typeof ent.id === "string" ? ent.id : null,
        contact: contactOf(sources.support?.value),
        retentionDays: retention !== undefined && retention > 0 ? retention : null,
        warnings: built.diagnostics
            .filter((d) => d.severity !== "note")
            .map((d) => `${d.source.file ?? "?"}:${d.source.line ?? "?"}: "${d.text}": ${d.message}`),
    };
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
