/**
 * A fake GitHub REST API for Actions secrets: public keys and secrets for
 * repositories, environments and organizations. PUT decrypts the sealed box
 * with the scope's private key (its own open code, independent of
 * shared/secrets/sealed-box.ts) and rejects what does not open, so a test
 * that passes proves GitHub could read the value. GET never returns values,
 * only `created_at` / `updated_at`, like GitHub.
 */
import blake from "blakejs";
import nacl from "tweetnacl";
import {
  FakeHttpServer,
  type FakeRequest,
  type FakeResponse,
  type FakeService,
  FaultInjector,
  reject,
} from "../shared/secrets/fake-http-server.js";

interface Scope {
  readonly keyPair: nacl.BoxKeyPair;
  readonly keyId: string;
  readonly secrets: Map<
    string,
    { value: string; created_at: string; updated_at: string; visibility?: string }
  >;
}

const JSON_CT = { "content-type": "application/json; charset=utf-8" };
const DOCS = "https://docs.github.com/rest/actions/secrets";

function json(status: number, body: unknown): FakeResponse {
  return { status, headers: JSON_CT, body: JSON.stringify(body) };
}

function openSealed(sealed: Uint8Array, pk: Uint8Array, sk: Uint8Array): Uint8Array | null {
  if (sealed.length < 48) return null;
  const epk = sealed.slice(0, 32);
  const nonce = blake.blake2b(new Uint8Array([...epk, ...pk]), undefined, 24);
  return nacl.box.open(sealed.slice(32), nonce, epk, sk);
}

export class FakeGitHubSecrets implements FakeService {
  readonly name = "github";
  readonly server: FakeHttpServer;
  readonly scopes = new Map<string, Scope>();
  readonly token: string;
  #clock = Date.parse("2026-11-25T00:00:00Z");

  constructor(options: { token: string; injector?: FaultInjector }) {
    this.token = options.token;
    this.server = new FakeHttpServer(this, options.injector ?? new FaultInjector());
  }
  listen(): Promise<string> {
    return this.server.listen();
  }
  close(): Promise<void> {
    return this.server.close();
  }

  /** Registers a repository, environment ("owner/repo/env") or organization ("org") that exists. */
  addScope(scope: string): void {
    this.scopes.set(scope, {
      keyPair: nacl.box.keyPair(),
      keyId: `${String(this.scopes.size + 1).padStart(6, "0")}1234567890`,
      secrets: new Map(),
    });
  }

  serverError(): FakeResponse {
    return json(502, { message: "Server Error", documentation_url: DOCS, status: "502" });
  }
  throttled(): FakeResponse {
    return {
      status: 429,
      headers: { ...JSON_CT, "retry-after": "1" },
      body: JSON.stringify({
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        documentation_url: DOCS,
        status: "429",
      }),
    };
  }

  #route(req: FakeRequest): { scope: string; secret?: string; publicKey: boolean } | null {
    const p = req.url.pathname;
    let m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/secrets\/([^/]+)$/.exec(p);
    if (m)
      return {
        scope: `${m[1]}/${m[2]}`,
        ...(m[3] === "public-key" ? { publicKey: true } : { secret: m[3], publicKey: false }),
      };
    m = /^\/repos\/([^/]+)\/([^/]+)\/environments\/([^/]+)\/secrets\/([^/]+)$/.exec(p);
    if (m) {
      const scope = `${m[1]}/${m[2]}/${decodeURIComponent(m[3] ?? "")}`;
      return { scope, ...(m[4] === "public-key" ? { publicKey: true } : { secret: m[4], publicKey: false }) };
    }
    m = /^\/orgs\/([^/]+)\/actions\/secrets\/([^/]+)$/.exec(p);
    if (m)
      return {
        scope: `${m[1]}`,
        ...(m[2] === "public-key" ? { publicKey: true } : { secret: m[2], publicKey: false }),
      };
    return null;
  }

  operation(req: FakeRequest): string {
    const auth = String(req.headers.authorization ?? "");
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      throw reject(401, { message: "Bad credentials", documentation_url: DOCS, status: "401" });
    }
    const route = this.#route(req);
    if (!route) throw reject(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
    const kind = route.publicKey ? "public-key" : "secret";
    return `${req.method} ${kind}`;
  }

  handle(req: FakeRequest): FakeResponse {
    const route = this.#route(req);
    const scope = route ? this.scopes.get(route.scope) : undefined;
    if (!route || !scope) return json(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
    if (route.publicKey) {
      if (req.method !== "GET")
        return json(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
      return json(200, { key_id: scope.keyId, key: Buffer.from(scope.keyPair.publicKey).toString("base64") });
    }
    const name = route.secret ?? "";
    if (req.method === "GET") {
      const s = scope.secrets.get(name);
      if (!s) return json(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
      return json(200, {
        name,
        created_at: s.created_at,
        updated_at: s.updated_at,
        ...(s.visibility ? { visibility: s.visibility } : {}),
      });
    }
    if (req.method !== "PUT")
      return json(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^GITHUB_/i.test(name)) {
      return json(422, { message: "Invalid secret name", documentation_url: DOCS, status: "422" });
    }
    let body: { encrypted_value?: unknown; key_id?: unknown; visibility?: unknown };
    try {
      body = JSON.parse(req.body);
    } catch {
      return json(400, { message: "Problems parsing JSON", documentation_url: DOCS, status: "400" });
    }
    if (typeof body.encrypted_value !== "string" || body.key_id !== scope.keyId) {
      return json(422, {
        message: "Invalid request: key_id does not match",
        documentation_url: DOCS,
        status: "422",
      });
    }
    const isOrg = !route.scope.includes("/");
    if (isOrg && !["all", "private", "selected"].includes(String(body.visibility))) {
      return json(422, { message: "visibility is required", documentation_url: DOCS, status: "422" });
    }
    const plain = openSealed(
      Buffer.from(body.encrypted_value, "base64"),
      scope.keyPair.publicKey,
      scope.keyPair.secretKey,
    );
    if (!plain)
      return json(422, {
        message: "Bad request - failed to decrypt",
        documentation_url: DOCS,
        status: "422",
      });
    this.#clock += 1000;
    const at = new Date(this.#clock).toISOString().replace(/\.\d{3}Z$/, "Z");
    const existing = scope.secrets.get(name);
    scope.secrets.set(name, {
      value: Buffer.from(plain).toString("utf8"),
      created_at: existing?.created_at ?? at,
      updated_at: at,
      ...(isOrg ? { visibility: String(body.visibility) } : {}),
    });
    return { status: existing ? 204 : 201, headers: JSON_CT, body: existing ? "" : "{}" };
  }

  /** Test back door: the decrypted value of a secret. */
  valueOf(scope: string, name: string): string | undefined {
    return this.scopes.get(scope)?.secrets.get(name)?.value;
  }
}
