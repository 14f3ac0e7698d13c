/**
 * Keyless mode: exchange a GitHub Actions OIDC token for a short-lived
 * Anthropic access token through a Workload Identity Federation rule
 * (`POST /v1/oauth/token`, RFC 7523 jwt-bearer). Nothing to store, nothing
 * to rotate. The job needs `permissions: id-token: write`; the GitHub token
 * comes from a function passed in (`core.getIDToken(audience)` in an action).
 *
 * A failed exchange is an opaque 401 "Authentication failed" (the reason is
 * only in the Console's Workload identity history), so the error lists the
 * usual causes.
 */
import { ANTHROPIC_API_URL, OAUTH_BETA } from "../anthropic/admin-client.js";
import { ConfigurationError } from "../errors.js";
import {
  HttpStatusError,
  RetryError,
  type RetryOptions,
  type RetryPorts,
  systemRetryPorts,
  withRetry,
} from "../http/retry.js";
import { type MaskSecret, noMask, SecretValue } from "../secrets/secret-value.js";

export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
export const FEDERATION_BETA = `${OAUTH_BETA},oidc-federation-2026-04-01`;
export const DEFAULT_OIDC_AUDIENCE = "https://api.anthropic.com";

export interface FederationConfig {
  /** `fdrl_...` */
  readonly federationRuleId: string;
  /** The organization's UUID. */
  readonly organizationId: string;
  /** `svac_...` */
  readonly serviceAccountId: string;
  /** `wrkspc_...` or "default"; required when the rule covers several workspaces. */
  readonly workspaceId?: string;
  /** Must equal the rule's `match.audience`. Default https://api.anthropic.com. */
  readonly audience?: string;
}

export interface FederatedToken {
  /** `sk-ant-oat01-...`, use as `Authorization: Bearer`. */
  readonly accessToken: SecretValue;
  readonly expiresAt: Date;
  readonly scope: string;
}

export interface ExchangeOptions {
  /** Returns the GitHub OIDC JWT for an audience (`core.getIDToken`). */
  readonly getIdToken: (audience: string) => Promise<string>;
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
  readonly mask?: MaskSecret;
  readonly retry?: RetryOptions;
  readonly ports?: RetryPorts;
}

/** Reads the config from the environment names the Anthropic SDKs use (ANTHROPIC_FEDERATION_RULE_ID, ...). */
export function federationConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): FederationConfig | null {
  const rule = env.ANTHROPIC_FEDERATION_RULE_ID;
  const org = env.ANTHROPIC_ORGANIZATION_ID;
  const svac = env.ANTHROPIC_SERVICE_ACCOUNT_ID;
  if (!rule && !org && !svac) return null;
  if (!rule || !org || !svac) {
    throw new ConfigurationError(
      "Keyless mode needs ANTHROPIC_FEDERATION_RULE_ID, ANTHROPIC_ORGANIZATION_ID and ANTHROPIC_SERVICE_ACCOUNT_ID together.",
    );
  }
  return {
    federationRuleId: rule,
    organizationId: org,
    serviceAccountId: svac,
    ...(env.ANTHROPIC_WORKSPACE_ID ? { workspaceId: env.ANTHROPIC_WORKSPACE_ID } : {}),
    ...(env.ANTHROPIC_OIDC_AUDIENCE ? { audience: env.ANTHROPIC_OIDC_AUDIENCE } : {}),
  };
}

function checkConfig(c: FederationConfig): void {
  const bad = (what: string, want: string) =>
    new ConfigurationError(`The federation ${what} does not look right.`, { hint: `Expected ${want}.` });
  if (!/^fdrl_\w+$/.test(c.federationRuleId))
    throw bad("rule id", "an id like fdrl_... (Console > Workload identity)");
  if (!/^[0-9a-f-]{36}$/i.test(c.organizationId)) throw bad("organization id", "the organization's UUID");
  if (!/^svac_\w+$/.test(c.serviceAccountId)) throw bad("service account id", "an id like svac_...");
  if (c.workspaceId !== undefined && c.workspaceId !== "default" && !/^wrkspc_\w+$/.test(c.workspaceId)) {
    throw bad("workspace id", 'wrkspc_... or "default"');
  }
}

/** Exchanges a GitHub OIDC token for a short-lived Anthropic token. */
export async function exchangeGitHubOidcToken(
  config: FederationConfig,
  options: ExchangeOptions,
): Promise<FederatedToken> {
  checkConfig(config);
  const audience = config.audience ?? DEFAULT_OIDC_AUDIENCE;
  const mask = options.mask ?? noMask;
  let jwt: string;
  try {
    jwt = await options.getIdToken(audience);
  } catch (error) {
    throw new ConfigurationError("Could not get a GitHub OIDC token for the job.", {
      hint: "Give the job 'permissions: id-token: write' (and run it on GitHub Actions).",
      cause: error,
    });
  }
  mask(jwt);
  if (jwt.length > 16 * 1024)
    throw new ConfigurationError("The OIDC token is larger than the 16 KiB Anthropic accepts.");
  const base = (options.baseUrl ?? ANTHROPIC_API_URL).replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  let body: { access_token?: unknown; expires_in?: unknown; scope?: unknown };
  try {
    ({ value: body } = await withRetry(
      async (signal) => {
        const res = await doFetch(`${base}/v1/oauth/token`, {
          method: "POST",
          signal,
          headers: { "content-type": "application/json", "anthropic-beta": FEDERATION_BETA },
          body: JSON.stringify({
            grant_type: JWT_BEARER_GRANT,
            assertion: jwt,
            federation_rule_id: config.federationRuleId,
            organization_id: config.organizationId,
            service_account_id: config.serviceAccountId,
            ...(config.workspaceId ? { workspace_id: config.workspaceId } : {}),
          }),
        });
        const text = await res.text();
        if (!res.ok)
          throw new HttpStatusError(res.status, { retryAfter: res.headers.get("retry-after"), body: text });
        return JSON.parse(text) as typeof body;
      },
      options.retry ?? {},
      options.ports ?? systemRetryPorts,
    ));
  } catch (error) {
    const last = error instanceof RetryError ? error.lastError : error;
    const status = last instanceof HttpStatusError ? last.status : undefined;
    if (status === 401 || status === 403) {
      throw new ConfigurationError(
        `Anthropic refused the GitHub OIDC token exchange (${status}) for federation rule ${config.federationRuleId}.`,
        {
          title: "OIDC federation failed",
          hint: [
            "The reason is in Console > Workload identity > history. The usual causes:",
            `(1) the rule's match.audience is not "${audience}" (set the same audience on both sides);`,
            "(2) the rule's subject_prefix does not match this job's 'sub' claim (repo:OWNER/REPO:ref:refs/heads/BRANCH, :environment:NAME when the job has an environment, :pull_request for PRs);",
            "(3) the rule id, organization id or service account id is wrong, or the rule targets another service account;",
            "(4) the rule covers several workspaces and no workspace id was given;",
            "(5) the GitHub issuer is not registered (issuer_url https://token.actions.githubusercontent.com).",
          ].join(" "),
          cause: error,
        },
      );
    }
    if (status === 400) {
      throw new ConfigurationError("Anthropic rejected the OIDC token exchange request (400).", {
        hint: "Check the federation ids and the workspace id.",
        cause: error,
      });
    }
    throw new Error(
      `The OIDC token exchange with Anthropic failed (${status ? `HTTP ${status}` : "network"}).`,
      {
        cause: error,
      },
    );
  }
  if (typeof body.access_token !== "string" || !body.access_token) {
    throw new Error("The OIDC token exchange answered without an access_token.");
  }
  mask(body.access_token);
  const expiresIn = typeof body.expires_in === "number" ? body.expires_in : 60;
  return {
    accessToken: new SecretValue(body.access_token),
    expiresAt: new Date(now().getTime() + expiresIn * 1000),
    scope: typeof body.scope === "string" ? body.scope : "",
  };
}
