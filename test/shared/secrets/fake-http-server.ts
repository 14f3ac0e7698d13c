/**
 * The loopback HTTP server under every fake in test/fakes/ used by the key
 * rotation tests, with fault injection: each incoming request is one "call";
 * a shared {@link FaultInjector} may answer it with a fault instead.
 *
 * Faults: `5xx` (the service's own 5xx error body), `429` (its throttling
 * body with `Retry-After: 1`), `timeout` (no answer until the client gives
 * up), `drop` (connection closed before the service acted) and
 * `lost-response` (the service acts, then the connection closes: the client
 * cannot know it worked, which is what idempotency is for).
 */
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

export const FAULT_KINDS = ["5xx", "429", "timeout", "drop", "lost-response"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface CallInfo {
  /** "secrets-manager", "anthropic", "github". */
  readonly service: string;
  /** The operation, e.g. "PutSecretValue", "GET /v1/models". */
  readonly op: string;
}

/** Decides, per call, whether to inject a fault. Shared by all fakes of a test so calls have one global order. */
export class FaultInjector {
  readonly calls: CallInfo[] = [];
  #rules: { at: number; count: number; kind: FaultKind }[] = [];
  /** Injects `kind` at the `at`-th call from now on (0-based, global order) and the `count - 1` after it. */
  injectAt(at: number, kind: FaultKind, count = 1): void {
    this.#rules.push({ at: this.calls.length + at, count, kind });
  }
  clear(): void {
    this.#rules = [];
  }
  /** Called by the servers for every request. */
  decide(call: CallInfo): FaultKind | undefined {
    const index = this.calls.length;
    this.calls.push(call);
    const rule = this.#rules.find((r) => index >= r.at && index < r.at + r.count);
    return rule?.kind;
  }
}

export interface FakeResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface FakeRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface FakeService {
  readonly name: string;
  /** Names the operation, or throws a FakeResponse for a malformed request. */
  operation(req: FakeRequest): string;
  handle(req: FakeRequest, op: string): FakeResponse | Promise<FakeResponse>;
  /** The service's own error answers for injected 5xx / 429. */
  serverError(): FakeResponse;
  throttled(): FakeResponse;
}

export class FakeHttpServer {
  readonly #server: http.Server;
  readonly #sockets = new Set<Socket>();
  readonly #service: FakeService;
  injector: FaultInjector;
  url = "";

  constructor(service: FakeService, injector: FaultInjector) {
    this.#service = service;
    this.injector = injector;
    this.#server = http.createServer((req, res) => void this.#onRequest(req, res));
    this.#server.on("connection", (socket) => {
      socket.setNoDelay(true); // no 40 ms Nagle/delayed-ACK stalls between header and body segments
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const request: FakeRequest = {
      method: req.method ?? "GET",
      url: new URL(req.url ?? "/", "http://127.0.0.1"),
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    const send = (r: FakeResponse) => {
      res.writeHead(r.status, r.headers ?? {});
      res.end(r.body ?? "");
    };
    let op: string;
    try {
      op = this.#service.operation(request);
    } catch (error) {
      if (typeof error === "object" && error !== null && "status" in error)
        return send(error as FakeResponse);
      throw error;
    }
    const fault = this.injector.decide({ service: this.#service.name, op });
    switch (fault) {
      case "5xx":
        return send(this.#service.serverError());
      case "429":
        return send(this.#service.throttled());
      case "timeout":
        return; // never answer; the client's timeout ends it (close() destroys the socket)
      case "drop":
        req.socket.destroy();
        return;
      case "lost-response": {
        await this.#service.handle(request, op);
        req.socket.destroy();
        return;
      }
      default:
        send(await this.#service.handle(request, op));
    }
  }
}

/** Throwable bad-request answer for `operation()`. */
export function reject(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}
