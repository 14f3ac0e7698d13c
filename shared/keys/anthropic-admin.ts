/**
 * The Anthropic side of rotation: the Admin API key endpoints (list with all
 * pages, get, update status) and a no-cost check that a key works
 * (`GET /v1/models` authenticated with it). Calls go through shared/http's
 * retry policy; failures are translated once, here, without ever carrying a
 * key: 401/403 from the Admin API become ConfigurationErrors.
 *
 * The Admin API cannot create keys (no such endpoint exists); new keys are
 * minted by a human in the Console and handed to `steward keys stage`.
 */
import { ConfigurationError } from "../errors.js";
import {
  HttpStatusError,
  RetryError,
  type RetryOptions,
  type RetryPorts,
  systemRetryPorts,
  withRetry,
} from "../http/retry.js";
import type { Logger } from "../logging.js";
import type { SecretValue } from "../secrets/secret-value.js";
import { type ApiKeyRecord, type ApiKeyStatus, parseApiKeyRecord } from "./api-key.js";

export const ANTHROPIC_API_URL = "https://api.anthropic.com";
export const ANTHROPIC_VERSION = "2023-06-01";

/** What a no-cost call with a key showed. */
export type KeyCheck =
  | { readonly ok: true }
  /** 401: revoked, inactive, expired or simply wrong. 403: works but not allowed to list models. */
  | { readonly ok: false; readonly status: 401 | 403; readonly reason: string };

/** The Anthropic operations rotation needs; the real one is {@link AnthropicAdminClient}. */
export interface KeyProvider {
  /** Every key (all pages), optionally filtered. */
  listKeys(filter?: { status?: ApiKeyStatus; workspaceId?: string }): Promise<ApiKeyRecord[]>;
  getKey(id: string): Promise<ApiKeyRecord>;
  setKeyStatus(id: string, status: "active" | "inactive" | "archived"): Promise<ApiKeyRecord>;
  /** Proves (or disproves) that `key` authenticates, with a call that costs nothing. */
  checkKey(key: SecretValue): Promise<KeyCheck>;
}

/** Admin credentials: an admin key (`sk-ant-admin01-...`) or an `org:admin` OAuth token (WIF). */
export type AdminCredentials = { readonly adminKey: SecretValue } | { readonly bearerToken: SecretValue };

export interface AnthropicAdminClientOptions {
  readonly credentials: AdminCredentials;
  /** Default https://api.anthropic.com. */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  readonly retry?: RetryOptions;
  readonly ports?: RetryPorts;
  readonly logger?: Logger;
  /** Page size for listing keys (1-1000). Default 100. */
  readonly pageSize?: number;
}

interface ErrorBody {
  type?: string;
  error?: { type?: string; message?: string };
  request_id?: string;
}

function parseErrorBody(text: string | undefined): ErrorBody {
  try {
    return JSON.parse(text ?? "") as ErrorBody;
  } catch {
    return {};
  }
}

/** Describes an HTTP failure without its body text beyond the error type (bodies never carry keys, but be strict). */
function describeFailure(error: unknown): string {
  const last = error instanceof RetryError ? error.lastError : error;
  const attempts = error instanceof RetryError ? ` after ${error.attempts} attempt(s)` : "";
  if (last instanceof HttpStatusError) {
    const body = parseErrorBody(last.body);
    const type = body.error?.type ? ` ${body.error.type}` : "";
    const req = body.request_id ? ` (request-id ${body.request_id})` : "";
    return `HTTP ${last.status}${type}${req}${attempts}`;
  }
  const name = (last as { name?: string })?.name ?? "error";
  return `${name === "AttemptTimeoutError" ? "timed out" : "network failure"}${attempts}`;
}

function statusOfFailure(error: unknown): number | undefined {
  const last = error instanceof RetryError ? error.lastError : error;
  return last instanceof HttpStatusError ? last.status : undefined;
}

export class AnthropicAdminClient implements KeyProvider {
  readonly #base: string;
  readonly #credentials: AdminCredentials;
  readonly #fetch: typeof fetch;
  readonly #retry: RetryOptions;
  readonly #ports: RetryPorts;
  readonly #logger: Logger | undefined;
  readonly #pageSize: number;

  constructor(options: AnthropicAdminClientOptions) {
    this.#base = (options.baseUrl ?? ANTHROPIC_API_URL).replace(/\/+$/, "");
    this.#credentials = options.credentials;
    this.#fetch = options.fetch ?? fetch;
    this.#retry = options.retry ?? {};
    this.#ports = options.ports ?? systemRetryPorts;
    this.#logger = options.logger;
    this.#pageSize = options.pageSize ?? 100;
  }

  #adminHeaders(): Record<string, string> {
    const c = this.#credentials;
    return "adminKey" in c
      ? { "x-api-key": c.adminKey.reveal() }
      : { authorization: `Bearer ${c.bearerToken.reveal()}`, "anthropic-beta": "oauth-2025-04-20" };
  }

  async #request(
    what: string,
    method: "GET" | "POST",
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<unknown> {
    const { value } = await withRetry(
      async (signal) => {
        const res = await this.#fetch(`${this.#base}${path}`, {
          method,
          signal,
          headers: {
            "anthropic-version": ANTHROPIC_VERSION,
            accept: "application/json",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
            ...headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await res.text();
        if (!res.ok) {
          throw new HttpStatusError(res.status, { retryAfter: res.headers.get("retry-after"), body: text });
        }
        return text ? JSON.parse(text) : {};
      },
      {
        ...this.#retry,
        onRetry: (info) =>
          this.#logger?.debug(
            `anthropic: ${what} failed (${describeFailure(info.error)}); retrying in ${info.delayMs} ms`,
          ),
      },
      this.#ports,
    );
    return value;
  }

  async #admin(what: string, method: "GET" | "POST", path: string, body?: unknown): Promise<unknown> {
    try {
      return await this.#request(what, method, path, this.#adminHeaders(), body);
    } catch (error) {
      const status = statusOfFailure(error);
      if (status === 401 || status === 403) {
        throw new ConfigurationError(
          `The Anthropic Admin API refused to ${what} (${describeFailure(error)}).`,
          {
            title: "Anthropic admin credentials rejected",
            hint:
              status === 401
                ? "The admin key (sk-ant-admin01-...) or OAuth token is wrong, revoked or expired; create an admin key in Console > Settings > Admin keys, or use an org:admin federation rule."
                : "The credentials lack org:admin: workspace-scoped keys and workspace:* tokens cannot use the Admin API.",
            cause: error,
          },
        );
      }
      if (status === 404) {
        throw new ConfigurationError(`The Anthropic Admin API found nothing to ${what} (404).`, {
          cause: error,
        });
      }
      throw new Error(`Anthropic Admin API: could not ${what}: ${describeFailure(error)}.`, { cause: error });
    }
  }

  async listKeys(filter: { status?: ApiKeyStatus; workspaceId?: string } = {}): Promise<ApiKeyRecord[]> {
    const out: ApiKeyRecord[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10_000; page++) {
      const q = new URLSearchParams({ limit: String(this.#pageSize) });
      if (after) q.set("after_id", after);
      if (filter.status) q.set("status", filter.status);
      if (filter.workspaceId) q.set("workspace_id", filter.workspaceId);
      const res = (await this.#admin("list API keys", "GET", `/v1/organizations/api_keys?${q}`)) as {
        data?: unknown[];
        has_more?: boolean;
        last_id?: string | null;
      };
      for (const raw of res.data ?? []) out.push(parseApiKeyRecord(raw));
      if (!res.has_more) return out;
      if (!res.last_id || res.last_id === after)
        throw new Error("Anthropic Admin API: has_more without a new last_id.");
      after = res.last_id;
    }
    throw new Error("Anthropic Admin API: too many pages of API keys.");
  }

  async getKey(id: string): Promise<ApiKeyRecord> {
    return parseApiKeyRecord(
      await this.#admin(`read API key ${id}`, "GET", `/v1/organizations/api_keys/${encodeURIComponent(id)}`),
    );
  }

  async setKeyStatus(id: string, status: "active" | "inactive" | "archived"): Promise<ApiKeyRecord> {
    return parseApiKeyRecord(
      await this.#admin(
        `set API key ${id} ${status}`,
        "POST",
        `/v1/organizations/api_keys/${encodeURIComponent(id)}`,
        {
          status,
        },
      ),
    );
  }

  async checkKey(key: SecretValue): Promise<KeyCheck> {
    try {
      await this.#request("check a key", "GET", "/v1/models?limit=1", { "x-api-key": key.reveal() });
      return { ok: true };
    } catch (error) {
      const status = statusOfFailure(error);
      if (status === 401 || status === 403) {
        const type = parseErrorBody(
          ((error instanceof RetryError ? error.lastError : error) as HttpStatusError).body,
        ).error?.type;
        return {
          ok: false,
          status,
          reason:
            status === 401
              ? `the key does not authenticate (${type ?? "401"})`
              : `the key is not allowed to list models (${type ?? "403"})`,
        };
      }
      throw new Error(`Could not check the key with Anthropic: ${describeFailure(error)}.`, { cause: error });
    }
  }
}
