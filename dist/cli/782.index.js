"use strict";
exports.id = 782;
exports.ids = [782];
exports.modules = {

/***/ 5782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _build_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4690);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9006);
/** `steward build <policy-dir> --out <dir>`: compile a policy repository into per-role managed settings (docs/build.md). */




const HELP = `Usage: steward build <policy-dir> --out <dir> [--region <name>] [--steward-only <file[#/pointer]>]...
                     [--commit <sha>] [--tar <file.tar.gz>] [--explain] [--format text|json]
                     [--steward-command <cmd>] [--policy-dir <dir>]

Compiles a policy repository into what each role's machines should hold:
  <out>/<role>/managed-settings.json   permissions (org + role), availableModels, model routing env,
                                       forced login, sandbox, Steward hooks, managed-only locks
  <out>/<role>/CLAUDE.md               the managed CLAUDE.md, @imports inlined
  <out>/role-mappings.json             index of each role's compiled rules ('steward permissions diff <build-a> <build-b>')
  <out>/build-manifest.json            every output's SHA-256, size and role; policyVersion and commit
Output JSON is canonical (sorted keys, 2-space indent, trailing newline): the same sources give the same bytes.
What the sources ask for that Claude Code cannot express (Write(path) rules, per-task model rules,
requireApproval, geo routing without --region, unknown settings keys) is an error at its file and line
unless --steward-only marks it. Exit 1 on any error; nothing is written then.

Options:
  --out <dir>              build directory (replaced; must be empty or a previous build)
  --region <name>          routing region of model-policy.json to build for (geo-aware routing)
  --steward-only <mark>    "file" or "file#/json/pointer": not compiled, not an error (repeatable)
  --commit <sha>           commit recorded in the manifest (default: $GITHUB_SHA)
  --tar <file>             also write a deterministic tar.gz of the build directory
  --explain                print, per output key, the source file and line that produced it
  --format <f>             explain format: text (default) or json
  --steward-command <cmd>  how Claude Code starts Steward in the hooks (default: steward)
  --policy-dir <dir>       deployed Steward policy directory named in the hooks
                           (default: enterprise-settings managedSettings.stewardDir.linux, else /etc/claude-code/steward)
\${VAR} placeholders (e.g. forceLoginOrgUUID) are read from the environment.
`;
function renderExplain(entries) {
    const out = [];
    let current = "";
    for (const e of entries) {
        if (e.output !== current) {
            current = e.output;
            out.push(`${current}:`);
        }
        const where = e.line ? `${e.file}:${e.line}` : e.file;
        out.push(`  ${e.key}  <-  ${where}${e.note ? `  (${e.note})` : ""}`);
    }
    return `${out.join("\n")}\n`;
}
const command = {
    path: ["build"],
    summary: "Compile a policy repository into per-role managed settings, CLAUDE.md and a digest manifest",
    help: HELP,
    async run(args, io) {
        const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Q)("build", args, {
            out: { type: "string" },
            region: { type: "string" },
            "steward-only": { type: "string", multiple: true },
            commit: { type: "string" },
            tar: { type: "string" },
            explain: { type: "boolean" },
            format: { type: "string" },
            "steward-command": { type: "string" },
            "policy-dir": { type: "string" },
        });
        if (values.help) {
            io.stdout.write(HELP);
            return 0;
        }
        if (positionals.length !== 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`steward build takes one policy directory, got ${positionals.length}.`, {
                hint: "Run 'steward build <policy-dir> --out <dir>'.",
            });
        }
        const format = values.format ?? "text";
        if (format !== "text" && format !== "json") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--format must be text or json; got "${format}".`);
        }
        if (values.out === undefined && !values.explain) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("steward build needs --out <dir> (or --explain to only explain).");
        }
        const policyDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, positionals[0]);
        const commit = values.commit ?? io.env.GITHUB_SHA;
        const options = {
            ...(values.region !== undefined ? { region: values.region } : {}),
            stewardOnly: values["steward-only"] ?? [],
            vars: io.env,
            ...(values["steward-command"] !== undefined ? { stewardCommand: values["steward-command"] } : {}),
            ...(values["policy-dir"] !== undefined ? { policyDir: values["policy-dir"] } : {}),
            ...(commit ? { commit } : {}),
        };
        const result = values.out === undefined
            ? (0,_build_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compilePolicy */ .C_)(await (0,_build_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readPolicyFiles */ .Qe)(policyDir), options)
            : (await (0,_build_index_js__WEBPACK_IMPORTED_MODULE_1__/* .buildToDirectory */ .R_)(policyDir, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.out), options)).result;
        let errors = 0;
        for (const d of result.diagnostics) {
            const location = {
                file: d.file,
                ...(d.line !== undefined ? { line: d.line } : {}),
                ...(d.column !== undefined ? { column: d.column } : {}),
                title: d.code,
            };
            // The logger prints the location; the text carries the rule id and the fix.
            const text = `${d.message}${d.hint ? ` (${d.hint})` : ""} [${d.code}]`;
            if (d.severity === "error") {
                errors++;
                io.logger.error(text, location);
            }
            else
                io.logger.warning(text, location);
        }
        if (values.explain) {
            io.stdout.write(format === "json" ? `${JSON.stringify(result.explain, null, 2)}\n` : renderExplain(result.explain));
        }
        if (errors > 0) {
            io.logger.error(`steward build: ${errors} error(s); nothing was written.`);
            return 1;
        }
        if (values.out !== undefined) {
            const out = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.out);
            if (!values.explain) {
                io.stdout.write(`Built policy ${result.policyVersion ?? "(no version)"}${result.region ? ` for region ${result.region}` : ""}: ${result.roles.length} role(s) (${result.roles.join(", ")}) -> ${out}\n`);
            }
            if (values.tar !== undefined) {
                const tar = await (0,_build_index_js__WEBPACK_IMPORTED_MODULE_1__/* .packBuildDirectory */ .T6)(out, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.tar));
                io.stdout.write(`${tar.path}  sha256 ${tar.sha256}  ${tar.size} bytes\n`);
            }
        }
        return 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


/***/ })

};
;