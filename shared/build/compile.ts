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

import { fastHookCommand, isStewardHandler, STEWARD_EVENTS, stewardHooks } from "../hooks/install.js";
import { type JsonSource, parseJsonSource } from "../policy/json-source.js";
import { resolveModel } from "../pricing/catalog.js";
import { canonicalJson } from "./canonical-json.js";
import { inlineClaudeMd } from "./claude-md.js";
import {
  type BuildDiagnostic,
  type ExplainEntry,
  type JsonPath,
  pointerOf,
  refAt,
  type SourceRef,
} from "./diagnostics.js";
import {
  HONOURED_KEYS,
  HONOURED_PERMISSION_KEYS,
  HONOURED_SANDBOX_FILESYSTEM_KEYS,
  HONOURED_SANDBOX_KEYS,
  HONOURED_SANDBOX_NETWORK_KEYS,
  UNCONSULTED_PATH_TOOLS,
} from "./honoured-keys.js";

export interface BuildOptions {
  /** Routing region to build for, when model-policy routes by geography. */
  readonly region?: string;
  /** Steward-only marks: `file` or `file#/json/pointer`; what they cover is not compiled and not an error. */
  readonly stewardOnly?: readonly string[];
  /** Values for `${VAR}` placeholders (e.g. ANTHROPIC_ORGANIZATION_ID). */
  readonly vars?: Readonly<Record<string, string | undefined>>;
  /** How Claude Code starts Steward in the hooks (default `steward`). */
  readonly stewardCommand?: string;
  /** Deployed Steward policy directory named in the hooks (default: enterprise stewardDir.linux or /etc/claude-code/steward). */
  readonly policyDir?: string;
}

export interface BuildOutput {
  /** Relative to the build directory, `/`-separated. */
  readonly path: string;
  /** The role it is for; `""` for build-wide files. */
  readonly role: string;
  readonly content: string;
}

export interface BuildResult {
  readonly outputs: readonly BuildOutput[];
  readonly diagnostics: readonly BuildDiagnostic[];
  readonly explain: readonly ExplainEntry[];
  readonly policyVersion: string | undefined;
  readonly roles: readonly string[];
  readonly region: string | undefined;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const obj = (v: unknown): Json => (isObject(v) ? v : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

const DEFAULT_POLICY_DIR = "/etc/claude-code/steward";
/** Source files the Steward hooks read from the deployed policy directory; shipped verbatim under `steward/`. */
const STEWARD_POLICY_FILES: ReadonlySet<string> = new Set([
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
  readonly diagnostics: BuildDiagnostic[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly marks: readonly string[]) {}
  /** Adds a diagnostic once (the org layer is applied for every role). */
  push(d: BuildDiagnostic): void {
    const key = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(d);
  }
  /** True when a Steward-only mark covers `file` at `path`. */
  stewardOnly(file: string, path: JsonPath): boolean {
    const pointer = pointerOf(path);
    return this.marks.some((m) => {
      const [f, p] = m.split("#", 2) as [string, string | undefined];
      if (f !== file) return false;
      if (p === undefined || p === "" || p === "/") return true;
      return pointer === p || pointer.startsWith(`${p}/`);
    });
  }
  error(ref: SourceRef, code: string, message: string, hint?: string): void {
    this.push({ ...ref, severity: "error", code, message, ...(hint ? { hint } : {}) });
  }
  warning(ref: SourceRef, code: string, message: string, hint?: string): void {
    this.push({ ...ref, severity: "warning", code, message, ...(hint ? { hint } : {}) });
  }
  /** An error for something Claude Code cannot express, unless marked Steward-only. */
  inexpressible(source: JsonSource, path: JsonPath, message: string, hint?: string): void {
    if (this.stewardOnly(rel(source), path)) return;
    this.error(
      refAt(source, path),
      "build/not-expressible",
      message,
      hint ??
        `Remove it, or mark it Steward-only with --steward-only ${rel(source)}#${pointerOf(path)} (docs/build.md).`,
    );
  }
}

/** Source files keep their repository-relative name in `file`. */
const rel = (source: JsonSource) => source.file;

/** The settings of one role as they are assembled, with provenance per key. */
class SettingsBuilder {
  readonly value: Json = {};
  readonly origins = new Map<string, SourceRef & { note?: string }>();
  set(key: string, value: unknown, ref: SourceRef, note?: string): void {
    this.value[key] = value;
    this.origins.set(key, { ...ref, ...(note ? { note } : {}) });
  }
  origin(key: string, ref: SourceRef, note?: string): void {
    this.origins.set(key, { ...ref, ...(note ? { note } : {}) });
  }
}

interface Parsed {
  readonly managed?: JsonSource;
  readonly dropIns: readonly JsonSource[];
  readonly enterprise?: JsonSource;
  readonly roleMappings?: JsonSource;
  readonly modelPolicy?: JsonSource;
  readonly auth?: JsonSource;
}

function parseSources(files: Readonly<Record<string, string>>, c: Collector): Parsed {
  const parse = (name: string): JsonSource | undefined => {
    const text = files[name];
    if (text === undefined) return undefined;
    const source = parseJsonSource(text, name);
    for (const p of source.problems) {
      c.error(
        { file: name, line: p.line, column: p.column },
        "build/json",
        p.message,
        "Run 'steward lint' on the policy repository.",
      );
    }
    return source;
  };
  const dropIns = Object.keys(files)
    .filter((n) => /^managed-settings\.d\/[^/.][^/]*\.json$/.test(n))
    .sort()
    .map((n) => parse(n) as JsonSource);
  const out: {
    managed?: JsonSource;
    dropIns: JsonSource[];
    enterprise?: JsonSource;
    roleMappings?: JsonSource;
    modelPolicy?: JsonSource;
    auth?: JsonSource;
  } = { dropIns };
  const managed = parse("managed-settings.json");
  if (managed) out.managed = managed;
  const enterprise = parse("enterprise-settings.json");
  if (enterprise) out.enterprise = enterprise;
  const roleMappings = parse("role-mappings.json");
  if (roleMappings) out.roleMappings = roleMappings;
  // a whole file marked Steward-only is not compiled at all
  const modelPolicy = c.stewardOnly("model-policy.json", []) ? undefined : parse("model-policy.json");
  if (modelPolicy) out.modelPolicy = modelPolicy;
  const auth = c.stewardOnly("enterprise-auth.json", []) ? undefined : parse("enterprise-auth.json");
  if (auth) out.auth = auth;
  return out;
}

/** Checks one permission rule list for rules Claude Code never consults. */
function checkRules(source: JsonSource, path: JsonPath, rules: unknown, c: Collector): string[] {
  const out: string[] = [];
  strings(rules).forEach((rule, i) => {
    const m = /^([A-Za-z_][\w]*)\((.*)\)$/s.exec(rule.trim());
    if (m && UNCONSULTED_PATH_TOOLS.has(m[1] as string) && m[2] !== "" && m[2] !== "*") {
      c.inexpressible(
        source,
        [...path, i],
        `"${rule}": Claude Code accepts ${m[1]}(path) rules but never consults them (claude-code.md §3, #46809).`,
        `Use Edit(${m[2]}) (Edit covers every editing tool), or mark it Steward-only with --steward-only ${rel(source)}#${pointerOf([...path, i])}.`,
      );
      return;
    }
    out.push(rule);
  });
  return out;
}

/** Copies the org layer's keys into the builder, checking each against the allow-list. */
function applyOrgLayer(source: JsonSource, b: SettingsBuilder, c: Collector, role: string): void {
  const value = source.value;
  if (!isObject(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if (key === "$schema" || key === "$comment") continue;
    if (!(key in HONOURED_KEYS)) {
      c.inexpressible(
        source,
        [key],
        `"${key}" is not a settings key Claude Code honours from a managed file; the build will not write it.`,
      );
      continue;
    }
    const ref = refAt(source, [key]);
    if (key === "permissions") {
      if (!isObject(v)) continue;
      const perms = (b.value.permissions as Json | undefined) ?? {};
      for (const [pk, pv] of Object.entries(v)) {
        if (!HONOURED_PERMISSION_KEYS.has(pk)) {
          c.inexpressible(
            source,
            [key, pk],
            `"permissions.${pk}" is not a key Claude Code reads (enforcement comes from managed-only keys such as allowManagedPermissionRulesOnly, §2).`,
          );
          continue;
        }
        if (pk === "allow" || pk === "ask" || pk === "deny") {
          const rules = checkRules(source, [key, pk], pv, c);
          const list = strings(perms[pk]);
          for (const [i, r] of rules.entries()) {
            if (list.includes(r)) continue;
            list.push(r);
            const idx = strings(pv).indexOf(r);
            b.origin(`permissions.${pk}[${r}]`, refAt(source, [key, pk, idx >= 0 ? idx : i]));
          }
          perms[pk] = list;
        } else {
          perms[pk] = pv;
          b.origin(`permissions.${pk}`, refAt(source, [key, pk]));
        }
      }
      b.value.permissions = perms;
      continue;
    }
    if (key === "sandbox") {
      if (!isObject(v)) continue;
      const sandbox = (b.value.sandbox as Json | undefined) ?? {};
      for (const [sk, sv] of Object.entries(v)) {
        if (!HONOURED_SANDBOX_KEYS.has(sk)) {
          c.inexpressible(
            source,
            [key, sk],
            `"sandbox.${sk}" is not a sandbox key Claude Code reads (real keys: enabled, failIfUnavailable, allowUnsandboxedCommands, filesystem.*, network.*; §2).`,
          );
          continue;
        }
        const nested =
          sk === "filesystem"
            ? HONOURED_SANDBOX_FILESYSTEM_KEYS
            : sk === "network"
              ? HONOURED_SANDBOX_NETWORK_KEYS
              : undefined;
        if (nested && isObject(sv)) {
          const inner = (sandbox[sk] as Json | undefined) ?? {};
          for (const [nk, nv] of Object.entries(sv)) {
            if (!nested.has(nk)) {
              c.inexpressible(
                source,
                [key, sk, nk],
                `"sandbox.${sk}.${nk}" is not a key Claude Code reads (§2).`,
              );
              continue;
            }
            inner[nk] =
              Array.isArray(nv) && Array.isArray(inner[nk]) ? uniq([...(inner[nk] as unknown[]), ...nv]) : nv;
            b.origin(`sandbox.${sk}.${nk}`, refAt(source, [key, sk, nk]));
          }
          sandbox[sk] = inner;
        } else {
          sandbox[sk] = sv;
          b.origin(`sandbox.${sk}`, refAt(source, [key, sk]));
        }
      }
      b.value.sandbox = sandbox;
      continue;
    }
    if (key === "env" && isObject(v)) {
      const env = (b.value.env as Json | undefined) ?? {};
      for (const [ek, ev] of Object.entries(v)) {
        env[ek] = ev;
        b.origin(`env.${ek}`, refAt(source, [key, ek]));
      }
      b.value.env = env;
      continue;
    }
    if (key === "hooks" && isObject(v)) {
      const hooks = (b.value.hooks as Json | undefined) ?? {};
      for (const [event, groups] of Object.entries(v)) {
        hooks[event] = [
          ...(Array.isArray(hooks[event]) ? (hooks[event] as unknown[]) : []),
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

interface Route {
  readonly provider: "anthropic" | "bedrock" | "vertex";
  readonly path: JsonPath;
  readonly value: Json;
  readonly name?: string;
}

/** Which route the build compiles, from model-policy.json `routing`. */
function selectRoute(mp: JsonSource | undefined, options: BuildOptions, c: Collector): Route | undefined {
  const routing = obj(mp?.value).routing;
  if (!mp || !isObject(routing)) return undefined;
  if (c.stewardOnly(rel(mp), ["routing"])) return undefined;
  const check = (value: Json, path: JsonPath, name?: string): Route | undefined => {
    const provider = value.provider ?? "anthropic";
    if (provider !== "anthropic" && provider !== "bedrock" && provider !== "vertex") {
      c.inexpressible(
        mp,
        [...path, "provider"],
        `Routing provider "${String(provider)}" is not one the build can express in env (anthropic, bedrock, vertex).`,
      );
      return undefined;
    }
    return { provider, path, value, ...(name ? { name } : {}) };
  };
  if (isObject(routing.regions)) {
    if (options.region === undefined) {
      c.inexpressible(
        mp,
        routing.strategy !== undefined ? ["routing", "strategy"] : ["routing", "regions"],
        `Routing strategy "${String(routing.strategy ?? "regions")}" chooses a provider by geography; one managed settings file cannot (Claude Code has no geo routing).`,
        `Build once per region with --region <${Object.keys(routing.regions).join("|")}> and deploy each build to that region's machines, or mark it Steward-only with --steward-only ${rel(mp)}#/routing.`,
      );
      return undefined;
    }
    const region = routing.regions[options.region];
    if (!isObject(region)) {
      c.error(
        refAt(mp, ["routing", "regions"]),
        "build/unknown-region",
        `--region ${options.region} is not a region of routing.regions (${Object.keys(routing.regions).join(", ")}).`,
      );
      return undefined;
    }
    return check(region, ["routing", "regions", options.region], options.region);
  }
  if (options.region !== undefined) {
    c.error(
      { file: rel(mp) },
      "build/unknown-region",
      `--region ${options.region} given, but routing has no regions.`,
    );
  }
  return check(routing, ["routing"]);
}

interface ModelPlan {
  readonly available: string[];
  readonly defaultModel?: string;
  readonly familyIds: Map<string, string>;
}

/** availableModels, the default model and the provider id per family for one role. */
function planModels(
  role: string,
  p: Parsed,
  route: Route | undefined,
  orgAvailable: readonly string[] | undefined,
  c: Collector,
  b: SettingsBuilder,
): ModelPlan | undefined {
  const rm = p.roleMappings;
  const roleValue = obj(obj(rm?.value).roleMappings)[role];
  const roleModels =
    isObject(roleValue) && Array.isArray(roleValue.models) ? strings(roleValue.models) : undefined;
  const models = roleModels ?? (orgAvailable ? [...orgAvailable] : undefined);
  if (!models) return undefined;
  const modelRef = (i: number): SourceRef =>
    roleModels && rm
      ? refAt(rm, ["roleMappings", role, "models", i])
      : (b.origins.get("availableModels") ?? { file: "managed-settings.json" });
  const mpPolicy = obj(obj(p.modelPolicy?.value).modelPolicy);
  const restrictions = obj(mpPolicy.restrictions);
  const families = new Map<string, string>();
  models.forEach((id, i) => {
    const entry = resolveModel(id);
    if (!entry) {
      c.error(
        modelRef(i),
        "build/unknown-model",
        `Role ${role}: model "${id}" is not in Steward's model catalog.`,
        "Use a model id from the catalog (steward lint lists them).",
      );
      return;
    }
    families.set(id, entry.family);
    if (roleModels && orgAvailable && !orgAvailable.includes(id)) {
      c.error(
        modelRef(i),
        "build/model-not-in-org",
        `Role ${role}: model "${id}" is not in the org's availableModels (managed-settings.json); a role cannot widen the org list.`,
      );
    }
    const rule = restrictions[entry.family];
    if (isObject(rule) && p.modelPolicy) {
      const roles = strings(rule.roles);
      if (!roles.includes("*") && !roles.includes(role)) {
        c.error(
          modelRef(i),
          "build/model-restricted",
          `Role ${role}: model "${id}" is a ${entry.family} model, which model-policy.json restricts to ${roles.join(", ") || "no role"}.`,
          `Remove it from the role's models or add the role to modelPolicy.restrictions.${entry.family}.roles.`,
        );
      }
    }
  });
  const familyIds = new Map<string, string>();
  const mapped = (id: string): string | undefined => {
    if (!route || route.provider === "anthropic") return id;
    const family = families.get(id);
    if (!family) return undefined;
    const pinned = isObject(route.value.models) ? route.value.models[family] : undefined;
    const entry = resolveModel(id);
    const catalogId = route.provider === "bedrock" ? entry?.bedrock[0] : entry?.vertex[0];
    const out = typeof pinned === "string" ? pinned : catalogId;
    if (out) familyIds.set(family, out);
    return out;
  };
  const available: string[] = [];
  models.forEach((id, i) => {
    const out = mapped(id);
    if (out === undefined) {
      if (families.has(id) && route) {
        c.error(
          modelRef(i),
          "build/no-provider-id",
          `Role ${role}: model "${id}" has no ${route.provider} id (not in the route's models nor the catalog).`,
        );
      }
      return;
    }
    if (available.includes(out)) return;
    available.push(out);
    const note =
      out === id
        ? undefined
        : `${id} via ${route?.provider} (${pointerOf(route?.path ?? [])}/models/${families.get(id)})`;
    b.origin(`availableModels[${out}]`, modelRef(i), note);
  });
  // default model: the policy's default when the role may use it, else the role's first model
  const policyDefault =
    typeof mpPolicy.default === "string"
      ? mpPolicy.default
      : typeof b.value.model === "string"
        ? (b.value.model as string)
        : undefined;
  let defaultModel: string | undefined;
  if (policyDefault && models.includes(policyDefault) && families.has(policyDefault)) {
    defaultModel = mapped(policyDefault);
    if (defaultModel) {
      b.origin(
        "model",
        p.modelPolicy
          ? refAt(p.modelPolicy, ["modelPolicy", "default"])
          : (b.origins.get("model") ?? { file: "managed-settings.json" }),
      );
    }
  } else {
    const first = models.find((m) => families.has(m));
    defaultModel = first ? mapped(first) : undefined;
    if (defaultModel) {
      b.origin(
        "model",
        modelRef(models.indexOf(first as string)),
        `the role may not use the policy default ${policyDefault ?? "(none)"}; first model of the role`,
      );
    }
  }
  return { available, ...(defaultModel ? { defaultModel } : {}), familyIds };
}

/** Substitutes `${VAR}` from vars; undefined when a variable is missing. */
function substitute(
  text: string,
  vars: Readonly<Record<string, string | undefined>>,
): { value?: string; missing: string[] } {
  const missing: string[] = [];
  const value = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
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
export function compilePolicy(
  files: Readonly<Record<string, string>>,
  options: BuildOptions = {},
): BuildResult {
  const c = new Collector(options.stewardOnly ?? []);
  const p = parseSources(files, c);
  const vars = options.vars ?? {};
  const explain: ExplainEntry[] = [];
  const outputs: BuildOutput[] = [];

  if (!p.managed && !p.roleMappings) {
    c.error(
      { file: "." },
      "build/no-policy",
      "The policy repository has neither managed-settings.json nor role-mappings.json; there is nothing to build.",
    );
  }

  // policy version: enterprise-settings first, then role-mappings
  const ent = isObject(p.enterprise?.value) ? (p.enterprise?.value as Json) : undefined;
  const entEnterprise = isObject(ent?.enterprise) ? (ent?.enterprise as Json) : undefined;
  const rmValue = isObject(p.roleMappings?.value) ? (p.roleMappings?.value as Json) : undefined;
  const policyVersion =
    typeof entEnterprise?.policyVersion === "string"
      ? entEnterprise.policyVersion
      : typeof rmValue?.policyVersion === "string"
        ? rmValue.policyVersion
        : undefined;
  const enforced = entEnterprise?.enforced === true;

  // roles
  const roleMap = isObject(rmValue?.roleMappings) ? (rmValue?.roleMappings as Json) : undefined;
  const roles = roleMap ? Object.keys(roleMap).sort() : ["default"];
  for (const role of roles) {
    if (!ROLE_NAME.test(role) && p.roleMappings) {
      c.error(
        refAt(p.roleMappings, ["roleMappings", role]),
        "build/role-name",
        `Role name "${role}" cannot be a directory name; use letters, digits, '.', '_' and '-'.`,
      );
    }
  }

  // model-policy checks that do not depend on the role
  const mp = isObject(p.modelPolicy?.value) ? (p.modelPolicy?.value as Json) : undefined;
  const mpPolicy = isObject(mp?.modelPolicy) ? (mp?.modelPolicy as Json) : undefined;
  if (p.modelPolicy && mpPolicy) {
    if (Array.isArray(mpPolicy.rules) && mpPolicy.rules.length > 0) {
      c.inexpressible(
        p.modelPolicy,
        ["modelPolicy", "rules"],
        "Per-task model rules (condition -> model) cannot be expressed: Claude Code has one default model and an allowlist, not a model per task.",
      );
    }
    if (isObject(mpPolicy.restrictions)) {
      for (const [family, rule] of Object.entries(mpPolicy.restrictions)) {
        if (isObject(rule) && rule.requireApproval === true) {
          c.inexpressible(
            p.modelPolicy,
            ["modelPolicy", "restrictions", family, "requireApproval"],
            `requireApproval for ${family}: Claude Code has no approval step for a model; a model is allowed (availableModels) or not.`,
          );
        }
      }
    }
  }
  const route = selectRoute(p.modelPolicy, options, c);
  if (route && p.modelPolicy) {
    const routing = (mp as Json).routing as Json;
    if (routing.fallback !== undefined && !c.stewardOnly(rel(p.modelPolicy), ["routing", "fallback"])) {
      c.warning(
        refAt(p.modelPolicy, ["routing", "fallback"]),
        "build/not-compiled",
        "routing.fallback is not compiled: Claude Code does not fall back to another provider.",
      );
    }
  }

  // the managed CLAUDE.md
  const entFiles = isObject(ent?.files) ? (ent?.files as Json) : undefined;
  const mdRoot =
    typeof entFiles?.organizationClaudeMd === "string"
      ? entFiles.organizationClaudeMd
      : files["claude-md/organization.md"] !== undefined
        ? "claude-md/organization.md"
        : undefined;
  let claudeMd: string | undefined;
  let claudeMdRef: SourceRef | undefined;
  if (mdRoot !== undefined) {
    if (files[mdRoot] === undefined) {
      c.error(
        refAt(p.enterprise as JsonSource, ["files", "organizationClaudeMd"]),
        "build/missing-file",
        `files.organizationClaudeMd names ${mdRoot}, which does not exist.`,
      );
    } else {
      const inlined = inlineClaudeMd(mdRoot, files);
      for (const d of inlined.diagnostics) c.push(d);
      claudeMd = inlined.text;
      claudeMdRef = { file: mdRoot, line: 1, column: 1 };
    }
  }

  const policyDirEnt = obj(obj(ent?.managedSettings).stewardDir).linux;
  const policyDir =
    options.policyDir ?? (typeof policyDirEnt === "string" ? policyDirEnt : DEFAULT_POLICY_DIR);
  const index: Json = {};

  for (const role of roles) {
    const b = new SettingsBuilder();
    if (p.managed) applyOrgLayer(p.managed, b, c, role);
    for (const d of p.dropIns) applyOrgLayer(d, b, c, role);
    const orgAvailable = Array.isArray(b.value.availableModels)
      ? strings(b.value.availableModels)
      : undefined;

    // role permissions
    const roleValue = roleMap?.[role];
    if (isObject(roleValue) && p.roleMappings) {
      const perms = isObject(roleValue.permissions) ? roleValue.permissions : {};
      const target = (b.value.permissions as Json | undefined) ?? {};
      for (const kind of ["allow", "ask", "deny"] as const) {
        const rules = checkRules(p.roleMappings, ["roleMappings", role, "permissions", kind], perms[kind], c);
        const list = strings(target[kind]);
        rules.forEach((r) => {
          if (list.includes(r)) return;
          list.push(r);
          b.origin(
            `permissions.${kind}[${r}]`,
            refAt(p.roleMappings as JsonSource, [
              "roleMappings",
              role,
              "permissions",
              kind,
              strings(perms[kind]).indexOf(r),
            ]),
          );
        });
        if (list.length > 0 || target[kind] !== undefined) target[kind] = list;
      }
      b.value.permissions = target;
    }

    // enforcement locks
    if (enforced && p.enterprise) {
      const ref = refAt(p.enterprise, ["enterprise", "enforced"]);
      const lock = (key: string) => {
        if (b.value[key] !== true) b.set(key, true, ref, "enterprise.enforced");
      };
      lock("allowManagedPermissionRulesOnly");
      lock("allowManagedHooksOnly");
      const perms = (b.value.permissions as Json | undefined) ?? {};
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
      if (plan.defaultModel) b.value.model = plan.defaultModel;
      else delete b.value.model;
    }
    if (route && p.modelPolicy && route.provider !== "anthropic") {
      const env = (b.value.env as Json | undefined) ?? {};
      const at = (k: string) => refAt(p.modelPolicy as JsonSource, [...route.path, k]);
      const put = (k: string, v: unknown, ref: SourceRef) => {
        if (typeof v !== "string" || v === "") return;
        env[k] = v;
        b.origin(`env.${k}`, ref);
      };
      if (route.provider === "bedrock") {
        put("CLAUDE_CODE_USE_BEDROCK", "1", at("provider"));
        put("AWS_REGION", route.value.region, at("region"));
      } else {
        put("CLAUDE_CODE_USE_VERTEX", "1", at("provider"));
        put(
          "CLOUD_ML_REGION",
          route.value.location ?? route.value.region,
          at(route.value.location ? "location" : "region"),
        );
        put("ANTHROPIC_VERTEX_PROJECT_ID", route.value.project, at("project"));
      }
      for (const [family, id] of [...(plan?.familyIds ?? new Map<string, string>())].sort()) {
        put(
          `ANTHROPIC_DEFAULT_${family.toUpperCase()}_MODEL`,
          id,
          refAt(p.modelPolicy, [...route.path, "models", family]),
        );
      }
      const routeKeys = new Set(
        Object.keys(env).filter((k) => b.origins.get(`env.${k}`)?.file === rel(p.modelPolicy as JsonSource)),
      );
      // the region's own Claude Code drop-in: its env and keys (not its model list: the role's wins)
      const dropInName = route.value.managedSettingsDropIn;
      if (typeof dropInName === "string") {
        const text = files[dropInName];
        if (text === undefined) {
          c.error(
            at("managedSettingsDropIn"),
            "build/missing-file",
            `managedSettingsDropIn names ${dropInName}, which does not exist.`,
          );
        } else {
          const dropIn = parseJsonSource(text, dropInName);
          const dv = isObject(dropIn.value) ? dropIn.value : {};
          for (const [k, v] of Object.entries(dv)) {
            if (k === "$schema" || k === "$comment" || k === "model" || k === "availableModels") continue;
            if (k === "env" && isObject(v)) {
              for (const [ek, ev] of Object.entries(v)) {
                // model ids follow the role (computed above); the route's own keys win
                if (/^ANTHROPIC_DEFAULT_\w+_MODEL$/.test(ek) || routeKeys.has(ek)) continue;
                put(ek, ev, refAt(dropIn, ["env", ek]));
              }
              continue;
            }
            if (!(k in HONOURED_KEYS)) {
              c.inexpressible(
                dropIn,
                [k],
                `"${k}" is not a settings key Claude Code honours; the build will not write it.`,
              );
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
    if (
      isObject(b.value.env) &&
      policyVersion !== undefined &&
      b.value.env.STEWARD_POLICY_VERSION !== undefined &&
      b.value.env.STEWARD_POLICY_VERSION !== policyVersion
    ) {
      c.error(
        b.origins.get("env.STEWARD_POLICY_VERSION") ?? { file: "managed-settings.json" },
        "build/version-mismatch",
        `env.STEWARD_POLICY_VERSION is ${String(b.value.env.STEWARD_POLICY_VERSION)} but the policy version is ${policyVersion}.`,
      );
    }

    // login
    const auth = isObject(p.auth?.value) ? (p.auth?.value as Json) : undefined;
    const login = isObject(auth?.claudeCodeLogin) ? (auth?.claudeCodeLogin as Json) : undefined;
    if (login && p.auth) {
      if (typeof login.forceLoginMethod === "string") {
        b.set(
          "forceLoginMethod",
          login.forceLoginMethod,
          refAt(p.auth, ["claudeCodeLogin", "forceLoginMethod"]),
        );
      }
      const org = login.forceLoginOrgUUID;
      const orgs = typeof org === "string" ? [org] : strings(org);
      const resolved: string[] = [];
      orgs.forEach((o, i) => {
        const path =
          typeof org === "string"
            ? ["claudeCodeLogin", "forceLoginOrgUUID"]
            : ["claudeCodeLogin", "forceLoginOrgUUID", i];
        const s = substitute(o, vars);
        if (s.value === undefined) {
          c.error(
            refAt(p.auth as JsonSource, path),
            "build/unresolved-variable",
            `forceLoginOrgUUID needs \${${s.missing.join("}, ${")}}: Claude Code needs the literal organization UUID.`,
            `Set ${s.missing.join(", ")} in the build's environment (it is an identifier, not a secret).`,
          );
          return;
        }
        if (/^[0-]+$/.test(s.value)) {
          c.error(
            refAt(p.auth as JsonSource, path),
            "build/invalid-uuid",
            `forceLoginOrgUUID resolves to the nil UUID ${s.value}, a placeholder: Claude Code would block every login.`,
            "Set the real organization UUID (claude.ai or Console organization settings).",
          );
          return;
        }
        if (!UUID.test(s.value)) {
          c.error(
            refAt(p.auth as JsonSource, path),
            "build/invalid-uuid",
            `forceLoginOrgUUID "${s.value}" is not a UUID; Claude Code would block every login.`,
          );
          return;
        }
        resolved.push(s.value);
      });
      if (org !== undefined && resolved.length === orgs.length) {
        b.set(
          "forceLoginOrgUUID",
          typeof org === "string" ? resolved[0] : resolved,
          refAt(p.auth, ["claudeCodeLogin", "forceLoginOrgUUID"]),
        );
      }
    }

    // Steward hooks: replace Steward handlers, keep everything else
    const hooks = isObject(b.value.hooks) ? b.value.hooks : {};
    // PreToolUse runs before every tool call: wired to the fast steward-hook next to the CLI
    const command = options.stewardCommand ?? "steward";
    const fast = fastHookCommand(command);
    const ours = stewardHooks({ command, policy: policyDir, ...(fast ? { preToolUseCommand: fast } : {}) });
    for (const e of STEWARD_EVENTS) {
      const kept = (Array.isArray(hooks[e.event]) ? (hooks[e.event] as unknown[]) : [])
        .map((g) =>
          isObject(g) && Array.isArray(g.hooks)
            ? { ...g, hooks: g.hooks.filter((h) => !(isObject(h) && isStewardHandler(h.command, e.sub))) }
            : g,
        )
        .filter((g) => !(isObject(g) && Array.isArray(g.hooks) && g.hooks.length === 0));
      hooks[e.event] = [...kept, ...(ours[e.event] ?? [])];
      if (!b.origins.has(`hooks.${e.event}`))
        b.origin(`hooks.${e.event}`, { file: "(steward build)" }, "Steward's hooks (steward hook install)");
      else
        b.origin(
          `hooks.${e.event}`,
          b.origins.get(`hooks.${e.event}`) as SourceRef,
          "Steward handler (re)wired by the build",
        );
    }
    b.value.hooks = hooks;

    const settingsPath = `${role}/managed-settings.json`;
    outputs.push({ path: settingsPath, role, content: canonicalJson(b.value) });
    for (const [key, ref] of [...b.origins].sort(([a], [z]) => (a < z ? -1 : a > z ? 1 : 0))) {
      if (!isPresent(b.value, key)) continue;
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
      $comment:
        "Generated by steward build: each role's compiled permissions (org + role), so that 'steward permissions diff' can compare two builds. Not a source file.",
      ...(policyVersion !== undefined ? { policyVersion } : {}),
      ...(typeof rmValue?.defaultRole === "string" ? { defaultRole: rmValue.defaultRole } : {}),
      roleMappings: index,
    }),
  });
  // the files `steward hook ... --policy <dir>` reads on the machine, verbatim (shared/hooks/policy.ts)
  for (const name of Object.keys(files).sort()) {
    if (STEWARD_POLICY_FILES.has(name) || /^managed-settings\.d\/[^/.][^/]*\.json$/.test(name)) {
      outputs.push({ path: `steward/${name}`, role: "", content: files[name] as string });
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
function isPresent(value: Json, key: string): boolean {
  const m = /^([^[]+)(?:\[(.*)\])?$/s.exec(key);
  if (!m) return false;
  let cur: unknown = value;
  for (const part of (m[1] as string).split(".")) {
    if (!isObject(cur)) return false;
    cur = cur[part];
  }
  if (m[2] === undefined) return cur !== undefined;
  return Array.isArray(cur) && cur.includes(m[2]);
}
