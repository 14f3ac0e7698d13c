/**
 * The key audit: every key in the organization judged against the key
 * policy. Pure: records, policy and the time in; findings and a table out.
 * The action renders the table into the job summary and JSON output; Slack
 * messages are built from the findings by shared/notify.
 */
import type { ApiKeyRecord, KeyOwnerKind } from "./api-key.js";
import { formatDuration } from "./duration.js";
import type { KeyPolicy } from "./policy.js";

export type KeyFindingKind =
  /** Older than `rotation.interval`. */
  | "overdue"
  /** Due for rotation (age) within `rotation.notifyBefore`. */
  | "rotation-due-soon"
  /** `expires_at` within `rotation.notifyBefore`. */
  | "expiring-soon"
  /** Status `expired` (or `expires_at` in the past). */
  | "expired"
  /** `expires_at` is null. */
  | "never-expires"
  /** A personal key where the policy or Steward's own use wants a service account. */
  | "personal-key";

export type KeyFindingSeverity = "error" | "warning" | "notice";

export interface KeyFinding {
  readonly kind: KeyFindingKind;
  readonly severity: KeyFindingSeverity;
  readonly keyId: string;
  readonly keyName: string;
  /** One sentence, no secrets (records never carry any). */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

export type KeyVerdict = "ok" | "notice" | "warning" | "error" | "ignored";

export interface KeyAuditRow {
  readonly keyId: string;
  readonly name: string;
  readonly status: ApiKeyRecord["status"];
  /** `wrkspc_...` or "default". */
  readonly workspace: string;
  readonly owner: KeyOwnerKind;
  readonly ageDays: number;
  /** RFC 3339 or null (never). */
  readonly expiresAt: string | null;
  /** "12d 4h", "never", "expired". */
  readonly expiresIn: string;
  /** RFC 3339: when the key is due for rotation (created + interval). */
  readonly rotationDueAt: string;
  /** True when Steward stores this key for CI (from `managedKeyIds`). */
  readonly managed: boolean;
  readonly verdict: KeyVerdict;
  /** The kinds of the row's findings, in severity order. */
  readonly findings: readonly KeyFindingKind[];
}

export interface KeyAuditTable {
  readonly columns: readonly { readonly id: keyof KeyAuditRow; readonly title: string }[];
  readonly rows: readonly KeyAuditRow[];
}

export interface KeyAuditResult {
  readonly generatedAt: string;
  readonly findings: readonly KeyFinding[];
  readonly table: KeyAuditTable;
  readonly counts: {
    readonly keys: number;
    readonly active: number;
    readonly error: number;
    readonly warning: number;
    readonly notice: number;
  };
}

export interface KeyAuditOptions {
  /** Ids of keys Steward keeps in a secret store for CI: a personal key there is always a finding. */
  readonly managedKeyIds?: readonly string[];
}

const DAY = 86_400_000;
const SEVERITY_ORDER: Record<KeyFindingSeverity, number> = { error: 0, warning: 1, notice: 2 };

export const KEY_AUDIT_COLUMNS: KeyAuditTable["columns"] = [
  { id: "name", title: "Key" },
  { id: "keyId", title: "Id" },
  { id: "status", title: "Status" },
  { id: "workspace", title: "Workspace" },
  { id: "owner", title: "Owner" },
  { id: "ageDays", title: "Age (days)" },
  { id: "expiresIn", title: "Expires in" },
  { id: "verdict", title: "Verdict" },
];

function requiresServiceAccount(policy: KeyPolicy, key: ApiKeyRecord): boolean {
  const r = policy.requireServiceAccount;
  if (r === true) return true;
  if (r === false) return false;
  return r.includes(key.workspaceId ?? "default");
}

function judge(key: ApiKeyRecord, policy: KeyPolicy, nowMs: number, managed: boolean): KeyFinding[] {
  const out: KeyFinding[] = [];
  const add = (kind: KeyFindingKind, severity: KeyFindingSeverity, message: string, hint: string) =>
    out.push({ kind, severity, keyId: key.id, keyName: key.name, message, hint });
  const label = `Key "${key.name}" (${key.id})`;
  const created = Date.parse(key.createdAt);
  const expires = key.expiresAt === null ? null : Date.parse(key.expiresAt);
  const expired = key.status === "expired" || (expires !== null && expires <= nowMs);

  if (key.status === "inactive" || key.status === "archived") return out;
  if (expired) {
    if (managed) {
      add(
        "expired",
        "error",
        `${label} has expired and is still stored for CI.`,
        "Mint a replacement in the Console and run 'steward keys stage' then 'steward keys rotate'.",
      );
    } else {
      add("expired", "notice", `${label} has expired.`, "Archive it to keep the key list clean.");
    }
    return out;
  }
  const age = nowMs - created;
  const dueAt = created + policy.intervalMs;
  if (age >= policy.intervalMs) {
    add(
      "overdue",
      "error",
      `${label} is ${formatDuration(age)} old, past the ${formatDuration(policy.intervalMs)} rotation interval (due ${new Date(dueAt).toISOString()}).`,
      "Mint a replacement in the Console, stage it with 'steward keys stage' and run 'steward keys rotate'.",
    );
  } else if (dueAt - nowMs <= policy.notifyBeforeMs) {
    add(
      "rotation-due-soon",
      "warning",
      `${label} is due for rotation in ${formatDuration(dueAt - nowMs)}.`,
      "Mint a replacement in the Console and stage it before the due date.",
    );
  }
  if (expires === null) {
    add(
      "never-expires",
      "warning",
      `${label} never expires.`,
      "Give its replacement an expiry in the Console (keys cannot be changed after creation).",
    );
  } else if (expires - nowMs <= policy.notifyBeforeMs) {
    add(
      "expiring-soon",
      managed ? "error" : "warning",
      `${label} expires in ${formatDuration(expires - nowMs)} (${key.expiresAt}).`,
      "Mint a replacement in the Console and rotate before it expires: an expired key cannot be reactivated.",
    );
  }
  if (key.ownerKind === "user" && (managed || requiresServiceAccount(policy, key))) {
    add(
      "personal-key",
      managed ? "error" : "warning",
      managed
        ? `${label} is a personal key but is stored for CI; it stops working when its owner leaves the organization.`
        : `${label} is a personal key in a workspace where the policy requires service-account keys.`,
      "Replace it with a service-account key (Console > API keys > service account), or move CI to keyless OIDC federation.",
    );
  }
  return out;
}

function verdictOf(findings: readonly KeyFinding[], key: ApiKeyRecord): KeyVerdict {
  if (key.status === "inactive" || key.status === "archived") return "ignored";
  if (findings.some((f) => f.severity === "error")) return "error";
  if (findings.some((f) => f.severity === "warning")) return "warning";
  if (findings.length) return "notice";
  return "ok";
}

function expiresIn(key: ApiKeyRecord, nowMs: number): string {
  if (key.status === "expired") return "expired";
  if (key.expiresAt === null) return "never";
  const left = Date.parse(key.expiresAt) - nowMs;
  return left <= 0 ? "expired" : formatDuration(left);
}

/**
 * Judges every key against the policy. Findings are sorted by severity, then
 * key name; rows keep the order of the findings' severity, then name, so the
 * worst keys come first.
 */
export function auditKeys(
  keys: readonly ApiKeyRecord[],
  policy: KeyPolicy,
  now: Date,
  options: KeyAuditOptions = {},
): KeyAuditResult {
  const nowMs = now.getTime();
  const managed = new Set(options.managedKeyIds ?? []);
  const findings: KeyFinding[] = [];
  const rows: KeyAuditRow[] = [];
  for (const key of keys) {
    const own = judge(key, policy, nowMs, managed.has(key.id)).sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
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
  const verdictRank: Record<KeyVerdict, number> = { error: 0, warning: 1, notice: 2, ok: 3, ignored: 4 };
  rows.sort((a, b) => verdictRank[a.verdict] - verdictRank[b.verdict] || a.name.localeCompare(b.name));
  findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.keyName.localeCompare(b.keyName),
  );
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
export function renderKeyAuditMarkdown(result: KeyAuditResult): string {
  const esc = (v: unknown) => String(v ?? "").replace(/\|/g, "\\|");
  const { columns, rows } = result.table;
  const lines = [
    `| ${columns.map((c) => c.title).join(" | ")} |`,
    `| ${columns.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${columns.map((c) => esc(r[c.id])).join(" | ")} |`),
  ];
  return lines.join("\n");
}
