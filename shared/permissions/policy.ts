/**
 * Effective-permission matrices and policy diffs over the probe set: what
 * the PR comment shows per role.
 */
import type { RuleRef } from "./analyse.js";
import { compileRules, decide } from "./match.js";
import { PROBE_HOME, PROBES, type Probe } from "./probes.js";
import type { Decision, MatchContext, PermissionRule } from "./types.js";

/** The effective rules of one role. */
export interface RolePolicy {
  readonly role: string;
  /** In evaluation order (org rules first). */
  readonly rules: readonly PermissionRule[];
  readonly sandboxEnabled?: boolean;
}

export interface ProbeResult {
  readonly probe: Probe;
  readonly decision: Decision;
  readonly rule: RuleRef | undefined;
}

const refOf = (r: PermissionRule | undefined): RuleRef | undefined =>
  r ? { text: r.text, behavior: r.behavior, source: r.source } : undefined;

/** Evaluates every probe against one rule set. */
export function evaluateProbes(
  rules: readonly PermissionRule[],
  probes: readonly Probe[] = PROBES,
  context: MatchContext = { home: PROBE_HOME },
): ProbeResult[] {
  const compiled = compileRules(rules);
  return probes.map((probe) => {
    const result = decide(compiled, probe.call, context);
    return { probe, decision: result.decision, rule: refOf(result.rule) };
  });
}

export interface PermissionMatrix {
  readonly roles: readonly string[];
  readonly rows: readonly { readonly probe: Probe; readonly cells: readonly ProbeResult[] }[];
}

/** The effective-permission matrix: one row per probe, one cell per role (in `roles` order). */
export function permissionMatrix(
  roles: readonly RolePolicy[],
  probes: readonly Probe[] = PROBES,
): PermissionMatrix {
  const columns = roles.map((r) => evaluateProbes(r.rules, probes));
  return {
    roles: roles.map((r) => r.role),
    rows: probes.map((probe, i) => ({ probe, cells: columns.map((c) => c[i] as ProbeResult) })),
  };
}

export interface ProbeChange {
  readonly probe: Probe;
  readonly before: Decision;
  readonly after: Decision;
  readonly beforeRule: RuleRef | undefined;
  readonly afterRule: RuleRef | undefined;
}

export interface RoleDiff {
  readonly role: string;
  readonly status: "added" | "removed" | "changed" | "unchanged";
  readonly changes: readonly ProbeChange[];
  readonly rulesAdded: readonly RuleRef[];
  readonly rulesRemoved: readonly RuleRef[];
}

export interface PolicyDiff {
  readonly roles: readonly RoleDiff[];
}

function ruleMultiset(rules: readonly PermissionRule[]): Map<string, PermissionRule[]> {
  const map = new Map<string, PermissionRule[]>();
  for (const r of rules) {
    const key = `${r.behavior}\u0000${r.text}`;
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return map;
}

function ruleDelta(base: readonly PermissionRule[], head: readonly PermissionRule[]) {
  const b = ruleMultiset(base);
  const h = ruleMultiset(head);
  const added: RuleRef[] = [];
  const removed: RuleRef[] = [];
  for (const [key, list] of h) {
    const before = b.get(key)?.length ?? 0;
    for (const r of list.slice(before)) added.push(refOf(r) as RuleRef);
  }
  for (const [key, list] of b) {
    const after = h.get(key)?.length ?? 0;
    for (const r of list.slice(after)) removed.push(refOf(r) as RuleRef);
  }
  return { added, removed };
}

/**
 * Diffs two policies role by role: probes whose decision changed and the
 * rules added or removed. A role present on one side only is compared with
 * an empty rule set. Roles come sorted by name.
 */
export function diffPolicies(
  base: readonly RolePolicy[],
  head: readonly RolePolicy[],
  probes: readonly Probe[] = PROBES,
): PolicyDiff {
  const names = [...new Set([...base.map((r) => r.role), ...head.map((r) => r.role)])].sort();
  const roles = names.map((role): RoleDiff => {
    const b = base.find((r) => r.role === role);
    const h = head.find((r) => r.role === role);
    const before = evaluateProbes(b?.rules ?? [], probes);
    const after = evaluateProbes(h?.rules ?? [], probes);
    const changes: ProbeChange[] = [];
    before.forEach((x, i) => {
      const y = after[i] as ProbeResult;
      if (x.decision !== y.decision) {
        changes.push({
          probe: x.probe,
          before: x.decision,
          after: y.decision,
          beforeRule: x.rule,
          afterRule: y.rule,
        });
      }
    });
    const { added, removed } = ruleDelta(b?.rules ?? [], h?.rules ?? []);
    const status = !b
      ? "added"
      : !h
        ? "removed"
        : changes.length || added.length || removed.length
          ? "changed"
          : "unchanged";
    return { role, status, changes, rulesAdded: added, rulesRemoved: removed };
  });
  return { roles };
}

const RANK: Readonly<Record<Decision, number>> = { deny: 0, ask: 1, none: 2, allow: 3 };

/** True when the change makes the call easier (deny -> ask -> none -> allow). */
export function isLoosening(change: ProbeChange): boolean {
  return RANK[change.after] > RANK[change.before];
}

const loc = (r: RuleRef | undefined) =>
  r
    ? `\`${r.text}\`${r.source.file ? ` (${r.source.file}${r.source.line ? `:${r.source.line}` : ""})` : ""}`
    : "no rule";

/** Renders a diff as Markdown (the PR comment body section). */
export function renderPolicyDiffMarkdown(diff: PolicyDiff): string {
  const out: string[] = [];
  const changed = diff.roles.filter((r) => r.status !== "unchanged");
  if (changed.length === 0) return "No effective permission changes for any role.\n";
  for (const role of changed) {
    out.push(
      `### Role \`${role.role}\`${role.status === "added" ? " (new)" : role.status === "removed" ? " (removed)" : ""}`,
      "",
    );
    if (role.changes.length > 0) {
      out.push("| probe | before | after | deciding rule (after) |", "|---|---|---|---|");
      for (const c of role.changes) {
        const mark = isLoosening(c) ? " ⚠️" : "";
        out.push(
          `| ${c.probe.title} (\`${c.probe.id}\`) | ${c.before} | **${c.after}**${mark} | ${loc(c.afterRule ?? c.beforeRule)} |`,
        );
      }
      out.push("");
    } else out.push("No probe changed its decision.", "");
    for (const r of role.rulesAdded) out.push(`- added ${r.behavior} ${loc(r)}`);
    for (const r of role.rulesRemoved) out.push(`- removed ${r.behavior} ${loc(r)}`);
    if (role.rulesAdded.length || role.rulesRemoved.length) out.push("");
  }
  return `${out.join("\n")}\n`;
}

/** Renders a diff as plain text for a terminal. */
export function renderPolicyDiffText(diff: PolicyDiff): string {
  const out: string[] = [];
  for (const role of diff.roles) {
    if (role.status === "unchanged") {
      out.push(`role ${role.role}: unchanged`);
      continue;
    }
    out.push(`role ${role.role}: ${role.status}`);
    for (const c of role.changes) {
      out.push(
        `  ${c.probe.id}: ${c.before} -> ${c.after}${isLoosening(c) ? " (looser)" : ""}  [${loc(c.afterRule ?? c.beforeRule)}]`,
      );
    }
    for (const r of role.rulesAdded) out.push(`  + ${r.behavior} ${loc(r)}`);
    for (const r of role.rulesRemoved) out.push(`  - ${r.behavior} ${loc(r)}`);
  }
  return `${out.join("\n")}\n`;
}
