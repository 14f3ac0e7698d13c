/** What a job knows about its run from the runner's environment and event payload. */
import { readFile } from "node:fs/promises";
import { ConfigurationError } from "../errors.js";

export interface EventContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  /** The pull request number on pull_request / pull_request_target events. */
  readonly pullRequest?: number;
  /** True when the pull request comes from a fork (its token is read-only). */
  readonly fromFork: boolean;
  readonly runUrl?: string;
  readonly apiUrl: string;
  readonly payload: Record<string, unknown>;
}

export async function readEventContext(
  env: Readonly<Record<string, string | undefined>>,
): Promise<EventContext> {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigurationError(`Could not read the event payload at ${env.GITHUB_EVENT_PATH}.`, {
        cause: error,
      });
    }
  }
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "/").split("/");
  const pr = payload.pull_request as
    | { number?: number; head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } }
    | undefined;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    ...(typeof pr?.number === "number" ? { pullRequest: pr.number } : {}),
    fromFork: Boolean(pr?.head?.repo?.full_name && pr.head.repo.full_name !== pr.base?.repo?.full_name),
    ...(env.GITHUB_RUN_ID ? { runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    payload,
  };
}
