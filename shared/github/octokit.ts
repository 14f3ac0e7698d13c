/**
 * The Octokit every Steward job uses: @octokit/rest with the retry and
 * throttling plugins (ARCHITECTURE.md rule 3: the SDK's own retry policy), a
 * base URL for GitHub Enterprise Server or a test fake, and failures translated
 * into ConfigurationErrors that say what to do.
 */
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logging.js";
import { STEWARD_VERSION } from "../version.js";

const StewardOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof StewardOctokit>;

export interface OctokitOptions {
  readonly token: string;
  /** `GITHUB_API_URL` (https://api.github.com, a GHES URL, or a fake's). */
  readonly baseUrl?: string;
  readonly logger: Logger;
  /** Retries after a rate limit before giving up (default 2). */
  readonly rateLimitRetries?: number;
  /** Scales retry waits down in tests (milliseconds per retry-after second is 1000 by default). */
  readonly retryAfterBaseValue?: number;
}

export function createOctokit(options: OctokitOptions): GitHubClient {
  const retries = options.rateLimitRetries ?? 2;
  return new StewardOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? "https://api.github.com",
    userAgent: `steward/${STEWARD_VERSION}`,
    log: {
      debug: (m: string) => options.logger.debug(m),
      info: (m: string) => options.logger.debug(m),
      warn: (m: string) => options.logger.debug(m),
      error: (m: string) => options.logger.debug(m),
    },
    retry: { retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
    throttle: {
      retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
      onRateLimit: (after: number, opts: { method: string; url: string }, _o: unknown, count: number) => {
        options.logger.warning(`GitHub rate limit hit on ${opts.method} ${opts.url}; retrying in ${after}s.`);
        return count < retries;
      },
      onSecondaryRateLimit: (
        after: number,
        opts: { method: string; url: string },
        _o: unknown,
        count: number,
      ) => {
        options.logger.warning(
          `GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying in ${after}s.`,
        );
        return count < retries;
      },
    },
  });
}

/** Turns GitHub API failures users can fix into ConfigurationErrors (one translator for this boundary). */
export function translateGitHubError(error: unknown, action: string): unknown {
  const status = (error as { status?: number }).status;
  const message = (error as { message?: string }).message ?? "";
  if (status === 401) {
    return new ConfigurationError(
      `GitHub rejected the token while trying to ${action} (401 Bad credentials).`,
      {
        hint: "Check that the github-token input is a valid token for this repository.",
      },
    );
  }
  if (status === 403 && /not accessible by integration|permission/i.test(message)) {
    return new ConfigurationError(`The token may not ${action} (403 ${message}).`, {
      hint: "Grant the job `pull-requests: write` (for PR comments). Pull requests from forks get a read-only token: the comment is skipped there; see the job summary instead.",
    });
  }
  if (status === 404) {
    return new ConfigurationError(`GitHub answered 404 while trying to ${action}.`, {
      hint: "Check the repository and pull request exist and the token can see them.",
    });
  }
  return error;
}
