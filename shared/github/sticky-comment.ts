/**
 * One sticky comment per pull request and purpose: found by a hidden marker,
 * updated in place, never duplicated, and kept under GitHub's 65,536-character
 * limit for comment bodies.
 */
import type { GitHubClient } from "./octokit.js";
import { translateGitHubError } from "./octokit.js";

export const COMMENT_LIMIT = 65_536;

export interface StickyTarget {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** Identifies this kind of comment, e.g. `policy-lint`. */
  readonly key: string;
}

export const markerFor = (key: string) => `<!-- steward:${key} -->`;

/**
 * Fits `body` (with the marker appended) under the limit: cuts at a line
 * boundary and appends a note pointing at the job summary.
 */
export function fitComment(body: string, marker: string, limit = COMMENT_LIMIT): string {
  const suffix = `\n${marker}\n`;
  if (body.length + suffix.length <= limit) return `${body}${suffix}`;
  const note =
    "\n\n> The comment was cut to fit GitHub's size limit; the job summary and the JSON report have everything.\n";
  const room = limit - suffix.length - note.length;
  const cut = body.lastIndexOf("\n", room);
  return `${body.slice(0, cut > 0 ? cut : room)}${note}${suffix}`;
}

export interface StickyResult {
  readonly action: "created" | "updated" | "unchanged";
  readonly commentId: number;
}

/** Creates the comment, or updates the one carrying the marker. */
export async function upsertStickyComment(
  octokit: GitHubClient,
  target: StickyTarget,
  body: string,
): Promise<StickyResult> {
  const marker = markerFor(target.key);
  const text = fitComment(body, marker);
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    const mine = comments.find((c) => c.body?.includes(marker));
    if (mine) {
      if (mine.body === text) return { action: "unchanged", commentId: mine.id };
      await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: mine.id,
        body: text,
      });
      return { action: "updated", commentId: mine.id };
    }
    const created = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: text,
    });
    return { action: "created", commentId: created.data.id };
  } catch (error) {
    throw translateGitHubError(error, "comment on the pull request");
  }
}
