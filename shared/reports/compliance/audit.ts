/**
 * Audit log statistics for the compliance report: AuditRecordV1 JSON lines
 * and the seed's plain BLOCKED/DENIED lines, both through `parseAuditLine`
 * (docs/audit-log-format.md). {@link summarizeAudit} is pure over file texts;
 * {@link readAuditFiles} finds and reads the files.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { parseAuditLine } from "../../audit/audit-record.js";
import { ConfigurationError } from "../../errors.js";
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

/** Statistics over the audit files for `period`. Pure. */
export function summarizeAudit(files: readonly AuditFile[], period: Period): AuditEvidence {
  let lines = 0;
  let v1Records = 0;
  let legacyLines = 0;
  let malformed = 0;
  let recordsInPeriod = 0;
  let recordsOutsidePeriod = 0;
  let legacyUndated = 0;
  let legacyInPeriod = 0;
  const samples: MalformedLine[] = [];
  const decisions = { deny: 0, ask: 0, allow: 0, none: 0 };
  const userDays = new Map<string, Set<string>>();
  const byDay = new Map<string, number>();
  const violations = new Counter();
  const access = new Counter();
  let oldest: { day: string; file: string } | null = null;
  let newest: { day: string; file: string } | null = null;
  const seeDay = (day: string, file: string) => {
    if (!oldest || day < oldest.day) oldest = { day, file };
    if (!newest || day > newest.day) newest = { day, file };
  };
  const inPeriod = (day: string) => day >= period.since && day < period.until;

  for (const file of files) {
    const named = DAY_IN_NAME.exec(basename(file.path))?.[1];
    if (named && !Number.isNaN(Date.parse(`${named}T00:00:00Z`))) seeDay(named, file.path);
    const text = file.text;
    let start = 0;
    let lineNo = 0;
    while (start < text.length) {
      const nl = text.indexOf("\n", start);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(start, end);
      start = end + 1;
      lineNo++;
      if (line.trim() === "") continue;
      lines++;
      const parsed = parseAuditLine(line);
      if (!parsed.ok) {
        malformed++;
        if (samples.length < MAX_SAMPLES)
          samples.push({ file: file.path, line: lineNo, error: parsed.error });
        continue;
      }
      const r = parsed.record;
      if (r.v === 0) {
        legacyLines++;
        const day = r.ts ? new Date(Date.parse(r.ts)).toISOString().slice(0, 10) : null;
        if (day) seeDay(day, file.path);
        if (day && !inPeriod(day)) continue;
        if (!day) legacyUndated++;
        legacyInPeriod++;
        violations.add(
          r.input ? `legacy: ${r.verdict}` : `legacy: ${r.verdict} (no rule recorded)`,
          "(unknown)",
          r.tool ?? "(unknown)",
          day ?? "(undated)",
        );
        continue;
      }
      v1Records++;
      const day = new Date(Date.parse(r.ts)).toISOString().slice(0, 10);
      seeDay(day, file.path);
      if (!inPeriod(day)) {
        recordsOutsidePeriod++;
        continue;
      }
      recordsInPeriod++;
      const user = r.user.toLowerCase();
      const days = userDays.get(user) ?? new Set<string>();
      userDays.set(user, days);
      days.add(day);
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
      if (r.event === "pre-tool-use") decisions[r.decision]++;
      if (r.decision === "deny") {
        const rule = r.rule ?? "(no rule)";
        const tool = r.tool ?? "(none)";
        violations.add(rule, user, tool, day);
        if (isRoleRule(r.ruleSource?.file)) access.add(rule, user, tool, day);
      }
    }
  }
  return {
    files: files.length,
    lines,
    v1Records,
    legacyLines,
    malformed,
    malformedSamples: samples,
    recordsInPeriod,
    recordsOutsidePeriod,
    legacyUndated,
    decisions,
    users: [...userDays.keys()].sort(),
    userDays: Object.fromEntries(
      [...userDays.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([u, d]) => [u, [...d].sort()]),
    ),
    byDay: sortedRecord(byDay, true),
    violations: { ...violations.toJSON(), legacy: legacyInPeriod },
    accessDenials: access.toJSON(),
    oldest,
    newest,
  };
}

const AUDIT_EXTENSIONS = [".jsonl", ".ndjson", ".log", ".json"];

/**
 * Reads every audit file under `paths` (files, or directories read
 * recursively for *.jsonl, *.ndjson, *.log, *.json). A missing path is a
 * ConfigurationError: the caller asked for logs that are not there.
 */
export async function readAuditFiles(paths: readonly string[], cwd: string): Promise<AuditFile[]> {
  const out: AuditFile[] = [];
  const show = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel.startsWith("..") ? abs : rel;
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && AUDIT_EXTENSIONS.some((x) => e.name.endsWith(x)))
        out.push({ path: show(p), text: await readFile(p, "utf8") });
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
    else out.push({ path: show(abs), text: await readFile(abs, "utf8") });
  }
  return out;
}
