/**
 * A whole rotation world on loopback: fake Secrets Manager, fake Anthropic
 * API and fake GitHub sharing one FaultInjector, real SDK clients, and the
 * invariant checks ("the key in AWSCURRENT is never inactive") wired into the
 * fakes. `process()` builds fresh clients, as a new process would.
 */
import { AnthropicAdminClient } from "../../../shared/keys/anthropic-admin.js";
import {
  type RotationDeps,
  type RotationSettings,
  runRotation,
  stageKey,
} from "../../../shared/keys/rotate.js";
import { RecordingLogger } from "../../../shared/logging.js";
import {
  AwsSecretsManagerStore,
  createSecretsManagerClient,
} from "../../../shared/secrets/aws-secrets-manager.js";
import {
  createSecretsOctokit,
  GitHubSecretTarget,
  parseGitHubTargetSpec,
} from "../../../shared/secrets/github-secrets.js";
import { SecretValue } from "../../../shared/secrets/secret-value.js";
import { FakeAnthropicApi } from "../../fakes/anthropic-admin-api.js";
import { FakeGitHubSecrets } from "../../fakes/github-secrets.js";
import { FakeSecretsManager } from "../../fakes/secrets-manager.js";
import { findLeaks } from "../../harness/canary.js";
import { FaultInjector } from "../secrets/fake-http-server.js";

export const SECRET = "claude-code/api-key";
export const OLD_KEY = "sk-ant-api03-OLDcanary0000000000000000000000000000000000000000000000-oldAA";
export const NEW_KEY = "sk-ant-api03-NEWcanary1111111111111111111111111111111111111111111111-newAA";
export const ADMIN_KEY = "sk-ant-admin01-ADMINcanary22222222222222222222222222222222222-admAA";
export const GH_TOKEN = "ghs_GHcanary333333333333333333333333333";
export const CANARIES = [OLD_KEY, NEW_KEY, ADMIN_KEY, GH_TOKEN];
export const TARGET_SPECS = [
  "repo:acme/app:ANTHROPIC_API_KEY",
  "env:acme/app:production:ANTHROPIC_API_KEY",
  "org:acme:ANTHROPIC_API_KEY:private",
];

export const SETTINGS: RotationSettings = {
  gracePeriodMs: 0,
  minRemainingLifetimeMs: 7 * 86_400_000,
  expectedWorkspaceId: "wrkspc_ci",
};

export class World {
  readonly injector = new FaultInjector();
  readonly sm = new FakeSecretsManager(this.injector);
  readonly anthropic = new FakeAnthropicApi({ adminKey: ADMIN_KEY, injector: this.injector });
  readonly github = new FakeGitHubSecrets({ token: GH_TOKEN, injector: this.injector });
  readonly violations: string[] = [];
  /** Everything emitted: log lines, outcomes, error messages. */
  readonly emitted: string[] = [];
  urls = { sm: "", anthropic: "", github: "" };

  async start(options: { seedOld?: boolean; fillerKeys?: number } = {}): Promise<this> {
    this.urls = {
      sm: await this.sm.listen(),
      anthropic: await this.anthropic.listen(),
      github: await this.github.listen(),
    };
    for (const scope of ["acme/app", "acme/app/production", "acme"]) this.github.addScope(scope);
    // Pagination: the keys we care about sit on different pages among many others.
    for (let i = 0; i < (options.fillerKeys ?? 7); i++) {
      this.anthropic.addKey({
        secret: `sk-ant-api03-filler${String(i).padStart(40, "0")}-fill`,
        name: `other-${i}`,
      });
    }
    this.anthropic.addKey({ secret: OLD_KEY, name: "ci-2026-10", created_at: "2026-10-01T00:00:00Z" });
    for (let i = 7; i < 2 * (options.fillerKeys ?? 7); i++) {
      this.anthropic.addKey({
        secret: `sk-ant-api03-filler${String(i).padStart(40, "0")}-fill`,
        name: `other-${i}`,
      });
    }
    this.anthropic.addKey({
      secret: NEW_KEY,
      name: "ci-2026-11",
      created_at: "2026-11-25T00:00:00Z",
      expires_at: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    });
    if (options.seedOld !== false) this.sm.seed(SECRET, OLD_KEY);
    // Invariant: the key in AWSCURRENT is never inactive, checked on every change either side makes.
    this.anthropic.onStatusChange = (key, next) => {
      if (next !== "active" && key.secret === this.sm.valueAt(SECRET, "AWSCURRENT")) {
        this.violations.push(`deactivated ${key.id} while AWSCURRENT held it`);
      }
    };
    this.sm.onChange = (name) => {
      if (name !== SECRET) return;
      const k = this.anthropic.bySecret(this.sm.valueAt(SECRET, "AWSCURRENT"));
      if (k && k.status !== "active") this.violations.push(`AWSCURRENT moved onto ${k.status} key ${k.id}`);
    };
    return this;
  }

  async close(): Promise<void> {
    await Promise.all([this.sm.close(), this.anthropic.close(), this.github.close()]);
  }

  /** Fresh clients, as a new process would build them. */
  process(afterStep?: RotationDeps["afterStep"]): { deps: RotationDeps; logger: RecordingLogger } {
    const logger = new RecordingLogger();
    const client = createSecretsManagerClient({
      region: "us-east-1",
      endpoint: this.urls.sm,
      credentials: { accessKeyId: "AKIDFAKE", secretAccessKey: "fake-secret-access-key" },
      maxAttempts: 3,
      requestTimeoutMs: 250,
      retryBaseDelayMs: 1,
      maxRetryAfterMs: 5,
    });
    const store = new AwsSecretsManagerStore({ secretId: SECRET, client });
    const provider = new AnthropicAdminClient({
      baseUrl: this.urls.anthropic,
      credentials: { adminKey: new SecretValue(ADMIN_KEY) },
      pageSize: 5,
      retry: { maxAttempts: 3, baseDelayMs: 1, maxRetryAfterMs: 5, attemptTimeoutMs: 250 },
      logger,
    });
    const octokit = createSecretsOctokit({
      auth: GH_TOKEN,
      baseUrl: this.urls.github,
      retryAfterBaseValue: 1,
      paceWrites: false,
      timeoutMs: 250,
      retries: 2,
      logger,
    });
    const targets = TARGET_SPECS.map((s) => new GitHubSecretTarget(octokit, parseGitHubTargetSpec(s)));
    return {
      deps: { store, provider, targets, now: () => new Date(), logger, ...(afterStep ? { afterStep } : {}) },
      logger,
    };
  }

  async stage(value = NEW_KEY) {
    const { deps, logger } = this.process();
    try {
      return await stageKey(deps, new SecretValue(value));
    } finally {
      this.collect(logger);
    }
  }

  async rotate(settings: RotationSettings = SETTINGS, afterStep?: RotationDeps["afterStep"]) {
    const { deps, logger } = this.process(afterStep);
    try {
      const outcome = await runRotation(deps, settings);
      this.emitted.push(JSON.stringify(outcome));
      return outcome;
    } catch (error) {
      this.emitted.push(String(error), (error as Error)?.stack ?? "");
      throw error;
    } finally {
      this.collect(logger);
    }
  }

  collect(logger: RecordingLogger): void {
    for (const m of logger.messages) this.emitted.push(m.message);
  }

  /** The end state every scenario must reach after a plain re-run. */
  rotatedState() {
    return {
      current: this.sm.valueAt(SECRET, "AWSCURRENT") === NEW_KEY,
      previous: this.sm.valueAt(SECRET, "AWSPREVIOUS") === OLD_KEY,
      pending: this.sm.valueAt(SECRET, "AWSPENDING") === undefined,
      targets: TARGET_SPECS.map(() => true).every(
        (_, i) =>
          this.github.valueOf(["acme/app", "acme/app/production", "acme"][i] ?? "", "ANTHROPIC_API_KEY") ===
          NEW_KEY,
      ),
      oldRetired: this.anthropic.bySecret(OLD_KEY)?.status === "inactive",
      newActive: this.anthropic.bySecret(NEW_KEY)?.status === "active",
      violations: this.violations,
      leaks: findLeaks({ emitted: this.emitted.join("\n") }, CANARIES),
    };
  }
}

export const ROTATED = {
  current: true,
  previous: true,
  pending: true,
  targets: true,
  oldRetired: true,
  newActive: true,
  violations: [],
  leaks: [],
};
