/**
 * The Stop / SessionEnd and UserPromptSubmit hooks: usage capture, quota
 * checks and log retention. The edge (files, clock) lives here; the
 * arithmetic is in usage-capture.ts and quota.ts. Nothing here throws to the
 * caller for bad input: a Stop hook must never exit 2 (that keeps Claude
 * working), so the commands turn every failure into exit 0 and a warning.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { AuditRecordV1 } from "../audit/audit-record.js";
import { type HookContext, roleFor } from "./context.js";
import { appendLines, dayFile, pruneDayFiles, utcDate } from "./day-log.js";
import { auditLine, jsonLine } from "./log-line.js";
import type { HookPolicy } from "./policy.js";
import { renderPromptBlock, renderSystemMessage } from "./protocol.js";
import { type QuotaStatus, quotaMessage, quotaStatus, usageTotals } from "./quota.js";
import {
  MAX_REMEMBERED_KEYS,
  readNewLines,
  readState,
  sessionFileName,
  tryLock,
  usageFromLines,
  writeState,
} from "./usage-capture.js";

export interface CaptureResult {
  /** Usage records appended. */
  readonly written: number;
  readonly duplicates: number;
  readonly malformed: number;
  /** Why nothing was read (no transcript, locked, ...), when so. */
  readonly skipped?: string;
}

/** The transcript and its sub-agent transcripts (`<dir>/<session>/subagents/*.jsonl`, claude-code.md §5). */
export function transcriptFiles(transcriptPath: string, session: string): string[] {
  const files = [transcriptPath];
  const sub = join(dirname(transcriptPath), basename(transcriptPath, ".jsonl"), "subagents");
  const alt = join(dirname(transcriptPath), session, "subagents");
  for (const dir of [...new Set([sub, alt])]) {
    try {
      for (const n of readdirSync(dir).sort()) if (n.endsWith(".jsonl")) files.push(join(dir, n));
    } catch {
      // no sub-agents
    }
  }
  return files;
}

/** Reads what is new in the session's transcripts and appends usage records. */
export function captureUsage(
  ctx: HookContext,
  session: string,
  transcriptPath: string,
  now: Date,
): CaptureResult {
  const sessionsDir = join(ctx.stateDir, "sessions");
  mkdirSync(sessionsDir, { recursive: true, mode: 0o700 });
  const base = join(sessionsDir, sessionFileName(session));
  const release = tryLock(`${base}.lock`, now.getTime());
  if (!release)
    return { written: 0, duplicates: 0, malformed: 0, skipped: "another hook of this session is reading" };
  try {
    const state = readState(`${base}.json`);
    const seen = new Set(state.keys);
    const offsets = { ...state.offsets };
    const keys = [...state.keys];
    let written = 0;
    let duplicates = 0;
    let malformed = 0;
    for (const file of transcriptFiles(transcriptPath, session)) {
      let chunk: ReturnType<typeof readNewLines>;
      try {
        chunk = readNewLines(file, offsets[file] ?? 0);
      } catch {
        continue; // vanished or unreadable: try again next time
      }
      const extracted = usageFromLines(chunk.lines, ctx.user, session, seen);
      appendLines(
        dayFile(ctx.usageDir, now),
        extracted.records.map((r) => jsonLine(r)),
      );
      for (const k of extracted.keys) {
        seen.add(k);
        keys.push(k);
      }
      offsets[file] = chunk.offset;
      written += extracted.records.length;
      duplicates += extracted.duplicates;
      malformed += extracted.malformed;
    }
    writeState(`${base}.json`, { v: 1, offsets, keys: keys.slice(-MAX_REMEMBERED_KEYS) });
    return { written, duplicates, malformed };
  } finally {
    release();
  }
}

/** The user's quota status, or undefined when the role has no quota. */
export function currentQuota(
  policy: HookPolicy,
  ctx: HookContext,
  flagRole: string | undefined,
  now: Date,
): { role: string; status: QuotaStatus } | undefined {
  const { role } = roleFor(policy, ctx, flagRole);
  if (role === null) return undefined;
  const info = policy.roleInfo.find((r) => r.name === role);
  if (!info || (info.quotas.daily === undefined && info.quotas.monthly === undefined)) return undefined;
  const totals = usageTotals(ctx.usageDir, ctx.user, policy.countedTokens, now);
  return { role, status: quotaStatus(totals, info.quotas) };
}

/**
 * Deletes day files older than the retention period, at most once per UTC
 * day (a marker in the state directory), and session state untouched for as
 * long. Returns the files removed.
 */
export function pruneOnceADay(ctx: HookContext, retentionDays: number | null, now: Date): string[] {
  if (retentionDays === null) return [];
  const marker = join(ctx.stateDir, "last-prune");
  const today = utcDate(now);
  try {
    if (readFileSync(marker, "utf8").trim() === today) return [];
  } catch {
    // never pruned
  }
  const removed = [
    ...pruneDayFiles(ctx.auditDir, now, retentionDays).map((n) => join(ctx.auditDir, n)),
    ...pruneDayFiles(ctx.usageDir, now, retentionDays).map((n) => join(ctx.usageDir, n)),
  ];
  const sessionsDir = join(ctx.stateDir, "sessions");
  try {
    const cutoff = now.getTime() - retentionDays * 86_400_000;
    for (const n of readdirSync(sessionsDir)) {
      const f = join(sessionsDir, n);
      if (n.endsWith(".json") && statSync(f).mtimeMs < cutoff) {
        rmSync(f, { force: true });
        removed.push(f);
      }
    }
  } catch {
    // no sessions yet
  }
  try {
    mkdirSync(ctx.stateDir, { recursive: true, mode: 0o700 });
    writeFileSync(marker, `${today}\n`, { mode: 0o600 });
  } catch {
    // retried tomorrow
  }
  return removed;
}

export interface PromptOutcome {
  readonly stdout: string;
  readonly auditLine?: string;
}

/** UserPromptSubmit: block (or warn about) a new prompt when a quota is used up. Pure. */
export function promptQuotaOutcome(
  quota: { role: string; status: QuotaStatus } | undefined,
  policy: HookPolicy,
  facts: { user: string; session: string | null; cwd: string | null; now: Date; contact: string },
  block: boolean,
): PromptOutcome {
  if (!quota || quota.status.exhausted === null) return { stdout: "" };
  const message = quotaMessage(quota.status, quota.role, facts.contact, block);
  if (!block) return { stdout: renderSystemMessage(message) };
  const record: AuditRecordV1 = {
    v: 1,
    ts: facts.now.toISOString(),
    user: facts.user,
    role: quota.role,
    session: facts.session,
    event: "user-prompt-submit",
    tool: null,
    decision: "deny",
    rule: `roleMappings.${quota.role}.quotas.${quota.status.exhausted}`,
    ruleSource: null,
    reason: message,
    input: {},
    cwd: facts.cwd,
    policyVersion: policy.policyVersion,
  };
  return { stdout: renderPromptBlock(message), auditLine: auditLine(record) };
}

/** Appends an audit line for today. */
export function appendAudit(ctx: HookContext, now: Date, line: string): void {
  appendLines(dayFile(ctx.auditDir, now), [line]);
}
