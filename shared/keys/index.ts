/**
 * shared/keys: Anthropic API key inventory, staged rotation and keyless
 * (OIDC) mode. The public API for `actions/rotate-key`, the workflows and
 * `steward keys`.
 *
 * ## Audit (pure)
 *
 * ```ts
 * const policy = parseKeyPolicy(JSON.parse(text), "api-key-policy.json"); // ConfigurationError on bad input
 * const keys = await new AnthropicAdminClient({ credentials: { adminKey } }).listKeys(); // all pages
 * const result = auditKeys(keys, policy, new Date(), { managedKeyIds });
 * // result.findings: {kind, severity, keyId, keyName, message, hint}[]
 * //   kinds: overdue | rotation-due-soon | expiring-soon | expired | never-expires | personal-key
 * // result.table: {columns, rows} for the job summary; renderKeyAuditMarkdown(result) renders it
 * // result.counts: {keys, active, error, warning, notice}
 * ```
 *
 * ## Rotation (stage -> test -> promote -> distribute -> retire -> finish)
 *
 * No API creates Anthropic keys: a human mints one in the Console, then
 *
 * ```ts
 * const deps = createRotationDeps({ secretId, targets: ["repo:acme/app:ANTHROPIC_API_KEY"],
 *   githubToken, adminCredentials: { adminKey } | { bearerToken }, logger, mask: core.setSecret });
 * await stageKey(deps, readSecretText(stdinText, core.setSecret));  // step 1: AWSPENDING, idempotent
 * const outcome = await runRotation(deps, {
 *   gracePeriodMs: policy.gracePeriodMs,
 *   minRemainingLifetimeMs: policy.minRemainingLifetimeMs,
 *   expectedWorkspaceId: "wrkspc_...",       // optional
 * });
 * ```
 *
 * `runRotation` never throws for outside failures: it returns a
 * {@link RotationOutcome} — `status` (`idle | done | waiting | rolled-back |
 * failed`), `steps` performed, `failedStep`, `failureKind` (`transient`: re-run;
 * `configuration`: fix the named setting; `blocked`: a human must act),
 * `unchanged` (a failure that touched nothing), `message`, `action`,
 * `retryAt` (when waiting for the grace period), `keys` (per stage: version,
 * fingerprint, Admin API id and status, whether it works) and `targets`
 * (in sync or not). Everything in it is safe to print and to send to Slack.
 *
 * Resumability: the state is the secret's staging labels plus the rotation
 * record in a companion secret (`<secretId>/steward-rotation`, plain JSON),
 * so a re-run after any failure or a killed process continues the rotation.
 * `inspectRotation(deps, {gracePeriodMs})` reads it without changing anything.
 *
 * Guarantees (tested with a fault at every external call and a kill between
 * every two steps): nothing deactivates the key AWSCURRENT holds; a staged
 * key that fails its test changes nothing; a new key that fails after
 * promotion (before the old one is retired) is rolled back to AWSPREVIOUS
 * and the targets are restored; key values are {@link SecretValue}s that
 * print as `[secret]` and are masked the moment they are read.
 *
 * ## Keyless mode
 *
 * ```ts
 * const token = await exchangeGitHubOidcToken(
 *   { federationRuleId: "fdrl_...", organizationId: "<uuid>", serviceAccountId: "svac_...", workspaceId },
 *   { getIdToken: (aud) => core.getIDToken(aud), mask: core.setSecret },
 * ); // token.accessToken: SecretValue (sk-ant-oat01-...), token.expiresAt, token.scope
 * ```
 *
 * An `org:admin` token also serves as `adminCredentials: { bearerToken }`.
 * A failed exchange is a ConfigurationError listing the likely causes.
 */

export type {
  AdminCredentials,
  AnthropicAdminClientOptions,
  KeyCheck,
  KeyProvider,
} from "./anthropic-admin.js";
export { ANTHROPIC_API_URL, ANTHROPIC_VERSION, AnthropicAdminClient } from "./anthropic-admin.js";
export type { ApiKeyRecord, ApiKeyStatus, KeyOwnerKind } from "./api-key.js";
export { keyMatchesHint, parseApiKeyRecord } from "./api-key.js";
export type {
  KeyAuditOptions,
  KeyAuditResult,
  KeyAuditRow,
  KeyAuditTable,
  KeyFinding,
  KeyFindingKind,
  KeyFindingSeverity,
  KeyVerdict,
} from "./audit.js";
export { auditKeys, KEY_AUDIT_COLUMNS, renderKeyAuditMarkdown } from "./audit.js";
export { formatDuration, parseDuration } from "./duration.js";
export type { ExchangeOptions, FederatedToken, FederationConfig } from "./oidc.js";
export { DEFAULT_OIDC_AUDIENCE, exchangeGitHubOidcToken, federationConfigFromEnv } from "./oidc.js";
export type { KeyPolicy } from "./policy.js";
export { DEFAULT_GRACE_PERIOD, parseKeyPolicy } from "./policy.js";
export type {
  KeySummary,
  RotationDeps,
  RotationOutcome,
  RotationSettings,
  RotationStatus,
  RotationStatusReport,
  StageOutcome,
  TargetSummary,
} from "./rotate.js";
export { inspectRotation, runRotation, stageKey } from "./rotate.js";
export type {
  KeyCheckResult,
  NextStep,
  RotationEntry,
  RotationRecord,
  RotationState,
  RotationStep,
  VersionRef,
} from "./rotation.js";
export { decideNextStep, identifyKey, judgeNewKey, parseRotationRecord } from "./rotation.js";
export type { KeysSetup } from "./setup.js";
export { createRotationDeps, readSecretText } from "./setup.js";
