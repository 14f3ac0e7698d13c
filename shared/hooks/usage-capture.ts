/**
 * Usage capture for the Stop / SessionEnd hooks: read a session transcript
 * from where the last run stopped (byte offset per file in a state file),
 * turn assistant lines into one usage record per API request (de-duplicated
 * by `message.id:requestId`, docs/reference/claude-code.md §5, the copy with
 * the most tokens wins), in the hook record format shared/usage reads:
 * `{v:1, ts, user, session, model, input, output, cacheWrite5m, cacheWrite1h,
 * cacheRead, tool, source:"steward-hook", requestId, speed}` (`speed` only as
 * "fast", for a fast mode request).
 *
 * {@link usageFromLines} is pure; {@link readNewLines} and the state file
 * helpers are the I/O.
 */
import {
  closeSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { parseTranscriptLine } from "../usage/readers.js";

/** A usage line as the hook writes it. */
export interface HookUsageRecord {
  readonly v: 1;
  readonly ts: string;
  readonly user: string;
  readonly session: string | null;
  readonly model: string | null;
  readonly input: number;
  readonly output: number;
  readonly cacheWrite5m: number;
  readonly cacheWrite1h: number;
  readonly cacheRead: number;
  /** The first tool the response called, or null. */
  readonly tool: string | null;
  readonly source: "steward-hook";
  /** `message.id:requestId`, for de-duplication by readers; absent when the transcript line lacks either. */
  readonly requestId?: string;
  /** "fast" for a fast mode request (priced at the model's fast table); absent otherwise. */
  readonly speed?: "fast";
}

/** Keys remembered per session to drop requests already written (a bounded window). */
export const MAX_REMEMBERED_KEYS = 2000;

export interface UsageExtraction {
  readonly records: HookUsageRecord[];
  /** Keys of the requests written (append to the state). */
  readonly keys: string[];
  readonly malformed: number;
  readonly duplicates: number;
}

function toolOf(o: Record<string, unknown>): string | null {
  const message = o.message as { content?: unknown } | undefined;
  if (!message || !Array.isArray(message.content)) return null;
  for (const block of message.content) {
    if (block && typeof block === "object" && (block as { type?: unknown }).type === "tool_use") {
      const name = (block as { name?: unknown }).name;
      if (typeof name === "string") return name;
    }
  }
  return null;
}

/**
 * Usage records from complete transcript lines. `seen` holds keys written by
 * earlier runs (they are skipped). Pure.
 */
export function usageFromLines(
  lines: readonly string[],
  user: string,
  session: string | null,
  seen: ReadonlySet<string>,
): UsageExtraction {
  type Entry = { record: HookUsageRecord; total: number; sidechain: boolean };
  const byKey = new Map<string, Entry>();
  const order: (string | Entry)[] = [];
  let malformed = 0;
  let duplicates = 0;
  for (const text of lines) {
    if (text.trim() === "") continue;
    let o: unknown;
    try {
      o = JSON.parse(text);
    } catch {
      malformed++;
      continue;
    }
    if (o === null || typeof o !== "object" || Array.isArray(o)) {
      malformed++;
      continue;
    }
    const obj = o as Record<string, unknown>;
    const parsed = parseTranscriptLine(obj, user);
    if (parsed.ok === false) {
      malformed++;
      continue;
    }
    if (parsed.ok !== true) continue;
    const { record: r, key, total, sidechain } = parsed.line;
    const record: HookUsageRecord = {
      v: 1,
      ts: new Date(r.time).toISOString(),
      user,
      session: r.session ?? session,
      model: r.model ?? null,
      input: r.input,
      output: r.output,
      cacheWrite5m: r.cacheWrite5m,
      cacheWrite1h: r.cacheWrite1h,
      cacheRead: r.cacheRead,
      tool: toolOf(obj),
      source: "steward-hook",
      ...(key ? { requestId: key } : {}),
      ...(r.fast ? { speed: "fast" as const } : {}),
    };
    const entry: Entry = { record, total, sidechain };
    if (key === undefined) {
      order.push(entry);
      continue;
    }
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, entry);
      order.push(key);
      continue;
    }
    duplicates++;
    const better = total > prev.total || (total === prev.total && prev.sidechain && !sidechain);
    // keep the first tool named by any copy of the response
    const tool = prev.record.tool ?? record.tool;
    byKey.set(
      key,
      better ? { ...entry, record: { ...record, tool } } : { ...prev, record: { ...prev.record, tool } },
    );
  }
  const records: HookUsageRecord[] = [];
  const keys: string[] = [];
  for (const item of order) {
    if (typeof item === "string") {
      records.push((byKey.get(item) as Entry).record);
      keys.push(item);
    } else records.push(item.record);
  }
  return { records, keys, malformed, duplicates };
}

/** Per-session capture state. */
export interface SessionState {
  readonly v: 1;
  /** Byte offset of the first unread byte, per transcript file. */
  readonly offsets: Record<string, number>;
  /** Recently written request keys, oldest first. */
  readonly keys: string[];
}

export const EMPTY_STATE: SessionState = { v: 1, offsets: {}, keys: [] };

export function readState(file: string): SessionState {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as SessionState;
    if (value && value.v === 1 && typeof value.offsets === "object" && Array.isArray(value.keys))
      return value;
  } catch {
    // none yet, or unreadable: start over (keys de-duplicate nothing then; offsets restart at 0)
  }
  return EMPTY_STATE;
}

export function writeState(file: string, state: SessionState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

/** Longest stretch of a transcript read in one run; the rest waits for the next Stop. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/**
 * Reads the complete lines of `file` from `offset` (a partial last line is
 * left for the next run). A file shorter than `offset` was replaced: it is
 * read from the start. Returns the lines and the new offset.
 */
export function readNewLines(
  file: string,
  offset: number,
): { lines: string[]; offset: number; restarted: boolean } {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const restarted = offset > size;
    const start = restarted ? 0 : offset;
    const length = Math.min(size - start, MAX_READ_BYTES);
    if (length <= 0) return { lines: [], offset: start, restarted };
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = readSync(fd, buffer, read, length - read, start + read);
      if (n === 0) break;
      read += n;
    }
    const end = buffer.lastIndexOf(10, read - 1);
    if (end < 0) return { lines: [], offset: start, restarted };
    const lines = buffer.toString("utf8", 0, end).split("\n");
    return { lines, offset: start + end + 1, restarted };
  } finally {
    closeSync(fd);
  }
}

/** A file name for a session id (anything outside [A-Za-z0-9._-] becomes "_"). */
export function sessionFileName(session: string): string {
  const safe = session.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 120);
  return safe === "" || safe.startsWith(".") ? `_${safe}` : safe;
}

/**
 * Takes an exclusive lock file (O_EXCL); a lock older than `staleMs` is
 * taken over. Returns a release function, or undefined when another run holds it.
 */
export function tryLock(file: string, nowMs: number, staleMs = 120_000): (() => void) | undefined {
  const take = () => {
    const fd = openSync(file, "wx", 0o600);
    closeSync(fd);
    return () => rmSync(file, { force: true });
  };
  try {
    return take();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") return undefined;
  }
  try {
    const fd = openSync(file, "r");
    const age = nowMs - fstatSync(fd).mtimeMs;
    closeSync(fd);
    if (age < staleMs) return undefined;
    rmSync(file, { force: true });
    return take();
  } catch {
    return undefined;
  }
}
