"use strict";
exports.id = 508;
exports.ids = [508];
exports.modules = {

/***/ 1508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _permissions_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9006);
/** `steward permissions diff <base-dir> <head-dir>`: what a policy change does, per role. */




const HELP = `Usage: steward permissions diff <base-dir> <head-dir> [--format text|markdown|json]

Compares two policy directories (e.g. the base and head of a pull request).
Each directory may hold managed-settings.json, managed-settings.d/*.json,
enterprise-settings.json and role-mappings.json; each role's effective rules
are the org-level rules plus the role's own (no role-mappings.json: one role
named "default"). Both are evaluated on the curated probe set of sensitive
tool calls (secrets, cloud credentials, network, destructive commands,
publishing, force-push, privilege escalation, writes outside the project, MCP),
and the probes whose decision changed, and the rules added or removed, are
printed per role. Exit code 0 whether or not anything changed.

Options:
  --format <f>   text (default), markdown (the PR comment section) or json
`;
function toJson(diff) {
    return `${JSON.stringify({
        roles: diff.roles.map((r) => ({
            role: r.role,
            status: r.status,
            changes: r.changes.map((c) => ({
                probe: c.probe.id,
                title: c.probe.title,
                category: c.probe.category,
                before: c.before,
                after: c.after,
                beforeRule: c.beforeRule ?? null,
                afterRule: c.afterRule ?? null,
            })),
            rulesAdded: r.rulesAdded,
            rulesRemoved: r.rulesRemoved,
        })),
    }, null, 2)}\n`;
}
const permissionsDiff = {
    path: ["permissions", "diff"],
    summary: "Per-role effective-permission diff of two policy directories over the probe set",
    help: HELP,
    async run(args, io) {
        const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Q)("permissions diff", args, {
            format: { type: "string" },
        });
        if (values.help) {
            io.stdout.write(HELP);
            return 0;
        }
        if (positionals.length !== 2) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`steward permissions diff takes two directories, got ${positionals.length}.`, {
                hint: "Run 'steward permissions diff <base-dir> <head-dir>'.",
            });
        }
        const format = values.format ?? "text";
        if (!["text", "markdown", "json"].includes(format)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--format must be one of text, markdown, json; got "${format}".`);
        }
        const [baseArg, headArg] = positionals;
        const [baseSources, headSources] = await Promise.all([
            (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPolicyDirectory */ .y9)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, baseArg), baseArg),
            (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPolicyDirectory */ .y9)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, headArg), headArg),
        ]);
        const base = (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .rolePolicies */ .ns)(baseSources);
        const head = (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .rolePolicies */ .ns)(headSources);
        for (const d of head.diagnostics) {
            if (d.severity === "note")
                continue;
            io.logger.warning(`"${d.text}": ${d.message}`, {
                file: d.source.file,
                line: d.source.line,
                column: d.source.column,
                title: d.code,
            });
        }
        const diff = (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .diffPolicies */ .wR)(base.roles, head.roles);
        io.stdout.write(format === "json"
            ? toJson(diff)
            : format === "markdown"
                ? (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPolicyDiffMarkdown */ .d6)(diff)
                : (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPolicyDiffText */ .Xi)(diff));
        return 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (permissionsDiff);


/***/ })

};
;