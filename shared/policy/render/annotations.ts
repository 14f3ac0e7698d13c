/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
 * (peers.md §0). Findings are sorted most severe first; the first 10 of each
 * severity become annotations, the rest are listed in the job summary.
 */
import type { Finding, Severity } from "../finding.js";

export const ANNOTATIONS_PER_SEVERITY = 10;

export function splitForAnnotations(
  findings: readonly Finding[],
  budget: Readonly<Record<Severity, number>> = {
    error: ANNOTATIONS_PER_SEVERITY,
    warning: ANNOTATIONS_PER_SEVERITY,
    note: ANNOTATIONS_PER_SEVERITY,
  },
): {
  annotated: Finding[];
  overflow: Finding[];
} {
  const used: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const annotated: Finding[] = [];
  const overflow: Finding[] = [];
  for (const f of findings) {
    if (used[f.severity] < budget[f.severity]) {
      used[f.severity]++;
      annotated.push(f);
    } else {
      overflow.push(f);
    }
  }
  return { annotated, overflow };
}
