/**
 * Permission rules through the permission engine (shared/permissions): each
 * rule string of settings, enterprise settings and role mappings is parsed
 * with its node position, and the engine's parse diagnostics (character
 * ranges inside the string) and analysis findings become lint findings.
 */
import {
  analyseRules,
  buildRules,
  type PlacedDiagnostic,
  type RuleLists,
  type RuleSource,
  type SettingsScope,
} from "../../permissions/index.js";
import type { Finding } from "../finding.js";
import { propertiesOf, propertyNode } from "../hooks-model.js";
import type { JsonNode } from "../json-source.js";
import type { ParsedPolicy, PolicyFile } from "../policy.js";
import { findingAt, type PolicyRule } from "./context.js";

interface RuleSet {
  readonly file: PolicyFile;
  readonly permissions: JsonNode;
  readonly scope: SettingsScope;
  readonly sandboxEnabled: boolean;
  readonly label: string;
}

function ruleSets(policy: ParsedPolicy): RuleSet[] {
  const out: RuleSet[] = [];
  const managedSandbox = policy.files.some(
    (f) =>
      f.kind === "managed-settings" &&
      propertyNode(propertyNode(f.json?.root, "sandbox"), "enabled")?.value === true,
  );
  for (const file of policy.files) {
    const root = file.json?.root;
    if (!root) continue;
    const sandboxHere = propertyNode(propertyNode(root, "sandbox"), "enabled")?.value === true;
    if (
      file.kind === "managed-settings" ||
      file.kind === "claude-settings" ||
      file.kind === "enterprise-settings"
    ) {
      const permissions = propertyNode(root, "permissions");
      if (permissions?.type !== "object") continue;
      const scope: SettingsScope =
        file.kind === "claude-settings"
          ? /settings\.local\.json$/.test(file.path)
            ? "local"
            : "project"
          : "managed";
      out.push({ file, permissions, scope, sandboxEnabled: sandboxHere || managedSandbox, label: file.path });
    } else if (file.kind === "role-mappings") {
      for (const [role, r] of propertiesOf(propertyNode(root, "roleMappings"))) {
        const permissions = propertyNode(r, "permissions");
        if (permissions?.type !== "object") continue;
        out.push({
          file,
          permissions,
          scope: "managed",
          sandboxEnabled: managedSandbox,
          label: `role ${role}`,
        });
      }
    }
  }
  return out;
}

function listsOf(permissions: JsonNode): { lists: RuleLists; nodes: Map<string, JsonNode> } {
  const lists: Record<string, unknown[]> = {};
  const nodes = new Map<string, JsonNode>();
  for (const behavior of ["allow", "ask", "deny"] as const) {
    const list = propertyNode(permissions, behavior);
    if (list?.type !== "array") continue;
    lists[behavior] = (list.children ?? []).map((child, i) => {
      nodes.set(`${behavior}:${i}`, child);
      return child.type === "string" ? child.value : child.type === "null" ? null : (child.value ?? {});
    });
  }
  return { lists: lists as RuleLists, nodes };
}

export const permissionRules: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const set of ruleSets(policy)) {
    const { lists, nodes } = listsOf(set.permissions);
    const source = set.file.json;
    if (!source) continue;
    // Each entry's source carries its line and column, which map back to its node.
    const byPosition = new Map<string, JsonNode>();
    const sourceOf = (behavior: "allow" | "ask" | "deny", entry: number): RuleSource => {
      const node = nodes.get(`${behavior}:${entry}`);
      const pos = node ? source.position(node.offset) : { line: 0, column: 0 };
      if (node) byPosition.set(`${pos.line}:${pos.column}`, node);
      return { scope: set.scope, file: set.file.path, line: pos.line, column: pos.column };
    };
    const built = buildRules(lists, { scope: set.scope, file: set.file.path }, sourceOf);
    for (const d of built.diagnostics) findings.push(diagnosticFinding(set, nodes, d));
    let analysis: ReturnType<typeof analyseRules>;
    try {
      analysis = analyseRules(built.rules, { sandboxEnabled: set.sandboxEnabled });
    } catch {
      continue;
    }
    for (const a of analysis) {
      const first = a.rules[0];
      const node = first ? byPosition.get(`${first.source.line}:${first.source.column}`) : undefined;
      findings.push(
        findingAt(
          set.file,
          node ? { node } : { node: set.permissions },
          a.id,
          set.label === set.file.path ? a.message : `${set.label}: ${a.message}`,
          a.hint,
          a.severity,
        ),
      );
    }
  }
  return findings;
};

function diagnosticFinding(set: RuleSet, nodes: Map<string, JsonNode>, d: PlacedDiagnostic): Finding {
  const node = nodes.get(`${d.behavior}:${d.entry}`);
  const inString = node?.type === "string" && d.end >= d.start ? { start: d.start, end: d.end } : undefined;
  return findingAt(
    set.file,
    node ? { node, ...(inString ? { inString } : {}) } : { node: set.permissions },
    `permissions/rule-${d.code}`,
    `${set.label === set.file.path ? "" : `${set.label}: `}"${d.text}" (${d.behavior}): ${d.message}`,
    d.hint ?? "Fix or remove the rule.",
    d.severity,
  );
}
