/**
 * AWS Secrets Manager as a {@link SecretStore}, through the AWS SDK (its own
 * retry: bounded attempts, backoff, throttling; credentials from the default
 * chain, i.e. the OIDC role `aws-actions/configure-aws-credentials` set up).
 *
 * Stages map to staging labels (AWSCURRENT / AWSPENDING / AWSPREVIOUS). The
 * rotation record lives in a companion secret (default `<secret>/steward-rotation`)
 * holding plain JSON without secrets, so an interrupted rotation can be read
 * back from the store alone.
 */
import { createHash } from "node:crypto";
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  type DescribeSecretCommandOutput,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
  type SecretsManagerClientConfig,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";
import { ConfigurationError } from "../errors.js";
import type { SecretStage, SecretStore, SecretStoreSnapshot, SecretVersionInfo } from "./secret-store.js";
import { type MaskSecret, noMask, SecretValue } from "./secret-value.js";

const LABEL: Record<SecretStage, string> = {
  current: "AWSCURRENT",
  pending: "AWSPENDING",
  previous: "AWSPREVIOUS",
};
const STAGE_OF: Record<string, SecretStage> = {
  AWSCURRENT: "current",
  AWSPENDING: "pending",
  AWSPREVIOUS: "previous",
};

/**
 * The AWS SDK's retry, on shared/http's policy (ARCHITECTURE.md rule 3):
 * bounded attempts, full-jitter exponential backoff, a server's retry-after
 * hint honoured (capped), only transient / throttling / server errors retried.
 * Implements the SDK's RetryStrategyV2; the SDK's middleware waits
 * `getRetryDelay()` before the next attempt.
 */
export function stewardRetryStrategy(options: {
  maxAttempts: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxRetryAfterMs?: number;
  random?: () => number;
}) {
  const base = options.baseDelayMs ?? 500;
  const cap = options.maxDelayMs ?? 20_000;
  const maxAfter = options.maxRetryAfterMs ?? 60_000;
  const random = options.random ?? Math.random;
  const token = (count: number, delay: number) => ({
    getRetryCount: () => count,
    getRetryDelay: () => delay,
  });
  return {
    mode: "standard",
    acquireInitialRetryToken: async (_scope: string) => token(0, 0),
    refreshRetryTokenForRetry: async (
      previous: { getRetryCount(): number },
      info: { errorType: string; retryAfterHint?: Date },
    ) => {
      const count = previous.getRetryCount() + 1;
      if (count >= options.maxAttempts || info.errorType === "CLIENT_ERROR") {
        throw new Error("no more retries");
      }
      const backoff = random() * Math.min(cap, base * 2 ** (count - 1));
      const after = info.retryAfterHint ? Math.max(0, info.retryAfterHint.getTime() - Date.now()) : 0;
      return token(count, Math.round(Math.max(backoff, Math.min(after, maxAfter))));
    },
    recordSuccess: () => {},
  };
}

export interface SecretsManagerClientOptions {
  readonly region?: string;
  /** For tests and VPC endpoints, e.g. `http://127.0.0.1:4566`. */
  readonly endpoint?: string;
  /** Static credentials (tests); default: the SDK's default provider chain. */
  readonly credentials?: SecretsManagerClientConfig["credentials"];
  /** Attempts per call, the first included (SDK standard retry). Default 4. */
  readonly maxAttempts?: number;
  /** Per-attempt socket timeout. Default 10 s. */
  readonly requestTimeoutMs?: number;
  /** Backoff scale (default 500 ms) and cap of an honoured retry-after (default 60 s). Tests pass tiny ones. */
  readonly retryBaseDelayMs?: number;
  readonly maxRetryAfterMs?: number;
}

/** A SecretsManagerClient with Steward's retry and timeout settings. */
export function createSecretsManagerClient(options: SecretsManagerClientOptions = {}): SecretsManagerClient {
  return new SecretsManagerClient({
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    retryStrategy: stewardRetryStrategy({
      maxAttempts: options.maxAttempts ?? 4,
      ...(options.retryBaseDelayMs === undefined ? {} : { baseDelayMs: options.retryBaseDelayMs }),
      ...(options.maxRetryAfterMs === undefined ? {} : { maxRetryAfterMs: options.maxRetryAfterMs }),
    }),
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? 10_000,
      connectionTimeout: options.requestTimeoutMs ?? 10_000,
      throwOnRequestTimeout: true,
    },
  });
}

export interface AwsSecretStoreOptions {
  /** Name or ARN of the secret that holds the API key. */
  readonly secretId: string;
  /** Name of the companion secret for the rotation record. Default `<secretId>/steward-rotation`. */
  readonly recordSecretId?: string;
  readonly client: SecretsManagerClient;
  /** Called with every value the moment it is read (`core.setSecret`). */
  readonly mask?: MaskSecret;
}

function errorName(error: unknown): string {
  return typeof error === "object" && error !== null ? String((error as { name?: unknown }).name ?? "") : "";
}

/** The one translator for this boundary: what the user can fix becomes a ConfigurationError. */
export function translateSecretsManagerError(error: unknown, secretId: string, action: string): unknown {
  const name = errorName(error);
  if (
    name === "AccessDeniedException" ||
    name === "UnrecognizedClientException" ||
    name === "InvalidSignatureException" ||
    name === "ExpiredTokenException" ||
    name === "CredentialsProviderError"
  ) {
    return new ConfigurationError(`AWS Secrets Manager refused to ${action} "${secretId}" (${name}).`, {
      title: "AWS access denied",
      hint: "Check the job's AWS role (aws-actions/configure-aws-credentials) allows secretsmanager:GetSecretValue, PutSecretValue, DescribeSecret, UpdateSecretVersionStage and CreateSecret on the secret and its companion '/steward-rotation' secret.",
      cause: error,
    });
  }
  if (name === "ResourceNotFoundException") {
    return new ConfigurationError(
      `AWS Secrets Manager has no secret "${secretId}" (while trying to ${action}).`,
      {
        title: "Secret not found",
        hint: "Check the secret id and the region (AWS_REGION).",
        cause: error,
      },
    );
  }
  return error;
}

/** A stable 36-char ClientRequestToken (UUID-shaped) derived from some text. */
export function requestTokenFor(text: string): string {
  const h = createHash("sha256").update(text, "utf8").digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export class AwsSecretsManagerStore implements SecretStore {
  readonly kind = "aws-secrets-manager";
  readonly name: string;
  readonly recordSecretId: string;
  readonly #client: SecretsManagerClient;
  readonly #mask: MaskSecret;

  constructor(options: AwsSecretStoreOptions) {
    this.name = options.secretId;
    if (!options.recordSecretId && options.secretId.startsWith("arn:")) {
      throw new ConfigurationError(
        "With a secret ARN, name the companion rotation-record secret explicitly (recordSecretId).",
      );
    }
    this.recordSecretId = options.recordSecretId ?? `${options.secretId}/steward-rotation`;
    this.#client = options.client;
    this.#mask = options.mask ?? noMask;
  }

  async #send<T>(action: string, secretId: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw translateSecretsManagerError(error, secretId, action);
    }
  }

  async describe(): Promise<SecretStoreSnapshot> {
    let out: DescribeSecretCommandOutput;
    try {
      out = await this.#client.send(new DescribeSecretCommand({ SecretId: this.name }));
    } catch (error) {
      if (errorName(error) === "ResourceNotFoundException") return { exists: false, versions: [] };
      throw translateSecretsManagerError(error, this.name, "describe");
    }
    const versions: SecretVersionInfo[] = [];
    for (const [versionId, labels] of Object.entries(out.VersionIdsToStages ?? {})) {
      const stages = labels.map((l) => STAGE_OF[l]).filter((s): s is SecretStage => s !== undefined);
      if (stages.length) versions.push({ versionId, stages });
    }
    return { exists: true, versions };
  }

  async readStage(stage: SecretStage): Promise<{ versionId: string; value: SecretValue } | null> {
    try {
      const out = await this.#client.send(
        new GetSecretValueCommand({ SecretId: this.name, VersionStage: LABEL[stage] }),
      );
      if (out.SecretString === undefined || !out.VersionId) return null;
      this.#mask(out.SecretString);
      return { versionId: out.VersionId, value: new SecretValue(out.SecretString.trim()) };
    } catch (error) {
      if (errorName(error) === "ResourceNotFoundException") return null;
      throw translateSecretsManagerError(error, this.name, "read");
    }
  }

  async readVersion(versionId: string): Promise<SecretValue> {
    const out = await this.#send("read", this.name, () =>
      this.#client.send(new GetSecretValueCommand({ SecretId: this.name, VersionId: versionId })),
    );
    if (out.SecretString === undefined) throw new Error(`Secret version ${versionId} has no string value.`);
    this.#mask(out.SecretString);
    return new SecretValue(out.SecretString.trim());
  }

  async putVersion(
    value: SecretValue,
    token: string,
    stages: readonly SecretStage[],
  ): Promise<{ versionId: string }> {
    const labels = stages.map((s) => LABEL[s]);
    try {
      const out = await this.#client.send(
        new PutSecretValueCommand({
          SecretId: this.name,
          SecretString: value.reveal(),
          ClientRequestToken: token,
          VersionStages: labels,
        }),
      );
      return { versionId: out.VersionId ?? token };
    } catch (error) {
      if (errorName(error) !== "ResourceNotFoundException") {
        throw translateSecretsManagerError(error, this.name, "write");
      }
    }
    // No secret yet: create it empty, then add the value with the stages asked for
    // (so a first key also enters as AWSPENDING and is tested before it becomes current).
    try {
      await this.#client.send(
        new CreateSecretCommand({
          Name: this.name,
          Description: "Anthropic API key managed by Steward (steward keys).",
        }),
      );
    } catch (error) {
      if (errorName(error) !== "ResourceExistsException") {
        throw translateSecretsManagerError(error, this.name, "create");
      }
    }
    const out = await this.#send("write", this.name, () =>
      this.#client.send(
        new PutSecretValueCommand({
          SecretId: this.name,
          SecretString: value.reveal(),
          ClientRequestToken: token,
          VersionStages: labels,
        }),
      ),
    );
    return { versionId: out.VersionId ?? token };
  }

  async #holder(stage: SecretStage): Promise<string | undefined> {
    const snap = await this.describe();
    return snap.versions.find((v) => v.stages.includes(stage))?.versionId;
  }

  async moveStage(stage: SecretStage, versionId: string): Promise<void> {
    const holder = await this.#holder(stage);
    if (holder === versionId) return;
    try {
      await this.#client.send(
        new UpdateSecretVersionStageCommand({
          SecretId: this.name,
          VersionStage: LABEL[stage],
          MoveToVersionId: versionId,
          ...(holder ? { RemoveFromVersionId: holder } : {}),
        }),
      );
    } catch (error) {
      // A retried call whose first attempt landed: accept when the label is where we want it.
      if ((await this.#holder(stage).catch(() => undefined)) === versionId) return;
      throw translateSecretsManagerError(error, this.name, "move a staging label on");
    }
  }

  async removeStage(stage: SecretStage, versionId: string): Promise<void> {
    if ((await this.#holder(stage)) !== versionId) return;
    try {
      await this.#client.send(
        new UpdateSecretVersionStageCommand({
          SecretId: this.name,
          VersionStage: LABEL[stage],
          RemoveFromVersionId: versionId,
        }),
      );
    } catch (error) {
      if ((await this.#holder(stage).catch(() => versionId)) !== versionId) return;
      throw translateSecretsManagerError(error, this.name, "remove a staging label from");
    }
  }

  async readRecord(): Promise<string | null> {
    try {
      const out = await this.#client.send(
        new GetSecretValueCommand({ SecretId: this.recordSecretId, VersionStage: "AWSCURRENT" }),
      );
      return out.SecretString ?? null;
    } catch (error) {
      if (errorName(error) === "ResourceNotFoundException") return null;
      throw translateSecretsManagerError(error, this.recordSecretId, "read");
    }
  }

  async writeRecord(json: string): Promise<void> {
    // The token is derived from the content, and records carry a revision, so a
    // retried write is a no-op and two different writes never share a token.
    const token = requestTokenFor(`record:${json}`);
    try {
      await this.#client.send(
        new PutSecretValueCommand({
          SecretId: this.recordSecretId,
          SecretString: json,
          ClientRequestToken: token,
        }),
      );
      return;
    } catch (error) {
      if (errorName(error) !== "ResourceNotFoundException") {
        throw translateSecretsManagerError(error, this.recordSecretId, "write");
      }
    }
    try {
      await this.#client.send(
        new CreateSecretCommand({
          Name: this.recordSecretId,
          SecretString: json,
          ClientRequestToken: token,
          Description: `Steward key-rotation record for ${this.name} (no secret values).`,
        }),
      );
    } catch (error) {
      // Created by a retried attempt (or a concurrent run): write the value over it.
      if (errorName(error) !== "ResourceExistsException") {
        throw translateSecretsManagerError(error, this.recordSecretId, "create");
      }
      await this.#send("write", this.recordSecretId, () =>
        this.#client.send(
          new PutSecretValueCommand({
            SecretId: this.recordSecretId,
            SecretString: json,
            ClientRequestToken: token,
          }),
        ),
      );
    }
  }
}
