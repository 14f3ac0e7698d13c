/**
 * The org policy as the hooks need it: the effective rules of each role
 * (shared/permissions `rolePolicies`), the role mappings (IdP groups,
 * members, quotas, quota unit, default role), the policy version, the org's
 * name, whom to contact, and the log retention. Building it from parsed
 * sources is pure; {@link loadHookPolicy} reads the files (with an optional
 * cache of the parsed rules keyed by every file's path, size and mtime).
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ConfigurationError } from "../errors.js";
import type { RolePolicy } from "../permissions/policy.js";
import type { PermissionRule } from "../permissions/types.js";
import type { JsonSource } from "../policy/json-source.js";
import { STEWARD_VERSION } from "../version.js";
import type { HookPolicySources } from "./policy-build.js";

/** Token counters of a usage record. */
export const USAGE_COUNTERS = ["input", "output", "cacheWrite5m", "cacheWrite1h", "cacheRead"] as const;
export type UsageCounter = (typeof USAGE_COUNTERS)[number];

/** Counted when role-mappings.json has no `quotaUnit.countedTokens` (cache reads excluded, as in the example policy). */
export const DEFAULT_COUNTED: readonly UsageCounter[] = ["input", "output", "cacheWrite5m", "cacheWrite1h"];

export interface RoleInfo {
  readonly name: string;
  readonly idpGroups: readonly string[];
  readonly members: readonly string[];
  readonly quotas: { readonly daily?: number; readonly monthly?: number };
}

/** Everything the hooks know about the org policy. Plain data (it is cached as JSON). */
export interface HookPolicy {
  /** Where it was read from, as given. */
  readonly location: string;
  readonly roles: readonly RolePolicy[];
  /** Role names in role-mappings.json order, with groups, members and quotas. */
  readonly roleInfo: readonly RoleInfo[];
  readonly defaultRole: string | null;
  readonly countedTokens: readonly UsageCounter[];
  readonly policyVersion: string | null;
  /** "Acme Corp" from enterprise-settings.json `enterprise.name`, else null. */
  readonly orgName: string | null;
  /** "IT Admin <it-admin@acme.example>" from enterprise-support.json, else null. */
  readonly contact: string | null;
  /** governance-config.json `governance.policies.dataHandling.retentionDays`, else null. */
  readonly retentionDays: number | null;
  /** Rule parse diagnostics (rules Claude Code would skip), as "file:line: message". */
  readonly warnings: readonly string[];
}

/** The files a policy directory can hold, relative to it (drop-ins are listed from disk). */
const DIR_FILES = {
  managed: "managed-settings.json",
  enterprise: "enterprise-settings.json",
  roleMappings: "role-mappings.json",
  governance: "governance-config.json",
} as const;
const SUPPORT_FILES = ["enterprise-support.json", join(".claude", "enterprise-support.json")];

interface Fingerprint {
  readonly files: readonly (readonly [string, number, number])[];
}

function statOrUndefined(path: string): { size: number; mtimeMs: number } | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === "ENOENT" ||
      (error as NodeJS.ErrnoException).code === "ENOTDIR"
    )
      return undefined;
    throw new ConfigurationError(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? "error"}.`,
      {
        file: path,
        cause: error,
      },
    );
  }
}

/** The policy files present under `location` (a directory or one file), sorted as read. */
function policyFiles(location: string): { dir: string | undefined; files: string[]; uid: number } {
  let isDir: boolean;
  let uid: number;
  try {
    const s = statSync(location);
    isDir = s.isDirectory();
    uid = s.uid;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new ConfigurationError(`The policy at ${location} cannot be read (${code}).`, {
      file: location,
      cause: error,
    });
  }
  if (!isDir) return { dir: undefined, files: [location], uid };
  const files = [...Object.values(DIR_FILES), ...SUPPORT_FILES].map((n) => join(location, n));
  let dropIns: string[] = [];
  try {
    dropIns = readdirSync(join(location, "managed-settings.d"))
      .filter((n) => n.endsWith(".json") && !n.startsWith("."))
      .sort()
      .map((n) => join(location, "managed-settings.d", n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new ConfigurationError(`Cannot read ${join(location, "managed-settings.d")}.`, { cause: error });
    }
  }
  return { dir: location, files: [...files, ...dropIns], uid };
}

function readSource(path: string, parseJsonSource: (text: string, file: string) => JsonSource): JsonSource {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
      {
        file: path,
        cause: error,
      },
    );
  }
  return parseJsonSource(text, path);
}

/** Which kind a single policy file is, from its name and content. */
function singleFileSources(source: JsonSource): HookPolicySources {
  const name = basename(source.file);
  const value = source.value;
  if (
    name === "role-mappings.json" ||
    (typeof value === "object" && value !== null && "roleMappings" in value)
  )
    return { roleMappings: source };
  if (name === "enterprise-settings.json") return { enterprise: source };
  return { managed: source };
}

export interface LoadOptions {
  /**
   * Use the compiled-policy cache next to the policy (`.steward-policy-cache.json`
   * in the directory, `<file>.steward-cache.json` for one file). It is trusted
   * only when owned by the policy's owner (a root-owned policy needs a
   * root-written cache, so a developer cannot plant rules). `read-write`
   * (`steward hook install --compile-policy`, run by whoever deploys the
   * policy) also writes it; the hooks only read. Default `off`.
   */
  readonly cache?: "off" | "read" | "read-write";
  readonly managedDir?: string;
}

export interface LoadedPolicy {
  readonly policy: HookPolicy;
  /** True when the rules came from the cache. */
  readonly cached: boolean;
}

const CACHE_FORMAT = `steward-hook-policy/${STEWARD_VERSION}/2`;

/**
 * On disk each distinct rule is stored once (every role repeats the org's
 * rules): `rules` plus, per role, indexes into it. Halves the file for a
 * 1,000-rule org policy and two roles, and JSON.parse time with it.
 */
interface CachedPolicy extends Omit<HookPolicy, "roles"> {
  readonly rules: readonly PermissionRule[];
  readonly roles: readonly {
    readonly role: string;
    readonly rules: readonly number[];
    readonly sandboxEnabled?: boolean;
  }[];
}

function packPolicy(policy: HookPolicy): CachedPolicy {
  const index = new Map<PermissionRule, number>();
  const rules: PermissionRule[] = [];
  const roles = policy.roles.map((r) => ({
    role: r.role,
    rules: r.rules.map((rule) => {
      let i = index.get(rule);
      if (i === undefined) {
        i = rules.length;
        index.set(rule, i);
        rules.push(rule);
      }
      return i;
    }),
    ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
  }));
  return { ...policy, rules, roles };
}

function unpackPolicy(cached: CachedPolicy): HookPolicy {
  const { rules, roles, ...rest } = cached;
  return {
    ...rest,
    roles: roles.map((r) => ({
      role: r.role,
      rules: r.rules.map((i) => rules[i] as PermissionRule),
      ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
    })),
  };
}

/** Where the compiled-policy cache of a policy location lives. */
export function policyCachePath(location: string, isDirectory: boolean): string {
  return isDirectory ? join(location, ".steward-policy-cache.json") : `${location}.steward-cache.json`;
}

function readTrustedCache(cacheFile: string, ownerUid: number, key: string): HookPolicy | undefined {
  try {
    if (statSync(cacheFile).uid !== ownerUid) return undefined;
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as {
      format: string;
      key: string;
      policy: CachedPolicy;
    };
    return cached.format === CACHE_FORMAT && cached.key === key ? unpackPolicy(cached.policy) : undefined;
  } catch {
    return undefined; // no cache, or a broken one: rebuild
  }
}

/** Writes the cache atomically (temp file + rename); returns false when it cannot. */
export function writePolicyCache(cacheFile: string, key: string, policy: HookPolicy): boolean {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, key, policy: packPolicy(policy) }), {
      mode: 0o644,
    });
    renameSync(tmp, cacheFile);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing to clean
    }
    return false;
  }
}

/**
 * Reads the policy at `location` (a directory like /etc/claude-code/steward,
 * or one settings / role-mappings file). With `cache`, the built policy is
 * reused while every file's path, size and mtime are unchanged. Throws
 * ConfigurationError when the policy is missing or unusable.
 */
export async function loadHookPolicy(
  location: string,
  options: LoadOptions = {},
): Promise<LoadedPolicy & { cacheKey: string }> {
  const { dir, files, uid } = policyFiles(location);
  const present: [string, number, number][] = [];
  for (const f of files) {
    const s = statOrUndefined(f);
    if (s) present.push([f, s.size, s.mtimeMs]);
  }
  const fingerprint: Fingerprint = { files: present };
  const key = JSON.stringify(fingerprint);
  const mode = options.cache ?? "off";
  const cacheFile = mode !== "off" ? policyCachePath(location, dir !== undefined) : undefined;
  if (cacheFile) {
    const cached = readTrustedCache(cacheFile, uid, key);
    if (cached) return { policy: cached, cached: true, cacheKey: key };
  }
  // Parsing (jsonc-parser, the rule parser, role merging) loads only on a cache miss.
  const build = await import("./policy-build.js");
  const read = (path: string) => readSource(path, build.parseJsonSource);
  let sources: HookPolicySources;
  if (dir === undefined) sources = singleFileSources(read(location));
  else {
    const at = (name: string) => present.find(([f]) => f === join(dir, name)) !== undefined;
    const load = (name: string) => (at(name) ? read(join(dir, name)) : undefined);
    const support = SUPPORT_FILES.map(load).find((s) => s !== undefined);
    const managed = load(DIR_FILES.managed);
    const enterprise = load(DIR_FILES.enterprise);
    const roleMappings = load(DIR_FILES.roleMappings);
    const governance = load(DIR_FILES.governance);
    sources = {
      ...(managed ? { managed } : {}),
      dropIns: present.filter(([f]) => dirname(f) === join(dir, "managed-settings.d")).map(([f]) => read(f)),
      ...(enterprise ? { enterprise } : {}),
      ...(roleMappings ? { roleMappings } : {}),
      ...(governance ? { governance } : {}),
      ...(support ? { support } : {}),
    };
  }
  const policy = build.buildHookPolicy(sources, location, options.managedDir);
  if (cacheFile && mode === "read-write") writePolicyCache(cacheFile, key, policy);
  return { policy, cached: false, cacheKey: key };
}

/** The rules of one role (or the org rules alone when the policy has no roles). */
export function rulesOf(policy: HookPolicy, role: string | null): readonly PermissionRule[] | undefined {
  if (policy.roles.length === 1 && policy.roleInfo.length === 0) return policy.roles[0]?.rules;
  return policy.roles.find((r) => r.role === role)?.rules;
}
