/**
 * A fake compliance endpoint on 127.0.0.1 (the seed's
 * `POST https://compliance.company.com/api/reports`): requires
 * `Authorization: Bearer <token>`, `content-type: application/json` and an
 * `Idempotency-Key`; records a report once per key (a repeated key answers
 * 200 with `duplicate: true`, as idempotent APIs do); serves scripted faults
 * (a status with optional Retry-After, or a dropped connection) one per
 * request before answering normally.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type EndpointFault = { status: number; retryAfter?: string } | { drop: true };

export interface ReceivedPost {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

export interface FakeComplianceEndpoint {
  /** Base URL, e.g. http://127.0.0.1:1234 */
  readonly url: string;
  /** The reports URL: `${url}/api/reports`. */
  readonly reportsUrl: string;
  /** Every request as received (faulted ones included). */
  readonly requests: ReceivedPost[];
  /** Reports recorded, by Idempotency-Key. */
  readonly recorded: Map<string, unknown>;
  readonly faults: EndpointFault[];
  close(): Promise<void>;
}

export async function startFakeComplianceEndpoint(token: string): Promise<FakeComplianceEndpoint> {
  const requests: ReceivedPost[] = [];
  const recorded = new Map<string, unknown>();
  const faults: EndpointFault[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body });
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(payload));
      };
      if (req.method !== "POST" || req.url !== "/api/reports") return reply(404, { error: "not found" });
      if (req.headers.authorization !== `Bearer ${token}`) return reply(401, { error: "unauthorized" });
      const fault = faults.shift();
      if (fault) {
        if ("drop" in fault) {
          req.socket.destroy();
          return;
        }
        return reply(
          fault.status,
          { error: "fault injected" },
          fault.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {},
        );
      }
      if (!String(req.headers["content-type"] ?? "").startsWith("application/json"))
        return reply(415, { error: "content-type must be application/json" });
      const key = req.headers["idempotency-key"];
      if (typeof key !== "string" || key === "") return reply(400, { error: "Idempotency-Key is required" });
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return reply(400, { error: "body is not JSON" });
      }
      if (recorded.has(key)) return reply(200, { id: key, duplicate: true });
      recorded.set(key, parsed);
      return reply(201, { id: key, duplicate: false });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    reportsUrl: `${url}/api/reports`,
    requests,
    recorded,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
