/**
 * policyVersion: every file that states one agrees, and a pull request that
 * changes policy content also changes the version (a pure function over the
 * base and head policies; the caller supplies the base from git).
 */
import type { Finding } from "../finding.js";
import { propertyNode } from "../hooks-model.js";
import type { JsonNode } from "../json-source.js";
import type { ParsedPolicy, PolicyFile } from "../policy.js";
import { findingAt, type PolicyRule } from "./context.js";

interface VersionRef {
  readonly file: PolicyFile;
  readonly node: JsonNode;
  readonly value: string;
}

/** Every place a policy version is stated. */
export function versionRefs(policy: ParsedPolicy): VersionRef[] {
  const out: VersionRef[] = [];
  for (const file of policy.files) {
    const root = file.json?.root;
    if (!root || file.kind === "unknown-json") continue;
    for (const node of [
      propertyNode(root, "policyVersion"),
      propertyNode(propertyNode(root, "enterprise"), "policyVersion"),
      propertyNode(propertyNode(root, "env"), "STEWARD_POLICY_VERSION"),
    ]) {
      if (node?.type === "string" && typeof node.value === "string")
        out.push({ file, node, value: node.value });
    }
  }
  return out;
}

export const versionMismatch: PolicyRule = ({ policy }) => {
  const refs = versionRefs(policy);
  if (refs.length < 2) return [];
  const authority =
    refs.find((r) => r.file.kind === "enterprise-settings") ??
    [...refs].sort(
      (a, b) =>
        refs.filter((r) => r.value === b.value).length - refs.filter((r) => r.value === a.value).length,
    )[0];
  if (!authority) return [];
  return refs
    .filter((r) => r.value !== authority.value)
    .map((r) =>
      findingAt(
        r.file,
        { node: r.node },
        "policy/version-mismatch",
        `policyVersion here is "${r.value}" but ${authority.file.path} says "${authority.value}": audit records and reports would name different versions of the same policy.`,
        `Set it to "${authority.value}" (or bump every file together).`,
      ),
    );
};

/** The content that matters: every policy file with `$schema` and version keys removed, canonicalised. */
function contentOf(policy: ParsedPolicy): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of policy.files) {
    if (file.kind === "unknown-json") continue;
    if (file.json) {
      out.set(file.path, canonical(file.json.value));
    } else out.set(file.path, file.text.replace(/\s+/g, " ").trim());
  }
  return out;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k]) => k !== "policyVersion" && k !== "$schema" && k !== "STEWARD_POLICY_VERSION")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/**
 * On a pull request: findings when policy content changed between `base` and
 * `head` but no stated policyVersion did. Reported at head's version(s).
 */
export function policyVersionBumpFindings(base: ParsedPolicy, head: ParsedPolicy): Finding[] {
  const before = contentOf(base);
  const after = contentOf(head);
  const changed = [...new Set([...before.keys(), ...after.keys()])]
    .filter((p) => before.get(p) !== after.get(p))
    .sort();
  if (changed.length === 0) return [];
  const baseVersions = new Map(versionRefs(base).map((r) => [`${r.file.path}`, r.value]));
  const headRefs = versionRefs(head);
  if (headRefs.length === 0) return [];
  const bumped = headRefs.some(
    (r) => baseVersions.get(r.file.path) !== undefined && baseVersions.get(r.file.path) !== r.value,
  );
  if (bumped) return [];
  const target = headRefs.find((r) => r.file.kind === "enterprise-settings") ?? headRefs[0];
  if (!target) return [];
  return [
    findingAt(
      target.file,
      { node: target.node },
      "policy/version-unchanged",
      `Policy content changed (${changed.slice(0, 5).join(", ")}${changed.length > 5 ? `, and ${changed.length - 5} more` : ""}) but policyVersion is still "${target.value}": audit records and reports cannot tell the old policy from the new one.`,
      "Bump policyVersion in every file that states it (and STEWARD_POLICY_VERSION in the managed env).",
    ),
  ];
}
