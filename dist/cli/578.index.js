"use strict";
exports.id = 578;
exports.ids = [578];
exports.modules = {

/***/ 1578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   settingsPlacement: () => (/* binding */ settingsPlacement)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _permissions_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _permissions_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4044);
/* harmony import */ var _policy_json_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1957);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9006);
/** `steward check`: decide one hook-style tool call against settings files. */







const HELP = `Usage: steward check --settings <file> [--settings <file> ...] [--role <name> --roles <role-mappings.json>]
                     [--home <dir>] [--json] [--explain] < tool-call.json

Reads one tool call on standard input, exactly as Claude Code hands it to a
PreToolUse hook ({"tool_name": "Bash", "tool_input": {"command": "..."}, "cwd": "/repo"}),
and prints what the permission rules of the given settings files decide:
deny, ask, allow or none (no rule matches; Claude Code's mode decides), the
deciding rule and the file and line it came from.

Each file's scope follows its name: managed-settings.json, managed-settings.d/*.json
and enterprise-settings.json are managed; settings.local.json is local;
~/.claude/settings.json is user; .claude/settings.json is project; anything else
is a --settings file. "/path" Read/Edit rules are relative to that file's root.

Options:
  --settings <file>  a settings file (repeatable)
  --role <name>      add the rules of this role from --roles
  --roles <file>     role-mappings.json ({"roleMappings": {"<role>": {"permissions": {...}}}})
  --home <dir>       home directory for ~ rules (default: $HOME)
  --json             print {"decision", "rule", "behavior", "file", "line", "column", "scope", "reason"}
  --explain          also list every rule considered and whether it matched

Example:
  echo '{"tool_name":"Bash","tool_input":{"command":"rm -rf /"},"cwd":"/repo"}' |
    steward check --settings .claude/settings.json --json
`;
/** Problems that make Claude Code ignore a whole settings file (claude-code.md §1, §8 8961). */
const FATAL_JSON = new Set(["syntax", "comment", "trailing-comma", "empty-file", "multiple-values"]);
/** Scope and `/path` root of a settings file from its path (claude-code.md §1, §3). */
function settingsPlacement(absolute, home, startDir) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
    if (name === "managed-settings.json" ||
        name === "enterprise-settings.json" ||
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir) === "managed-settings.d") {
        return { scope: "managed", root: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir) === "managed-settings.d" ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) : dir };
    }
    if (name === "settings.local.json" && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir) === ".claude")
        return { scope: "local", root: startDir };
    if (name === "settings.json" && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir) === ".claude") {
        if (dir === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, ".claude"))
            return { scope: "user", root: dir };
        return { scope: "project", root: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) };
    }
    return { scope: "cli", root: dir };
}
async function readSource(path, label) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read ${label}: ${error.code ?? "error"}.`, {
            file: label,
            hint: "Check the path given to --settings/--roles.",
            cause: error,
        });
    }
    return (0,_policy_json_source_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonSource */ .X0)(text, label);
}
function parseCall(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Standard input is not JSON.", {
            hint: 'Pipe one tool call, e.g. {"tool_name":"Bash","tool_input":{"command":"ls"},"cwd":"/repo"}.',
            cause: error,
        });
    }
    if (value === null || typeof value !== "object" || typeof value.tool_name !== "string") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('The tool call on standard input needs a string "tool_name".', {
            hint: 'Pass the PreToolUse hook input: {"tool_name", "tool_input", "cwd"}.',
        });
    }
    return value;
}
const where = (r) => r?.source.file ? `${r.source.file}${r.source.line ? `:${r.source.line}` : ""}` : "";
function render(result, json) {
    const rule = result.rule;
    if (json) {
        return `${JSON.stringify({
            decision: result.decision,
            rule: rule?.text ?? null,
            behavior: rule?.behavior ?? null,
            file: rule?.source.file ?? null,
            line: rule?.source.line ?? null,
            column: rule?.source.column ?? null,
            scope: rule?.source.scope ?? null,
            reason: result.reason,
            ...(result.considered
                ? {
                    considered: result.considered.map((c) => ({
                        rule: c.rule.text,
                        behavior: c.rule.behavior,
                        file: c.rule.source.file ?? null,
                        line: c.rule.source.line ?? null,
                        matched: c.matched,
                    })),
                }
                : {}),
        }, null, 2)}\n`;
    }
    const lines = [
        rule ? `${result.decision}: ${rule.text}  (${where(rule) || rule.source.scope})` : `${result.decision}`,
    ];
    lines.push(`  ${result.reason}`);
    if (result.considered) {
        lines.push("", "rules considered (deny, then ask, then allow; first match wins):");
        for (const c of result.considered) {
            lines.push(`  ${c.matched ? "match" : "  -  "}  ${c.rule.behavior.padEnd(5)}  ${c.rule.text}  ${where(c.rule)}`);
        }
    }
    return `${lines.join("\n")}\n`;
}
const check = {
    path: ["check"],
    summary: "Decide one tool call (hook JSON on stdin) against settings files: deny, ask, allow or none",
    help: HELP,
    async run(args, io) {
        const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Q)("check", args, {
            settings: { type: "string", multiple: true },
            role: { type: "string" },
            roles: { type: "string" },
            home: { type: "string" },
            json: { type: "boolean" },
            explain: { type: "boolean" },
        }, false);
        if (values.help) {
            io.stdout.write(HELP);
            return 0;
        }
        const files = values.settings ?? [];
        if (files.length === 0 && values.role === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("steward check needs at least one --settings file (or --role with --roles).", {
                hint: "Run 'steward check --help'.",
            });
        }
        if ((values.role === undefined) !== (values.roles === undefined)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("--role and --roles go together.", {
                hint: "Pass --role <name> --roles <role-mappings.json>.",
            });
        }
        const call = parseCall(await io.readStdin());
        const home = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.home ?? io.env.HOME ?? "/");
        const startDir = typeof call.cwd === "string" && call.cwd !== "" ? call.cwd : io.cwd;
        const layers = [];
        for (const file of files) {
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file);
            const source = await readSource(absolute, file);
            const fatal = source.problems.filter((p) => FATAL_JSON.has(p.code));
            for (const p of source.problems) {
                io.logger.warning(p.message, { file, line: p.line, column: p.column, title: `json/${p.code}` });
            }
            if (fatal.length > 0) {
                io.logger.warning("Claude Code ignores this whole file because it is not strict JSON; its rules are left out.", {
                    file,
                    title: "settings ignored",
                });
                continue;
            }
            const { scope, root } = settingsPlacement(absolute, home, startDir);
            layers.push((0,_permissions_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .layerFromSource */ .bI)(source, scope, root));
        }
        if (values.role !== undefined && values.roles !== undefined) {
            const label = values.roles;
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, label);
            const source = await readSource(absolute, label);
            const mappings = source.value?.roleMappings;
            if (!mappings || typeof mappings !== "object" || !(values.role in mappings)) {
                const known = mappings && typeof mappings === "object" ? Object.keys(mappings) : [];
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Role "${values.role}" is not in ${label}.`, {
                    file: label,
                    hint: known.length ? `Known roles: ${known.join(", ")}.` : "The file has no roleMappings object.",
                });
            }
            const built = (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .rulesAt */ .hC)(source, ["roleMappings", values.role, "permissions"], "managed", (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute));
            layers.push({
                scope: "managed",
                file: label,
                settings: {},
                rules: built.rules,
                diagnostics: built.diagnostics,
            });
        }
        const policy = (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeLayers */ .J)(layers);
        for (const d of policy.diagnostics) {
            const message = `"${d.text}": ${d.message}${d.hint ? ` ${d.hint}` : ""}`;
            const location = { file: d.source.file, line: d.source.line, column: d.source.column, title: d.code };
            if (d.severity === "note")
                io.logger.debug(message);
            else
                io.logger.warning(message, location);
        }
        const result = (0,_permissions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .decide */ .LD)(policy.rules, call, { home, cwd: startDir }, { explain: values.explain === true });
        io.stdout.write(render(result, values.json === true));
        return 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (check);


/***/ })

};
;