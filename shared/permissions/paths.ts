/**
 * Read/Edit path rules: gitignore-style patterns with anchors
 * (claude-code.md §3 Read/Edit).
 */
import { posix } from "node:path";
import { type CompiledSegment, compileSegment, matchSegments } from "./glob.js";
import type { PathAnchor, RuleBehavior } from "./types.js";

/** Normalises a path from a tool input or a command: Windows drive paths, `~`, relative to `cwd`, `..` resolved. */
export function resolvePath(path: string, cwd: string, home: string): string {
  let p = path;
  const drive = /^([A-Za-z]):[\\/]/.exec(p);
  if (drive) p = `/${(drive[1] as string).toLowerCase()}/${p.slice(3)}`;
  if (p.includes("\\") && (drive || /^\\\\/.test(path))) p = p.replace(/\\/g, "/");
  if (p === "~") p = home;
  else if (p.startsWith("~/")) p = posix.join(home, p.slice(2));
  else if (!p.startsWith("/")) p = posix.join(cwd || "/", p);
  const normal = posix.normalize(p);
  return normal.length > 1 && normal.endsWith("/") ? normal.slice(0, -1) : normal;
}

/** Splits an absolute path into segments (`/a/b` -> ["a", "b"]). */
export function segments(path: string): string[] {
  return path.split("/").filter((s) => s !== "");
}

/** A compiled path rule. */
export interface CompiledPath {
  readonly anchor: PathAnchor;
  readonly segments: readonly CompiledSegment[];
  /** The first segment without wildcards (every matching path contains it), for indexing. */
  readonly literal: string | undefined;
}

export function compilePath(anchor: PathAnchor, pattern: string): CompiledPath {
  const parts = segments(pattern);
  return { anchor, segments: parts.map(compileSegment), literal: parts.find((p) => !/[*?[\\]/.test(p)) };
}

const ANY: CompiledSegment = "**";

/** The directories a path rule is anchored at, and the bases to match it from. */
export interface PathBases {
  readonly cwd: string;
  readonly home: string;
  /** The settings file's root for `/path` rules. */
  readonly settingsRoot: string;
}

function relativeTo(base: string, path: string): string[] | undefined {
  if (base === "/" || base === "") return segments(path);
  if (path === base) return [];
  if (!path.startsWith(`${base}/`)) return undefined;
  return segments(path.slice(base.length));
}

/**
 * True when the rule's pattern covers the absolute path. Documented choices
 * (docs/permissions.md): bare names and `dir/x` patterns in deny/ask match at
 * any depth anywhere on disk; in allow, below the working directory only.
 */
export function matchPath(
  rule: CompiledPath,
  behavior: RuleBehavior,
  path: string,
  bases: PathBases,
): boolean {
  const anyDepth = (base: string | undefined) => {
    const rel = base === undefined ? segments(path) : relativeTo(base, path);
    return rel !== undefined && matchSegments([ANY, ...rule.segments], rel);
  };
  switch (rule.anchor) {
    case "absolute":
      return matchSegments(rule.segments, segments(path));
    case "home": {
      const rel = relativeTo(bases.home, path);
      return rel !== undefined && matchSegments(rule.segments, rel);
    }
    case "settings": {
      const rel = relativeTo(bases.settingsRoot, path);
      return rel !== undefined && matchSegments(rule.segments, rel);
    }
    case "cwd": {
      const rel = relativeTo(bases.cwd, path);
      return rel !== undefined && matchSegments(rule.segments, rel);
    }
    case "relative": {
      if (behavior !== "allow") return anyDepth(undefined);
      const rel = relativeTo(bases.cwd, path);
      return rel !== undefined && matchSegments(rule.segments, rel);
    }
    case "anywhere":
      return anyDepth(behavior === "allow" ? bases.cwd : undefined);
  }
}

/** True for a bare file-name pattern without wildcards in its last segment (used by the analyser). */
export function isLiteralName(pattern: string): boolean {
  return !/[*?[]/.test(pattern);
}
