/**
 * The rule catalog as data (ARCHITECTURE.md rule 6): every rule id the linter
 * can report, its default severity, a one-line title and its docs page under
 * docs/rules/. A test keeps this list, the rules' code and the docs in step.
 */
import type { Severity } from "../finding.js";

export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
}

export const RULES = [
  { id: "json/syntax", severity: "error", title: "The file is not valid JSON" },
  { id: "json/trailing-comma", severity: "error", title: "Trailing comma in a JSON file" },
  { id: "json/comment", severity: "error", title: "Comment in a JSON file" },
  { id: "json/duplicate-key", severity: "error", title: "Duplicate key in a JSON object" },
  { id: "json/bom", severity: "error", title: "Byte order mark at the start of a JSON file" },
  { id: "json/empty", severity: "error", title: "Empty JSON file" },
  { id: "json/multiple-values", severity: "error", title: "More than one top-level JSON value" },
  { id: "file/unreadable", severity: "error", title: "A policy file could not be read" },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]["id"];

const byId = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}

/** Where a rule's documentation lives, relative to the repository root. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id.replace("/", "-")}.md`;
}
