/**
 * A fake of the runner's OIDC token service on 127.0.0.1: what
 * `core.getIDToken(audience)` calls (`ACTIONS_ID_TOKEN_REQUEST_URL` +
 * `&audience=...`, `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`),
 * answering `{"value": "<jwt>"}` with GitHub's claims. The JWT is unsigned
 * (the fake Anthropic API reads only its claims).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeOidc {
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL. */
  readonly requestUrl: string;
  /** Value for ACTIONS_ID_TOKEN_REQUEST_TOKEN (a secret in real life). */
  readonly requestToken: string;
  readonly audiences: string[];
  close(): Promise<void>;
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

export async function startFakeOidc(claims: { sub: string; repository?: string }): Promise<FakeOidc> {
  const requestToken = "oidc-request-token-canary-0123456789";
  const audiences: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.headers.authorization?.toLowerCase() !== `bearer ${requestToken}`) {
      res.writeHead(401, { "content-type": "application/json" }).end('{"message":"bad token"}');
      return;
    }
    const aud = url.searchParams.get("audience") ?? "";
    audiences.push(aud);
    const now = Math.floor(Date.now() / 1000);
    const jwt = `${b64({ alg: "RS256", kid: "fake", typ: "JWT" })}.${b64({
      iss: "https://token.actions.githubusercontent.com",
      aud,
      sub: claims.sub,
      repository: claims.repository ?? "acme/claude-policy",
      iat: now,
      nbf: now,
      exp: now + 300,
    })}.fakesignature`;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ value: jwt }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requestUrl: `http://127.0.0.1:${port}/token?api-version=2.0`,
    requestToken,
    audiences,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
