/**
 * File kinds of a policy repository and how a file gets its kind: an explicit
 * map in `steward.config.json` wins, then the file's `$schema`, then its name.
 */

export const JSON_KINDS = [
  "managed-settings",
  "claude-settings",
  "enterprise-settings",
  "role-mappings",
  "api-key-policy",
  "model-policy",
  "governance-config",
  "usage-dashboard-config",
  "enterprise-auth",
  "team-settings",
  "enterprise-support",
  "steward-config",
] as const;

export type JsonKind = (typeof JSON_KINDS)[number];

/** Every kind a discovered file can have. */
export type FileKind = JsonKind | "claude-md" | "hook-script" | "unknown-json";

/** How a file got its kind. */
export type KindSource = "config" | "schema" | "name" | "reference" | "import" | "fallback";

export const SCHEMA_BASE = "https://steward.dev/schemas/";

/** The stable `$id` of a kind's JSON Schema. */
export function schemaIdOf(kind: JsonKind): string {
  return `${SCHEMA_BASE}${kind}.schema.json`;
}

const SCHEMASTORE_SETTINGS = /^https?:\/\/json\.schemastore\.org\/claude-code-settings\.json$/;

export function isJsonKind(value: string): value is JsonKind {
  return (JSON_KINDS as readonly string[]).includes(value);
}

const basename = (path: string) => path.slice(path.lastIndexOf("/") + 1);

function isManagedName(path: string): boolean {
  const name = basename(path);
  return name === "managed-settings.json" || /(^|\/)managed-settings\.d\/[^/]+\.json$/.test(path);
}

/** The kind a file's name implies, if any. */
export function kindFromName(path: string): FileKind | undefined {
  const name = basename(path);
  if (isManagedName(path)) return "managed-settings";
  if (/(^|\/)\.claude\/settings(\.[\w-]+)*\.json$/.test(path)) return "claude-settings";
  const byName: Record<string, JsonKind> = {
    "enterprise-settings.json": "enterprise-settings",
    "role-mappings.json": "role-mappings",
    "api-key-policy.json": "api-key-policy",
    "model-policy.json": "model-policy",
    "governance-config.json": "governance-config",
    "usage-dashboard-config.json": "usage-dashboard-config",
    "enterprise-auth.json": "enterprise-auth",
    "team-settings.json": "team-settings",
    "enterprise-support.json": "enterprise-support",
    "steward.config.json": "steward-config",
  };
  const hit = byName[name];
  if (hit) return hit;
  if (/^CLAUDE(\.local)?\.md$/i.test(name)) return "claude-md";
  if (/(^|\/)\.claude\/rules\/.+\.md$/.test(path)) return "claude-md";
  if (/(^|\/)claude-md\/[^/]+\.md$/.test(path)) return "claude-md";
  return undefined;
}

/** The kind a `$schema` URL names, if any. */
export function kindFromSchema(url: string, path: string): JsonKind | undefined {
  if (SCHEMASTORE_SETTINGS.test(url)) return isManagedName(path) ? "managed-settings" : "claude-settings";
  if (!url.startsWith(SCHEMA_BASE)) return undefined;
  const m = /^([a-z-]+)\.schema\.json$/.exec(url.slice(SCHEMA_BASE.length));
  return m?.[1] && isJsonKind(m[1]) ? m[1] : undefined;
}

/** `*`, `**` and `?` glob (paths with `/`), anchored; a pattern without `/` matches the base name anywhere. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(glob.includes("/") ? `^${re}$` : `(?:^|/)${re}$`);
}

export function globMatches(glob: string, path: string): boolean {
  return globToRegExp(glob.replace(/^\.\//, "")).test(path);
}
