/**
 * The parsed policy: every file of the repository that Steward understands,
 * with its kind, its text and (for JSON) its parse tree with positions.
 * Built from a {@link RepoSnapshot}; pure.
 */
import { parseImports, resolveImport } from "./claude-md-model.js";
import { scriptOfCommand, settingsHooks } from "./hooks-model.js";
import { type JsonSource, parseJsonSource } from "./json-source.js";
import {
  type FileKind,
  globMatches,
  isJsonKind,
  type JsonKind,
  type KindSource,
  kindFromName,
  kindFromSchema,
} from "./kinds.js";
import type { RepoSnapshot } from "./snapshot.js";

export interface PolicyFile {
  readonly path: string;
  readonly kind: FileKind;
  readonly kindSource: KindSource;
  readonly text: string;
  readonly executable: boolean;
  /** For JSON kinds (and unknown JSON). */
  readonly json?: JsonSource;
}

export interface ParsedPolicy {
  readonly snapshot: RepoSnapshot;
  /** Classified files, sorted by path. */
  readonly files: readonly PolicyFile[];
  /** The `files` map of steward.config.json (glob -> kind or "ignore"). */
  readonly configMap: ReadonlyMap<string, string>;
}

/** Files of one kind. */
export function filesOfKind(policy: ParsedPolicy, ...kinds: FileKind[]): PolicyFile[] {
  return policy.files.filter((f) => kinds.includes(f.kind));
}

const SETTINGS_KINDS: readonly FileKind[] = ["managed-settings", "claude-settings"];

/** Tooling JSON that is never policy (still scanned for secrets): not reported as unknown. */
const NOT_POLICY =
  /(^|\/)(package(-lock)?\.json|tsconfig(\.[\w-]+)?\.json|jsconfig\.json|biome\.json|renovate\.json|\.prettierrc\.json|\.eslintrc\.json|\.markdownlint\.json|composer(\.lock)?\.json)$|(^|\/)(\.vscode|\.devcontainer|\.github|\.idea)\//;

function schemaUrlOf(source: JsonSource): string | undefined {
  const v = source.value;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const s = (v as Record<string, unknown>).$schema;
    if (typeof s === "string") return s;
  }
  return undefined;
}

function readConfigMap(snapshot: RepoSnapshot): Map<string, string> {
  const map = new Map<string, string>();
  const text = snapshot.files.get("steward.config.json")?.text;
  if (text === undefined) return map;
  const value = parseJsonSource(text, "steward.config.json").value;
  const files = (value as { files?: unknown } | undefined)?.files;
  if (typeof files === "object" && files !== null && !Array.isArray(files)) {
    for (const [glob, kind] of Object.entries(files)) if (typeof kind === "string") map.set(glob, kind);
  }
  return map;
}

/** Classifies and parses every policy file in the snapshot. */
export function parsePolicy(snapshot: RepoSnapshot): ParsedPolicy {
  const configMap = readConfigMap(snapshot);
  const files = new Map<string, PolicyFile>();
  const configured = (path: string): string | undefined => {
    let hit: string | undefined;
    for (const [glob, kind] of configMap) if (globMatches(glob, path)) hit = kind;
    return hit;
  };

  for (const [path, f] of snapshot.files) {
    if (f.text === undefined) continue;
    const fromConfig = configured(path);
    if (fromConfig === "ignore") continue;
    const isJson = path.endsWith(".json") || (fromConfig !== undefined && isJsonKind(fromConfig));
    let kind: FileKind | undefined;
    let kindSource: KindSource = "name";
    let json: JsonSource | undefined;
    if (isJson) json = parseJsonSource(f.text, path);
    if (
      fromConfig !== undefined &&
      (isJsonKind(fromConfig) || fromConfig === "claude-md" || fromConfig === "hook-script")
    ) {
      kind = fromConfig;
      kindSource = "config";
    }
    if (!kind && json) {
      const url = schemaUrlOf(json);
      const bySchema = url ? kindFromSchema(url, path) : undefined;
      if (bySchema) {
        kind = bySchema;
        kindSource = "schema";
      }
    }
    if (!kind) kind = kindFromName(path);
    if (!kind && json && NOT_POLICY.test(path)) continue;
    if (!kind && json) {
      kind = "unknown-json";
      kindSource = "fallback";
    }
    if (!kind) continue;
    if (kind === "hook-script" || kind === "claude-md") json = undefined;
    files.set(path, {
      path,
      kind,
      kindSource,
      text: f.text,
      executable: f.executable,
      ...(json ? { json } : {}),
    });
  }

  // Scripts that settings hooks run.
  for (const file of [...files.values()]) {
    if (!SETTINGS_KINDS.includes(file.kind) || !file.json) continue;
    for (const hook of settingsHooks(file.json)) {
      if (!hook.command) continue;
      const ref = scriptOfCommand(hook.command.value, file.path);
      const target = ref?.repoPath;
      if (!target || files.has(target)) continue;
      const f = snapshot.files.get(target);
      if (f?.text === undefined) continue;
      files.set(target, {
        path: target,
        kind: "hook-script",
        kindSource: "reference",
        text: f.text,
        executable: f.executable,
      });
    }
  }

  // Markdown files imported by CLAUDE.md files (transitively).
  const queue = [...files.values()].filter((f) => f.kind === "claude-md");
  while (queue.length > 0) {
    const md = queue.shift() as PolicyFile;
    for (const imp of parseImports(md.text)) {
      if (imp.path === "include") continue;
      const target = resolveImport(md.path, imp.path);
      if (!target || files.has(target)) continue;
      const f = snapshot.files.get(target);
      if (f?.text === undefined) continue;
      const imported: PolicyFile = {
        path: target,
        kind: "claude-md",
        kindSource: "import",
        text: f.text,
        executable: f.executable,
      };
      files.set(target, imported);
      queue.push(imported);
    }
  }

  const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { snapshot, files: sorted, configMap };
}

export type { JsonKind };
