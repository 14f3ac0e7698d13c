/**
 * The policy repository as the compliance controls see it: the files parsed
 * with positions ({@link loadPolicyEvidence}, the I/O) and small pure helpers
 * to read a value with its line ({@link valueAt}, {@link managedValue}).
 */
import { readdir, readFile } from "node:fs/promises";
import { join, normalize, posix } from "node:path";
import { ConfigurationError } from "../../errors.js";
import type { PolicySources } from "../../permissions/index.js";
import {
  findNode,
  type JsonSource,
  keyNodeOf,
  nodeValue,
  parseJsonSource,
} from "../../policy/json-source.js";
import type { PolicyEvidence } from "./types.js";

export interface Located<T = unknown> {
  readonly value: T;
  readonly file: string;
  readonly line: number;
}

/** The value at `path` in `source` with the line of its key; undefined when absent. */
export function valueAt(
  source: JsonSource | undefined,
  path: readonly (string | number)[],
): Located | undefined {
  if (!source) return undefined;
  const node = findNode(source, path);
  if (!node) return undefined;
  const at = keyNodeOf(node) ?? node;
  return { value: nodeValue(node), file: source.file, line: source.position(at.offset).line };
}

/**
 * A managed-settings key as Claude Code resolves it from the file source:
 * `managed-settings.json` first, then each drop-in alphabetically, the last
 * one setting the key winning (claude-code.md §1).
 */
export function managedValue(
  policy: PolicyEvidence,
  path: readonly (string | number)[],
): Located | undefined {
  let found: Located | undefined;
  for (const source of [policy.managed, ...policy.dropIns]) {
    const v = valueAt(source, path);
    if (v !== undefined) found = v;
  }
  return found;
}

/** The sources the permission engine reads (shared/permissions rolePolicies). */
export function permissionSources(policy: PolicyEvidence): PolicySources {
  return {
    ...(policy.managed ? { managed: policy.managed } : {}),
    dropIns: policy.dropIns,
    ...(policy.enterprise ? { enterprise: policy.enterprise } : {}),
    ...(policy.roleMappings ? { roleMappings: policy.roleMappings } : {}),
  };
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR") return undefined;
    throw new ConfigurationError(`Cannot read ${path}: ${(error as Error).message}`, { file: path });
  }
}

/** Paths of the routing drop-ins model-policy.json names (routing.regions.*.managedSettingsDropIn). */
export function referencedRoutingFiles(modelPolicy: JsonSource | undefined): string[] {
  const regions = (modelPolicy?.value as { routing?: { regions?: unknown } } | undefined)?.routing?.regions;
  if (typeof regions !== "object" || regions === null) return [];
  const out: string[] = [];
  for (const region of Object.values(regions as Record<string, unknown>)) {
    const file = (region as { managedSettingsDropIn?: unknown } | null)?.managedSettingsDropIn;
    if (typeof file === "string" && file !== "") out.push(file);
  }
  return out;
}

/**
 * Reads the policy directory. Missing files are simply absent (each control
 * then says what it could not evaluate); a missing directory is a
 * ConfigurationError. File names in the evidence are `label/<name>`
 * (`label` being the directory as the user gave it, relative to the working
 * directory), so policy files and log files are named the same way.
 */
export async function loadPolicyEvidence(dir: string, label: string = dir): Promise<PolicyEvidence> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new ConfigurationError(`Policy directory ${label} cannot be read.`, {
      title: "Policy directory",
      hint: "Pass the policy repository (the folder holding managed-settings.json, role-mappings.json, governance-config.json, ...).",
      cause: error,
    });
  }
  // Evidence names files relative to the working directory (label/name), like the log files.
  const load = async (name: string) => {
    const text = await readIfPresent(join(dir, name));
    return text === undefined ? undefined : parseJsonSource(text, posix.join(label, name));
  };
  const dropIns: JsonSource[] = [];
  if (entries.includes("managed-settings.d")) {
    const names = (await readdir(join(dir, "managed-settings.d")).catch(() => []))
      .filter((n) => n.endsWith(".json") && !n.startsWith("."))
      .sort();
    for (const name of names) {
      const s = await load(`managed-settings.d/${name}`);
      if (s) dropIns.push(s);
    }
  }
  const [managed, enterprise, enterpriseAuth, governance, roleMappings, modelPolicy] = await Promise.all(
    [
      "managed-settings.json",
      "enterprise-settings.json",
      "enterprise-auth.json",
      "governance-config.json",
      "role-mappings.json",
      "model-policy.json",
    ].map(load),
  );
  const referenced: Record<string, JsonSource> = {};
  for (const ref of referencedRoutingFiles(modelPolicy)) {
    const rel = normalize(ref);
    if (rel.startsWith("..") || rel.startsWith("/")) continue;
    const s = await load(rel);
    if (s) referenced[ref] = s;
  }
  return {
    dir: label,
    dropIns,
    referenced,
    ...(managed ? { managed } : {}),
    ...(enterprise ? { enterprise } : {}),
    ...(enterpriseAuth ? { enterpriseAuth } : {}),
    ...(governance ? { governance } : {}),
    ...(roleMappings ? { roleMappings } : {}),
    ...(modelPolicy ? { modelPolicy } : {}),
  };
}
