/**
 * Wiring: builds the rotation's ports (store, key provider, targets) from
 * plain settings. The CLI and the `rotate-key` action both call this; tests
 * pass endpoints of the fakes.
 */
import { ConfigurationError } from "../errors.js";
import type { RetryOptions, RetryPorts } from "../http/retry.js";
import type { Logger } from "../logging.js";
import { AwsSecretsManagerStore, createSecretsManagerClient } from "../secrets/aws-secrets-manager.js";
import {
  createSecretsOctokit,
  GitHubSecretTarget,
  parseGitHubTargetSpec,
} from "../secrets/github-secrets.js";
import type { SecretTarget } from "../secrets/secret-store.js";
import { type MaskSecret, noMask, SecretValue } from "../secrets/secret-value.js";
import { type AdminCredentials, AnthropicAdminClient } from "./anthropic-admin.js";
import type { RotationDeps } from "./rotate.js";

export interface KeysSetup {
  /** AWS Secrets Manager secret (name or ARN) holding the key. */
  readonly secretId: string;
  readonly recordSecretId?: string;
  readonly awsRegion?: string;
  /** e.g. a VPC endpoint, or a fake in tests. */
  readonly awsEndpoint?: string;
  readonly awsCredentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** GitHub secret targets as "repo:OWNER/REPO:NAME", "env:OWNER/REPO:ENV:NAME", "org:ORG:NAME[:visibility]". */
  readonly targets: readonly string[];
  /** Token with Secrets: write (GitHub App installation token or fine-grained PAT). Required with targets. */
  readonly githubToken?: SecretValue;
  readonly githubApiUrl?: string;
  readonly anthropicBaseUrl?: string;
  /** Null when only the store is needed (`keys stage`, `keys status`). */
  readonly adminCredentials: AdminCredentials | null;
  readonly logger: Logger;
  readonly now?: () => Date;
  readonly mask?: MaskSecret;
  /** Retry tuning (tests). */
  readonly retry?: RetryOptions;
  readonly retryPorts?: RetryPorts;
  readonly awsRetry?: {
    maxAttempts?: number;
    requestTimeoutMs?: number;
    retryBaseDelayMs?: number;
    maxRetryAfterMs?: number;
  };
  readonly githubRetry?: {
    retryAfterBaseValue?: number;
    paceWrites?: boolean;
    timeoutMs?: number;
    retries?: number;
  };
}

/** Builds the ports `runRotation` / `stageKey` need. */
export function createRotationDeps(setup: KeysSetup): RotationDeps {
  const mask = setup.mask ?? noMask;
  const client = createSecretsManagerClient({
    ...(setup.awsRegion ? { region: setup.awsRegion } : {}),
    ...(setup.awsEndpoint ? { endpoint: setup.awsEndpoint } : {}),
    ...(setup.awsCredentials ? { credentials: setup.awsCredentials } : {}),
    ...setup.awsRetry,
  });
  const store = new AwsSecretsManagerStore({
    secretId: setup.secretId,
    ...(setup.recordSecretId ? { recordSecretId: setup.recordSecretId } : {}),
    client,
    mask,
  });
  let targets: SecretTarget[] = [];
  if (setup.targets.length) {
    if (!setup.githubToken) {
      throw new ConfigurationError("Writing GitHub secrets needs a token with Secrets: write.", {
        hint: "Pass a GitHub App installation token or fine-grained PAT (GITHUB_SECRETS_TOKEN); the workflow's GITHUB_TOKEN cannot write secrets.",
      });
    }
    const octokit = createSecretsOctokit({
      auth: setup.githubToken.reveal(),
      ...(setup.githubApiUrl ? { baseUrl: setup.githubApiUrl } : {}),
      logger: setup.logger,
      ...setup.githubRetry,
    });
    targets = setup.targets.map((t) => new GitHubSecretTarget(octokit, parseGitHubTargetSpec(t)));
  }
  const provider = setup.adminCredentials
    ? new AnthropicAdminClient({
        credentials: setup.adminCredentials,
        ...(setup.anthropicBaseUrl ? { baseUrl: setup.anthropicBaseUrl } : {}),
        logger: setup.logger,
        ...(setup.retry ? { retry: setup.retry } : {}),
        ...(setup.retryPorts ? { ports: setup.retryPorts } : {}),
      })
    : {
        listKeys: noAdmin,
        getKey: noAdmin,
        setKeyStatus: noAdmin,
        checkKey: noAdmin,
      };
  return { store, provider, targets, now: setup.now ?? (() => new Date()), logger: setup.logger };
}

function noAdmin(): never {
  throw new ConfigurationError("This step needs Anthropic admin credentials.", {
    hint: "Set ANTHROPIC_ADMIN_KEY (an admin key, sk-ant-admin01-...), or use keyless mode with an org:admin federation rule.",
  });
}

/** Reads a secret given as text (stdin or a file): trims it, masks it, wraps it. */
export function readSecretText(text: string, mask: MaskSecret = noMask): SecretValue {
  const value = text.trim();
  if (value) mask(value);
  return new SecretValue(value);
}
