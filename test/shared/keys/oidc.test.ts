import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import { AnthropicAdminClient } from "../../../shared/keys/anthropic-admin.js";
import { exchangeGitHubOidcToken, federationConfigFromEnv } from "../../../shared/keys/oidc.js";
import { FakeAnthropicApi } from "../../fakes/anthropic-admin-api.js";
import { findLeaks } from "../../harness/canary.js";
import { FaultInjector } from "../secrets/fake-http-server.js";

const ORG = "0b7c6f1e-2f3a-4c5d-8e9f-0a1b2c3d4e5f";
const config = {
  federationRuleId: "fdrl_ci",
  organizationId: ORG,
  serviceAccountId: "svac_ci",
  workspaceId: "wrkspc_ci",
};

function jwt(claims: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${enc({ alg: "RS256", kid: "k1" })}.${enc(claims)}.c2lnbmF0dXJlY2FuYXJ5`;
}
const goodJwt = () =>
  jwt({
    iss: "https://token.actions.githubusercontent.com",
    aud: "https://api.anthropic.com",
    sub: "repo:acme/policy:ref:refs/heads/main",
    exp: Math.floor(Date.now() / 1000) + 300,
  });

describe("exchangeGitHubOidcToken against the fake token endpoint", () => {
  let fake: FakeAnthropicApi;
  let injector: FaultInjector;
  let url: string;
  const masked: string[] = [];
  beforeEach(async () => {
    injector = new FaultInjector();
    fake = new FakeAnthropicApi({ adminKey: "sk-ant-admin01-unused-unused-unused", injector });
    url = await fake.listen();
    fake.rules.set("fdrl_ci", {
      id: "fdrl_ci",
      organizationId: ORG,
      serviceAccountId: "svac_ci",
      audience: "https://api.anthropic.com",
      subjectPrefix: "repo:acme/policy:ref:refs/heads/main",
      workspaceId: "wrkspc_ci",
      scope: "org:admin",
    });
  });
  afterEach(() => fake.close());
  const opts = (getIdToken: (aud: string) => Promise<string>) => ({
    getIdToken,
    baseUrl: url,
    mask: (v: string) => masked.push(v),
    retry: { maxAttempts: 3, baseDelayMs: 1, maxRetryAfterMs: 5, attemptTimeoutMs: 250 },
  });

  it("exchanges a GitHub JWT for a bearer token that the Admin API accepts, through a fault", async () => {
    const token = goodJwt();
    let asked = "";
    injector.injectAt(0, "5xx");
    const result = await exchangeGitHubOidcToken(
      config,
      opts(async (aud) => {
        asked = aud;
        return token;
      }),
    );
    expect(asked).toBe("https://api.anthropic.com");
    expect(result.scope).toBe("org:admin");
    expect(result.accessToken.reveal()).toMatch(/^sk-ant-oat01-/);
    expect(masked).toEqual(expect.arrayContaining([token, result.accessToken.reveal()]));
    expect(fake.tokenRequests.at(-1)).toMatchObject({
      grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
      federation_rule_id: "fdrl_ci",
      organization_id: ORG,
      service_account_id: "svac_ci",
      workspace_id: "wrkspc_ci",
    });
    fake.addKey({ secret: "sk-ant-api03-someKEYsomeKEYsomeKEYsomeKEY-abcd" });
    const admin = new AnthropicAdminClient({
      baseUrl: url,
      credentials: { bearerToken: result.accessToken },
    });
    expect(await admin.listKeys()).toHaveLength(1);
  });

  it("explains an opaque 401 with the likely causes, without the token", async () => {
    const wrongSub = jwt({
      aud: "https://api.anthropic.com",
      sub: "repo:acme/policy:pull_request",
      exp: 9e9,
    });
    const error = await exchangeGitHubOidcToken(
      config,
      opts(async () => wrongSub),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.userMessage).toMatch(/audience/);
    expect(error.userMessage).toMatch(/subject_prefix/);
    expect(error.userMessage).toMatch(/rule id/);
    expect(findLeaks({ message: error.userMessage, stack: String(error.stack) }, [wrongSub])).toEqual([]);
  });

  it("asks for id-token: write when no OIDC token can be had", async () => {
    await expect(
      exchangeGitHubOidcToken(
        config,
        opts(async () => {
          throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
        }),
      ),
    ).rejects.toMatchObject({ hint: expect.stringMatching(/id-token: write/) });
  });

  it("reads the SDK's environment names and checks the ids", () => {
    expect(federationConfigFromEnv({})).toBeNull();
    expect(
      federationConfigFromEnv({
        ANTHROPIC_FEDERATION_RULE_ID: "fdrl_ci",
        ANTHROPIC_ORGANIZATION_ID: ORG,
        ANTHROPIC_SERVICE_ACCOUNT_ID: "svac_ci",
      }),
    ).toEqual({ federationRuleId: "fdrl_ci", organizationId: ORG, serviceAccountId: "svac_ci" });
    expect(() => federationConfigFromEnv({ ANTHROPIC_FEDERATION_RULE_ID: "fdrl_ci" })).toThrow(
      ConfigurationError,
    );
  });
});
