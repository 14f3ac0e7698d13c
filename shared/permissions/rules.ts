/**
 * Turning the `permissions` lists of a settings object into placed rules,
 * with the diagnostics Claude Code would print for the ones it skips.
 */
import { parseRule } from "./parse.js";
import type { PermissionRule, RuleBehavior, RuleDiagnostic, RuleSource } from "./types.js";

/** The three rule lists of a settings file, as plain strings. */
export interface RuleLists {
  readonly allow?: readonly unknown[];
  readonly ask?: readonly unknown[];
  readonly deny?: readonly unknown[];
}

/** A diagnostic for one entry of a rule list. */
export interface PlacedDiagnostic extends RuleDiagnostic {
  readonly behavior: RuleBehavior;
  /** Position of the entry in its list. */
  readonly entry: number;
  readonly text: string;
  readonly source: RuleSource;
}

export interface BuiltRules {
  readonly rules: PermissionRule[];
  readonly diagnostics: PlacedDiagnostic[];
}

/**
 * Parses the lists into rules in evaluation order (deny, ask, allow; each in
 * file order). `sourceOf` places each entry (file/line), defaulting to `source`.
 */
export function buildRules(
  lists: RuleLists,
  source: RuleSource,
  sourceOf?: (behavior: RuleBehavior, entry: number) => RuleSource,
): BuiltRules {
  const rules: PermissionRule[] = [];
  const diagnostics: PlacedDiagnostic[] = [];
  for (const behavior of ["deny", "ask", "allow"] as const) {
    const list = lists[behavior];
    if (!Array.isArray(list)) continue;
    list.forEach((text, entry) => {
      const where = sourceOf ? sourceOf(behavior, entry) : source;
      const parsed = parseRule(text, behavior);
      for (const d of parsed.diagnostics) {
        diagnostics.push({
          ...d,
          behavior,
          entry,
          text: typeof text === "string" ? text : JSON.stringify(text),
          source: where,
        });
      }
      if (parsed.rule) rules.push({ ...parsed.rule, behavior, source: where });
    });
  }
  return { rules, diagnostics };
}

/** Convenience for tests and probes: rules from plain lists with one source. */
export function rulesFrom(lists: RuleLists, source: RuleSource = { scope: "project" }): PermissionRule[] {
  return buildRules(lists, source).rules;
}
