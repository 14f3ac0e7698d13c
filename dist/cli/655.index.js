"use strict";
exports.id = 655;
exports.ids = [655];
exports.modules = {

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _build_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4690);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2635);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9006);
/** `steward doctor`: check this machine's Claude Code setup against the published policy (docs/build.md). */






const HELP = `Usage: steward doctor [--manifest <build-manifest.json>] [--role <role>] [--root <dir>] [--platform <p>] [--json]

Checks what this machine really runs against the published policy:
  managed-settings   the managed settings file at the OS path (macOS /Library/Application Support/ClaudeCode/,
                     Linux /etc/claude-code/, Windows C:\\Program Files\\ClaudeCode\\) is present and valid JSON
  settings-digest    its SHA-256 equals the manifest's entry for the role (or, without --role, some role's)
  claude-md-digest   the managed CLAUDE.md equals the manifest's entry for the role
  hooks              every Steward command in the hooks block resolves on PATH and starts (--version)
  node               Node ${"20"}+ (the hooks run on it)
  claude-code        'claude --version' within requiredMinimumVersion..requiredMaximumVersion (skipped if not installed)
Each failed check says how to fix it. Exit 1 when any check fails.

Options:
  --manifest <file>  build-manifest.json of the expected policy version
  --role <role>      the role this machine's user has (default: $STEWARD_ROLE, else any role whose digest matches)
  --root <dir>       prefix for the managed paths (test against a fake filesystem root)
  --platform <p>     darwin, linux or win32 (default: this machine's)
  --json             the report as JSON
`;
function realPorts(io, platform, root) {
    const which = async (command) => {
        const candidates = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(command)
            ? [command]
            : command.includes("/")
                ? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, command)]
                : (io.env.PATH ?? "")
                    .split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)
                    .filter(Boolean)
                    .map((d) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, command));
        for (const c of candidates) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(c, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
                return c;
            }
            catch {
                // next
            }
        }
        return undefined;
    };
    return {
        platform,
        ...(root !== undefined ? { root } : {}),
        readFile: (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path).catch(() => undefined),
        which,
        run: (program, args) => new Promise((done) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, [...args], {
                env: { ...io.env },
                stdio: ["ignore", "pipe", "pipe"],
                timeout: 10_000,
            });
            let stdout = "";
            let stderr = "";
            child.stdout.on("data", (d) => {
                stdout += d.toString("utf8");
            });
            child.stderr.on("data", (d) => {
                stderr += d.toString("utf8");
            });
            child.on("error", (error) => done({ code: null, stdout, stderr: (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u1)(error) }));
            child.on("close", (code) => done({ code, stdout, stderr }));
        }),
        nodeVersion: process.version,
    };
}
const command = {
    path: ["doctor"],
    summary: "Check this machine's Claude Code against the published policy (settings digest, hooks, versions)",
    help: HELP,
    async run(args, io) {
        const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Q)("doctor", args, {
            manifest: { type: "string" },
            role: { type: "string" },
            root: { type: "string" },
            platform: { type: "string" },
            json: { type: "boolean" },
        }, false);
        if (values.help) {
            io.stdout.write(HELP);
            return 0;
        }
        const platform = values.platform ?? process.platform;
        if (!["darwin", "linux", "win32"].includes(platform)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--platform must be darwin, linux or win32; got "${platform}".`);
        }
        let manifest;
        if (values.manifest !== undefined) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.manifest);
            let text;
            try {
                text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, "utf8");
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Cannot read the manifest ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u1)(error)}`, { file });
            }
            try {
                manifest = (0,_build_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(text);
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is not a Steward build manifest: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u1)(error)}`, {
                    file,
                    hint: "Pass the build-manifest.json published with the policy build.",
                });
            }
        }
        const role = values.role ?? io.env.STEWARD_ROLE;
        const root = values.root !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.root) : undefined;
        const report = await (0,_build_index_js__WEBPACK_IMPORTED_MODULE_3__/* .runDoctor */ .j1)(realPorts(io, platform, root), {
            ...(manifest ? { manifest, manifestLabel: values.manifest } : {}),
            ...(role ? { role } : {}),
        });
        io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : (0,_build_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderDoctor */ .YI)(report));
        return report.ok ? 0 : 1;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


/***/ })

};
;