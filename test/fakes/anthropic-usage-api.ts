/**
 * A fake Anthropic Admin API for usage and cost reports, on 127.0.0.1. It
 * speaks the wire protocol strictly: `anthropic-version: 2023-06-01`,
 * `x-api-key` or `authorization: Bearer`, `page` cursors with `has_more` /
 * `next_page`, bucket limits, error bodies
 * `{"type":"error","error":{"type","message"},"request_id"}` with a
 * `request-id` header, and injectable faults (429 with retry-after, 5xx).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface MessagesBucket {
  starting_at: string;
  ending_at: string;
  results: Record<string, unknown>[];
}

export interface CostBucket {
  starting_at: string;
  ending_at: string;
  results: { amount: string; currency: "USD"; [k: string]: unknown }[];
}

export interface ClaudeCodeRow {
  date: string;
  actor: Record<string, unknown>;
  model_breakdown: Record<string, unknown>[];
  [k: string]: unknown;
}

export interface Fault {
  readonly status: number;
  readonly retryAfter?: string;
  readonly type?: string;
  readonly message?: string;
}

export interface FakeUsageApiOptions {
  readonly adminKey?: string;
  readonly bearerToken?: string;
  readonly messages?: MessagesBucket[];
  readonly cost?: CostBucket[];
  /** Rows per UTC day "YYYY-MM-DD". */
  readonly claudeCode?: Record<string, ClaudeCodeRow[]>;
}

export interface FakeUsageApi {
  readonly url: string;
  /** Every request as received (method, path + query, headers). */
  readonly requests: { method: string; url: string; headers: IncomingMessage["headers"] }[];
  /** Faults served, one per request, before normal answers resume. */
  readonly faults: Fault[];
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  429: "rate_limit_error",
  500: "api_error",
  529: "overloaded_error",
};

let requestCounter = 0;

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const id = `req_fake${String(++requestCounter).padStart(6, "0")}`;
  res.writeHead(status, { "content-type": "application/json", "request-id": id, ...headers });
  res.end(JSON.stringify(status >= 400 ? { ...(body as object), request_id: id } : body));
}

function error(
  res: ServerResponse,
  status: number,
  message: string,
  type = ERROR_TYPES[status] ?? "api_error",
  headers = {},
) {
  send(res, status, { type: "error", error: { type, message } }, headers);
}

const encodePage = (offset: number) => Buffer.from(`page:${offset}`).toString("base64url");
function decodePage(page: string | null): number | undefined {
  if (page === null) return 0;
  const s = Buffer.from(page, "base64url").toString();
  const m = /^page:(\d+)$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export async function startFakeUsageApi(options: FakeUsageApiOptions = {}): Promise<FakeUsageApi> {
  const requests: FakeUsageApi["requests"] = [];
  const faults: Fault[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "GET") return error(res, 404, `Not found: ${req.method} ${url.pathname}`);
    if (req.headers["anthropic-version"] !== "2023-06-01") {
      return error(res, 400, "anthropic-version: header is required and must be 2023-06-01");
    }
    const key = req.headers["x-api-key"];
    const auth = req.headers.authorization;
    const okKey = options.adminKey !== undefined && key === options.adminKey;
    const okBearer = options.bearerToken !== undefined && auth === `Bearer ${options.bearerToken}`;
    if (!okKey && !okBearer) {
      if (key === undefined && auth === undefined) return error(res, 401, "x-api-key header is required");
      return error(res, 401, "invalid x-api-key");
    }
    const fault = faults.shift();
    if (fault) {
      return error(
        res,
        fault.status,
        fault.message ?? "fault injected",
        fault.type ?? ERROR_TYPES[fault.status],
        fault.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {},
      );
    }
    const q = url.searchParams;
    const offset = decodePage(q.get("page"));
    if (offset === undefined) return error(res, 400, "page: invalid cursor");

    const paged = <T>(items: T[], limit: number) => {
      const data = items.slice(offset, offset + limit);
      const more = offset + limit < items.length;
      send(res, 200, { data, has_more: more, next_page: more ? encodePage(offset + limit) : null });
    };
    const window = <T extends { starting_at: string }>(items: T[]) => {
      const start = q.get("starting_at");
      const end = q.get("ending_at");
      if (!start || !RFC3339.test(start)) return "starting_at: must be an RFC 3339 timestamp";
      if (end && !RFC3339.test(end)) return "ending_at: must be an RFC 3339 timestamp";
      const s = Date.parse(start);
      const e = end ? Date.parse(end) : Number.POSITIVE_INFINITY;
      return items.filter((b) => Date.parse(b.starting_at) >= s && Date.parse(b.starting_at) < e);
    };
    const limitOf = (dflt: number, max: number): number | string => {
      const raw = q.get("limit");
      if (raw === null) return dflt;
      const v = Number(raw);
      if (!Number.isInteger(v) || v < 1 || v > max) return `limit: must be between 1 and ${max}`;
      return v;
    };

    switch (url.pathname) {
      case "/v1/organizations/usage_report/messages": {
        const width = q.get("bucket_width") ?? "1d";
        if (!["1m", "1h", "1d"].includes(width)) return error(res, 400, "bucket_width: must be 1m, 1h or 1d");
        const limit = limitOf(
          width === "1d" ? 7 : width === "1h" ? 24 : 60,
          width === "1d" ? 31 : width === "1h" ? 168 : 1440,
        );
        if (typeof limit === "string") return error(res, 400, limit);
        const items = window(options.messages ?? []);
        if (typeof items === "string") return error(res, 400, items);
        return paged(items, limit);
      }
      case "/v1/organizations/cost_report": {
        if ((q.get("bucket_width") ?? "1d") !== "1d")
          return error(res, 400, "bucket_width: only 1d is supported");
        const limit = limitOf(7, 31);
        if (typeof limit === "string") return error(res, 400, limit);
        const items = window(options.cost ?? []);
        if (typeof items === "string") return error(res, 400, items);
        return paged(items, limit);
      }
      case "/v1/organizations/usage_report/claude_code": {
        const day = q.get("starting_at");
        if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day))
          return error(res, 400, "starting_at: must be a UTC date YYYY-MM-DD");
        const limit = limitOf(20, 1000);
        if (typeof limit === "string") return error(res, 400, limit);
        return paged(options.claudeCode?.[day] ?? [], limit);
      }
      default:
        return error(res, 404, `Not found: ${url.pathname}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
