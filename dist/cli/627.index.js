"use strict";
exports.id = 627;
exports.ids = [627];
exports.modules = {

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   e: () => (/* binding */ parseIntegerFlag)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/**
 * Strict argument parsing for commands, on top of node:util parseArgs: an
 * unknown flag or a missing value is a ConfigurationError that says what the
 * command accepts.
 */


/** Parses `args` against `options`; `--help`/`-h` is always accepted. */
function parseCommandArgs(commandName, args, options, allowPositionals = true) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...args],
            options: { ...options, help: { type: "boolean", short: "h" } },
            allowPositionals,
            strict: true,
        });
        return { values, positionals };
    }
    catch (error) {
        // Node's text, without its advice about '--' (Steward's hint says what to do) and with a full stop
        const message = (error instanceof Error ? error.message : String(error))
            .replace(/^TypeError.*?: /, "")
            .replace(/\. To specify a positional argument.*$/s, "")
            .replace(/([^.])$/, "$1.");
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`steward ${commandName}: ${message}`, {
            hint: `Run 'steward ${commandName} --help' for the options it accepts.`,
        });
    }
}
/** Parses a non-negative integer flag value, naming the flag on error. */
function parseIntegerFlag(flag, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--${flag} expects a whole number, got "${value}".`);
    }
    return Number(value);
}


/***/ }),

/***/ 627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ keys),
  keysAudit: () => (/* binding */ keysAudit),
  keysRotate: () => (/* binding */ keysRotate),
  keysStage: () => (/* binding */ keysStage),
  keysStatus: () => (/* binding */ keysStatus)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/keys/duration.ts
/**
 * Durations as policy files write them: "30d", "7d", "12h", "90m", "2w",
 * "45s", or a sequence such as "1d12h". Parsed to milliseconds.
 */

const UNIT_MS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
};
/** Parses "30d", "12h", "1d12h" ... into milliseconds; anything else is a ConfigurationError naming `field`. */
function parseDuration(value, field, location = {}) {
    if (typeof value !== "string" || !/^(\d+[smhdw])+$/.test(value.trim())) {
        throw new errors/* ConfigurationError */.j1(`${field} must be a duration such as "30d", "7d" or "12h", got ${JSON.stringify(value)}.`, { ...location, title: "Invalid duration", hint: 'Units: s, m, h, d, w; e.g. "1d12h".' });
    }
    let total = 0;
    for (const [, n, unit] of value.trim().matchAll(/(\d+)([smhdw])/g)) {
        total += Number(n) * (UNIT_MS[unit ?? "s"] ?? 0);
    }
    return total;
}
/** Renders milliseconds the short way: "30d", "7d 12h", "45m", "0s". Negative values get a "-". */
function formatDuration(ms) {
    const sign = ms < 0 ? "-" : "";
    let rest = Math.abs(Math.round(ms / 1000));
    const d = Math.floor(rest / 86_400);
    rest -= d * 86_400;
    const h = Math.floor(rest / 3600);
    rest -= h * 3600;
    const m = Math.floor(rest / 60);
    const s = rest - m * 60;
    const parts = [];
    if (d)
        parts.push(`${d}d`);
    if (h)
        parts.push(`${h}h`);
    if (!d && m)
        parts.push(`${m}m`);
    if (!d && !h && s)
        parts.push(`${s}s`);
    return sign + (parts.length ? parts.join(" ") : "0s");
}

;// CONCATENATED MODULE: ./shared/keys/audit.ts

const DAY = 86_400_000;
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
const KEY_AUDIT_COLUMNS = [
    { id: "name", title: "Key" },
    { id: "keyId", title: "Id" },
    { id: "status", title: "Status" },
    { id: "workspace", title: "Workspace" },
    { id: "owner", title: "Owner" },
    { id: "ageDays", title: "Age (days)" },
    { id: "expiresIn", title: "Expires in" },
    { id: "verdict", title: "Verdict" },
];
function requiresServiceAccount(policy, key) {
    const r = policy.requireServiceAccount;
    if (r === true)
        return true;
    if (r === false)
        return false;
    return r.includes(key.workspaceId ?? "default");
}
function judge(key, policy, nowMs, managed) {
    const out = [];
    const add = (kind, severity, message, hint) => out.push({ kind, severity, keyId: key.id, keyName: key.name, message, hint });
    const label = `Key "${key.name}" (${key.id})`;
    const created = Date.parse(key.createdAt);
    const expires = key.expiresAt === null ? null : Date.parse(key.expiresAt);
    const expired = key.status === "expired" || (expires !== null && expires <= nowMs);
    if (key.status === "inactive" || key.status === "archived")
        return out;
    if (expired) {
        if (managed) {
            add("expired", "error", `${label} has expired and is still stored for CI.`, "Mint a replacement in the Console and run 'steward keys stage' then 'steward keys rotate'.");
        }
        else {
            add("expired", "notice", `${label} has expired.`, "Archive it to keep the key list clean.");
        }
        return out;
    }
    const age = nowMs - created;
    const dueAt = created + policy.intervalMs;
    if (age >= policy.intervalMs) {
        add("overdue", "error", `${label} is ${formatDuration(age)} old, past the ${formatDuration(policy.intervalMs)} rotation interval (due ${new Date(dueAt).toISOString()}).`, "Mint a replacement in the Console, stage it with 'steward keys stage' and run 'steward keys rotate'.");
    }
    else if (dueAt - nowMs <= policy.notifyBeforeMs) {
        add("rotation-due-soon", "warning", `${label} is due for rotation in ${formatDuration(dueAt - nowMs)}.`, "Mint a replacement in the Console and stage it before the due date.");
    }
    if (expires === null) {
        add("never-expires", "warning", `${label} never expires.`, "Give its replacement an expiry in the Console (keys cannot be changed after creation).");
    }
    else if (expires - nowMs <= policy.notifyBeforeMs) {
        add("expiring-soon", managed ? "error" : "warning", `${label} expires in ${formatDuration(expires - nowMs)} (${key.expiresAt}).`, "Mint a replacement in the Console and rotate before it expires: an expired key cannot be reactivated.");
    }
    if (key.ownerKind === "user" && (managed || requiresServiceAccount(policy, key))) {
        add("personal-key", managed ? "error" : "warning", managed
            ? `${label} is a personal key but is stored for CI; it stops working when its owner leaves the organization.`
            : `${label} is a personal key in a workspace where the policy requires service-account keys.`, "Replace it with a service-account key (Console > API keys > service account), or move CI to keyless OIDC federation.");
    }
    return out;
}
function verdictOf(findings, key) {
    if (key.status === "inactive" || key.status === "archived")
        return "ignored";
    if (findings.some((f) => f.severity === "error"))
        return "error";
    if (findings.some((f) => f.severity === "warning"))
        return "warning";
    if (findings.length)
        return "notice";
    return "ok";
}
function expiresIn(key, nowMs) {
    if (key.status === "expired")
        return "expired";
    if (key.expiresAt === null)
        return "never";
    const left = Date.parse(key.expiresAt) - nowMs;
    return left <= 0 ? "expired" : formatDuration(left);
}
/**
 * Judges every key against the policy. Findings are sorted by severity, then
 * key name; rows keep the order of the findings' severity, then name, so the
 * worst keys come first.
 */
function auditKeys(keys, policy, now, options = {}) {
    const nowMs = now.getTime();
    const managed = new Set(options.managedKeyIds ?? []);
    const findings = [];
    const rows = [];
    for (const key of keys) {
        const own = judge(key, policy, nowMs, managed.has(key.id)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
        findings.push(...own);
        rows.push({
            keyId: key.id,
            name: key.name,
            status: key.status,
            workspace: key.workspaceId ?? "default",
            owner: key.ownerKind,
            ageDays: Math.max(0, Math.floor((nowMs - Date.parse(key.createdAt)) / DAY)),
            expiresAt: key.expiresAt,
            expiresIn: expiresIn(key, nowMs),
            rotationDueAt: new Date(Date.parse(key.createdAt) + policy.intervalMs).toISOString(),
            managed: managed.has(key.id),
            verdict: verdictOf(own, key),
            findings: own.map((f) => f.kind),
        });
    }
    const verdictRank = { error: 0, warning: 1, notice: 2, ok: 3, ignored: 4 };
    rows.sort((a, b) => verdictRank[a.verdict] - verdictRank[b.verdict] || a.name.localeCompare(b.name));
    findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.keyName.localeCompare(b.keyName));
    return {
        generatedAt: now.toISOString(),
        findings,
        table: { columns: KEY_AUDIT_COLUMNS, rows },
        counts: {
            keys: keys.length,
            active: keys.filter((k) => k.status === "active").length,
            error: findings.filter((f) => f.severity === "error").length,
            warning: findings.filter((f) => f.severity === "warning").length,
            notice: findings.filter((f) => f.severity === "notice").length,
        },
    };
}
/** The table as GitHub-flavoured Markdown (for the job summary and `steward keys audit`). */
function renderKeyAuditMarkdown(result) {
    const esc = (v) => String(v ?? "").replace(/\|/g, "\\|");
    const { columns, rows } = result.table;
    const lines = [
        `| ${columns.map((c) => c.title).join(" | ")} |`,
        `| ${columns.map(() => "---").join(" | ")} |`,
        ...rows.map((r) => `| ${columns.map((c) => esc(r[c.id])).join(" | ")} |`),
    ];
    return lines.join("\n");
}

// EXTERNAL MODULE: ./shared/anthropic/admin-client.ts
var admin_client = __webpack_require__(5588);
// EXTERNAL MODULE: ./shared/http/retry.ts
var retry = __webpack_require__(5129);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./shared/secrets/secret-value.ts
/**
 * A secret that cannot print itself. `String(secret)`, template strings,
 * `JSON.stringify` and `util.inspect` all give `[secret]`; only `reveal()`
 * returns the value, and the code that calls it hands the value straight to
 * an HTTP body or a cipher. Every store masks a value (the `mask` port, which
 * is `core.setSecret` in an action) the moment it reads it.
 */


const REDACTED = "[secret]";
class SecretValue {
    #value;
    constructor(value) {
        this.#value = value;
    }
    /** The plain value. Never log, print or put it in an error. */
    reveal() {
        return this.#value;
    }
    /** A stable, non-reversible id of the value (see {@link fingerprintSecret}). */
    get fingerprint() {
        return fingerprintSecret(this.#value);
    }
    equals(other) {
        return other !== null && other !== undefined && other.reveal() === this.#value;
    }
    toString() {
        return REDACTED;
    }
    toJSON() {
        return REDACTED;
    }
    [external_node_util_.inspect.custom]() {
        return REDACTED;
    }
}
const noMask = () => { };
/**
 * HMAC-SHA256 of the value under a fixed, public key, first 16 hex digits:
 * enough to tell two keys apart and to check that a target got the value we
 * meant, useless for recovering a high-entropy API key. Recorded in the
 * rotation state, never the value itself.
 */
function fingerprintSecret(value) {
    return (0,external_node_crypto_.createHmac)("sha256", "steward/key-fingerprint/v1").update(value, "utf8").digest("hex").slice(0, 16);
}

;// CONCATENATED MODULE: ./shared/keys/oidc.ts
/**
 * Keyless mode: exchange a GitHub Actions OIDC token for a short-lived
 * Anthropic access token through a Workload Identity Federation rule
 * (`POST /v1/oauth/token`, RFC 7523 jwt-bearer). Nothing to store, nothing
 * to rotate. The job needs `permissions: id-token: write`; the GitHub token
 * comes from a function passed in (`core.getIDToken(audience)` in an action).
 *
 * A failed exchange is an opaque 401 "Authentication failed" (the reason is
 * only in the Console's Workload identity history), so the error lists the
 * usual causes.
 */




const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
const FEDERATION_BETA = `${admin_client/* OAUTH_BETA */.B1},oidc-federation-2026-04-01`;
const DEFAULT_OIDC_AUDIENCE = "https://api.anthropic.com";
/** Reads the config from the environment names the Anthropic SDKs use (ANTHROPIC_FEDERATION_RULE_ID, ...). */
function federationConfigFromEnv(env) {
    const rule = env.ANTHROPIC_FEDERATION_RULE_ID;
    const org = env.ANTHROPIC_ORGANIZATION_ID;
    const svac = env.ANTHROPIC_SERVICE_ACCOUNT_ID;
    if (!rule && !org && !svac)
        return null;
    if (!rule || !org || !svac) {
        throw new errors/* ConfigurationError */.j1("Keyless mode needs ANTHROPIC_FEDERATION_RULE_ID, ANTHROPIC_ORGANIZATION_ID and ANTHROPIC_SERVICE_ACCOUNT_ID together.");
    }
    return {
        federationRuleId: rule,
        organizationId: org,
        serviceAccountId: svac,
        ...(env.ANTHROPIC_WORKSPACE_ID ? { workspaceId: env.ANTHROPIC_WORKSPACE_ID } : {}),
        ...(env.ANTHROPIC_OIDC_AUDIENCE ? { audience: env.ANTHROPIC_OIDC_AUDIENCE } : {}),
    };
}
function checkConfig(c) {
    const bad = (what, want) => new errors/* ConfigurationError */.j1(`The federation ${what} does not look right.`, { hint: `Expected ${want}.` });
    if (!/^fdrl_\w+$/.test(c.federationRuleId))
        throw bad("rule id", "an id like fdrl_... (Console > Workload identity)");
    if (!/^[0-9a-f-]{36}$/i.test(c.organizationId))
        throw bad("organization id", "the organization's UUID");
    if (!/^svac_\w+$/.test(c.serviceAccountId))
        throw bad("service account id", "an id like svac_...");
    if (c.workspaceId !== undefined && c.workspaceId !== "default" && !/^wrkspc_\w+$/.test(c.workspaceId)) {
        throw bad("workspace id", 'wrkspc_... or "default"');
    }
}
/** Exchanges a GitHub OIDC token for a short-lived Anthropic token. */
async function exchangeGitHubOidcToken(config, options) {
    checkConfig(config);
    const audience = config.audience ?? DEFAULT_OIDC_AUDIENCE;
    const mask = options.mask ?? noMask;
    let jwt;
    try {
        jwt = await options.getIdToken(audience);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1("Could not get a GitHub OIDC token for the job.", {
            hint: "Give the job 'permissions: id-token: write' (and run it on GitHub Actions).",
            cause: error,
        });
    }
    mask(jwt);
    if (jwt.length > 16 * 1024)
        throw new errors/* ConfigurationError */.j1("The OIDC token is larger than the 16 KiB Anthropic accepts.");
    const base = (options.baseUrl ?? admin_client/* ANTHROPIC_API_URL */.q9).replace(/\/+$/, "");
    const doFetch = options.fetch ?? fetch;
    const now = options.now ?? (() => new Date());
    let body;
    try {
        ({ value: body } = await (0,retry/* withRetry */.bD)(async (signal) => {
            const res = await doFetch(`${base}/v1/oauth/token`, {
                method: "POST",
                signal,
                headers: { "content-type": "application/json", "anthropic-beta": FEDERATION_BETA },
                body: JSON.stringify({
                    grant_type: JWT_BEARER_GRANT,
                    assertion: jwt,
                    federation_rule_id: config.federationRuleId,
                    organization_id: config.organizationId,
                    service_account_id: config.serviceAccountId,
                    ...(config.workspaceId ? { workspace_id: config.workspaceId } : {}),
                }),
            });
            const text = await res.text();
            if (!res.ok)
                throw new retry/* HttpStatusError */.F9(res.status, { retryAfter: res.headers.get("retry-after"), body: text });
            return JSON.parse(text);
        }, options.retry ?? {}, options.ports ?? retry/* systemRetryPorts */.qR));
    }
    catch (error) {
        const last = error instanceof retry/* RetryError */.J_ ? error.lastError : error;
        const status = last instanceof retry/* HttpStatusError */.F9 ? last.status : undefined;
        if (status === 401 || status === 403) {
            throw new errors/* ConfigurationError */.j1(`Anthropic refused the GitHub OIDC token exchange (${status}) for federation rule ${config.federationRuleId}.`, {
                title: "OIDC federation failed",
                hint: [
                    "The reason is in Console > Workload identity > history. The usual causes:",
                    `(1) the rule's match.audience is not "${audience}" (set the same audience on both sides);`,
                    "(2) the rule's subject_prefix does not match this job's 'sub' claim (repo:OWNER/REPO:ref:refs/heads/BRANCH, :environment:NAME when the job has an environment, :pull_request for PRs);",
                    "(3) the rule id, organization id or service account id is wrong, or the rule targets another service account;",
                    "(4) the rule covers several workspaces and no workspace id was given;",
                    "(5) the GitHub issuer is not registered (issuer_url https://token.actions.githubusercontent.com).",
                ].join(" "),
                cause: error,
            });
        }
        if (status === 400) {
            throw new errors/* ConfigurationError */.j1("Anthropic rejected the OIDC token exchange request (400).", {
                hint: "Check the federation ids and the workspace id.",
                cause: error,
            });
        }
        throw new Error(`The OIDC token exchange with Anthropic failed (${status ? `HTTP ${status}` : "network"}).`, {
            cause: error,
        });
    }
    if (typeof body.access_token !== "string" || !body.access_token) {
        throw new Error("The OIDC token exchange answered without an access_token.");
    }
    mask(body.access_token);
    const expiresIn = typeof body.expires_in === "number" ? body.expires_in : 60;
    return {
        accessToken: new SecretValue(body.access_token),
        expiresAt: new Date(now().getTime() + expiresIn * 1000),
        scope: typeof body.scope === "string" ? body.scope : "",
    };
}

;// CONCATENATED MODULE: ./shared/keys/policy.ts
/**
 * The key part of `api-key-policy.json` (seed document, "Centralized Key
 * Management"), parsed strictly enough to catch typos and loosely enough to
 * accept the seed's file as written:
 *
 * ```json
 * { "apiKeys": {
 *     "rotation": { "enabled": true, "interval": "30d", "notifyBefore": "7d",
 *                   "gracePeriod": "24h", "minRemainingLifetime": "7d" },
 *     "ownership": { "requireServiceAccount": true } } }
 * ```
 *
 * `gracePeriod`, `minRemainingLifetime` and `ownership` are Steward's
 * additions (all optional). The seed's `restrictions` and `audit` blocks are
 * not about key lifetimes and are ignored here (the policy linter owns them).
 */


const DEFAULT_GRACE_PERIOD = "24h";
function object(value, field, file) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1(`${field} must be an object.`, { file, title: "Invalid key policy" });
    }
    return value;
}
/** Parses the parsed JSON of `api-key-policy.json`. `file` names it in errors. */
function parseKeyPolicy(json, file = "api-key-policy.json") {
    const root = object(json, "The key policy", file);
    const apiKeys = object(root.apiKeys, "apiKeys", file);
    const rotation = object(apiKeys.rotation, "apiKeys.rotation", file);
    const at = { file };
    const enabled = rotation.enabled ?? true;
    if (typeof enabled !== "boolean") {
        throw new errors/* ConfigurationError */.j1("apiKeys.rotation.enabled must be true or false.", at);
    }
    const intervalMs = parseDuration(rotation.interval, "apiKeys.rotation.interval", at);
    const notifyBeforeMs = rotation.notifyBefore === undefined
        ? 0
        : parseDuration(rotation.notifyBefore, "apiKeys.rotation.notifyBefore", at);
    if (notifyBeforeMs >= intervalMs) {
        throw new errors/* ConfigurationError */.j1("apiKeys.rotation.notifyBefore must be shorter than apiKeys.rotation.interval.", { ...at, hint: 'E.g. "interval": "30d", "notifyBefore": "7d".' });
    }
    const gracePeriodMs = parseDuration(rotation.gracePeriod ?? DEFAULT_GRACE_PERIOD, "apiKeys.rotation.gracePeriod", at);
    const minRemainingLifetimeMs = rotation.minRemainingLifetime === undefined
        ? notifyBeforeMs
        : parseDuration(rotation.minRemainingLifetime, "apiKeys.rotation.minRemainingLifetime", at);
    let requireServiceAccount = false;
    if (apiKeys.ownership !== undefined) {
        const ownership = object(apiKeys.ownership, "apiKeys.ownership", file);
        const r = ownership.requireServiceAccount ?? false;
        if (typeof r === "boolean")
            requireServiceAccount = r;
        else if (Array.isArray(r) && r.every((w) => typeof w === "string"))
            requireServiceAccount = r;
        else {
            throw new errors/* ConfigurationError */.j1("apiKeys.ownership.requireServiceAccount must be true, false or a list of workspace ids.", at);
        }
    }
    return {
        rotationEnabled: enabled,
        intervalMs,
        notifyBeforeMs,
        gracePeriodMs,
        minRemainingLifetimeMs,
        requireServiceAccount,
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var dist_cjs = __webpack_require__(2994);
;// CONCATENATED MODULE: ./shared/secrets/aws-secrets-manager.ts
/**
 * AWS Secrets Manager as a {@link SecretStore}, through the AWS SDK (its own
 * retry: bounded attempts, backoff, throttling; credentials from the default
 * chain, i.e. the OIDC role `aws-actions/configure-aws-credentials` set up).
 *
 * Stages map to staging labels (AWSCURRENT / AWSPENDING / AWSPREVIOUS). The
 * rotation record lives in a companion secret (default `<secret>/steward-rotation`)
 * holding plain JSON without secrets, so an interrupted rotation can be read
 * back from the store alone.
 */




const LABEL = {
    current: "AWSCURRENT",
    pending: "AWSPENDING",
    previous: "AWSPREVIOUS",
};
const STAGE_OF = {
    AWSCURRENT: "current",
    AWSPENDING: "pending",
    AWSPREVIOUS: "previous",
};
/**
 * The AWS SDK's retry, on shared/http's policy (ARCHITECTURE.md rule 3):
 * bounded attempts, full-jitter exponential backoff, a server's retry-after
 * hint honoured (capped), only transient / throttling / server errors retried.
 * Implements the SDK's RetryStrategyV2; the SDK's middleware waits
 * `getRetryDelay()` before the next attempt.
 */
function stewardRetryStrategy(options) {
    const base = options.baseDelayMs ?? 500;
    const cap = options.maxDelayMs ?? 20_000;
    const maxAfter = options.maxRetryAfterMs ?? 60_000;
    const random = options.random ?? Math.random;
    const token = (count, delay) => ({
        getRetryCount: () => count,
        getRetryDelay: () => delay,
    });
    return {
        mode: "standard",
        acquireInitialRetryToken: async (_scope) => token(0, 0),
        refreshRetryTokenForRetry: async (previous, info) => {
            const count = previous.getRetryCount() + 1;
            if (count >= options.maxAttempts || info.errorType === "CLIENT_ERROR") {
                throw new Error("no more retries");
            }
            const backoff = random() * Math.min(cap, base * 2 ** (count - 1));
            const after = info.retryAfterHint ? Math.max(0, info.retryAfterHint.getTime() - Date.now()) : 0;
            return token(count, Math.round(Math.max(backoff, Math.min(after, maxAfter))));
        },
        recordSuccess: () => { },
    };
}
/** A SecretsManagerClient with Steward's retry and timeout settings. */
function createSecretsManagerClient(options = {}) {
    return new dist_cjs/* SecretsManagerClient */._H({
        ...(options.region ? { region: options.region } : {}),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
        retryStrategy: stewardRetryStrategy({
            maxAttempts: options.maxAttempts ?? 4,
            ...(options.retryBaseDelayMs === undefined ? {} : { baseDelayMs: options.retryBaseDelayMs }),
            ...(options.maxRetryAfterMs === undefined ? {} : { maxRetryAfterMs: options.maxRetryAfterMs }),
        }),
        requestHandler: {
            requestTimeout: options.requestTimeoutMs ?? 10_000,
            connectionTimeout: options.requestTimeoutMs ?? 10_000,
            throwOnRequestTimeout: true,
        },
    });
}
function errorName(error) {
    return typeof error === "object" && error !== null ? String(error.name ?? "") : "";
}
/** The one translator for this boundary: what the user can fix becomes a ConfigurationError. */
function translateSecretsManagerError(error, secretId, action) {
    const name = errorName(error);
    if (name === "AccessDeniedException" ||
        name === "UnrecognizedClientException" ||
        name === "InvalidSignatureException" ||
        name === "ExpiredTokenException" ||
        name === "CredentialsProviderError") {
        return new errors/* ConfigurationError */.j1(`AWS Secrets Manager refused to ${action} "${secretId}" (${name}).`, {
            title: "AWS access denied",
            hint: "Check the job's AWS role (aws-actions/configure-aws-credentials) allows secretsmanager:GetSecretValue, PutSecretValue, DescribeSecret, UpdateSecretVersionStage and CreateSecret on the secret and its companion '/steward-rotation' secret.",
            cause: error,
        });
    }
    if (name === "ResourceNotFoundException") {
        return new errors/* ConfigurationError */.j1(`AWS Secrets Manager has no secret "${secretId}" (while trying to ${action}).`, {
            title: "Secret not found",
            hint: "Check the secret id and the region (AWS_REGION).",
            cause: error,
        });
    }
    return error;
}
/** A stable 36-char ClientRequestToken (UUID-shaped) derived from some text. */
function requestTokenFor(text) {
    const h = (0,external_node_crypto_.createHash)("sha256").update(text, "utf8").digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
class AwsSecretsManagerStore {
    kind = "aws-secrets-manager";
    name;
    recordSecretId;
    #client;
    #mask;
    constructor(options) {
        this.name = options.secretId;
        if (!options.recordSecretId && options.secretId.startsWith("arn:")) {
            throw new errors/* ConfigurationError */.j1("With a secret ARN, name the companion rotation-record secret explicitly (recordSecretId).");
        }
        this.recordSecretId = options.recordSecretId ?? `${options.secretId}/steward-rotation`;
        this.#client = options.client;
        this.#mask = options.mask ?? noMask;
    }
    async #send(action, secretId, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw translateSecretsManagerError(error, secretId, action);
        }
    }
    async describe() {
        let out;
        try {
            out = await this.#client.send(new dist_cjs/* DescribeSecretCommand */.X5({ SecretId: this.name }));
        }
        catch (error) {
            if (errorName(error) === "ResourceNotFoundException")
                return { exists: false, versions: [] };
            throw translateSecretsManagerError(error, this.name, "describe");
        }
        const versions = [];
        for (const [versionId, labels] of Object.entries(out.VersionIdsToStages ?? {})) {
            const stages = labels.map((l) => STAGE_OF[l]).filter((s) => s !== undefined);
            if (stages.length)
                versions.push({ versionId, stages });
        }
        return { exists: true, versions };
    }
    async readStage(stage) {
        try {
            const out = await this.#client.send(new dist_cjs/* GetSecretValueCommand */.d2({ SecretId: this.name, VersionStage: LABEL[stage] }));
            if (out.SecretString === undefined || !out.VersionId)
                return null;
            this.#mask(out.SecretString);
            return { versionId: out.VersionId, value: new SecretValue(out.SecretString.trim()) };
        }
        catch (error) {
            if (errorName(error) === "ResourceNotFoundException")
                return null;
            throw translateSecretsManagerError(error, this.name, "read");
        }
    }
    async readVersion(versionId) {
        const out = await this.#send("read", this.name, () => this.#client.send(new dist_cjs/* GetSecretValueCommand */.d2({ SecretId: this.name, VersionId: versionId })));
        if (out.SecretString === undefined)
            throw new Error(`Secret version ${versionId} has no string value.`);
        this.#mask(out.SecretString);
        return new SecretValue(out.SecretString.trim());
    }
    async putVersion(value, token, stages) {
        const labels = stages.map((s) => LABEL[s]);
        try {
            const out = await this.#client.send(new dist_cjs/* PutSecretValueCommand */.cp({
                SecretId: this.name,
                SecretString: value.reveal(),
                ClientRequestToken: token,
                VersionStages: labels,
            }));
            return { versionId: out.VersionId ?? token };
        }
        catch (error) {
            if (errorName(error) !== "ResourceNotFoundException") {
                throw translateSecretsManagerError(error, this.name, "write");
            }
        }
        // No secret yet: create it empty, then add the value with the stages asked for
        // (so a first key also enters as AWSPENDING and is tested before it becomes current).
        try {
            await this.#client.send(new dist_cjs/* CreateSecretCommand */._f({
                Name: this.name,
                Description: "Anthropic API key managed by Steward (steward keys).",
            }));
        }
        catch (error) {
            if (errorName(error) !== "ResourceExistsException") {
                throw translateSecretsManagerError(error, this.name, "create");
            }
        }
        const out = await this.#send("write", this.name, () => this.#client.send(new dist_cjs/* PutSecretValueCommand */.cp({
            SecretId: this.name,
            SecretString: value.reveal(),
            ClientRequestToken: token,
            VersionStages: labels,
        })));
        return { versionId: out.VersionId ?? token };
    }
    async #holder(stage) {
        const snap = await this.describe();
        return snap.versions.find((v) => v.stages.includes(stage))?.versionId;
    }
    async moveStage(stage, versionId) {
        const holder = await this.#holder(stage);
        if (holder === versionId)
            return;
        try {
            await this.#client.send(new dist_cjs/* UpdateSecretVersionStageCommand */.be({
                SecretId: this.name,
                VersionStage: LABEL[stage],
                MoveToVersionId: versionId,
                ...(holder ? { RemoveFromVersionId: holder } : {}),
            }));
        }
        catch (error) {
            // A retried call whose first attempt landed: accept when the label is where we want it.
            if ((await this.#holder(stage).catch(() => undefined)) === versionId)
                return;
            throw translateSecretsManagerError(error, this.name, "move a staging label on");
        }
    }
    async removeStage(stage, versionId) {
        if ((await this.#holder(stage)) !== versionId)
            return;
        try {
            await this.#client.send(new dist_cjs/* UpdateSecretVersionStageCommand */.be({
                SecretId: this.name,
                VersionStage: LABEL[stage],
                RemoveFromVersionId: versionId,
            }));
        }
        catch (error) {
            if ((await this.#holder(stage).catch(() => versionId)) !== versionId)
                return;
            throw translateSecretsManagerError(error, this.name, "remove a staging label from");
        }
    }
    async readRecord() {
        try {
            const out = await this.#client.send(new dist_cjs/* GetSecretValueCommand */.d2({ SecretId: this.recordSecretId, VersionStage: "AWSCURRENT" }));
            return out.SecretString ?? null;
        }
        catch (error) {
            if (errorName(error) === "ResourceNotFoundException")
                return null;
            throw translateSecretsManagerError(error, this.recordSecretId, "read");
        }
    }
    async writeRecord(json) {
        // The token is derived from the content, and records carry a revision, so a
        // retried write is a no-op and two different writes never share a token.
        const token = requestTokenFor(`record:${json}`);
        try {
            await this.#client.send(new dist_cjs/* PutSecretValueCommand */.cp({
                SecretId: this.recordSecretId,
                SecretString: json,
                ClientRequestToken: token,
            }));
            return;
        }
        catch (error) {
            if (errorName(error) !== "ResourceNotFoundException") {
                throw translateSecretsManagerError(error, this.recordSecretId, "write");
            }
        }
        try {
            await this.#client.send(new dist_cjs/* CreateSecretCommand */._f({
                Name: this.recordSecretId,
                SecretString: json,
                ClientRequestToken: token,
                Description: `Steward key-rotation record for ${this.name} (no secret values).`,
            }));
        }
        catch (error) {
            // Created by a retried attempt (or a concurrent run): write the value over it.
            if (errorName(error) !== "ResourceExistsException") {
                throw translateSecretsManagerError(error, this.recordSecretId, "create");
            }
            await this.#send("write", this.recordSecretId, () => this.#client.send(new dist_cjs/* PutSecretValueCommand */.cp({
                SecretId: this.recordSecretId,
                SecretString: json,
                ClientRequestToken: token,
            })));
        }
    }
}

;// CONCATENATED MODULE: ./shared/keys/api-key.ts
/**
 * Anthropic API key records as Steward sees them: the Admin API object
 * (`GET /v1/organizations/api_keys`) normalised, parsed defensively
 * (`principal` and `scope` are newer fields and may be absent or null).
 * The secret itself is never part of a record.
 */
function str(value) {
    return typeof value === "string" && value !== "" ? value : null;
}
function obj(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value)
        ? value
        : null;
}
const STATUSES = new Set(["active", "inactive", "archived", "expired"]);
/** Normalises one Admin API key object. Throws on a record without an id (a protocol bug, not user error). */
function parseApiKeyRecord(raw) {
    const o = obj(raw);
    const id = str(o?.id);
    if (!o || !id)
        throw new Error("Admin API returned an API key object without an id.");
    const status = STATUSES.has(o.status) ? o.status : "inactive";
    const principal = obj(o.principal);
    const createdBy = obj(o.created_by);
    const scope = obj(o.scope);
    let ownerKind = "unknown";
    let ownerId = null;
    const ptype = str(principal?.type);
    if (ptype === "user_actor" || ptype === "user") {
        ownerKind = "user";
        ownerId = str(principal?.user_id) ?? str(principal?.id);
    }
    else if (ptype === "service_account_actor" || ptype === "service_account") {
        ownerKind = "service_account";
        ownerId = str(principal?.service_account_id) ?? str(principal?.id);
    }
    else if (o.principal === null || principal === null) {
        const ctype = str(createdBy?.type);
        if (ctype === "service_account") {
            ownerKind = "service_account";
            ownerId = str(createdBy?.id);
        }
        else if (o.principal === null) {
            // An explicit null principal: an ownerless (legacy workspace) key.
            ownerKind = "workspace";
        }
        else if (ctype === "user") {
            // Older responses without `principal`: the creator is the best guess.
            ownerKind = "user";
            ownerId = str(createdBy?.id);
        }
    }
    const workspaceId = str(o.workspace_id) ?? (str(scope?.type) === "workspace" ? str(scope?.workspace_id) : null);
    return {
        id,
        name: str(o.name) ?? "",
        status,
        createdAt: str(o.created_at) ?? new Date(0).toISOString(),
        expiresAt: str(o.expires_at),
        partialKeyHint: str(o.partial_key_hint),
        workspaceId,
        ownerKind,
        ownerId,
        createdById: str(createdBy?.id),
    };
}
/**
 * True when `secret` fits `hint` (`sk-ant-api03-R2D...igAA`): it starts with
 * the part before `...` and ends with the part after. Never logs either.
 */
function keyMatchesHint(secret, hint) {
    if (!hint)
        return false;
    const at = hint.indexOf("...");
    if (at < 0)
        return false;
    const head = hint.slice(0, at);
    const tail = hint.slice(at + 3);
    if (head.length + tail.length < 8)
        return false; // too little to identify anything
    return secret.length > head.length + tail.length && secret.startsWith(head) && secret.endsWith(tail);
}

;// CONCATENATED MODULE: ./shared/keys/rotation.ts

function emptyRecord(secret) {
    return { schema: "steward.key-rotation/v1", revision: 0, secret, rotation: null, history: [] };
}
/** Parses the record JSON; an unreadable record is treated as absent (labels stay authoritative). */
function parseRotationRecord(json, secret) {
    if (!json)
        return emptyRecord(secret);
    try {
        const r = JSON.parse(json);
        if (r?.schema !== "steward.key-rotation/v1" || typeof r.revision !== "number")
            return emptyRecord(secret);
        return { ...r, history: Array.isArray(r.history) ? r.history : [] };
    }
    catch {
        return emptyRecord(secret);
    }
}
/** Targets whose recorded write does not match the current fingerprint and the `updated_at` read now. */
function staleTargets(state, fingerprint) {
    const entry = state.record.rotation;
    const seen = state.targetUpdatedAt ?? {};
    return state.targetIds.filter((id) => {
        const rec = entry?.targets[id];
        return !rec || rec.fingerprint !== fingerprint || seen[id] === null || seen[id] !== rec.updatedAt;
    });
}
/** The one next step. Pure. */
function decideNextStep(state) {
    const { current, pending, previous } = state.labels;
    const entry = state.record.rotation;
    const checks = state.checks;
    if (!pending) {
        // AWSPENDING gone but the record not closed: the run died between the two writes.
        const unclosed = entry && !entry.finishedAt && !entry.abandonedAt && (entry.promotedAt || entry.rolledBackAt);
        return unclosed ? { kind: "close" } : { kind: "idle" };
    }
    // --- Rolled back: restore the targets, then drop AWSPENDING from the failed version.
    if (entry?.id === pending.versionId && entry.rolledBackAt && current?.versionId !== pending.versionId) {
        if (!current) {
            return {
                kind: "blocked",
                step: "rollback",
                reason: "the secret has no AWSCURRENT version after a rollback",
                action: "Put a working key into the secret as AWSCURRENT by hand, then re-run.",
            };
        }
        if (state.targetUpdatedAt === undefined)
            return { kind: "read-targets" };
        const stale = staleTargets(state, current.fingerprint);
        if (stale.length)
            return { kind: "distribute", targetIds: stale };
        return { kind: "abandon", versionId: pending.versionId };
    }
    // --- Staged, not promoted.
    if (current?.versionId !== pending.versionId) {
        if (entry?.id !== pending.versionId)
            return { kind: "open", versionId: pending.versionId };
        if (current && current.fingerprint === pending.fingerprint) {
            return {
                kind: "blocked",
                step: "test",
                reason: "the staged key is the same key AWSCURRENT already holds",
                action: "Mint a new key in the Console and stage it with 'steward keys stage'.",
            };
        }
        const test = checks.pending;
        if (!test || test.fingerprint !== pending.fingerprint)
            return { kind: "test", versionId: pending.versionId };
        if (!test.ok) {
            return {
                kind: "blocked",
                step: "test",
                reason: `the staged key failed its test: ${test.reason}`,
                action: "Nothing was changed: AWSCURRENT and every target still hold the old key. Mint a new key in the Console and stage it with 'steward keys stage', then run 'steward keys rotate'.",
            };
        }
        return { kind: "promote", versionId: pending.versionId, oldVersionId: current?.versionId ?? null };
    }
    // --- Promoted (AWSPENDING and AWSCURRENT on the same version), not finished.
    const now = Date.parse(state.now);
    const check = checks.current;
    if (!check || check.fingerprint !== pending.fingerprint)
        return { kind: "check-current" };
    if (!check.ok) {
        if (entry?.retiredAt) {
            return {
                kind: "blocked",
                step: "check-current",
                reason: `the new key stopped working after the old key was retired: ${check.reason}`,
                action: "Mint a new key in the Console and stage it now; or reactivate the old key (Console or Admin API) and move AWSCURRENT back to AWSPREVIOUS.",
            };
        }
        if (!previous || previous.fingerprint === pending.fingerprint) {
            return {
                kind: "blocked",
                step: "check-current",
                reason: `the new key fails (${check.reason}) and there is no previous version to roll back to`,
                action: "Mint a new key in the Console and stage it with 'steward keys stage'.",
            };
        }
        const prev = checks.previous;
        if (!prev || prev.fingerprint !== previous.fingerprint)
            return { kind: "check-previous" };
        if (!prev.ok) {
            return {
                kind: "blocked",
                step: "rollback",
                reason: `the new key fails (${check.reason}) and the previous key fails too (${prev.reason})`,
                action: "Mint a new key in the Console and stage it with 'steward keys stage' as soon as possible.",
            };
        }
        return { kind: "rollback", toVersionId: previous.versionId, reason: check.reason };
    }
    if (state.targetUpdatedAt === undefined)
        return { kind: "read-targets" };
    const stale = staleTargets(state, pending.fingerprint);
    if (stale.length)
        return { kind: "distribute", targetIds: stale };
    const oldKeyId = entry?.oldKeyId ?? null;
    if (oldKeyId && !entry?.retiredAt) {
        if (oldKeyId === check.key.id) {
            return {
                kind: "blocked",
                step: "retire",
                reason: "the key to retire is the key AWSCURRENT holds",
                action: "Check the rotation record; Steward will not deactivate the current key.",
            };
        }
        const promotedAt = entry?.promotedAt ? Date.parse(entry.promotedAt) : now;
        const due = promotedAt + state.gracePeriodMs;
        if (now < due)
            return { kind: "wait", until: new Date(due).toISOString() };
        return { kind: "retire", keyId: oldKeyId };
    }
    return { kind: "finish", versionId: pending.versionId };
}
/** Why a key found for a value is (not) fit to be the new current key. Pure. */
function judgeNewKey(key, expect, now) {
    if (key.status !== "active")
        return `the Admin API reports key ${key.id} as ${key.status}`;
    if (expect.workspaceId !== undefined) {
        const want = expect.workspaceId === "default" ? null : expect.workspaceId;
        if (key.workspaceId !== want) {
            return `key ${key.id} belongs to workspace ${key.workspaceId ?? "default"}, expected ${want ?? "default"}`;
        }
    }
    if (key.expiresAt !== null) {
        const left = Date.parse(key.expiresAt) - now.getTime();
        if (left < expect.minRemainingLifetimeMs) {
            return `key ${key.id} expires at ${key.expiresAt}, sooner than the policy's minimum remaining lifetime`;
        }
    }
    return null;
}
/** Finds the one Admin API key whose hint fits the value. Pure; the value never leaves. */
function identifyKey(secret, keys) {
    const matches = keys.filter((k) => keyMatchesHint(secret, k.partialKeyHint));
    if (matches.length === 1 && matches[0])
        return { key: matches[0] };
    if (matches.length === 0)
        return { reason: "no key in the organization matches it (wrong organization, or archived)" };
    const active = matches.filter((k) => k.status === "active");
    if (active.length === 1 && active[0])
        return { key: active[0] };
    return { reason: `${matches.length} keys match its hint; cannot tell which one it is` };
}

;// CONCATENATED MODULE: ./shared/keys/rotate.ts
/**
 * The rotation runner: reads the state from the store, asks the pure planner
 * (`rotation.ts`) for the next step, performs it, and repeats until the
 * planner says idle, wait or blocked. Every step is idempotent, and the state
 * lives in the store, so running it again after any failure, or after the
 * process was killed between any two steps, continues where it stopped.
 *
 * Keys are {@link SecretValue}s from the moment they are read: they reach
 * only the store, the GitHub sealed box and the Anthropic key check.
 */



const STAGES = ["current", "pending", "previous"];
class Run {
    #d;
    #s;
    values = new Map();
    steps = [];
    checks = {};
    targetUpdatedAt;
    /** Targets this run has written. */
    ownWrites = new Set();
    #keys;
    last;
    constructor(deps, settings) {
        this.#d = deps;
        this.#s = settings;
    }
    async observe() {
        const snap = await this.#d.store.describe();
        const labels = { current: null, pending: null, previous: null };
        const values = {};
        for (const stage of STAGES) {
            const v = snap.versions.find((x) => x.stages.includes(stage));
            if (!v)
                continue;
            let value = this.values.get(v.versionId);
            if (!value) {
                value = await this.#d.store.readVersion(v.versionId);
                this.values.set(v.versionId, value);
            }
            values[stage] = value;
            labels[stage] = { versionId: v.versionId, fingerprint: value.fingerprint };
        }
        const record = parseRotationRecord(await this.#d.store.readRecord(), this.#d.store.name);
        this.last = { labels, values, record };
        return this.last;
    }
    state(o) {
        return {
            labels: o.labels,
            record: o.record,
            checks: this.checks,
            targetUpdatedAt: this.targetUpdatedAt,
            targetIds: this.#d.targets.map((t) => t.id),
            now: this.#d.now().toISOString(),
            gracePeriodMs: this.#s.gracePeriodMs,
        };
    }
    async keys() {
        this.#keys ??= await this.#d.provider.listKeys();
        return this.#keys;
    }
    /** No-cost call with the key, then find it in the Admin API and judge it. */
    async check(value, asNewKey) {
        const fingerprint = value.fingerprint;
        const works = await this.#d.provider.checkKey(value);
        if (!works.ok)
            return { ok: false, fingerprint, reason: works.reason };
        this.#keys = undefined; // statuses may have changed since the last listing
        const found = identifyKey(value.reveal(), await this.keys());
        if ("reason" in found)
            return { ok: false, fingerprint, reason: `the Admin API cannot identify it: ${found.reason}` };
        const why = asNewKey
            ? judgeNewKey(found.key, {
                ...(this.#s.expectedWorkspaceId === undefined
                    ? {}
                    : { workspaceId: this.#s.expectedWorkspaceId }),
                minRemainingLifetimeMs: this.#s.minRemainingLifetimeMs,
            }, this.#d.now())
            : found.key.status === "active"
                ? null
                : `the Admin API reports key ${found.key.id} as ${found.key.status}`;
        return why
            ? { ok: false, fingerprint, reason: why, key: found.key }
            : { ok: true, fingerprint, key: found.key };
    }
    async writeRecord(o, rotation, history = o.record.history) {
        const next = {
            ...o.record,
            revision: o.record.revision + 1,
            rotation,
            history: history.slice(0, 10),
        };
        await this.#d.store.writeRecord(JSON.stringify(next));
        o.record = next;
    }
    /** Performs one step; returns a line for the outcome. */
    async perform(step, o) {
        const now = this.#d.now().toISOString();
        const entry = o.record.rotation;
        const store = this.#d.store;
        switch (step.kind) {
            case "open": {
                const pending = o.labels.pending;
                const history = entry ? [entry, ...o.record.history] : o.record.history;
                await this.writeRecord(o, { id: step.versionId, newFingerprint: pending.fingerprint, openedAt: now, targets: {} }, history);
                return `opened rotation ${step.versionId} (new key fingerprint ${pending.fingerprint})`;
            }
            case "test": {
                const value = o.values.pending;
                this.checks.pending = await this.check(value, true);
                if (!this.checks.pending.ok)
                    return `the staged key failed its test: ${this.checks.pending.reason}`;
                const key = this.checks.pending.key;
                if (entry)
                    await this.writeRecord(o, { ...entry, testedAt: now, newKeyId: key.id });
                return `the staged key works and is ${key.id} ("${key.name}", ${key.workspaceId ?? "default"} workspace, expires ${key.expiresAt ?? "never"})`;
            }
            case "promote": {
                let oldKeyId = null;
                const old = o.values.current;
                if (old) {
                    const found = identifyKey(old.reveal(), await this.keys());
                    if ("key" in found)
                        oldKeyId = found.key.id;
                    else
                        this.#d.logger.warning(`Cannot identify the current key in the Admin API (${found.reason}); it will not be retired automatically.`);
                }
                if (!entry)
                    throw new Error("promote without a rotation record");
                await this.writeRecord(o, {
                    ...entry,
                    oldVersionId: step.oldVersionId,
                    oldFingerprint: o.labels.current?.fingerprint ?? null,
                    oldKeyId,
                    promotedAt: now,
                });
                await store.moveStage("current", step.versionId);
                this.checks.current = undefined;
                return `promoted: AWSCURRENT -> ${step.versionId}${step.oldVersionId ? `, AWSPREVIOUS -> ${step.oldVersionId}` : ""}`;
            }
            case "check-current": {
                this.checks.current = await this.check(o.values.current, false);
                return this.checks.current.ok
                    ? `the key in AWSCURRENT works (${this.checks.current.key.id})`
                    : `the key in AWSCURRENT fails: ${this.checks.current.reason}`;
            }
            case "check-previous": {
                this.checks.previous = await this.check(o.values.previous, false);
                return this.checks.previous.ok
                    ? `the key in AWSPREVIOUS still works (${this.checks.previous.key.id})`
                    : `the key in AWSPREVIOUS fails: ${this.checks.previous.reason}`;
            }
            case "read-targets": {
                const seen = {};
                for (const t of this.#d.targets)
                    seen[t.id] = await t.lastUpdated();
                this.targetUpdatedAt = seen;
                return `read ${this.#d.targets.length} target(s)`;
            }
            case "distribute": {
                const value = o.values.current;
                const done = [];
                for (const id of step.targetIds) {
                    const target = this.#d.targets.find((t) => t.id === id);
                    if (!target || !entry)
                        continue;
                    const before = this.targetUpdatedAt?.[id] ?? null;
                    await target.write(value);
                    const after = await target.lastUpdated();
                    // GitHub's updated_at has one-second resolution: a second write of ours within the
                    // same second (redistribution after a rollback) may show the same time.
                    const sameSecondAsOurs = after !== null && after === before && this.ownWrites.has(id);
                    if (after === null || (before !== null && after <= before && !sameSecondAsOurs)) {
                        throw new Error(`${target.description}: GitHub did not confirm the write (updated_at ${after ?? "missing"}, before ${before ?? "none"}).`);
                    }
                    this.targetUpdatedAt = { ...this.targetUpdatedAt, [id]: after };
                    this.ownWrites.add(id);
                    const latest = o.record.rotation ?? entry;
                    await this.writeRecord(o, {
                        ...latest,
                        targets: {
                            ...latest.targets,
                            [id]: { fingerprint: value.fingerprint, updatedAt: after, verifiedAt: now },
                        },
                    });
                    done.push(target.description);
                }
                return `wrote and verified ${done.join("; ")}`;
            }
            case "retire": {
                // Never deactivate what AWSCURRENT holds: re-read it and compare, whatever the record says.
                const current = await store.readStage("current");
                if (current) {
                    const found = identifyKey(current.value.reveal(), await this.keys());
                    if ("key" in found && found.key.id === step.keyId) {
                        throw new Error(`refusing to retire ${step.keyId}: it is the key AWSCURRENT holds`);
                    }
                    if (entry?.oldFingerprint && current.value.fingerprint === entry.oldFingerprint) {
                        throw new Error(`refusing to retire ${step.keyId}: AWSCURRENT still holds the old key`);
                    }
                }
                const key = await this.#d.provider.getKey(step.keyId);
                if (key.status === "active")
                    await this.#d.provider.setKeyStatus(step.keyId, "inactive");
                this.#keys = undefined;
                if (entry)
                    await this.writeRecord(o, { ...entry, retiredAt: now });
                return key.status === "active"
                    ? `retired the old key ${step.keyId} (now inactive)`
                    : `the old key ${step.keyId} was already ${key.status}`;
            }
            case "finish": {
                await store.removeStage("pending", step.versionId);
                if (entry)
                    await this.writeRecord(o, { ...entry, finishedAt: now });
                return "finished: AWSPENDING removed";
            }
            case "rollback": {
                if (entry)
                    await this.writeRecord(o, { ...entry, rolledBackAt: now, rollbackReason: step.reason });
                await store.moveStage("current", step.toVersionId);
                this.checks.current = undefined;
                return `rolled back: AWSCURRENT -> ${step.toVersionId} (${step.reason})`;
            }
            case "abandon": {
                await store.removeStage("pending", step.versionId);
                if (entry)
                    await this.writeRecord(o, { ...entry, abandonedAt: now });
                return `abandoned the failed version ${step.versionId}`;
            }
            case "close": {
                if (entry) {
                    await this.writeRecord(o, entry.rolledBackAt ? { ...entry, abandonedAt: now } : { ...entry, finishedAt: now });
                }
                return "closed the rotation record";
            }
            default:
                throw new Error(`not a step: ${step.kind}`);
        }
    }
    summary() {
        const o = this.last;
        const keys = [];
        for (const stage of STAGES) {
            const ref = o?.labels[stage];
            if (!ref)
                continue;
            const check = [this.checks.current, this.checks.pending, this.checks.previous].find((c) => c?.fingerprint === ref.fingerprint);
            const key = check?.key;
            keys.push({
                stage,
                versionId: ref.versionId,
                fingerprint: ref.fingerprint,
                ...(key ? { keyId: key.id, keyStatus: key.status } : {}),
                ...(check ? { works: check.ok } : {}),
            });
        }
        const currentFp = o?.labels.current?.fingerprint;
        const targets = this.#d.targets.map((t) => {
            const rec = o?.record.rotation?.targets[t.id];
            const seen = this.targetUpdatedAt?.[t.id] ?? null;
            return {
                id: t.id,
                description: t.description,
                inSync: !!rec &&
                    rec.fingerprint === currentFp &&
                    (this.targetUpdatedAt === undefined || seen === rec.updatedAt),
                updatedAt: this.targetUpdatedAt ? seen : (rec?.updatedAt ?? null),
            };
        });
        return { keys, targets };
    }
}
/** Which step a planner answer is about (for failures inside a step). */
function stepOf(next) {
    switch (next.kind) {
        case "idle":
        case "wait":
            return "finish";
        case "blocked":
            return next.step;
        default:
            return next.kind;
    }
}
/**
 * Runs the remaining steps of the rotation in progress (see `rotation.ts`).
 * Never throws for failures of the outside world: they come back as a
 * `failed` outcome that names the step, the state of each key and what to do.
 * Errors thrown by `afterStep` (a simulated kill) propagate.
 */
async function runRotation(deps, settings) {
    const run = new Run(deps, settings);
    const secret = deps.store.name;
    let next = { kind: "idle" };
    const outcome = (fields) => ({
        secret,
        rotationId: run.last?.record.rotation?.id ?? null,
        steps: run.steps,
        ...run.summary(),
        ...fields,
    });
    const maxSteps = settings.maxSteps ?? 40;
    for (let i = 0; i < maxSteps; i++) {
        let detail;
        try {
            next = { kind: "read-state" };
            const observed = await run.observe();
            next = decideNextStep(run.state(observed));
            if (next.kind === "idle" || next.kind === "wait" || next.kind === "blocked")
                break;
            deps.logger.info(`keys: ${next.kind}`);
            detail = await run.perform(next, observed);
        }
        catch (error) {
            const step = stepOf(next);
            const config = (0,errors/* isConfigurationError */.p0)(error);
            const unchanged = !run.steps.some((s) => ["promote", "distribute", "rollback", "retire"].includes(s.step));
            deps.logger.error(`keys: ${step} failed: ${(0,errors/* getErrorMessage */.u1)(error)}`);
            return outcome({
                status: "failed",
                failedStep: step,
                failureKind: config ? "configuration" : "transient",
                unchanged,
                message: `Key rotation of ${secret} failed at step "${step}": ${(0,errors/* getErrorMessage */.u1)(error)}`,
                action: config
                    ? "Fix the configuration named above, then run 'steward keys rotate' again; it resumes at this step."
                    : "Run 'steward keys rotate' again (or re-run the workflow); it resumes at this step. If it keeps failing, check the service's status.",
            });
        }
        run.steps.push({ step: next.kind, detail });
        deps.logger.info(`keys: ${detail}`);
        if (next.kind === "test" && run.checks.pending && !run.checks.pending.ok)
            continue;
        await deps.afterStep?.(next.kind);
    }
    const did = (s) => run.steps.some((x) => x.step === s);
    const rolledBack = did("rollback") || did("abandon") || (did("close") && !!run.last?.record.rotation?.abandonedAt);
    if (next.kind === "blocked") {
        return outcome({
            status: rolledBack ? "rolled-back" : "failed",
            failedStep: next.step,
            failureKind: "blocked",
            unchanged: next.step === "test",
            message: `Key rotation of ${secret} stopped at step "${next.step}": ${next.reason}.`,
            action: next.action,
        });
    }
    if (next.kind === "wait") {
        return outcome({
            status: "waiting",
            message: `The new key is current and in every target; the old key stays active until ${next.until} (grace period).`,
            action: `Run 'steward keys rotate' again after ${next.until} to retire the old key.`,
            retryAt: next.until,
        });
    }
    if (next.kind !== "idle") {
        return outcome({
            status: "failed",
            failedStep: stepOf(next),
            failureKind: "transient",
            message: `Key rotation of ${secret} did not settle within ${maxSteps} steps.`,
            action: "Run 'steward keys rotate' again; if this repeats, report a bug with 'steward keys status' output.",
        });
    }
    if (rolledBack) {
        const reason = run.last?.record.rotation?.rollbackReason ?? "the new key failed";
        return outcome({
            status: "rolled-back",
            failedStep: "check-current",
            failureKind: "blocked",
            message: `The new key for ${secret} failed after promotion (${reason}); AWSCURRENT and every target are back on the previous key.`,
            action: "Mint a new key in the Console, stage it with 'steward keys stage' and run 'steward keys rotate'.",
        });
    }
    if (run.steps.length === 0) {
        return outcome({
            status: "idle",
            message: `No rotation in progress for ${secret}.`,
            action: "To rotate: mint a key in the Console, then 'steward keys stage' and 'steward keys rotate'.",
        });
    }
    return outcome({
        status: "done",
        message: `Rotated ${secret}: the new key is in AWSCURRENT and every target, and the old key is retired.`,
        action: "Nothing to do.",
    });
}
/**
 * Step 1: stores a key minted in the Console as the pending version
 * (AWSPENDING). Idempotent: staging the same key again does nothing. Refuses
 * the key AWSCURRENT or AWSPREVIOUS holds, and refuses while a promoted
 * rotation is unfinished. Replaces a staged key that was never promoted.
 */
async function stageKey(deps, value) {
    const { store } = deps;
    const trimmed = value.reveal();
    if (!/^sk-ant-[A-Za-z0-9_-]{20,}$/.test(trimmed)) {
        throw new errors/* ConfigurationError */.j1("That does not look like an Anthropic API key (sk-ant-...).", {
            hint: "Paste the key exactly as the Console showed it, on standard input or in a file.",
        });
    }
    const snap = await store.describe();
    const holder = (s) => snap.versions.find((v) => v.stages.includes(s))?.versionId;
    const fp = value.fingerprint;
    const fpOf = async (s) => {
        const id = holder(s);
        return id ? (await store.readVersion(id)).fingerprint : undefined;
    };
    const pendingId = holder("pending");
    if (pendingId && pendingId === holder("current")) {
        throw new errors/* ConfigurationError */.j1(`A rotation of ${store.name} is promoted but not finished.`, {
            hint: "Run 'steward keys rotate' to finish it before staging another key.",
        });
    }
    if (fp === (await fpOf("current"))) {
        throw new errors/* ConfigurationError */.j1(`That key is already the current key of ${store.name}.`, {
            hint: "Mint a new key in the Console and stage that one.",
        });
    }
    if (fp === (await fpOf("previous"))) {
        throw new errors/* ConfigurationError */.j1(`That key is the previous key of ${store.name}; re-staging it is not a rotation.`, {
            hint: "Mint a new key in the Console and stage that one.",
        });
    }
    if (pendingId && fp === (await fpOf("pending"))) {
        return {
            secret: store.name,
            versionId: pendingId,
            fingerprint: fp,
            created: false,
            message: "Already staged.",
        };
    }
    if (pendingId)
        deps.logger.warning(`Replacing the staged key ${pendingId}, which was never promoted.`);
    const token = requestTokenFor(`stage:${store.name}:${fp}`);
    const { versionId } = await store.putVersion(value, token, ["pending"]);
    return {
        secret: store.name,
        versionId,
        fingerprint: fp,
        created: true,
        message: `Staged the new key as AWSPENDING (version ${versionId}, fingerprint ${fp}). Run 'steward keys rotate' next.`,
    };
}
/** Reads the store and says where the rotation stands. Never changes anything. */
async function inspectRotation(deps, settings) {
    const snap = await deps.store.describe();
    const run = new Run({ ...deps, provider: undefined }, { gracePeriodMs: settings.gracePeriodMs, minRemainingLifetimeMs: 0 });
    const o = await run.observe();
    const next = decideNextStep(run.state(o));
    const { keys } = run.summary();
    const entry = o.record.rotation;
    const summary = next.kind === "idle"
        ? `No rotation in progress${entry?.finishedAt ? ` (last finished ${entry.finishedAt})` : ""}.`
        : next.kind === "open" || next.kind === "test"
            ? "A key is staged (AWSPENDING); 'steward keys rotate' will test and promote it."
            : next.kind === "blocked"
                ? `Blocked at ${next.step}: ${next.reason}.`
                : `A rotation is in progress (promoted ${entry?.promotedAt ?? "?"}); 'steward keys rotate' continues it.`;
    return { secret: deps.store.name, exists: snap.exists, keys, rotation: entry, next: next.kind, summary };
}

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/blakejs/index.js
var blakejs = __webpack_require__(7493);
var blakejs_default = /*#__PURE__*/__webpack_require__.n(blakejs);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./shared/secrets/sealed-box.ts
/**
 * libsodium's sealed box (`crypto_box_seal`), which GitHub uses for Actions
 * secrets: an ephemeral X25519 key pair, nonce = BLAKE2b-24(ephemeral pk ||
 * recipient pk), ciphertext = ephemeral pk || crypto_box(message). Built on
 * tweetnacl (box) and blakejs (BLAKE2b); cross-checked in tests against a
 * ciphertext made by libsodium itself.
 */


function nonceFor(ephemeralPublicKey, recipientPublicKey) {
    const input = new Uint8Array(64);
    input.set(ephemeralPublicKey, 0);
    input.set(recipientPublicKey, 32);
    return blakejs_default().blake2b(input, undefined, (nacl_fast_default()).box.nonceLength);
}
/** Seals `message` for `recipientPublicKey` (32 bytes). Returns the raw sealed box. */
function sealedBoxSeal(message, recipientPublicKey) {
    if (recipientPublicKey.length !== (nacl_fast_default()).box.publicKeyLength) {
        throw new Error(`A sealed-box public key is 32 bytes, got ${recipientPublicKey.length}.`);
    }
    const ephemeral = nacl_fast_default().box.keyPair();
    const boxed = nacl_fast_default().box(message, nonceFor(ephemeral.publicKey, recipientPublicKey), recipientPublicKey, ephemeral.secretKey);
    ephemeral.secretKey.fill(0);
    const out = new Uint8Array(32 + boxed.length);
    out.set(ephemeral.publicKey, 0);
    out.set(boxed, 32);
    return out;
}
/** Opens a sealed box with the recipient's key pair; null when it does not open. */
function sealedBoxOpen(sealed, recipientPublicKey, recipientSecretKey) {
    if (sealed.length < 32 + nacl.box.overheadLength)
        return null;
    const ephemeralPublicKey = sealed.subarray(0, 32);
    return nacl.box.open(sealed.subarray(32), nonceFor(ephemeralPublicKey, recipientPublicKey), ephemeralPublicKey, recipientSecretKey);
}
/** GitHub's form: base64 public key in, base64 `encrypted_value` out. */
function encryptForGitHub(value, base64PublicKey) {
    const key = Buffer.from(base64PublicKey, "base64");
    return Buffer.from(sealedBoxSeal(Buffer.from(value, "utf8"), key)).toString("base64");
}

;// CONCATENATED MODULE: ./shared/secrets/github-secrets.ts
/**
 * GitHub Actions secrets as write-only {@link SecretTarget}s: organization,
 * repository or environment secrets, encrypted with the target's public key
 * (libsodium sealed box) and written through Octokit. GitHub never returns a
 * secret's value, so a write is verified by the secret's `updated_at`.
 *
 * The token needs Secrets: write (a GitHub App installation token or a
 * fine-grained PAT; the workflow's GITHUB_TOKEN cannot write secrets).
 */





/** "repo:OWNER/REPO:NAME", "env:OWNER/REPO:ENV:NAME" or "org:ORG:NAME[:all|private|selected]". */
function parseGitHubTargetSpec(text) {
    const parts = text.trim().split(":");
    const bad = () => new errors/* ConfigurationError */.j1(`Cannot read the GitHub secret target "${text}".`, {
        hint: 'Write "repo:OWNER/REPO:SECRET", "env:OWNER/REPO:ENVIRONMENT:SECRET" or "org:ORG:SECRET[:all|private|selected]".',
    });
    const name = (n) => {
        if (!n || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n) || /^GITHUB_/i.test(n))
            throw bad();
        return n;
    };
    const ownerRepo = (s) => {
        const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(s ?? "");
        if (!m?.[1] || !m[2])
            throw bad();
        return { owner: m[1], repo: m[2] };
    };
    switch (parts[0]) {
        case "repo":
            if (parts.length !== 3)
                throw bad();
            return { kind: "repo", ...ownerRepo(parts[1]), name: name(parts[2]) };
        case "env":
            if (parts.length !== 4 || !parts[2])
                throw bad();
            return { kind: "environment", ...ownerRepo(parts[1]), environment: parts[2], name: name(parts[3]) };
        case "org": {
            if ((parts.length !== 3 && parts.length !== 4) || !parts[1])
                throw bad();
            const visibility = parts[3] ?? "private";
            if (visibility !== "all" && visibility !== "private" && visibility !== "selected")
                throw bad();
            return { kind: "org", org: parts[1], name: name(parts[2]), visibility };
        }
        default:
            throw bad();
    }
}
function describeGitHubTarget(spec) {
    switch (spec.kind) {
        case "repo":
            return {
                id: `github:repo:${spec.owner}/${spec.repo}:${spec.name}`,
                description: `repository secret ${spec.name} in ${spec.owner}/${spec.repo}`,
            };
        case "environment":
            return {
                id: `github:env:${spec.owner}/${spec.repo}:${spec.environment}:${spec.name}`,
                description: `environment secret ${spec.name} (${spec.environment}) in ${spec.owner}/${spec.repo}`,
            };
        case "org":
            return {
                id: `github:org:${spec.org}:${spec.name}`,
                description: `organization secret ${spec.name} in ${spec.org}`,
            };
    }
}
const RetryingOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * An Octokit with Steward's policy: plugin-retry (5xx, network errors,
 * timeouts), plugin-throttling (429 / secondary limits honour Retry-After,
 * at most 2 retries), a per-attempt timeout.
 */
function createSecretsOctokit(options) {
    const baseFetch = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? 10_000;
    // A timed-out attempt must look like a network failure (status 500 RequestError) so plugin-retry retries it.
    const timedFetch = async (input, init) => {
        try {
            return await baseFetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        }
        catch (error) {
            if (error.name === "TimeoutError") {
                throw new TypeError("fetch failed", { cause: new Error(`request timed out after ${timeoutMs} ms`) });
            }
            throw error;
        }
    };
    const log = options.logger;
    const noPacing = {
        key: () => ({ schedule: (_o, fn, ...a) => fn(...a) }),
    };
    return new RetryingOctokit({
        auth: options.auth,
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        request: { fetch: timedFetch },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => log?.debug(`github: ${m}`),
            error: (m) => log?.debug(`github: ${m}`),
        },
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
        throttle: {
            // biome-ignore lint/suspicious/noExplicitAny: a pass-through limiter in place of Bottleneck.Group
            ...(options.paceWrites === false ? { write: noPacing } : {}),
            retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
            onRateLimit: (after, _o, _k, count) => {
                log?.warning(`GitHub rate limit hit; retrying in ${after} s.`);
                return count < 2;
            },
            onSecondaryRateLimit: (after, _o, _k, count) => {
                log?.warning(`GitHub secondary rate limit hit; retrying in ${after} s.`);
                return count < 2;
            },
        },
    });
}
function statusOf(error) {
    const s = error?.status;
    return typeof s === "number" ? s : undefined;
}
/** The one translator for GitHub secret calls. */
function translateGitHubError(error, target, action) {
    const status = statusOf(error);
    if (status === 401) {
        return new errors/* ConfigurationError */.j1(`GitHub rejected the token while trying to ${action} ${target} (401).`, {
            title: "GitHub token invalid",
            hint: "Pass a GitHub App installation token or a fine-grained PAT with Secrets: write; it may have expired.",
            cause: error,
        });
    }
    if (status === 403 || status === 404) {
        return new errors/* ConfigurationError */.j1(`GitHub refused to ${action} ${target} (${status}): the token cannot reach it, or it does not exist.`, {
            title: "GitHub secret not writable",
            hint: "The workflow's GITHUB_TOKEN cannot write secrets: use a GitHub App (Secrets: write, plus Environments for environment secrets, Organization secrets for org secrets) and check owner, repo and environment names.",
            cause: error,
        });
    }
    return error;
}
/** One GitHub Actions secret as a write-only target. */
class GitHubSecretTarget {
    id;
    description;
    spec;
    #octokit;
    constructor(octokit, spec) {
        this.#octokit = octokit;
        this.spec = spec;
        const d = describeGitHubTarget(spec);
        this.id = d.id;
        this.description = d.description;
    }
    async #call(action, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw translateGitHubError(error, this.description, action);
        }
    }
    async #publicKey() {
        const s = this.spec;
        const a = this.#octokit.rest.actions;
        const res = await this.#call("read the public key of", () => s.kind === "repo"
            ? a.getRepoPublicKey({ owner: s.owner, repo: s.repo })
            : s.kind === "environment"
                ? a.getEnvironmentPublicKey({ owner: s.owner, repo: s.repo, environment_name: s.environment })
                : a.getOrgPublicKey({ org: s.org }));
        return res.data;
    }
    async write(value) {
        const { key_id, key } = await this.#publicKey();
        const encrypted_value = encryptForGitHub(value.reveal(), key);
        const s = this.spec;
        const a = this.#octokit.rest.actions;
        await this.#call("write", async () => {
            if (s.kind === "repo") {
                await a.createOrUpdateRepoSecret({
                    owner: s.owner,
                    repo: s.repo,
                    secret_name: s.name,
                    encrypted_value,
                    key_id,
                });
            }
            else if (s.kind === "environment") {
                await a.createOrUpdateEnvironmentSecret({
                    owner: s.owner,
                    repo: s.repo,
                    environment_name: s.environment,
                    secret_name: s.name,
                    encrypted_value,
                    key_id,
                });
            }
            else {
                await a.createOrUpdateOrgSecret({
                    org: s.org,
                    secret_name: s.name,
                    encrypted_value,
                    key_id,
                    visibility: s.visibility ?? "private",
                    ...(s.selectedRepositoryIds ? { selected_repository_ids: [...s.selectedRepositoryIds] } : {}),
                });
            }
        });
    }
    async lastUpdated() {
        const s = this.spec;
        const a = this.#octokit.rest.actions;
        try {
            const res = s.kind === "repo"
                ? await a.getRepoSecret({ owner: s.owner, repo: s.repo, secret_name: s.name })
                : s.kind === "environment"
                    ? await a.getEnvironmentSecret({
                        owner: s.owner,
                        repo: s.repo,
                        environment_name: s.environment,
                        secret_name: s.name,
                    })
                    : await a.getOrgSecret({ org: s.org, secret_name: s.name });
            return res.data.updated_at;
        }
        catch (error) {
            if (statusOf(error) === 404)
                return null;
            throw translateGitHubError(error, this.description, "read");
        }
    }
}

;// CONCATENATED MODULE: ./shared/keys/anthropic-admin.ts
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




function authOf(c) {
    return "adminKey" in c ? { kind: "admin-key", key: c.adminKey } : { kind: "bearer", token: c.bearerToken };
}
class AnthropicAdminClient {
    #api;
    #pageSize;
    constructor(options) {
        this.#api = new admin_client/* AdminApiClient */.TU({
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
    async #onKey(what, id, body) {
        try {
            return parseApiKeyRecord(await this.#api.request({
                what,
                path: `/v1/organizations/api_keys/${encodeURIComponent(id)}`,
                // Setting a status twice leaves it as once: safe to retry.
                ...(body ? { method: "POST", body, idempotent: true } : {}),
            }));
        }
        catch (error) {
            if ((0,admin_client/* apiErrorOf */.qT)(error)?.status === 404) {
                throw new errors/* ConfigurationError */.j1(`The Anthropic Admin API found nothing to ${what} (404).`, {
                    hint: "Check the key id (apikey_...) in Console > Settings > API keys.",
                    cause: error,
                });
            }
            throw error;
        }
    }
    async listKeys(filter = {}) {
        const out = [];
        for await (const page of this.#api.pages({
            what: "list API keys",
            path: "/v1/organizations/api_keys",
            query: { limit: this.#pageSize, status: filter.status, workspace_id: filter.workspaceId },
            paging: "after_id",
        })) {
            for (const raw of page)
                out.push(parseApiKeyRecord(raw));
        }
        return out;
    }
    getKey(id) {
        return this.#onKey(`read API key ${id}`, id);
    }
    setKeyStatus(id, status) {
        return this.#onKey(`set API key ${id} ${status}`, id, { status });
    }
    async checkKey(key) {
        try {
            await this.#api.request({
                what: "check a key",
                path: "/v1/models",
                query: { limit: 1 },
                auth: { kind: "admin-key", key },
            });
            return { ok: true };
        }
        catch (error) {
            const api = (0,admin_client/* apiErrorOf */.qT)(error);
            if (api?.status === 401 || api?.status === 403) {
                return {
                    ok: false,
                    status: api.status,
                    reason: api.status === 401
                        ? `the key does not authenticate (${api.errorType ?? "401"})`
                        : `the key is not allowed to list models (${api.errorType ?? "403"})`,
                };
            }
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./shared/keys/setup.ts
/**
 * Wiring: builds the rotation's ports (store, key provider, targets) from
 * plain settings. The CLI and the `rotate-key` action both call this; tests
 * pass endpoints of the fakes.
 */





/** Builds the ports `runRotation` / `stageKey` need. */
function createRotationDeps(setup) {
    const mask = setup.mask ?? noMask;
    const client = createSecretsManagerClient({
        ...(setup.awsRegion ? { region: setup.awsRegion } : {}),
        ...(setup.awsEndpoint ? { endpoint: setup.awsEndpoint } : {}),
        ...(setup.awsCredentials ? { credentials: setup.awsCredentials } : {}),
        ...setup.awsRetry,
    });
    const store = new AwsSecretsManagerStore({
        secretId: setup.secretId,
        ...(setup.recordSecretId ? { recordSecretId: setup.recordSecretId } : {}),
        client,
        mask,
    });
    let targets = [];
    if (setup.targets.length) {
        if (!setup.githubToken) {
            throw new errors/* ConfigurationError */.j1("Writing GitHub secrets needs a token with Secrets: write.", {
                hint: "Pass a GitHub App installation token or fine-grained PAT (GITHUB_SECRETS_TOKEN); the workflow's GITHUB_TOKEN cannot write secrets.",
            });
        }
        const octokit = createSecretsOctokit({
            auth: setup.githubToken.reveal(),
            ...(setup.githubApiUrl ? { baseUrl: setup.githubApiUrl } : {}),
            logger: setup.logger,
            ...setup.githubRetry,
        });
        targets = setup.targets.map((t) => new GitHubSecretTarget(octokit, parseGitHubTargetSpec(t)));
    }
    const provider = setup.adminCredentials
        ? new AnthropicAdminClient({
            credentials: setup.adminCredentials,
            ...(setup.anthropicBaseUrl ? { baseUrl: setup.anthropicBaseUrl } : {}),
            logger: setup.logger,
            ...(setup.retry ? { retry: setup.retry } : {}),
            ...(setup.retryPorts ? { ports: setup.retryPorts } : {}),
        })
        : {
            listKeys: noAdmin,
            getKey: noAdmin,
            setKeyStatus: noAdmin,
            checkKey: noAdmin,
        };
    return { store, provider, targets, now: setup.now ?? (() => new Date()), logger: setup.logger };
}
function noAdmin() {
    throw new errors/* ConfigurationError */.j1("This step needs Anthropic admin credentials.", {
        hint: "Set ANTHROPIC_ADMIN_KEY (an admin key, sk-ant-admin01-...), or use keyless mode with an org:admin federation rule.",
    });
}
/** Reads a secret given as text (stdin or a file): trims it, masks it, wraps it. */
function readSecretText(text, mask = noMask) {
    const value = text.trim();
    if (value)
        mask(value);
    return new SecretValue(value);
}

// EXTERNAL MODULE: ./shared/cli/args.ts
var cli_args = __webpack_require__(9006);
;// CONCATENATED MODULE: ./shared/cli/commands/keys.ts
/**
 * `steward keys audit | stage | rotate | status`: the key inventory and the
 * staged rotation of an Anthropic API key kept in AWS Secrets Manager and
 * copied to GitHub Actions secrets. The default export is the four commands.
 *
 * Secrets come only from the environment (ANTHROPIC_ADMIN_KEY,
 * GITHUB_SECRETS_TOKEN) and, for `stage`, from standard input or a file:
 * never from argv, where shells and `ps` would keep them.
 */











const COMMON_OPTIONS = {
    policy: { type: "string" },
    "secret-id": { type: "string" },
    "record-secret-id": { type: "string" },
    region: { type: "string" },
    target: { type: "string", multiple: true },
    workspace: { type: "string" },
    json: { type: "boolean" },
};
const ENV_HELP = `Environment:
  ANTHROPIC_ADMIN_KEY          admin key (sk-ant-admin01-...) for the Admin API, or keyless:
  ANTHROPIC_FEDERATION_RULE_ID, ANTHROPIC_ORGANIZATION_ID, ANTHROPIC_SERVICE_ACCOUNT_ID
  [ANTHROPIC_WORKSPACE_ID]     an org:admin federation rule, exchanged for the job's GitHub OIDC token
                               (needs 'permissions: id-token: write')
  GITHUB_SECRETS_TOKEN         token with Secrets: write for --target (GitHub App token or fine-grained PAT)
  GITHUB_API_URL               GitHub API (default https://api.github.com)
  AWS_REGION, AWS credentials  the SDK's default chain (e.g. aws-actions/configure-aws-credentials)
  AWS_ENDPOINT_URL_SECRETS_MANAGER, ANTHROPIC_BASE_URL   endpoint overrides`;
const TARGET_HELP = `  --target <spec>        a GitHub Actions secret to keep in sync (repeatable):
                         repo:OWNER/REPO:NAME, env:OWNER/REPO:ENVIRONMENT:NAME, org:ORG:NAME[:all|private|selected]`;
async function loadPolicy(io, path) {
    const file = (0,external_node_path_.resolve)(io.cwd, path ?? "api-key-policy.json");
    let text;
    try {
        text = await (0,promises_.readFile)(file, "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Cannot read the key policy ${path ?? "api-key-policy.json"}.`, {
            hint: "Pass --policy <path to api-key-policy.json>.",
        });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${path ?? "api-key-policy.json"} is not valid JSON.`, {
            file: path,
            cause: error,
        });
    }
    return parseKeyPolicy(json, path ?? "api-key-policy.json");
}
/** GitHub Actions' OIDC token from the runner's environment (the CLI's stand-in for core.getIDToken). */
function runnerIdToken(io) {
    return async (audience) => {
        const url = io.env.ACTIONS_ID_TOKEN_REQUEST_URL;
        const token = io.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
        if (!url || !token)
            throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL is not set");
        const res = await fetch(`${url}&audience=${encodeURIComponent(audience)}`, {
            headers: { authorization: `Bearer ${token}` },
        });
        if (!res.ok)
            throw new Error(`OIDC token request failed: HTTP ${res.status}`);
        return (await res.json()).value;
    };
}
async function adminCredentials(io) {
    const key = io.env.ANTHROPIC_ADMIN_KEY;
    if (key)
        return { adminKey: readSecretText(key) };
    const federation = federationConfigFromEnv(io.env);
    if (!federation)
        return null;
    const token = await exchangeGitHubOidcToken(federation, {
        getIdToken: runnerIdToken(io),
        ...(io.env.ANTHROPIC_BASE_URL ? { baseUrl: io.env.ANTHROPIC_BASE_URL } : {}),
    });
    return { bearerToken: token.accessToken };
}
function requireSecretId(values) {
    if (!values["secret-id"]) {
        throw new errors/* ConfigurationError */.j1("Name the AWS Secrets Manager secret with --secret-id.", {
            hint: 'E.g. --secret-id claude-code/api-key (the seed\'s scripts read "claude-code/api-key").',
        });
    }
    return values["secret-id"];
}
async function setup(io, values, needAdmin) {
    const githubToken = io.env.GITHUB_SECRETS_TOKEN;
    const region = values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
    return {
        secretId: requireSecretId(values),
        ...(values["record-secret-id"] ? { recordSecretId: values["record-secret-id"] } : {}),
        ...(region ? { awsRegion: region } : {}),
        ...(io.env.AWS_ENDPOINT_URL_SECRETS_MANAGER
            ? { awsEndpoint: io.env.AWS_ENDPOINT_URL_SECRETS_MANAGER }
            : {}),
        targets: values.target ?? [],
        ...(githubToken ? { githubToken: readSecretText(githubToken) } : {}),
        ...(io.env.GITHUB_API_URL ? { githubApiUrl: io.env.GITHUB_API_URL } : {}),
        ...(io.env.ANTHROPIC_BASE_URL ? { anthropicBaseUrl: io.env.ANTHROPIC_BASE_URL } : {}),
        adminCredentials: needAdmin ? await adminCredentials(io) : null,
        logger: io.logger,
        now: io.now,
    };
}
/** Refuses (without echoing) anything on the command line that looks like a key or token. */
function refuseSecretsInArgs(command, args) {
    if (args.some((a) => /sk-ant-|gh[pousr]_[A-Za-z0-9]{8,}|github_pat_/.test(a))) {
        throw new errors/* ConfigurationError */.j1(`steward ${command}: a key or token was given on the command line; it is not accepted.`, {
            hint: "Command lines end up in shell history and process lists: pass keys on standard input or with --from-file, tokens in the environment. Consider the key exposed if this was a real one.",
        });
    }
}
function helpOr(values, io, help) {
    if (values.help)
        io.stdout.write(help);
    return Boolean(values.help);
}
const AUDIT_HELP = `Usage: steward keys audit [--policy api-key-policy.json] [--secret-id <id>] [--json]
                          [--fail-on error|warning|never]

Lists every API key in the organization through the Admin API (all pages)
and judges each against the policy's apiKeys.rotation.interval and
notifyBefore: overdue, due soon, expiring soon, expired, never expiring, and
personal keys where a service-account key belongs. With --secret-id, the key
in that secret's AWSCURRENT is marked as managed by Steward (stricter rules).

Options:
  --policy <file>      api-key-policy.json (default ./api-key-policy.json)
  --secret-id <id>     the AWS Secrets Manager secret Steward manages
  --region <region>    AWS region (default AWS_REGION)
  --json               print {generatedAt, findings, table, counts}
  --fail-on <level>    exit 1 on findings of this severity or worse (default error)

${ENV_HELP}
`;
const keysAudit = {
    path: ["keys", "audit"],
    summary: "Audit every Anthropic API key against api-key-policy.json",
    help: AUDIT_HELP,
    async run(args, io) {
        refuseSecretsInArgs("keys audit", args);
        const { values } = (0,cli_args/* parseCommandArgs */.Q)("keys audit", args, { ...COMMON_OPTIONS, "fail-on": { type: "string" } }, false);
        if (helpOr(values, io, AUDIT_HELP))
            return 0;
        const failOn = values["fail-on"] ?? "error";
        if (!["error", "warning", "never"].includes(failOn)) {
            throw new errors/* ConfigurationError */.j1(`--fail-on must be error, warning or never, got "${failOn}".`);
        }
        const policy = await loadPolicy(io, values.policy);
        const credentials = await adminCredentials(io);
        if (!credentials) {
            throw new errors/* ConfigurationError */.j1("keys audit needs Anthropic admin credentials.", {
                hint: "Set ANTHROPIC_ADMIN_KEY, or the ANTHROPIC_FEDERATION_* variables for keyless mode.",
            });
        }
        const deps = createRotationDeps({
            ...(await setup(io, { ...values, "secret-id": values["secret-id"] ?? "unused" }, false)),
            adminCredentials: credentials,
        });
        const keys = await deps.provider.listKeys();
        const managedKeyIds = [];
        if (values["secret-id"]) {
            const current = await deps.store.readStage("current");
            if (current) {
                const found = identifyKey(current.value.reveal(), keys);
                if ("key" in found)
                    managedKeyIds.push(found.key.id);
            }
        }
        const result = auditKeys(keys, policy, io.now(), { managedKeyIds });
        if (values.json)
            io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else {
            io.stdout.write(`${renderKeyAuditMarkdown(result)}\n\n`);
            for (const f of result.findings)
                io.stdout.write(`${f.severity}: ${f.message} ${f.hint}\n`);
            io.stdout.write(`${result.counts.keys} keys (${result.counts.active} active): ${result.counts.error} errors, ${result.counts.warning} warnings, ${result.counts.notice} notices.\n`);
        }
        const fails = failOn === "error"
            ? result.counts.error > 0
            : failOn === "warning"
                ? result.counts.error + result.counts.warning > 0
                : false;
        return fails ? 1 : 0;
    },
};
const STAGE_HELP = `Usage: steward keys stage --secret-id <id> [--from-file <path>] < new-key.txt

Step 1 of a rotation. Stores a key that an admin minted in the Console
(Settings > API keys: no API can create keys) as the pending version
(AWSPENDING) of the secret. Reads the key from standard input, or from a
file with --from-file; never from the command line. Staging the same key
again does nothing; a key staged but never promoted is replaced.

Options:
  --secret-id <id>       the AWS Secrets Manager secret (created if missing)
  --record-secret-id <id> companion secret for the rotation record (default <id>/steward-rotation)
  --from-file <path>     read the key from this file instead of standard input
  --region <region>      AWS region (default AWS_REGION)
  --json                 print {secret, versionId, fingerprint, created, message}

Then run 'steward keys rotate'.
`;
const keysStage = {
    path: ["keys", "stage"],
    summary: "Stage a Console-minted API key as AWSPENDING (from stdin or a file)",
    help: STAGE_HELP,
    async run(args, io) {
        refuseSecretsInArgs("keys stage", args);
        const { values } = (0,cli_args/* parseCommandArgs */.Q)("keys stage", args, { ...COMMON_OPTIONS, "from-file": { type: "string" } }, false);
        if (helpOr(values, io, STAGE_HELP))
            return 0;
        const text = values["from-file"]
            ? await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, values["from-file"]), "utf8").catch(() => {
                throw new errors/* ConfigurationError */.j1(`Cannot read ${values["from-file"]}.`);
            })
            : await io.readStdin();
        const value = readSecretText(text);
        if (!value.reveal()) {
            throw new errors/* ConfigurationError */.j1("No key on standard input.", {
                hint: "Pipe the key in (pbpaste | steward keys stage ...) or pass --from-file.",
            });
        }
        const deps = createRotationDeps({ ...(await setup(io, { ...values, target: [] }, false)) });
        const outcome = await stageKey(deps, value);
        io.stdout.write(values.json ? `${JSON.stringify(outcome, null, 2)}\n` : `${outcome.message}\n`);
        return 0;
    },
};
const ROTATE_HELP = `Usage: steward keys rotate --secret-id <id> --target <spec> ... [--policy api-key-policy.json]
                           [--workspace <wrkspc_...|default>] [--json]

Runs the remaining steps of the rotation in progress, resuming wherever the
last run stopped: test the staged key (a no-cost call, then the Admin API
identifies it: active, the expected workspace, expiry far enough away);
promote it (AWSCURRENT moves to it, the old version becomes AWSPREVIOUS);
write it to every GitHub target and verify each write; after the policy's
grace period retire the old key (status inactive); finish. A staged key that
fails its test changes nothing; a new key that fails after promotion is
rolled back to the previous one. Exit code 0 when done, idle or waiting for
the grace period; 1 when a step failed (the output says which and what to do).

Options:
  --secret-id <id>       the AWS Secrets Manager secret
  --record-secret-id <id> companion secret for the rotation record
${TARGET_HELP}
  --policy <file>        api-key-policy.json (gracePeriod, minRemainingLifetime; default ./api-key-policy.json)
  --workspace <id>       the workspace the key must belong to (wrkspc_... or default)
  --region <region>      AWS region (default AWS_REGION)
  --json                 print the outcome object

${ENV_HELP}
`;
function renderOutcome(o) {
    const lines = [`${o.status.toUpperCase()}: ${o.message}`];
    for (const s of o.steps)
        lines.push(`  - ${s.step}: ${s.detail}`);
    for (const k of o.keys) {
        lines.push(`  key ${k.stage}: version ${k.versionId}, fingerprint ${k.fingerprint}${k.keyId ? `, ${k.keyId} (${k.keyStatus})` : ""}${k.works === undefined ? "" : k.works ? ", works" : ", FAILS"}`);
    }
    for (const t of o.targets)
        lines.push(`  target ${t.description}: ${t.inSync ? "in sync" : "not in sync"}`);
    lines.push(`Next: ${o.action}`);
    return `${lines.join("\n")}\n`;
}
const keysRotate = {
    path: ["keys", "rotate"],
    summary: "Run the remaining steps of a staged key rotation (resumable)",
    help: ROTATE_HELP,
    async run(args, io) {
        refuseSecretsInArgs("keys rotate", args);
        const { values } = (0,cli_args/* parseCommandArgs */.Q)("keys rotate", args, COMMON_OPTIONS, false);
        if (helpOr(values, io, ROTATE_HELP))
            return 0;
        const policy = await loadPolicy(io, values.policy);
        if (!policy.rotationEnabled) {
            io.logger.warning("apiKeys.rotation.enabled is false in the policy: not rotating.");
            return 0;
        }
        const config = await setup(io, values, true);
        if (!config.adminCredentials) {
            throw new errors/* ConfigurationError */.j1("keys rotate needs Anthropic admin credentials.", {
                hint: "Set ANTHROPIC_ADMIN_KEY, or the ANTHROPIC_FEDERATION_* variables for keyless mode.",
            });
        }
        const outcome = await runRotation(createRotationDeps(config), {
            gracePeriodMs: policy.gracePeriodMs,
            minRemainingLifetimeMs: policy.minRemainingLifetimeMs,
            ...(values.workspace ? { expectedWorkspaceId: values.workspace } : {}),
        });
        io.stdout.write(values.json ? `${JSON.stringify(outcome, null, 2)}\n` : renderOutcome(outcome));
        return outcome.status === "failed" || outcome.status === "rolled-back" ? 1 : 0;
    },
};
const STATUS_HELP = `Usage: steward keys status --secret-id <id> [--policy api-key-policy.json] [--json]

Shows where the rotation of a secret stands, read from the store alone (the
staging labels and the rotation record): which versions hold AWSCURRENT,
AWSPENDING and AWSPREVIOUS (by fingerprint, never the value), the rotation in
progress, and the next step 'steward keys rotate' would take. Changes nothing.

Options:
  --secret-id <id>       the AWS Secrets Manager secret
  --record-secret-id <id> companion secret for the rotation record
  --policy <file>        api-key-policy.json for the grace period (optional)
  --region <region>      AWS region (default AWS_REGION)
  --json                 print {secret, exists, keys, rotation, next, summary}
`;
const keysStatus = {
    path: ["keys", "status"],
    summary: "Show where a key rotation stands (read-only)",
    help: STATUS_HELP,
    async run(args, io) {
        refuseSecretsInArgs("keys status", args);
        const { values } = (0,cli_args/* parseCommandArgs */.Q)("keys status", args, COMMON_OPTIONS, false);
        if (helpOr(values, io, STATUS_HELP))
            return 0;
        const gracePeriodMs = values.policy ? (await loadPolicy(io, values.policy)).gracePeriodMs : 0;
        const deps = createRotationDeps({ ...(await setup(io, { ...values, target: [] }, false)) });
        const report = await inspectRotation(deps, { gracePeriodMs });
        if (values.json) {
            io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
            return 0;
        }
        const lines = [report.summary];
        for (const k of report.keys)
            lines.push(`  ${k.stage}: version ${k.versionId}, fingerprint ${k.fingerprint}`);
        const r = report.rotation;
        if (r) {
            lines.push(`  rotation ${r.id}: opened ${r.openedAt}`);
            for (const [field, label] of [
                ["testedAt", "tested"],
                ["promotedAt", "promoted"],
                ["retiredAt", "old key retired"],
                ["finishedAt", "finished"],
                ["rolledBackAt", "rolled back"],
            ]) {
                if (r[field])
                    lines.push(`    ${label} ${r[field]}`);
            }
            for (const [id, t] of Object.entries(r.targets))
                lines.push(`    target ${id}: written ${t.verifiedAt} (fingerprint ${t.fingerprint})`);
            if (r.promotedAt && !r.retiredAt && gracePeriodMs) {
                const due = Date.parse(r.promotedAt) + gracePeriodMs - io.now().getTime();
                lines.push(`    old key retires ${due > 0 ? `in ${formatDuration(due)}` : "on the next run"}`);
            }
        }
        lines.push(`  next step: ${report.next}`);
        io.stdout.write(`${lines.join("\n")}\n`);
        return 0;
    },
};
/** The `keys` commands, for shared/cli/commands/index.ts. */
const keysCommands = [keysAudit, keysStage, keysRotate, keysStatus];
/* harmony default export */ const keys = (keysCommands);


/***/ }),

/***/ 2635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/* unused harmony export wrapError */
/**
 * Two kinds of error (ARCHITECTURE.md, rule 2).
 *
 * A `ConfigurationError` is the user's to fix: bad input, a malformed policy
 * file, a 401 from a service. It says what is wrong, where, and what to do, and
 * is shown without a stack trace. Every other error is a bug in Steward.
 */
/** An error the user can fix. Shown without a stack trace. */
class ConfigurationError extends Error {
    location;
    title;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = "ConfigurationError";
        const { title, hint, cause: _cause, ...location } = options;
        this.location = location;
        this.title = title;
        this.hint = hint;
    }
    /** The message with its hint, as users should read it. */
    get userMessage() {
        return this.hint ? `${this.message} ${this.hint}` : this.message;
    }
}
/** True for errors the user can fix (see {@link ConfigurationError}). */
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** The message of anything thrown, without an `Error: ` prefix. */
function getErrorMessage(error) {
    if (error instanceof ConfigurationError)
        return error.userMessage;
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Normalise anything thrown into an `Error`. */
function wrapError(error) {
    return error instanceof Error ? error : new Error(getErrorMessage(error));
}


/***/ })

};
;