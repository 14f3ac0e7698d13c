/** Build diagnostics and provenance: where in the sources a problem or an output key comes from. */
import { findNode, type JsonSource, keyNodeOf } from "../policy/json-source.js";

export type JsonPath = readonly (string | number)[];

/** A place in a source file (1-based line and column when known). */
export interface SourceRef {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export interface BuildDiagnostic extends SourceRef {
  readonly severity: "error" | "warning";
  /** Stable id, e.g. `build/not-expressible`. */
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

/** One output key and the source place that produced it (`steward build --explain`). */
export interface ExplainEntry extends SourceRef {
  /** Output file, relative to the build directory. */
  readonly output: string;
  /** Key in the output, dotted; list items as `key[value]`. */
  readonly key: string;
  readonly note?: string;
}

/** The source place of the value at `path` (its key, for a property), or of the file when absent. */
export function refAt(source: JsonSource, path: JsonPath): SourceRef {
  const node = findNode(source, path);
  if (!node) return { file: source.file };
  const at = keyNodeOf(node) ?? node;
  const p = source.position(at.offset);
  return { file: source.file, line: p.line, column: p.column };
}

/** `a/b/0` JSON pointer of a path (for Steward-only marks). */
export function pointerOf(path: JsonPath): string {
  return `/${path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

/** Renders a diagnostic as `file:line:col: severity code: message`. */
export function formatDiagnostic(d: BuildDiagnostic): string {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ""}` : d.file;
  return `${where}: ${d.severity} ${d.code}: ${d.message}${d.hint ? ` (${d.hint})` : ""}`;
}
