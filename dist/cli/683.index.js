"use strict";
exports.id = 683;
exports.ids = [683];
exports.modules = {

/***/ 4683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ commands_lint)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/permissions/policy.ts
var policy = __webpack_require__(6443);
// EXTERNAL MODULE: ./shared/permissions/policy-roles.ts
var policy_roles = __webpack_require__(5295);
;// CONCATENATED MODULE: ./shared/permissions/diff-directories.ts
/** The per-role effective-permission diff between two policy directories (base and head of a change). */


async function diffPolicyDirectories(baseDir, headDir) {
    const [base, head] = await Promise.all([
        (0,policy_roles/* loadPolicyDirectory */.y9)(baseDir, "base"),
        (0,policy_roles/* loadPolicyDirectory */.y9)(headDir, "head"),
    ]);
    return (0,policy/* diffPolicies */.wR)((0,policy_roles/* rolePolicies */.ns)(base).roles, (0,policy_roles/* rolePolicies */.ns)(head).roles);
}

// EXTERNAL MODULE: ./shared/policy/finding.ts
var finding = __webpack_require__(8080);
// EXTERNAL MODULE: ./shared/policy/lint.ts + 28 modules
var lint = __webpack_require__(1610);
;// CONCATENATED MODULE: ./shared/policy/render/report-json.ts
const LINT_REPORT_SCHEMA_VERSION = 1;
function renderLintJson(report, toolVersion) {
    return `${JSON.stringify({
        schemaVersion: LINT_REPORT_SCHEMA_VERSION,
        tool: { name: "steward", version: toolVersion },
        root: report.root,
        files: report.files,
        counts: report.counts,
        findings: report.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            file: f.file,
            line: f.line,
            column: f.column,
            ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
            ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
            message: f.message,
            ...(f.hint ? { hint: f.hint } : {}),
        })),
    }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./shared/policy/rules/catalog.ts
var catalog = __webpack_require__(2930);
;// CONCATENATED MODULE: ./shared/policy/render/sarif.ts

const level = { error: "error", warning: "warning", note: "note" };
function renderSarif(report, options) {
    const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const rules = ruleIds.map((id) => {
        const info = (0,catalog/* ruleInfo */.PI)(id);
        return {
            id,
            name: id.replace(/[^A-Za-z0-9]+/g, "-"),
            shortDescription: { text: info?.title ?? id },
            ...(options.docsBaseUrl ? { helpUri: `${options.docsBaseUrl}/${(0,catalog/* ruleDocPath */._Q)(id)}` } : {}),
            defaultConfiguration: { level: level[info?.severity ?? "warning"] },
        };
    });
    const result = (f) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: level[f.severity],
        message: { text: f.hint ? `${f.message} Fix: ${f.hint}` : f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: `${options.pathPrefix ?? ""}${f.file}`, uriBaseId: "%SRCROOT%" },
                    ...(f.line > 0
                        ? {
                            region: {
                                startLine: f.line,
                                startColumn: Math.max(f.column, 1),
                                ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
                                ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
                            },
                        }
                        : {}),
                },
            },
        ],
    });
    const sarif = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "steward",
                        semanticVersion: options.toolVersion,
                        informationUri: "https://github.com/steward-dev/steward",
                        rules,
                    },
                },
                results: report.findings.map(result),
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./shared/policy/render/text.ts
const colours = {
    error: "\u001b[31m",
    warning: "\u001b[33m",
    note: "\u001b[36m",
    dim: "\u001b[2m",
    bold: "\u001b[1m",
    reset: "\u001b[0m",
};
function renderLintText(report, options) {
    const c = (k, s) => options.colour ? `${colours[k]}${s}${colours.reset}` : s;
    const lines = [];
    for (const f of report.findings) {
        const where = f.line > 0 ? `${f.file}:${f.line}:${f.column}` : f.file;
        lines.push(`${c("bold", where)}  ${c(f.severity, f.severity)}  ${f.message}  ${c("dim", `[${f.ruleId}]`)}`);
        if (f.hint)
            lines.push(`    ${c("dim", `fix: ${f.hint}`)}`);
    }
    if (lines.length > 0)
        lines.push("");
    lines.push(summaryLine(report.counts, report.files.length));
    return `${lines.join("\n")}\n`;
}
function summaryLine(counts, files) {
    const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
    return `${plural(files, "file")} checked: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}.`;
}
/** One finding as a single line, for lists. */
function findingLine(f) {
    return `${f.file}${f.line > 0 ? `:${f.line}:${f.column}` : ""} ${f.severity} ${f.message} [${f.ruleId}]`;
}

// EXTERNAL MODULE: ./shared/policy/snapshot.ts + 1 modules
var snapshot = __webpack_require__(4471);
// EXTERNAL MODULE: ./shared/version.ts + 1 modules
var version = __webpack_require__(8994);
// EXTERNAL MODULE: ./shared/cli/args.ts
var cli_args = __webpack_require__(9006);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./shared/cli/git-base.ts
/**
 * `--base <git-ref>`: materialises a directory as it was at a git ref, in a
 * temp folder, so base and head can be compared (permission diff, policy
 * version bumps). Uses `git archive` (no checkout, no worktree changes).
 */






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function materialiseAtRef(dir, ref) {
    let top;
    try {
        top = (await run("git", ["rev-parse", "--show-toplevel"], { cwd: dir })).stdout.trim();
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`--base needs a git repository, and ${dir} is not inside one.`);
    }
    try {
        await run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: top });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`--base ${ref}: no such commit, branch or tag in ${top}.`, {
            hint: "Fetch it first (e.g. git fetch origin main) or pass a commit SHA.",
        });
    }
    const sub = (0,external_node_path_.relative)(top, dir) || ".";
    const out = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "steward-base-"));
    try {
        const archive = await run("git", ["archive", "--format=tar", ref, "--", sub], {
            cwd: top,
            encoding: "buffer",
            maxBuffer: 512 * 1024 * 1024,
        });
        await new Promise((resolve, reject) => {
            const tar = (0,external_node_child_process_.execFile)("tar", ["-x", "-C", out], (error) => (error ? reject(error) : resolve()));
            tar.stdin?.end(archive.stdout);
        });
    }
    catch (error) {
        await (0,promises_.rm)(out, { recursive: true, force: true });
        throw new errors/* ConfigurationError */.j1(`Could not read ${sub} at ${ref}: ${error.message.split("\n")[0]}`);
    }
    return { dir: (0,external_node_path_.join)(out, sub), dispose: () => (0,promises_.rm)(out, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./shared/cli/commands/lint.ts
/** `steward lint [dir]`: lint a policy repository. */












const FORMATS = ["text", "json", "github", "sarif"];
const FAIL_ON = ["error", "warning", "never"];
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`--${flag} must be one of ${allowed.join(", ")}; got "${value}".`);
}
const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProp = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
const lint_lint = {
    path: ["lint"],
    summary: "Lint a policy repository (JSON syntax, schemas, permission rules, cross-file checks)",
    help: `Usage: steward lint [dir] [--format text|json|github|sarif] [--fail-on error|warning|never] [--base <git-ref>]

Lints the policy repository in <dir> (default: the current directory) and prints
every finding with its file, line and column.

Options:
  --format <f>    text (default; coloured on a terminal), json (a versioned report
                  with ruleId, severity, file, line, column, message for each
                  finding), github (workflow commands that become annotations)
                  or sarif (SARIF 2.1.0 for code scanning)
  --fail-on <s>   exit 1 when findings reach this severity: error (default),
                  warning or never
  --base <ref>    compare with <dir> as it was at this git ref: prints what the
                  change grants or takes away per role (text and json formats)

Examples:
  steward lint examples/policy-repo
  steward lint . --format json > lint-report.json
`,
    async run(args, io) {
        const { values, positionals } = (0,cli_args/* parseCommandArgs */.Q)("lint", args, {
            format: { type: "string" },
            "fail-on": { type: "string" },
            base: { type: "string" },
        });
        if (positionals.length > 1) {
            throw new errors/* ConfigurationError */.j1(`steward lint takes one directory, got ${positionals.length}.`);
        }
        const format = oneOf("format", values.format, FORMATS, "text");
        const failOn = oneOf("fail-on", values["fail-on"], FAIL_ON, "error");
        const root = (0,external_node_path_.resolve)(io.cwd, positionals[0] ?? ".");
        let diff;
        let report;
        if (values.base !== undefined) {
            const baseTree = await materialiseAtRef(root, values.base);
            try {
                const base = await (0,snapshot/* loadSnapshot */.N2)(baseTree.dir);
                report = await (0,lint/* lintPolicyDirectory */.pW)(root, io.logger, { now: io.now, base });
                diff = await diffPolicyDirectories(baseTree.dir, root);
            }
            finally {
                await baseTree.dispose();
            }
        }
        else {
            report = await (0,lint/* lintPolicyDirectory */.pW)(root, io.logger, { now: io.now });
        }
        if (format === "json") {
            const json = JSON.parse(renderLintJson({ ...report, root: positionals[0] ?? "." }, version/* STEWARD_VERSION */.m));
            if (diff)
                json.diffPolicyDirectories = diff;
            io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        }
        else if (format === "sarif") {
            io.stdout.write(renderSarif(report, { toolVersion: version/* STEWARD_VERSION */.m }));
        }
        else if (format === "github") {
            for (const f of report.findings) {
                const level = f.severity === "note" ? "notice" : f.severity;
                const props = [`file=${escapeProp(f.file)}`];
                if (f.line > 0)
                    props.push(`line=${f.line}`, `col=${f.column}`);
                props.push(`title=${escapeProp(f.ruleId)}`);
                io.stdout.write(`::${level} ${props.join(",")}::${escapeData(f.hint ? `${f.message} Fix: ${f.hint}` : f.message)}\n`);
            }
        }
        else {
            io.stdout.write(renderLintText(report, { colour: io.stdout.isTTY === true && io.env.NO_COLOR === undefined }));
        }
        return (0,finding/* failsAt */.ZN)(report.counts, failOn) ? 1 : 0;
    },
};
/* harmony default export */ const commands_lint = (lint_lint);


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