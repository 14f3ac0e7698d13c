"use strict";
exports.id = 610;
exports.ids = [610];
exports.modules = {

/***/ 8080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   ZN: () => (/* binding */ failsAt)
/* harmony export */ });
/** What the linter reports: one finding per problem, pinned to a file and line. */
const rank = { error: 0, warning: 1, note: 2 };
/** Most severe first, then by file, line, column and rule: a stable order for every output. */
function compareFindings(a, b) {
    return (rank[a.severity] - rank[b.severity] ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
function countFindings(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** True when the findings should fail the run under the `fail-on` threshold. */
function failsAt(counts, failOn) {
    if (failOn === "never")
        return false;
    if (failOn === "warning")
        return counts.error + counts.warning > 0;
    return counts.error > 0;
}


/***/ }),

/***/ 4317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ propertyNode),
/* harmony export */   P1: () => (/* binding */ propertiesOf),
/* harmony export */   SY: () => (/* binding */ scriptOfCommand),
/* harmony export */   yI: () => (/* binding */ settingsHooks)
/* harmony export */ });
/* unused harmony exports hookCommands, shellWords, normalisePath */
/** The value node of `key` in an object node. */
function propertyNode(node, key) {
    if (node?.type !== "object")
        return undefined;
    for (const p of node.children ?? []) {
        if (p.children?.[0]?.value === key)
            return p.children[1];
    }
    return undefined;
}
/** Every `[key, valueNode]` of an object node, in file order. */
function propertiesOf(node) {
    if (node?.type !== "object")
        return [];
    const out = [];
    for (const p of node.children ?? []) {
        const k = p.children?.[0];
        const v = p.children?.[1];
        if (k && v && typeof k.value === "string")
            out.push([k.value, v, k]);
    }
    return out;
}
const stringAt = (node) => node?.type === "string" && typeof node.value === "string" ? { value: node.value, node } : undefined;
/** The hook handlers under `hooksNode` (the value of a `hooks` key). */
function hookCommands(hooksNode) {
    const out = [];
    for (const [event, list] of propertiesOf(hooksNode)) {
        if (list.type !== "array")
            continue;
        (list.children ?? []).forEach((groupNode, group) => {
            if (groupNode.type !== "object")
                return;
            const matcher = stringAt(propertyNode(groupNode, "matcher"));
            const inner = propertyNode(groupNode, "hooks");
            const base = { event, group, groupNode, ...(matcher ? { matcher } : {}) };
            if (inner?.type === "array") {
                for (const h of inner.children ?? []) {
                    if (h.type !== "object")
                        continue;
                    const type = stringAt(propertyNode(h, "type"))?.value;
                    const command = stringAt(propertyNode(h, "command"));
                    out.push({
                        ...base,
                        flat: false,
                        handlerNode: h,
                        ...(type ? { type } : {}),
                        ...(command ? { command } : {}),
                    });
                }
            }
            else if (propertyNode(groupNode, "command") || propertyNode(groupNode, "type")) {
                const type = stringAt(propertyNode(groupNode, "type"))?.value;
                const command = stringAt(propertyNode(groupNode, "command"));
                out.push({
                    ...base,
                    flat: true,
                    handlerNode: groupNode,
                    ...(type ? { type } : {}),
                    ...(command ? { command } : {}),
                });
            }
        });
    }
    return out;
}
/** The hooks of a settings source (top-level `hooks`). */
function settingsHooks(source) {
    return hookCommands(propertyNode(source.root, "hooks"));
}
/** Splits a command line into words, honouring quotes (no expansion). */
function shellWords(command) {
    const words = [];
    let i = 0;
    while (i < command.length) {
        while (i < command.length && /\s/.test(command[i]))
            i++;
        if (i >= command.length)
            break;
        if (/[;&|<>]/.test(command[i]))
            break;
        const start = i;
        let word = "";
        while (i < command.length && !/[\s;&|<>]/.test(command[i])) {
            const c = command[i];
            if (c === '"' || c === "'") {
                const end = command.indexOf(c, i + 1);
                const stop = end < 0 ? command.length : end;
                word += command.slice(i + 1, stop);
                i = stop + 1;
            }
            else if (c === "\\" && i + 1 < command.length) {
                word += command[i + 1];
                i += 2;
            }
            else {
                word += c;
                i++;
            }
        }
        words.push({ word, offset: start });
    }
    return words;
}
const INTERPRETERS = new Set([
    "bash",
    "sh",
    "zsh",
    "dash",
    "python",
    "python3",
    "node",
    "ruby",
    "perl",
    "deno",
    "bun",
]);
/**
 * The script a hook command runs, if it runs a file: `scripts/x.sh`,
 * `"$CLAUDE_PROJECT_DIR"/.claude/hooks/x.sh`, `bash scripts/x.sh`. A bare
 * program name (`steward hook ...`, `jq`) is not a script.
 */
function scriptOfCommand(command, settingsPath) {
    const words = shellWords(command);
    let index = 0;
    while (words[index] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]?.word ?? ""))
        index++;
    let viaInterpreter = false;
    const first = words[index];
    if (!first)
        return undefined;
    const program = first.word.slice(first.word.lastIndexOf("/") + 1);
    if (INTERPRETERS.has(program)) {
        viaInterpreter = true;
        index++;
        while (words[index]?.word.startsWith("-")) {
            // `bash -c "..."`, `python3 -m pkg`, `node -e "..."` run no script file.
            if (/^-(c|m|e|p|-eval|-print)$/.test(words[index]?.word ?? ""))
                return undefined;
            index++;
        }
    }
    const target = words[index];
    if (!target)
        return undefined;
    let written = target.word;
    const projectVar = /^\$\{?CLAUDE_PROJECT_DIR\}?\/?/;
    const fromProject = projectVar.test(written);
    written = written.replace(projectVar, "");
    if (!fromProject && !written.includes("/") && !(viaInterpreter && /\.[A-Za-z0-9]+$/.test(written)))
        return undefined;
    if (written.startsWith("~") || written.startsWith("$")) {
        return { written, offset: target.offset, viaInterpreter, cwdRelative: false };
    }
    const absolute = written.startsWith("/") && !fromProject;
    // A settings file at <dir>/.claude/settings.json belongs to the project <dir>.
    const projectDir = settingsPath.includes(".claude/")
        ? settingsPath.slice(0, settingsPath.lastIndexOf(".claude/"))
        : settingsPath.slice(0, settingsPath.lastIndexOf("/") + 1);
    const repoPath = absolute ? undefined : normalisePath(projectDir + written.replace(/^\.\//, ""));
    return {
        written,
        offset: target.offset,
        ...(repoPath !== undefined ? { repoPath } : {}),
        viaInterpreter,
        cwdRelative: !fromProject && !absolute,
    };
}
/** Resolves `.` and `..` in a `/`-separated relative path; undefined when it leaves the root. */
function normalisePath(path) {
    const out = [];
    for (const part of path.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join("/");
}


/***/ }),

/***/ 1610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pW: () => (/* binding */ lintPolicyDirectory)
});

// UNUSED EXPORTS: jsonSyntaxFindings, lintPolicy

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/policy/finding.ts
var finding = __webpack_require__(8080);
;// CONCATENATED MODULE: ./shared/policy/claude-md-model.ts
/**
 * CLAUDE.md imports (claude-code.md §7): `@path` relative to the importing
 * file, absolute, or `@~/...`; at most 4 hops; ignored inside code spans,
 * code blocks (and, here, HTML comments). There is no `@include` directive.
 */
/** Imports in a CLAUDE.md text, outside code and comments. */
function parseImports(text) {
    const out = [];
    const lines = text.split(/\r\n|\n|\r/);
    let fence;
    let inComment = false;
    lines.forEach((raw, index) => {
        const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
        if (fence !== undefined) {
            if (fenceMatch?.[1] && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length)
                fence = undefined;
            return;
        }
        if (fenceMatch?.[1]) {
            fence = fenceMatch[1];
            return;
        }
        // Blank out comments and code spans, keeping columns.
        let line = "";
        let i = 0;
        while (i < raw.length) {
            if (inComment) {
                const end = raw.indexOf("-->", i);
                const stop = end < 0 ? raw.length : end + 3;
                line += " ".repeat(stop - i);
                i = stop;
                if (end >= 0)
                    inComment = false;
                continue;
            }
            if (raw.startsWith("<!--", i)) {
                inComment = true;
                continue;
            }
            if (raw[i] === "`") {
                let ticks = 0;
                while (raw[i + ticks] === "`")
                    ticks++;
                const close = raw.indexOf("`".repeat(ticks), i + ticks);
                const stop = close < 0 ? i + ticks : close + ticks;
                line += " ".repeat(stop - i);
                i = stop;
                continue;
            }
            line += raw[i];
            i++;
        }
        const re = /(^|\s)@((?:[^\s\\]|\\ )+)/g;
        for (let m = re.exec(line); m; m = re.exec(line)) {
            const path = (m[2] ?? "").replace(/[),;:!?]+$/, "");
            const column = m.index + (m[1]?.length ?? 0) + 1;
            if (path === "include") {
                const after = /^\s+(\S+)/.exec(line.slice(m.index + (m[0]?.length ?? 0)));
                out.push({ path, line: index + 1, column, ...(after?.[1] ? { includeTarget: after[1] } : {}) });
                continue;
            }
            // `@name` with no path separator or extension is a mention, not an import.
            if (!/[/.~]/.test(path))
                continue;
            out.push({ path, line: index + 1, column });
        }
    });
    return out;
}
/** Where an import points inside the repository (undefined for `~/` and absolute paths). */
function resolveImport(fromFile, path) {
    if (path.startsWith("~") || path.startsWith("/"))
        return undefined;
    const dir = fromFile.includes("/") ? fromFile.slice(0, fromFile.lastIndexOf("/") + 1) : "";
    const parts = [];
    for (const part of (dir + path).split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join("/");
}

// EXTERNAL MODULE: ./shared/policy/hooks-model.ts
var hooks_model = __webpack_require__(4317);
// EXTERNAL MODULE: ./shared/policy/json-source.ts
var json_source = __webpack_require__(1957);
;// CONCATENATED MODULE: ./shared/policy/kinds.ts
/**
 * File kinds of a policy repository and how a file gets its kind: an explicit
 * map in `steward.config.json` wins, then the file's `$schema`, then its name.
 */
const JSON_KINDS = [
    "managed-settings",
    "claude-settings",
    "enterprise-settings",
    "role-mappings",
    "api-key-policy",
    "model-policy",
    "governance-config",
    "usage-dashboard-config",
    "enterprise-auth",
    "team-settings",
    "enterprise-support",
    "steward-config",
];
const SCHEMA_BASE = "https://steward.dev/schemas/";
/** The stable `$id` of a kind's JSON Schema. */
function schemaIdOf(kind) {
    return `${SCHEMA_BASE}${kind}.schema.json`;
}
const SCHEMASTORE_SETTINGS = /^https?:\/\/json\.schemastore\.org\/claude-code-settings\.json$/;
function isJsonKind(value) {
    return JSON_KINDS.includes(value);
}
const basename = (path) => path.slice(path.lastIndexOf("/") + 1);
function isManagedName(path) {
    const name = basename(path);
    return name === "managed-settings.json" || /(^|\/)managed-settings\.d\/[^/]+\.json$/.test(path);
}
/** The kind a file's name implies, if any. */
function kindFromName(path) {
    const name = basename(path);
    if (isManagedName(path))
        return "managed-settings";
    if (/(^|\/)\.claude\/settings(\.[\w-]+)*\.json$/.test(path))
        return "claude-settings";
    const byName = {
        "enterprise-settings.json": "enterprise-settings",
        "role-mappings.json": "role-mappings",
        "api-key-policy.json": "api-key-policy",
        "model-policy.json": "model-policy",
        "governance-config.json": "governance-config",
        "usage-dashboard-config.json": "usage-dashboard-config",
        "enterprise-auth.json": "enterprise-auth",
        "team-settings.json": "team-settings",
        "enterprise-support.json": "enterprise-support",
        "steward.config.json": "steward-config",
    };
    const hit = byName[name];
    if (hit)
        return hit;
    if (/^CLAUDE(\.local)?\.md$/i.test(name))
        return "claude-md";
    if (/(^|\/)\.claude\/rules\/.+\.md$/.test(path))
        return "claude-md";
    if (/(^|\/)claude-md\/[^/]+\.md$/.test(path))
        return "claude-md";
    return undefined;
}
/** The kind a `$schema` URL names, if any. */
function kindFromSchema(url, path) {
    if (SCHEMASTORE_SETTINGS.test(url))
        return isManagedName(path) ? "managed-settings" : "claude-settings";
    if (!url.startsWith(SCHEMA_BASE))
        return undefined;
    const m = /^([a-z-]+)\.schema\.json$/.exec(url.slice(SCHEMA_BASE.length));
    return m?.[1] && isJsonKind(m[1]) ? m[1] : undefined;
}
/** `*`, `**` and `?` glob (paths with `/`), anchored; a pattern without `/` matches the base name anywhere. */
function globToRegExp(glob) {
    let re = "";
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === "*") {
            if (glob[i + 1] === "*") {
                i++;
                if (glob[i + 1] === "/") {
                    i++;
                    re += "(?:.*/)?";
                }
                else
                    re += ".*";
            }
            else
                re += "[^/]*";
        }
        else if (c === "?")
            re += "[^/]";
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp(glob.includes("/") ? `^${re}$` : `(?:^|/)${re}$`);
}
function globMatches(glob, path) {
    return globToRegExp(glob.replace(/^\.\//, "")).test(path);
}

;// CONCATENATED MODULE: ./shared/policy/policy.ts
/**
 * The parsed policy: every file of the repository that Steward understands,
 * with its kind, its text and (for JSON) its parse tree with positions.
 * Built from a {@link RepoSnapshot}; pure.
 */




/** Files of one kind. */
function filesOfKind(policy, ...kinds) {
    return policy.files.filter((f) => kinds.includes(f.kind));
}
const SETTINGS_KINDS = ["managed-settings", "claude-settings"];
/** Tooling JSON that is never policy (still scanned for secrets): not reported as unknown. */
const NOT_POLICY = /(^|\/)(package(-lock)?\.json|tsconfig(\.[\w-]+)?\.json|jsconfig\.json|biome\.json|renovate\.json|\.prettierrc\.json|\.eslintrc\.json|\.markdownlint\.json|composer(\.lock)?\.json)$|(^|\/)(\.vscode|\.devcontainer|\.github|\.idea)\//;
function schemaUrlOf(source) {
    const v = source.value;
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
        const s = v.$schema;
        if (typeof s === "string")
            return s;
    }
    return undefined;
}
function readConfigMap(snapshot) {
    const map = new Map();
    const text = snapshot.files.get("steward.config.json")?.text;
    if (text === undefined)
        return map;
    const value = (0,json_source/* parseJsonSource */.X0)(text, "steward.config.json").value;
    const files = value?.files;
    if (typeof files === "object" && files !== null && !Array.isArray(files)) {
        for (const [glob, kind] of Object.entries(files))
            if (typeof kind === "string")
                map.set(glob, kind);
    }
    return map;
}
/** Classifies and parses every policy file in the snapshot. */
function parsePolicy(snapshot) {
    const configMap = readConfigMap(snapshot);
    const files = new Map();
    const configured = (path) => {
        let hit;
        for (const [glob, kind] of configMap)
            if (globMatches(glob, path))
                hit = kind;
        return hit;
    };
    for (const [path, f] of snapshot.files) {
        if (f.text === undefined)
            continue;
        const fromConfig = configured(path);
        if (fromConfig === "ignore")
            continue;
        const isJson = path.endsWith(".json") || (fromConfig !== undefined && isJsonKind(fromConfig));
        let kind;
        let kindSource = "name";
        let json;
        if (isJson)
            json = (0,json_source/* parseJsonSource */.X0)(f.text, path);
        if (fromConfig !== undefined &&
            (isJsonKind(fromConfig) || fromConfig === "claude-md" || fromConfig === "hook-script")) {
            kind = fromConfig;
            kindSource = "config";
        }
        if (!kind && json) {
            const url = schemaUrlOf(json);
            const bySchema = url ? kindFromSchema(url, path) : undefined;
            if (bySchema) {
                kind = bySchema;
                kindSource = "schema";
            }
        }
        if (!kind)
            kind = kindFromName(path);
        if (!kind && json && NOT_POLICY.test(path))
            continue;
        if (!kind && json) {
            kind = "unknown-json";
            kindSource = "fallback";
        }
        if (!kind)
            continue;
        if (kind === "hook-script" || kind === "claude-md")
            json = undefined;
        files.set(path, {
            path,
            kind,
            kindSource,
            text: f.text,
            executable: f.executable,
            ...(json ? { json } : {}),
        });
    }
    // Scripts that settings hooks run.
    for (const file of [...files.values()]) {
        if (!SETTINGS_KINDS.includes(file.kind) || !file.json)
            continue;
        for (const hook of (0,hooks_model/* settingsHooks */.yI)(file.json)) {
            if (!hook.command)
                continue;
            const ref = (0,hooks_model/* scriptOfCommand */.SY)(hook.command.value, file.path);
            const target = ref?.repoPath;
            if (!target || files.has(target))
                continue;
            const f = snapshot.files.get(target);
            if (f?.text === undefined)
                continue;
            files.set(target, {
                path: target,
                kind: "hook-script",
                kindSource: "reference",
                text: f.text,
                executable: f.executable,
            });
        }
    }
    // Markdown files imported by CLAUDE.md files (transitively).
    const queue = [...files.values()].filter((f) => f.kind === "claude-md");
    while (queue.length > 0) {
        const md = queue.shift();
        for (const imp of parseImports(md.text)) {
            if (imp.path === "include")
                continue;
            const target = resolveImport(md.path, imp.path);
            if (!target || files.has(target))
                continue;
            const f = snapshot.files.get(target);
            if (f?.text === undefined)
                continue;
            const imported = {
                path: target,
                kind: "claude-md",
                kindSource: "import",
                text: f.text,
                executable: f.executable,
            };
            files.set(target, imported);
            queue.push(imported);
        }
    }
    const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { snapshot, files: sorted, configMap };
}

// EXTERNAL MODULE: ./shared/policy/rules/catalog.ts
var catalog = __webpack_require__(2930);
;// CONCATENATED MODULE: ./shared/policy/rules/context.ts

const severityOf = (ruleId) => (0,catalog/* ruleInfo */.PI)(ruleId)?.severity ?? "warning";
/** A finding for `ruleId` at a place in `file`. Severity comes from the catalog unless given. */
function findingAt(file, at, ruleId, message, hint, severity) {
    const base = {
        ruleId,
        severity: severity ?? severityOf(ruleId),
        file: file.path,
        message,
        ...(hint ? { hint } : {}),
    };
    const source = file.json;
    if (at.node && source) {
        let start = at.node.offset;
        let end = at.node.offset + at.node.length;
        if (at.inString && at.node.type === "string") {
            // Offsets inside the decoded value map 1:1 to the raw text unless escapes precede them.
            const raw = source.text.slice(at.node.offset + 1, at.node.offset + at.node.length - 1);
            start = at.node.offset + 1 + rawOffset(raw, at.inString.start);
            end = at.node.offset + 1 + rawOffset(raw, Math.max(at.inString.end, at.inString.start + 1));
        }
        const s = source.position(start);
        const e = source.position(end);
        return { ...base, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    }
    if (at.line !== undefined) {
        return {
            ...base,
            line: at.line,
            column: at.column ?? 1,
            ...(at.endColumn !== undefined ? { endLine: at.line, endColumn: at.endColumn } : {}),
        };
    }
    return { ...base, line: 0, column: 0 };
}
/** The raw (escaped) offset of decoded character `index` in a JSON string body. */
function rawOffset(raw, index) {
    let decoded = 0;
    let i = 0;
    while (i < raw.length && decoded < index) {
        if (raw[i] === "\\")
            i += raw[i + 1] === "u" ? 6 : 2;
        else
            i++;
        decoded++;
    }
    return i;
}
/** Line and column (1-based) of an offset in a text. */
function lineColumn(text, offset) {
    let line = 1;
    let last = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            last = i;
        }
    }
    return { line, column: offset - last };
}
/** Levenshtein distance, for "did you mean". */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate within a sensible distance, case-insensitively. */
function didYouMean(word, candidates) {
    let best;
    let bestScore = Number.POSITIVE_INFINITY;
    const w = word.toLowerCase();
    for (const c of candidates) {
        const cl = c.toLowerCase();
        let score = editDistance(w, cl);
        if (cl.includes(w) || w.includes(cl))
            score = Math.min(score, Math.abs(cl.length - w.length) / 2 + 1);
        if (score < bestScore) {
            bestScore = score;
            best = c;
        }
    }
    return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
/** A plain object value, or undefined. */
function asObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}

;// CONCATENATED MODULE: ./shared/policy/rules/claude-md.ts
/**
 * CLAUDE.md imports (claude-code.md §7): `@include` is not a directive,
 * imports must resolve, and chains stop after 4 hops.
 */



const MAX_IMPORT_HOPS = 4;
const includeDirective = ({ policy }) => {
    const findings = [];
    for (const file of filesOfKind(policy, "claude-md")) {
        for (const imp of parseImports(file.text)) {
            if (imp.path !== "include")
                continue;
            const target = imp.includeTarget;
            findings.push(findingAt(file, { line: imp.line, column: imp.column, endColumn: imp.column + "@include".length }, "claude-md/include-directive", `"@include" is not a directive: Claude Code reads it as an import of a file literally named "include"${target ? ` and "${target}" as plain text, so ${target} is not imported` : ""} (reference §7).${target?.startsWith("~/.claude/CLAUDE.md") ? " The user's ~/.claude/CLAUDE.md loads in every session anyway." : ""}`, target?.startsWith("~/.claude/CLAUDE.md")
                ? "Remove the line: the user CLAUDE.md (or the managed one) already loads."
                : `Write the import as "@${target ?? "path/to/file.md"}" (relative to this file, absolute, or @~/...).`));
        }
    }
    return findings;
};
const imports = ({ policy }) => {
    const findings = [];
    const mds = filesOfKind(policy, "claude-md");
    const byPath = new Map(mds.map((f) => [f.path, f]));
    for (const file of mds) {
        for (const imp of parseImports(file.text)) {
            if (imp.path === "include")
                continue;
            const target = resolveImport(file.path, imp.path);
            if (target === undefined || policy.snapshot.files.has(target))
                continue;
            findings.push(findingAt(file, { line: imp.line, column: imp.column, endColumn: imp.column + imp.path.length + 1 }, "claude-md/unresolved-import", `"@${imp.path}" does not resolve: imports are relative to the importing file, so this points at ${target}, which is not in the repository; Claude Code skips it without an error (reference §7).`, "Fix the path (relative to this file), or remove the import."));
        }
    }
    // Depth: walk from each CLAUDE.md that is not itself imported.
    const roots = mds.filter((f) => f.kindSource !== "import");
    const reported = new Set();
    const visit = (file, depth, chain) => {
        for (const imp of parseImports(file.text)) {
            if (imp.path === "include")
                continue;
            const target = resolveImport(file.path, imp.path);
            const next = target === undefined ? undefined : byPath.get(target);
            if (!next || chain.includes(next.path))
                continue;
            if (depth + 1 > MAX_IMPORT_HOPS) {
                const key = `${file.path}:${imp.line}:${imp.column}`;
                if (!reported.has(key)) {
                    reported.add(key);
                    findings.push(findingAt(file, { line: imp.line, column: imp.column, endColumn: imp.column + imp.path.length + 1 }, "claude-md/import-depth", `"@${imp.path}" is hop ${depth + 1} of the chain ${[...chain, next.path].join(" -> ")}; Claude Code follows at most ${MAX_IMPORT_HOPS} hops, so it is not loaded (reference §7).`, "Import the file from a CLAUDE.md closer to the root, or flatten the chain."));
                }
                continue;
            }
            visit(next, depth + 1, [...chain, next.path]);
        }
    };
    for (const root of roots)
        visit(root, 0, [root.path]);
    return findings;
};

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./shared/policy/rules/consistency.ts
/**
 * Cross-value arithmetic: quotas (daily above monthly, a role above the org),
 * alert thresholds outside 0-100 %, rotation periods that contradict each
 * other, IP allowlists with entries that are not CIDRs, and retention periods
 * that disagree across governance, audit and key policies.
 */




const num = (n) => n?.type === "number" && typeof n.value === "number" ? n.value : undefined;
const STEWARD_AND_SETTINGS = [
    "managed-settings",
    "claude-settings",
    "role-mappings",
    "usage-dashboard-config",
    "governance-config",
    "api-key-policy",
    "model-policy",
    "team-settings",
    "enterprise-settings",
];
/** Visits every object node with its key path. */
function walk(node, path, fn) {
    if (!node)
        return;
    if (node.type === "object") {
        fn(node, path);
        for (const [k, v] of (0,hooks_model/* propertiesOf */.P1)(node))
            walk(v, [...path, k], fn);
    }
    else if (node.type === "array") {
        (node.children ?? []).forEach((c, i) => {
            walk(c, [...path, String(i)], fn);
        });
    }
}
/** daily/monthly as a number, or {tokens: n}. */
function quotaOf(node, measure = "tokens") {
    const direct = num(node);
    if (direct !== undefined && node)
        return { value: direct, node };
    const inner = (0,hooks_model/* propertyNode */.Ef)(node, measure);
    const v = num(inner);
    return v !== undefined && inner ? { value: v, node: inner } : undefined;
}
const quotaArithmetic = ({ policy }) => {
    const findings = [];
    // daily > monthly anywhere a quotas object has both
    for (const file of filesOfKind(policy, ...STEWARD_AND_SETTINGS)) {
        walk(file.json?.root, [], (node, path) => {
            const dailyNode = (0,hooks_model/* propertyNode */.Ef)(node, "daily");
            const monthlyNode = (0,hooks_model/* propertyNode */.Ef)(node, "monthly");
            if (!dailyNode || !monthlyNode)
                return;
            for (const measure of ["tokens", "requests"]) {
                const d = quotaOf(dailyNode, measure);
                const m = quotaOf(monthlyNode, measure);
                if (!d || !m || d.value <= m.value)
                    continue;
                findings.push(findingAt(file, { node: d.node }, "quotas/daily-exceeds-monthly", `${path.join(".") || "quotas"}: the daily quota (${d.value}) is above the monthly quota (${m.value}), so the daily limit can never be reached before the monthly one stops the user on day one.`, "Make the monthly quota at least the daily quota (typically daily x working days)."));
                if (num(dailyNode) !== undefined)
                    break;
            }
        });
    }
    // role quotas above the organization's
    const org = {};
    for (const file of filesOfKind(policy, "role-mappings")) {
        const oq = (0,hooks_model/* propertyNode */.Ef)(file.json?.root, "orgQuota");
        const d = quotaOf((0,hooks_model/* propertyNode */.Ef)(oq, "daily"));
        const m = quotaOf((0,hooks_model/* propertyNode */.Ef)(oq, "monthly"));
        if (d)
            org.daily = d;
        if (m)
            org.monthly = m;
        if (d || m)
            org.file = file.path;
    }
    for (const file of filesOfKind(policy, "managed-settings", "claude-settings")) {
        const q = (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(file.json?.root, "monitoring"), "quotas");
        const d = quotaOf((0,hooks_model/* propertyNode */.Ef)(q, "daily"));
        const m = quotaOf((0,hooks_model/* propertyNode */.Ef)(q, "monthly"));
        if (d && !org.daily)
            org.daily = d;
        if (m && !org.monthly)
            org.monthly = m;
        if ((d || m) && !org.file)
            org.file = file.path;
    }
    for (const file of filesOfKind(policy, "role-mappings")) {
        for (const [role, r] of (0,hooks_model/* propertiesOf */.P1)((0,hooks_model/* propertyNode */.Ef)(file.json?.root, "roleMappings"))) {
            const q = (0,hooks_model/* propertyNode */.Ef)(r, "quotas");
            for (const period of ["daily", "monthly"]) {
                const rq = quotaOf((0,hooks_model/* propertyNode */.Ef)(q, period));
                const oq = org[period];
                if (!rq || !oq || rq.value <= oq.value)
                    continue;
                findings.push(findingAt(file, { node: rq.node }, "quotas/role-exceeds-org", `Role "${role}" has a ${period} quota of ${rq.value}, above the organization's ${period} quota of ${oq.value} (${org.file}); the role's quota can never be used.`, `Lower the role's ${period} quota to at most ${oq.value}, or raise the organization's.`));
            }
        }
    }
    return findings;
};
const THRESHOLD_KEYS = /^(threshold|thresholdPercent|alertThreshold|percentOfRoleQuota|percent|alertAtPercent)$/;
const thresholdRange = ({ policy }) => {
    const findings = [];
    for (const file of filesOfKind(policy, ...STEWARD_AND_SETTINGS)) {
        walk(file.json?.root, [], (node, path) => {
            for (const [key, value] of (0,hooks_model/* propertiesOf */.P1)(node)) {
                if (!THRESHOLD_KEYS.test(key))
                    continue;
                const v = num(value);
                if (v === undefined || (v >= 0 && v <= 100))
                    continue;
                findings.push(findingAt(file, { node: value }, "quotas/threshold-range", `${[...path, key].join(".")} is ${v}, but an alert threshold is a percentage between 0 and 100${v > 0 && v <= 1 ? "" : ""}; the alert ${v > 100 ? "can fire only after the quota has already stopped usage" : "fires on every reading"}.`, v > 0 && v < 1
                    ? `Write it as a percentage (${Math.round(v * 100)}).`
                    : "Use a value between 0 and 100."));
            }
        });
    }
    return findings;
};
/** "30d", "8h", "1m", "2w" -> minutes. */
function durationMinutes(text) {
    if (typeof text !== "string")
        return undefined;
    const m = /^(\d+)\s*(m|min|h|d|w)$/.exec(text.trim());
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const unit = m[2] === "w" ? 7 * 24 * 60 : m[2] === "d" ? 24 * 60 : m[2] === "h" ? 60 : 1;
    return n * unit;
}
const rotationPeriods = ({ policy }) => {
    const findings = [];
    for (const file of filesOfKind(policy, "api-key-policy")) {
        const rot = (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(file.json?.root, "apiKeys"), "rotation");
        if (!rot || (0,hooks_model/* propertyNode */.Ef)(rot, "enabled")?.value === false)
            continue;
        const get = (k) => {
            const node = (0,hooks_model/* propertyNode */.Ef)(rot, k);
            const minutes = durationMinutes(node?.value);
            return node && minutes !== undefined ? { node, minutes, text: String(node.value) } : undefined;
        };
        const interval = get("interval");
        const notify = get("notifyBefore");
        const grace = get("gracePeriod");
        const maxExpiry = get("maxExpiry");
        const add = (node, message, hint) => findings.push(findingAt(file, { node }, "keys/rotation-periods", message, hint));
        if (interval && interval.minutes === 0)
            add(interval.node, "The rotation interval is zero.", "Use a positive interval, e.g. 30d.");
        if (interval && notify && notify.minutes >= interval.minutes) {
            add(notify.node, `notifyBefore (${notify.text}) is not shorter than the rotation interval (${interval.text}): the "rotation is coming" notice would fire before the previous rotation has happened, i.e. all the time.`, `Make notifyBefore shorter than ${interval.text} (e.g. 7d for 30d).`);
        }
        if (interval && grace && grace.minutes >= interval.minutes) {
            add(grace.node, `gracePeriod (${grace.text}) is not shorter than the rotation interval (${interval.text}): the old key is still in its grace period when the next rotation starts, so two rotations overlap.`, `Make gracePeriod shorter than ${interval.text}.`);
        }
        if (interval && maxExpiry && maxExpiry.minutes < interval.minutes + (grace?.minutes ?? 0)) {
            add(maxExpiry.node, `maxExpiry (${maxExpiry.text}) is shorter than the rotation interval${grace ? " plus the grace period" : ""} (${interval.text}${grace ? ` + ${grace.text}` : ""}): keys expire before they are rotated out, and the org is left without a working key (anthropic-apis §0: expiry is set at creation and cannot change).`, `Raise maxExpiry to at least ${interval.text}${grace ? ` + ${grace.text}` : ""}, or rotate more often.`);
        }
    }
    return findings;
};
/** Why an allowlist entry is not a valid IP address or CIDR block, or undefined when it is. */
function cidrProblem(entry) {
    const [addr, bits, ...rest] = entry.trim().split("/");
    if (rest.length > 0 || addr === undefined)
        return "it is not an address or CIDR block";
    const family = (0,external_node_net_.isIP)(addr);
    if (family === 0) {
        if (/^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/i.test(addr))
            return "it is a host name; IP allowlists match the caller's source address, so a name matches nothing (resolve it to the office/VPN egress CIDRs)";
        return "it is not a valid IPv4 or IPv6 address";
    }
    if (bits === undefined)
        return undefined;
    if (!/^\d{1,3}$/.test(bits))
        return `the prefix length "/${bits}" is not a number`;
    const n = Number(bits);
    const max = family === 4 ? 32 : 128;
    if (n > max)
        return `the prefix length /${n} is above /${max}`;
    if (family === 4) {
        const value = addr.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
        const hostBits = 32 - n;
        if (hostBits > 0 && value % 2 ** hostBits !== 0) {
            const network = value - (value % 2 ** hostBits);
            const dotted = [24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join(".");
            return `host bits are set (the block is ${dotted}/${n}); some allowlists reject it, others silently widen it`;
        }
    }
    return undefined;
}
const ALLOWLIST_KEYS = /^(ipAllowlist|ipAllowList|allowedIps|allowedIPs|ipWhitelist|allowedCidrs)$/;
const ipAllowlist = ({ policy }) => {
    const findings = [];
    for (const file of policy.files) {
        if (!file.json)
            continue;
        walk(file.json.root, [], (node, path) => {
            for (const [key, list] of (0,hooks_model/* propertiesOf */.P1)(node)) {
                if (!ALLOWLIST_KEYS.test(key) || list.type !== "array")
                    continue;
                (list.children ?? []).forEach((entry, i) => {
                    if (entry.type !== "string" || typeof entry.value !== "string")
                        return;
                    if (/^\$\{?[A-Z_]/.test(entry.value))
                        return;
                    const problem = cidrProblem(entry.value);
                    if (!problem)
                        return;
                    findings.push(findingAt(file, { node: entry }, "network/invalid-allowlist-entry", `${[...path, key].join(".")}[${i}] is "${entry.value}": ${problem}.`, "List CIDR blocks (10.0.0.0/8) or single addresses (203.0.113.7) only."));
                });
            }
        });
    }
    return findings;
};
const retention = ({ policy }) => {
    const findings = [];
    const audit = [];
    const transcripts = [];
    let data;
    const at = (file, node, what) => {
        const days = num(node);
        return node && days !== undefined ? { file, node, days, what } : undefined;
    };
    for (const file of filesOfKind(policy, "governance-config")) {
        const policies = (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(file.json?.root, "governance"), "policies");
        const dh = (0,hooks_model/* propertyNode */.Ef)(policies, "dataHandling");
        data =
            at(file, (0,hooks_model/* propertyNode */.Ef)(dh, "retentionDays"), `${file.path} governance.policies.dataHandling.retentionDays`) ?? data;
        const t = at(file, (0,hooks_model/* propertyNode */.Ef)(dh, "transcriptCleanupPeriodDays"), `${file.path} dataHandling.transcriptCleanupPeriodDays`);
        if (t)
            transcripts.push(t);
        const a = at(file, (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(policies, "auditRequirements"), "retentionDays"), `${file.path} auditRequirements.retentionDays`);
        if (a)
            audit.push(a);
    }
    for (const file of filesOfKind(policy, "api-key-policy")) {
        const a = at(file, (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(file.json?.root, "apiKeys"), "audit"), "retentionDays"), `${file.path} apiKeys.audit.retentionDays`);
        if (a)
            audit.push(a);
    }
    for (const file of filesOfKind(policy, "managed-settings")) {
        const t = at(file, (0,hooks_model/* propertyNode */.Ef)(file.json?.root, "cleanupPeriodDays"), `${file.path} cleanupPeriodDays`);
        if (t)
            transcripts.push(t);
    }
    const disagree = (list, what) => {
        const first = list[0];
        if (!first)
            return;
        for (const r of list.slice(1)) {
            if (r.days === first.days)
                continue;
            findings.push(findingAt(r.file, { node: r.node }, "retention/inconsistent", `${r.what} is ${r.days} days but ${first.what} is ${first.days} days: the policies disagree on how long ${what} are kept, so one of them is not what actually happens.`, `Use one value for ${what} in every file.`));
        }
    };
    disagree(audit, "audit logs");
    disagree(transcripts, "Claude Code transcripts");
    if (data) {
        for (const r of [...audit, ...transcripts]) {
            if (r.days <= data.days)
                continue;
            findings.push(findingAt(r.file, { node: r.node }, "retention/inconsistent", `${r.what} keeps records for ${r.days} days, longer than the data-handling retention of ${data.days} days (${data.what}); transcripts and audit records hold code and prompts, so they outlive what the governance policy allows.`, `Lower it to at most ${data.days} days, or raise the data-handling retention.`));
        }
    }
    return findings;
};

// EXTERNAL MODULE: ./shared/permissions/index.ts + 1 modules
var permissions = __webpack_require__(3711);
;// CONCATENATED MODULE: ./shared/policy/rules/hooks.ts
/**
 * Hooks that cannot work as written (claude-code.md §4): the seed's flat
 * shape, matchers that match too much or nothing, scripts that are missing or
 * not executable, "block" signalled with an exit code other than 2, and
 * variables Claude Code never sets (input arrives as JSON on stdin).
 */




const SETTINGS = ["managed-settings", "claude-settings"];
/** Events whose matcher filters on the tool name. */
const TOOL_EVENTS = new Set([
    "PreToolUse",
    "PostToolUse",
    "PostToolUseFailure",
    "PermissionRequest",
    "PermissionDenied",
]);
/** Events whose matcher filters on a fixed set of values. */
const VALUE_EVENTS = {
    SessionStart: ["startup", "resume", "clear", "compact", "fork"],
    SessionEnd: ["clear", "resume", "logout", "prompt_input_exit", "other"],
    PreCompact: ["manual", "auto"],
    PostCompact: ["manual", "auto"],
    ConfigChange: ["user_settings", "project_settings", "local_settings", "policy_settings", "skills"],
};
/** Variables Claude Code never sets for hooks; the call arrives as JSON on stdin. */
const UNSET_HOOK_VARIABLES = {
    TOOL_NAME: ".tool_name",
    TOOL_INPUT: ".tool_input",
    TOKEN_COUNT: "the transcript's message.usage (transcript_path on stdin); tool events carry no token counts",
    CLAUDE_MODEL: ".model (SessionStart only)",
};
const UNSET_RE = /\$\{?(TOOL_NAME|TOOL_INPUT|TOKEN_COUNT|CLAUDE_MODEL)\b\}?/g;
function allHooks(policy) {
    const out = [];
    for (const file of filesOfKind(policy, ...SETTINGS)) {
        if (!file.json)
            continue;
        for (const hook of (0,hooks_model/* settingsHooks */.yI)(file.json))
            out.push({ file, hook });
    }
    return out;
}
/** Pointers of flat hook groups: the schema errors under them are reported by hooks/invalid-shape instead. */
function flatHookPointers(file) {
    if (!file.json)
        return [];
    return (0,hooks_model/* settingsHooks */.yI)(file.json)
        .filter((h) => h.flat)
        .map((h) => `/hooks/${h.event.replace(/~/g, "~0").replace(/\//g, "~1")}/${h.group}`);
}
const invalidShape = ({ policy }) => allHooks(policy)
    .filter(({ hook }) => hook.flat)
    .map(({ file, hook }) => findingAt(file, { node: hook.groupNode }, "hooks/invalid-shape", `This ${hook.event} hook is written flat ({"command": ...}); Claude Code expects {"matcher": "...", "hooks": [{"type": "command", "command": "..."}]} and never runs it as written (reference §4).`, `Wrap it: {"matcher": "${hook.event === "PreToolUse" || hook.event === "PostToolUse" ? "Bash|Edit|Write" : "*"}", "hooks": [{"type": "command", "command": ${JSON.stringify(hook.command?.value ?? "...")}}]}.`));
const KNOWN_TOOLS = [...permissions/* CANONICAL_TOOLS */.Hd, ...Object.keys(permissions/* TOOL_ALIASES */.YT)];
function toolNameMatches(name) {
    if (KNOWN_TOOLS.includes(name))
        return true;
    // mcp__<server>__<tool>; a bare mcp__<server> is not a tool name.
    return /^mcp__[A-Za-z0-9_-]+__[A-Za-z0-9_-]+$/.test(name);
}
const matchers = ({ policy }) => {
    const findings = [];
    for (const { file, hook } of allHooks(policy)) {
        const m = hook.matcher;
        if (!m || hook.handlerNode !== firstHandler(hook, policy))
            continue;
        const value = m.value;
        if (value === "" || value === "*")
            continue;
        const values = VALUE_EVENTS[hook.event];
        if (/^[A-Za-z0-9_\- ,|]+$/.test(value)) {
            const names = value
                .split(/[|,]/)
                .map((s) => s.trim())
                .filter((s) => s !== "");
            for (const name of names) {
                if (TOOL_EVENTS.has(hook.event) ? toolNameMatches(name) : !values || values.includes(name))
                    continue;
                const candidates = TOOL_EVENTS.has(hook.event) ? KNOWN_TOOLS : (values ?? []);
                const guess = name.startsWith("mcp__") ? `${name}__.*` : didYouMean(name, candidates);
                const start = value.indexOf(name);
                findings.push(findingAt(file, { node: m.node, inString: { start, end: start + name.length } }, "hooks/matcher-matches-nothing", `The ${hook.event} matcher "${name}" is an exact, case-sensitive name and no ${TOOL_EVENTS.has(hook.event) ? "tool" : "event source"} is called that, so the hook never runs for it${name.startsWith("mcp__") ? " (an MCP server name alone matches nothing)" : ""} (reference §4).`, guess ? `Did you mean "${guess}"?` : "Use the exact tool names, separated by |."));
            }
            continue;
        }
        let re;
        try {
            re = new RegExp(value);
        }
        catch {
            findings.push(findingAt(file, { node: m.node }, "hooks/matcher-matches-nothing", `The ${hook.event} matcher "${value}" is not a valid regular expression, so the hook never runs (reference §4).`, "Fix the regex, or list exact names separated by |."));
            continue;
        }
        if (!TOOL_EVENTS.has(hook.event))
            continue;
        const loose = KNOWN_TOOLS.filter((t) => re.test(t));
        let anchored;
        try {
            anchored = new RegExp(`^(?:${value})$`);
        }
        catch {
            continue;
        }
        const tight = KNOWN_TOOLS.filter((t) => anchored.test(t));
        const extra = loose.filter((t) => !tight.includes(t));
        if (extra.length > 0) {
            findings.push(findingAt(file, { node: m.node }, "hooks/matcher-unanchored", `The ${hook.event} matcher "${value}" is an unanchored regex, so it also matches ${extra.join(", ")} (reference §4: "Edit.*" hits NotebookEdit).`, `Anchor it: "^(${value})$", or list exact names separated by |.`));
        }
        else if (loose.length === 0 && !/mcp__/.test(value)) {
            findings.push(findingAt(file, { node: m.node }, "hooks/matcher-matches-nothing", `The ${hook.event} matcher "${value}" matches no Claude Code tool name (matchers are case-sensitive), so the hook never runs (reference §4).`, "Use the exact tool names (Bash, Edit, Write, Read, ...), separated by |."));
        }
    }
    return findings;
};
/** Matchers belong to the group: check each group once, at its first handler. */
function firstHandler(hook, _policy) {
    if (hook.flat)
        return hook.handlerNode;
    const inner = hook.groupNode.children?.find((p) => p.children?.[0]?.value === "hooks")?.children?.[1];
    return inner?.children?.find((c) => c.type === "object");
}
const unsetVariables = ({ policy }) => {
    const findings = [];
    for (const { file, hook } of allHooks(policy)) {
        if (!hook.command)
            continue;
        for (const m of hook.command.value.matchAll(UNSET_RE)) {
            const name = m[1];
            findings.push(findingAt(file, { node: hook.command.node, inString: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length } }, "hooks/unset-variable", `$${name} is never set by Claude Code: it expands to an empty string, so the hook sees nothing. Hooks get the call as JSON on stdin (reference §4).`, `Read ${UNSET_HOOK_VARIABLES[name]} from stdin, e.g. jq -r '${name === "TOKEN_COUNT" ? ".transcript_path" : (UNSET_HOOK_VARIABLES[name] ?? ".tool_name")}'.`));
        }
    }
    for (const file of filesOfKind(policy, "hook-script")) {
        forEachCodeLine(file.text, (code, line) => {
            for (const m of code.matchAll(UNSET_RE)) {
                const name = m[1];
                findings.push(findingAt(file, { line, column: (m.index ?? 0) + 1, endColumn: (m.index ?? 0) + 1 + m[0].length }, "hooks/unset-variable", `$${name} is never set by Claude Code for hooks, so it is empty here. The call arrives as JSON on stdin (reference §4).`, `Read it from stdin: payload="$(cat)"; then jq -r '${UNSET_HOOK_VARIABLES[name]?.startsWith(".") ? UNSET_HOOK_VARIABLES[name] : ".transcript_path"}' <<<"$payload".`));
            }
        });
    }
    return findings;
};
/** Calls `fn` for each line of a shell script with comments removed (not inside quotes). */
function forEachCodeLine(text, fn) {
    const lines = text.split(/\r\n|\n|\r/);
    let heredoc;
    lines.forEach((raw, i) => {
        if (heredoc !== undefined) {
            if (raw.trim() === heredoc)
                heredoc = undefined;
            return;
        }
        if (i === 0 && raw.startsWith("#!"))
            return;
        let code = "";
        let quote;
        for (let j = 0; j < raw.length; j++) {
            const c = raw[j];
            if (quote) {
                if (c === "\\" && quote === '"') {
                    code += c + (raw[j + 1] ?? "");
                    j++;
                    continue;
                }
                if (c === quote)
                    quote = undefined;
                code += c;
                continue;
            }
            if (c === "'" || c === '"')
                quote = c;
            else if (c === "#" && (j === 0 || /\s/.test(raw[j - 1])))
                break;
            code += c;
        }
        const hd = /<<-?\s*['"]?([A-Za-z_]+)['"]?/.exec(code);
        if (hd?.[1])
            heredoc = hd[1];
        fn(code, i + 1);
    });
}
const scripts = ({ policy }) => {
    const findings = [];
    for (const { file, hook } of allHooks(policy)) {
        if (!hook.command)
            continue;
        const ref = (0,hooks_model/* scriptOfCommand */.SY)(hook.command.value, file.path);
        if (!ref)
            continue;
        const at = {
            node: hook.command.node,
            inString: { start: ref.offset, end: ref.offset + ref.written.length },
        };
        if (ref.cwdRelative) {
            findings.push(findingAt(file, at, "hooks/relative-script-path", `"${ref.written}" is relative, so it resolves against the session's working directory, which is the project root only when Claude Code was started there; from a subdirectory the hook fails and does not block (reference §4).`, `Write "$CLAUDE_PROJECT_DIR"/${ref.written.replace(/^\.\//, "")}.`));
        }
        if (ref.repoPath === undefined)
            continue;
        const target = policy.snapshot.files.get(ref.repoPath);
        if (!target) {
            findings.push(findingAt(file, at, "hooks/script-missing", `The hook runs ${ref.written}, but ${ref.repoPath} is not in the repository: the command fails (exit 127), which Claude Code treats as a non-blocking error, so the gate silently disappears (reference §4).`, `Add ${ref.repoPath}, or fix the path.`));
        }
        else if (!ref.viaInterpreter && !target.executable) {
            findings.push(findingAt(file, at, "hooks/script-not-executable", `${ref.repoPath} is not executable, so the hook fails with exit 126, which does not block: the gate silently disappears (reference §4).`, `Run chmod +x ${ref.repoPath} and commit the mode (git update-index --chmod=+x ${ref.repoPath}).`));
        }
    }
    return findings;
};
const BLOCK_WORDS = /\b(block(ed|ing)?|den(y|ied)|forbid(den)?|not allowed|reject(ed)?|refus(e|ed))\b/i;
/** `exit N` (N not 0 or 2) right after a message that says the call is blocked. */
const blockExitCode = ({ policy }) => {
    const findings = [];
    for (const file of filesOfKind(policy, "hook-script")) {
        let recent = [];
        let inBlockFunction = false;
        forEachCodeLine(file.text, (code, line) => {
            if (/^\s*(function\s+)?\w*(block|deny)\w*\s*\(\)/i.test(code))
                inBlockFunction = true;
            else if (/^\s*(function\s+)?\w+\s*\(\)/.test(code))
                inBlockFunction = false;
            const exit = /\b(?:sys\.exit|process\.exit|os\._exit|exit)\s*\(?\s*(\d+)/.exec(code);
            if (exit) {
                const n = Number(exit[1]);
                const blocks = recent.some((r) => r.blocks) || BLOCK_WORDS.test(code.slice(0, exit.index)) || inBlockFunction;
                if (n !== 0 && n !== 2 && blocks) {
                    findings.push(findingAt(file, { line, column: exit.index + 1, endColumn: exit.index + 1 + exit[0].length }, "hooks/block-exit-code", `This script means to block the call but exits ${n}: only exit code 2 blocks a PreToolUse call; ${n} is a non-blocking error, so the call goes ahead (reference §4, anthropics/claude-code#44707).`, `Use "exit 2" and write the reason to stderr (echo "..." >&2), or print {"hookSpecificOutput": {"hookEventName": "PreToolUse", "permissionDecision": "deny", ...}} and exit 0.`));
                }
                recent = [];
                return;
            }
            if (code.trim() === "")
                return;
            recent.push({
                line,
                blocks: BLOCK_WORDS.test(code) && /\b(echo|printf|print|logger|stderr|console\.error)\b|>&2/.test(code),
            });
            if (recent.length > 3)
                recent.shift();
        });
    }
    return findings;
};

// EXTERNAL MODULE: ./shared/pricing/catalog.ts
var pricing_catalog = __webpack_require__(912);
// EXTERNAL MODULE: ./shared/pricing/catalog-data.ts
var catalog_data = __webpack_require__(2613);
// EXTERNAL MODULE: ./shared/pricing/price.ts
var price = __webpack_require__(5122);
;// CONCATENATED MODULE: ./shared/pricing/index.ts




;// CONCATENATED MODULE: ./shared/policy/rules/models.ts
/**
 * Model ids in role mappings, the model policy, routing, the key policy and
 * settings: unknown, deprecated or retired on the injected `today`
 * (anthropic-apis.md §7), in the wrong form for their provider (§8), role
 * models the key policy does not allow, and restrictions naming roles that do
 * not exist. The lifecycle data comes from shared/pricing's model catalog.
 */




/** Claude Code's model aliases (not ids). */
const ALIASES = new Set([
    "default",
    "opus",
    "sonnet",
    "haiku",
    "opusplan",
    "best",
    "fable",
    "mythos",
    "inherit",
]);
const str = (n) => n?.type === "string" && typeof n.value === "string";
const each = (n) => (n?.type === "array" ? (n.children ?? []) : []);
function providerOf(value) {
    return value === "bedrock" || value === "vertex" || value === "anthropic" ? value : undefined;
}
function routingRefs(file, routing, where, out, inherited) {
    if (!routing)
        return;
    const provider = providerOf((0,hooks_model/* propertyNode */.Ef)(routing, "provider")?.value) ?? inherited;
    for (const [alias, node] of (0,hooks_model/* propertiesOf */.P1)((0,hooks_model/* propertyNode */.Ef)(routing, "models"))) {
        if (str(node))
            out.push({ file, node, id: node.value, provider, where: `${where}.models.${alias}` });
    }
    for (const [name, region] of (0,hooks_model/* propertiesOf */.P1)((0,hooks_model/* propertyNode */.Ef)(routing, "regions"))) {
        routingRefs(file, region, `${where}.regions.${name}`, out);
    }
    routingRefs(file, (0,hooks_model/* propertyNode */.Ef)(routing, "fallback"), `${where}.fallback`, out);
}
const ENV_MODEL_KEYS = [
    "ANTHROPIC_MODEL",
    "ANTHROPIC_DEFAULT_OPUS_MODEL",
    "ANTHROPIC_DEFAULT_SONNET_MODEL",
    "ANTHROPIC_DEFAULT_HAIKU_MODEL",
    "ANTHROPIC_SMALL_FAST_MODEL",
    "CLAUDE_CODE_SUBAGENT_MODEL",
];
/** Every model id the policy names, with its node. */
function modelRefs(policy) {
    const out = [];
    for (const file of filesOfKind(policy, "role-mappings")) {
        for (const [role, r] of (0,hooks_model/* propertiesOf */.P1)((0,hooks_model/* propertyNode */.Ef)(file.json?.root, "roleMappings"))) {
            each((0,hooks_model/* propertyNode */.Ef)(r, "models")).forEach((node, i) => {
                if (str(node))
                    out.push({
                        file,
                        node,
                        id: node.value,
                        provider: undefined,
                        role,
                        where: `roleMappings.${role}.models[${i}]`,
                    });
            });
        }
    }
    for (const file of filesOfKind(policy, "model-policy")) {
        const mp = (0,hooks_model/* propertyNode */.Ef)(file.json?.root, "modelPolicy");
        const def = (0,hooks_model/* propertyNode */.Ef)(mp, "default");
        if (str(def))
            out.push({ file, node: def, id: def.value, provider: undefined, where: "modelPolicy.default" });
        each((0,hooks_model/* propertyNode */.Ef)(mp, "rules")).forEach((rule, i) => {
            const m = (0,hooks_model/* propertyNode */.Ef)(rule, "model");
            if (str(m))
                out.push({ file, node: m, id: m.value, provider: undefined, where: `modelPolicy.rules[${i}].model` });
        });
        routingRefs(file, (0,hooks_model/* propertyNode */.Ef)(file.json?.root, "routing"), "routing", out);
    }
    for (const file of filesOfKind(policy, "managed-settings", "claude-settings")) {
        const root = file.json?.root;
        routingRefs(file, (0,hooks_model/* propertyNode */.Ef)(root, "modelRouting"), "modelRouting", out);
        const env = (0,hooks_model/* propertyNode */.Ef)(root, "env");
        const provider = (0,hooks_model/* propertyNode */.Ef)(env, "CLAUDE_CODE_USE_BEDROCK")?.value === "1"
            ? "bedrock"
            : (0,hooks_model/* propertyNode */.Ef)(env, "CLAUDE_CODE_USE_VERTEX")?.value === "1"
                ? "vertex"
                : undefined;
        const model = (0,hooks_model/* propertyNode */.Ef)(root, "model");
        if (str(model))
            out.push({ file, node: model, id: model.value, provider, where: "model" });
        each((0,hooks_model/* propertyNode */.Ef)(root, "availableModels")).forEach((node, i) => {
            if (str(node))
                out.push({ file, node, id: node.value, provider, where: `availableModels[${i}]` });
        });
        for (const key of ENV_MODEL_KEYS) {
            const node = (0,hooks_model/* propertyNode */.Ef)(env, key);
            if (str(node))
                out.push({ file, node, id: node.value, provider, where: `env.${key}` });
        }
    }
    for (const file of filesOfKind(policy, "api-key-policy")) {
        const allowed = (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(file.json?.root, "apiKeys"), "restrictions"), "allowedModels");
        each(allowed).forEach((node, i) => {
            if (str(node))
                out.push({
                    file,
                    node,
                    id: node.value,
                    provider: undefined,
                    where: `apiKeys.restrictions.allowedModels[${i}]`,
                });
        });
    }
    for (const file of filesOfKind(policy, "team-settings")) {
        const m = (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(file.json?.root, "defaults"), "model");
        if (str(m))
            out.push({ file, node: m, id: m.value, provider: undefined, where: "defaults.model" });
    }
    return out.filter((r) => {
        const bare = r.id
            .replace(/\[[^\]]*\]$/, "")
            .trim()
            .toLowerCase();
        return bare !== "" && !ALIASES.has(bare) && !/\$\{?[A-Z_]/.test(r.id);
    });
}
const FORMATS = {
    bedrock: /^(arn:aws[a-z-]*:bedrock:[^:]*:[^:]*:(inference-profile|foundation-model|application-inference-profile)\/)?((global|us|eu|jp|apac|au)\.)?anthropic\.claude-[a-z0-9.-]+(-v\d+(:\d+)?)?$/,
    vertex: /^claude-[a-z0-9.-]+(@\d{8})?$/,
    anthropic: /^claude-[a-z0-9.-]+$/,
};
const FORMAT_EXAMPLE = {
    bedrock: "us.anthropic.claude-sonnet-4-6 or anthropic.claude-opus-4-6-v1",
    vertex: "claude-sonnet-5 or claude-haiku-4-5@20251001",
    anthropic: "claude-sonnet-5",
};
const ALL_SPELLINGS = [...pricing_catalog/* defaultCatalog */.Dd.index.keys()];
const modelLifecycleRule = ({ policy, today }) => {
    const findings = [];
    for (const ref of modelRefs(policy)) {
        const id = ref.id.replace(/\[[^\]]*\]$/, "").trim();
        if (ref.provider && !FORMATS[ref.provider].test(id)) {
            findings.push(findingAt(ref.file, { node: ref.node }, "models/unknown", `${ref.where} is "${ref.id}", which is not a ${ref.provider === "anthropic" ? "first-party" : ref.provider === "bedrock" ? "Bedrock" : "Vertex AI"} model id, so requests routed there fail (reference anthropic-apis §8).`, `Use the ${ref.provider} form, e.g. ${FORMAT_EXAMPLE[ref.provider]}.`));
            continue;
        }
        const life = (0,pricing_catalog/* modelLifecycle */._5)(id, today);
        const providerId = /^(arn:|[a-z]+\.anthropic\.|anthropic\.)|@\d{8}$/.test(id.toLowerCase());
        if (life.status === "unknown") {
            const guess = swapGuess(id) ?? didYouMean(id.toLowerCase(), ALL_SPELLINGS);
            const guessLife = guess ? (0,pricing_catalog/* modelLifecycle */._5)(guess, today) : undefined;
            findings.push(findingAt(ref.file, { node: ref.node }, "models/unknown", `${ref.where} is "${ref.id}", which is not a Claude model id (anthropic-apis §7, §8)${guess ? `; the closest real id is "${guess}"${guessLife && guessLife.status !== "active" ? ` (${guessLife.reason.replace(/\.$/, "")})` : ""}` : ""}.`, guess && guessLife?.status === "active"
                ? `Did you mean "${guess}"?`
                : "Use a current model id, e.g. claude-sonnet-5, claude-opus-5 or claude-haiku-4-5-20251001."));
        }
        else if (life.status === "retired") {
            findings.push(findingAt(ref.file, { node: ref.node }, "models/retired", `${ref.where}: ${life.reason}${providerId ? " (first-party date; Bedrock and Vertex keep their own schedules, check theirs)" : ""} (anthropic-apis §7).`, "Replace it with a current model (claude-sonnet-5, claude-opus-5, claude-haiku-4-5-20251001, or their provider forms).", providerId ? "warning" : undefined));
        }
        else if (life.status === "deprecated") {
            findings.push(findingAt(ref.file, { node: ref.node }, "models/deprecated", `${ref.where}: ${life.reason} (anthropic-apis §7; checked against ${today}).`, "Plan the move to a newer model before it is retired."));
        }
    }
    return findings;
};
/** `claude-haiku-3-5-20241022` -> `claude-3-5-haiku-20241022` (the seed's family/version swap). */
function swapGuess(id) {
    const m = /^claude-(opus|sonnet|haiku)-(\d)-(\d)(-\d{8})?$/.exec(id.toLowerCase());
    if (!m)
        return undefined;
    const candidate = `claude-${m[2]}-${m[3]}-${m[1]}${m[4] ?? ""}`;
    return (0,pricing_catalog/* resolveModel */.AX)(candidate) ? candidate : undefined;
}
const roleModelsAllowedByKeyPolicy = ({ policy }) => {
    const findings = [];
    const allowedRefs = modelRefs(policy).filter((r) => r.where.startsWith("apiKeys.restrictions.allowedModels"));
    if (allowedRefs.length === 0)
        return findings;
    const allowed = new Set(allowedRefs.map((r) => (0,pricing_catalog/* resolveModel */.AX)(r.id)?.id ?? r.id.toLowerCase()));
    const keyFile = allowedRefs[0]?.file.path;
    for (const ref of modelRefs(policy)) {
        if (ref.role === undefined)
            continue;
        const canonical = (0,pricing_catalog/* resolveModel */.AX)(ref.id)?.id ?? ref.id.toLowerCase();
        if (allowed.has(canonical))
            continue;
        findings.push(findingAt(ref.file, { node: ref.node }, "models/not-allowed-by-key-policy", `Role "${ref.role}" may use "${ref.id}", but ${keyFile} does not list it in apiKeys.restrictions.allowedModels, so the role is promised a model its API key cannot call.`, `Add "${ref.id}" to allowedModels in ${keyFile}, or remove it from the role.`));
    }
    return findings;
};
const unknownRoles = ({ policy }) => {
    const findings = [];
    const rm = filesOfKind(policy, "role-mappings")[0];
    if (!rm?.json)
        return findings;
    const roles = new Set((0,hooks_model/* propertiesOf */.P1)((0,hooks_model/* propertyNode */.Ef)(rm.json.root, "roleMappings")).map(([k]) => k));
    const check = (file, node, what) => {
        if (!str(node) || node.value === "*" || roles.has(node.value))
            return;
        const guess = didYouMean(node.value, roles);
        findings.push(findingAt(file, { node }, "models/unknown-role", `${what} names the role "${node.value}", which ${rm.path} does not define, so the rule applies to nobody.`, guess ? `Did you mean "${guess}"?` : `Use one of: ${[...roles].join(", ")}.`));
    };
    const def = (0,hooks_model/* propertyNode */.Ef)(rm.json.root, "defaultRole");
    if (def)
        check(rm, def, "defaultRole");
    for (const file of filesOfKind(policy, "model-policy")) {
        const restrictions = (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(file.json?.root, "modelPolicy"), "restrictions");
        for (const [family, r] of (0,hooks_model/* propertiesOf */.P1)(restrictions)) {
            for (const node of each((0,hooks_model/* propertyNode */.Ef)(r, "roles")))
                check(file, node, `modelPolicy.restrictions.${family}.roles`);
        }
    }
    return findings;
};
/** Role and model-policy models that managed `availableModels` does not offer (reference §2). */
const modelsOutsideAvailableModels = ({ policy }) => {
    const findings = [];
    const managed = modelRefs(policy).filter((r) => r.file.kind === "managed-settings" &&
        r.file.path.endsWith("managed-settings.json") &&
        r.where.startsWith("availableModels"));
    if (managed.length === 0)
        return findings;
    const available = new Set(managed.map((r) => (0,pricing_catalog/* resolveModel */.AX)(r.id)?.id ?? r.id.toLowerCase()));
    const source = managed[0]?.file.path;
    for (const ref of modelRefs(policy)) {
        if (ref.file.kind !== "role-mappings" && ref.file.kind !== "model-policy")
            continue;
        if (ref.where.startsWith("routing"))
            continue;
        const canonical = (0,pricing_catalog/* resolveModel */.AX)(ref.id)?.id ?? ref.id.toLowerCase();
        if (available.has(canonical))
            continue;
        findings.push(findingAt(ref.file, { node: ref.node }, "models/not-in-available-models", `${ref.where} is "${ref.id}", which ${source} does not list in availableModels: Claude Code rejects models outside that allowlist for /model, --model, the model setting and subagents (reference §2), so this choice cannot take effect.`, `Add "${ref.id}" to availableModels in ${source}, or use one of the models listed there.`));
    }
    return findings;
};

;// CONCATENATED MODULE: ./shared/policy/rules/permissions.ts
/**
 * Permission rules through the permission engine (shared/permissions): each
 * rule string of settings, enterprise settings and role mappings is parsed
 * with its node position, and the engine's parse diagnostics (character
 * ranges inside the string) and analysis findings become lint findings.
 */



function ruleSets(policy) {
    const out = [];
    const managedSandbox = policy.files.some((f) => f.kind === "managed-settings" &&
        (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(f.json?.root, "sandbox"), "enabled")?.value === true);
    for (const file of policy.files) {
        const root = file.json?.root;
        if (!root)
            continue;
        const sandboxHere = (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(root, "sandbox"), "enabled")?.value === true;
        if (file.kind === "managed-settings" ||
            file.kind === "claude-settings" ||
            file.kind === "enterprise-settings") {
            const permissions = (0,hooks_model/* propertyNode */.Ef)(root, "permissions");
            if (permissions?.type !== "object")
                continue;
            const scope = file.kind === "claude-settings"
                ? /settings\.local\.json$/.test(file.path)
                    ? "local"
                    : "project"
                : "managed";
            out.push({ file, permissions, scope, sandboxEnabled: sandboxHere || managedSandbox, label: file.path });
        }
        else if (file.kind === "role-mappings") {
            for (const [role, r] of (0,hooks_model/* propertiesOf */.P1)((0,hooks_model/* propertyNode */.Ef)(root, "roleMappings"))) {
                const permissions = (0,hooks_model/* propertyNode */.Ef)(r, "permissions");
                if (permissions?.type !== "object")
                    continue;
                out.push({
                    file,
                    permissions,
                    scope: "managed",
                    sandboxEnabled: managedSandbox,
                    label: `role ${role}`,
                });
            }
        }
    }
    return out;
}
function listsOf(permissions) {
    const lists = {};
    const nodes = new Map();
    for (const behavior of ["allow", "ask", "deny"]) {
        const list = (0,hooks_model/* propertyNode */.Ef)(permissions, behavior);
        if (list?.type !== "array")
            continue;
        lists[behavior] = (list.children ?? []).map((child, i) => {
            nodes.set(`${behavior}:${i}`, child);
            return child.type === "string" ? child.value : child.type === "null" ? null : (child.value ?? {});
        });
    }
    return { lists: lists, nodes };
}
const permissionRules = ({ policy }) => {
    const findings = [];
    for (const set of ruleSets(policy)) {
        const { lists, nodes } = listsOf(set.permissions);
        const source = set.file.json;
        if (!source)
            continue;
        // Each entry's source carries its line and column, which map back to its node.
        const byPosition = new Map();
        const sourceOf = (behavior, entry) => {
            const node = nodes.get(`${behavior}:${entry}`);
            const pos = node ? source.position(node.offset) : { line: 0, column: 0 };
            if (node)
                byPosition.set(`${pos.line}:${pos.column}`, node);
            return { scope: set.scope, file: set.file.path, line: pos.line, column: pos.column };
        };
        const built = (0,permissions/* buildRules */.aL)(lists, { scope: set.scope, file: set.file.path }, sourceOf);
        for (const d of built.diagnostics)
            findings.push(diagnosticFinding(set, nodes, d));
        let analysis;
        try {
            analysis = (0,permissions/* analyseRules */.f1)(built.rules, { sandboxEnabled: set.sandboxEnabled });
        }
        catch {
            continue;
        }
        for (const a of analysis) {
            const first = a.rules[0];
            const node = first ? byPosition.get(`${first.source.line}:${first.source.column}`) : undefined;
            findings.push(findingAt(set.file, node ? { node } : { node: set.permissions }, a.id, set.label === set.file.path ? a.message : `${set.label}: ${a.message}`, a.hint, a.severity));
        }
    }
    return findings;
};
function diagnosticFinding(set, nodes, d) {
    const node = nodes.get(`${d.behavior}:${d.entry}`);
    const inString = node?.type === "string" && d.end >= d.start ? { start: d.start, end: d.end } : undefined;
    return findingAt(set.file, node ? { node, ...(inString ? { inString } : {}) } : { node: set.permissions }, `permissions/rule-${d.code}`, `${set.label === set.file.path ? "" : `${set.label}: `}"${d.text}" (${d.behavior}): ${d.message}`, d.hint ?? "Fix or remove the rule.", d.severity);
}

;// CONCATENATED MODULE: ./shared/policy/rules/policy-version.ts


/** Every place a policy version is stated. */
function versionRefs(policy) {
    const out = [];
    for (const file of policy.files) {
        const root = file.json?.root;
        if (!root || file.kind === "unknown-json")
            continue;
        for (const node of [
            (0,hooks_model/* propertyNode */.Ef)(root, "policyVersion"),
            (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(root, "enterprise"), "policyVersion"),
            (0,hooks_model/* propertyNode */.Ef)((0,hooks_model/* propertyNode */.Ef)(root, "env"), "STEWARD_POLICY_VERSION"),
        ]) {
            if (node?.type === "string" && typeof node.value === "string")
                out.push({ file, node, value: node.value });
        }
    }
    return out;
}
const versionMismatch = ({ policy }) => {
    const refs = versionRefs(policy);
    if (refs.length < 2)
        return [];
    const authority = refs.find((r) => r.file.kind === "enterprise-settings") ??
        [...refs].sort((a, b) => refs.filter((r) => r.value === b.value).length - refs.filter((r) => r.value === a.value).length)[0];
    if (!authority)
        return [];
    return refs
        .filter((r) => r.value !== authority.value)
        .map((r) => findingAt(r.file, { node: r.node }, "policy/version-mismatch", `policyVersion here is "${r.value}" but ${authority.file.path} says "${authority.value}": audit records and reports would name different versions of the same policy.`, `Set it to "${authority.value}" (or bump every file together).`));
};
/** The content that matters: every policy file with `$schema` and version keys removed, canonicalised. */
function contentOf(policy) {
    const out = new Map();
    for (const file of policy.files) {
        if (file.kind === "unknown-json")
            continue;
        if (file.json) {
            out.set(file.path, canonical(file.json.value));
        }
        else
            out.set(file.path, file.text.replace(/\s+/g, " ").trim());
    }
    return out;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(",")}]`;
    if (typeof value === "object" && value !== null) {
        const entries = Object.entries(value)
            .filter(([k]) => k !== "policyVersion" && k !== "$schema" && k !== "STEWARD_POLICY_VERSION")
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
    }
    return JSON.stringify(value) ?? "undefined";
}
/**
 * On a pull request: findings when policy content changed between `base` and
 * `head` but no stated policyVersion did. Reported at head's version(s).
 */
function policyVersionBumpFindings(base, head) {
    const before = contentOf(base);
    const after = contentOf(head);
    const changed = [...new Set([...before.keys(), ...after.keys()])]
        .filter((p) => before.get(p) !== after.get(p))
        .sort();
    if (changed.length === 0)
        return [];
    const baseVersions = new Map(versionRefs(base).map((r) => [`${r.file.path}`, r.value]));
    const headRefs = versionRefs(head);
    if (headRefs.length === 0)
        return [];
    const bumped = headRefs.some((r) => baseVersions.get(r.file.path) !== undefined && baseVersions.get(r.file.path) !== r.value);
    if (bumped)
        return [];
    const target = headRefs.find((r) => r.file.kind === "enterprise-settings") ?? headRefs[0];
    if (!target)
        return [];
    return [
        findingAt(target.file, { node: target.node }, "policy/version-unchanged", `Policy content changed (${changed.slice(0, 5).join(", ")}${changed.length > 5 ? `, and ${changed.length - 5} more` : ""}) but policyVersion is still "${target.value}": audit records and reports cannot tell the old policy from the new one.`, "Bump policyVersion in every file that states it (and STEWARD_POLICY_VERSION in the managed env)."),
    ];
}

;// CONCATENATED MODULE: ./shared/policy/rules/secrets.ts

const DETECTORS = [
    {
        name: "Anthropic API key",
        re: /sk-ant-(?:api|admin|oat|ort|sid)\d{0,2}-[A-Za-z0-9_-]{16,}/g,
        prefix: (m) => m.indexOf("-", 7) + 1,
        hint: "Revoke the key in the Claude Console now, then load it at runtime (apiKeyHelper, a secret store or the ANTHROPIC_API_KEY environment variable).",
    },
    {
        name: "AWS access key id",
        re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
        prefix: () => 4,
        hint: "Deactivate the access key in IAM, then use a role (OIDC in CI, SSO on laptops) instead of static keys.",
    },
    {
        name: "GitHub token",
        re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
        prefix: (m) => m.indexOf("_") + 1,
        hint: "Revoke the token on GitHub and use the GITHUB_TOKEN secret or a GitHub App token instead.",
    },
    {
        name: "Slack webhook URL",
        re: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,}/g,
        prefix: () => "https://hooks.slack.com/".length,
        hint: "Regenerate the webhook in Slack and pass it as a repository secret (secrets.SLACK_WEBHOOK_URL).",
    },
    {
        name: "Slack token",
        re: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g,
        prefix: () => 5,
        hint: "Revoke the token in Slack and pass it as a secret.",
    },
    {
        name: "private key",
        re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g,
        prefix: (m) => m.length,
        hint: "Remove the key from the repository (and its history), rotate it, and load it from a secret store.",
    },
];
const SECRET_NAME = /(secret|token|passw(or)?d|api[_-]?key|private[_-]?key|credential|webhook)/i;
const ASSIGNMENT = /["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*[:=]\s*["']([^"'\s]{16,})["']/g;
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        h -= p * Math.log2(p);
    }
    return h;
}
function isPlaceholder(value) {
    return (/\$\{?[A-Za-z_]|\{\{|<[^>]+>|^(x+|\*+|changeme|example|placeholder|redacted)$/i.test(value) ||
        /^(https?:)?\/\//.test(value) ||
        /^[a-z]+(-[a-z]+)+$/.test(value) ||
        /^[./~]/.test(value));
}
/** Masks a secret: the safe public prefix, then asterisks and the length. */
function maskSecret(value, visible) {
    return `${value.slice(0, Math.min(visible, value.length))}${"*".repeat(4)} (${value.length} characters)`;
}
/** Secrets in one text; offsets and masked values only. */
function findSecrets(text) {
    const out = [];
    const taken = [];
    for (const d of DETECTORS) {
        for (const m of text.matchAll(d.re)) {
            const offset = m.index ?? 0;
            // "ghp_xxxxxxxx..." and "AKIAEXAMPLEEXAMPLE" style placeholders are not secrets.
            const body = m[0].slice(d.prefix(m[0]));
            if (d.name !== "private key" && (entropy(body) < 3 || /example|xxxx|0000|placeholder/i.test(body)))
                continue;
            taken.push([offset, offset + m[0].length]);
            out.push({
                offset,
                length: m[0].length,
                kind: d.name,
                masked: maskSecret(m[0], d.prefix(m[0])),
                hint: d.hint,
            });
        }
    }
    for (const m of text.matchAll(ASSIGNMENT)) {
        const name = m[1] ?? "";
        const value = m[2] ?? "";
        if (!SECRET_NAME.test(name) || /(id|name|path|file|url|arn|ref|env|var|policy|store|type)$/i.test(name))
            continue;
        if (isPlaceholder(value) || /\.[a-z]{2,5}$/.test(value) || /^[\w-]+(\/[\w-]+)+$/.test(value))
            continue;
        const offset = (m.index ?? 0) + m[0].lastIndexOf(value);
        if (taken.some(([s, e]) => offset < e && offset + value.length > s))
            continue;
        const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
        const hex = value.length >= 32 && /^[a-f0-9]+$/i.test(value);
        if (entropy(value) < 3.5 && !hex)
            continue;
        if (classes < 3 && !hex)
            continue;
        out.push({
            offset,
            length: value.length,
            kind: `high-entropy value of "${name}"`,
            masked: maskSecret(value, 2),
            hint: "If it is a real credential, rotate it and load it at runtime (an environment variable, apiKeyHelper, a secret store).",
        });
    }
    // Any other long, random-looking quoted token (not an integrity hash, a path or a URL).
    for (const m of text.matchAll(/["'`]([A-Za-z0-9+/=_-]{32,})["'`]/g)) {
        const value = m[1] ?? "";
        const offset = (m.index ?? 0) + 1;
        if (taken.some(([s, e]) => offset < e && offset + value.length > s))
            continue;
        if (out.some((o) => o.offset === offset))
            continue;
        if (/^(sha\d+|md5)-/.test(value) || /\/[a-z]+\//i.test(value) || /^[a-f0-9]+$/i.test(value))
            continue;
        const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((r) => r.test(value)).length;
        if (classes < 3 || entropy(value) < 4.5)
            continue;
        out.push({
            offset,
            length: value.length,
            kind: "high-entropy string",
            masked: maskSecret(value, 2),
            hint: "If it is a credential, rotate it and load it at runtime (an environment variable, apiKeyHelper, a secret store); if it is not, waive the finding in steward.config.json with the reason.",
        });
    }
    return out.sort((a, b) => a.offset - b.offset);
}
const committedSecrets = ({ policy }) => {
    const findings = [];
    for (const [path, f] of policy.snapshot.files) {
        if (f.text === undefined)
            continue;
        const file = policy.files.find((p) => p.path === path) ?? {
            path,
            kind: "unknown-json",
            kindSource: "fallback",
            text: f.text,
            executable: f.executable,
        };
        for (const s of findSecrets(f.text)) {
            const start = lineColumn(f.text, s.offset);
            findings.push(findingAt({ ...file, json: undefined }, { line: start.line, column: start.column, endColumn: start.column + Math.min(s.length, 200) }, "secrets/committed-secret", `A ${s.kind} is committed here (${s.masked}): anyone with read access to the repository, its forks and its history can use it.`, s.hint));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./shared/policy/rules/settings.ts



/** Keys only a managed source can set (claude-code.md §2, v2.1.240); ignored anywhere else. */
const MANAGED_ONLY_KEYS = [
    "allowAllClaudeAiMcps",
    "allowManagedHooksOnly",
    "allowManagedMcpServersOnly",
    "allowManagedPermissionRulesOnly",
    "allowedChannelPlugins",
    "blockedMarketplaces",
    "browserExternalPageTools",
    "channelsEnabled",
    "claudeMd",
    "disableBrowserExternalNavigation",
    "disableCommandPluginSources",
    "disableMobileSimulatorTools",
    "disableSideloadFlags",
    "forceLoginGatewayUrl",
    "forceRemoteSettingsRefresh",
    "parentSettingsBehavior",
    "pluginSuggestionMarketplaces",
    "pluginTrustMessage",
    "policyHelper",
    "requiredMinimumVersion",
    "requiredMaximumVersion",
    "sandbox.bwrapPath",
    "sandbox.socatPath",
    "sandbox.filesystem.allowManagedReadPathsOnly",
    "sandbox.network.allowManagedDomainsOnly",
    "sshHostAllowlist",
    "strictKnownMarketplaces",
    "allowedMarketplaces",
    "strictPluginOnlyCustomization",
    "wslInheritsWindowsSettings",
    // de-facto managed: read or enforced from managed settings alone
    "enforceAvailableModels",
    "forceLoginOrgUUID",
];
/** Keys honoured from user or managed settings only: ignored in a project's .claude/settings*.json. */
const USER_OR_MANAGED_KEYS = [
    "autoMode",
    "skipAutoPermissionPrompt",
    "processWrapper",
    "sandbox.network.strictAllowlist",
];
function nodeAtDotted(root, dotted) {
    let node = root;
    for (const part of dotted.split("."))
        node = (0,hooks_model/* propertyNode */.Ef)(node, part);
    return node;
}
const keyOf = (node) => node.parent?.type === "property" ? (node.parent.children?.[0] ?? node) : node;
const managedOnlyKeys = ({ policy }) => {
    const findings = [];
    for (const file of filesOfKind(policy, "claude-settings")) {
        const root = file.json?.root;
        for (const key of MANAGED_ONLY_KEYS) {
            const node = nodeAtDotted(root, key);
            if (!node)
                continue;
            findings.push(findingAt(file, { node: keyOf(node) }, "settings/managed-only-key", `"${key}" is honoured only in managed settings (managed-settings.json, managed-settings.d/, MDM or server-managed); in ${file.path} Claude Code ignores it, so the control it promises is not in force (reference §2).`, "Move the key to managed-settings.json (or a managed-settings.d/ drop-in) and remove it here."));
        }
        for (const key of USER_OR_MANAGED_KEYS) {
            const node = nodeAtDotted(root, key);
            if (!node)
                continue;
            findings.push(findingAt(file, { node: keyOf(node) }, "settings/managed-only-key", `"${key}" is honoured only in user (~/.claude/settings.json) or managed settings; in a project's ${file.path} Claude Code ignores it (reference §2).`, "Move it to managed settings, or to the user's own settings.", "warning"));
        }
        // `auto` mode from project/local settings is ignored.
        const mode = nodeAtDotted(root, "permissions.defaultMode");
        if (mode?.value === "auto") {
            findings.push(findingAt(file, { node: mode }, "settings/managed-only-key", `permissions.defaultMode "auto" is ignored from project and local settings (reference §2).`, "Set it in managed or user settings.", "warning"));
        }
    }
    return findings;
};
const bypassModeValue = ({ policy }) => {
    const findings = [];
    for (const file of filesOfKind(policy, "managed-settings", "claude-settings", "enterprise-settings")) {
        const root = file.json?.root;
        const inPermissions = nodeAtDotted(root, "permissions.disableBypassPermissionsMode");
        if (inPermissions && inPermissions.value !== "disable") {
            findings.push(findingAt(file, { node: inPermissions }, "settings/bypass-mode-value", `permissions.disableBypassPermissionsMode is ${JSON.stringify(inPermissions.value)}; Claude Code accepts only the string "disable", so --dangerously-skip-permissions stays available (reference §2).`, 'Write "disableBypassPermissionsMode": "disable".'));
        }
        const topLevel = (0,hooks_model/* propertyNode */.Ef)(root, "disableBypassPermissionsMode");
        if (topLevel) {
            findings.push(findingAt(file, { node: keyOf(topLevel) }, "settings/bypass-mode-value", 'disableBypassPermissionsMode at the top level is not a setting: Claude Code reads it only inside "permissions", so bypass mode stays available (reference §2).', 'Move it into "permissions" with the value "disable".'));
        }
    }
    return findings;
};
/** The seed's enterprise-settings.json carries permissions and sandbox Claude Code never reads. */
const notReadByClaudeCode = ({ policy }) => {
    const findings = [];
    for (const file of filesOfKind(policy, "enterprise-settings")) {
        for (const key of ["permissions", "sandbox", "hooks"]) {
            const node = (0,hooks_model/* propertyNode */.Ef)(file.json?.root, key);
            if (!node)
                continue;
            findings.push(findingAt(file, { node: keyOf(node) }, "settings/not-read-by-claude-code", `"${key}" in ${file.path} is never enforced: Claude Code reads managed settings only from managed-settings.json (/etc/claude-code/, /Library/Application Support/ClaudeCode/, C:\\Program Files\\ClaudeCode\\), managed-settings.d/, MDM or server-managed settings, not from enterprise-settings.json (reference §1).`, `Move "${key}" to managed-settings.json and keep only identity and policyVersion here.`));
        }
    }
    return findings;
};
/** The pointers of top-level keys whose schema error the bypass rule reports instead. */
const SCHEMA_SKIPS_SETTINGS = ["/disableBypassPermissionsMode"];
/**
 * Project settings that a managed lock makes Claude Code ignore: hooks under
 * `allowManagedHooksOnly` (#92489: "hooks never fire") and permission rules
 * under `allowManagedPermissionRulesOnly` (reference §2).
 */
const ignoredUnderManagedLock = ({ policy }) => {
    const findings = [];
    const managed = filesOfKind(policy, "managed-settings");
    const lock = (key) => managed.find((f) => (0,hooks_model/* propertyNode */.Ef)(f.json?.root, key)?.value === true);
    const hooksLock = lock("allowManagedHooksOnly");
    const rulesLock = lock("allowManagedPermissionRulesOnly");
    for (const file of filesOfKind(policy, "claude-settings")) {
        const root = file.json?.root;
        const hooks = (0,hooks_model/* propertyNode */.Ef)(root, "hooks");
        if (hooksLock && hooks?.type === "object" && (hooks.children?.length ?? 0) > 0) {
            findings.push(findingAt(file, { node: keyOf(hooks) }, "settings/ignored-under-managed-lock", `${hooksLock.path} sets allowManagedHooksOnly, so Claude Code never runs the hooks in ${file.path} (reference §2; anthropics/claude-code#92489: "hooks never fire").`, `Move these hooks to ${hooksLock.path}, or delete them here.`));
        }
        const permissions = (0,hooks_model/* propertyNode */.Ef)(root, "permissions");
        if (rulesLock && permissions?.type === "object") {
            for (const behavior of ["allow", "ask", "deny"]) {
                const list = (0,hooks_model/* propertyNode */.Ef)(permissions, behavior);
                if (list?.type !== "array" || (list.children?.length ?? 0) === 0)
                    continue;
                findings.push(findingAt(file, { node: keyOf(list) }, "settings/ignored-under-managed-lock", `${rulesLock.path} sets allowManagedPermissionRulesOnly, so Claude Code ignores the ${behavior} rules in ${file.path} (reference §2).`, `Move the rules that matter to ${rulesLock.path}, or delete them here.`));
            }
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./shared/policy/rules/all.ts
/** Every semantic rule, keyed by the rule ids it reports (see catalog.ts). */








const catalogRules = [
    { reports: ["settings/managed-only-key"], run: managedOnlyKeys },
    { reports: ["settings/bypass-mode-value"], run: bypassModeValue },
    { reports: ["settings/not-read-by-claude-code"], run: notReadByClaudeCode },
    { reports: ["settings/ignored-under-managed-lock"], run: ignoredUnderManagedLock },
    { reports: ["hooks/invalid-shape"], run: invalidShape },
    { reports: ["hooks/matcher-unanchored", "hooks/matcher-matches-nothing"], run: matchers },
    {
        reports: ["hooks/script-missing", "hooks/script-not-executable", "hooks/relative-script-path"],
        run: scripts,
    },
    { reports: ["hooks/unset-variable"], run: unsetVariables },
    { reports: ["hooks/block-exit-code"], run: blockExitCode },
    { reports: ["models/unknown", "models/retired", "models/deprecated"], run: modelLifecycleRule },
    { reports: ["models/not-allowed-by-key-policy"], run: roleModelsAllowedByKeyPolicy },
    { reports: ["models/unknown-role"], run: unknownRoles },
    { reports: ["models/not-in-available-models"], run: modelsOutsideAvailableModels },
    { reports: ["quotas/daily-exceeds-monthly", "quotas/role-exceeds-org"], run: quotaArithmetic },
    { reports: ["quotas/threshold-range"], run: thresholdRange },
    { reports: ["keys/rotation-periods"], run: rotationPeriods },
    { reports: ["network/invalid-allowlist-entry"], run: ipAllowlist },
    { reports: ["retention/inconsistent"], run: retention },
    { reports: ["claude-md/include-directive"], run: includeDirective },
    { reports: ["claude-md/unresolved-import", "claude-md/import-depth"], run: imports },
    { reports: ["secrets/committed-secret"], run: committedSecrets },
    { reports: ["policy/version-mismatch"], run: versionMismatch },
    { reports: ["permissions/*"], run: permissionRules },
];

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(dist_ajv);
;// CONCATENATED MODULE: ./shared/policy/schemas/api-key-policy.schema.json
const api_key_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/api-key-policy.schema.json","title":"Steward API key policy","description":"Key rotation, restrictions and audit for Anthropic API keys.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"policyVersion":{"type":"string"},"apiKeys":{"type":"object","properties":{"rotation":{"type":"object","properties":{"enabled":{"type":"boolean"},"interval":{"type":"string","pattern":"^[0-9]+(m|h|d|w)$","description":"A duration such as 30d, 8h, 1m"},"notifyBefore":{"type":"string","pattern":"^[0-9]+(m|h|d|w)$","description":"A duration such as 30d, 8h, 1m"},"gracePeriod":{"type":"string","pattern":"^[0-9]+(m|h|d|w)$","description":"A duration such as 30d, 8h, 1m"},"afterGrace":{"enum":["inactive","archived"]},"maxExpiry":{"type":"string","pattern":"^[0-9]+(m|h|d|w)$","description":"A duration such as 30d, 8h, 1m"},"newKeysCreatedIn":{"enum":["console"]}},"additionalProperties":false},"keys":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"workspace":{"type":"string"},"description":{"type":"string"},"secretStore":{"type":"object","properties":{"type":{"enum":["aws-secrets-manager","github-actions","vault","azure-key-vault"]}},"required":["type"]}},"additionalProperties":false,"required":["name"]}},"ci":{"type":"object","properties":{"authentication":{"enum":["workload-identity-federation","api-key"]},"scope":{"enum":["workspace:inference","workspace:developer","org:admin"]}}},"restrictions":{"type":"object","properties":{"ipAllowlist":{"type":"array","items":{"type":"string"}},"allowedModels":{"type":"array","items":{"type":"string"}},"maxTokensPerRequest":{"type":"integer","minimum":1},"rateLimit":{"type":"object","properties":{"requests":{"type":"integer","minimum":1},"tokens":{"type":"integer","minimum":1},"period":{"type":"string","pattern":"^[0-9]+(m|h|d|w)$","description":"A duration such as 30d, 8h, 1m"}},"additionalProperties":false}},"additionalProperties":false},"audit":{"type":"object","properties":{"logAllRequests":{"type":"boolean"},"retentionDays":{"type":"integer","minimum":1}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false,"required":["apiKeys"]}');
;// CONCATENATED MODULE: ./shared/policy/schemas/claude-settings.schema.json
const claude_settings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/claude-settings.schema.json","title":"Claude Code settings (Steward)","description":"Claude Code settings keys per docs/reference/claude-code.md section 2: managed settings, drop-ins and .claude/settings*.json.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"permissions":{"type":"object","properties":{"allow":{"type":"array","items":{"type":"string"}},"ask":{"type":"array","items":{"type":"string"}},"deny":{"type":"array","items":{"type":"string"}},"defaultMode":{"enum":["default","acceptEdits","plan","auto","dontAsk","bypassPermissions","manual","delegate"]},"additionalDirectories":{"type":"array","items":{"type":"string"}},"disableBypassPermissionsMode":{"type":"string"},"disableAutoMode":{"type":"string"},"blockReadsOutsideWorkingDirectories":{"type":"boolean"}},"additionalProperties":false},"hooks":{"type":"object","propertyNames":{"enum":["SessionStart","Setup","UserPromptSubmit","UserPromptExpansion","PreToolUse","PermissionRequest","PermissionDenied","PostToolUse","PostToolUseFailure","PostToolBatch","Notification","MessageDisplay","SubagentStart","SubagentStop","TaskCreated","TaskCompleted","Stop","StopFailure","TeammateIdle","InstructionsLoaded","ConfigChange","CwdChanged","DirectoryAdded","FileChanged","WorktreeCreate","WorktreeRemove","PreCompact","PostCompact","Elicitation","ElicitationResult","SessionEnd","PreModelSwitch","PostModelSwitch"]},"additionalProperties":{"type":"array","items":{"type":"object","properties":{"matcher":{"type":"string"},"hooks":{"type":"array","items":{"type":"object","properties":{"type":{"enum":["command","http","mcp_tool","prompt","agent"]},"command":{"type":"string"},"args":{"type":"array","items":{"type":"string"}},"async":{"type":"boolean"},"asyncRewake":{"type":"boolean"},"shell":{"enum":["bash","powershell"]},"url":{"type":"string"},"headers":{"type":"object","additionalProperties":{"type":"string"}},"allowedEnvVars":{"type":"array","items":{"type":"string"}},"server":{"type":"string"},"tool":{"type":"string"},"input":{"type":"object"},"prompt":{"type":"string"},"model":{"type":"string"},"if":{"type":"string"},"timeout":{"type":"number","exclusiveMinimum":0},"statusMessage":{"type":"string"},"once":{"type":"boolean"}},"additionalProperties":false,"required":["type"]}}},"additionalProperties":false,"required":["hooks"]}}},"env":{"type":"object","additionalProperties":{"type":"string"}},"apiKeyHelper":{"type":"string"},"awsAuthRefresh":{"type":"string"},"awsCredentialExport":{"type":"string"},"otelHeadersHelper":{"type":"string"},"statusLine":{"type":"object","properties":{"type":{"const":"command"},"command":{"type":"string"},"padding":{"type":"number"},"refreshInterval":{"type":"number"},"hideVimModeIndicator":{"type":"boolean"}},"additionalProperties":false,"required":["type","command"]},"fileSuggestion":{"type":"object"},"subagentStatusLine":{"type":"object"},"model":{"type":"string"},"fallbackModel":{"type":["string","array"]},"availableModels":{"type":"array","items":{"type":"string"}},"enforceAvailableModels":{"type":"boolean"},"effortLevel":{"type":"string"},"cleanupPeriodDays":{"type":"integer","minimum":1},"companyAnnouncements":{"type":"array","items":{"type":"string"}},"includeCoAuthoredBy":{"type":"boolean"},"includeGitInstructions":{"type":"boolean"},"attribution":{"type":"object"},"outputStyle":{"type":"string"},"theme":{"type":"string"},"language":{"type":"string"},"spinnerTipsEnabled":{"type":"boolean"},"alwaysThinkingEnabled":{"type":"boolean"},"respectGitignore":{"type":"boolean"},"autoUpdatesChannel":{"type":"string"},"plansDirectory":{"type":"string"},"forceLoginMethod":{"enum":["claudeai","console","gateway"]},"forceLoginOrgUUID":{"type":["string","array"],"items":{"type":"string"}},"enableAllProjectMcpServers":{"type":"boolean"},"enabledMcpjsonServers":{"type":"array","items":{"type":"string"}},"disabledMcpjsonServers":{"type":"array","items":{"type":"string"}},"allowedMcpServers":{"type":"array","items":{"type":"object","properties":{"serverName":{"type":"string"},"serverCommand":{"type":"array","items":{"type":"string"}},"serverUrl":{"type":"string"}},"additionalProperties":false}},"deniedMcpServers":{"type":"array","items":{"type":"object","properties":{"serverName":{"type":"string"},"serverCommand":{"type":"array","items":{"type":"string"}},"serverUrl":{"type":"string"}},"additionalProperties":false}},"disableAllHooks":{"type":"boolean"},"allowedHttpHookUrls":{"type":"array","items":{"type":"string"}},"httpHookAllowedEnvVars":{"type":"array","items":{"type":"string"}},"claudeMd":{"type":"string"},"claudeMdExcludes":{"type":"array","items":{"type":"string"}},"enabledPlugins":{"type":"object"},"extraKnownMarketplaces":{"type":"object"},"skipDangerousModePermissionPrompt":{"type":"boolean"},"skipAutoPermissionPrompt":{"type":"boolean"},"autoMode":{},"processWrapper":{},"useAutoModeDuringPlan":{"type":"boolean"},"syncClaudeAiSkills":{"type":"boolean"},"disableClaudeAiConnectors":{"type":"boolean"},"isolatePeerMachines":{"type":"boolean"},"remoteControlAtStartup":{"type":"boolean"},"crossSessionInbound":{"enum":["accept","hold","refuse"]},"disableAutoMode":{"type":"string"},"allowAllClaudeAiMcps":{"type":"boolean"},"allowManagedHooksOnly":{"type":"boolean"},"allowManagedMcpServersOnly":{"type":"boolean"},"allowManagedPermissionRulesOnly":{"type":"boolean"},"allowedChannelPlugins":{"type":"array"},"blockedMarketplaces":{"type":"array"},"browserExternalPageTools":{},"channelsEnabled":{"type":"boolean"},"disableBrowserExternalNavigation":{"type":"boolean"},"disableCommandPluginSources":{"type":"boolean"},"disableMobileSimulatorTools":{"type":"boolean"},"disableSideloadFlags":{"type":"boolean"},"forceLoginGatewayUrl":{"type":"string"},"forceRemoteSettingsRefresh":{"type":"boolean"},"parentSettingsBehavior":{},"pluginSuggestionMarketplaces":{"type":"array"},"pluginTrustMessage":{"type":"string"},"policyHelper":{"type":"object","properties":{"path":{"type":"string"},"refreshIntervalMs":{"type":"integer"},"timeoutMs":{"type":"integer"}},"additionalProperties":false,"required":["path"]},"requiredMinimumVersion":{"type":"string"},"requiredMaximumVersion":{"type":"string"},"sshHostAllowlist":{"type":"array","items":{"type":"string"}},"strictKnownMarketplaces":{"type":"array"},"allowedMarketplaces":{"type":"array"},"strictPluginOnlyCustomization":{"anyOf":[{"type":"boolean"},{"type":"object","properties":{"agents":{"type":"boolean"},"hooks":{"type":"boolean"},"mcp":{"type":"boolean"},"skills":{"type":"boolean"}},"additionalProperties":false}]},"wslInheritsWindowsSettings":{"type":"boolean"},"sandbox":{"type":"object","properties":{"enabled":{"type":"boolean"},"failIfUnavailable":{"type":"boolean"},"autoAllowBashIfSandboxed":{"type":"boolean"},"allowUnsandboxedCommands":{"type":"boolean"},"excludedCommands":{"type":"array","items":{"type":"string"}},"enableWeakerNestedSandbox":{"type":"boolean"},"ignoreViolations":{"type":"object"},"bwrapPath":{"type":"string"},"socatPath":{"type":"string"},"filesystem":{"type":"object","properties":{"allowWrite":{"type":"array","items":{"type":"string"}},"denyWrite":{"type":"array","items":{"type":"string"}},"denyRead":{"type":"array","items":{"type":"string"}},"allowRead":{"type":"array","items":{"type":"string"}},"allowManagedReadPathsOnly":{"type":"boolean"}},"additionalProperties":false},"network":{"type":"object","properties":{"allowedDomains":{"type":"array","items":{"type":"string"}},"deniedDomains":{"type":"array","items":{"type":"string"}},"allowUnixSockets":{"type":"array","items":{"type":"string"}},"allowAllUnixSockets":{"type":"boolean"},"allowLocalBinding":{"type":"boolean"},"httpProxyPort":{"type":"integer"},"socksProxyPort":{"type":"integer"},"allowManagedDomainsOnly":{"type":"boolean"},"strictAllowlist":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./shared/policy/schemas/enterprise-auth.schema.json
const enterprise_auth_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/enterprise-auth.schema.json","title":"Steward enterprise authentication","description":"SSO (SAML/OIDC) identity provider description and Claude Code login enforcement.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"policyVersion":{"type":"string"},"authentication":{"type":"object","properties":{"type":{"enum":["saml","oidc"]},"provider":{"type":"string"},"config":{"type":"object","additionalProperties":{}},"attributeMapping":{"type":"object","additionalProperties":{"type":"string"}},"groupsToRoles":{"type":"string"}},"additionalProperties":false,"required":["type"]},"claudeCodeLogin":{"type":"object","properties":{"forceLoginMethod":{"enum":["claudeai","console","gateway"]},"forceLoginOrgUUID":{"type":["string","array"]}},"additionalProperties":false}},"additionalProperties":false,"required":["authentication"]}');
;// CONCATENATED MODULE: ./shared/policy/schemas/enterprise-settings.schema.json
const enterprise_settings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/enterprise-settings.schema.json","title":"Steward enterprise settings","description":"Organization identity and policyVersion; where each policy file is installed. Not read by Claude Code.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"policyVersion":{"type":"string"},"enterprise":{"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"policyVersion":{"type":"string"},"enforced":{"type":"boolean"}},"additionalProperties":false},"managedSettings":{"type":"object"},"files":{"type":"object","additionalProperties":{"type":"string"}},"permissions":{"$ref":"claude-settings.schema.json#/properties/permissions"},"sandbox":{"$ref":"claude-settings.schema.json#/properties/sandbox"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./shared/policy/schemas/enterprise-support.schema.json
const enterprise_support_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/enterprise-support.schema.json","title":"Steward enterprise support contacts","description":"Support contract, contacts and escalation.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"policyVersion":{"type":"string"},"support":{"type":"object"}},"additionalProperties":false,"required":["support"]}');
;// CONCATENATED MODULE: ./shared/policy/schemas/governance-config.schema.json
const governance_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/governance-config.schema.json","title":"Steward governance configuration","description":"Retention, access control, audit requirements and compliance reports.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"policyVersion":{"type":"string"},"governance":{"type":"object","properties":{"policies":{"type":"object","properties":{"dataHandling":{"type":"object","properties":{"piiAllowed":{"type":"boolean"},"encryptionRequired":{"type":"boolean"},"retentionDays":{"type":"integer","minimum":1},"transcriptCleanupPeriodDays":{"type":"integer","minimum":1}},"additionalProperties":false},"accessControl":{"type":"object","properties":{"mfaRequired":{"type":"boolean"},"sessionTimeout":{"type":"string","pattern":"^[0-9]+(m|h|d|w)$","description":"A duration such as 30d, 8h, 1m"},"ipRestrictions":{"type":"boolean"}},"additionalProperties":false},"auditRequirements":{"type":"object","properties":{"logAllAccess":{"type":"boolean"},"logToolUsage":{"type":"boolean"},"logModelResponses":{"type":"boolean"},"auditLogFormat":{"type":"string"},"auditLogDir":{"type":"string"},"retentionDays":{"type":"integer","minimum":1}},"additionalProperties":false}},"additionalProperties":false},"reports":{"type":"object","properties":{"frequency":{"enum":["daily","weekly","monthly","quarterly"]},"recipients":{"type":"array","items":{"type":"string"}},"slackChannel":{"type":"string"},"includeMetrics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false,"required":["governance"]}');
;// CONCATENATED MODULE: ./shared/policy/schemas/managed-settings.schema.json
const managed_settings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/managed-settings.schema.json","title":"Claude Code managed settings (Steward)","description":"managed-settings.json and managed-settings.d/*.json: the Claude Code settings schema; managed-only keys are allowed here.","allOf":[{"$ref":"claude-settings.schema.json"}]}');
;// CONCATENATED MODULE: ./shared/policy/schemas/model-policy.schema.json
const model_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/model-policy.schema.json","title":"Steward model policy","description":"Default model, task rules, per-role model restrictions and provider routing.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"policyVersion":{"type":"string"},"modelPolicy":{"type":"object","properties":{"default":{"type":"string"},"rules":{"type":"array","items":{"type":"object","properties":{"condition":{"type":"string"},"model":{"type":"string"},"reason":{"type":"string"}},"additionalProperties":false,"required":["model"]}},"restrictions":{"type":"object","additionalProperties":{"type":"object","properties":{"roles":{"type":"array","items":{"type":"string"}},"requireApproval":{"type":"boolean"}},"additionalProperties":false}}},"additionalProperties":false},"routing":{"type":"object","properties":{"provider":{"enum":["anthropic","bedrock","vertex","aws-platform"]},"region":{"type":"string"},"project":{"type":"string"},"location":{"type":"string"},"direct":{"type":"boolean"},"credentials":{"type":"object","properties":{"type":{"type":"string"}}},"models":{"type":"object","additionalProperties":{"type":"string"}},"managedSettingsDropIn":{"type":["string","null"]},"strategy":{"type":"string"},"regions":{"type":"object","additionalProperties":{"type":"object","properties":{"provider":{"enum":["anthropic","bedrock","vertex","aws-platform"]},"region":{"type":"string"},"project":{"type":"string"},"location":{"type":"string"},"direct":{"type":"boolean"},"credentials":{"type":"object","properties":{"type":{"type":"string"}}},"models":{"type":"object","additionalProperties":{"type":"string"}},"managedSettingsDropIn":{"type":["string","null"]}},"additionalProperties":false}},"fallback":{"type":"object","properties":{"provider":{"enum":["anthropic","bedrock","vertex","aws-platform"]},"region":{"type":"string"},"project":{"type":"string"},"location":{"type":"string"},"direct":{"type":"boolean"},"credentials":{"type":"object","properties":{"type":{"type":"string"}}},"models":{"type":"object","additionalProperties":{"type":"string"}},"managedSettingsDropIn":{"type":["string","null"]}},"additionalProperties":false}},"additionalProperties":false},"modelRouting":{"type":"object","properties":{"provider":{"enum":["anthropic","bedrock","vertex","aws-platform"]},"region":{"type":"string"},"project":{"type":"string"},"location":{"type":"string"},"direct":{"type":"boolean"},"credentials":{"type":"object","properties":{"type":{"type":"string"}}},"models":{"type":"object","additionalProperties":{"type":"string"}},"managedSettingsDropIn":{"type":["string","null"]},"strategy":{"type":"string"},"regions":{"type":"object","additionalProperties":{"type":"object","properties":{"provider":{"enum":["anthropic","bedrock","vertex","aws-platform"]},"region":{"type":"string"},"project":{"type":"string"},"location":{"type":"string"},"direct":{"type":"boolean"},"credentials":{"type":"object","properties":{"type":{"type":"string"}}},"models":{"type":"object","additionalProperties":{"type":"string"}},"managedSettingsDropIn":{"type":["string","null"]}},"additionalProperties":false}},"fallback":{"type":"object","properties":{"provider":{"enum":["anthropic","bedrock","vertex","aws-platform"]},"region":{"type":"string"},"project":{"type":"string"},"location":{"type":"string"},"direct":{"type":"boolean"},"credentials":{"type":"object","properties":{"type":{"type":"string"}}},"models":{"type":"object","additionalProperties":{"type":"string"}},"managedSettingsDropIn":{"type":["string","null"]}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./shared/policy/schemas/role-mappings.schema.json
const role_mappings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/role-mappings.schema.json","title":"Steward role mappings","description":"IdP group -> role: per-role permission rules, models and token quotas.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"policyVersion":{"type":"string"},"defaultRole":{"type":"string"},"orgQuota":{"type":"object","properties":{"daily":{"type":"integer","minimum":0},"monthly":{"type":"integer","minimum":0}},"additionalProperties":false},"quotaUnit":{"type":"object","properties":{"countedTokens":{"type":"array","items":{"enum":["input","output","cacheWrite5m","cacheWrite1h","cacheRead"]}},"excludes":{"type":"string"},"timezone":{"type":"string"}},"additionalProperties":false},"roleMappings":{"type":"object","additionalProperties":{"type":"object","properties":{"description":{"type":"string"},"idpGroups":{"type":"array","items":{"type":"string"}},"permissions":{"type":"object","properties":{"allow":{"type":"array","items":{"type":"string"}},"ask":{"type":"array","items":{"type":"string"}},"deny":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"models":{"type":"array","items":{"type":"string"}},"quotas":{"type":"object","properties":{"daily":{"type":"integer","minimum":0},"monthly":{"type":"integer","minimum":0}},"additionalProperties":false}},"additionalProperties":false}}},"additionalProperties":false,"required":["roleMappings"]}');
;// CONCATENATED MODULE: ./shared/policy/schemas/steward-config.schema.json
const steward_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/steward-config.schema.json","title":"Steward configuration","description":"Steward\'s own settings for a policy repository: file kinds and lint waivers.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"files":{"type":"object","additionalProperties":{"enum":["managed-settings","claude-settings","enterprise-settings","role-mappings","api-key-policy","model-policy","governance-config","usage-dashboard-config","enterprise-auth","team-settings","enterprise-support","steward-config","claude-md","hook-script","ignore"]}},"waivers":{"type":"array","items":{"type":"object","properties":{"rule":{"type":"string"},"path":{"type":"string"},"reason":{"type":"string"},"expires":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"}},"additionalProperties":false,"required":["rule","path"]}}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./shared/policy/schemas/team-settings.schema.json
const team_settings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/team-settings.schema.json","title":"Steward team settings","description":"Team metadata, defaults and shared MCP endpoints.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"policyVersion":{"type":"string"},"team":{"type":"object","properties":{"name":{"type":"string"},"id":{"type":"string"},"lead":{"type":"string"}},"additionalProperties":false},"defaults":{"type":"object","properties":{"model":{"type":"string"},"autoCompact":{"type":"boolean"},"theme":{"type":"string"}},"additionalProperties":false},"sharedSkills":{"type":"array","items":{"type":"string"}},"mcpServers":{"type":"object","additionalProperties":{"type":"object"}}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./shared/policy/schemas/usage-dashboard-config.schema.json
const usage_dashboard_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://steward.dev/schemas/usage-dashboard-config.schema.json","title":"Steward usage dashboard","description":"Usage metrics and quota alerts.","type":"object","properties":{"$schema":{"type":"string"},"$comment":{"type":"string"},"policyVersion":{"type":"string"},"dashboard":{"type":"object","properties":{"sources":{"type":"array","items":{"type":"string"}},"metrics":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"query":{"type":"string"},"visualization":{"enum":["timeseries","pie","bar","table","number"]},"pricing":{"type":"string"}},"additionalProperties":false,"required":["name"]}},"alerts":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"condition":{"type":"string"},"metric":{"type":"string"},"threshold":{"type":"number"},"percentOfRoleQuota":{"type":"number"},"quota":{"enum":["daily","monthly"]},"severity":{"enum":["info","warning","critical"]},"channels":{"type":"array","items":{"type":"string"}}},"additionalProperties":false,"required":["name"]}}},"additionalProperties":false}},"additionalProperties":false,"required":["dashboard"]}');
;// CONCATENATED MODULE: ./shared/policy/schema.ts
/**
 * JSON Schema validation of every JSON policy file (ajv, compiled once), each
 * error mapped to the line and column of the offending value, or of the key
 * for unknown keys, with a "did you mean" from the schema's known keys.
 */
















/** Every schema, by kind. */
const SCHEMAS = {
    "managed-settings": managed_settings_schema_namespaceObject,
    "claude-settings": claude_settings_schema_namespaceObject,
    "enterprise-settings": enterprise_settings_schema_namespaceObject,
    "role-mappings": role_mappings_schema_namespaceObject,
    "api-key-policy": api_key_policy_schema_namespaceObject,
    "model-policy": model_policy_schema_namespaceObject,
    "governance-config": governance_config_schema_namespaceObject,
    "usage-dashboard-config": usage_dashboard_config_schema_namespaceObject,
    "enterprise-auth": enterprise_auth_schema_namespaceObject,
    "team-settings": team_settings_schema_namespaceObject,
    "enterprise-support": enterprise_support_schema_namespaceObject,
    "steward-config": steward_config_schema_namespaceObject,
};
let compiled;
/** Compiles every schema once; later calls reuse the validators. */
function validators() {
    if (compiled)
        return compiled;
    const AjvClass = ((ajv_default())["default"] ?? (ajv_default()));
    const ajv = new AjvClass({ allErrors: true, strict: false, verbose: true });
    for (const schema of Object.values(SCHEMAS))
        ajv.addSchema(schema);
    const map = new Map();
    for (const kind of Object.keys(SCHEMAS)) {
        const v = ajv.getSchema(schemaIdOf(kind));
        if (!v)
            throw new Error(`schema ${kind} did not compile`);
        map.set(kind, v);
    }
    compiled = map;
    return map;
}
function pointerToPath(pointer) {
    if (pointer === "")
        return [];
    return pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function displayPath(path) {
    if (path.length === 0)
        return "the top level";
    return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
function keyNode(objectNode, key) {
    for (const p of objectNode?.children ?? [])
        if (p.children?.[0]?.value === key)
            return p.children[0];
    return undefined;
}
const typeName = (v) => v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`;
/** Schema findings for one JSON policy file of a known kind. */
function schemaFindings(file, options = {}) {
    const source = file.json;
    if (!source || source.root === undefined || source.value === undefined)
        return [];
    const kind = file.kind;
    const validate = validators().get(kind);
    if (!validate)
        return [];
    if (validate(source.value))
        return [];
    const findings = [];
    const seen = new Set();
    const kindLabel = kind === "managed-settings" || kind === "claude-settings"
        ? "Claude Code settings"
        : `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} file`;
    for (const error of (validate.errors ?? [])) {
        const extra = error.params.additionalProperty;
        const pointer = extra !== undefined
            ? `${error.instancePath}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}`
            : error.instancePath;
        if (options.skipUnder?.some((p) => pointer === p || pointer.startsWith(`${p}/`)))
            continue;
        if (error.keyword === "if" || error.keyword === "allOf")
            continue;
        const path = pointerToPath(error.instancePath);
        const node = path.length === 0 ? source.root : (0,json_source/* findNode */.cy)(source, path);
        const where = displayPath(path);
        if (error.keyword === "additionalProperties") {
            const key = String(error.params.additionalProperty);
            const dedupe = `${error.instancePath}/${key}:unknown`;
            if (seen.has(dedupe))
                continue;
            seen.add(dedupe);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const guess = didYouMean(key, known);
            findings.push(findingAt(file, { node: keyNode(node, key) ?? node }, "schema/unknown-key", `Unknown key "${key}" in ${where}: ${kindLabel} ${kind === "managed-settings" || kind === "claude-settings" ? "have" : "has"} no such key, so it is ignored${guess ? `; did you mean "${guess}"?` : "."}`, guess
                ? `Rename it to "${guess}" or remove it.`
                : `Remove it, or move it to the file that owns it. Known keys here: ${known.slice(0, 12).join(", ")}${known.length > 12 ? ", ..." : ""}.`));
            continue;
        }
        if (error.keyword === "propertyNames")
            continue;
        const propertyName = error.propertyName;
        if (propertyName !== undefined) {
            const dedupe = `${error.instancePath}/${propertyName}:name`;
            if (seen.has(dedupe))
                continue;
            seen.add(dedupe);
            const allowed = (error.params.allowedValues ?? []).map(String);
            const guess = didYouMean(propertyName, allowed);
            findings.push(findingAt(file, { node: keyNode(node, propertyName) ?? node }, "schema/unknown-key", `Unknown key "${propertyName}" in ${where}: not one of the names allowed here${guess ? `; did you mean "${guess}"?` : "."}`, guess
                ? `Rename it to "${guess}".`
                : `Use one of: ${allowed.slice(0, 12).join(", ")}${allowed.length > 12 ? ", ..." : ""}.`));
            continue;
        }
        const dedupe = `${error.instancePath}:${error.keyword}`;
        if (seen.has(dedupe))
            continue;
        seen.add(dedupe);
        let message;
        let hint;
        let at = node;
        switch (error.keyword) {
            case "type": {
                const expected = error.params.type;
                message = `${where} must be ${Array.isArray(expected) ? expected.join(" or ") : expected}, not ${typeName(error.data)}; a value of the wrong type is dropped (and in a user or project settings file can void the whole file).`;
                hint = `Write ${where} as ${Array.isArray(expected) ? expected.join(" or ") : expected}.`;
                break;
            }
            case "enum": {
                const allowed = (error.params.allowedValues ?? []).map((v) => JSON.stringify(v));
                const guess = typeof error.data === "string"
                    ? didYouMean(error.data, allowed.map((a) => a.replace(/^"|"$/g, "")))
                    : undefined;
                message = `${where} is ${JSON.stringify(error.data)}, which is not one of ${allowed.join(", ")}${guess ? `; did you mean "${guess}"?` : "."}`;
                hint = guess ? `Use "${guess}".` : `Use one of ${allowed.join(", ")}.`;
                break;
            }
            case "const":
                message = `${where} must be ${JSON.stringify(error.params.allowedValue)}.`;
                break;
            case "required": {
                const missing = error.params.missingProperty;
                message = `${where} is missing the required key "${missing}".`;
                hint = `Add "${missing}".`;
                at = (node && (0,json_source/* keyNodeOf */.RW)(node)) ?? node;
                break;
            }
            case "pattern":
            case "format":
                message = `${where} is ${JSON.stringify(error.data)}, which is not in the expected form (${error.message ?? "pattern"}).`;
                hint =
                    error.parentSchema && error.parentSchema.description
                        ? `${error.parentSchema.description}.`
                        : undefined;
                break;
            case "minimum":
            case "exclusiveMinimum":
            case "maximum":
            case "exclusiveMaximum":
                message = `${where} is ${JSON.stringify(error.data)}, but it ${error.message ?? "is out of range"}.`;
                break;
            default:
                message = `${where} ${error.message ?? "does not match the schema"}.`;
        }
        findings.push(findingAt(file, { node: at }, "schema/invalid", message, hint));
    }
    return findings;
}

// EXTERNAL MODULE: ./shared/policy/snapshot.ts + 1 modules
var policy_snapshot = __webpack_require__(4471);
;// CONCATENATED MODULE: ./shared/policy/waivers.ts



function readWaivers(file) {
    const list = (0,hooks_model/* propertyNode */.Ef)(file.json?.root, "waivers");
    if (list?.type !== "array")
        return [];
    const out = [];
    for (const node of list.children ?? []) {
        if (node.type !== "object")
            continue;
        const s = (k) => {
            const v = (0,hooks_model/* propertyNode */.Ef)(node, k)?.value;
            return typeof v === "string" && v.trim() !== "" ? v : undefined;
        };
        const rule = s("rule");
        const path = s("path");
        if (!rule || !path)
            continue;
        const reason = s("reason");
        const expires = s("expires");
        out.push({ rule, path, node, ...(reason ? { reason } : {}), ...(expires ? { expires } : {}) });
    }
    return out;
}
function ruleMatches(pattern, id) {
    if (pattern === id)
        return true;
    if (!pattern.includes("*"))
        return false;
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, "\\$&").replace(/\*/g, ".*")}$`);
    return re.test(id);
}
/** Applies the waivers of `policy`'s steward.config.json to `findings` on `today` (YYYY-MM-DD). */
function applyWaivers(policy, findings, today) {
    const config = policy.files.find((f) => f.kind === "steward-config" && f.path === "steward.config.json") ??
        policy.files.find((f) => f.kind === "steward-config");
    if (!config)
        return { kept: [...findings], waived: [], problems: [] };
    const waivers = readWaivers(config);
    const problems = [];
    const live = [];
    for (const w of waivers) {
        if (!w.reason || !w.expires) {
            const missing = [!w.reason ? "a reason" : "", !w.expires ? "an expiry date" : ""]
                .filter(Boolean)
                .join(" and ");
            problems.push(findingAt(config, { node: w.node }, "config/incomplete-waiver", `The waiver for ${w.rule} on ${w.path} is missing ${missing}: without them nobody knows why the finding is hidden or when to look at it again, so the waiver never goes away.`, 'Add "reason": "..." and "expires": "YYYY-MM-DD" (at most a few months ahead).'));
        }
        if (w.expires && /^\d{4}-\d{2}-\d{2}$/.test(w.expires) && w.expires < today) {
            problems.push(findingAt(config, { node: (0,hooks_model/* propertyNode */.Ef)(w.node, "expires") ?? w.node }, "config/expired-waiver", `The waiver for ${w.rule} on ${w.path} expired on ${w.expires}, so it no longer hides anything: its findings are reported again.`, "Fix the findings and delete the waiver, or renew it with a new reason and date."));
            continue;
        }
        live.push(w);
    }
    const kept = [];
    const waived = [];
    for (const f of findings) {
        const hit = !f.ruleId.startsWith("config/") &&
            live.some((w) => ruleMatches(w.rule, f.ruleId) && globMatches(w.path, f.file));
        (hit ? waived : kept).push(f);
    }
    return { kept, waived, problems };
}

;// CONCATENATED MODULE: ./shared/policy/lint.ts
/**
 * The policy linter: discovers a policy repository's files and runs every
 * check over them, returning findings in a stable order. `lintPolicy` is pure
 * (a snapshot and a date in, a report out); `lintPolicyDirectory` reads the
 * directory and the clock.
 */













/** JSON problems that make Claude Code (and strict parsers) reject the whole file. */
const FATAL = new Set(["syntax", "comment", "trailing-comma", "bom", "empty-file", "multiple-values"]);
const problemRule = {
    syntax: "json/syntax",
    comment: "json/comment",
    "trailing-comma": "json/trailing-comma",
    "duplicate-key": "json/duplicate-key",
    bom: "json/bom",
    "empty-file": "json/empty",
    "multiple-values": "json/multiple-values",
};
/** Findings for the JSON syntax of one parsed file. */
function jsonSyntaxFindings(source) {
    return source.problems.map((p) => {
        const ruleId = problemRule[p.code];
        return {
            ruleId,
            severity: (0,catalog/* ruleInfo */.PI)(ruleId)?.severity ?? "error",
            file: source.file,
            line: p.line,
            column: p.column,
            endLine: p.endLine,
            endColumn: p.endColumn,
            message: p.message,
        };
    });
}
function fileFindings(policy) {
    const findings = [];
    for (const [path, f] of policy.snapshot.files) {
        if (f.text === undefined &&
            f.unreadable !== "binary" &&
            f.unreadable !== "too-large" &&
            path.endsWith(".json")) {
            findings.push({
                ruleId: "file/unreadable",
                severity: "error",
                file: path,
                line: 0,
                column: 0,
                message: `Could not read the file: ${f.unreadable ?? "unknown error"}.`,
                hint: "Check the file's permissions.",
            });
        }
    }
    for (const file of policy.files) {
        if (file.json)
            findings.push(...jsonSyntaxFindings(file.json));
        if (file.kind === "unknown-json") {
            findings.push(findingAt(file, {}, "discover/unknown-json", `${file.path} is JSON of no kind Steward knows, so only its syntax and secrets were checked.`, 'Name it after its kind (e.g. role-mappings.json), give it a "$schema" (https://steward.dev/schemas/<kind>.schema.json), or map it in steward.config.json: {"files": {"<path or glob>": "<kind>"}} ("ignore" to skip it).'));
        }
        else if (file.json) {
            const skipUnder = file.kind === "managed-settings" || file.kind === "claude-settings"
                ? [...flatHookPointers(file), ...SCHEMA_SKIPS_SETTINGS]
                : [];
            findings.push(...schemaFindings(file, { skipUnder }));
        }
    }
    return findings;
}
/** Lints a snapshot of a policy repository on `today` (YYYY-MM-DD). Pure. */
function lintPolicy(snapshot, today, options = {}) {
    const policy = parsePolicy(snapshot);
    const all = fileFindings(policy);
    const ctx = { policy, today };
    for (const rule of catalogRules) {
        try {
            all.push(...rule.run(ctx));
        }
        catch (error) {
            const ruleId = rule.reports[0] ?? "file/unreadable";
            all.push({
                ruleId: ruleId.endsWith("*") ? "file/unreadable" : ruleId,
                severity: "note",
                file: policy.files[0]?.path ?? ".",
                line: 0,
                column: 0,
                message: `Steward's ${rule.reports.join(", ")} check failed on this repository and was skipped (${error.message}). This is a bug in Steward; please report it.`,
            });
        }
    }
    if (options.base)
        all.push(...policyVersionBumpFindings(parsePolicy(options.base), policy));
    // Claude Code drops a settings file that is not strict JSON as a whole (reference §1), so
    // for such a file only the syntax (and secrets) matter until it parses.
    const broken = new Set(policy.files.filter((f) => f.json?.problems.some((p) => FATAL.has(p.code))).map((f) => f.path));
    const relevant = all.filter((f) => !broken.has(f.file) || /^(json|file|secrets)\//.test(f.ruleId));
    const { kept, waived, problems } = applyWaivers(policy, dedupe(relevant), today);
    const findings = [...kept, ...problems].sort(finding/* compareFindings */.Eg);
    return {
        files: policy.files.map((f) => f.path),
        fileKinds: policy.files.map((f) => ({ path: f.path, kind: f.kind, how: f.kindSource })),
        findings,
        counts: (0,finding/* countFindings */.Gt)(findings),
        waived: waived.sort(finding/* compareFindings */.Eg),
    };
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.ruleId}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
const isoDay = (d) => d.toISOString().slice(0, 10);
/** Lints the policy repository at `root`. Throws ConfigurationError when `root` is not a directory. */
async function lintPolicyDirectory(root, logger, options = {}) {
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`Policy directory not found: ${root}`, {
            hint: "Pass the path of the policy repository (the folder holding managed-settings.json, role-mappings.json, ...).",
        });
    }
    const snapshot = await (0,policy_snapshot/* loadSnapshot */.N2)(root);
    const today = isoDay((options.now ?? (() => new Date()))());
    const report = lintPolicy(snapshot, today, options.base ? { base: options.base } : {});
    logger.debug(`linted ${report.files.length} files under ${root} (${report.waived.length} findings waived)`);
    return { root, ...report };
}


/***/ }),

/***/ 2930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ ruleInfo),
/* harmony export */   _Q: () => (/* binding */ ruleDocPath)
/* harmony export */ });
/* unused harmony exports PERMISSION_DIAGNOSTIC_CODES, RULES */
const OWN_RULES = [
    { id: "json/syntax", severity: "error", title: "The file is not valid JSON" },
    { id: "json/trailing-comma", severity: "error", title: "Trailing comma in a JSON file" },
    { id: "json/comment", severity: "error", title: "Comment in a JSON file" },
    { id: "json/duplicate-key", severity: "error", title: "Duplicate key in a JSON object" },
    { id: "json/bom", severity: "error", title: "Byte order mark at the start of a JSON file" },
    { id: "json/empty", severity: "error", title: "Empty JSON file" },
    { id: "json/multiple-values", severity: "error", title: "More than one top-level JSON value" },
    { id: "file/unreadable", severity: "error", title: "A policy file could not be read" },
    { id: "discover/unknown-json", severity: "note", title: "A JSON file of no known policy kind" },
    { id: "schema/unknown-key", severity: "warning", title: "A key the file's schema does not know" },
    { id: "schema/invalid", severity: "error", title: "A value of the wrong type, range or form" },
    {
        id: "settings/managed-only-key",
        severity: "error",
        title: "A key only managed settings honour, outside managed settings",
    },
    {
        id: "settings/bypass-mode-value",
        severity: "error",
        title: 'disableBypassPermissionsMode is not "disable"',
    },
    {
        id: "settings/not-read-by-claude-code",
        severity: "warning",
        title: "Settings in a file Claude Code never reads",
    },
    {
        id: "settings/ignored-under-managed-lock",
        severity: "warning",
        title: "Project hooks or rules that a managed lock makes Claude Code ignore",
    },
    { id: "hooks/invalid-shape", severity: "error", title: "A hook not in the {matcher, hooks: [...]} shape" },
    {
        id: "hooks/matcher-unanchored",
        severity: "warning",
        title: "A hook matcher regex that matches more tools than intended",
    },
    { id: "hooks/matcher-matches-nothing", severity: "warning", title: "A hook matcher that matches no tool" },
    {
        id: "hooks/script-missing",
        severity: "error",
        title: "A hook command whose script is not in the repository",
    },
    { id: "hooks/script-not-executable", severity: "error", title: "A hook script without the executable bit" },
    {
        id: "hooks/block-exit-code",
        severity: "error",
        title: "A hook script that blocks with an exit code other than 2",
    },
    {
        id: "hooks/unset-variable",
        severity: "error",
        title: "A hook that reads a variable Claude Code never sets",
    },
    {
        id: "hooks/relative-script-path",
        severity: "warning",
        title: "A hook script path relative to the session's working directory",
    },
    { id: "models/unknown", severity: "error", title: "A model id that is not a Claude model" },
    { id: "models/retired", severity: "error", title: "A retired model" },
    {
        id: "models/deprecated",
        severity: "warning",
        title: "A deprecated model, or one past its earliest retirement date",
    },
    {
        id: "models/not-allowed-by-key-policy",
        severity: "error",
        title: "A role model outside the key policy's allowed models",
    },
    {
        id: "models/not-in-available-models",
        severity: "warning",
        title: "A role or model-policy model outside managed availableModels",
    },
    {
        id: "models/unknown-role",
        severity: "warning",
        title: "A model restriction names a role that does not exist",
    },
    { id: "quotas/daily-exceeds-monthly", severity: "error", title: "A daily quota above the monthly quota" },
    { id: "quotas/role-exceeds-org", severity: "error", title: "A role quota above the organization's quota" },
    { id: "quotas/threshold-range", severity: "error", title: "An alert threshold outside 0 to 100 percent" },
    {
        id: "keys/rotation-periods",
        severity: "error",
        title: "Rotation interval and notice periods that contradict each other",
    },
    {
        id: "network/invalid-allowlist-entry",
        severity: "error",
        title: "An IP allowlist entry that is not a valid CIDR or address",
    },
    {
        id: "retention/inconsistent",
        severity: "warning",
        title: "Retention periods that contradict each other",
    },
    {
        id: "claude-md/include-directive",
        severity: "error",
        title: "@include in a CLAUDE.md (not a directive)",
    },
    {
        id: "claude-md/unresolved-import",
        severity: "warning",
        title: "A CLAUDE.md import that does not resolve",
    },
    { id: "claude-md/import-depth", severity: "warning", title: "A CLAUDE.md import chain deeper than 4 hops" },
    { id: "secrets/committed-secret", severity: "error", title: "A secret committed in a policy file" },
    {
        id: "policy/version-unchanged",
        severity: "warning",
        title: "Policy content changed but policyVersion did not",
    },
    { id: "policy/version-mismatch", severity: "warning", title: "Files disagree on policyVersion" },
    { id: "config/expired-waiver", severity: "warning", title: "A lint waiver past its expiry date" },
    {
        id: "config/incomplete-waiver",
        severity: "warning",
        title: "A lint waiver without a reason or an expiry date",
    },
];
/** Parse diagnostics of the permission engine, reported as `permissions/rule-<code>`. */
const PERMISSION_DIAGNOSTIC_CODES = [
    "not-a-string",
    "empty-rule",
    "surrounding-whitespace",
    "unbalanced-parentheses",
    "text-after-specifier",
    "unbalanced-specifier",
    "empty-specifier",
    "invalid-tool-name",
    "mcp-specifier-ignored",
    "mcp-server-wildcard",
    "glob-with-specifier",
    "tool-glob-in-allow",
    "unknown-tool",
    "legacy-alias",
    "legacy-tool",
    "primary-field-parameter",
    "parameter-rule-in-allow",
    "colon-star-alone",
    "colon-star-not-at-end",
    "legacy-colon-star",
    "path-specifier-ignored",
    "settings-relative-path",
    "specifier-not-consulted",
    "webfetch-specifier",
];
/** Analysis findings of the permission engine (shared/permissions FINDING_CATALOG). */
const PERMISSION_ANALYSIS = [
    { id: "permissions/duplicate-rule", severity: "warning", title: "The same rule twice in one list" },
    {
        id: "permissions/unreachable-rule",
        severity: "warning",
        title: "A rule a broader deny or ask always decides first",
    },
    {
        id: "permissions/inert-rule",
        severity: "warning",
        title: "A rule Claude Code accepts but never consults",
    },
    {
        id: "permissions/overbroad-allow",
        severity: "warning",
        title: "An allow rule for a whole tool or the whole disk",
    },
    {
        id: "permissions/runner-allow",
        severity: "warning",
        title: "An allow rule on a runner that approves whatever it runs",
    },
    {
        id: "permissions/deny-bypass",
        severity: "warning",
        title: "A deny rule with well-known variants it does not stop",
    },
    {
        id: "permissions/deny-misses-bare-command",
        severity: "warning",
        title: "Bash(cmd *) does not match cmd with no arguments",
    },
    {
        id: "permissions/network-deny-without-sandbox",
        severity: "warning",
        title: "Network deny rules without the sandbox",
    },
    {
        id: "permissions/file-deny-without-sandbox",
        severity: "note",
        title: "File deny rules do not stop scripts",
    },
];
const RULES = [
    ...OWN_RULES,
    ...PERMISSION_ANALYSIS,
    ...PERMISSION_DIAGNOSTIC_CODES.map((code) => ({
        id: `permissions/rule-${code}`,
        // The engine gives each diagnostic its own severity; this is the default for the catalog.
        severity: "warning",
        title: `Permission rule diagnostic: ${code.replace(/-/g, " ")}`,
    })),
];
const byId = new Map(RULES.map((r) => [r.id, r]));
function ruleInfo(id) {
    return byId.get(id);
}
/** Where a rule's documentation lives, relative to the repository root. */
function ruleDocPath(id) {
    if (id.startsWith("permissions/rule-"))
        return "docs/rules/permissions-rule-diagnostics.md";
    return `docs/rules/${id.replace("/", "-")}.md`;
}


/***/ }),

/***/ 4471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N2: () => (/* binding */ loadSnapshot)
});

// UNUSED EXPORTS: MAX_TEXT_BYTES, snapshotOf

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./shared/policy/discover.ts
/**
 * Finds the files of a policy repository. Walks the directory (skipping VCS
 * and dependency folders), returning paths relative to the root with `/`
 * separators, sorted, so every output is stable.
 */


const SKIP_DIRS = new Set([".git", "node_modules", ".hg", ".svn", "dist", "coverage"]);
/** All regular files under `root`, sorted by path. */
async function listPolicyFiles(root) {
    const out = [];
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const abs = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name))
                    await walk(abs);
            }
            else if (entry.isFile()) {
                out.push({ path: (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join("/"), absolutePath: abs });
            }
        }
    };
    await walk(root);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./shared/policy/snapshot.ts
/**
 * A policy repository read into memory once (the only I/O of the linter), so
 * every check after it is a pure function over data.
 */


const MAX_TEXT_BYTES = 1024 * 1024;
/** Builds a snapshot from in-memory files (tests, base-branch contents). */
function snapshotOf(files) {
    const map = new Map();
    for (const [path, f] of Object.entries(files)) {
        if (typeof f === "string")
            map.set(path, { path, text: f, executable: false });
        else
            map.set(path, {
                path,
                ...(f.text !== undefined ? { text: f.text } : {}),
                executable: f.executable ?? false,
            });
    }
    return { files: map };
}
/** Reads every file under `root` (text files up to 1 MiB). */
async function loadSnapshot(root) {
    const files = new Map();
    for (const f of await listPolicyFiles(root)) {
        try {
            const info = await (0,promises_.stat)(f.absolutePath);
            const executable = (info.mode & 0o111) !== 0;
            if (info.size > MAX_TEXT_BYTES) {
                files.set(f.path, { path: f.path, executable, unreadable: "too-large" });
                continue;
            }
            const buffer = await (0,promises_.readFile)(f.absolutePath);
            if (buffer.includes(0)) {
                files.set(f.path, { path: f.path, executable, unreadable: "binary" });
                continue;
            }
            files.set(f.path, { path: f.path, text: buffer.toString("utf8"), executable });
        }
        catch (error) {
            files.set(f.path, {
                path: f.path,
                executable: false,
                unreadable: error.code ?? "unknown error",
            });
        }
    }
    return { files };
}


/***/ }),

/***/ 5122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ tableCost),
/* harmony export */   Xx: () => (/* binding */ formatPicoUsd),
/* harmony export */   _y: () => (/* binding */ priceRule)
/* harmony export */ });
/* unused harmony exports splitTotal, promptTokens, tierForRequest, pricesFor, picoToUsd, picoToMicros, priceUsage */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(912);
/**
 * Cost arithmetic. Prices are integer micro-USD per million tokens, which is
 * pico-USD per token, so `tokens * price` is an exact integer number of
 * pico-dollars (kept as bigint: sums of billions of tokens overflow 2^53).
 * Nothing is ever rounded until it is displayed.
 */

function splitTotal(t) {
    return t.input + t.output + t.cacheWrite5m + t.cacheWrite1h + t.cacheRead;
}
/** Prompt size of one request, for long-context tiers. */
function promptTokens(t) {
    return t.input + t.cacheWrite5m + t.cacheWrite1h + t.cacheRead;
}
/**
 * The tier one request falls in (the long tier applies to the whole request
 * when its prompt exceeds the threshold). Fast mode has its own table, with
 * no long-context or batch variant.
 */
function tierForRequest(t, model, batch = false, fast = false) {
    if (fast)
        return "fast";
    const long = model?.longContext !== undefined && promptTokens(t) > model.longContext.aboveInputTokens;
    if (batch)
        return long ? "batch-long" : "batch";
    return long ? "long" : "standard";
}
/** The price table that applies to a model at a tier, or undefined when unpriced. */
function pricesFor(model, tier) {
    if (!model.prices)
        return undefined;
    if (tier === "fast")
        return model.fast;
    const base = (tier === "long" || tier === "batch-long") && model.longContext ? model.longContext.prices : model.prices;
    return base;
}
const PICO_PER_USD = 1000000000000n;
/** Pico-USD -> USD as a number (display only). */
function picoToUsd(pico) {
    const whole = pico / PICO_PER_USD;
    const frac = pico % PICO_PER_USD;
    return Number(whole) + Number(frac) / 1e12;
}
/** Pico-USD -> exact decimal string of USD ("12.345678901234", trailing zeros trimmed). */
function formatPicoUsd(pico) {
    const neg = pico < 0n;
    const abs = neg ? -pico : pico;
    const whole = abs / PICO_PER_USD;
    const frac = (abs % PICO_PER_USD).toString().padStart(12, "0").replace(/0+$/, "");
    return `${neg ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`;
}
/** Pico-USD rounded half-up to micro-USD. */
function picoToMicros(pico) {
    const neg = pico < 0n;
    const abs = neg ? -pico : pico;
    const r = (abs + 500000n) / 1000000n;
    return neg ? -r : r;
}
/**
 * The rule for a model (`named`: the request names one; `entry`: the catalog's
 * entry for it, if any) at a tier. priceUsage and the report's cell pricer
 * both decide through it.
 */
function priceRule(named, entry, tier) {
    if (!named)
        return { table: undefined, reason: "no-model", keep: 100 };
    if (entry === undefined)
        return { table: undefined, reason: "unknown-model", keep: 100 };
    const table = pricesFor(entry, tier);
    if (table === undefined)
        return { table: undefined, reason: "no-price", keep: 100 };
    const batch = tier === "batch" || tier === "batch-long";
    return { table, reason: "no-price", keep: batch ? 100 - entry.batchDiscountPercent : 100 };
}
/**
 * Exact cost in pico-USD of split token counts at a price table, of which
 * `keepPercent` is paid: 100 minus the Batch API discount on batch tiers. The
 * Batch API discount applies to input and output; cache line items are
 * discounted the same way on the pricing page. Exact: prices are multiples of
 * 1000 micro-USD.
 */
function tableCost(table, tokens, keepPercent = 100) {
    const pico = BigInt(tokens.input) * BigInt(table.input) +
        BigInt(tokens.output) * BigInt(table.output) +
        BigInt(tokens.cacheWrite5m) * BigInt(table.cacheWrite5m) +
        BigInt(tokens.cacheWrite1h) * BigInt(table.cacheWrite1h) +
        BigInt(tokens.cacheRead) * BigInt(table.cacheRead);
    return keepPercent === 100 ? pico : (pico * BigInt(keepPercent)) / 100n;
}
/**
 * Exact cost of token counts for a model at a tier. Token counts here may be a
 * single request or an aggregate of requests of the same tier; the tier must
 * be decided per request (see {@link tierForRequest}) — when `tier` is not
 * given it is decided from these counts as if they were one request.
 */
function priceUsage(tokens, model, options = {}) {
    const unsplit = tokens.unsplit ?? 0;
    const split = splitTotal(tokens);
    const entry = typeof model === "string" ? resolveModel(model, options.catalog ?? defaultCatalog) : model;
    const tier = options.tier ?? tierForRequest(tokens, entry, options.batch ?? false);
    const unpriced = (reason) => ({
        costPicoUsd: 0n,
        costUsd: 0,
        pricedTokens: 0,
        unpricedTokens: split + unsplit,
        unpricedReason: split === 0 && unsplit > 0 ? "unsplit" : reason,
        ...(entry ? { model: entry } : {}),
        tier,
    });
    const rule = priceRule(model !== undefined && model !== "", entry, tier);
    if (rule.table === undefined || entry === undefined)
        return unpriced(rule.reason);
    const pico = tableCost(rule.table, tokens, rule.keep);
    return {
        costPicoUsd: pico,
        costUsd: picoToUsd(pico),
        pricedTokens: split,
        unpricedTokens: unsplit,
        ...(unsplit > 0 ? { unpricedReason: "unsplit" } : {}),
        model: entry,
        tier,
    };
}


/***/ })

};
;