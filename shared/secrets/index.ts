/**
 * shared/secrets: where keys live. A versioned {@link SecretStore} (AWS
 * Secrets Manager; room for Vault KV v2 and Azure Key Vault) and write-only
 * {@link SecretTarget}s (GitHub Actions secrets, sealed-box encrypted).
 * See `secret-store.ts` for the contract every store keeps.
 */
export {
  type AwsSecretStoreOptions,
  AwsSecretsManagerStore,
  createSecretsManagerClient,
  requestTokenFor,
  type SecretsManagerClientOptions,
  stewardRetryStrategy,
} from "./aws-secrets-manager.js";
export {
  createSecretsOctokit,
  describeGitHubTarget,
  GitHubSecretTarget,
  type GitHubSecretTargetSpec,
  parseGitHubTargetSpec,
  type SecretsOctokitOptions,
} from "./github-secrets.js";
export { encryptForGitHub, sealedBoxOpen, sealedBoxSeal } from "./sealed-box.js";
export type {
  SecretStage,
  SecretStore,
  SecretStoreSnapshot,
  SecretTarget,
  SecretVersionInfo,
} from "./secret-store.js";
export { fingerprintSecret, type MaskSecret, noMask, SecretValue } from "./secret-value.js";
