/**
 * Building the hook policy from parsed policy files (pure). Loaded only when
 * the compiled-policy cache misses, so a cached hook call never parses JSON
 * with positions or rule strings (see policy.ts).
 */
import { ConfigurationError } from "../errors.js";
import { compileRules, ruleSetIndex } from "../permissions/match.js";
import { DEFAULT_MANAGED_DIR, type PolicySources, rolePolicies } from "../permissions/policy-roles.js";
import type { PermissionRule } from "../permissions/types.js";
import type { JsonSource } from "../policy/json-source.js";
import {
  type CachedPolicy,
  DEFAULT_COUNTED,
  type HookPolicy,
  type RoleInfo,
  USAGE_COUNTERS,
  type UsageCounter,
} from "./policy.js";

export { parseJsonSource } from "../policy/json-source.js";

/** JSON problems that make Claude Code drop a whole file; the hook then treats the policy as unreadable. */
const FATAL_JSON = new Set(["syntax", "comment", "trailing-comma", "empty-file", "multiple-values"]);

export interface HookPolicySources extends PolicySources {
  readonly governance?: JsonSource;
  readonly support?: JsonSource;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
const nonNegInt = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : undefined;

function contactOf(support: unknown): string | null {
  if (!isObj(support)) return null;
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
function requireJson(source: JsonSource | undefined): void {
  if (!source) return;
  const fatal = source.problems.find((p) => FATAL_JSON.has(p.code));
  if (fatal) {
    throw new ConfigurationError(`${source.file}:${fatal.line}:${fatal.column}: ${fatal.message}`, {
      file: source.file,
      line: fatal.line,
      column: fatal.column,
    });
  }
  if (!isObj(source.value))
    throw new ConfigurationError(`${source.file}: not a JSON object.`, { file: source.file });
}

/** Builds the hook policy from parsed sources. Pure; throws ConfigurationError for unusable files. */
export function buildHookPolicy(
  sources: HookPolicySources,
  location: string,
  managedDir: string = DEFAULT_MANAGED_DIR,
): HookPolicy {
  const all = [
    sources.managed,
    ...(sources.dropIns ?? []),
    sources.enterprise,
    sources.roleMappings,
    sources.governance,
    sources.support,
  ];
  if (
    !sources.managed &&
    !sources.enterprise &&
    !sources.roleMappings &&
    (sources.dropIns ?? []).length === 0
  ) {
    throw new ConfigurationError(`No policy files in ${location}.`, {
      hint: "Expected managed-settings.json, enterprise-settings.json or role-mappings.json.",
    });
  }
  for (const s of all) requireJson(s);
  const built = rolePolicies(sources, managedDir);
  const mappings = (sources.roleMappings?.value ?? {}) as Record<string, unknown>;
  const roleMap = isObj(mappings.roleMappings) ? mappings.roleMappings : {};
  const roleInfo: RoleInfo[] = Object.entries(roleMap).map(([name, raw]) => {
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
    ? strings(unit.countedTokens).filter((c): c is UsageCounter =>
        (USAGE_COUNTERS as readonly string[]).includes(c),
      )
    : [];
  const enterprise = isObj(sources.enterprise?.value) ? sources.enterprise.value : {};
  const ent = isObj(enterprise.enterprise) ? enterprise.enterprise : {};
  const versionOf = (v: unknown) =>
    isObj(v) && typeof v.policyVersion === "string" ? v.policyVersion : undefined;
  const policyVersion =
    versionOf(ent) ??
    versionOf(sources.roleMappings?.value) ??
    versionOf(sources.managed?.value) ??
    (isObj(sources.managed?.value) && isObj(sources.managed.value.env)
      ? (sources.managed.value.env.STEWARD_POLICY_VERSION as string | undefined)
      : undefined) ??
    null;
  const gov = sources.governance?.value;
  const retention =
    isObj(gov) &&
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
    countedTokens: counted.length > 0 ? counted : DEFAULT_COUNTED,
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
export function packPolicy(policy: HookPolicy): CachedPolicy {
  const ruleIds = new Map<PermissionRule, number>();
  const sourceIds = new Map<string, number>();
  const sources: CachedPolicy["sources"][number][] = [];
  const rules: CachedPolicy["rules"][number][] = [];
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
    index: ruleSetIndex(compileRules(r.rules)),
    ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
  }));
  return { ...policy, sources, rules, roles };
}
