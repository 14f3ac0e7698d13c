/** The JSON report: a versioned, documented shape for machines. */
import type { LintReport } from "../lint.js";

export const LINT_REPORT_SCHEMA_VERSION = 1;

export function renderLintJson(report: LintReport, toolVersion: string): string {
  return `${JSON.stringify(
    {
      schemaVersion: LINT_REPORT_SCHEMA_VERSION,
      tool: { name: "steward", version: toolVersion },
      root: report.root,
      files: report.files,
      counts: report.counts,
      findings: report.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
        ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
        message: f.message,
        ...(f.hint ? { hint: f.hint } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}
