/**
 * The workflow run a message links to, from the environment variables GitHub
 * sets on every runner. Pure: the environment is passed in.
 */
import type { CommonData } from "./events/common.js";

/** `runUrl` and `repository` of the current GitHub Actions run, when known. */
export function runContextFromEnv(env: Readonly<Record<string, string | undefined>>): CommonData {
  const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const repository = env.GITHUB_REPOSITORY?.trim() || undefined;
  const runId = env.GITHUB_RUN_ID?.trim() || undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim();
  const runUrl =
    repository && runId && /^\d+$/.test(runId) && /^https?:\/\//.test(server)
      ? `${server}/${repository}/actions/runs/${runId}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}`
      : undefined;
  return { ...(runUrl ? { runUrl } : {}), ...(repository ? { repository } : {}) };
}
