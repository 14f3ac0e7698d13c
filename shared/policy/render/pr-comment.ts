/**
 * The sticky PR comment: the verdict, the findings (most severe first), and
 * what the change grants or takes away, per role, from the permission engine.
 */
import type { PolicyDiff } from "../../permissions/index.js";
import { isLoosening, renderPolicyDiffMarkdown } from "../../permissions/index.js";
import type { LintReport } from "../lint.js";
import { cell } from "./markdown.js";

const MAX_FINDINGS = 50;

export interface PrCommentInput {
  readonly report: LintReport;
  /** The effective-permission diff between base and head, when the base was available. */
  readonly diff?: PolicyDiff;
  readonly runUrl?: string;
  /** Prefix of file paths relative to the repository root. */
  readonly pathPrefix?: string;
}

export function renderPrComment(input: PrCommentInput): string {
  const { report, diff } = input;
  const c = report.counts;
  const out: string[] = [];
  const verdict =
    c.error > 0
      ? "❌ Policy check failed"
      : c.warning > 0
        ? "⚠️ Policy check passed with warnings"
        : "✅ Policy check passed";
  out.push(`## ${verdict}`, "");
  out.push(
    `**${c.error}** errors · **${c.warning}** warnings · **${c.note}** notes in ${report.files.length} files.`,
  );
  if (diff) {
    const loosened = diff.roles.flatMap((r) => r.changes.filter(isLoosening).map(() => r.role));
    const roles = new Set(loosened);
    out.push(
      "",
      loosened.length > 0
        ? `🔓 This change **grants more** in ${loosened.length} sensitive probe${loosened.length === 1 ? "" : "s"} for ${roles.size} role${roles.size === 1 ? "" : "s"}: review the permission changes below.`
        : "No role gains access to any sensitive probe.",
    );
  }
  out.push("");
  if (report.findings.length > 0) {
    out.push("### Findings", "", "| | Location | Finding | Rule |", "|---|---|---|---|");
    for (const f of report.findings.slice(0, MAX_FINDINGS)) {
      const where = `${input.pathPrefix ?? ""}${f.file}${f.line > 0 ? `:${f.line}` : ""}`;
      const icon = f.severity === "error" ? "🔴" : f.severity === "warning" ? "🟠" : "🔵";
      out.push(
        `| ${icon} | \`${cell(where)}\` | ${cell(f.message)}${f.hint ? `<br>**Fix:** ${cell(f.hint)}` : ""} | \`${f.ruleId}\` |`,
      );
    }
    if (report.findings.length > MAX_FINDINGS) {
      out.push("", `…and ${report.findings.length - MAX_FINDINGS} more in the job summary.`);
    }
    out.push("");
  }
  if (diff) {
    out.push("### Effective permissions, per role (base → head)", "");
    out.push(
      "<details open><summary>Sensitive tool calls whose decision changed</summary>",
      "",
      renderPolicyDiffMarkdown(diff),
      "</details>",
      "",
    );
  } else {
    out.push(
      "_The base of the pull request was not available, so the per-role permission diff is not shown._",
      "",
    );
  }
  if (input.runUrl) out.push(`[Full report in the workflow run](${input.runUrl})`);
  return `${out.join("\n")}\n`;
}
