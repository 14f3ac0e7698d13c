/**
 * Audit log statistics for the compliance report: AuditRecordV1 JSON lines
 * and the seed's plain BLOCKED/DENIED lines, both through `parseAuditLine`
 * (docs/audit-log-format.md). {@link AuditAccumulator} builds the statistics
 * line by line; {@link readAuditLogs} streams files into it (gzip too), and
 * {@link summarizeAudit} is the same over texts in memory.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { parseAuditLine } from "../../audit/audit-record.js";
import { ConfigurationError } from "../../errors.js";
import { readLines } from "../../usage/lines.js";
import type { AuditEvidence, CountBreakdown, MalformedLine, Period } from "./types.js";

export interface AuditFile {
  /** As shown in evidence (relative to the working directory when possible). */
  readonly path: string;
  readonly text: string;
}

const MAX_SAMPLES = 20;
const DAY_IN_NAME = /(\d{4}-\d{2}-\d{2})/;

class Counter {
  total = 0;
  readonly byRule = new Map<string, number>();
  readonly byUser = new Map<string, number>();
  readonly byTool = new Map<string, number>();
  readonly byDay = new Map<string, number>();
  add(rule: string, user: string, tool: string, day: string): void {
    this.total++;
    for (const [map, key] of [
      [this.byRule, rule],
      [this.byUser, user],
      [this.byTool, tool],
      [this.byDay, day],
    ] as const) {
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
  toJSON(): CountBreakdown {
    return {
      total: this.total,
      byRule: sortedRecord(this.byRule),
      byUser: sortedRecord(this.byUser),
      byTool: sortedRecord(this.byTool),
      byDay: sortedRecord(this.byDay, true),
    };
  }
}

/** Most frequent first (ties by key), or by key when `byKey`. */
function sortedRecord(map: Map<string, number>, byKey = false): Record<string, number> {
  const entries = [...map.entries()].sort((a, b) =>
    byKey ? (a[0] < b[0] ? -1 : 1) : b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  return Object.fromEntries(entries);
}

const isRoleRule = (file: string | undefined) =>
  file !== undefined && basename(file) === "role-mappings.json";

/**
 * Statistics built line by line, so logs are streamed rather than held in
 * memory: call {@link AuditAccumulator.file} once per file, then
 * {@link AuditAccumulator.line} for each of its lines, then `result()`.
 */
export class AuditAccumulator {
  private files = 0;
  private lines = 0;
  private v1Records = 0;
  private legacyLines = 0;
  private malformed = 0;
  private recordsInPeriod = 0;
  private recordsOutsidePeriod = 0;
  private legacyUndated = 0;
  private legacyInPeriod = 0;
  private readonly samples: MalformedLine[] = [];
  private readonly decisions = { deny: 0, ask: 0, allow: 0, none: 0 };
  private readonly userDays = new Map<string, Set<string>>();
  private readonly byDay = new Map<string, number>();
  private readonly violations = new Counter();
  private readonly access = new Counter();
  private oldest: { day: string; file: string } | null = null;
  private newest: { day: string; file: string } | null = null;

  constructor(private readonly period: Period) {}

  private seeDay(day: string, file: string): void {
    if (!this.oldest || day < this.oldest.day) this.oldest = { day, file };
    if (!this.newest || day > this.newest.day) this.newest = { day, file };
  }

  private inPeriod(day: string): boolean {
    return day >= this.period.since && day < this.period.until;
  }

  /** A file starts; a `YYYY-MM-DD` in its name dates it (for retention). */
  file(path: string): void {
    this.files++;
    const named = DAY_IN_NAME.exec(basename(path))?.[1];
    if (named && !Number.isNaN(Date.parse(`${named}T00:00:00Z`))) this.seeDay(named, path);
  }

  /** A line that could not be read at all (e.g. longer than the reader's limit). */
  unreadable(path: string, lineNo: number, error: string): void {
    this.lines++;
    this.malformed++;
    if (this.samples.length < MAX_SAMPLES) this.samples.push({ file: path, line: lineNo, error });
  }

  line(path: string, lineNo: number, line: string): void {
    if (line.trim() === "") return;
    this.lines++;
    const parsed = parseAuditLine(line);
    if (!parsed.ok) {
      this.malformed++;
      if (this.samples.length < MAX_SAMPLES)
        this.samples.push({ file: path, line: lineNo, error: parsed.error });
      return;
    }
    const r = parsed.record;
    if (r.v === 0) {
      this.legacyLines++;
      const day = r.ts ? new Date(Date.parse(r.ts)).toISOString().slice(0, 10) : null;
      if (day) this.seeDay(day, path);
      if (day && !this.inPeriod(day)) return;
      if (!day) this.legacyUndated++;
      this.legacyInPeriod++;
      this.violations.add(
        r.input ? `legacy: ${r.verdict}` : `legacy: ${r.verdict} (no rule recorded)`,
        "(unknown)",
        r.tool ?? "(unknown)",
        day ?? "(undated)",
      );
      return;
    }
    this.v1Records++;
    const day = new Date(Date.parse(r.ts)).toISOString().slice(0, 10);
    this.seeDay(day, path);
    if (!this.inPeriod(day)) {
      this.recordsOutsidePeriod++;
      return;
    }
    this.recordsInPeriod++;
    const user = r.user.toLowerCase();
    const days = this.userDays.get(user) ?? new Set<string>();
    this.userDays.set(user, days);
    days.add(day);
    this.byDay.set(day, (this.byDay.get(day) ?? 0) + 1);
    if (r.event === "pre-tool-use") this.decisions[r.decision]++;
    if (r.decision === "deny") {
      const rule = r.rule ?? "(no rule)";
      const tool = r.tool ?? "(none)";
      this.violations.add(rule, user, tool, day);
      if (isRoleRule(r.ruleSource?.file)) this.access.add(rule, user, tool, day);
    }
  }

  result(): AuditEvidence {
    return {
      files: this.files,
      lines: this.lines,
      v1Records: this.v1Records,
      legacyLines: this.legacyLines,
      malformed: this.malformed,
      malformedSamples: [...this.samples],
      recordsInPeriod: this.recordsInPeriod,
      recordsOutsidePeriod: this.recordsOutsidePeriod,
      legacyUndated: this.legacyUndated,
      decisions: { ...this.decisions },
      users: [...this.userDays.keys()].sort(),
      userDays: Object.fromEntries(
        [...this.userDays.entries()]
          .sort((a, b) => (a[0] < b[0] ? -1 : 1))
          .map(([u, d]) => [u, [...d].sort()]),
      ),
      byDay: sortedRecord(this.byDay, true),
      violations: { ...this.violations.toJSON(), legacy: this.legacyInPeriod },
      accessDenials: this.access.toJSON(),
      oldest: this.oldest,
      newest: this.newest,
    };
  }
}

/** Statistics over audit file texts for `period`. Pure. */
export function summarizeAudit(files: readonly AuditFile[], period: Period): AuditEvidence {
  const acc = new AuditAccumulator(period);
  for (const file of files) {
    acc.file(file.path);
    const lines = file.text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    for (let i = 0; i < lines.length; i++) acc.line(file.path, i + 1, lines[i] ?? "");
  }
  return acc.result();
}

const AUDIT_FILE = /\.(jsonl|ndjson|log|json)(\.gz)?$/i;

/** An audit file found under the given paths: absolute, and as shown in evidence. */
export interface AuditPath {
  readonly abs: string;
  readonly path: string;
}

/**
 * The audit files under `paths` (files, or directories walked recursively for
 * *.jsonl, *.ndjson, *.log, *.json, also .gz), in name order. A missing path
 * is a ConfigurationError: the caller asked for logs that are not there.
 */
export async function listAuditFiles(paths: readonly string[], cwd: string): Promise<AuditPath[]> {
  const out: AuditPath[] = [];
  const show = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel.startsWith("..") ? abs : rel.split(sep).join("/");
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && AUDIT_FILE.test(e.name)) out.push({ abs: p, path: show(p) });
    }
  };
  for (const path of paths) {
    const abs = resolve(cwd, path);
    const info = await stat(abs).catch(() => undefined);
    if (!info) {
      throw new ConfigurationError(`Audit log path not found: ${path}`, {
        title: "Audit logs",
        hint: "Pass a directory of audit logs (YYYY-MM-DD.jsonl) or a file; see docs/audit-log-format.md.",
      });
    }
    if (info.isDirectory()) await walk(abs);
    else out.push({ abs, path: show(abs) });
  }
  return out;
}

/** Reads every audit file under `paths` whole (small inputs, tests). */
export async function readAuditFiles(paths: readonly string[], cwd: string): Promise<AuditFile[]> {
  const files = await listAuditFiles(paths, cwd);
  return Promise.all(files.map(async (f) => ({ path: f.path, text: await readFile(f.abs, "utf8") })));
}

/** Streams every audit file under `paths` (gzip too) into statistics for `period`. */
export async function readAuditLogs(
  paths: readonly string[],
  cwd: string,
  period: Period,
): Promise<AuditEvidence> {
  const acc = new AuditAccumulator(period);
  for (const f of await listAuditFiles(paths, cwd)) {
    acc.file(f.path);
    for await (const line of readLines(f.abs, { maxLineBytes: 1_000_000 })) {
      if (line.tooLong) acc.unreadable(f.path, line.number, "line longer than 1 MB");
      else acc.line(f.path, line.number, line.text);
    }
  }
  return acc.result();
}
