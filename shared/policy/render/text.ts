/** Terminal output: `file:line:col  severity  message  [rule]`, coloured on a TTY only. */
import type { Finding, FindingCounts } from "../finding.js";
import type { LintReport } from "../lint.js";

const colours = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  note: "\u001b[36m",
  dim: "\u001b[2m",
  bold: "\u001b[1m",
  reset: "\u001b[0m",
};

export function renderLintText(report: LintReport, options: { colour: boolean }): string {
  const c = (k: keyof typeof colours, s: string) =>
    options.colour ? `${colours[k]}${s}${colours.reset}` : s;
  const lines: string[] = [];
  for (const f of report.findings) {
    const where = f.line > 0 ? `${f.file}:${f.line}:${f.column}` : f.file;
    lines.push(
      `${c("bold", where)}  ${c(f.severity, f.severity)}  ${f.message}  ${c("dim", `[${f.ruleId}]`)}`,
    );
    if (f.hint) lines.push(`    ${c("dim", `fix: ${f.hint}`)}`);
  }
  if (lines.length > 0) lines.push("");
  lines.push(summaryLine(report.counts, report.files.length));
  return `${lines.join("\n")}\n`;
}

export function summaryLine(counts: FindingCounts, files: number): string {
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return `${plural(files, "file")} checked: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}.`;
}

/** One finding as a single line, for lists. */
export function findingLine(f: Finding): string {
  return `${f.file}${f.line > 0 ? `:${f.line}:${f.column}` : ""} ${f.severity} ${f.message} [${f.ruleId}]`;
}
