/**
 * The policy PR check as a job: lint, annotate (within GitHub's budget),
 * summarise, write the JSON report and SARIF, and keep one sticky comment on
 * the pull request with the findings and the per-role permission diff.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { getErrorMessage } from "../errors.js";
import { diffPolicyDirectories } from "../permissions/diff-directories.js";
import type { PolicyDiff } from "../permissions/index.js";
import { type FailOn, failsAt } from "../policy/finding.js";
import { lintPolicyDirectory } from "../policy/lint.js";
import { ANNOTATIONS_PER_SEVERITY, splitForAnnotations } from "../policy/render/annotations.js";
import { renderLintMarkdown } from "../policy/render/markdown.js";
import { renderPrComment } from "../policy/render/pr-comment.js";
import { renderLintJson } from "../policy/render/report-json.js";
import { renderSarif } from "../policy/render/sarif.js";
import { summaryLine } from "../policy/render/text.js";
import { loadSnapshot } from "../policy/snapshot.js";
import { STEWARD_VERSION } from "../version.js";
import { readEventContext } from "./event-context.js";
import { createOctokit } from "./octokit.js";
import type { ActionContext } from "./run-action.js";
import { upsertStickyComment } from "./sticky-comment.js";

export interface PolicyLintJobOptions {
  readonly path: string;
  readonly failOn: FailOn;
  readonly reportFile?: string | undefined;
  readonly sarifFile?: string | undefined;
  readonly basePath?: string | undefined;
  readonly comment: "auto" | "always" | "never";
  readonly githubToken?: string | undefined;
}

export async function runPolicyLintJob(ctx: ActionContext, options: PolicyLintJobOptions): Promise<void> {
  if (options.githubToken) ctx.setSecret(options.githubToken);
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  const root = resolve(workspace, options.path);
  const baseDir = options.basePath ? resolve(workspace, options.basePath) : undefined;
  const base = baseDir ? await loadSnapshot(baseDir).catch(() => undefined) : undefined;
  const report = await lintPolicyDirectory(root, ctx.logger, { now: ctx.now, ...(base ? { base } : {}) });
  const event = await readEventContext(ctx.env);

  // Annotation paths are relative to the repository root, not the linted folder.
  const prefix = options.path === "." ? "" : `${options.path.replace(/^\.\/|\/$/g, "")}/`;
  // One error annotation is kept for the step's own failure message.
  const willFail = failsAt(report.counts, options.failOn);
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

  let diff: PolicyDiff | undefined;
  if (baseDir) diff = await diffPolicyDirectories(baseDir, root);
  await ctx.appendSummary(renderLintMarkdown(report, { overflowOnly: overflow }));

  ctx.setOutput("errors", report.counts.error);
  ctx.setOutput("warnings", report.counts.warning);
  ctx.setOutput("notes", report.counts.note);
  if (options.reportFile) {
    const out = resolve(workspace, options.reportFile);
    await writeFile(out, renderLintJson(report, STEWARD_VERSION));
    ctx.setOutput("report-file", out);
  }
  if (options.sarifFile) {
    const out = resolve(workspace, options.sarifFile);
    await writeFile(out, renderSarif(report, { toolVersion: STEWARD_VERSION, pathPrefix: prefix }));
    ctx.setOutput("sarif-file", out);
  }

  const wantComment =
    options.comment === "always" || (options.comment === "auto" && event.pullRequest !== undefined);
  if (wantComment) {
    if (event.pullRequest === undefined) {
      ctx.logger.warning(
        "comment: always was set, but this run is not for a pull request; no comment was posted.",
      );
    } else if (!options.githubToken) {
      ctx.logger.warning("No github-token: the pull request comment was skipped.");
    } else {
      const octokit = createOctokit({
        token: options.githubToken,
        baseUrl: event.apiUrl,
        logger: ctx.logger,
      });
      const body = renderPrComment({ report, diff, runUrl: event.runUrl, pathPrefix: prefix });
      try {
        const r = await upsertStickyComment(
          octokit,
          { owner: event.owner, repo: event.repo, issueNumber: event.pullRequest, key: "policy-lint" },
          body,
        );
        ctx.setOutput("comment-id", r.commentId);
        ctx.logger.info(`Pull request comment ${r.action} (id ${r.commentId}).`);
      } catch (error) {
        // A fork's read-only token cannot comment: say so, keep the check's verdict.
        if (event.fromFork)
          ctx.logger.warning(`Could not comment on a pull request from a fork: ${getErrorMessage(error)}`);
        else throw error;
      }
    }
  }
  if (willFail) {
    ctx.fail(
      `Policy lint found ${report.counts.error} errors and ${report.counts.warning} warnings (fail-on: ${options.failOn}).`,
    );
  }
}
