/**
 * GitHub Actions secrets as write-only {@link SecretTarget}s: organization,
 * repository or environment secrets, encrypted with the target's public key
 * (libsodium sealed box) and written through Octokit. GitHub never returns a
 * secret's value, so a write is verified by the secret's `updated_at`.
 *
 * The token needs Secrets: write (a GitHub App installation token or a
 * fine-grained PAT; the workflow's GITHUB_TOKEN cannot write secrets).
 */
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logging.js";
import { encryptForGitHub } from "./sealed-box.js";
import type { SecretTarget } from "./secret-store.js";
import type { SecretValue } from "./secret-value.js";

export type GitHubSecretTargetSpec =
  | { readonly kind: "repo"; readonly owner: string; readonly repo: string; readonly name: string }
  | {
      readonly kind: "environment";
      readonly owner: string;
      readonly repo: string;
      readonly environment: string;
      readonly name: string;
    }
  | {
      readonly kind: "org";
      readonly org: string;
      readonly name: string;
      /** Default "private". */
      readonly visibility?: "all" | "private" | "selected";
      readonly selectedRepositoryIds?: readonly number[];
    };

/** "repo:OWNER/REPO:NAME", "env:OWNER/REPO:ENV:NAME" or "org:ORG:NAME[:all|private|selected]". */
export function parseGitHubTargetSpec(text: string): GitHubSecretTargetSpec {
  const parts = text.trim().split(":");
  const bad = () =>
    new ConfigurationError(`Cannot read the GitHub secret target "${text}".`, {
      hint: 'Write "repo:OWNER/REPO:SECRET", "env:OWNER/REPO:ENVIRONMENT:SECRET" or "org:ORG:SECRET[:all|private|selected]".',
    });
  const name = (n: string | undefined) => {
    if (!n || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n) || /^GITHUB_/i.test(n)) throw bad();
    return n;
  };
  const ownerRepo = (s: string | undefined) => {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(s ?? "");
    if (!m?.[1] || !m[2]) throw bad();
    return { owner: m[1], repo: m[2] };
  };
  switch (parts[0]) {
    case "repo":
      if (parts.length !== 3) throw bad();
      return { kind: "repo", ...ownerRepo(parts[1]), name: name(parts[2]) };
    case "env":
      if (parts.length !== 4 || !parts[2]) throw bad();
      return { kind: "environment", ...ownerRepo(parts[1]), environment: parts[2], name: name(parts[3]) };
    case "org": {
      if ((parts.length !== 3 && parts.length !== 4) || !parts[1]) throw bad();
      const visibility = parts[3] ?? "private";
      if (visibility !== "all" && visibility !== "private" && visibility !== "selected") throw bad();
      return { kind: "org", org: parts[1], name: name(parts[2]), visibility };
    }
    default:
      throw bad();
  }
}

export function describeGitHubTarget(spec: GitHubSecretTargetSpec): { id: string; description: string } {
  switch (spec.kind) {
    case "repo":
      return {
        id: `github:repo:${spec.owner}/${spec.repo}:${spec.name}`,
        description: `repository secret ${spec.name} in ${spec.owner}/${spec.repo}`,
      };
    case "environment":
      return {
        id: `github:env:${spec.owner}/${spec.repo}:${spec.environment}:${spec.name}`,
        description: `environment secret ${spec.name} (${spec.environment}) in ${spec.owner}/${spec.repo}`,
      };
    case "org":
      return {
        id: `github:org:${spec.org}:${spec.name}`,
        description: `organization secret ${spec.name} in ${spec.org}`,
      };
  }
}

/** The Octokit surface we use; any `@octokit/rest` instance has it. */
export type SecretsOctokit = Pick<Octokit, "rest">;

export interface SecretsOctokitOptions {
  readonly auth: string;
  /** Default https://api.github.com; GHES: https://HOST/api/v3. */
  readonly baseUrl?: string;
  readonly logger?: Logger;
  /** Per-attempt timeout. Default 10 s. */
  readonly timeoutMs?: number;
  /** Scale of retry waits (ms per unit; GitHub plugins default 1000). Tests pass 1. */
  readonly retryAfterBaseValue?: number;
  /** Retries per request (plugin-retry). Default 3. */
  readonly retries?: number;
  /** Pace writes one per second as GitHub asks (default true). Tests turn it off. */
  readonly paceWrites?: boolean;
  readonly fetch?: typeof fetch;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);

/**
 * An Octokit with Steward's policy: plugin-retry (5xx, network errors,
 * timeouts), plugin-throttling (429 / secondary limits honour Retry-After,
 * at most 2 retries), a per-attempt timeout.
 */
export function createSecretsOctokit(options: SecretsOctokitOptions): Octokit {
  const baseFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  // A timed-out attempt must look like a network failure (status 500 RequestError) so plugin-retry retries it.
  const timedFetch: typeof fetch = async (input, init) => {
    try {
      return await baseFetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if ((error as { name?: string }).name === "TimeoutError") {
        throw new TypeError("fetch failed", { cause: new Error(`request timed out after ${timeoutMs} ms`) });
      }
      throw error;
    }
  };
  const log = options.logger;
  const noPacing = {
    key: () => ({ schedule: (_o: unknown, fn: (...a: unknown[]) => unknown, ...a: unknown[]) => fn(...a) }),
  };
  return new RetryingOctokit({
    auth: options.auth,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    request: { fetch: timedFetch },
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => log?.debug(`github: ${m}`),
      error: (m: string) => log?.debug(`github: ${m}`),
    },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
    throttle: {
      // biome-ignore lint/suspicious/noExplicitAny: a pass-through limiter in place of Bottleneck.Group
      ...(options.paceWrites === false ? { write: noPacing as any } : {}),
      retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
      onRateLimit: (after: number, _o: unknown, _k: unknown, count: number) => {
        log?.warning(`GitHub rate limit hit; retrying in ${after} s.`);
        return count < 2;
      },
      onSecondaryRateLimit: (after: number, _o: unknown, _k: unknown, count: number) => {
        log?.warning(`GitHub secondary rate limit hit; retrying in ${after} s.`);
        return count < 2;
      },
    },
  });
}

function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown })?.status;
  return typeof s === "number" ? s : undefined;
}

/** The one translator for GitHub secret calls. */
export function translateGitHubError(error: unknown, target: string, action: string): unknown {
  const status = statusOf(error);
  if (status === 401) {
    return new ConfigurationError(`GitHub rejected the token while trying to ${action} ${target} (401).`, {
      title: "GitHub token invalid",
      hint: "Pass a GitHub App installation token or a fine-grained PAT with Secrets: write; it may have expired.",
      cause: error,
    });
  }
  if (status === 403 || status === 404) {
    return new ConfigurationError(
      `GitHub refused to ${action} ${target} (${status}): the token cannot reach it, or it does not exist.`,
      {
        title: "GitHub secret not writable",
        hint: "The workflow's GITHUB_TOKEN cannot write secrets: use a GitHub App (Secrets: write, plus Environments for environment secrets, Organization secrets for org secrets) and check owner, repo and environment names.",
        cause: error,
      },
    );
  }
  return error;
}

/** One GitHub Actions secret as a write-only target. */
export class GitHubSecretTarget implements SecretTarget {
  readonly id: string;
  readonly description: string;
  readonly spec: GitHubSecretTargetSpec;
  readonly #octokit: SecretsOctokit;

  constructor(octokit: SecretsOctokit, spec: GitHubSecretTargetSpec) {
    this.#octokit = octokit;
    this.spec = spec;
    const d = describeGitHubTarget(spec);
    this.id = d.id;
    this.description = d.description;
  }

  async #call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw translateGitHubError(error, this.description, action);
    }
  }

  async #publicKey(): Promise<{ key_id: string; key: string }> {
    const s = this.spec;
    const a = this.#octokit.rest.actions;
    const res = await this.#call("read the public key of", () =>
      s.kind === "repo"
        ? a.getRepoPublicKey({ owner: s.owner, repo: s.repo })
        : s.kind === "environment"
          ? a.getEnvironmentPublicKey({ owner: s.owner, repo: s.repo, environment_name: s.environment })
          : a.getOrgPublicKey({ org: s.org }),
    );
    return res.data;
  }

  async write(value: SecretValue): Promise<void> {
    const { key_id, key } = await this.#publicKey();
    const encrypted_value = encryptForGitHub(value.reveal(), key);
    const s = this.spec;
    const a = this.#octokit.rest.actions;
    await this.#call("write", async () => {
      if (s.kind === "repo") {
        await a.createOrUpdateRepoSecret({
          owner: s.owner,
          repo: s.repo,
          secret_name: s.name,
          encrypted_value,
          key_id,
        });
      } else if (s.kind === "environment") {
        await a.createOrUpdateEnvironmentSecret({
          owner: s.owner,
          repo: s.repo,
          environment_name: s.environment,
          secret_name: s.name,
          encrypted_value,
          key_id,
        });
      } else {
        await a.createOrUpdateOrgSecret({
          org: s.org,
          secret_name: s.name,
          encrypted_value,
          key_id,
          visibility: s.visibility ?? "private",
          ...(s.selectedRepositoryIds ? { selected_repository_ids: [...s.selectedRepositoryIds] } : {}),
        });
      }
    });
  }

  async lastUpdated(): Promise<string | null> {
    const s = this.spec;
    const a = this.#octokit.rest.actions;
    try {
      const res =
        s.kind === "repo"
          ? await a.getRepoSecret({ owner: s.owner, repo: s.repo, secret_name: s.name })
          : s.kind === "environment"
            ? await a.getEnvironmentSecret({
                owner: s.owner,
                repo: s.repo,
                environment_name: s.environment,
                secret_name: s.name,
              })
            : await a.getOrgSecret({ org: s.org, secret_name: s.name });
      return res.data.updated_at;
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw translateGitHubError(error, this.description, "read");
    }
  }
}
