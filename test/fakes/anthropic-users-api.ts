/**
 * A fake Anthropic Admin API with users, composed over the usage fake
 * (test/fakes/anthropic-usage-api.ts): this server answers
 * `GET /v1/organizations/users` itself (strict `anthropic-version`, admin key,
 * `limit` 1..1000, `after_id` / `before_id` cursors, `has_more` /
 * `first_id` / `last_id`, error bodies with `request_id`) and forwards every
 * other request, headers included, to an inner usage fake (Claude Code
 * Analytics, usage and cost reports). Faults in `userFaults` apply to the
 * users endpoint only; the inner fake's `faults` to the rest.
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type ClaudeCodeRow,
  type FakeUsageApi,
  type Fault,
  startFakeUsageApi,
} from "./anthropic-usage-api.js";

export interface FakeOrgUser {
  id: string;
  email: string;
  name?: string;
  role: string;
  added_at?: string;
}

export interface FakeUsersApiOptions {
  readonly adminKey: string;
  readonly users: FakeOrgUser[];
  /** Claude Code Analytics rows per UTC day "YYYY-MM-DD". */
  readonly claudeCode?: Record<string, ClaudeCodeRow[]>;
}

export interface FakeUsersApi {
  readonly url: string;
  readonly inner: FakeUsageApi;
  /** Users requests as received (path + query). */
  readonly userRequests: string[];
  readonly userFaults: Fault[];
  close(): Promise<void>;
}

let counter = 0;
function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const id = `req_users${String(++counter).padStart(6, "0")}`;
  res.writeHead(status, { "content-type": "application/json", "request-id": id, ...headers });
  res.end(JSON.stringify(status >= 400 ? { ...(body as object), request_id: id } : body));
}
const err = (res: ServerResponse, status: number, type: string, message: string, headers = {}) =>
  send(res, status, { type: "error", error: { type, message } }, headers);

export async function startFakeUsersApi(options: FakeUsersApiOptions): Promise<FakeUsersApi> {
  const inner = await startFakeUsageApi({
    adminKey: options.adminKey,
    ...(options.claudeCode ? { claudeCode: options.claudeCode } : {}),
  });
  const userRequests: string[] = [];
  const userFaults: Fault[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/v1/organizations/users") {
      const forwarded = await fetch(`${inner.url}${req.url ?? "/"}`, {
        method: req.method ?? "GET",
        headers: Object.fromEntries(
          Object.entries(req.headers).filter(
            (e): e is [string, string] => typeof e[1] === "string" && e[0] !== "host",
          ),
        ),
      });
      const keep = ["content-type", "request-id", "retry-after"];
      res.writeHead(
        forwarded.status,
        Object.fromEntries([...forwarded.headers.entries()].filter(([k]) => keep.includes(k))),
      );
      res.end(await forwarded.text());
      return;
    }
    userRequests.push(req.url ?? "");
    if (req.method !== "GET") return err(res, 404, "not_found_error", "Not found");
    if (req.headers["anthropic-version"] !== "2023-06-01")
      return err(
        res,
        400,
        "invalid_request_error",
        "anthropic-version: header is required and must be 2023-06-01",
      );
    const key = req.headers["x-api-key"];
    if (key === undefined) return err(res, 401, "authentication_error", "x-api-key header is required");
    if (key !== options.adminKey) return err(res, 401, "authentication_error", "invalid x-api-key");
    const fault = userFaults.shift();
    if (fault) {
      return err(
        res,
        fault.status,
        fault.type ?? (fault.status === 429 ? "rate_limit_error" : "api_error"),
        fault.message ?? "fault injected",
        fault.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {},
      );
    }
    const rawLimit = url.searchParams.get("limit");
    const limit = rawLimit === null ? 20 : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      return err(res, 400, "invalid_request_error", "limit: must be between 1 and 1000");
    const after = url.searchParams.get("after_id");
    const before = url.searchParams.get("before_id");
    if (after && before)
      return err(res, 400, "invalid_request_error", "after_id and before_id are exclusive");
    let start = 0;
    if (after) {
      const i = options.users.findIndex((u) => u.id === after);
      if (i < 0) return err(res, 400, "invalid_request_error", "after_id: unknown id");
      start = i + 1;
    }
    const data = options.users.slice(start, start + limit).map((u) => ({
      type: "user",
      name: u.name ?? u.email,
      added_at: u.added_at ?? "2026-01-01T00:00:00Z",
      ...u,
    }));
    send(res, 200, {
      data,
      has_more: start + limit < options.users.length,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    inner,
    userRequests,
    userFaults,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      });
      await inner.close();
    },
  };
}
