/**
 * The edge of every `steward hook ...` command: where the policy, the logs
 * and the hook config are, who the user is and which role applies. Reads the
 * environment (passed in), the hook config file and the SSO group file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseGroupFile, type ResolvedRole, resolveRole } from "./identity.js";
import type { HookPolicy } from "./policy.js";
import type { OnError } from "./pre-tool-use.js";

type Env = Readonly<Record<string, string | undefined>>;

/** Where the policy is deployed when neither --policy nor STEWARD_POLICY_DIR says (docs/hooks.md). */
export function defaultPolicyDir(platform: string): string {
  if (platform === "darwin") return "/Library/Application Support/ClaudeCode/steward";
  if (platform === "win32") return "C:\\Program Files\\ClaudeCode\\steward";
  return "/etc/claude-code/steward";
}

export function homeOf(env: Env): string {
  return env.HOME ?? env.USERPROFILE ?? "/";
}

/** The hook config file (`steward-hook.json`, deployed by the org next to the policy). */
export interface HookConfig {
  readonly role?: string;
  readonly user?: string;
  readonly groupsFile?: string;
  readonly onPolicyError?: OnError;
  readonly emitAllow?: boolean;
  readonly blockPromptsOnQuota?: boolean;
  readonly logDir?: string;
  readonly contact?: string;
  /** Use the compiled-policy cache (default true). */
  readonly policyCache?: boolean;
}

const ON_ERROR = new Set(["deny", "ask", "allow"]);

/** Parses a hook config; unknown keys are ignored, wrong types are problems. Pure. */
export function parseHookConfig(text: string): { config: HookConfig; problems: string[] } {
  const problems: string[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { config: {}, problems: ["not valid JSON"] };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return { config: {}, problems: ["not a JSON object"] };
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ["role", "user", "groupsFile", "logDir", "contact"]) {
    if (o[key] === undefined) continue;
    if (typeof o[key] === "string" && o[key] !== "") out[key] = o[key];
    else problems.push(`${key} must be a non-empty string`);
  }
  for (const key of ["emitAllow", "blockPromptsOnQuota", "policyCache"]) {
    if (o[key] === undefined) continue;
    if (typeof o[key] === "boolean") out[key] = o[key];
    else problems.push(`${key} must be true or false`);
  }
  if (o.onPolicyError !== undefined) {
    if (typeof o.onPolicyError === "string" && ON_ERROR.has(o.onPolicyError))
      out.onPolicyError = o.onPolicyError;
    else problems.push("onPolicyError must be deny, ask or allow");
  }
  return { config: out as HookConfig, problems };
}

export interface HookFlags {
  readonly policy?: string;
  readonly config?: string;
  readonly role?: string;
  readonly logDir?: string;
  readonly onPolicyError?: string;
}

/** The hook flags from a command's parsed `--policy`, `--config` and `--log-dir` options. */
export function hookFlags(values: {
  readonly policy?: string | undefined;
  readonly config?: string | undefined;
  readonly "log-dir"?: string | undefined;
}): HookFlags {
  return {
    ...(values.policy !== undefined ? { policy: values.policy } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values["log-dir"] !== undefined ? { logDir: values["log-dir"] } : {}),
  };
}

export interface HookContext {
  readonly policyLocation: string;
  readonly config: HookConfig;
  /** Problems with the config file (it is then ignored in part). */
  readonly configProblems: readonly string[];
  readonly user: string;
  readonly home: string;
  readonly logDir: string;
  readonly auditDir: string;
  readonly usageDir: string;
  readonly stateDir: string;
  readonly onError: OnError;
  readonly env: Env;
}

/** Expands a leading `~/` with the home directory. */
function expandHome(path: string, home: string): string {
  return path === "~" ? home : path.startsWith("~/") ? join(home, path.slice(2)) : path;
}

/** Resolves paths and settings from flags, env and the config file. Reads only the config file. */
export function hookContext(flags: HookFlags, env: Env, cwd: string, platform: string): HookContext {
  const home = homeOf(env);
  const policyLocation = resolveFrom(
    cwd,
    flags.policy ?? env.STEWARD_POLICY_DIR ?? defaultPolicyDir(platform),
  );
  const configPath = flags.config ?? env.STEWARD_CONFIG ?? join(policyLocation, "steward-hook.json");
  let config: HookConfig = {};
  let configProblems: string[] = [];
  try {
    const parsed = parseHookConfig(readFileSync(configPath, "utf8"));
    config = parsed.config;
    configProblems = parsed.problems.map((p) => `${configPath}: ${p}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // An absent default config is normal; an explicit one that is missing is a problem.
    if (
      !(code === "ENOENT" || code === "ENOTDIR") ||
      flags.config !== undefined ||
      env.STEWARD_CONFIG !== undefined
    )
      configProblems = [`${configPath}: cannot be read (${code ?? "error"})`];
  }
  const logDir = expandHome(
    flags.logDir ?? env.STEWARD_LOG_DIR ?? config.logDir ?? join(home, ".claude", "steward"),
    home,
  );
  const onErrorRaw = flags.onPolicyError ?? env.STEWARD_ON_POLICY_ERROR ?? config.onPolicyError ?? "deny";
  const onError: OnError = ON_ERROR.has(onErrorRaw) ? (onErrorRaw as OnError) : "deny";
  const user = env.STEWARD_USER ?? config.user ?? env.USER ?? env.LOGNAME ?? env.USERNAME ?? "unknown";
  return {
    policyLocation,
    config,
    configProblems,
    user,
    home,
    logDir,
    auditDir: env.STEWARD_AUDIT_DIR ? expandHome(env.STEWARD_AUDIT_DIR, home) : join(logDir, "audit"),
    usageDir: env.STEWARD_USAGE_DIR ? expandHome(env.STEWARD_USAGE_DIR, home) : join(logDir, "usage"),
    stateDir: join(logDir, "state"),
    onError,
    env,
  };
}

function resolveFrom(cwd: string, path: string): string {
  if (/^([a-zA-Z]:[\\/]|[\\/])/.test(path)) return path;
  return join(cwd, path);
}

/** The role for this user: reads the SSO group file when one is configured. */
export function roleFor(policy: HookPolicy, ctx: HookContext, flagRole: string | undefined): ResolvedRole {
  const groupsFile = ctx.env.STEWARD_GROUPS_FILE ?? ctx.config.groupsFile;
  let groups: string[] | undefined;
  if (groupsFile) {
    try {
      groups = parseGroupFile(readFileSync(expandHome(groupsFile, ctx.home), "utf8"));
    } catch {
      groups = undefined; // no group file: the next source decides
    }
  }
  return resolveRole(policy, {
    ...(flagRole !== undefined ? { flagRole } : {}),
    ...(ctx.env.STEWARD_ROLE !== undefined ? { envRole: ctx.env.STEWARD_ROLE } : {}),
    ...(ctx.config.role !== undefined ? { configRole: ctx.config.role } : {}),
    ...(groups ? { groups } : {}),
    user: ctx.user,
  });
}

/** A short note for reasons when the role fell back. */
export function roleNote(resolved: ResolvedRole): string | undefined {
  if (resolved.unknownRole !== undefined)
    return `role "${resolved.unknownRole}" is not in role-mappings.json; ${resolved.role ? `using default role ${resolved.role}` : "org rules only"}`;
  return undefined;
}
