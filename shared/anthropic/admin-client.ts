/**
 * The one client for Anthropic's Admin API (../shared/docs/reference/anthropic-apis.md §1):
 * key rotation, usage and cost reports and the compliance report all talk to
 * the API through it.
 *
 * - Auth: an admin key (`x-api-key`) or an `org:admin` OAuth bearer
 *   (`authorization: Bearer`, with the `oauth-2025-04-20` beta the SDK sends);
 *   every request carries `anthropic-version: 2023-06-01`.
 * - One request function under shared/http's retry policy: bounded attempts
 *   and total time, a timeout per attempt, Retry-After honoured on 429, 5xx /
 *   408 / timeouts / resets retried. A POST is retried only when the caller
 *   says it is safe to repeat (`idempotent`); otherwise only when the server
 *   surely did not act on it (429, a refused connection).
 * - One translator: 401 and 403 become ConfigurationErrors naming what to
 *   check; everything else an {@link AnthropicApiError} (or, for callers that
 *   ask for `configurationErrors: "all"`, a ConfigurationError too). Messages
 *   carry the API's error type, message and request id, never a credential:
 *   every credential in play is scrubbed from any text taken from an answer.
 * - One paginator for both cursor styles: `after_id` / `last_id` (keys,
 *   users) and `page` / `next_page` (usage, cost and Claude Code reports).
 */
import { ConfigurationError } from "../errors.js";
import {
  classifyRetry,
  HttpStatusError,
  type RetryDecision,
  RetryError,
  type RetryOptions,
  type RetryPorts,
  systemRetryPorts,
  withRetry,
} from "../http/retry.js";
import type { Logger } from "../logging.js";
import type { SecretValue } from "../secrets/secret-value.js";

export const ANTHROPIC_API_URL = "https://api.anthropic.com";
export const ANTHROPIC_VERSION = "2023-06-01";
/** The beta the official SDK sends with an OAuth bearer (anthropic-apis.md §2.2). */
export const OAUTH_BETA = "oauth-2025-04-20";

/** An admin key (`sk-ant-admin01-...`) or an `org:admin` OAuth token, as text or a {@link SecretValue}. */
export type AdminAuth =
  | { readonly kind: "admin-key"; readonly key: string | SecretValue }
  | { readonly kind: "bearer"; readonly token: string | SecretValue };

/** The credential's plain value. Never log it or put it in an error. */
export function revealAuth(auth: AdminAuth): string {
  const s = auth.kind === "admin-key" ? auth.key : auth.token;
  return typeof s === "string" ? s : s.reveal();
}

/** The credential headers for `auth`. */
export function authHeaders(auth: AdminAuth): Record<string, string> {
  return auth.kind === "admin-key"
    ? { "x-api-key": revealAuth(auth) }
    : { authorization: `Bearer ${revealAuth(auth)}`, "anthropic-beta": OAUTH_BETA };
}

/** Every header of an Admin API request with `auth`. */
export function adminHeaders(auth: AdminAuth): Record<string, string> {
  return { "anthropic-version": ANTHROPIC_VERSION, accept: "application/json", ...authHeaders(auth) };
}

export type QueryValue = string | number | readonly string[] | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

/** `base` + `path` (a base path prefix is kept) + `query`; arrays become repeated `name[]=` parameters. */
export function adminUrl(base: string, path: string, query: Query = {}): string {
  const url = new URL(`${base.replace(/\/+$/, "")}${path}`);
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const item of v) url.searchParams.append(`${k}[]`, item);
    else url.searchParams.set(k, String(v));
  }
  return url.toString();
}

/** A failed call that is not the user's to fix (or that the caller did not ask to be a ConfigurationError). */
export class AnthropicApiError extends Error {
  readonly path: string;
  /** The HTTP status, when an answer came. */
  readonly status: number | undefined;
  /** The API's error type (`rate_limit_error`, ...). */
  readonly errorType: string | undefined;
  readonly requestId: string | undefined;
  readonly attempts: number;
  /** What the user can do about it, if anything. */
  readonly hint: string | undefined;

  constructor(
    message: string,
    fields: {
      path: string;
      status?: number;
      errorType?: string;
      requestId?: string;
      attempts?: number;
      hint?: string;
      cause?: unknown;
    },
  ) {
    super(message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.name = "AnthropicApiError";
    this.path = fields.path;
    this.status = fields.status;
    this.errorType = fields.errorType;
    this.requestId = fields.requestId;
    this.attempts = fields.attempts ?? 1;
    this.hint = fields.hint;
  }
}

/** The {@link AnthropicApiError} behind `error` (itself, or the cause of a ConfigurationError from this client). */
export function apiErrorOf(error: unknown): AnthropicApiError | undefined {
  if (error instanceof AnthropicApiError) return error;
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof AnthropicApiError ? cause : undefined;
}

export interface AdminClientOptions {
  readonly auth: AdminAuth;
  /** Default https://api.anthropic.com. */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** Over shared/http's defaults (4 attempts, 10 s per attempt, 120 s in all). */
  readonly retry?: RetryOptions;
  readonly ports?: RetryPorts;
  readonly logger?: Logger;
  /**
   * "auth" (default): only 401/403 are ConfigurationErrors. "all": every
   * failure is (report commands, where any failure is shown to the user
   * without a stack trace).
   */
  readonly configurationErrors?: "auth" | "all";
}

export interface AdminRequest {
  /** Default GET. */
  readonly method?: "GET" | "POST";
  /** `/v1/...`, without the query. */
  readonly path: string;
  readonly query?: Query;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** A POST that is safe to send twice (e.g. setting a status). GETs always are. */
  readonly idempotent?: boolean;
  /** What the call does, for messages: "list API keys" -> "Could not list API keys: ...". */
  readonly what?: string;
  /** Another credential for this call only (e.g. checking an API key with itself). */
  readonly auth?: AdminAuth;
}

export interface PageRequest extends AdminRequest {
  /** `after_id` + `last_id` (keys, users) or `page` + `next_page` (reports). */
  readonly paging: "after_id" | "page";
  /** A safety net. Default 10 000. */
  readonly maxPages?: number;
}

interface ErrorBody {
  error?: { type?: unknown; message?: unknown };
  request_id?: unknown;
}

function parseErrorBody(text: string | undefined): ErrorBody {
  try {
    const body = JSON.parse(text ?? "") as unknown;
    return typeof body === "object" && body !== null ? (body as ErrorBody) : {};
  } catch {
    return {};
  }
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function codesOf(error: unknown): { codes: string[]; names: string[]; messages: string[] } {
  const out = { codes: [] as string[], names: [] as string[], messages: [] as string[] };
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const { code, name, message } = current as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === "string") out.codes.push(code);
    if (typeof name === "string") out.names.push(name);
    if (typeof message === "string") out.messages.push(message);
    current = (current as { cause?: unknown }).cause;
  }
  return out;
}

/** Why no answer came, in a few words (never the error's own text, which may carry a URL). */
function whyNoAnswer(error: unknown): string {
  const { codes, names, messages } = codesOf(error);
  if (names.some((n) => n === "AttemptTimeoutError" || n === "TimeoutError")) return "timed out";
  if (codes.includes("ECONNREFUSED")) return "connection refused";
  if (codes.some((c) => c === "ECONNRESET" || c === "EPIPE" || c === "UND_ERR_SOCKET"))
    return "connection reset";
  if (messages.some((m) => /other side closed|socket hang up/i.test(m))) return "connection reset";
  if (codes.some((c) => c === "ENOTFOUND" || c === "EAI_AGAIN")) return "name not resolved";
  return "network failure";
}

/** For a request that is not safe to repeat: retry only what the server surely did not act on. */
function notActedOn(error: unknown): boolean {
  if (error instanceof HttpStatusError) return error.status === 429;
  return codesOf(error).codes.includes("ECONNREFUSED");
}

function shortFailure(error: unknown): string {
  if (error instanceof HttpStatusError) {
    const type = text(parseErrorBody(error.body).error?.type);
    return `HTTP ${error.status}${type ? ` ${type}` : ""}`;
  }
  return whyNoAnswer(error);
}

const AUTH_HINTS = {
  401: "Check the admin key (sk-ant-admin01-...) or OAuth token: it is wrong, revoked or expired (expired keys also answer 401). Admin keys are made in Console > Settings > Admin keys; keyless jobs need an org:admin federation rule.",
  403: "The credential needs admin access to the organization (an admin key or an org:admin OAuth token); workspace-scoped keys and workspace:* tokens cannot use the Admin API.",
} as const;

function statusHint(status: number, attempts: number): string | undefined {
  if (status === 429)
    return `Still rate-limited after ${attempts} attempt${attempts === 1 ? "" : "s"}; the Admin API allows about 100 requests a minute per organization, the usage and cost reports about 1 a minute sustained. Try again later.`;
  if (status >= 500)
    return `Anthropic answered ${status} ${attempts} time${attempts === 1 ? "" : "s"}; try again later.`;
  return undefined;
}

export class AdminApiClient {
  readonly #base: string;
  readonly #auth: AdminAuth;
  readonly #fetch: typeof fetch;
  readonly #retry: RetryOptions;
  readonly #ports: RetryPorts;
  readonly #logger: Logger | undefined;
  readonly #allConfiguration: boolean;

  constructor(options: AdminClientOptions) {
    this.#base = (options.baseUrl ?? ANTHROPIC_API_URL).replace(/\/+$/, "");
    this.#auth = options.auth;
    this.#fetch = options.fetch ?? fetch;
    this.#retry = options.retry ?? {};
    this.#ports = options.ports ?? systemRetryPorts;
    this.#logger = options.logger;
    this.#allConfiguration = options.configurationErrors === "all";
  }

  /** One call, retried under the policy; the parsed JSON answer (`{}` for an empty body). */
  async request<T = unknown>(req: AdminRequest): Promise<T> {
    const method = req.method ?? "GET";
    const auth = req.auth ?? this.#auth;
    const safe = method === "GET" || req.idempotent === true;
    const classify = this.#retry.classify ?? classifyRetry;
    const url = adminUrl(this.#base, req.path, req.query);
    try {
      const { value } = await withRetry(
        async (signal) => {
          const res = await this.#fetch(url, {
            method,
            signal,
            headers: {
              ...adminHeaders(auth),
              ...(req.body === undefined ? {} : { "content-type": "application/json" }),
            },
            ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
          });
          const body = await res.text();
          if (!res.ok) {
            throw new HttpStatusError(res.status, { retryAfter: res.headers.get("retry-after"), body });
          }
          if (body === "") return {} as T;
          try {
            return JSON.parse(body) as T;
          } catch {
            throw this.#protocolError(req, "returned a body that is not JSON");
          }
        },
        {
          ...this.#retry,
          classify: (error, now): RetryDecision => {
            const decision = classify(error, now);
            return safe || !decision.retry || notActedOn(error) ? decision : { retry: false };
          },
          onRetry: (info) =>
            this.#logger?.debug(
              `anthropic: ${req.what ?? req.path} attempt ${info.attempt} failed (${shortFailure(info.error)}); retrying in ${info.delayMs} ms`,
            ),
        },
        this.#ports,
      );
      return value;
    } catch (error) {
      throw this.#translate(error, req, auth);
    }
  }

  /** Every page of a list, page by page (each page's `data`). */
  async *pages<T>(req: PageRequest): AsyncGenerator<T[]> {
    const maxPages = req.maxPages ?? 10_000;
    let cursor: string | undefined;
    for (let n = 0; n < maxPages; n++) {
      const query = { ...req.query, [req.paging === "page" ? "page" : "after_id"]: cursor };
      const body = await this.request<{
        data?: unknown;
        has_more?: unknown;
        next_page?: unknown;
        last_id?: unknown;
      }>({ ...req, query });
      if (!Array.isArray(body.data)) throw this.#protocolError(req, "returned no data array");
      yield body.data as T[];
      if (body.has_more !== true) return;
      const next = text(req.paging === "page" ? body.next_page : body.last_id);
      if (next === undefined || next === cursor) {
        throw this.#protocolError(
          req,
          `has_more without a new ${req.paging === "page" ? "next_page" : "last_id"}`,
        );
      }
      cursor = next;
    }
    throw this.#protocolError(req, `more than ${maxPages} pages`, "Narrow the request (a shorter period).");
  }

  #label(path: string): string {
    return `Anthropic ${path.startsWith("/v1/organizations") ? "Admin API" : "API"} ${path}`;
  }

  #protocolError(req: AdminRequest, what: string, hint?: string): Error {
    const lead = req.what ? `Could not ${req.what}: ` : "";
    const message = `${lead}${this.#label(req.path)} ${what}.`;
    const error = new AnthropicApiError(message, { path: req.path, ...(hint ? { hint } : {}) });
    return this.#allConfiguration
      ? new ConfigurationError(message, {
          title: "Anthropic Admin API",
          ...(hint ? { hint } : {}),
          cause: error,
        })
      : error;
  }

  /** The one translation of a failed call; removes every credential from text that came from outside. */
  #translate(error: unknown, req: AdminRequest, auth: AdminAuth): Error {
    const retry = error instanceof RetryError ? error : undefined;
    const last = retry ? retry.lastError : error;
    if (last instanceof AnthropicApiError || last instanceof ConfigurationError) return last;
    const secrets = [revealAuth(auth), revealAuth(this.#auth)].filter((s) => s.length >= 4);
    const scrub = (s: string) => secrets.reduce((t, secret) => t.split(secret).join("[credential]"), s);
    const attempts = retry?.attempts ?? 1;
    const after = attempts > 1 ? ` after ${attempts} attempts` : "";
    const lead = req.what ? `Could not ${req.what}: ` : "";
    let api: AnthropicApiError;
    if (last instanceof HttpStatusError) {
      const body = parseErrorBody(last.body);
      const type = text(body.error?.type);
      const apiMessage = text(body.error?.message);
      const requestId = text(body.request_id);
      const message = scrub(
        `${lead}${this.#label(req.path)} answered ${last.status} ${type ?? "unknown_error"}: ${(apiMessage ?? "no message").slice(0, 300)}${requestId ? ` (request ${requestId})` : ""}${after}.`,
      );
      const hint = statusHint(last.status, attempts);
      api = new AnthropicApiError(message, {
        path: req.path,
        status: last.status,
        ...(type ? { errorType: scrub(type) } : {}),
        ...(requestId ? { requestId: scrub(requestId) } : {}),
        attempts,
        ...(hint ? { hint } : {}),
        cause: error,
      });
      if (last.status === 401 || last.status === 403) {
        return new ConfigurationError(message, {
          title: "Anthropic credentials rejected",
          hint: AUTH_HINTS[last.status],
          cause: api,
        });
      }
    } else {
      const origin = new URL(this.#base).origin;
      api = new AnthropicApiError(
        `${lead}${this.#label(req.path)} did not answer: ${whyNoAnswer(last)}${after}.`,
        { path: req.path, attempts, hint: `Check that this machine can reach ${origin}.`, cause: error },
      );
    }
    return this.#allConfiguration
      ? new ConfigurationError(api.message, {
          title: "Anthropic Admin API",
          ...(api.hint ? { hint: api.hint } : {}),
          cause: api,
        })
      : api;
  }
}
