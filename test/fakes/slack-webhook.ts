/**
 * A fake Slack incoming webhook on 127.0.0.1 that answers like Slack does:
 * POST only, `Content-Type: application/json`, a JSON object with `text` or
 * `blocks` (Block Kit limits checked), `200 ok` as text/html; errors as a
 * status with a short plain-text code. Faults are scripted per request:
 * error codes, 429 with Retry-After, 5xx, slow answers, dropped connections,
 * redirects.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type FakeSlackBehaviour =
  | { readonly kind: "ok" }
  /** A Slack error: `status` with `code` as the body (e.g. 404 "channel_not_found"). */
  | { readonly kind: "error"; readonly status: number; readonly code: string }
  | { readonly kind: "rate-limited"; readonly retryAfter: string }
  | { readonly kind: "server-error"; readonly status?: number }
  /** Waits `delayMs` before answering normally. */
  | { readonly kind: "slow"; readonly delayMs: number }
  /** Destroys the connection without an answer. */
  | { readonly kind: "drop" }
  /** Answers 302 to another place (what a wrong URL, e.g. a web page, does). */
  | { readonly kind: "redirect" };

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  readonly rawBody: string;
  /** The parsed body, when it was JSON. */
  readonly body: unknown;
  /** What the fake answered: status and body; "dropped" when it cut the connection. */
  readonly answer: { status: number; body: string } | "dropped";
}

export interface FakeSlackWebhook {
  /** The full webhook URL (a secret in real life: tests use it as a canary). */
  readonly url: string;
  readonly requests: ReceivedRequest[];
  /** Queues behaviours for the next requests, in order; after them, every request gets `ok`. */
  script(...behaviours: FakeSlackBehaviour[]): void;
  close(): Promise<void>;
}

/** Checks a message the way Slack does, returning the error code or undefined. */
export function slackPayloadError(body: unknown): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return "invalid_payload";
  const msg = body as Record<string, unknown>;
  if (msg.text !== undefined && typeof msg.text !== "string") return "invalid_payload";
  const hasText = typeof msg.text === "string" && msg.text.trim() !== "";
  if (msg.blocks !== undefined) {
    if (!Array.isArray(msg.blocks) || msg.blocks.length > 50) return "invalid_blocks";
    for (const block of msg.blocks as Record<string, unknown>[]) {
      if (!block || typeof block.type !== "string") return "invalid_blocks";
      const text = block.text as { type?: string; text?: unknown } | undefined;
      if (block.type === "header") {
        if (text?.type !== "plain_text" || typeof text.text !== "string" || text.text.length > 150)
          return "invalid_blocks";
      }
      if (block.type === "section") {
        if (text !== undefined && (typeof text.text !== "string" || text.text.length > 3000))
          return "invalid_blocks";
        const fields = block.fields as { text?: unknown }[] | undefined;
        if (fields !== undefined) {
          if (!Array.isArray(fields) || fields.length > 10) return "invalid_blocks";
          if (fields.some((f) => typeof f.text !== "string" || f.text.length > 2000)) return "invalid_blocks";
        }
        if (text === undefined && fields === undefined) return "invalid_blocks";
      }
      if (block.type === "context") {
        const elements = block.elements as unknown[] | undefined;
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10)
          return "invalid_blocks";
      }
      if (block.type === "actions") {
        const elements = block.elements as { text?: { text?: string }; url?: string }[] | undefined;
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 25)
          return "invalid_blocks";
        if (elements.some((e) => (e.text?.text?.length ?? 0) > 75 || (e.url?.length ?? 0) > 3000))
          return "invalid_blocks";
      }
    }
  }
  const hasBlocks = Array.isArray(msg.blocks) && msg.blocks.length > 0;
  if (!hasText && !hasBlocks) return "no_text";
  return undefined;
}

/** Starts the fake on a free port of 127.0.0.1. `hookPath` is the secret path part. */
export async function startFakeSlackWebhook(
  hookPath = "/services/T0FAKE0001/B0FAKE0002/CanaryWebhookSecret0123456789",
): Promise<FakeSlackWebhook> {
  const requests: ReceivedRequest[] = [];
  const queue: FakeSlackBehaviour[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const answer = (
    res: ServerResponse,
    record: Omit<ReceivedRequest, "answer">,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ) => {
    requests.push({ ...record, answer: { status, body } });
    res.writeHead(status, { "content-type": "text/html", ...headers });
    res.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = undefined;
      }
      const record = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, rawBody, body };
      const behaviour = queue.shift() ?? { kind: "ok" };

      const respond = () => {
        if (req.method !== "POST") return answer(res, record, 405, "invalid_method");
        if (req.url !== hookPath) return answer(res, record, 404, "no_service");
        if (!/^application\/json(;|$)/.test(req.headers["content-type"] ?? "")) {
          return answer(res, record, 400, "invalid_payload");
        }
        if (body === undefined) return answer(res, record, 400, "invalid_payload");
        const problem = slackPayloadError(body);
        if (problem) return answer(res, record, 400, problem);
        return answer(res, record, 200, "ok");
      };

      switch (behaviour.kind) {
        case "ok":
          return respond();
        case "error":
          return answer(res, record, behaviour.status, behaviour.code);
        case "rate-limited":
          return answer(res, record, 429, "rate_limited", { "retry-after": behaviour.retryAfter });
        case "server-error":
          return answer(res, record, behaviour.status ?? 500, "internal_error");
        case "redirect":
          return answer(res, record, 302, "", { location: "/login" });
        case "drop":
          requests.push({ ...record, answer: "dropped" });
          req.socket.destroy();
          return;
        case "slow": {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed && !req.socket.destroyed) respond();
            else requests.push({ ...record, answer: "dropped" });
          }, behaviour.delayMs);
          timers.add(timer);
          return;
        }
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${hookPath}`,
    requests,
    script: (...behaviours) => {
      queue.push(...behaviours);
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
