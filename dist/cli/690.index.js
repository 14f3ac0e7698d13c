"use strict";
exports.id = 690;
exports.ids = [690];
exports.modules = {

/***/ 4690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R_: () => (/* reexport */ io_buildToDirectory),
  C_: () => (/* reexport */ compilePolicy),
  T6: () => (/* reexport */ io_packBuildDirectory),
  Ng: () => (/* reexport */ parseManifest),
  Qe: () => (/* reexport */ readPolicyFiles),
  YI: () => (/* reexport */ renderDoctor),
  j1: () => (/* reexport */ runDoctor)
});

// UNUSED EXPORTS: HONOURED_KEYS, MANAGED_DIRS, MANIFEST_FILE, MAX_IMPORT_HOPS, UNCONSULTED_PATH_TOOLS, canonicalJson, compareVersions, createManifest, createTar, createTarGz, formatDiagnostic, gzipDeterministic, hookProbe, inlineClaudeMd, managedPath, parseVersion, publishPolicy, renderManifest, sha256Hex

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./shared/build/claude-md.ts
/**
 * The managed CLAUDE.md with its `@path` imports inlined. A managed CLAUDE.md
 * is installed alone (/etc/claude-code/CLAUDE.md), so a relative import would
 * point at a file that is not there (claude-code.md §7): the build replaces
 * each import line with the imported file's text, recursively, at most 4 hops
 * deep as Claude Code does. Imports inside code spans and fenced blocks are
 * text, not imports. Pure over a map of file texts.
 */

/** Claude Code follows at most this many nested imports (§7). */
const MAX_IMPORT_HOPS = 4;
/** `@path` on a line of its own (optionally a list item), outside code. */
const IMPORT_LINE = /^\s*(?:[-*]\s+)?@(\S+)\s*$/;
function inlineClaudeMd(root, files) {
    const diagnostics = [];
    const used = [];
    const expand = (file, depth, chain) => {
        used.push(file);
        const text = (files[file] ?? "").replace(/\r\n?/g, "\n");
        let fenced = false;
        const out = [];
        text.split("\n").forEach((line, i) => {
            if (/^\s*(```|~~~)/.test(line))
                fenced = !fenced;
            const m = fenced ? null : IMPORT_LINE.exec(line);
            const target = m?.[1];
            if (!target) {
                out.push(line);
                return;
            }
            const at = { file, line: i + 1, column: line.indexOf("@") + 1 };
            if (target.startsWith("~") || target.startsWith("/")) {
                diagnostics.push({
                    ...at,
                    severity: "error",
                    code: "build/claude-md-import",
                    message: `Import "@${target}" points outside the policy repository; the build cannot inline it into the managed CLAUDE.md.`,
                    hint: "Copy the text into the policy repository and import it by a relative path.",
                });
                out.push(line);
                return;
            }
            const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), target));
            if (files[resolved] === undefined) {
                diagnostics.push({
                    ...at,
                    severity: "error",
                    code: "build/claude-md-import",
                    message: `Import "@${target}" resolves to ${resolved}, which does not exist in the policy repository.`,
                    hint: "Fix the path (imports are relative to the importing file) or remove the line.",
                });
                out.push(line);
                return;
            }
            if (chain.includes(resolved) || depth >= MAX_IMPORT_HOPS) {
                diagnostics.push({
                    ...at,
                    severity: "error",
                    code: "build/claude-md-import",
                    message: chain.includes(resolved)
                        ? `Import "@${target}" is circular (${[...chain, resolved].join(" -> ")}).`
                        : `Import "@${target}" is more than ${MAX_IMPORT_HOPS} hops deep; Claude Code would not load it.`,
                });
                out.push(line);
                return;
            }
            out.push(expand(resolved, depth + 1, [...chain, resolved]).replace(/\n+$/, ""));
        });
        return out.join("\n");
    };
    const text = `${expand(root, 0, [root]).replace(/\n+$/, "")}\n`;
    return { text, files: used, diagnostics };
}

// EXTERNAL MODULE: ./shared/hooks/install.ts
var install = __webpack_require__(8074);
// EXTERNAL MODULE: ./shared/policy/json-source.ts
var json_source = __webpack_require__(1957);
// EXTERNAL MODULE: ./shared/pricing/catalog.ts
var catalog = __webpack_require__(912);
;// CONCATENATED MODULE: ./shared/build/canonical-json.ts
/**
 * Canonical JSON for build outputs: keys sorted (UTF-16 code unit order),
 * 2-space indent, LF line ends, a trailing newline. The same value always
 * gives the same bytes, so a digest identifies a policy, not a formatting.
 */
function sortValue(value) {
    if (Array.isArray(value))
        return value.map(sortValue);
    if (value !== null && typeof value === "object") {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortValue(v);
        }
        return out;
    }
    return value;
}
/** Serialises `value` canonically (see the module comment). */
function canonicalJson(value) {
    return `${JSON.stringify(sortValue(value), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./shared/build/diagnostics.ts
/** Build diagnostics and provenance: where in the sources a problem or an output key comes from. */

/** The source place of the value at `path` (its key, for a property), or of the file when absent. */
function refAt(source, path) {
    const node = (0,json_source/* findNode */.cy)(source, path);
    if (!node)
        return { file: source.file };
    const at = (0,json_source/* keyNodeOf */.RW)(node) ?? node;
    const p = source.position(at.offset);
    return { file: source.file, line: p.line, column: p.column };
}
/** `a/b/0` JSON pointer of a path (for Steward-only marks). */
function pointerOf(path) {
    return `/${path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}
/** Renders a diagnostic as `file:line:col: severity code: message`. */
function diagnostics_formatDiagnostic(d) {
    const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ""}` : d.file;
    return `${where}: ${d.severity} ${d.code}: ${d.message}${d.hint ? ` (${d.hint})` : ""}`;
}

;// CONCATENATED MODULE: ./shared/build/honoured-keys.ts
/**
 * The settings keys a build may write into a managed settings file: only keys
 * Claude Code honours from a managed source. Each entry cites the reference
 * (docs/reference/claude-code.md; SR = settings reference "All settings",
 * MS = managed settings "Keys only a managed source can set", H = hooks,
 * M = memory). A key not listed here is never written: the source that asks
 * for it gets a build error instead.
 */
/** Top-level keys -> where the reference documents them. */
const HONOURED_KEYS = {
    permissions: "§2 SR permissions.allow/ask/deny, defaultMode, additionalDirectories, disableBypassPermissionsMode",
    allowManagedPermissionRulesOnly: "§2 MS managed-only",
    allowManagedHooksOnly: "§2 MS managed-only",
    allowManagedMcpServersOnly: "§2 MS managed-only",
    allowAllClaudeAiMcps: "§2 MS managed-only",
    disableAllHooks: "§2 SR disableAllHooks",
    allowedHttpHookUrls: "§2 SR allowedHttpHookUrls",
    httpHookAllowedEnvVars: "§2 SR httpHookAllowedEnvVars",
    apiKeyHelper: "§2 SR apiKeyHelper",
    awsAuthRefresh: "SR awsAuthRefresh (Bedrock credential refresh; schema claude-settings)",
    env: "§2 SR env (string map)",
    model: "§2 SR model (default only)",
    availableModels: "§2 SR availableModels (managed list used as-is, §1)",
    enforceAvailableModels: "§2 SR enforceAvailableModels (v2.1.175+, de-facto managed)",
    enableAllProjectMcpServers: "§2 SR enableAllProjectMcpServers",
    enabledMcpjsonServers: "§2 SR enabledMcpjsonServers",
    disabledMcpjsonServers: "§2 SR disabledMcpjsonServers",
    allowedMcpServers: "§2 SR allowedMcpServers",
    deniedMcpServers: "§2 SR deniedMcpServers",
    strictKnownMarketplaces: "§2 MS managed-only",
    blockedMarketplaces: "§2 MS managed-only",
    disableCommandPluginSources: "§2 MS managed-only",
    sandbox: "§2 SR sandbox.* (real shape: enabled, failIfUnavailable, filesystem.*, network.*)",
    cleanupPeriodDays: "§2 SR cleanupPeriodDays (integer >= 1)",
    forceLoginMethod: "§2 SR forceLoginMethod (claudeai|console|gateway)",
    forceLoginOrgUUID: "§2 SR forceLoginOrgUUID (enforced only from managed)",
    statusLine: "§2 SR statusLine",
    companyAnnouncements: "§2 SR companyAnnouncements",
    claudeMdExcludes: "§2 SR claudeMdExcludes",
    hooks: "§4 H hooks shape {Event: [{matcher, hooks: [handler]}]}",
    requiredMinimumVersion: "§2 MS managed-only (fails open)",
    requiredMaximumVersion: "§2 MS managed-only (fails open)",
    fallbackModel: "§1 S merging (fallbackModel taken whole)",
};
/** Keys under `permissions` Claude Code reads (§2, §3). */
const HONOURED_PERMISSION_KEYS = new Set([
    "allow",
    "ask",
    "deny",
    "defaultMode",
    "additionalDirectories",
    "disableBypassPermissionsMode",
    "disableAutoMode",
]);
/** Keys under `sandbox` Claude Code reads (§2 `sandbox.*`, MS sandbox locks). */
const HONOURED_SANDBOX_KEYS = new Set([
    "enabled",
    "failIfUnavailable",
    "autoAllowBashIfSandboxed",
    "allowUnsandboxedCommands",
    "excludedCommands",
    "filesystem",
    "network",
    "bwrapPath",
    "socatPath",
]);
const HONOURED_SANDBOX_FILESYSTEM_KEYS = new Set([
    "allowWrite",
    "denyWrite",
    "denyRead",
    "allowRead",
    "allowManagedReadPathsOnly",
]);
const HONOURED_SANDBOX_NETWORK_KEYS = new Set([
    "allowedDomains",
    "deniedDomains",
    "allowManagedDomainsOnly",
    "strictAllowlist",
    "allowUnixSockets",
    "allowLocalBinding",
    "httpProxyPort",
    "socksProxyPort",
]);
/**
 * Tools whose path-specifier rules Claude Code accepts but never consults
 * (§3 "Write(path), NotebookEdit(path), Glob(path), MultiEdit(path)"; #46809).
 * The bare tool name (a whole-tool rule) is fine.
 */
const UNCONSULTED_PATH_TOOLS = new Set([
    "Write",
    "NotebookEdit",
    "Glob",
    "MultiEdit",
]);

;// CONCATENATED MODULE: ./shared/build/compile.ts
/**
 * `steward build`: a policy repository -> per role, the managed settings and
 * the managed CLAUDE.md that role's machines should hold. Pure: file texts in
 * (parsed here with positions), outputs + diagnostics + provenance out.
 *
 * Sources and what becomes of them (docs/build.md):
 * - managed-settings.json (+ managed-settings.d/*.json): the org layer; each
 *   key must be one Claude Code honours (honoured-keys.ts).
 * - enterprise-settings.json: policyVersion; `enterprise.enforced: true` adds
 *   the managed-only locks. Install paths etc. are Steward-only.
 * - role-mappings.json: the role's permissions (after the org's) and models
 *   (-> availableModels). idpGroups, quotas, quotaUnit: Steward-only.
 * - model-policy.json: default model, per-family restrictions (checked), the
 *   routing (-> env for Bedrock/Vertex, provider model ids).
 * - enterprise-auth.json: claudeCodeLogin -> forceLoginMethod / forceLoginOrgUUID.
 * - claude-md/organization.md (or enterprise `files.organizationClaudeMd`): CLAUDE.md, imports inlined.
 * What Claude Code cannot express is an error at its file and line unless a
 * Steward-only mark (`<file>#<json-pointer>`) covers it.
 */







const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const obj = (v) => (isObject(v) ? v : {});
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
const uniq = (xs) => [...new Set(xs)];
const DEFAULT_POLICY_DIR = "/etc/claude-code/steward";
/** Source files the Steward hooks read from the deployed policy directory; shipped verbatim under `steward/`. */
const STEWARD_POLICY_FILES = new Set([
    "managed-settings.json",
    "enterprise-settings.json",
    "role-mappings.json",
    "governance-config.json",
    "enterprise-support.json",
    ".claude/enterprise-support.json",
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
class Collector {
    marks;
    diagnostics = [];
    seen = new Set();
    constructor(marks) {
        this.marks = marks;
    }
    /** Adds a diagnostic once (the org layer is applied for every role). */
    push(d) {
        const key = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.diagnostics.push(d);
    }
    /** True when a Steward-only mark covers `file` at `path`. */
    stewardOnly(file, path) {
        const pointer = pointerOf(path);
        return this.marks.some((m) => {
            const [f, p] = m.split("#", 2);
            if (f !== file)
                return false;
            if (p === undefined || p === "" || p === "/")
                return true;
            return pointer === p || pointer.startsWith(`${p}/`);
        });
    }
    error(ref, code, message, hint) {
        this.push({ ...ref, severity: "error", code, message, ...(hint ? { hint } : {}) });
    }
    warning(ref, code, message, hint) {
        this.push({ ...ref, severity: "warning", code, message, ...(hint ? { hint } : {}) });
    }
    /** An error for something Claude Code cannot express, unless marked Steward-only. */
    inexpressible(source, path, message, hint) {
        if (this.stewardOnly(rel(source), path))
            return;
        this.error(refAt(source, path), "build/not-expressible", message, hint ??
            `Remove it, or mark it Steward-only with --steward-only ${rel(source)}#${pointerOf(path)} (docs/build.md).`);
    }
}
/** Source files keep their repository-relative name in `file`. */
const rel = (source) => source.file;
/** The settings of one role as they are assembled, with provenance per key. */
class SettingsBuilder {
    value = {};
    origins = new Map();
    set(key, value, ref, note) {
        this.value[key] = value;
        this.origins.set(key, { ...ref, ...(note ? { note } : {}) });
    }
    origin(key, ref, note) {
        this.origins.set(key, { ...ref, ...(note ? { note } : {}) });
    }
}
function parseSources(files, c) {
    const parse = (name) => {
        const text = files[name];
        if (text === undefined)
            return undefined;
        const source = (0,json_source/* parseJsonSource */.X0)(text, name);
        for (const p of source.problems) {
            c.error({ file: name, line: p.line, column: p.column }, "build/json", p.message, "Run 'steward lint' on the policy repository.");
        }
        return source;
    };
    const dropIns = Object.keys(files)
        .filter((n) => /^managed-settings\.d\/[^/.][^/]*\.json$/.test(n))
        .sort()
        .map((n) => parse(n));
    const out = { dropIns };
    const managed = parse("managed-settings.json");
    if (managed)
        out.managed = managed;
    const enterprise = parse("enterprise-settings.json");
    if (enterprise)
        out.enterprise = enterprise;
    const roleMappings = parse("role-mappings.json");
    if (roleMappings)
        out.roleMappings = roleMappings;
    // a whole file marked Steward-only is not compiled at all
    const modelPolicy = c.stewardOnly("model-policy.json", []) ? undefined : parse("model-policy.json");
    if (modelPolicy)
        out.modelPolicy = modelPolicy;
    const auth = c.stewardOnly("enterprise-auth.json", []) ? undefined : parse("enterprise-auth.json");
    if (auth)
        out.auth = auth;
    return out;
}
/** Checks one permission rule list for rules Claude Code never consults. */
function checkRules(source, path, rules, c) {
    const out = [];
    strings(rules).forEach((rule, i) => {
        const m = /^([A-Za-z_][\w]*)\((.*)\)$/s.exec(rule.trim());
        if (m && UNCONSULTED_PATH_TOOLS.has(m[1]) && m[2] !== "" && m[2] !== "*") {
            c.inexpressible(source, [...path, i], `"${rule}": Claude Code accepts ${m[1]}(path) rules but never consults them (claude-code.md §3, #46809).`, `Use Edit(${m[2]}) (Edit covers every editing tool), or mark it Steward-only with --steward-only ${rel(source)}#${pointerOf([...path, i])}.`);
            return;
        }
        out.push(rule);
    });
    return out;
}
/** Copies the org layer's keys into the builder, checking each against the allow-list. */
function applyOrgLayer(source, b, c, role) {
    const value = source.value;
    if (!isObject(value))
        return;
    for (const [key, v] of Object.entries(value)) {
        if (key === "$schema" || key === "$comment")
            continue;
        if (!(key in HONOURED_KEYS)) {
            c.inexpressible(source, [key], `"${key}" is not a settings key Claude Code honours from a managed file; the build will not write it.`);
            continue;
        }
        const ref = refAt(source, [key]);
        if (key === "permissions") {
            if (!isObject(v))
                continue;
            const perms = b.value.permissions ?? {};
            for (const [pk, pv] of Object.entries(v)) {
                if (!HONOURED_PERMISSION_KEYS.has(pk)) {
                    c.inexpressible(source, [key, pk], `"permissions.${pk}" is not a key Claude Code reads (enforcement comes from managed-only keys such as allowManagedPermissionRulesOnly, §2).`);
                    continue;
                }
                if (pk === "allow" || pk === "ask" || pk === "deny") {
                    const rules = checkRules(source, [key, pk], pv, c);
                    const list = strings(perms[pk]);
                    for (const [i, r] of rules.entries()) {
                        if (list.includes(r))
                            continue;
                        list.push(r);
                        const idx = strings(pv).indexOf(r);
                        b.origin(`permissions.${pk}[${r}]`, refAt(source, [key, pk, idx >= 0 ? idx : i]));
                    }
                    perms[pk] = list;
                }
                else {
                    perms[pk] = pv;
                    b.origin(`permissions.${pk}`, refAt(source, [key, pk]));
                }
            }
            b.value.permissions = perms;
            continue;
        }
        if (key === "sandbox") {
            if (!isObject(v))
                continue;
            const sandbox = b.value.sandbox ?? {};
            for (const [sk, sv] of Object.entries(v)) {
                if (!HONOURED_SANDBOX_KEYS.has(sk)) {
                    c.inexpressible(source, [key, sk], `"sandbox.${sk}" is not a sandbox key Claude Code reads (real keys: enabled, failIfUnavailable, allowUnsandboxedCommands, filesystem.*, network.*; §2).`);
                    continue;
                }
                const nested = sk === "filesystem"
                    ? HONOURED_SANDBOX_FILESYSTEM_KEYS
                    : sk === "network"
                        ? HONOURED_SANDBOX_NETWORK_KEYS
                        : undefined;
                if (nested && isObject(sv)) {
                    const inner = sandbox[sk] ?? {};
                    for (const [nk, nv] of Object.entries(sv)) {
                        if (!nested.has(nk)) {
                            c.inexpressible(source, [key, sk, nk], `"sandbox.${sk}.${nk}" is not a key Claude Code reads (§2).`);
                            continue;
                        }
                        inner[nk] =
                            Array.isArray(nv) && Array.isArray(inner[nk]) ? uniq([...inner[nk], ...nv]) : nv;
                        b.origin(`sandbox.${sk}.${nk}`, refAt(source, [key, sk, nk]));
                    }
                    sandbox[sk] = inner;
                }
                else {
                    sandbox[sk] = sv;
                    b.origin(`sandbox.${sk}`, refAt(source, [key, sk]));
                }
            }
            b.value.sandbox = sandbox;
            continue;
        }
        if (key === "env" && isObject(v)) {
            const env = b.value.env ?? {};
            for (const [ek, ev] of Object.entries(v)) {
                env[ek] = ev;
                b.origin(`env.${ek}`, refAt(source, [key, ek]));
            }
            b.value.env = env;
            continue;
        }
        if (key === "hooks" && isObject(v)) {
            const hooks = b.value.hooks ?? {};
            for (const [event, groups] of Object.entries(v)) {
                hooks[event] = [
                    ...(Array.isArray(hooks[event]) ? hooks[event] : []),
                    ...(Array.isArray(groups) ? groups : []),
                ];
                b.origin(`hooks.${event}`, refAt(source, [key, event]));
            }
            b.value.hooks = hooks;
            continue;
        }
        b.set(key, v, ref);
    }
    void role;
}
/** Which route the build compiles, from model-policy.json `routing`. */
function selectRoute(mp, options, c) {
    const routing = obj(mp?.value).routing;
    if (!mp || !isObject(routing))
        return undefined;
    if (c.stewardOnly(rel(mp), ["routing"]))
        return undefined;
    const check = (value, path, name) => {
        const provider = value.provider ?? "anthropic";
        if (provider !== "anthropic" && provider !== "bedrock" && provider !== "vertex") {
            c.inexpressible(mp, [...path, "provider"], `Routing provider "${String(provider)}" is not one the build can express in env (anthropic, bedrock, vertex).`);
            return undefined;
        }
        return { provider, path, value, ...(name ? { name } : {}) };
    };
    if (isObject(routing.regions)) {
        if (options.region === undefined) {
            c.inexpressible(mp, routing.strategy !== undefined ? ["routing", "strategy"] : ["routing", "regions"], `Routing strategy "${String(routing.strategy ?? "regions")}" chooses a provider by geography; one managed settings file cannot (Claude Code has no geo routing).`, `Build once per region with --region <${Object.keys(routing.regions).join("|")}> and deploy each build to that region's machines, or mark it Steward-only with --steward-only ${rel(mp)}#/routing.`);
            return undefined;
        }
        const region = routing.regions[options.region];
        if (!isObject(region)) {
            c.error(refAt(mp, ["routing", "regions"]), "build/unknown-region", `--region ${options.region} is not a region of routing.regions (${Object.keys(routing.regions).join(", ")}).`);
            return undefined;
        }
        return check(region, ["routing", "regions", options.region], options.region);
    }
    if (options.region !== undefined) {
        c.error({ file: rel(mp) }, "build/unknown-region", `--region ${options.region} given, but routing has no regions.`);
    }
    return check(routing, ["routing"]);
}
/** availableModels, the default model and the provider id per family for one role. */
function planModels(role, p, route, orgAvailable, c, b) {
    const rm = p.roleMappings;
    const roleValue = obj(obj(rm?.value).roleMappings)[role];
    const roleModels = isObject(roleValue) && Array.isArray(roleValue.models) ? strings(roleValue.models) : undefined;
    const models = roleModels ?? (orgAvailable ? [...orgAvailable] : undefined);
    if (!models)
        return undefined;
    const modelRef = (i) => roleModels && rm
        ? refAt(rm, ["roleMappings", role, "models", i])
        : (b.origins.get("availableModels") ?? { file: "managed-settings.json" });
    const mpPolicy = obj(obj(p.modelPolicy?.value).modelPolicy);
    const restrictions = obj(mpPolicy.restrictions);
    const families = new Map();
    models.forEach((id, i) => {
        const entry = (0,catalog/* resolveModel */.AX)(id);
        if (!entry) {
            c.error(modelRef(i), "build/unknown-model", `Role ${role}: model "${id}" is not in Steward's model catalog.`, "Use a model id from the catalog (steward lint lists them).");
            return;
        }
        families.set(id, entry.family);
        if (roleModels && orgAvailable && !orgAvailable.includes(id)) {
            c.error(modelRef(i), "build/model-not-in-org", `Role ${role}: model "${id}" is not in the org's availableModels (managed-settings.json); a role cannot widen the org list.`);
        }
        const rule = restrictions[entry.family];
        if (isObject(rule) && p.modelPolicy) {
            const roles = strings(rule.roles);
            if (!roles.includes("*") && !roles.includes(role)) {
                c.error(modelRef(i), "build/model-restricted", `Role ${role}: model "${id}" is a ${entry.family} model, which model-policy.json restricts to ${roles.join(", ") || "no role"}.`, `Remove it from the role's models or add the role to modelPolicy.restrictions.${entry.family}.roles.`);
            }
        }
    });
    const familyIds = new Map();
    const mapped = (id) => {
        if (!route || route.provider === "anthropic")
            return id;
        const family = families.get(id);
        if (!family)
            return undefined;
        const pinned = isObject(route.value.models) ? route.value.models[family] : undefined;
        const entry = (0,catalog/* resolveModel */.AX)(id);
        const catalogId = route.provider === "bedrock" ? entry?.bedrock[0] : entry?.vertex[0];
        const out = typeof pinned === "string" ? pinned : catalogId;
        if (out)
            familyIds.set(family, out);
        return out;
    };
    const available = [];
    models.forEach((id, i) => {
        const out = mapped(id);
        if (out === undefined) {
            if (families.has(id) && route) {
                c.error(modelRef(i), "build/no-provider-id", `Role ${role}: model "${id}" has no ${route.provider} id (not in the route's models nor the catalog).`);
            }
            return;
        }
        if (available.includes(out))
            return;
        available.push(out);
        const note = out === id
            ? undefined
            : `${id} via ${route?.provider} (${pointerOf(route?.path ?? [])}/models/${families.get(id)})`;
        b.origin(`availableModels[${out}]`, modelRef(i), note);
    });
    // default model: the policy's default when the role may use it, else the role's first model
    const policyDefault = typeof mpPolicy.default === "string"
        ? mpPolicy.default
        : typeof b.value.model === "string"
            ? b.value.model
            : undefined;
    let defaultModel;
    if (policyDefault && models.includes(policyDefault) && families.has(policyDefault)) {
        defaultModel = mapped(policyDefault);
        if (defaultModel) {
            b.origin("model", p.modelPolicy
                ? refAt(p.modelPolicy, ["modelPolicy", "default"])
                : (b.origins.get("model") ?? { file: "managed-settings.json" }));
        }
    }
    else {
        const first = models.find((m) => families.has(m));
        defaultModel = first ? mapped(first) : undefined;
        if (defaultModel) {
            b.origin("model", modelRef(models.indexOf(first)), `the role may not use the policy default ${policyDefault ?? "(none)"}; first model of the role`);
        }
    }
    return { available, ...(defaultModel ? { defaultModel } : {}), familyIds };
}
/** Substitutes `${VAR}` from vars; undefined when a variable is missing. */
function substitute(text, vars) {
    const missing = [];
    const value = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const v = vars[name];
        if (v === undefined || v === "") {
            missing.push(name);
            return "";
        }
        return v;
    });
    return missing.length ? { missing } : { value, missing };
}
/** Compiles a policy repository (relative path -> text) into per-role outputs. Pure. */
function compilePolicy(files, options = {}) {
    const c = new Collector(options.stewardOnly ?? []);
    const p = parseSources(files, c);
    const vars = options.vars ?? {};
    const explain = [];
    const outputs = [];
    if (!p.managed && !p.roleMappings) {
        c.error({ file: "." }, "build/no-policy", "The policy repository has neither managed-settings.json nor role-mappings.json; there is nothing to build.");
    }
    // policy version: enterprise-settings first, then role-mappings
    const ent = isObject(p.enterprise?.value) ? p.enterprise?.value : undefined;
    const entEnterprise = isObject(ent?.enterprise) ? ent?.enterprise : undefined;
    const rmValue = isObject(p.roleMappings?.value) ? p.roleMappings?.value : undefined;
    const policyVersion = typeof entEnterprise?.policyVersion === "string"
        ? entEnterprise.policyVersion
        : typeof rmValue?.policyVersion === "string"
            ? rmValue.policyVersion
            : undefined;
    const enforced = entEnterprise?.enforced === true;
    // roles
    const roleMap = isObject(rmValue?.roleMappings) ? rmValue?.roleMappings : undefined;
    const roles = roleMap ? Object.keys(roleMap).sort() : ["default"];
    for (const role of roles) {
        if (!ROLE_NAME.test(role) && p.roleMappings) {
            c.error(refAt(p.roleMappings, ["roleMappings", role]), "build/role-name", `Role name "${role}" cannot be a directory name; use letters, digits, '.', '_' and '-'.`);
        }
    }
    // model-policy checks that do not depend on the role
    const mp = isObject(p.modelPolicy?.value) ? p.modelPolicy?.value : undefined;
    const mpPolicy = isObject(mp?.modelPolicy) ? mp?.modelPolicy : undefined;
    if (p.modelPolicy && mpPolicy) {
        if (Array.isArray(mpPolicy.rules) && mpPolicy.rules.length > 0) {
            c.inexpressible(p.modelPolicy, ["modelPolicy", "rules"], "Per-task model rules (condition -> model) cannot be expressed: Claude Code has one default model and an allowlist, not a model per task.");
        }
        if (isObject(mpPolicy.restrictions)) {
            for (const [family, rule] of Object.entries(mpPolicy.restrictions)) {
                if (isObject(rule) && rule.requireApproval === true) {
                    c.inexpressible(p.modelPolicy, ["modelPolicy", "restrictions", family, "requireApproval"], `requireApproval for ${family}: Claude Code has no approval step for a model; a model is allowed (availableModels) or not.`);
                }
            }
        }
    }
    const route = selectRoute(p.modelPolicy, options, c);
    if (route && p.modelPolicy) {
        const routing = mp.routing;
        if (routing.fallback !== undefined && !c.stewardOnly(rel(p.modelPolicy), ["routing", "fallback"])) {
            c.warning(refAt(p.modelPolicy, ["routing", "fallback"]), "build/not-compiled", "routing.fallback is not compiled: Claude Code does not fall back to another provider.");
        }
    }
    // the managed CLAUDE.md
    const entFiles = isObject(ent?.files) ? ent?.files : undefined;
    const mdRoot = typeof entFiles?.organizationClaudeMd === "string"
        ? entFiles.organizationClaudeMd
        : files["claude-md/organization.md"] !== undefined
            ? "claude-md/organization.md"
            : undefined;
    let claudeMd;
    let claudeMdRef;
    if (mdRoot !== undefined) {
        if (files[mdRoot] === undefined) {
            c.error(refAt(p.enterprise, ["files", "organizationClaudeMd"]), "build/missing-file", `files.organizationClaudeMd names ${mdRoot}, which does not exist.`);
        }
        else {
            const inlined = inlineClaudeMd(mdRoot, files);
            for (const d of inlined.diagnostics)
                c.push(d);
            claudeMd = inlined.text;
            claudeMdRef = { file: mdRoot, line: 1, column: 1 };
        }
    }
    const policyDirEnt = obj(obj(ent?.managedSettings).stewardDir).linux;
    const policyDir = options.policyDir ?? (typeof policyDirEnt === "string" ? policyDirEnt : DEFAULT_POLICY_DIR);
    const index = {};
    for (const role of roles) {
        const b = new SettingsBuilder();
        if (p.managed)
            applyOrgLayer(p.managed, b, c, role);
        for (const d of p.dropIns)
            applyOrgLayer(d, b, c, role);
        const orgAvailable = Array.isArray(b.value.availableModels)
            ? strings(b.value.availableModels)
            : undefined;
        // role permissions
        const roleValue = roleMap?.[role];
        if (isObject(roleValue) && p.roleMappings) {
            const perms = isObject(roleValue.permissions) ? roleValue.permissions : {};
            const target = b.value.permissions ?? {};
            for (const kind of ["allow", "ask", "deny"]) {
                const rules = checkRules(p.roleMappings, ["roleMappings", role, "permissions", kind], perms[kind], c);
                const list = strings(target[kind]);
                rules.forEach((r) => {
                    if (list.includes(r))
                        return;
                    list.push(r);
                    b.origin(`permissions.${kind}[${r}]`, refAt(p.roleMappings, [
                        "roleMappings",
                        role,
                        "permissions",
                        kind,
                        strings(perms[kind]).indexOf(r),
                    ]));
                });
                if (list.length > 0 || target[kind] !== undefined)
                    target[kind] = list;
            }
            b.value.permissions = target;
        }
        // enforcement locks
        if (enforced && p.enterprise) {
            const ref = refAt(p.enterprise, ["enterprise", "enforced"]);
            const lock = (key) => {
                if (b.value[key] !== true)
                    b.set(key, true, ref, "enterprise.enforced");
            };
            lock("allowManagedPermissionRulesOnly");
            lock("allowManagedHooksOnly");
            const perms = b.value.permissions ?? {};
            if (perms.disableBypassPermissionsMode !== "disable") {
                perms.disableBypassPermissionsMode = "disable";
                b.origin("permissions.disableBypassPermissionsMode", ref, "enterprise.enforced");
            }
            b.value.permissions = perms;
        }
        // models and routing
        const plan = planModels(role, p, route, orgAvailable, c, b);
        if (plan) {
            b.value.availableModels = plan.available;
            if (plan.defaultModel)
                b.value.model = plan.defaultModel;
            else
                delete b.value.model;
        }
        if (route && p.modelPolicy && route.provider !== "anthropic") {
            const env = b.value.env ?? {};
            const at = (k) => refAt(p.modelPolicy, [...route.path, k]);
            const put = (k, v, ref) => {
                if (typeof v !== "string" || v === "")
                    return;
                env[k] = v;
                b.origin(`env.${k}`, ref);
            };
            if (route.provider === "bedrock") {
                put("CLAUDE_CODE_USE_BEDROCK", "1", at("provider"));
                put("AWS_REGION", route.value.region, at("region"));
            }
            else {
                put("CLAUDE_CODE_USE_VERTEX", "1", at("provider"));
                put("CLOUD_ML_REGION", route.value.location ?? route.value.region, at(route.value.location ? "location" : "region"));
                put("ANTHROPIC_VERTEX_PROJECT_ID", route.value.project, at("project"));
            }
            for (const [family, id] of [...(plan?.familyIds ?? new Map())].sort()) {
                put(`ANTHROPIC_DEFAULT_${family.toUpperCase()}_MODEL`, id, refAt(p.modelPolicy, [...route.path, "models", family]));
            }
            const routeKeys = new Set(Object.keys(env).filter((k) => b.origins.get(`env.${k}`)?.file === rel(p.modelPolicy)));
            // the region's own Claude Code drop-in: its env and keys (not its model list: the role's wins)
            const dropInName = route.value.managedSettingsDropIn;
            if (typeof dropInName === "string") {
                const text = files[dropInName];
                if (text === undefined) {
                    c.error(at("managedSettingsDropIn"), "build/missing-file", `managedSettingsDropIn names ${dropInName}, which does not exist.`);
                }
                else {
                    const dropIn = (0,json_source/* parseJsonSource */.X0)(text, dropInName);
                    const dv = isObject(dropIn.value) ? dropIn.value : {};
                    for (const [k, v] of Object.entries(dv)) {
                        if (k === "$schema" || k === "$comment" || k === "model" || k === "availableModels")
                            continue;
                        if (k === "env" && isObject(v)) {
                            for (const [ek, ev] of Object.entries(v)) {
                                // model ids follow the role (computed above); the route's own keys win
                                if (/^ANTHROPIC_DEFAULT_\w+_MODEL$/.test(ek) || routeKeys.has(ek))
                                    continue;
                                put(ek, ev, refAt(dropIn, ["env", ek]));
                            }
                            continue;
                        }
                        if (!(k in HONOURED_KEYS)) {
                            c.inexpressible(dropIn, [k], `"${k}" is not a settings key Claude Code honours; the build will not write it.`);
                            continue;
                        }
                        b.set(k, v, refAt(dropIn, [k]));
                    }
                }
            }
            if (isObject(route.value.credentials)) {
                // Steward-only by nature: credentials are provisioned on the machine (AWS profile, GOOGLE_APPLICATION_CREDENTIALS)
            }
            b.value.env = env;
        }
        if (isObject(b.value.env) &&
            policyVersion !== undefined &&
            b.value.env.STEWARD_POLICY_VERSION !== undefined &&
            b.value.env.STEWARD_POLICY_VERSION !== policyVersion) {
            c.error(b.origins.get("env.STEWARD_POLICY_VERSION") ?? { file: "managed-settings.json" }, "build/version-mismatch", `env.STEWARD_POLICY_VERSION is ${String(b.value.env.STEWARD_POLICY_VERSION)} but the policy version is ${policyVersion}.`);
        }
        // login
        const auth = isObject(p.auth?.value) ? p.auth?.value : undefined;
        const login = isObject(auth?.claudeCodeLogin) ? auth?.claudeCodeLogin : undefined;
        if (login && p.auth) {
            if (typeof login.forceLoginMethod === "string") {
                b.set("forceLoginMethod", login.forceLoginMethod, refAt(p.auth, ["claudeCodeLogin", "forceLoginMethod"]));
            }
            const org = login.forceLoginOrgUUID;
            const orgs = typeof org === "string" ? [org] : strings(org);
            const resolved = [];
            orgs.forEach((o, i) => {
                const path = typeof org === "string"
                    ? ["claudeCodeLogin", "forceLoginOrgUUID"]
                    : ["claudeCodeLogin", "forceLoginOrgUUID", i];
                const s = substitute(o, vars);
                if (s.value === undefined) {
                    c.error(refAt(p.auth, path), "build/unresolved-variable", `forceLoginOrgUUID needs \${${s.missing.join("}, ${")}}: Claude Code needs the literal organization UUID.`, `Set ${s.missing.join(", ")} in the build's environment (it is an identifier, not a secret).`);
                    return;
                }
                if (/^[0-]+$/.test(s.value)) {
                    c.error(refAt(p.auth, path), "build/invalid-uuid", `forceLoginOrgUUID resolves to the nil UUID ${s.value}, a placeholder: Claude Code would block every login.`, "Set the real organization UUID (claude.ai or Console organization settings).");
                    return;
                }
                if (!UUID.test(s.value)) {
                    c.error(refAt(p.auth, path), "build/invalid-uuid", `forceLoginOrgUUID "${s.value}" is not a UUID; Claude Code would block every login.`);
                    return;
                }
                resolved.push(s.value);
            });
            if (org !== undefined && resolved.length === orgs.length) {
                b.set("forceLoginOrgUUID", typeof org === "string" ? resolved[0] : resolved, refAt(p.auth, ["claudeCodeLogin", "forceLoginOrgUUID"]));
            }
        }
        // Steward hooks: replace Steward handlers, keep everything else
        const hooks = isObject(b.value.hooks) ? b.value.hooks : {};
        // PreToolUse runs before every tool call: wired to the fast steward-hook next to the CLI
        const command = options.stewardCommand ?? "steward";
        const fast = (0,install/* fastHookCommand */.n5)(command);
        const ours = (0,install/* stewardHooks */.rj)({ command, policy: policyDir, ...(fast ? { preToolUseCommand: fast } : {}) });
        for (const e of install/* STEWARD_EVENTS */.BA) {
            const kept = (Array.isArray(hooks[e.event]) ? hooks[e.event] : [])
                .map((g) => isObject(g) && Array.isArray(g.hooks)
                ? { ...g, hooks: g.hooks.filter((h) => !(isObject(h) && (0,install/* isStewardHandler */.nB)(h.command, e.sub))) }
                : g)
                .filter((g) => !(isObject(g) && Array.isArray(g.hooks) && g.hooks.length === 0));
            hooks[e.event] = [...kept, ...(ours[e.event] ?? [])];
            if (!b.origins.has(`hooks.${e.event}`))
                b.origin(`hooks.${e.event}`, { file: "(steward build)" }, "Steward's hooks (steward hook install)");
            else
                b.origin(`hooks.${e.event}`, b.origins.get(`hooks.${e.event}`), "Steward handler (re)wired by the build");
        }
        b.value.hooks = hooks;
        const settingsPath = `${role}/managed-settings.json`;
        outputs.push({ path: settingsPath, role, content: canonicalJson(b.value) });
        for (const [key, ref] of [...b.origins].sort(([a], [z]) => (a < z ? -1 : a > z ? 1 : 0))) {
            if (!isPresent(b.value, key))
                continue;
            explain.push({ output: settingsPath, key, ...ref });
        }
        if (claudeMd !== undefined && claudeMdRef) {
            outputs.push({ path: `${role}/CLAUDE.md`, role, content: claudeMd });
            explain.push({ output: `${role}/CLAUDE.md`, key: "(file)", ...claudeMdRef, note: "imports inlined" });
        }
        const perms = isObject(b.value.permissions) ? b.value.permissions : {};
        index[role] = {
            ...(isObject(roleValue) && Array.isArray(roleValue.idpGroups)
                ? { idpGroups: roleValue.idpGroups }
                : {}),
            permissions: {
                allow: strings(perms.allow),
                ask: strings(perms.ask),
                deny: strings(perms.deny),
            },
        };
    }
    // the build root is itself a policy directory for `steward permissions diff`
    outputs.push({
        path: "role-mappings.json",
        role: "",
        content: canonicalJson({
            $schema: "https://steward.dev/schemas/role-mappings.schema.json",
            $comment: "Generated by steward build: each role's compiled permissions (org + role), so that 'steward permissions diff' can compare two builds. Not a source file.",
            ...(policyVersion !== undefined ? { policyVersion } : {}),
            ...(typeof rmValue?.defaultRole === "string" ? { defaultRole: rmValue.defaultRole } : {}),
            roleMappings: index,
        }),
    });
    // the files `steward hook ... --policy <dir>` reads on the machine, verbatim (shared/hooks/policy.ts)
    for (const name of Object.keys(files).sort()) {
        if (STEWARD_POLICY_FILES.has(name) || /^managed-settings\.d\/[^/.][^/]*\.json$/.test(name)) {
            outputs.push({ path: `steward/${name}`, role: "", content: files[name] });
        }
    }
    outputs.sort((a, z) => (a.path < z.path ? -1 : a.path > z.path ? 1 : 0));
    return {
        outputs,
        diagnostics: c.diagnostics,
        explain,
        policyVersion,
        roles,
        region: route?.name ?? options.region,
    };
}
/** True when the dotted/bracketed explain key names something in the output. */
function isPresent(value, key) {
    const m = /^([^[]+)(?:\[(.*)\])?$/s.exec(key);
    if (!m)
        return false;
    let cur = value;
    for (const part of m[1].split(".")) {
        if (!isObject(cur))
            return false;
        cur = cur[part];
    }
    if (m[2] === undefined)
        return cur !== undefined;
    return Array.isArray(cur) && cur.includes(m[2]);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/build/manifest.ts
/**
 * build-manifest.json: every output with its SHA-256, size and role, plus the
 * policy version and commit it was built from. No timestamps, so the same
 * sources and commit give the same manifest bytes.
 */


const MANIFEST_FILE = "build-manifest.json";
const MANIFEST_SCHEMA = "https://steward.dev/schemas/build-manifest.json";
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)("sha256").update(data).digest("hex");
}
function createManifest(outputs, facts) {
    return {
        $schema: MANIFEST_SCHEMA,
        policyVersion: facts.policyVersion ?? null,
        commit: facts.commit ?? null,
        region: facts.region ?? null,
        roles: [...facts.roles],
        outputs: [...outputs]
            .sort((a, z) => (a.path < z.path ? -1 : a.path > z.path ? 1 : 0))
            .map((o) => ({
            path: o.path,
            role: o.role,
            sha256: sha256Hex(o.content),
            size: Buffer.byteLength(o.content),
        })),
    };
}
function renderManifest(manifest) {
    return canonicalJson(manifest);
}
/** Parses and checks a manifest's shape; throws an Error naming what is wrong. */
function parseManifest(text) {
    const value = JSON.parse(text);
    if (!value || typeof value !== "object" || !Array.isArray(value.outputs)) {
        throw new Error("not a Steward build manifest (no outputs list)");
    }
    for (const o of value.outputs) {
        if (typeof o?.path !== "string" ||
            !/^[0-9a-f]{64}$/.test(String(o?.sha256)) ||
            typeof o?.size !== "number") {
            throw new Error(`manifest entry ${JSON.stringify(o)} lacks path, sha256 or size`);
        }
    }
    return value;
}

;// CONCATENATED MODULE: ./shared/build/doctor.ts
/**
 * `steward doctor`: what a developer's machine really runs, against the
 * published policy. Every check says how to fix a failure. The outside world
 * (files, PATH, child processes, platform) comes in as ports.
 */


/** Where Claude Code reads managed files (claude-code.md §1, §7). */
const MANAGED_DIRS = {
    darwin: "/Library/Application Support/ClaudeCode",
    linux: "/etc/claude-code",
    win32: "C:\\Program Files\\ClaudeCode",
};
const MIN_NODE_MAJOR = 20;
/** The managed file path for `platform`, under `root`. */
function managedPath(platform, name, root = "") {
    const dir = MANAGED_DIRS[platform] ?? MANAGED_DIRS.linux;
    if (platform === "win32") {
        const p = external_node_path_.win32.join(dir, name);
        return root ? external_node_path_.posix.join(root, p.replace(/^([A-Za-z]):/, "$1").replace(/\\/g, "/")) : p;
    }
    return external_node_path_.posix.join(root, dir, name);
}
/** `1.2.3` -> [1,2,3]; undefined when there is no version number. */
function parseVersion(text) {
    const m = /(\d+)\.(\d+)\.(\d+)/.exec(text);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}
function compareVersions(a, b) {
    for (let i = 0; i < 3; i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** The program + arguments that start Steward in a hook command, `--version` appended. */
function hookProbe(command) {
    const words = command.match(/"[^"]*"|'[^']*'|\S+/g)?.map((w) => w.replace(/^["']|["']$/g, "")) ?? [];
    const at = words.indexOf("hook");
    const head = at > 0 ? words.slice(0, at) : words.slice(0, 1);
    if (head.length === 0)
        return undefined;
    return { program: head[0], args: [...head.slice(1), "--version"] };
}
const doctor_isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function runDoctor(ports, options = {}) {
    const checks = [];
    const root = ports.root ?? "";
    const settingsPath = managedPath(ports.platform, "managed-settings.json", root);
    const label = options.manifestLabel ?? "the manifest";
    const bytes = await ports.readFile(settingsPath);
    let settings;
    let role = options.role;
    if (!bytes) {
        checks.push({
            id: "managed-settings",
            status: "fail",
            message: `${settingsPath} is missing: Claude Code runs without the organization's policy.`,
            fix: "Install the policy with scripts/install-policy.sh (or your MDM), then run steward doctor again.",
        });
    }
    else {
        try {
            const value = JSON.parse(bytes.toString("utf8"));
            if (!doctor_isObject(value))
                throw new Error("not a JSON object");
            settings = value;
            checks.push({
                id: "managed-settings",
                status: "pass",
                message: `${settingsPath} present and valid JSON.`,
            });
        }
        catch (error) {
            checks.push({
                id: "managed-settings",
                status: "fail",
                message: `${settingsPath} is not valid JSON (${error.message}); Claude Code ignores a file it cannot parse.`,
                fix: "Reinstall the published file with scripts/install-policy.sh.",
            });
        }
    }
    // digests against the manifest
    if (options.manifest) {
        const entries = options.manifest.outputs.filter((o) => o.path.endsWith("/managed-settings.json"));
        const version = options.manifest.policyVersion ?? "(no version)";
        if (!bytes) {
            checks.push({ id: "settings-digest", status: "skip", message: "No managed settings file to compare." });
        }
        else {
            const actual = sha256Hex(bytes);
            const expected = role
                ? entries.find((o) => o.role === role)
                : entries.find((o) => o.sha256 === actual);
            if (role && !expected) {
                checks.push({
                    id: "settings-digest",
                    status: "fail",
                    message: `Role ${role} is not in ${label} (roles: ${entries.map((o) => o.role).join(", ")}).`,
                    fix: "Pass the role this machine's user has (--role), as named in role-mappings.json.",
                });
            }
            else if (expected && expected.sha256 === actual) {
                role = expected.role;
                checks.push({
                    id: "settings-digest",
                    status: "pass",
                    message: `${settingsPath} sha256 ${actual} matches ${expected.path} of policy ${version}.`,
                });
            }
            else {
                const want = expected
                    ? `${expected.path} expects sha256 ${expected.sha256} (${expected.size} bytes)`
                    : `no role's managed-settings.json in ${label} has it (${entries.map((o) => `${o.role} ${o.sha256.slice(0, 12)}`).join(", ")})`;
                checks.push({
                    id: "settings-digest",
                    status: "fail",
                    message: `${settingsPath} has sha256 ${actual} (${bytes.length} bytes); ${want} in ${label} of policy ${version}. The file was changed, truncated or is another version.`,
                    fix: "Reinstall the published policy with scripts/install-policy.sh, which verifies the digest before installing.",
                });
            }
            if (role) {
                const md = options.manifest.outputs.find((o) => o.path === `${role}/CLAUDE.md`);
                if (md) {
                    const mdPath = managedPath(ports.platform, "CLAUDE.md", root);
                    const mdBytes = await ports.readFile(mdPath);
                    if (!mdBytes) {
                        checks.push({
                            id: "claude-md-digest",
                            status: "fail",
                            message: `${mdPath} is missing; ${label} lists ${md.path}.`,
                            fix: "Install it with scripts/install-policy.sh.",
                        });
                    }
                    else if (sha256Hex(mdBytes) !== md.sha256) {
                        checks.push({
                            id: "claude-md-digest",
                            status: "fail",
                            message: `${mdPath} has sha256 ${sha256Hex(mdBytes)}; ${md.path} in ${label} expects ${md.sha256}.`,
                            fix: "Reinstall it with scripts/install-policy.sh.",
                        });
                    }
                    else {
                        checks.push({ id: "claude-md-digest", status: "pass", message: `${mdPath} matches ${md.path}.` });
                    }
                }
            }
        }
        // the policy files Steward's hooks read (<managed dir>/steward/...)
        const stewardFiles = options.manifest.outputs.filter((o) => o.path.startsWith("steward/"));
        const bad = [];
        for (const o of stewardFiles) {
            const path = managedPath(ports.platform, o.path, root);
            const data = await ports.readFile(path);
            if (!data)
                bad.push(`${path} is missing`);
            else if (sha256Hex(data) !== o.sha256)
                bad.push(`${path} has sha256 ${sha256Hex(data)}, ${o.path} expects ${o.sha256}`);
        }
        if (stewardFiles.length > 0) {
            checks.push(bad.length === 0
                ? {
                    id: "hook-policy",
                    status: "pass",
                    message: `${stewardFiles.length} policy file(s) for Steward's hooks match ${label}.`,
                }
                : {
                    id: "hook-policy",
                    status: "fail",
                    message: `Steward's hooks would decide from another policy: ${bad.join("; ")}.`,
                    fix: "Reinstall the published policy with scripts/install-policy.sh (it installs <managed dir>/steward/).",
                });
        }
    }
    else {
        checks.push({
            id: "settings-digest",
            status: "skip",
            message: "No manifest given: the file's content is not compared with the published policy.",
            fix: "Pass --manifest <build-manifest.json> of the expected policy version.",
        });
    }
    // hooks
    const commands = [];
    if (settings && doctor_isObject(settings.hooks)) {
        for (const groups of Object.values(settings.hooks)) {
            for (const g of Array.isArray(groups) ? groups : []) {
                for (const h of doctor_isObject(g) && Array.isArray(g.hooks) ? g.hooks : []) {
                    if (doctor_isObject(h) && typeof h.command === "string" && /steward/i.test(h.command))
                        commands.push(h.command);
                }
            }
        }
    }
    if (settings && commands.length === 0) {
        checks.push({
            id: "hooks",
            status: "fail",
            message: `${settingsPath} wires no Steward hook: tool calls are neither decided by the org policy nor audited.`,
            fix: "Install the published build (it wires the hooks), or run 'steward hook install --managed-settings <file>'.",
        });
    }
    // the policy directory the hooks name must hold the policy (a macOS machine with a Linux build does not)
    const policyDirs = new Set();
    for (const command of commands) {
        const m = /--policy\s+("([^"]+)"|'([^']+)'|(\S+))/.exec(command);
        const dir = m?.[2] ?? m?.[3] ?? m?.[4];
        if (dir)
            policyDirs.add(dir);
    }
    for (const dir of policyDirs) {
        const local = ports.platform === "win32" ? dir : external_node_path_.posix.join(root, dir);
        const present = await ports.readFile(external_node_path_.posix.join(local, "role-mappings.json"));
        const expectedDir = managedPath(ports.platform, "steward");
        if (!present) {
            checks.push({
                id: "hook-policy-dir",
                status: "fail",
                message: `The hooks read the policy from ${dir}, which holds no role-mappings.json${dir !== expectedDir ? ` (this OS installs it in ${expectedDir})` : ""}.`,
                fix: dir !== expectedDir
                    ? `Use a build made with --policy-dir "${expectedDir}" for this OS, or install the policy files in ${dir}.`
                    : "Reinstall the published policy with scripts/install-policy.sh (it installs <managed dir>/steward/).",
            });
        }
        else {
            checks.push({
                id: "hook-policy-dir",
                status: "pass",
                message: `The hooks' policy directory ${dir} is in place.`,
            });
        }
    }
    const probed = new Set();
    for (const command of commands) {
        const probe = hookProbe(command);
        if (!probe || probed.has(`${probe.program} ${probe.args.join(" ")}`))
            continue;
        probed.add(`${probe.program} ${probe.args.join(" ")}`);
        const resolved = await ports.which(probe.program);
        if (!resolved) {
            checks.push({
                id: "hooks",
                status: "fail",
                message: `Hook command "${command}": ${probe.program} is not found on PATH, so Claude Code cannot start the hook (a missing hook silently disables the gate, exit 127).`,
                fix: `Install Steward so that "${probe.program}" resolves for every user (e.g. /usr/local/bin/steward), or rebuild with --steward-command <absolute path>.`,
            });
            continue;
        }
        const r = await ports.run(resolved, probe.args);
        checks.push(r.code === 0
            ? {
                id: "hooks",
                status: "pass",
                message: `Hook command "${command}" starts (${resolved} ${probe.args.join(" ")}: ${r.stdout.trim() || "ok"}).`,
            }
            : {
                id: "hooks",
                status: "fail",
                message: `Hook command "${command}" does not start: ${resolved} ${probe.args.join(" ")} exited ${r.code ?? "by a signal"}${r.stderr.trim() ? ` (${r.stderr.trim().slice(0, 200)})` : ""}.`,
                fix: "Reinstall Steward (its Node runtime and bundle) and run the command by hand to see the error.",
            });
    }
    // Node
    const node = parseVersion(ports.nodeVersion);
    checks.push(node && (node[0] ?? 0) >= MIN_NODE_MAJOR
        ? {
            id: "node",
            status: "pass",
            message: `Node ${ports.nodeVersion} (Steward's hooks need ${MIN_NODE_MAJOR}+).`,
        }
        : {
            id: "node",
            status: "fail",
            message: `Node ${ports.nodeVersion} is older than ${MIN_NODE_MAJOR}; Steward's hooks will not start.`,
            fix: `Install Node ${MIN_NODE_MAJOR} LTS or newer.`,
        });
    // Claude Code
    const min = typeof settings?.requiredMinimumVersion === "string" ? settings.requiredMinimumVersion : undefined;
    const max = typeof settings?.requiredMaximumVersion === "string" ? settings.requiredMaximumVersion : undefined;
    const claude = await ports.which("claude");
    if (!claude) {
        checks.push({
            id: "claude-code",
            status: "skip",
            message: "Claude Code (claude) is not installed on PATH.",
        });
    }
    else {
        const r = await ports.run(claude, ["--version"]);
        const v = parseVersion(r.stdout);
        if (r.code !== 0 || !v) {
            checks.push({
                id: "claude-code",
                status: "fail",
                message: `${claude} --version failed (exit ${r.code ?? "signal"}).`,
                fix: "Reinstall Claude Code.",
            });
        }
        else {
            const low = min ? parseVersion(min) : undefined;
            const high = max ? parseVersion(max) : undefined;
            const range = `${min ?? "any"} .. ${max ?? "any"}`;
            if ((low && compareVersions(v, low) < 0) || (high && compareVersions(v, high) > 0)) {
                checks.push({
                    id: "claude-code",
                    status: "fail",
                    message: `Claude Code ${v.join(".")} is outside the policy's range ${range} (requiredMinimumVersion/requiredMaximumVersion).`,
                    fix: low && compareVersions(v, low) < 0
                        ? "Update Claude Code: claude update."
                        : `Install Claude Code ${max} or older.`,
                });
            }
            else {
                checks.push({
                    id: "claude-code",
                    status: "pass",
                    message: `Claude Code ${v.join(".")} within ${range}.`,
                });
            }
        }
    }
    return { checks, ok: checks.every((c) => c.status !== "fail"), ...(role ? { role } : {}) };
}
function renderDoctor(report) {
    const mark = { pass: "ok  ", fail: "FAIL", skip: "skip" };
    const lines = report.checks.map((c) => `${mark[c.status]} ${c.id}: ${c.message}${c.status === "fail" && c.fix ? `\n     fix: ${c.fix}` : ""}`);
    lines.push(report.ok
        ? "All checks passed."
        : `${report.checks.filter((c) => c.status === "fail").length} check(s) failed.`);
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./shared/build/tar.ts
/**
 * A deterministic tar.gz: ustar entries sorted by path, mode 0644 (dirs
 * 0755), uid/gid 0, empty owner names, mtime 0; gzip with mtime 0 and the OS
 * byte fixed to 255 ("unknown") so the bytes do not depend on the platform
 * that packed them. Same files in, same bytes out.
 */

const BLOCK = 512;
function octal(value, width) {
    return `${value.toString(8).padStart(width - 1, "0")}\0`;
}
function header(name, size, type) {
    const h = Buffer.alloc(BLOCK, 0);
    let prefix = "";
    let base = name;
    if (Buffer.byteLength(name) > 100) {
        const cut = name.lastIndexOf("/", 155);
        if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100)
            throw new Error(`tar: path too long: ${name}`);
        prefix = name.slice(0, cut);
        base = name.slice(cut + 1);
    }
    h.write(base, 0, 100, "utf8");
    h.write(octal(type === "5" ? 0o755 : 0o644, 8), 100, 8, "ascii");
    h.write(octal(0, 8), 108, 8, "ascii");
    h.write(octal(0, 8), 116, 8, "ascii");
    h.write(octal(size, 12), 124, 12, "ascii");
    h.write(octal(0, 12), 136, 12, "ascii");
    h.write("        ", 148, 8, "ascii");
    h.write(type, 156, 1, "ascii");
    h.write("ustar\0", 257, 6, "ascii");
    h.write("00", 263, 2, "ascii");
    h.write(prefix, 345, 155, "utf8");
    let sum = 0;
    for (const byte of h)
        sum += byte;
    h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "ascii");
    return h;
}
/** An uncompressed ustar archive of `files` (directories added), sorted. */
function createTar(files, root = "") {
    const prefix = root ? `${root.replace(/\/+$/, "")}/` : "";
    const dirs = new Set();
    if (prefix)
        dirs.add(prefix);
    for (const f of files) {
        const parts = `${prefix}${f.path}`.split("/");
        for (let i = 1; i < parts.length; i++)
            dirs.add(`${parts.slice(0, i).join("/")}/`);
    }
    const entries = [
        ...[...dirs].map((name) => ({ name })),
        ...files.map((f) => ({
            name: `${prefix}${f.path}`,
            data: typeof f.content === "string" ? Buffer.from(f.content, "utf8") : Buffer.from(f.content),
        })),
    ].sort((a, z) => (a.name < z.name ? -1 : a.name > z.name ? 1 : 0));
    const chunks = [];
    for (const e of entries) {
        if (!e.data) {
            chunks.push(header(e.name, 0, "5"));
            continue;
        }
        chunks.push(header(e.name, e.data.length, "0"), e.data);
        const pad = (BLOCK - (e.data.length % BLOCK)) % BLOCK;
        if (pad)
            chunks.push(Buffer.alloc(pad, 0));
    }
    chunks.push(Buffer.alloc(BLOCK * 2, 0));
    return Buffer.concat(chunks);
}
/** gzip with a fixed header: mtime 0 (node's default), OS byte 255. */
function gzipDeterministic(data) {
    const out = (0,external_node_zlib_.gzipSync)(data, { level: 9 });
    out.writeUInt32LE(0, 4);
    out[9] = 255;
    return out;
}
function createTarGz(files, root = "") {
    return gzipDeterministic(createTar(files, root));
}

;// CONCATENATED MODULE: ./shared/build/io.ts
/**
 * The edges of `steward build`: read a policy repository's text files, write
 * a build directory (outputs + build-manifest.json) and its tar.gz.
 */






const SKIP_DIRS = new Set([".git", "node_modules", ".github"]);
/** Every .json and .md file under `dir` (relative, `/`-separated) -> its text. */
async function readPolicyFiles(dir) {
    const files = {};
    const walk = async (current) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(current, { withFileTypes: true });
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`Policy directory ${current} cannot be read: ${(0,errors/* getErrorMessage */.u1)(error)}`, {
                hint: "Pass the policy repository's directory (the one holding managed-settings.json and role-mappings.json).",
            });
        }
        for (const e of entries.sort((a, z) => (a.name < z.name ? -1 : 1))) {
            const full = (0,external_node_path_.join)(current, e.name);
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await walk(full);
            }
            else if (e.isFile() && /\.(json|md)$/.test(e.name)) {
                files[(0,external_node_path_.relative)(dir, full).split(external_node_path_.sep).join("/")] = await (0,promises_.readFile)(full, "utf8");
            }
        }
    };
    await walk(dir);
    return files;
}
/** Compiles `policyDir`; when there is no error, replaces `outDir` with the outputs and the manifest. */
async function io_buildToDirectory(policyDir, outDir, options) {
    const files = await readPolicyFiles(policyDir);
    const result = compilePolicy(files, options);
    if (result.diagnostics.some((d) => d.severity === "error"))
        return { result };
    const existing = await (0,promises_.readdir)(outDir).catch(() => []);
    if (existing.length > 0 && !existing.includes(MANIFEST_FILE)) {
        throw new errors/* ConfigurationError */.j1(`Output directory ${outDir} is not empty and holds no ${MANIFEST_FILE}; refusing to replace it.`, {
            hint: "Pass a new or empty directory, or a previous build's directory.",
        });
    }
    await (0,promises_.rm)(outDir, { recursive: true, force: true });
    for (const o of result.outputs) {
        const target = (0,external_node_path_.join)(outDir, ...o.path.split("/"));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, o.content);
    }
    const manifest = createManifest(result.outputs, {
        policyVersion: result.policyVersion,
        commit: options.commit,
        region: result.region,
        roles: result.roles,
    });
    const manifestPath = (0,external_node_path_.join)(outDir, MANIFEST_FILE);
    await (0,promises_.writeFile)(manifestPath, renderManifest(manifest));
    return { result, manifest, manifestPath };
}
/** Reads a build directory back: every file listed by its manifest, plus the manifest. */
async function io_packBuildDirectory(outDir, tarPath) {
    const manifestText = await (0,promises_.readFile)((0,external_node_path_.join)(outDir, MANIFEST_FILE), "utf8");
    const manifest = JSON.parse(manifestText);
    const files = [{ path: MANIFEST_FILE, content: manifestText }];
    for (const o of manifest.outputs)
        files.push({ path: o.path, content: await (0,promises_.readFile)((0,external_node_path_.join)(outDir, ...o.path.split("/")), "utf8") });
    const data = createTarGz(files, "steward-build");
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(tarPath), { recursive: true });
    await (0,promises_.writeFile)(tarPath, data);
    return { path: tarPath, sha256: sha256Hex(data), size: data.length };
}

// EXTERNAL MODULE: ./shared/policy/lint.ts + 28 modules
var lint = __webpack_require__(1610);
;// CONCATENATED MODULE: ./shared/build/publish.ts
/**
 * The policy-publish job: lint (fail on errors), build, pack a deterministic
 * tar.gz, optionally write a server-managed settings payload. Takes a Logger
 * and plain options; the action writes outputs and the summary.
 */






async function publishPolicy(options, logger) {
    const ws = (p) => resolve(options.workspace, p);
    const shown = (p) => relative(options.workspace, p).split("\\").join("/");
    const root = ws(options.path);
    logger.startGroup("Lint");
    const report = await lintPolicyDirectory(root, logger, options.now ? { now: options.now } : {});
    logger.endGroup();
    const lintErrors = report.findings.filter((f) => f.severity === "error");
    for (const f of lintErrors) {
        logger.error(`${f.ruleId}: ${f.message}`, {
            file: shown(join(root, f.file)),
            ...(f.line ? { line: f.line } : {}),
            ...(f.column ? { column: f.column } : {}),
            title: f.ruleId,
        });
    }
    if (lintErrors.length > 0) {
        throw new ConfigurationError(`Policy lint found ${lintErrors.length} error(s); nothing was built or published.`, { hint: "Fix the findings annotated above (steward lint shows them locally)." });
    }
    logger.startGroup("Build");
    const written = await buildToDirectory(root, ws(options.outDir), {
        ...(options.region !== undefined ? { region: options.region } : {}),
        stewardOnly: options.stewardOnly,
        vars: options.vars,
        ...(options.commit ? { commit: options.commit } : {}),
        ...(options.stewardCommand ? { stewardCommand: options.stewardCommand } : {}),
        ...(options.policyDir ? { policyDir: options.policyDir } : {}),
    });
    logger.endGroup();
    let warnings = 0;
    for (const d of written.result.diagnostics) {
        const location = {
            file: shown(join(root, d.file)),
            ...(d.line !== undefined ? { line: d.line } : {}),
            ...(d.column !== undefined ? { column: d.column } : {}),
            title: d.code,
        };
        if (d.severity === "error")
            logger.error(formatDiagnostic(d), location);
        else {
            warnings++;
            logger.warning(formatDiagnostic(d), location);
        }
    }
    if (!written.manifest || !written.manifestPath) {
        const errors = written.result.diagnostics.filter((d) => d.severity === "error").length;
        throw new ConfigurationError(`steward build found ${errors} error(s); nothing was published.`, {
            hint: "Each error names the source file and line; fix it or mark it Steward-only (docs/build.md).",
        });
    }
    const tar = await packBuildDirectory(ws(options.outDir), ws(options.artifact));
    let payloadFile;
    if (options.payloadRole !== undefined) {
        const entry = written.manifest.outputs.find((o) => o.path === `${options.payloadRole}/managed-settings.json`);
        if (!entry) {
            throw new ConfigurationError(`payload-role ${options.payloadRole} is not a role of this policy (${written.result.roles.join(", ")}).`);
        }
        const target = ws(options.payloadFile ?? `${options.outDir}-server-managed-${options.payloadRole}.json`);
        await mkdir(dirname(target), { recursive: true });
        await copyFile(join(ws(options.outDir), entry.path), target);
        payloadFile = shown(target);
    }
    return {
        manifest: written.manifest,
        manifestPath: shown(written.manifestPath),
        buildDir: shown(ws(options.outDir)),
        artifact: shown(tar.path),
        digest: tar.sha256,
        size: tar.size,
        ...(payloadFile ? { payloadFile } : {}),
        warnings,
    };
}

;// CONCATENATED MODULE: ./shared/build/index.ts
/**
 * `steward build`: compile a policy repository into per-role managed
 * settings + managed CLAUDE.md (pure {@link compilePolicy}), a manifest with
 * digests ({@link createManifest}), a deterministic tar.gz ({@link createTarGz}),
 * and the laptop check ({@link runDoctor}). docs/build.md.
 */












/***/ }),

/***/ 8074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ STEWARD_EVENTS),
/* harmony export */   Bb: () => (/* binding */ mergeStewardHooks),
/* harmony export */   n5: () => (/* binding */ fastHookCommand),
/* harmony export */   nB: () => (/* binding */ isStewardHandler),
/* harmony export */   rj: () => (/* binding */ stewardHooks)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/**
 * The managed-settings hooks block that wires Steward into Claude Code, and
 * a merge of it into an existing settings file that touches nothing else:
 * other hooks, other keys, comments-free formatting and key order stay as
 * they are (jsonc-parser edits), and a second run changes nothing. Pure.
 */


/** The events Steward handles, their sub-command and timeout (seconds). */
const STEWARD_EVENTS = [
    { event: "PreToolUse", sub: "pre-tool-use", timeout: 10, matcher: "*" },
    { event: "UserPromptSubmit", sub: "user-prompt-submit", timeout: 10 },
    { event: "Stop", sub: "stop", timeout: 30 },
    { event: "SessionEnd", sub: "session-end", timeout: 30 },
];
const quote = (s) => /^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, "\\$1")}"`;
/** The `hooks` object Steward needs. */
function stewardHooks(options) {
    const out = {};
    for (const e of STEWARD_EVENTS) {
        const extra = e.sub === "user-prompt-submit" && options.blockOnQuota ? " --block-on-quota" : "";
        const program = e.sub === "pre-tool-use" ? (options.preToolUseCommand ?? options.command) : options.command;
        const handler = {
            type: "command",
            command: `${program} hook ${e.sub} --policy ${quote(options.policy)}${extra}`,
            timeout: e.timeout,
        };
        out[e.event] = ["matcher" in e ? { matcher: e.matcher, hooks: [handler] } : { hooks: [handler] }];
    }
    return out;
}
/**
 * The command of the fast PreToolUse hook installed next to a Steward
 * command (docs/hooks.md "Deploying to laptops"): `steward` ->
 * `steward-hook` in the same directory, `node .../cli/index.js` ->
 * `node .../hook/steward-hook.cjs`. Undefined for any other shape.
 */
function fastHookCommand(command) {
    const bin = /^((?:\S*[\\/])?)steward$/.exec(command);
    if (bin)
        return `${bin[1]}steward-hook`;
    const bundle = /([\\/])cli([\\/])index\.js(["']?)$/.exec(command);
    if (bundle)
        return `${command.slice(0, bundle.index)}${bundle[1]}hook${bundle[2]}steward-hook.cjs${bundle[3]}`;
    return undefined;
}
/** True when a handler command runs `steward hook <sub>` (any path to steward). */
function isStewardHandler(command, sub) {
    if (typeof command !== "string")
        return false;
    return /steward/i.test(command) && new RegExp(`(^|\\s)hook\\s+${sub}(\\s|$)`).test(command);
}
function formatting(text) {
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? "  ";
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    return indent.startsWith("\t")
        ? { insertSpaces: false, tabSize: 1, eol }
        : { insertSpaces: true, tabSize: indent.length, eol };
}
/**
 * Merges Steward's hooks into a settings file's text. Each Steward handler
 * already present (found by {@link isStewardHandler}) is updated in place;
 * a missing one is appended as a new matcher group after the event's other
 * groups. Throws ConfigurationError when the text is not a JSON object or
 * `hooks` has the wrong shape.
 */
function mergeStewardHooks(text, options) {
    const source = text.trim() === "" ? "{}\n" : text;
    const errors = [];
    const value = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse(source, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0 || value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("The managed settings file is not a JSON object; nothing was changed.", {
            hint: "Fix it first (steward lint shows where).",
        });
    }
    const fmt = formatting(source);
    const wanted = stewardHooks(options);
    let out = source;
    const changes = [];
    const apply = (path, v) => {
        out = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.applyEdits(out, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.modify(out, path, v, { formattingOptions: fmt }));
    };
    const appendToArray = (text, path, v, f) => {
        const arr = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree(text), path);
        const last = arr?.children?.[arr.children.length - 1];
        if (!last) {
            return jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.applyEdits(text, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.modify(text, [...path, 0], v, { formattingOptions: f, isArrayInsertion: true }));
        }
        // Insert after the last element by hand: jsonc-parser would re-format the elements before it.
        const lineStart = text.lastIndexOf("\n", last.offset) + 1;
        const lead = text.slice(lineStart, last.offset);
        const indent = /^[ \t]*$/.test(lead) ? lead : "";
        const unit = f.insertSpaces ? " ".repeat(f.tabSize ?? 2) : "\t";
        const eol = f.eol ?? "\n";
        const body = JSON.stringify(v, null, unit).split("\n").join(`${eol}${indent}`);
        const at = last.offset + last.length;
        return `${text.slice(0, at)},${eol}${indent}${body}${text.slice(at)}`;
    };
    for (const e of STEWARD_EVENTS) {
        const current = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse(out);
        const group = wanted[e.event][0];
        const handler = group.hooks[0];
        const hooks = current.hooks;
        if (hooks !== undefined && (hooks === null || typeof hooks !== "object" || Array.isArray(hooks)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('"hooks" in the managed settings file is not an object; nothing was changed.');
        const groups = hooks?.[e.event];
        if (groups === undefined) {
            apply(["hooks", e.event], [group]);
            changes.push(`added ${e.event}`);
            continue;
        }
        if (!Array.isArray(groups))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"hooks.${e.event}" is not an array; nothing was changed.`);
        let found = false;
        groups.forEach((g, i) => {
            const list = g?.hooks;
            if (!Array.isArray(list))
                return;
            list.forEach((h, j) => {
                if (found || !isStewardHandler(h?.command, e.sub))
                    return;
                found = true;
                const cur = h;
                if (cur.command !== handler.command || cur.timeout !== handler.timeout || cur.type !== "command") {
                    apply(["hooks", e.event, i, "hooks", j, "type"], "command");
                    apply(["hooks", e.event, i, "hooks", j, "command"], handler.command);
                    apply(["hooks", e.event, i, "hooks", j, "timeout"], handler.timeout);
                    changes.push(`updated ${e.event}`);
                }
            });
        });
        if (!found) {
            out = appendToArray(out, ["hooks", e.event], group, fmt);
            changes.push(`added ${e.event}`);
        }
    }
    return { text: out, changes };
}


/***/ })

};
;