/**
 * POSTs compliance.json to a compliance endpoint (the seed's
 * `curl -X POST https://compliance.company.com/api/reports`), done properly:
 * HTTPS only (plain http only to a loopback address, and only when asked),
 * a bearer token that never appears in a message, bounded retries through
 * shared/http (5xx, 429 with Retry-After, dropped connections), and an
 * `Idempotency-Key` derived from the report's content so a retried post is
 * recorded once.
 */
import { ConfigurationError } from "../../errors.js";
import {
  HttpStatusError,
  RetryError,
  type RetryOptions,
  type RetryPorts,
  withRetry,
} from "../../http/retry.js";
import type { Logger } from "../../logging.js";
import { idempotencyKey } from "./build.js";
import { renderJson } from "./render.js";
import type { ComplianceReport } from "./types.js";

export interface EndpointOptions {
  readonly url: string;
  /** Sent as `Authorization: Bearer`; a secret. */
  readonly token?: string;
  /** Accept `http://127.0.0.1`, `http://localhost`, `http://[::1]` (tests). Default false. */
  readonly allowHttpLoopback?: boolean;
  readonly retry?: RetryOptions;
}

export interface EndpointPorts extends RetryPorts {
  readonly logger: Logger;
  readonly fetch?: typeof fetch;
}

export interface EndpointResult {
  readonly status: number;
  readonly attempts: number;
  readonly idempotencyKey: string;
}

export const ENDPOINT_RETRY_DEFAULTS: RetryOptions = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  attemptTimeoutMs: 30_000,
  totalTimeoutMs: 180_000,
};

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Checks the endpoint URL; messages name only its origin. */
export function checkEndpointUrl(url: string, allowHttpLoopback = false): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new ConfigurationError("The compliance endpoint URL is not a URL.", {
      title: "Compliance endpoint",
      hint: "Pass the full https:// URL of the endpoint that receives compliance.json.",
    });
  }
  if (parsed.username || parsed.password) {
    throw new ConfigurationError("The compliance endpoint URL must not carry credentials.", {
      title: "Compliance endpoint",
      hint: "Pass the token separately (endpoint-token / COMPLIANCE_ENDPOINT_TOKEN); it is sent as a bearer token.",
    });
  }
  const loopbackHttp = parsed.protocol === "http:" && LOOPBACK.has(parsed.hostname) && allowHttpLoopback;
  if (parsed.protocol !== "https:" && !loopbackHttp) {
    throw new ConfigurationError(`The compliance endpoint ${parsed.origin} must use https.`, {
      title: "Compliance endpoint",
      hint: "The report holds user names and policy details: send it over https only.",
    });
  }
  return parsed;
}

/** Posts the report; throws a ConfigurationError (without the token) when it cannot be delivered. */
export async function postComplianceReport(
  report: ComplianceReport,
  options: EndpointOptions,
  ports: EndpointPorts,
): Promise<EndpointResult> {
  const url = checkEndpointUrl(options.url, options.allowHttpLoopback);
  const key = idempotencyKey(report);
  const body = renderJson(report);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/json",
    "idempotency-key": key,
    "user-agent": "steward-compliance-report",
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const doFetch = ports.fetch ?? fetch;
  try {
    const { value: status, attempts } = await withRetry(
      async (signal) => {
        const res = await doFetch(url, { method: "POST", headers, body, signal, redirect: "error" });
        const text = await res.text().catch(() => "");
        if (!res.ok)
          throw new HttpStatusError(res.status, { retryAfter: res.headers.get("retry-after"), body: text });
        return res.status;
      },
      {
        ...ENDPOINT_RETRY_DEFAULTS,
        ...options.retry,
        onRetry: (i) =>
          ports.logger.info(
            `Compliance endpoint: attempt ${i.attempt} failed (${i.error instanceof HttpStatusError ? `HTTP ${i.error.status}` : "connection failed"}), retrying in ${Math.round(i.delayMs)} ms.`,
          ),
      },
      ports,
    );
    return { status, attempts, idempotencyKey: key };
  } catch (error) {
    const last = error instanceof RetryError ? error.lastError : error;
    const attempts = error instanceof RetryError ? error.attempts : 1;
    const what = last instanceof HttpStatusError ? `answered HTTP ${last.status}` : "could not be reached";
    throw new ConfigurationError(
      `The compliance endpoint ${url.origin} ${what} (${attempts} attempt${attempts === 1 ? "" : "s"}); the report was not delivered.`,
      {
        title: "Compliance endpoint",
        hint:
          last instanceof HttpStatusError && (last.status === 401 || last.status === 403)
            ? "Check the endpoint token."
            : "The report files were still written; re-run to post them (the Idempotency-Key stops a duplicate).",
      },
    );
  }
}
