/**
 * The Anthropic side of rotation: the Admin API key endpoints (list with all
 * pages, get, update status) and a no-cost check that a key works
 * (`GET /v1/models` authenticated with it). Calls go through the one Admin
 * API client (shared/anthropic/admin-client.ts: retry policy, pagination,
 * failures translated without ever carrying a key, 401/403 as
 * ConfigurationErrors); here a 404 on a key id is the user's too.
 *
 * The Admin API cannot create keys (no such endpoint exists); new keys are
 * minted by a human in the Console and handed to `steward keys stage`.
 */
import { AdminApiClient, type AdminAuth, apiErrorOf } from "../anthropic/admin-client.js";
import { ConfigurationError } from "../errors.js";
import type { RetryOptions, RetryPorts } from "../http/retry.js";
import type { Logger } from "../logging.js";
import type { SecretValue } from "../secrets/secret-value.js";
import { type ApiKeyRecord, type ApiKeyStatus, parseApiKeyRecord } from "./api-key.js";

export { ANTHROPIC_API_URL, ANTHROPIC_VERSION } from "../anthropic/admin-client.js";

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

function authOf(c: AdminCredentials): AdminAuth {
  return "adminKey" in c ? { kind: "admin-key", key: c.adminKey } : { kind: "bearer", token: c.bearerToken };
}

export class AnthropicAdminClient implements KeyProvider {
  readonly #api: AdminApiClient;
  readonly #pageSize: number;

  constructor(options: AnthropicAdminClientOptions) {
    this.#api = new AdminApiClient({
      auth: authOf(options.credentials),
      ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.ports ? { ports: options.ports } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
    this.#pageSize = options.pageSize ?? 100;
  }

  /** A call on a key by id: a 404 is the user's (a wrong or deleted id). */
  async #onKey(what: string, id: string, body?: { status: string }): Promise<ApiKeyRecord> {
    try {
      return parseApiKeyRecord(
        await this.#api.request({
          what,
          path: `/v1/organizations/api_keys/${encodeURIComponent(id)}`,
          // Setting a status twice leaves it as once: safe to retry.
          ...(body ? { method: "POST", body, idempotent: true } : {}),
        }),
      );
    } catch (error) {
      if (apiErrorOf(error)?.status === 404) {
        throw new ConfigurationError(`The Anthropic Admin API found nothing to ${what} (404).`, {
          hint: "Check the key id (apikey_...) in Console > Settings > API keys.",
          cause: error,
        });
      }
      throw error;
    }
  }

  async listKeys(filter: { status?: ApiKeyStatus; workspaceId?: string } = {}): Promise<ApiKeyRecord[]> {
    const out: ApiKeyRecord[] = [];
    for await (const page of this.#api.pages({
      what: "list API keys",
      path: "/v1/organizations/api_keys",
      query: { limit: this.#pageSize, status: filter.status, workspace_id: filter.workspaceId },
      paging: "after_id",
    })) {
      for (const raw of page) out.push(parseApiKeyRecord(raw));
    }
    return out;
  }

  getKey(id: string): Promise<ApiKeyRecord> {
    return this.#onKey(`read API key ${id}`, id);
  }

  setKeyStatus(id: string, status: "active" | "inactive" | "archived"): Promise<ApiKeyRecord> {
    return this.#onKey(`set API key ${id} ${status}`, id, { status });
  }

  async checkKey(key: SecretValue): Promise<KeyCheck> {
    try {
      await this.#api.request({
        what: "check a key",
        path: "/v1/models",
        query: { limit: 1 },
        auth: { kind: "admin-key", key },
      });
      return { ok: true };
    } catch (error) {
      const api = apiErrorOf(error);
      if (api?.status === 401 || api?.status === 403) {
        return {
          ok: false,
          status: api.status,
          reason:
            api.status === 401
              ? `the key does not authenticate (${api.errorType ?? "401"})`
              : `the key is not allowed to list models (${api.errorType ?? "403"})`,
        };
      }
      throw error;
    }
  }
}
