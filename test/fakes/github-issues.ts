/**
 * A fake GitHub REST API for issue comments on 127.0.0.1, strict about what
 * the real one checks: a token in `authorization`, a user agent, JSON bodies,
 * `per_page`/`page` pagination with a `Link` header, 404 for unknown repos and
 * 422 for an empty body. Faults can be queued per request (status, Retry-After,
 * or a dropped connection).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export type Fault = { status: number; retryAfter?: number; body?: unknown } | { drop: true };

export interface FakeGitHub {
  readonly url: string;
  readonly token: string;
  /** Comments per `owner/repo#number`. */
  readonly comments: Map<string, FakeComment[]>;
  /** `METHOD path` of every request, in order. */
  readonly log: string[];
  /** Faults consumed one per matching request, in order. */
  readonly faults: Array<{ match: RegExp; fault: Fault }>;
  close(): Promise<void>;
}

export async function startFakeGitHub(
  options: { token?: string; repos?: string[] } = {},
): Promise<FakeGitHub> {
  const token = options.token ?? "ghs_faketoken0123456789";
  const repos = new Set(options.repos ?? ["acme/claude-policy"]);
  const comments = new Map<string, FakeComment[]>();
  const log: string[] = [];
  const faults: FakeGitHub["faults"] = [];
  let nextId = 1000;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };
  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = "";
      req.setEncoding("utf8");
      req.on("data", (c: string) => {
        data += c;
      });
      req.on("end", () => resolve(data));
    });

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const line = `${req.method} ${url.pathname}${url.search}`;
    log.push(line);
    const body = await readBody(req);
    const faultIndex = faults.findIndex((f) => f.match.test(line));
    if (faultIndex >= 0) {
      const { fault } = faults.splice(faultIndex, 1)[0] as { fault: Fault };
      if ("drop" in fault) {
        req.socket.destroy();
        return;
      }
      send(res, fault.status, fault.body ?? { message: "Server Error" }, {
        ...(fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {}),
      });
      return;
    }
    const auth = req.headers.authorization ?? "";
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`) {
      send(res, 401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });
      return;
    }
    if (!req.headers["user-agent"]) {
      send(res, 403, {
        message:
          "Request forbidden by administrative rules. Please make sure your request has a User-Agent header",
      });
      return;
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const repo = list ? `${list[1]}/${list[2]}` : one ? `${one[1]}/${one[2]}` : "";
    if ((list || one) && !repos.has(repo)) {
      send(res, 404, { message: "Not Found" });
      return;
    }
    if (list && req.method === "GET") {
      const key = `${repo}#${list[3]}`;
      const all = comments.get(key) ?? [];
      const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30), 100);
      const page = Number(url.searchParams.get("page") ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url.toString());
        next.searchParams.set("page", String(page + 1));
        next.host = req.headers.host ?? next.host;
        headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
      }
      send(res, 200, slice, headers);
      return;
    }
    if ((list && req.method === "POST") || (one && req.method === "PATCH")) {
      if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) {
        send(res, 415, { message: "Unsupported Media Type" });
        return;
      }
      let parsed: { body?: unknown };
      try {
        parsed = JSON.parse(body);
      } catch {
        send(res, 400, { message: "Problems parsing JSON" });
        return;
      }
      if (typeof parsed.body !== "string" || parsed.body === "") {
        send(res, 422, { message: "Validation Failed", errors: [{ field: "body", code: "missing_field" }] });
        return;
      }
      if (parsed.body.length > 65_536) {
        send(res, 422, {
          message: "Validation Failed",
          errors: [
            { field: "body", code: "custom", message: "body is too long (maximum is 65536 characters)" },
          ],
        });
        return;
      }
      const now = new Date().toISOString();
      if (list) {
        const key = `${repo}#${list[3]}`;
        const c: FakeComment = {
          id: nextId++,
          body: parsed.body,
          user: { login: "github-actions[bot]", type: "Bot" },
          created_at: now,
          updated_at: now,
        };
        comments.set(key, [...(comments.get(key) ?? []), c]);
        send(res, 201, c);
        return;
      }
      for (const arr of comments.values()) {
        const c = arr.find((x) => x.id === Number(one?.[3]));
        if (c) {
          c.body = parsed.body;
          c.updated_at = now;
          send(res, 200, c);
          return;
        }
      }
      send(res, 404, { message: "Not Found" });
      return;
    }
    send(res, 404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    comments,
    log,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
