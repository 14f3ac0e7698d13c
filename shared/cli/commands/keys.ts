/**
 * `steward keys audit | stage | rotate | status`: the key inventory and the
 * staged rotation of an Anthropic API key kept in AWS Secrets Manager and
 * copied to GitHub Actions secrets. The default export is the four commands.
 *
 * Secrets come only from the environment (ANTHROPIC_ADMIN_KEY,
 * GITHUB_SECRETS_TOKEN) and, for `stage`, from standard input or a file:
 * never from argv, where shells and `ps` would keep them.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import type { AdminCredentials } from "../../keys/anthropic-admin.js";
import { auditKeys, renderKeyAuditMarkdown } from "../../keys/audit.js";
import { formatDuration } from "../../keys/duration.js";
import { exchangeGitHubOidcToken, federationConfigFromEnv } from "../../keys/oidc.js";
import { type KeyPolicy, parseKeyPolicy } from "../../keys/policy.js";
import { inspectRotation, type RotationOutcome, runRotation, stageKey } from "../../keys/rotate.js";
import { identifyKey } from "../../keys/rotation.js";
import { createRotationDeps, type KeysSetup, readSecretText } from "../../keys/setup.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo, Command } from "../command.js";

const COMMON_OPTIONS = {
  policy: { type: "string" },
  "secret-id": { type: "string" },
  "record-secret-id": { type: "string" },
  region: { type: "string" },
  target: { type: "string", multiple: true },
  workspace: { type: "string" },
  json: { type: "boolean" },
} as const;

const ENV_HELP = `Environment:
  ANTHROPIC_ADMIN_KEY          admin key (sk-ant-admin01-...) for the Admin API, or keyless:
  ANTHROPIC_FEDERATION_RULE_ID, ANTHROPIC_ORGANIZATION_ID, ANTHROPIC_SERVICE_ACCOUNT_ID
  [ANTHROPIC_WORKSPACE_ID]     an org:admin federation rule, exchanged for the job's GitHub OIDC token
                               (needs 'permissions: id-token: write')
  GITHUB_SECRETS_TOKEN         token with Secrets: write for --target (GitHub App token or fine-grained PAT)
  GITHUB_API_URL               GitHub API (default https://api.github.com)
  AWS_REGION, AWS credentials  the SDK's default chain (e.g. aws-actions/configure-aws-credentials)
  AWS_ENDPOINT_URL_SECRETS_MANAGER, ANTHROPIC_BASE_URL   endpoint overrides`;

const TARGET_HELP = `  --target <spec>        a GitHub Actions secret to keep in sync (repeatable):
                         repo:OWNER/REPO:NAME, env:OWNER/REPO:ENVIRONMENT:NAME, org:ORG:NAME[:all|private|selected]`;

type Values = {
  [K in keyof typeof COMMON_OPTIONS]?: (typeof COMMON_OPTIONS)[K] extends { multiple: true }
    ? string[]
    : (typeof COMMON_OPTIONS)[K]["type"] extends "boolean"
      ? boolean
      : string;
};

async function loadPolicy(io: CliIo, path: string | undefined): Promise<KeyPolicy> {
  const file = resolve(io.cwd, path ?? "api-key-policy.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ConfigurationError(`Cannot read the key policy ${path ?? "api-key-policy.json"}.`, {
      hint: "Pass --policy <path to api-key-policy.json>.",
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${path ?? "api-key-policy.json"} is not valid JSON.`, {
      file: path,
      cause: error,
    });
  }
  return parseKeyPolicy(json, path ?? "api-key-policy.json");
}

/** GitHub Actions' OIDC token from the runner's environment (the CLI's stand-in for core.getIDToken). */
function runnerIdToken(io: CliIo) {
  return async (audience: string): Promise<string> => {
    const url = io.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const token = io.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !token) throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL is not set");
    const res = await fetch(`${url}&audience=${encodeURIComponent(audience)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`OIDC token request failed: HTTP ${res.status}`);
    return ((await res.json()) as { value: string }).value;
  };
}

async function adminCredentials(io: CliIo): Promise<AdminCredentials | null> {
  const key = io.env.ANTHROPIC_ADMIN_KEY;
  if (key) return { adminKey: readSecretText(key) };
  const federation = federationConfigFromEnv(io.env);
  if (!federation) return null;
  const token = await exchangeGitHubOidcToken(federation, {
    getIdToken: runnerIdToken(io),
    ...(io.env.ANTHROPIC_BASE_URL ? { baseUrl: io.env.ANTHROPIC_BASE_URL } : {}),
  });
  return { bearerToken: token.accessToken };
}

function requireSecretId(values: Values): string {
  if (!values["secret-id"]) {
    throw new ConfigurationError("Name the AWS Secrets Manager secret with --secret-id.", {
      hint: 'E.g. --secret-id claude-code/api-key (the seed\'s scripts read "claude-code/api-key").',
    });
  }
  return values["secret-id"];
}

async function setup(io: CliIo, values: Values, needAdmin: boolean): Promise<KeysSetup> {
  const githubToken = io.env.GITHUB_SECRETS_TOKEN;
  const region = values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
  return {
    secretId: requireSecretId(values),
    ...(values["record-secret-id"] ? { recordSecretId: values["record-secret-id"] } : {}),
    ...(region ? { awsRegion: region } : {}),
    ...(io.env.AWS_ENDPOINT_URL_SECRETS_MANAGER
      ? { awsEndpoint: io.env.AWS_ENDPOINT_URL_SECRETS_MANAGER }
      : {}),
    targets: values.target ?? [],
    ...(githubToken ? { githubToken: readSecretText(githubToken) } : {}),
    ...(io.env.GITHUB_API_URL ? { githubApiUrl: io.env.GITHUB_API_URL } : {}),
    ...(io.env.ANTHROPIC_BASE_URL ? { anthropicBaseUrl: io.env.ANTHROPIC_BASE_URL } : {}),
    adminCredentials: needAdmin ? await adminCredentials(io) : null,
    logger: io.logger,
    now: io.now,
  };
}

/** Refuses (without echoing) anything on the command line that looks like a key or token. */
function refuseSecretsInArgs(command: string, args: readonly string[]): void {
  if (args.some((a) => /sk-ant-|gh[pousr]_[A-Za-z0-9]{8,}|github_pat_/.test(a))) {
    throw new ConfigurationError(
      `steward ${command}: a key or token was given on the command line; it is not accepted.`,
      {
        hint: "Command lines end up in shell history and process lists: pass keys on standard input or with --from-file, tokens in the environment. Consider the key exposed if this was a real one.",
      },
    );
  }
}

function helpOr(values: { help?: boolean | undefined }, io: CliIo, help: string): boolean {
  if (values.help) io.stdout.write(help);
  return Boolean(values.help);
}

const AUDIT_HELP = `Usage: steward keys audit [--policy api-key-policy.json] [--secret-id <id>] [--json]
                          [--fail-on error|warning|never]

Lists every API key in the organization through the Admin API (all pages)
and judges each against the policy's apiKeys.rotation.interval and
notifyBefore: overdue, due soon, expiring soon, expired, never expiring, and
personal keys where a service-account key belongs. With --secret-id, the key
in that secret's AWSCURRENT is marked as managed by Steward (stricter rules).

Options:
  --policy <file>      api-key-policy.json (default ./api-key-policy.json)
  --secret-id <id>     the AWS Secrets Manager secret Steward manages
  --region <region>    AWS region (default AWS_REGION)
  --json               print {generatedAt, findings, table, counts}
  --fail-on <level>    exit 1 on findings of this severity or worse (default error)

${ENV_HELP}
`;

export const keysAudit: Command = {
  path: ["keys", "audit"],
  summary: "Audit every Anthropic API key against api-key-policy.json",
  help: AUDIT_HELP,
  async run(args, io) {
    refuseSecretsInArgs("keys audit", args);
    const { values } = parseCommandArgs(
      "keys audit",
      args,
      { ...COMMON_OPTIONS, "fail-on": { type: "string" } },
      false,
    );
    if (helpOr(values, io, AUDIT_HELP)) return 0;
    const failOn = values["fail-on"] ?? "error";
    if (!["error", "warning", "never"].includes(failOn)) {
      throw new ConfigurationError(`--fail-on must be error, warning or never, got "${failOn}".`);
    }
    const policy = await loadPolicy(io, values.policy);
    const credentials = await adminCredentials(io);
    if (!credentials) {
      throw new ConfigurationError("keys audit needs Anthropic admin credentials.", {
        hint: "Set ANTHROPIC_ADMIN_KEY, or the ANTHROPIC_FEDERATION_* variables for keyless mode.",
      });
    }
    const deps = createRotationDeps({
      ...(await setup(io, { ...values, "secret-id": values["secret-id"] ?? "unused" }, false)),
      adminCredentials: credentials,
    });
    const keys = await deps.provider.listKeys();
    const managedKeyIds: string[] = [];
    if (values["secret-id"]) {
      const current = await deps.store.readStage("current");
      if (current) {
        const found = identifyKey(current.value.reveal(), keys);
        if ("key" in found) managedKeyIds.push(found.key.id);
      }
    }
    const result = auditKeys(keys, policy, io.now(), { managedKeyIds });
    if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.stdout.write(`${renderKeyAuditMarkdown(result)}\n\n`);
      for (const f of result.findings) io.stdout.write(`${f.severity}: ${f.message} ${f.hint}\n`);
      io.stdout.write(
        `${result.counts.keys} keys (${result.counts.active} active): ${result.counts.error} errors, ${result.counts.warning} warnings, ${result.counts.notice} notices.\n`,
      );
    }
    const fails =
      failOn === "error"
        ? result.counts.error > 0
        : failOn === "warning"
          ? result.counts.error + result.counts.warning > 0
          : false;
    return fails ? 1 : 0;
  },
};

const STAGE_HELP = `Usage: steward keys stage --secret-id <id> [--from-file <path>] < new-key.txt

Step 1 of a rotation. Stores a key that an admin minted in the Console
(Settings > API keys: no API can create keys) as the pending version
(AWSPENDING) of the secret. Reads the key from standard input, or from a
file with --from-file; never from the command line. Staging the same key
again does nothing; a key staged but never promoted is replaced.

Options:
  --secret-id <id>       the AWS Secrets Manager secret (created if missing)
  --record-secret-id <id> companion secret for the rotation record (default <id>/steward-rotation)
  --from-file <path>     read the key from this file instead of standard input
  --region <region>      AWS region (default AWS_REGION)
  --json                 print {secret, versionId, fingerprint, created, message}

Then run 'steward keys rotate'.
`;

export const keysStage: Command = {
  path: ["keys", "stage"],
  summary: "Stage a Console-minted API key as AWSPENDING (from stdin or a file)",
  help: STAGE_HELP,
  async run(args, io) {
    refuseSecretsInArgs("keys stage", args);
    const { values } = parseCommandArgs(
      "keys stage",
      args,
      { ...COMMON_OPTIONS, "from-file": { type: "string" } },
      false,
    );
    if (helpOr(values, io, STAGE_HELP)) return 0;
    const text = values["from-file"]
      ? await readFile(resolve(io.cwd, values["from-file"]), "utf8").catch(() => {
          throw new ConfigurationError(`Cannot read ${values["from-file"]}.`);
        })
      : await io.readStdin();
    const value = readSecretText(text);
    if (!value.reveal()) {
      throw new ConfigurationError("No key on standard input.", {
        hint: "Pipe the key in (pbpaste | steward keys stage ...) or pass --from-file.",
      });
    }
    const deps = createRotationDeps({ ...(await setup(io, { ...values, target: [] }, false)) });
    const outcome = await stageKey(deps, value);
    io.stdout.write(values.json ? `${JSON.stringify(outcome, null, 2)}\n` : `${outcome.message}\n`);
    return 0;
  },
};

const ROTATE_HELP = `Usage: steward keys rotate --secret-id <id> --target <spec> ... [--policy api-key-policy.json]
                           [--workspace <wrkspc_...|default>] [--json]

Runs the remaining steps of the rotation in progress, resuming wherever the
last run stopped: test the staged key (a no-cost call, then the Admin API
identifies it: active, the expected workspace, expiry far enough away);
promote it (AWSCURRENT moves to it, the old version becomes AWSPREVIOUS);
write it to every GitHub target and verify each write; after the policy's
grace period retire the old key (status inactive); finish. A staged key that
fails its test changes nothing; a new key that fails after promotion is
rolled back to the previous one. Exit code 0 when done, idle or waiting for
the grace period; 1 when a step failed (the output says which and what to do).

Options:
  --secret-id <id>       the AWS Secrets Manager secret
  --record-secret-id <id> companion secret for the rotation record
${TARGET_HELP}
  --policy <file>        api-key-policy.json (gracePeriod, minRemainingLifetime; default ./api-key-policy.json)
  --workspace <id>       the workspace the key must belong to (wrkspc_... or default)
  --region <region>      AWS region (default AWS_REGION)
  --json                 print the outcome object

${ENV_HELP}
`;

function renderOutcome(o: RotationOutcome): string {
  const lines = [`${o.status.toUpperCase()}: ${o.message}`];
  for (const s of o.steps) lines.push(`  - ${s.step}: ${s.detail}`);
  for (const k of o.keys) {
    lines.push(
      `  key ${k.stage}: version ${k.versionId}, fingerprint ${k.fingerprint}${k.keyId ? `, ${k.keyId} (${k.keyStatus})` : ""}${k.works === undefined ? "" : k.works ? ", works" : ", FAILS"}`,
    );
  }
  for (const t of o.targets) lines.push(`  target ${t.description}: ${t.inSync ? "in sync" : "not in sync"}`);
  lines.push(`Next: ${o.action}`);
  return `${lines.join("\n")}\n`;
}

export const keysRotate: Command = {
  path: ["keys", "rotate"],
  summary: "Run the remaining steps of a staged key rotation (resumable)",
  help: ROTATE_HELP,
  async run(args, io) {
    refuseSecretsInArgs("keys rotate", args);
    const { values } = parseCommandArgs("keys rotate", args, COMMON_OPTIONS, false);
    if (helpOr(values, io, ROTATE_HELP)) return 0;
    const policy = await loadPolicy(io, values.policy);
    if (!policy.rotationEnabled) {
      io.logger.warning("apiKeys.rotation.enabled is false in the policy: not rotating.");
      return 0;
    }
    const config = await setup(io, values, true);
    if (!config.adminCredentials) {
      throw new ConfigurationError("keys rotate needs Anthropic admin credentials.", {
        hint: "Set ANTHROPIC_ADMIN_KEY, or the ANTHROPIC_FEDERATION_* variables for keyless mode.",
      });
    }
    const outcome = await runRotation(createRotationDeps(config), {
      gracePeriodMs: policy.gracePeriodMs,
      minRemainingLifetimeMs: policy.minRemainingLifetimeMs,
      ...(values.workspace ? { expectedWorkspaceId: values.workspace } : {}),
    });
    io.stdout.write(values.json ? `${JSON.stringify(outcome, null, 2)}\n` : renderOutcome(outcome));
    return outcome.status === "failed" || outcome.status === "rolled-back" ? 1 : 0;
  },
};

const STATUS_HELP = `Usage: steward keys status --secret-id <id> [--policy api-key-policy.json] [--json]

Shows where the rotation of a secret stands, read from the store alone (the
staging labels and the rotation record): which versions hold AWSCURRENT,
AWSPENDING and AWSPREVIOUS (by fingerprint, never the value), the rotation in
progress, and the next step 'steward keys rotate' would take. Changes nothing.

Options:
  --secret-id <id>       the AWS Secrets Manager secret
  --record-secret-id <id> companion secret for the rotation record
  --policy <file>        api-key-policy.json for the grace period (optional)
  --region <region>      AWS region (default AWS_REGION)
  --json                 print {secret, exists, keys, rotation, next, summary}
`;

export const keysStatus: Command = {
  path: ["keys", "status"],
  summary: "Show where a key rotation stands (read-only)",
  help: STATUS_HELP,
  async run(args, io) {
    refuseSecretsInArgs("keys status", args);
    const { values } = parseCommandArgs("keys status", args, COMMON_OPTIONS, false);
    if (helpOr(values, io, STATUS_HELP)) return 0;
    const gracePeriodMs = values.policy ? (await loadPolicy(io, values.policy)).gracePeriodMs : 0;
    const deps = createRotationDeps({ ...(await setup(io, { ...values, target: [] }, false)) });
    const report = await inspectRotation(deps, { gracePeriodMs });
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const lines = [report.summary];
    for (const k of report.keys)
      lines.push(`  ${k.stage}: version ${k.versionId}, fingerprint ${k.fingerprint}`);
    const r = report.rotation;
    if (r) {
      lines.push(`  rotation ${r.id}: opened ${r.openedAt}`);
      for (const [field, label] of [
        ["testedAt", "tested"],
        ["promotedAt", "promoted"],
        ["retiredAt", "old key retired"],
        ["finishedAt", "finished"],
        ["rolledBackAt", "rolled back"],
      ] as const) {
        if (r[field]) lines.push(`    ${label} ${r[field]}`);
      }
      for (const [id, t] of Object.entries(r.targets))
        lines.push(`    target ${id}: written ${t.verifiedAt} (fingerprint ${t.fingerprint})`);
      if (r.promotedAt && !r.retiredAt && gracePeriodMs) {
        const due = Date.parse(r.promotedAt) + gracePeriodMs - io.now().getTime();
        lines.push(`    old key retires ${due > 0 ? `in ${formatDuration(due)}` : "on the next run"}`);
      }
    }
    lines.push(`  next step: ${report.next}`);
    io.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  },
};

/** The `keys` commands, for shared/cli/commands/index.ts. */
const keysCommands: readonly Command[] = [keysAudit, keysStage, keysRotate, keysStatus];
export default keysCommands;
