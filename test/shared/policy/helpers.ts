// Helpers for the policy linter tests: lint in-memory files on a fixed date.
import type { Finding } from "../../../shared/policy/finding.js";
import { lintPolicy } from "../../../shared/policy/lint.js";
import { type RepoSnapshot, snapshotOf } from "../../../shared/policy/snapshot.js";

export const TODAY = "2026-11-25";

export type Files = Record<string, string | { text?: string; executable?: boolean }>;

export function lint(files: Files, options: { today?: string; base?: RepoSnapshot } = {}) {
  return lintPolicy(snapshotOf(files), options.today ?? TODAY, options.base ? { base: options.base } : {});
}

/** The findings of one rule (or rule prefix). */
export function findingsOf(files: Files, ruleId: string, options: { today?: string } = {}): Finding[] {
  return lint(files, options).findings.filter(
    (f) => f.ruleId === ruleId || f.ruleId.startsWith(`${ruleId}/`) || f.ruleId.startsWith(`${ruleId}-`),
  );
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** 1-based line and column of the first occurrence of `needle` (after `after`, if given) in `text`. */
export function pos(text: string, needle: string, after = ""): { line: number; column: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
