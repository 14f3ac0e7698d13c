/**
 * One log line that is safe to append from many processes at once: a single
 * JSON object, at most {@link MAX_LINE_BYTES} bytes including the newline, so
 * one `write(2)` under `O_APPEND` puts it in the file whole (no torn or
 * interleaved lines; PIPE_BUF is 4096 on Linux, 512 by POSIX, and regular
 * files get whole-write appends on Linux/macOS for writes of this size).
 * Pure.
 */
import {
  type AuditInputSummary,
  type AuditRecordV1,
  formatAuditRecord,
  summarizeToolInput,
} from "../audit/audit-record.js";

/** Longest line Steward appends, newline included. */
export const MAX_LINE_BYTES = 4000;

/** Marker appended to a string that was cut to fit a line. */
const CUT = "…";

const byteLength = (s: string): number => Buffer.byteLength(s, "utf8");

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutString(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = Math.max(0, max);
  const code = value.charCodeAt(end - 1);
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end--;
  return value.slice(0, end);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Path (keys) to the longest string in a JSON value, skipping keys in `keep`. */
function longestString(
  value: Json,
  keep: ReadonlySet<string>,
  path: (string | number)[] = [],
): { path: (string | number)[]; length: number } | undefined {
  if (typeof value === "string") return { path, length: value.length };
  let best: { path: (string | number)[]; length: number } | undefined;
  const visit = (child: Json, key: string | number) => {
    if (typeof key === "string" && keep.has(key)) return;
    const found = longestString(child, keep, [...path, key]);
    if (found && (!best || found.length > best.length)) best = found;
  };
  if (Array.isArray(value)) value.forEach(visit);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) visit(v, k);
  return best;
}

/**
 * Serialises `value` with `format` and, while the line is longer than
 * `maxBytes`, halves the longest string field (never the keys in `keep`),
 * marking it with "…". Returns the line and whether anything was cut.
 */
export function fitLine<T extends object>(
  value: T,
  format: (v: T) => string,
  maxBytes: number = MAX_LINE_BYTES,
  keep: ReadonlySet<string> = new Set(["v", "ts", "event", "decision", "source"]),
): { line: string; cut: boolean } {
  const current = structuredClone(value) as unknown as Json;
  let line = format(current as unknown as T);
  let cut = false;
  for (let i = 0; i < 200 && byteLength(line) > maxBytes; i++) {
    const target = longestString(current, keep);
    if (!target || target.length === 0) break;
    const parentPath = target.path.slice(0, -1);
    const key = target.path[target.path.length - 1] as string | number;
    let parent = current as Record<string | number, Json>;
    for (const k of parentPath) parent = parent[k] as Record<string | number, Json>;
    const s = parent[key] as string;
    const over = byteLength(line) - maxBytes;
    // Keep at most half, and at most what still fits after the overflow (bytes >= units, so this is enough or close).
    const keepUnits = Math.max(0, Math.min(Math.floor(s.length / 2), s.length - over - CUT.length));
    parent[key] = `${cutString(s, keepUnits)}${CUT}`;
    cut = true;
    line = format(current as unknown as T);
  }
  return { line, cut };
}

/** The audit input summary with the nested command/path/domain limits of docs/audit-log-format.md. */
export function auditInput(toolInput: unknown): AuditInputSummary {
  return summarizeToolInput(toolInput);
}

/** One audit line (AuditRecordV1 + "\n"), cut to fit {@link MAX_LINE_BYTES}. */
export function auditLine(record: AuditRecordV1, maxBytes: number = MAX_LINE_BYTES): string {
  const { line, cut } = fitLine(record, formatAuditRecord, maxBytes);
  if (!cut) return line;
  // A cut command must say so (the parser checks `truncated` only by length, readers by the flag).
  const parsed = JSON.parse(line) as AuditRecordV1;
  if (
    parsed.input.command !== undefined &&
    record.input.command !== parsed.input.command &&
    !parsed.input.truncated
  ) {
    return fitLine({ ...parsed, input: { ...parsed.input, truncated: true } }, formatAuditRecord, maxBytes)
      .line;
  }
  return line;
}

/** One usage or other plain JSON line, cut to fit. */
export function jsonLine(value: object, maxBytes: number = MAX_LINE_BYTES): string {
  return fitLine(value, (v) => `${JSON.stringify(v)}\n`, maxBytes).line;
}
