/** What the linter reports: one finding per problem, pinned to a file and line. */

export type Severity = "error" | "warning" | "note";

export interface Finding {
  /** Stable rule id, e.g. `json/trailing-comma` (see docs/rules/). */
  readonly ruleId: string;
  readonly severity: Severity;
  /** Path relative to the linted directory, with `/` separators. */
  readonly file: string;
  /** 1-based; 0 when the finding is about the file as a whole. */
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** What is wrong and why it matters. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Most severe first, then by file, line, column and rule: a stable order for every output. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    rank[a.severity] - rank[b.severity] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly note: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export type FailOn = "error" | "warning" | "never";

/** True when the findings should fail the run under the `fail-on` threshold. */
export function failsAt(counts: FindingCounts, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  if (failOn === "warning") return counts.error + counts.warning > 0;
  return counts.error > 0;
}
