/**
 * A fake AWS Secrets Manager speaking the AWS JSON 1.1 protocol strictly:
 * `POST /`, `Content-Type: application/x-amz-json-1.1`,
 * `X-Amz-Target: secretsmanager.<Op>`, a SigV4 `Authorization` header, and
 * errors as `400 {"__type": "...", "message": "..."}`.
 *
 * Ops: CreateSecret, GetSecretValue, PutSecretValue, DescribeSecret,
 * UpdateSecretVersionStage, ListSecretVersionIds, with the real staging-label
 * rules (one version per label; moving AWSCURRENT moves AWSPREVIOUS onto the
 * old version) and `ClientRequestToken` idempotency (same token + same value:
 * ignored; same token + other value: ResourceExistsException).
 */
import {
  FakeHttpServer,
  type FakeRequest,
  type FakeResponse,
  type FakeService,
  FaultInjector,
  reject,
} from "../shared/secrets/fake-http-server.js";

interface Version {
  readonly id: string;
  readonly value: string;
  readonly stages: Set<string>;
  readonly created: number;
}
interface Secret {
  readonly name: string;
  readonly arn: string;
  readonly versions: Map<string, Version>;
}

const CT = "application/x-amz-json-1.1";
const OPS = new Set([
  "CreateSecret",
  "GetSecretValue",
  "PutSecretValue",
  "DescribeSecret",
  "UpdateSecretVersionStage",
  "ListSecretVersionIds",
]);

class AwsError {
  constructor(
    readonly type: string,
    readonly message: string,
  ) {}
}

function ok(body: unknown): FakeResponse {
  return { status: 200, headers: { "content-type": CT }, body: JSON.stringify(body) };
}

export class FakeSecretsManager implements FakeService {
  readonly name = "secrets-manager";
  readonly secrets = new Map<string, Secret>();
  readonly server: FakeHttpServer;
  /** Called after every change of staging labels (for invariant checks). */
  onChange: (secret: string) => void = () => {};
  #clock = 1_700_000_000;

  constructor(injector = new FaultInjector()) {
    this.server = new FakeHttpServer(this, injector);
  }

  listen(): Promise<string> {
    return this.server.listen();
  }
  close(): Promise<void> {
    return this.server.close();
  }

  serverError(): FakeResponse {
    return {
      status: 500,
      headers: { "content-type": CT },
      body: JSON.stringify({
        __type: "InternalServiceError",
        message: "An error occurred on the server side.",
      }),
    };
  }
  throttled(): FakeResponse {
    return {
      status: 429,
      headers: { "content-type": CT, "retry-after": "1" },
      body: JSON.stringify({ __type: "ThrottlingException", message: "Rate exceeded" }),
    };
  }

  operation(req: FakeRequest): string {
    const target = String(req.headers["x-amz-target"] ?? "");
    const bad = (message: string) => reject(400, { __type: "InvalidRequestException", message });
    if (req.method !== "POST" || req.url.pathname !== "/")
      throw bad(`unexpected ${req.method} ${req.url.pathname}`);
    if (req.headers["content-type"] !== CT) throw bad(`content-type must be ${CT}`);
    if (!String(req.headers.authorization ?? "").startsWith("AWS4-HMAC-SHA256 Credential=")) {
      throw reject(400, {
        __type: "MissingAuthenticationTokenException",
        message: "Missing Authentication Token",
      });
    }
    const op = target.startsWith("secretsmanager.") ? target.slice("secretsmanager.".length) : "";
    if (!OPS.has(op)) throw reject(400, { __type: "UnknownOperationException", message: target });
    return op;
  }

  handle(req: FakeRequest, op: string): FakeResponse {
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(req.body || "{}");
    } catch {
      return reject(400, { __type: "SerializationException", message: "body is not JSON" });
    }
    try {
      return ok(this.#dispatch(op, input));
    } catch (error) {
      if (error instanceof AwsError) {
        return {
          status: 400,
          headers: { "content-type": CT, "x-amzn-errortype": error.type },
          body: JSON.stringify({ __type: error.type, message: error.message }),
        };
      }
      throw error;
    }
  }

  #find(id: unknown): Secret {
    const s = [...this.secrets.values()].find((x) => x.name === id || x.arn === id);
    if (!s)
      throw new AwsError("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
    return s;
  }

  #holder(s: Secret, stage: string): Version | undefined {
    return [...s.versions.values()].find((v) => v.stages.has(stage));
  }

  /** Puts `stage` on `to`, with AWSCURRENT's move dragging AWSPREVIOUS along. */
  #attach(s: Secret, stage: string, to: Version): void {
    const from = this.#holder(s, stage);
    if (from === to) return;
    from?.stages.delete(stage);
    to.stages.add(stage);
    if (stage === "AWSCURRENT" && from) {
      this.#holder(s, "AWSPREVIOUS")?.stages.delete("AWSPREVIOUS");
      from.stages.add("AWSPREVIOUS");
    }
  }

  #token(input: Record<string, unknown>): string {
    const t = input.ClientRequestToken;
    if (typeof t !== "string" || t.length < 32 || t.length > 64) {
      throw new AwsError("InvalidParameterException", "ClientRequestToken must be 32-64 characters.");
    }
    return t;
  }

  #dispatch(op: string, input: Record<string, unknown>): unknown {
    switch (op) {
      case "CreateSecret": {
        const name = input.Name;
        if (typeof name !== "string" || !/^[A-Za-z0-9/_+=.@-]{1,512}$/.test(name)) {
          throw new AwsError("InvalidParameterException", "Invalid name.");
        }
        if ([...this.secrets.values()].some((x) => x.name === name)) {
          throw new AwsError(
            "ResourceExistsException",
            `The operation failed because the secret ${name} already exists.`,
          );
        }
        const token = this.#token(input);
        const arn = `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`;
        const secret: Secret = { name, arn, versions: new Map() };
        this.secrets.set(name, secret);
        if (typeof input.SecretString === "string") {
          secret.versions.set(token, {
            id: token,
            value: input.SecretString,
            stages: new Set(["AWSCURRENT"]),
            created: this.#clock++,
          });
        }
        this.onChange(name);
        return { ARN: arn, Name: name, VersionId: token };
      }
      case "GetSecretValue": {
        const s = this.#find(input.SecretId);
        let v: Version | undefined;
        if (typeof input.VersionId === "string") {
          v = s.versions.get(input.VersionId);
          if (v && typeof input.VersionStage === "string" && !v.stages.has(input.VersionStage)) v = undefined;
        } else {
          v = this.#holder(s, typeof input.VersionStage === "string" ? input.VersionStage : "AWSCURRENT");
        }
        if (!v) {
          throw new AwsError(
            "ResourceNotFoundException",
            `Secrets Manager can't find the specified secret value for ${input.VersionId ? `VersionId: ${input.VersionId}` : `staging label: ${input.VersionStage ?? "AWSCURRENT"}`}`,
          );
        }
        return {
          ARN: s.arn,
          Name: s.name,
          VersionId: v.id,
          SecretString: v.value,
          VersionStages: [...v.stages],
          CreatedDate: v.created,
        };
      }
      case "PutSecretValue": {
        const s = this.#find(input.SecretId);
        const token = this.#token(input);
        if (typeof input.SecretString !== "string") {
          throw new AwsError(
            "InvalidParameterException",
            "You must provide either SecretString or SecretBinary.",
          );
        }
        const existing = s.versions.get(token);
        if (existing) {
          if (existing.value !== input.SecretString) {
            throw new AwsError(
              "ResourceExistsException",
              "You can't modify an existing version, you can only create a new version.",
            );
          }
          return { ARN: s.arn, Name: s.name, VersionId: token, VersionStages: [...existing.stages] };
        }
        const stages = Array.isArray(input.VersionStages)
          ? (input.VersionStages as string[])
          : ["AWSCURRENT"];
        const v: Version = {
          id: token,
          value: input.SecretString,
          stages: new Set(),
          created: this.#clock++,
        };
        s.versions.set(token, v);
        for (const stage of stages) this.#attach(s, stage, v);
        this.onChange(s.name);
        return { ARN: s.arn, Name: s.name, VersionId: token, VersionStages: [...v.stages] };
      }
      case "DescribeSecret": {
        const s = this.#find(input.SecretId);
        const map: Record<string, string[]> = {};
        for (const v of s.versions.values()) if (v.stages.size) map[v.id] = [...v.stages];
        return { ARN: s.arn, Name: s.name, VersionIdsToStages: map };
      }
      case "ListSecretVersionIds": {
        const s = this.#find(input.SecretId);
        const all = [...s.versions.values()].filter(
          (v) => input.IncludeDeprecated === true || v.stages.size > 0,
        );
        return {
          ARN: s.arn,
          Name: s.name,
          Versions: all.map((v) => ({
            VersionId: v.id,
            VersionStages: [...v.stages],
            CreatedDate: v.created,
          })),
        };
      }
      case "UpdateSecretVersionStage": {
        const s = this.#find(input.SecretId);
        const stage = input.VersionStage;
        if (typeof stage !== "string")
          throw new AwsError("InvalidParameterException", "VersionStage is required.");
        const holder = this.#holder(s, stage);
        const moveTo = typeof input.MoveToVersionId === "string" ? input.MoveToVersionId : undefined;
        const removeFrom =
          typeof input.RemoveFromVersionId === "string" ? input.RemoveFromVersionId : undefined;
        if (removeFrom !== undefined && holder?.id !== removeFrom) {
          throw new AwsError(
            "InvalidParameterException",
            `The staging label ${stage} is not attached to version ${removeFrom}.`,
          );
        }
        if (moveTo === undefined) {
          if (!removeFrom) throw new AwsError("InvalidParameterException", "Nothing to do.");
          if (stage === "AWSCURRENT") {
            throw new AwsError("InvalidParameterException", "You can't remove AWSCURRENT without moving it.");
          }
          holder?.stages.delete(stage);
        } else {
          const to = s.versions.get(moveTo);
          if (!to) throw new AwsError("ResourceNotFoundException", `Version ${moveTo} not found.`);
          if (holder && holder !== to && removeFrom === undefined) {
            throw new AwsError(
              "InvalidParameterException",
              `The staging label ${stage} is currently attached to version ${holder.id}, so you must explicitly reference that version in RemoveFromVersionId.`,
            );
          }
          this.#attach(s, stage, to);
        }
        this.onChange(s.name);
        return { ARN: s.arn, Name: s.name };
      }
      default:
        throw new AwsError("UnknownOperationException", op);
    }
  }

  /** Test back door: the value a stage holds (never through the wire). */
  valueAt(secret: string, stage: string): string | undefined {
    const s = this.secrets.get(secret);
    return s ? this.#holder(s, stage)?.value : undefined;
  }
  /** Test back door: the stage map. */
  stages(secret: string): Record<string, string[]> {
    const s = this.secrets.get(secret);
    const out: Record<string, string[]> = {};
    for (const v of s?.versions.values() ?? []) if (v.stages.size) out[v.id] = [...v.stages].sort();
    return out;
  }
  /** Test back door: create a secret with a current value. */
  seed(name: string, value: string, versionId = "00000000-0000-4000-8000-000000000001"): void {
    const arn = `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`;
    this.secrets.set(name, {
      name,
      arn,
      versions: new Map([
        [versionId, { id: versionId, value, stages: new Set(["AWSCURRENT"]), created: this.#clock++ }],
      ]),
    });
  }
}
