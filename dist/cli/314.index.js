"use strict";
exports.id = 314;
exports.ids = [314];
exports.modules = {

/***/ 4314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildHookPolicy: () => (/* binding */ buildHookPolicy),
/* harmony export */   packPolicy: () => (/* binding */ packPolicy),
/* harmony export */   parseJsonSource: () => (/* reexport safe */ _policy_json_source_js__WEBPACK_IMPORTED_MODULE_4__.X0)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _permissions_match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7648);
/* harmony import */ var _permissions_policy_roles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5295);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8371);
/* harmony import */ var _policy_json_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1957);
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
function buildHookPolicy(sources, location, managedDir = _permissions_policy_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MANAGED_DIR */ ._i) {
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
    const built = (0,_permissions_policy_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .rolePolicies */ .ns)(sources, managedDir);
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
        ? strings(unit.countedTokens).filter((c) => _policy_js__WEBPACK_IMPORTED_MODULE_3__/* .USAGE_COUNTERS */ .uk.includes(c))
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
        countedTokens: counted.length > 0 ? counted : _policy_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_COUNTED */ .$U,
        policyVersion: typeof policyVersion === "string" ? policyVersion : null,
        orgName: typeof ent.name === "string" ? ent.name : typeof ent.id === "string" ? ent.id : null,
        contact: contactOf(sources.support?.value),
        retentionDays: retention !== undefined && retention > 0 ? retention : null,
        warnings: built.diagnostics
            .filter((d) => d.severity !== "note")
            .map((d) => `${d.source.file ?? "?"}:${d.source.line ?? "?"}: "${d.text}": ${d.message}`),
    };
}
/**
 * The compiled-policy cache's content for a policy (see policy.ts
 * `CachedPolicy`): each distinct rule once, each rule file once, and per role
 * its rule indexes and the match index of its rules.
 */
function packPolicy(policy) {
    const ruleIds = new Map();
    const sourceIds = new Map();
    const sources = [];
    const rules = [];
    const roles = policy.roles.map((r) => ({
        role: r.role,
        rules: r.rules.map((rule) => {
            let i = ruleIds.get(rule);
            if (i === undefined) {
                i = rules.length;
                ruleIds.set(rule, i);
                const { source, ...rest } = rule;
                const { line, column, ...file } = source;
                const fileKey = JSON.stringify([file.scope, file.file, file.root]);
                let s = sourceIds.get(fileKey);
                if (s === undefined) {
                    s = sources.length;
                    sourceIds.set(fileKey, s);
                    sources.push(file);
                }
                rules.push({
                    ...rest,
                    s: column !== undefined ? [s, line ?? null, column] : line !== undefined ? [s, line] : [s],
                });
            }
            return i;
        }),
        index: (0,_permissions_match_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleSetIndex */ .Ps)((0,_permissions_match_js__WEBPACK_IMPORTED_MODULE_1__/* .compileRules */ .nb)(r.rules)),
        ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
    }));
    return { ...policy, sources, rules, roles };
}


/***/ })

};
;