/**
 * A policy directory -> one effective rule set per role: org-level rules
 * (managed-settings.json + managed-settings.d/*.json, enterprise-settings.json)
 * merged with each role's rules from role-mappings.json. Pure over parsed
 * sources, plus a small fs wrapper ({@link loadPolicyDirectory}).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { ConfigurationError } from "../errors.js";
import { type JsonSource, parseJsonSource } from "../policy/json-source.js";
import type { RolePolicy } from "./policy.js";
import type { PlacedDiagnostic } from "./rules.js";
import { layerFromSource, mergeDropIns, mergeLayers, rulesAt } from "./settings.js";

/** Where the managed files are deployed; `/path` rules in them are relative to it (docs/permissions.md). */
export const DEFAULT_MANAGED_DIR = "/etc/claude-code";

export interface PolicySources {
  readonly managed?: JsonSource;
  readonly dropIns?: readonly JsonSource[];
  readonly enterprise?: JsonSource;
  readonly roleMappings?: JsonSource;
}

export interface RolePolicies {
  readonly roles: readonly RolePolicy[];
  readonly diagnostics: readonly PlacedDiagnostic[];
}

/** Name of the role used when there is no role-mappings.json. */
export const DEFAULT_ROLE = "default";

/** Builds one policy per role from parsed sources. Pure. */
export function rolePolicies(sources: PolicySources, managedDir: string = DEFAULT_MANAGED_DIR): RolePolicies {
  const managed = mergeDropIns(
    sources.managed ? layerFromSource(sources.managed, "managed", managedDir) : undefined,
    (sources.dropIns ?? []).map((s) => layerFromSource(s, "managed", managedDir)),
  );
  const enterprise = sources.enterprise
    ? layerFromSource(sources.enterprise, "managed", managedDir)
    : undefined;
  const org = [managed, enterprise].filter((l) => l !== undefined);
  const diagnostics: PlacedDiagnostic[] = org.flatMap((l) => [...(l.diagnostics ?? [])]);
  const mappings = sources.roleMappings?.value as { roleMappings?: unknown } | undefined;
  const roleNames =
    mappings &&
    typeof mappings.roleMappings === "object" &&
    mappings.roleMappings !== null &&
    !Array.isArray(mappings.roleMappings)
      ? Object.keys(mappings.roleMappings)
      : [];
  if (roleNames.length === 0) {
    const merged = mergeLayers(org);
    return {
      roles: [{ role: DEFAULT_ROLE, rules: merged.rules, sandboxEnabled: merged.sandboxEnabled }],
      diagnostics,
    };
  }
  const roles = roleNames.map((role): RolePolicy => {
    const built = rulesAt(
      sources.roleMappings as JsonSource,
      ["roleMappings", role, "permissions"],
      "managed",
      managedDir,
    );
    diagnostics.push(...built.diagnostics);
    const merged = mergeLayers([
      ...org,
      { scope: "managed", file: sources.roleMappings?.file, settings: {}, rules: built.rules },
    ]);
    return { role, rules: merged.rules, sandboxEnabled: merged.sandboxEnabled };
  });
  return { roles, diagnostics };
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigurationError(`Cannot read ${path}: ${(error as Error).message}`, {
      file: path,
      cause: error,
    });
  }
}

/**
 * Reads a policy directory. File names in sources are `<label>/<name>` so
 * base and head stay distinguishable. Missing files are simply absent; a
 * missing directory is a ConfigurationError.
 */
export async function loadPolicyDirectory(dir: string, label: string = dir): Promise<PolicySources> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new ConfigurationError(`Policy directory ${dir} cannot be read.`, {
      hint: "Pass a directory that holds managed-settings.json, enterprise-settings.json or role-mappings.json.",
      cause: error,
    });
  }
  const load = async (name: string) => {
    const text = await readIfPresent(join(dir, name));
    return text === undefined ? undefined : parseJsonSource(text, join(label, name));
  };
  const dropIns: JsonSource[] = [];
  if (entries.includes("managed-settings.d")) {
    const names = (await readdir(join(dir, "managed-settings.d")))
      .filter((n) => n.endsWith(".json") && !n.startsWith("."))
      .sort();
    for (const name of names) {
      const source = await load(join("managed-settings.d", name));
      if (source) dropIns.push(source);
    }
  }
  const [managed, enterprise, roleMappings] = await Promise.all([
    load("managed-settings.json"),
    load("enterprise-settings.json"),
    load("role-mappings.json"),
  ]);
  return {
    ...(managed ? { managed } : {}),
    dropIns,
    ...(enterprise ? { enterprise } : {}),
    ...(roleMappings ? { roleMappings } : {}),
  };
}
