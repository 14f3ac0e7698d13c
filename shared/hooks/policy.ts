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
import type { RuleSetIndex, StoredRuleSet } from "../permissions/match.js";
import type { RolePolicy } from "../permissions/policy.js";
import type { PermissionRule, RuleSource } from "../permissions/types.js";
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
    // throwIfNoEntry: a missing optional file is common and needs no error object.
    const s = statSync(path, { throwIfNoEntry: false });
    return s?.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
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

const CACHE_FORMAT = `steward-hook-policy/${STEWARD_VERSION}/3`;

/** Where a rule came from, without its line and column (shared by every rule of a file). */
type CachedSource = Omit<RuleSource, "line" | "column">;

/**
 * One rule on disk: the rule without its `source`, plus `s`: the index of its
 * file in {@link CachedPolicy.sources}, its line and its column.
 */
type CachedRule = Omit<PermissionRule, "source"> & {
  readonly s: readonly [number, (number | null)?, number?];
};

/**
 * The cache's content. Each distinct rule is stored once (every role repeats
 * the org's rules), with its file named once in `sources`; each role lists
 * its rules as indexes and carries the match index of its rules
 * (shared/permissions `ruleSetIndex`). Made by policy-build.ts `packPolicy`.
 */
export interface CachedPolicy extends Omit<HookPolicy, "roles"> {
  readonly sources: readonly CachedSource[];
  readonly rules: readonly CachedRule[];
  readonly roles: readonly (CachedRoleName & CachedRoleRules)[];
}

interface CachedRoleName {
  readonly role: string;
  readonly sandboxEnabled?: boolean;
}

interface CachedRoleRules {
  readonly rules: readonly number[];
  readonly index: RuleSetIndex;
}

/**
 * The first line of the cache file. The lines after it are each role's rules
 * and index ({@link CachedRoleRules}), in role order, then one line per rule
 * ({@link CachedRule}); `lines` holds where each of them starts, in bytes from
 * the end of this line, and where the last one ends. A hook parses this line,
 * its role's line and only the rules the call can match (restored by
 * shared/permissions `restoreRuleSet`), and compiles no other rule.
 */
interface CacheHeader {
  readonly format: string;
  readonly key: string;
  readonly policy: Omit<CachedPolicy, "rules" | "roles"> & { readonly roles: readonly CachedRoleName[] };
  readonly lines: readonly number[];
}

/** The cache file's text: the header line, the role lines, the rule lines. */
function cacheFileText(key: string, packed: CachedPolicy): string {
  const { rules, roles, ...meta } = packed;
  const body = [...roles.map((r) => ({ rules: r.rules, index: r.index })), ...rules].map(
    (value) => `${JSON.stringify(value)}\n`,
  );
  const lines = [0];
  for (const line of body) lines.push((lines[lines.length - 1] as number) + Buffer.byteLength(line));
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    key,
    policy: {
      ...meta,
      roles: roles.map((r) => ({
        role: r.role,
        ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
      })),
    },
    lines,
  };
  return `${JSON.stringify(header)}\n${body.join("")}`;
}

/** Rule sets of the roles of policies read from the cache (see {@link storedRuleSet}). */
const storedSets = new WeakMap<RolePolicy, () => StoredRuleSet>();

/** The role a hook decides with (or the org rules alone when the policy has no roles). */
function roleOf(policy: HookPolicy, role: string | null): RolePolicy | undefined {
  if (policy.roles.length === 1 && policy.roleInfo.length === 0) return policy.roles[0];
  return policy.roles.find((r) => r.role === role);
}

/**
 * The role's rules as stored in the compiled-policy cache, when the policy
 * came from it (for shared/permissions `restoreRuleSet`; rules are parsed as
 * they are read). Undefined for a parsed policy or a role it does not define.
 */
export function storedRuleSet(policy: HookPolicy, role: string | null): StoredRuleSet | undefined {
  const r = roleOf(policy, role);
  return r ? storedSets.get(r)?.() : undefined;
}

/** The policy of a cache file whose header is parsed; the rest is parsed line by line when first read. */
function unpackPolicy(header: CacheHeader, file: Buffer, body: number): HookPolicy {
  const { roles, sources, ...rest } = header.policy;
  const line = <T>(n: number): T => {
    const start = header.lines[n];
    const end = header.lines[n + 1];
    if (start === undefined || end === undefined)
      throw new Error(`line ${n} is missing from the policy cache`);
    return JSON.parse(file.toString("utf8", body + start, body + end - 1)) as T;
  };
  const parsed: (PermissionRule | undefined)[] = [];
  const ruleAt = (id: number): PermissionRule => {
    let rule = parsed[id];
    if (rule) return rule;
    const { s, ...fields } = line<CachedRule>(roles.length + id);
    const [fileIndex, lineNumber, column] = s;
    rule = {
      ...fields,
      source: {
        ...(sources[fileIndex] as CachedSource),
        ...(lineNumber !== undefined && lineNumber !== null ? { line: lineNumber } : {}),
        ...(column !== undefined ? { column } : {}),
      },
    };
    parsed[id] = rule;
    return rule;
  };
  return {
    ...rest,
    roles: roles.map((r, n) => {
      let stored: CachedRoleRules | undefined;
      const read = () => {
        stored ??= line<CachedRoleRules>(n);
        return stored;
      };
      let list: PermissionRule[] | undefined;
      const role: RolePolicy = {
        role: r.role,
        // Built (every rule of the role parsed) only when asked for, e.g. by `rulesOf`.
        get rules() {
          list ??= read().rules.map(ruleAt);
          return list;
        },
        ...(r.sandboxEnabled !== undefined ? { sandboxEnabled: r.sandboxEnabled } : {}),
      };
      let set: StoredRuleSet | undefined;
      storedSets.set(role, () => {
        if (!set) {
          const { rules, index } = read();
          set = { index, length: rules.length, ruleAt: (position) => ruleAt(rules[position] as number) };
        }
        return set;
      });
      return role;
    }),
  };
}

/** Where the compiled-policy cache of a policy location lives. */
export function policyCachePath(location: string, isDirectory: boolean): string {
  return isDirectory ? join(location, ".steward-policy-cache.json") : `${location}.steward-cache.json`;
}

function readTrustedCache(cacheFile: string, ownerUid: number, key: string): HookPolicy | undefined {
  try {
    if (statSync(cacheFile).uid !== ownerUid) return undefined;
    const file = readFileSync(cacheFile);
    const end = file.indexOf(10);
    const header = JSON.parse(file.toString("utf8", 0, end < 0 ? file.length : end)) as CacheHeader;
    if (header.format !== CACHE_FORMAT || header.key !== key) return undefined;
    // A file of another length is not the one written with this header.
    if (end + 1 + (header.lines[header.lines.length - 1] ?? Number.NaN) !== file.length) return undefined;
    return unpackPolicy(header, file, end + 1);
  } catch {
    return undefined; // no cache, or a broken one: rebuild
  }
}

/** Writes the cache (packed by policy-build.ts `packPolicy`) atomically (temp file + rename); returns false when it cannot. */
export function writePolicyCache(cacheFile: string, key: string, packed: CachedPolicy): boolean {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, cacheFileText(key, packed), { mode: 0o644 });
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
  if (cacheFile && mode === "read-write") writePolicyCache(cacheFile, key, build.packPolicy(policy));
  return { policy, cached: false, cacheKey: key };
}

/** The rules of one role (or the org rules alone when the policy has no roles). */
export function rulesOf(policy: HookPolicy, role: string | null): readonly PermissionRule[] | undefined {
  return roleOf(policy, role)?.rules;
}
