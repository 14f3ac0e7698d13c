/**
 * Anthropic API key records as Steward sees them: the Admin API object
 * (`GET /v1/organizations/api_keys`) normalised, parsed defensively
 * (`principal` and `scope` are newer fields and may be absent or null).
 * The secret itself is never part of a record.
 */

export type ApiKeyStatus = "active" | "inactive" | "archived" | "expired";

/** Who a key acts as: a person, a service account, or nobody (legacy workspace keys). */
export type KeyOwnerKind = "user" | "service_account" | "workspace" | "unknown";

export interface ApiKeyRecord {
  /** `apikey_...` */
  readonly id: string;
  readonly name: string;
  readonly status: ApiKeyStatus;
  /** RFC 3339. */
  readonly createdAt: string;
  /** RFC 3339, or null for a key that never expires. */
  readonly expiresAt: string | null;
  /** e.g. `sk-ant-api03-R2D...igAA`: the start and end of the key. */
  readonly partialKeyHint: string | null;
  /** `wrkspc_...`, or null for the default workspace. */
  readonly workspaceId: string | null;
  readonly ownerKind: KeyOwnerKind;
  /** `user_...` / `svac_...` when known. */
  readonly ownerId: string | null;
  /** The creator (`created_by.id`), when known. */
  readonly createdById: string | null;
}

function str(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function obj(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

const STATUSES = new Set<ApiKeyStatus>(["active", "inactive", "archived", "expired"]);

/** Normalises one Admin API key object. Throws on a record without an id (a protocol bug, not user error). */
export function parseApiKeyRecord(raw: unknown): ApiKeyRecord {
  const o = obj(raw);
  const id = str(o?.id);
  if (!o || !id) throw new Error("Admin API returned an API key object without an id.");
  const status = STATUSES.has(o.status as ApiKeyStatus) ? (o.status as ApiKeyStatus) : "inactive";
  const principal = obj(o.principal);
  const createdBy = obj(o.created_by);
  const scope = obj(o.scope);
  let ownerKind: KeyOwnerKind = "unknown";
  let ownerId: string | null = null;
  const ptype = str(principal?.type);
  if (ptype === "user_actor" || ptype === "user") {
    ownerKind = "user";
    ownerId = str(principal?.user_id) ?? str(principal?.id);
  } else if (ptype === "service_account_actor" || ptype === "service_account") {
    ownerKind = "service_account";
    ownerId = str(principal?.service_account_id) ?? str(principal?.id);
  } else if (o.principal === null || principal === null) {
    const ctype = str(createdBy?.type);
    if (ctype === "service_account") {
      ownerKind = "service_account";
      ownerId = str(createdBy?.id);
    } else if (o.principal === null) {
      // An explicit null principal: an ownerless (legacy workspace) key.
      ownerKind = "workspace";
    } else if (ctype === "user") {
      // Older responses without `principal`: the creator is the best guess.
      ownerKind = "user";
      ownerId = str(createdBy?.id);
    }
  }
  const workspaceId =
    str(o.workspace_id) ?? (str(scope?.type) === "workspace" ? str(scope?.workspace_id) : null);
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
export function keyMatchesHint(secret: string, hint: string | null): boolean {
  if (!hint) return false;
  const at = hint.indexOf("...");
  if (at < 0) return false;
  const head = hint.slice(0, at);
  const tail = hint.slice(at + 3);
  if (head.length + tail.length < 8) return false; // too little to identify anything
  return secret.length > head.length + tail.length && secret.startsWith(head) && secret.endsWith(tail);
}
