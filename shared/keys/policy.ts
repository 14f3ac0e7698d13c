/**
 * The key part of `api-key-policy.json` (seed document, "Centralized Key
 * Management"), parsed strictly enough to catch typos and loosely enough to
 * accept the seed's file as written:
 *
 * ```json
 * { "apiKeys": {
 *     "rotation": { "enabled": true, "interval": "30d", "notifyBefore": "7d",
 *                   "gracePeriod": "24h", "minRemainingLifetime": "7d" },
 *     "ownership": { "requireServiceAccount": true } } }
 * ```
 *
 * `gracePeriod`, `minRemainingLifetime` and `ownership` are Steward's
 * additions (all optional). The seed's `restrictions` and `audit` blocks are
 * not about key lifetimes and are ignored here (the policy linter owns them).
 */
import { ConfigurationError } from "../errors.js";
import { parseDuration } from "./duration.js";

export interface KeyPolicy {
  /** `apiKeys.rotation.enabled` (default true). When false the audit still reports but rotation refuses to run. */
  readonly rotationEnabled: boolean;
  /** A key older than this is overdue for rotation. */
  readonly intervalMs: number;
  /** Warn this long before a key is due or expires. */
  readonly notifyBeforeMs: number;
  /** How long the previous key stays active after promotion (default 24h). */
  readonly gracePeriodMs: number;
  /** A newly staged key must have at least this much life left (default: `notifyBefore`). */
  readonly minRemainingLifetimeMs: number;
  /**
   * Personal keys are findings: `true` everywhere, a list of workspace ids
   * (`"default"` for the default workspace) for those only, `false` only for
   * keys Steward manages (stored in a secret store for CI). Default false.
   */
  readonly requireServiceAccount: boolean | readonly string[];
}

export const DEFAULT_GRACE_PERIOD = "24h";

function object(value: unknown, field: string, file?: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ConfigurationError(`${field} must be an object.`, { file, title: "Invalid key policy" });
  }
  return value as Record<string, unknown>;
}

/** Parses the parsed JSON of `api-key-policy.json`. `file` names it in errors. */
export function parseKeyPolicy(json: unknown, file = "api-key-policy.json"): KeyPolicy {
  const root = object(json, "The key policy", file);
  const apiKeys = object(root.apiKeys, "apiKeys", file);
  const rotation = object(apiKeys.rotation, "apiKeys.rotation", file);
  const at = { file };
  const enabled = rotation.enabled ?? true;
  if (typeof enabled !== "boolean") {
    throw new ConfigurationError("apiKeys.rotation.enabled must be true or false.", at);
  }
  const intervalMs = parseDuration(rotation.interval, "apiKeys.rotation.interval", at);
  const notifyBeforeMs =
    rotation.notifyBefore === undefined
      ? 0
      : parseDuration(rotation.notifyBefore, "apiKeys.rotation.notifyBefore", at);
  if (notifyBeforeMs >= intervalMs) {
    throw new ConfigurationError(
      "apiKeys.rotation.notifyBefore must be shorter than apiKeys.rotation.interval.",
      { ...at, hint: 'E.g. "interval": "30d", "notifyBefore": "7d".' },
    );
  }
  const gracePeriodMs = parseDuration(
    rotation.gracePeriod ?? DEFAULT_GRACE_PERIOD,
    "apiKeys.rotation.gracePeriod",
    at,
  );
  const minRemainingLifetimeMs =
    rotation.minRemainingLifetime === undefined
      ? notifyBeforeMs
      : parseDuration(rotation.minRemainingLifetime, "apiKeys.rotation.minRemainingLifetime", at);
  let requireServiceAccount: boolean | readonly string[] = false;
  if (apiKeys.ownership !== undefined) {
    const ownership = object(apiKeys.ownership, "apiKeys.ownership", file);
    const r = ownership.requireServiceAccount ?? false;
    if (typeof r === "boolean") requireServiceAccount = r;
    else if (Array.isArray(r) && r.every((w) => typeof w === "string")) requireServiceAccount = r as string[];
    else {
      throw new ConfigurationError(
        "apiKeys.ownership.requireServiceAccount must be true, false or a list of workspace ids.",
        at,
      );
    }
  }
  return {
    rotationEnabled: enabled,
    intervalMs,
    notifyBeforeMs,
    gracePeriodMs,
    minRemainingLifetimeMs,
    requireServiceAccount,
  };
}
