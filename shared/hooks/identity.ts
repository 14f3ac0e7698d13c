/**
 * Who is at the keyboard and which role's rules apply. Pure over facts the
 * edge gathers (flags, env, the hook config file, the SSO group file).
 *
 * Order, first that names a role wins:
 * 1. `--role` (tests, wrappers)
 * 2. `STEWARD_ROLE` (set by the org: MDM profile or the managed `env` block)
 * 3. `role` in the hook config file (deployed by the org, root-owned)
 * 4. the SSO group file: the first role in role-mappings.json order whose
 *    `idpGroups` contains one of the user's groups
 * 5. `members` of a role in role-mappings.json listing the user
 * 6. role-mappings.json `defaultRole`
 * A named role that role-mappings.json does not define falls back to
 * `defaultRole` (and says so); without one the role is unknown (null).
 */
import type { HookPolicy } from "./policy.js";

export interface IdentityFacts {
  readonly flagRole?: string;
  readonly envRole?: string;
  readonly configRole?: string;
  /** IdP groups from the SSO group file (undefined when there is none). */
  readonly groups?: readonly string[];
  readonly user: string;
}

export interface ResolvedRole {
  /** The role evaluated, or null when the policy has roles but none applies. */
  readonly role: string | null;
  /** Where it came from, for the audit reason and `--explain`. */
  readonly via: "flag" | "env" | "config" | "idp-group" | "member" | "default" | "none" | "org-only";
  /** Set when a named role was not in role-mappings.json. */
  readonly unknownRole?: string;
}

export function resolveRole(policy: HookPolicy, facts: IdentityFacts): ResolvedRole {
  const names = policy.roleInfo.map((r) => r.name);
  if (names.length === 0) return { role: null, via: "org-only" };
  const fallback = (unknownRole?: string): ResolvedRole => {
    const base =
      policy.defaultRole !== null && names.includes(policy.defaultRole)
        ? { role: policy.defaultRole, via: "default" as const }
        : { role: null, via: "none" as const };
    return unknownRole === undefined ? base : { ...base, unknownRole };
  };
  const named: [string | undefined, ResolvedRole["via"]][] = [
    [facts.flagRole, "flag"],
    [facts.envRole, "env"],
    [facts.configRole, "config"],
  ];
  for (const [role, via] of named) {
    if (role === undefined || role.trim() === "") continue;
    return names.includes(role) ? { role, via } : fallback(role);
  }
  if (facts.groups && facts.groups.length > 0) {
    const set = new Set(facts.groups);
    const hit = policy.roleInfo.find((r) => r.idpGroups.some((g) => set.has(g)));
    if (hit) return { role: hit.name, via: "idp-group" };
  }
  const member = policy.roleInfo.find((r) => r.members.includes(facts.user));
  if (member) return { role: member.name, via: "member" };
  return fallback();
}

/**
 * Parses an SSO group file: a JSON array of strings, a JSON object with a
 * `groups` array (an IdP token's claim dumped as is), or plain text with one
 * group per line (`#` comments). Returns undefined when it is none of these.
 */
export function parseGroupFile(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return undefined;
    }
    const list = Array.isArray(value)
      ? value
      : value !== null && typeof value === "object" && Array.isArray((value as { groups?: unknown }).groups)
        ? (value as { groups: unknown[] }).groups
        : undefined;
    return list?.filter((g): g is string => typeof g === "string" && g !== "");
  }
  return trimmed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}
