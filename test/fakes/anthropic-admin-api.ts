/**
 * A fake Anthropic API: the Admin API key endpoints (list with
 * limit/after_id/before_id/has_more/first_id/last_id, get, update name and
 * status), `GET /v1/models` (the no-cost key check, authenticated with the
 * key itself) and `POST /v1/oauth/token` (the jwt-bearer exchange of
 * Workload Identity Federation). Strict: `anthropic-version` required,
 * error bodies `{"type":"error","error":{"type","message"},"request_id"}`
 * with a `request-id` header.
 *
 * `onStatusChange` lets a test assert an invariant on every status change
 * made through the API (e.g. "the key in AWSCURRENT is never deactivated").
 */
import {
  FakeHttpServer,
  type FakeRequest,
  type FakeResponse,
  type FakeService,
  FaultInjector,
} from "../shared/secrets/fake-http-server.js";

export interface FakeKey {
  id: string;
  secret: string;
  name: string;
  status: "active" | "inactive" | "archived" | "expired";
  created_at: string;
  expires_at: string | null;
  workspace_id: string | null;
  owner: { type: "user" | "service_account"; id: string } | null;
}

export interface FederationRule {
  readonly id: string;
  readonly organizationId: string;
  readonly serviceAccountId: string;
  readonly audience: string;
  /** Exact, or a prefix when it ends in "*". */
  readonly subjectPrefix: string;
  readonly workspaceId?: string;
  readonly scope: string;
}

let requestCounter = 0;

function error(
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
): FakeResponse {
  const request_id = `req_fake${String(++requestCounter).padStart(8, "0")}`;
  return {
    status,
    headers: { "content-type": "application/json", "request-id": request_id, ...headers },
    body: JSON.stringify({ type: "error", error: { type, message }, request_id }),
  };
}

function ok(body: unknown): FakeResponse {
  return {
    status: 200,
    headers: { "content-type": "application/json", "request-id": "req_fake_ok" },
    body: JSON.stringify(body),
  };
}

export function hintOf(secret: string): string {
  return `${secret.slice(0, 16)}...${secret.slice(-4)}`;
}

export class FakeAnthropicApi implements FakeService {
  readonly name = "anthropic";
  readonly server: FakeHttpServer;
  readonly keys: FakeKey[] = [];
  readonly rules = new Map<string, FederationRule>();
  readonly issuedTokens = new Map<string, { scope: string; ruleId: string }>();
  readonly adminKey: string;
  /** Called before every status change through the API; throw or record to assert an invariant. */
  onStatusChange: (key: FakeKey, next: FakeKey["status"]) => void = () => {};
  /** Every JSON body the token endpoint received (to check the request shape). */
  readonly tokenRequests: Record<string, unknown>[] = [];

  constructor(options: { adminKey: string; injector?: FaultInjector }) {
    this.adminKey = options.adminKey;
    this.server = new FakeHttpServer(this, options.injector ?? new FaultInjector());
  }
  listen(): Promise<string> {
    return this.server.listen();
  }
  close(): Promise<void> {
    return this.server.close();
  }

  addKey(k: Partial<FakeKey> & { secret: string }): FakeKey {
    const key: FakeKey = {
      id: `apikey_${String(this.keys.length + 1).padStart(4, "0")}`,
      name: `key-${this.keys.length + 1}`,
      status: "active",
      created_at: "2026-11-01T00:00:00Z",
      expires_at: null,
      workspace_id: "wrkspc_ci",
      owner: { type: "service_account", id: "svac_ci" },
      ...k,
    };
    this.keys.push(key);
    return key;
  }
  bySecret(secret: string | undefined): FakeKey | undefined {
    return this.keys.find((k) => k.secret === secret);
  }

  serverError(): FakeResponse {
    return error(529, "overloaded_error", "Overloaded");
  }
  throttled(): FakeResponse {
    return error(429, "rate_limit_error", "Number of requests has exceeded your rate limit.", {
      "retry-after": "1",
    });
  }

  operation(req: FakeRequest): string {
    if (req.url.pathname === "/v1/oauth/token") {
      if (req.method !== "POST") throw error(405, "invalid_request_error", "method not allowed");
      return "POST /v1/oauth/token";
    }
    if (req.headers["anthropic-version"] !== "2023-06-01") {
      throw error(400, "invalid_request_error", "anthropic-version: header is required");
    }
    const p = req.url.pathname;
    if (p === "/v1/models" && req.method === "GET") return "GET /v1/models";
    if (p === "/v1/organizations/api_keys" && req.method === "GET") return "GET api_keys";
    if (/^\/v1\/organizations\/api_keys\/[^/]+$/.test(p)) {
      if (req.method === "GET") return "GET api_key";
      if (req.method === "POST") return "POST api_key";
    }
    throw error(404, "not_found_error", "Not found");
  }

  #isLive(k: FakeKey): boolean {
    return k.status === "active" && (k.expires_at === null || Date.parse(k.expires_at) > Date.now());
  }

  #adminAuth(req: FakeRequest): FakeResponse | null {
    const key = req.headers["x-api-key"];
    const auth = String(req.headers.authorization ?? "");
    if (key === this.adminKey) return null;
    if (auth.startsWith("Bearer ")) {
      const t = this.issuedTokens.get(auth.slice(7));
      if (t && t.scope === "org:admin") return null;
      if (t) return error(403, "permission_error", "This token lacks the org:admin scope.");
    }
    return error(401, "authentication_error", "invalid x-api-key");
  }

  #view(k: FakeKey): Record<string, unknown> {
    return {
      id: k.id,
      type: "api_key",
      name: k.name,
      status: k.status,
      created_at: k.created_at,
      created_by: k.owner ? { id: k.owner.type === "user" ? k.owner.id : "user_admin", type: "user" } : null,
      expires_at: k.expires_at,
      partial_key_hint: hintOf(k.secret),
      workspace_id: k.workspace_id,
      principal:
        k.owner === null
          ? null
          : k.owner.type === "user"
            ? { type: "user_actor", user_id: k.owner.id }
            : { type: "service_account_actor", service_account_id: k.owner.id },
      scope: k.workspace_id ? { type: "workspace", workspace_id: k.workspace_id } : { type: "organization" },
    };
  }

  handle(req: FakeRequest, op: string): FakeResponse {
    switch (op) {
      case "POST /v1/oauth/token":
        return this.#token(req);
      case "GET /v1/models": {
        const k = this.bySecret(String(req.headers["x-api-key"] ?? ""));
        if (!k || !this.#isLive(k)) return error(401, "authentication_error", "invalid x-api-key");
        return ok({
          data: [{ type: "model", id: "claude-sonnet-5", display_name: "Claude Sonnet 5" }],
          has_more: false,
          first_id: "claude-sonnet-5",
          last_id: "claude-sonnet-5",
        });
      }
    }
    const denied = this.#adminAuth(req);
    if (denied) return denied;
    if (op === "GET api_keys") {
      const q = req.url.searchParams;
      const limit = Number(q.get("limit") ?? "20");
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        return error(400, "invalid_request_error", "limit: must be between 1 and 1000");
      }
      let list = this.keys.filter(
        (k) =>
          (!q.get("status") || k.status === q.get("status")) &&
          (!q.get("workspace_id") || k.workspace_id === q.get("workspace_id")),
      );
      const after = q.get("after_id");
      const before = q.get("before_id");
      if (after) {
        const i = list.findIndex((k) => k.id === after);
        if (i < 0) return error(400, "invalid_request_error", "after_id: not found");
        list = list.slice(i + 1);
      }
      if (before) {
        const i = list.findIndex((k) => k.id === before);
        if (i < 0) return error(400, "invalid_request_error", "before_id: not found");
        list = list.slice(0, i);
      }
      const page = list.slice(0, limit);
      return ok({
        data: page.map((k) => this.#view(k)),
        has_more: list.length > page.length,
        first_id: page[0]?.id ?? null,
        last_id: page.at(-1)?.id ?? null,
      });
    }
    const id = decodeURIComponent(req.url.pathname.split("/").at(-1) ?? "");
    const key = this.keys.find((k) => k.id === id);
    if (!key) return error(404, "not_found_error", `API key ${id} not found`);
    if (op === "GET api_key") return ok(this.#view(key));
    let body: { name?: unknown; status?: unknown };
    try {
      body = JSON.parse(req.body);
    } catch {
      return error(400, "invalid_request_error", "body is not JSON");
    }
    if (body.status !== undefined) {
      if (body.status !== "active" && body.status !== "inactive" && body.status !== "archived") {
        return error(400, "invalid_request_error", "status: must be one of active, inactive, archived");
      }
      if (key.status === "expired")
        return error(400, "invalid_request_error", "An expired key cannot be changed.");
      if (key.status !== body.status) {
        this.onStatusChange(key, body.status);
        key.status = body.status;
      }
    }
    if (body.name !== undefined) {
      if (typeof body.name !== "string" || body.name.length < 1 || body.name.length > 500) {
        return error(400, "invalid_request_error", "name: 1-500 characters");
      }
      key.name = body.name;
    }
    return ok(this.#view(key));
  }

  #token(req: FakeRequest): FakeResponse {
    const beta = String(req.headers["anthropic-beta"] ?? "");
    if (!beta.split(",").includes("oidc-federation-2026-04-01")) {
      return error(400, "invalid_request_error", "anthropic-beta: oidc-federation-2026-04-01 is required");
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(req.body);
    } catch {
      return error(400, "invalid_request_error", "body is not JSON");
    }
    this.tokenRequests.push({ ...body, assertion: "[jwt]" });
    if (
      body.grant_type !== "urn:ietf:params:oauth:grant-type:jwt-bearer" ||
      typeof body.assertion !== "string"
    ) {
      return error(
        400,
        "invalid_request_error",
        "grant_type must be urn:ietf:params:oauth:grant-type:jwt-bearer",
      );
    }
    const fail = () => error(401, "authentication_error", "Authentication failed");
    const rule = this.rules.get(String(body.federation_rule_id));
    if (
      !rule ||
      rule.organizationId !== body.organization_id ||
      rule.serviceAccountId !== body.service_account_id
    ) {
      return fail();
    }
    if (rule.workspaceId && body.workspace_id !== rule.workspaceId) return fail();
    let claims: { aud?: unknown; sub?: unknown; exp?: unknown };
    try {
      claims = JSON.parse(Buffer.from(body.assertion.split(".")[1] ?? "", "base64url").toString("utf8"));
    } catch {
      return fail();
    }
    const sub = String(claims.sub ?? "");
    const subOk = rule.subjectPrefix.endsWith("*")
      ? sub.startsWith(rule.subjectPrefix.slice(0, -1))
      : sub === rule.subjectPrefix;
    if (claims.aud !== rule.audience || !subOk || Number(claims.exp) * 1000 < Date.now()) return fail();
    const token = `sk-ant-oat01-fake${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
    this.issuedTokens.set(token, { scope: rule.scope, ruleId: rule.id });
    return ok({ access_token: token, token_type: "Bearer", expires_in: 600, scope: rule.scope });
  }
}
