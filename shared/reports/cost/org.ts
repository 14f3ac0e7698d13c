/**
 * Who is on which team, under which role, with which quota and budget: read
 * from role-mappings.json (`roleMappings.<role>.quotas`, optional
 * `roleMappings.<role>.members`, `defaultRole`, `quotaUnit.countedTokens`), a
 * users file (user -> team/role, JSON or CSV) and a budgets file. Pure parsers
 * over text; the caller reads the files.
 */

import { ConfigurationError } from "../../errors.js";
import { decimalToMicros } from "../../pricing/catalog.js";

export type QuotaCounter = "input" | "output" | "cacheWrite5m" | "cacheWrite1h" | "cacheRead" | "unsplit";

export interface RoleQuota {
  readonly daily?: number;
  readonly monthly?: number;
}

export interface Thresholds {
  /** Percent of a quota/budget at which a warning is raised. Default 80. */
  readonly warning: number;
  /** Percent at which it is critical. Default 100. */
  readonly critical: number;
}

export interface OrgModel {
  /** user -> team / role. */
  readonly users: ReadonlyMap<string, { readonly team?: string; readonly role?: string }>;
  /** Role for users not listed anywhere (role-mappings `defaultRole`). */
  readonly defaultRole?: string;
  readonly quotas: ReadonlyMap<string, RoleQuota>;
  /** Token counters a quota counts. Default input, output, cache writes and unsplit (cache reads excluded). */
  readonly quotaCounters: readonly QuotaCounter[];
  /** team -> monthly budget in micro-USD. */
  readonly budgets: ReadonlyMap<string, number>;
  readonly thresholds: Thresholds;
  /** Other names of a user (login, folder name) -> the canonical id (e-mail when the users file has one). */
  readonly aliases: ReadonlyMap<string, string>;
}

export const DEFAULT_QUOTA_COUNTERS: readonly QuotaCounter[] = [
  "input",
  "output",
  "cacheWrite5m",
  "cacheWrite1h",
  "unsplit",
];

export function emptyOrg(): OrgModel {
  return {
    users: new Map(),
    quotas: new Map(),
    quotaCounters: DEFAULT_QUOTA_COUNTERS,
    budgets: new Map(),
    thresholds: { warning: 80, critical: 100 },
    aliases: new Map(),
  };
}

function parseJson(text: string, file: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid JSON: ${(error as Error).message}`, {
      file,
      cause: error,
    });
  }
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new ConfigurationError(`${file}: expected a JSON object.`, { file });
  return v as Record<string, unknown>;
}

const COUNTER_NAMES = new Set<QuotaCounter>([
  "input",
  "output",
  "cacheWrite5m",
  "cacheWrite1h",
  "cacheRead",
  "unsplit",
]);

/** Adds role-mappings.json: quotas per role, `members`, `defaultRole`, `quotaUnit.countedTokens`. */
export function withRoleMappings(org: OrgModel, text: string, file: string): OrgModel {
  const o = parseJson(text, file);
  const roles = o.roleMappings;
  if (typeof roles !== "object" || roles === null || Array.isArray(roles)) {
    throw new ConfigurationError(`${file}: "roleMappings" is missing or not an object.`, { file });
  }
  const quotas = new Map(org.quotas);
  const users = new Map(org.users);
  for (const [role, raw] of Object.entries(roles as Record<string, unknown>)) {
    const r = (raw ?? {}) as Record<string, unknown>;
    const q = r.quotas as Record<string, unknown> | undefined;
    if (q !== undefined) {
      const read = (k: "daily" | "monthly") => {
        const v = q[k];
        if (v === undefined) return undefined;
        if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
          throw new ConfigurationError(
            `${file}: roleMappings.${role}.quotas.${k} must be a whole number of tokens.`,
            { file },
          );
        }
        return v;
      };
      const daily = read("daily");
      const monthly = read("monthly");
      quotas.set(role, {
        ...(daily !== undefined ? { daily } : {}),
        ...(monthly !== undefined ? { monthly } : {}),
      });
    }
    if (Array.isArray(r.members)) {
      for (const m of r.members) if (typeof m === "string") users.set(m, { ...users.get(m), role });
    }
  }
  let quotaCounters = org.quotaCounters;
  const unit = o.quotaUnit as Record<string, unknown> | undefined;
  if (unit && Array.isArray(unit.countedTokens)) {
    const list = unit.countedTokens.map(String);
    for (const c of list) {
      if (!COUNTER_NAMES.has(c as QuotaCounter)) {
        throw new ConfigurationError(`${file}: quotaUnit.countedTokens has unknown counter "${c}".`, {
          file,
          hint: `Use ${[...COUNTER_NAMES].join(", ")}.`,
        });
      }
    }
    // the seed's unsplit tokens always count: they have no split to exclude from
    quotaCounters = [...new Set([...(list as QuotaCounter[]), "unsplit" as const])];
  }
  const defaultRole = typeof o.defaultRole === "string" ? o.defaultRole : org.defaultRole;
  return { ...org, quotas, users, quotaCounters, ...(defaultRole ? { defaultRole } : {}) };
}

/**
 * Adds a users file: JSON `{"users": {"alice": {"team": "payments", "role": "developers"}}}`
 * (or the map alone), a JSON roster array `[{"login", "email", "team", "role"}]`
 * (the e-mail becomes the canonical user, the login an alias), or CSV with a
 * `user,team,role` header.
 */
export function withUsersFile(org: OrgModel, text: string, file: string): OrgModel {
  const users = new Map(org.users);
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch (error) {
      throw new ConfigurationError(`${file} is not valid JSON: ${(error as Error).message}`, {
        file,
        cause: error,
      });
    }
    const aliases = new Map(org.aliases);
    for (const [i, raw] of (list as unknown[]).entries()) {
      const r = (raw ?? {}) as Record<string, unknown>;
      const names = [r.email, r.login, r.user].filter((x): x is string => typeof x === "string" && x !== "");
      if (names.length === 0)
        throw new ConfigurationError(`${file}: entry ${i} has no "email", "login" or "user".`, { file });
      const canonical = names[0] as string;
      const info = {
        ...(typeof r.team === "string" ? { team: r.team } : {}),
        ...(typeof r.role === "string" ? { role: r.role } : {}),
      };
      for (const n of names) {
        users.set(n, { ...users.get(n), ...info });
        if (n !== canonical) aliases.set(n, canonical);
      }
    }
    return { ...org, users, aliases };
  }
  if (trimmed.startsWith("{")) {
    const o = parseJson(text, file);
    const map = (typeof o.users === "object" && o.users !== null ? o.users : o) as Record<string, unknown>;
    for (const [user, raw] of Object.entries(map)) {
      if (typeof raw !== "object" || raw === null) {
        throw new ConfigurationError(`${file}: users.${user} must be an object with "team" and/or "role".`, {
          file,
        });
      }
      const r = raw as Record<string, unknown>;
      users.set(user, {
        ...users.get(user),
        ...(typeof r.team === "string" ? { team: r.team } : {}),
        ...(typeof r.role === "string" ? { role: r.role } : {}),
      });
    }
    return { ...org, users };
  }
  const lines = trimmed.split(/\r?\n/);
  const header = (lines[0] ?? "").split(",").map((s) => s.trim().toLowerCase());
  const iu = header.indexOf("user");
  if (iu === -1) {
    throw new ConfigurationError(
      `${file}: a CSV users file needs a header with "user" (and "team", "role").`,
      { file, line: 1 },
    );
  }
  const it = header.indexOf("team");
  const ir = header.indexOf("role");
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const cells = line.split(",").map((s) => s.trim());
    const user = cells[iu];
    if (!user)
      throw new ConfigurationError(`${file}:${i + 2}: the user column is empty.`, { file, line: i + 2 });
    const team = it >= 0 ? cells[it] : undefined;
    const role = ir >= 0 ? cells[ir] : undefined;
    users.set(user, { ...users.get(user), ...(team ? { team } : {}), ...(role ? { role } : {}) });
  });
  return { ...org, users };
}

/** Adds a budgets file: `{"teams": {"payments": {"monthlyUsd": "1500"}}, "thresholds": {"warning": 80, "critical": 100}}`. */
export function withBudgets(org: OrgModel, text: string, file: string): OrgModel {
  const o = parseJson(text, file);
  const budgets = new Map(org.budgets);
  const teams = (o.teams ?? {}) as Record<string, unknown>;
  for (const [team, raw] of Object.entries(teams)) {
    const v = (raw as Record<string, unknown> | null)?.monthlyUsd;
    if (typeof v !== "string" && typeof v !== "number") {
      throw new ConfigurationError(
        `${file}: teams.${team}.monthlyUsd is missing (a USD amount such as "1500").`,
        { file },
      );
    }
    budgets.set(team, decimalToMicros(String(v), `${file}: teams.${team}.monthlyUsd`));
  }
  let thresholds = org.thresholds;
  if (o.thresholds !== undefined) {
    const t = o.thresholds as Record<string, unknown>;
    const warning = typeof t.warning === "number" ? t.warning : thresholds.warning;
    const critical = typeof t.critical === "number" ? t.critical : thresholds.critical;
    if (!(warning > 0 && critical >= warning)) {
      throw new ConfigurationError(`${file}: thresholds need 0 < warning <= critical (percent).`, { file });
    }
    thresholds = { warning, critical };
  }
  return { ...org, budgets, thresholds };
}

export function roleOf(org: OrgModel, user: string): string | undefined {
  return org.users.get(user)?.role ?? org.defaultRole;
}

export function teamOf(org: OrgModel, user: string): string {
  const u = org.users.get(user);
  return u?.team ?? u?.role ?? org.defaultRole ?? "unassigned";
}
