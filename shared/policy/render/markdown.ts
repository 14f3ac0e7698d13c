/** The job summary: counts, then a table of findings (capped so the summary stays readable). */
import type { Finding } from "../finding.js";
import type { LintReport } from "../lint.js";
import { ruleDocPath } from "../rules/catalog.js";

const MAX_ROWS = 200;

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}

const icon = { error: "🔴 error", warning: "🟠 warning", note: "🔵 note" } as const;

export function renderLintMarkdown(
  report: LintReport,
  options: { title?: string; docsBaseUrl?: string; overflowOnly?: readonly Finding[] } = {},
): string {
  const { counts } = report;
  const out: string[] = [];
  out.push(`## ${options.title ?? "Steward policy lint"}`);
  out.push("");
  const verdict = counts.error > 0 ? "❌" : counts.warning > 0 ? "⚠️" : "✅";
  out.push(
    `${verdict} **${counts.error}** errors, **${counts.warning}** warnings, **${counts.note}** notes in ${report.files.length} files.`,
  );
  out.push("");
  const rows = report.findings;
  if (rows.length === 0) return `${out.join("\n")}\n`;
  out.push("| Severity | Location | Finding | Rule |");
  out.push("|---|---|---|---|");
  for (const f of rows.slice(0, MAX_ROWS)) {
    const where = f.line > 0 ? `${f.file}:${f.line}:${f.column}` : f.file;
    const rule = options.docsBaseUrl
      ? `[${f.ruleId}](${options.docsBaseUrl}/${ruleDocPath(f.ruleId)})`
      : f.ruleId;
    const text = f.hint ? `${cell(f.message)}<br>**Fix:** ${cell(f.hint)}` : cell(f.message);
    out.push(`| ${icon[f.severity]} | \`${cell(where)}\` | ${text} | ${rule} |`);
  }
  if (rows.length > MAX_ROWS) {
    out.push("");
    out.push(`…and ${rows.length - MAX_ROWS} more; the JSON report lists every finding.`);
  }
  if (options.overflowOnly && options.overflowOnly.length > 0) {
    out.push("");
    out.push(
      `> GitHub shows only 10 annotations of each severity per step; ${options.overflowOnly.length} more findings are in the table above.`,
    );
  }
  return `${out.join("\n")}\n`;
}
