/**
 * Append-only JSONL logs, one file per UTC day (`<dir>/YYYY-MM-DD.jsonl`),
 * safe when several Claude Code sessions write at once: each line is written
 * with one `write(2)` on a descriptor opened with `O_APPEND`, and lines are
 * kept under {@link MAX_LINE_BYTES} (see log-line.ts), so lines never tear or
 * interleave. Retention: files older than the retention period are deleted.
 */
import { closeSync, mkdirSync, openSync, readdirSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { MAX_LINE_BYTES } from "./log-line.js";

/** `YYYY-MM-DD` (UTC) of a date. */
export function utcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day file for a time. */
export function dayFile(dir: string, date: Date): string {
  return join(dir, `${utcDate(date)}.jsonl`);
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;

/**
 * Which of `names` are day files older than `retentionDays` before `today`
 * (a file dated exactly `retentionDays` ago is kept). Pure.
 */
export function expiredDayFiles(names: readonly string[], today: Date, retentionDays: number): string[] {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) return [];
  const cutoff = utcDate(new Date(Date.parse(`${utcDate(today)}T00:00:00Z`) - retentionDays * 86_400_000));
  return names.filter((n) => {
    const m = DAY_FILE.exec(n);
    return m !== null && (m[1] as string) < cutoff;
  });
}

/**
 * Appends complete lines (each ending in "\n", each at most
 * {@link MAX_LINE_BYTES}) to a file, one `write` per line. Creates the
 * directory (0700) and file (0600). Throws on I/O errors and on a line that
 * breaks the rules (a bug in the caller).
 */
export function appendLines(file: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  const buffers = lines.map((line) => {
    const b = Buffer.from(line, "utf8");
    if (b.length > MAX_LINE_BYTES || !line.endsWith("\n") || line.indexOf("\n") !== line.length - 1)
      throw new Error(`appendLines: not one line of at most ${MAX_LINE_BYTES} bytes`);
    return b;
  });
  const dir = file.slice(0, Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")));
  if (dir) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fd = openSync(file, "a", 0o600);
  try {
    for (const b of buffers) {
      const written = writeSync(fd, b, 0, b.length);
      if (written !== b.length) throw new Error(`short write to ${file}: ${written} of ${b.length} bytes`);
    }
  } finally {
    closeSync(fd);
  }
}

/** Deletes expired day files in `dir`; returns their names. A missing directory is nothing to prune. */
export function pruneDayFiles(dir: string, today: Date, retentionDays: number): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const expired = expiredDayFiles(names, today, retentionDays);
  const removed: string[] = [];
  for (const name of expired) {
    try {
      unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // another session removed it first, or it is not ours to remove: leave it
    }
  }
  return removed;
}
