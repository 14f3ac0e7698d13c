/** policy-lint: read inputs, lint, write annotations, summary and outputs. */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type ActionContext, runAction } from "../../shared/github/run-action.js";
import { failsAt } from "../../shared/policy/finding.js";
import { lintPolicyDirectory } from "../../shared/policy/lint.js";
import { ANNOTATIONS_PER_SEVERITY, splitForAnnotations } from "../../shared/policy/render/annotations.js";
import { renderLintMarkdown } from "../../shared/policy/render/markdown.js";
import { renderLintJson } from "../../shared/policy/render/report-json.js";
import { summaryLine } from "../../shared/policy/render/text.js";
import { STEWARD_VERSION } from "../../shared/version.js";
import { parseInputs } from "./inputs.js";

export async function lintAction(ctx: ActionContext): Promise<void> {
  const inputs = parseInputs(ctx.getInput);
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  const root = resolve(workspace, inputs.path);
  const report = await lintPolicyDirectory(root, ctx.logger);

  // Annotation paths are relative to the repository root, not the linted folder.
  const prefix = inputs.path === "." ? "" : `${inputs.path.replace(/^\.\/|\/$/g, "")}/`;
  // One error annotation is kept for the step's own failure message.
  const willFail = failsAt(report.counts, inputs.failOn);
  const { annotated, overflow } = splitForAnnotations(report.findings, {
    error: willFail ? ANNOTATIONS_PER_SEVERITY - 1 : ANNOTATIONS_PER_SEVERITY,
    warning: ANNOTATIONS_PER_SEVERITY,
    note: ANNOTATIONS_PER_SEVERITY,
  });
  for (const f of annotated) {
    const location = {
      file: `${prefix}${f.file}`,
      ...(f.line > 0 ? { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn } : {}),
      title: f.ruleId,
    };
    const text = f.hint ? `${f.message} Fix: ${f.hint}` : f.message;
    if (f.severity === "error") ctx.logger.error(text, location);
    else if (f.severity === "warning") ctx.logger.warning(text, location);
    else ctx.logger.notice(text, location);
  }
  ctx.logger.info(summaryLine(report.counts, report.files.length));
  await ctx.appendSummary(renderLintMarkdown(report, { overflowOnly: overflow }));

  ctx.setOutput("errors", report.counts.error);
  ctx.setOutput("warnings", report.counts.warning);
  ctx.setOutput("notes", report.counts.note);
  if (inputs.reportFile) {
    const out = resolve(workspace, inputs.reportFile);
    await writeFile(out, renderLintJson(report, STEWARD_VERSION));
    ctx.setOutput("report-file", out);
  }
  if (willFail) {
    ctx.fail(
      `Policy lint found ${report.counts.error} errors and ${report.counts.warning} warnings (fail-on: ${inputs.failOn}).`,
    );
  }
}

export function run(): Promise<void> {
  return runAction("policy-lint", lintAction);
}
