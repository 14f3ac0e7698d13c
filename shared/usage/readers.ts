/**
 * Streaming readers for local usage files: the seed's usage logs, Steward's
 * hook records and Claude Code transcripts. Every file is read line by line;
 * a malformed line is tallied (file, line, reason) and skipped, never fatal;
 * an unreadable file is a ConfigurationError naming it.
 *
 * De-duplication of transcripts (docs/reference/claude-code.md section 5):
 * one API response is written as one line per content block (placeholder
 * output_tokens on all but the last), so lines are keyed by
 * `message.id:requestId`; within a file the copy with the most tokens wins
 * (ties: the non-sidechain copy), a sidechain replay
 * of a message under another request id collapses into it, and a key already
 * emitted by an earlier file of the same run is dropped. Lines without a
 * message id are kept as they are; `<synthetic>` model lines are skipped.
 * Lines that cannot carry usage are recognised on their bytes and never
 * parsed (shared/usage/transcript-lane.ts); assistant lines with usage are
 * read on their bytes too (shared/usage/assistant-lane.ts), and anything
 * unusual in them takes JSON.parse.
 */
import { sep } from "node:path";
import { transcriptLine } from "./assistant-lane.js";
import type { SourceFile } from "./files.js";
import { readChunks, readLineBatches } from "./lines.js";
import { type MalformedTally, parseTime, tokenCount, type UsageRecord } from "./record.js";
import { SeedLane, type SeedSink } from "./seed-lane.js";
import {
  advisorLines,
  TranscriptFileDedup,
  TranscriptLane,
  type TranscriptLine,
  TranscriptRequests,
} from "./transcript-lane.js";

export type SourceKind = "auto" | "seed" | "hook" | "transcripts";

export interface ReadStats {
  files: number;
  lines: number;
  blankLines: number;
  records: number;
  /** Transcript lines dropped as copies of a request already counted. */
  duplicates: number;
  /** `<synthetic>` transcript lines skipped. */
  synthetic: number;
  /** Records outside --since/--until. */
  outOfRange: number;
  /** Transcript lines that carry no usage (user turns, summaries, snapshots). */
  ignored: number;
}

export function emptyReadStats(): ReadStats {
  return {
    files: 0,
    lines: 0,
    blankLines: 0,
    records: 0,
    duplicates: 0,
    synthetic: 0,
    outOfRange: 0,
    ignored: 0,
  };
}

export interface ReadOptions {
  readonly kind?: SourceKind;
  readonly malformed: MalformedTally;
  readonly stats?: ReadStats;
  /** Inclusive lower bound, ms. */
  readonly since?: number;
  /** Exclusive upper bound, ms. */
  readonly until?: number;
  /** Folder name, login or any user name a source writes -> the canonical user id. Applied to every record. */
  readonly userMap?: Readonly<Record<string, string>>;
  /** User for files whose path names none. Default "unknown". */
  readonly defaultUser?: string;
  /** Called before each file (progress). */
  readonly onFile?: (file: SourceFile, index: number, total: number) => void;
  /**
   * Receives seed lines instead of records, one by one or summed per user,
   * tool and day (see {@link SeedSink}): the aggregation fast lane
   * ({@link Aggregator.addSeed}). Counted in stats as records.
   */
  readonly seedSink?: SeedSink;
  /** Longest line accepted, in bytes (plain files) or characters (.gz). Default 64 Mi. */
  readonly maxLineBytes?: number;
  /**
   * Receives each file's transcript requests (de-duplicated within the file,
   * in order) instead of settling them here: for readers split across worker
   * threads, whose caller settles every file in order with
   * {@link settleTranscriptRequests} so de-duplication across files stays exact.
   */
  readonly transcriptTail?: (fileIndex: number, lines: readonly TranscriptLine[]) => void;
}

/**
 * The user a transcript belongs to, from its path: the folder that holds
 * `.claude` (a home directory: `alice/.claude/projects/...`), else the first
 * folder under the source directory when the file sits deeper than
 * `<project>/<session>.jsonl` (`users/alice/<project>/<session>.jsonl`).
 */
const CLAUDE_DIR = `${sep}.claude${sep}`;
export function userFromPath(file: SourceFile): string | undefined {
  const claude = file.path.lastIndexOf(CLAUDE_DIR);
  if (claude >= 0) return file.path.slice(file.path.lastIndexOf(sep, claude - 1) + 1, claude);
  if (file.relative.length === 0) return undefined;
  const rel = file.relative.split("/");
  const projects = rel.indexOf("projects");
  if (projects > 0) return rel[projects - 1];
  if (rel.length >= 3) return rel[0];
  return undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

type Parsed = { ok: true; record: UsageRecord } | { ok: false; reason: string } | { ok: "skip" };

/** The seed's `{timestamp, user, tool, tokens}` line. */
export function parseSeedRecord(o: Obj): Parsed {
  const time = parseTime(o.timestamp);
  if (time === undefined) return { ok: false, reason: "seed: timestamp missing or not a date" };
  const user = str(o.user);
  if (!user) return { ok: false, reason: "seed: user missing" };
  const tokens = tokenCount(o.tokens);
  if (tokens === undefined) return { ok: false, reason: "seed: tokens is not a non-negative integer" };
  const tool = str(o.tool);
  const model = str(o.model);
  return {
    ok: true,
    record: {
      time,
      user,
      ...(model ? { model } : {}),
      input: 0,
      output: 0,
      cacheWrite5m: 0,
      cacheWrite1h: 0,
      cacheRead: 0,
      unsplit: tokens,
      requests: 1,
      ...(tool ? { tool } : {}),
      source: "seed",
    },
  };
}

/** Steward's hook record `{v:1, ts, user, session, model, input, output, cacheWrite5m, cacheWrite1h, cacheRead, tool, source:"steward-hook", requestId?, speed?}`. */
export function parseHookRecord(o: Obj): Parsed {
  if (o.v !== 1) return { ok: false, reason: `hook: unsupported record version ${JSON.stringify(o.v)}` };
  const time = parseTime(o.ts);
  if (time === undefined) return { ok: false, reason: "hook: ts missing or not a date" };
  const user = str(o.user);
  if (!user) return { ok: false, reason: "hook: user missing" };
  const fields = ["input", "output", "cacheWrite5m", "cacheWrite1h", "cacheRead"] as const;
  const n: Record<(typeof fields)[number], number> = {
    input: 0,
    output: 0,
    cacheWrite5m: 0,
    cacheWrite1h: 0,
    cacheRead: 0,
  };
  for (const f of fields) {
    if (o[f] === undefined) continue;
    const v = tokenCount(o[f]);
    if (v === undefined) return { ok: false, reason: `hook: ${f} is not a non-negative integer` };
    n[f] = v;
  }
  const model = str(o.model);
  const tool = str(o.tool);
  const session = str(o.session);
  const requestKey = str(o.requestId) ?? str(o.requestKey);
  return {
    ok: true,
    record: {
      time,
      user,
      ...(model ? { model } : {}),
      ...n,
      unsplit: 0,
      requests: 1,
      ...(tool ? { tool } : {}),
      ...(session ? { session } : {}),
      source: "steward-hook",
      ...(requestKey ? { requestKey } : {}),
      ...(o.speed === "fast" ? { fast: true } : {}),
    },
  };
}

export type { TranscriptLine };

/**
 * One transcript line: an assistant message with usage (`messageId` for
 * collapsing sidechain replays, `advisors`: the advisor usage it carries, see
 * {@link advisorLines}), or "skip".
 */
export function parseTranscriptLine(
  o: Obj,
  user: string,
):
  | (Parsed & { ok: false | "skip" })
  | { ok: true; line: TranscriptLine; messageId: string | undefined; advisors: TranscriptLine[] }
  | { ok: "synthetic" } {
  if (o.type !== "assistant") return { ok: "skip" };
  const message = o.message;
  if (!isObj(message)) return { ok: false, reason: "transcript: assistant line without a message object" };
  const usage = message.usage;
  if (usage === undefined || usage === null) return { ok: "skip" };
  if (!isObj(usage)) return { ok: false, reason: "transcript: message.usage is not an object" };
  const model = str(message.model);
  if (model === "<synthetic>") return { ok: "synthetic" };
  const time = parseTime(o.timestamp);
  if (time === undefined) return { ok: false, reason: "transcript: timestamp missing or not a date" };
  const num = (v: unknown, name: string): number | string => {
    if (v === undefined || v === null) return 0;
    const n = tokenCount(v);
    return n === undefined ? `transcript: usage.${name} is not a non-negative integer` : n;
  };
  const input = num(usage.input_tokens, "input_tokens");
  const output = num(usage.output_tokens, "output_tokens");
  const cacheRead = num(usage.cache_read_input_tokens, "cache_read_input_tokens");
  let cw5m: number | string;
  let cw1h: number | string;
  if (isObj(usage.cache_creation)) {
    cw5m = num(usage.cache_creation.ephemeral_5m_input_tokens, "cache_creation.ephemeral_5m_input_tokens");
    cw1h = num(usage.cache_creation.ephemeral_1h_input_tokens, "cache_creation.ephemeral_1h_input_tokens");
  } else {
    cw5m = num(usage.cache_creation_input_tokens, "cache_creation_input_tokens");
    cw1h = 0;
  }
  for (const v of [input, output, cacheRead, cw5m, cw1h])
    if (typeof v === "string") return { ok: false, reason: v };
  const messageId = str(message.id);
  const line = transcriptLine(
    {
      time,
      model,
      input: input as number,
      output: output as number,
      cacheWrite5m: cw5m as number,
      cacheWrite1h: cw1h as number,
      cacheRead: cacheRead as number,
      messageId,
      requestId: str(o.requestId),
      session: str(o.sessionId),
      batch: usage.service_tier === "batch",
      fast: usage.speed === "fast",
      sidechain: o.isSidechain === true,
    },
    user,
  );
  const advisors =
    usage.iterations === undefined ? [] : advisorLines(usage, line.record, line.key, line.sidechain);
  return { ok: true, line, messageId, advisors };
}

function detect(o: Obj): "seed" | "hook" | "transcripts" | undefined {
  if (o.source === "steward-hook" || (o.v !== undefined && "ts" in o)) return "hook";
  if ("tokens" in o && "timestamp" in o) return "seed";
  if (typeof o.type === "string" && ("message" in o || "sessionId" in o || "uuid" in o || "parentUuid" in o))
    return "transcripts";
  if (typeof o.type === "string") return "transcripts"; // summary, file-history-snapshot, ...
  return undefined;
}

/**
 * The seed's line exactly as track-usage.sh writes it. Lines of this shape skip
 * JSON.parse (they cannot mean anything else); every other line takes the
 * general path, so the fast path changes speed, never results.
 */
const SEED_LINE =
  /^\{"timestamp":"(\d{4}-\d{2}-\d{2}T[0-9:.]+Z)","user":"([^"\\]+)","tool":"([^"\\]*)","tokens":(0|[1-9]\d{0,14})\}\s*$/;

/** Reads every file in order and yields normalised records (see {@link readUsageBatches}). */
export async function* readUsageFiles(
  files: readonly SourceFile[],
  options: ReadOptions,
): AsyncGenerator<UsageRecord> {
  for await (const batch of readUsageBatches(files, options)) yield* batch;
}

/**
 * Reads every file in order and yields normalised records in batches (one per
 * chunk read). Transcript requests are de-duplicated (the largest copy of
 * each, across files) and emitted after the last file, or handed to
 * `options.transcriptTail` file by file. With `options.seedSink`, canonical
 * seed lines go to the sink instead of becoming records (the aggregation fast
 * lane).
 */
const bases = new Map<string, string>();
/** For a glob, the segments before the first wildcard (`relative` is below them); a plain spec whole. */
function globBase(spec: string): string {
  let base = bases.get(spec);
  if (base === undefined) {
    const parts = spec.split("/");
    const first = parts.findIndex((seg) => /[*?[{]/.test(seg));
    base = (first === -1 ? parts : parts.slice(0, first)).join("/");
    bases.set(spec, base);
  }
  return base;
}

export async function* readUsageBatches(
  files: readonly SourceFile[],
  options: ReadOptions,
): AsyncGenerator<UsageRecord[]> {
  const stats = options.stats ?? emptyReadStats();
  const tally = options.malformed;
  const kind = options.kind ?? "auto";
  const requests = new TranscriptRequests();
  const userMap = options.userMap;
  const mapUser = (u: string): string => (userMap && Object.hasOwn(userMap, u) ? (userMap[u] as string) : u);
  const since = options.since ?? Number.NEGATIVE_INFINITY;
  const until = options.until ?? Number.POSITIVE_INFINITY;
  const inRange = (t: number) => t >= since && t < until;
  const seedSink = options.seedSink;
  const lane = kind === "auto" || kind === "seed" ? new SeedLane({ mapUser }) : undefined;
  // Runs of canonical seed lines go to the sink straight from the lane (the aggregation path).
  const runSink = lane && seedSink ? seedSink : undefined;
  const maxLine = options.maxLineBytes ?? 64 * 1024 * 1024;
  const transcripts =
    kind === "auto" || kind === "transcripts" ? new TranscriptLane(kind === "auto") : undefined;

  for (let i = 0; i < files.length; i++) {
    const file = files[i] as SourceFile;
    options.onFile?.(file, i, files.length);
    stats.files++;
    // The file's display name, user and transcript de-duplication are made on
    // first use: a seed file whose lines all take the byte lane needs none of them.
    let shown: string | undefined;
    const display = (): string => {
      if (shown === undefined) {
        const base = globBase(file.spec);
        shown = file.relative ? `${base.replace(/\/+$/, "")}/${file.relative}` : file.spec;
      }
      return shown;
    };
    let fileUser: string | undefined;
    const user = (): string => {
      if (fileUser === undefined) {
        const derived = userFromPath(file);
        fileUser = (derived !== undefined ? mapUser(derived) : undefined) ?? options.defaultUser ?? "unknown";
      }
      return fileUser;
    };
    let fileDedup: TranscriptFileDedup | undefined;
    const dedup = (): TranscriptFileDedup => {
      fileDedup ??= new TranscriptFileDedup();
      return fileDedup;
    };

    /** Everything but the byte-level seed lane: one line of text. */
    const handle = (text: string, lineNo: number, out: UsageRecord[]): void => {
      if (kind !== "hook" && kind !== "transcripts" && text.charCodeAt(2) === 116 /* t */) {
        const m = SEED_LINE.exec(text);
        if (m) {
          const time = Date.parse(m[1] as string);
          if (!Number.isNaN(time)) {
            if (!inRange(time)) stats.outOfRange++;
            else {
              stats.records++;
              const u = userMap ? mapUser(m[2] as string) : (m[2] as string);
              if (seedSink) seedSink(time, u, m[3] as string, Number(m[4]));
              else {
                out.push({
                  time,
                  user: u,
                  input: 0,
                  output: 0,
                  cacheWrite5m: 0,
                  cacheWrite1h: 0,
                  cacheRead: 0,
                  unsplit: Number(m[4]),
                  requests: 1,
                  tool: m[3] || undefined,
                  source: "seed",
                });
              }
            }
            return;
          }
        }
      }
      if (text.trim() === "") {
        stats.blankLines++;
        return;
      }
      let o: unknown;
      try {
        o = JSON.parse(text);
      } catch {
        tally.add(display(), lineNo, "invalid JSON", text);
        return;
      }
      if (!isObj(o)) {
        tally.add(display(), lineNo, "not a JSON object", text);
        return;
      }
      const k = kind === "auto" ? detect(o) : kind;
      if (k === undefined) {
        tally.add(display(), lineNo, "unrecognised record (not seed, hook or transcript)", text);
        return;
      }
      if (k === "transcripts") {
        const r = parseTranscriptLine(o, user());
        if (r.ok === "skip") stats.ignored++;
        else if (r.ok === "synthetic") stats.synthetic++;
        else if (r.ok === false) tally.add(display(), lineNo, r.reason, text);
        else {
          const d = dedup();
          if (d.add(r.line, r.messageId)) stats.duplicates++;
          for (const a of r.advisors) d.add(a);
        }
        return;
      }
      const r = k === "seed" ? parseSeedRecord(o) : parseHookRecord(o);
      if (r.ok === true) {
        if (!inRange(r.record.time)) stats.outOfRange++;
        else {
          stats.records++;
          const mapped = mapUser(r.record.user);
          out.push(mapped === r.record.user ? r.record : { ...r.record, user: mapped });
        }
      } else if (r.ok === false) tally.add(display(), lineNo, r.reason, text);
    };

    if (file.path.endsWith(".gz")) {
      for await (const batch of readLineBatches(file.path, { maxLineBytes: maxLine })) {
        const out: UsageRecord[] = [];
        const lines = batch.lines;
        stats.lines += lines.length;
        for (let li = 0; li < lines.length; li++) {
          const text = lines[li];
          if (text === null || text === undefined)
            tally.add(display(), batch.first + li, "line too long", "");
          else handle(text, batch.first + li, out);
        }
        if (out.length > 0) yield out;
      }
    } else {
      // Plain files: split on bytes; canonical seed lines never become strings.
      let lineNo = 0;
      let carry: Buffer | undefined;
      let skipping = false;
      const line = (buf: Buffer, start: number, end: number, out: UsageRecord[]) => {
        lineNo++;
        stats.lines++;
        if (end > start && buf[end - 1] === 0x0d) end--;
        if (lane?.scan(buf, start, end)) {
          const l = lane.line;
          if (!inRange(l.time)) {
            stats.outOfRange++;
            return;
          }
          stats.records++;
          const u = userMap ? mapUser(l.user) : l.user;
          if (seedSink) seedSink(l.time, u, l.tool, l.tokens);
          else {
            out.push({
              time: l.time,
              user: u,
              input: 0,
              output: 0,
              cacheWrite5m: 0,
              cacheWrite1h: 0,
              cacheRead: 0,
              unsplit: l.tokens,
              requests: 1,
              tool: l.tool || undefined,
              source: "seed",
            });
          }
          return;
        }
        if (transcripts?.take(buf, start, end, user, dedup, stats)) return;
        handle(buf.toString("utf8", start, end), lineNo, out);
      };
      for (const chunk of readChunks(file.path, runSink && lane?.readBuffer())) {
        const out: UsageRecord[] = [];
        let buf = chunk;
        let start = 0;
        if (carry) {
          const nl = chunk.indexOf(0x0a);
          if (nl === -1) {
            if (!skipping) {
              carry = Buffer.concat([carry, chunk]);
              if (carry.length > maxLine) {
                skipping = true;
                carry = Buffer.alloc(0);
              }
            }
            continue;
          }
          if (skipping) {
            lineNo++;
            stats.lines++;
            tally.add(display(), lineNo, "line too long", "");
            skipping = false;
          } else if (carry.length + nl > maxLine) {
            lineNo++;
            stats.lines++;
            tally.add(display(), lineNo, "line too long", "");
          } else {
            const joined = Buffer.concat([carry, chunk.subarray(0, nl)]);
            line(joined, 0, joined.length, out);
          }
          carry = undefined;
          start = nl + 1;
        }
        buf = chunk;
        for (;;) {
          if (runSink && lane) {
            start = lane.run(buf, start, buf.length, since, until, runSink);
            lineNo += lane.consumed;
            stats.lines += lane.consumed;
            stats.records += lane.consumed;
          }
          const nl = buf.indexOf(0x0a, start);
          if (nl === -1) break;
          if (nl - start > maxLine) {
            lineNo++;
            stats.lines++;
            tally.add(display(), lineNo, "line too long", "");
          } else line(buf, start, nl, out);
          start = nl + 1;
        }
        if (start < buf.length) {
          // copy: the reader reuses its buffer for the next chunk
          carry = Buffer.from(buf.subarray(start));
          if (carry.length > maxLine) {
            skipping = true;
            carry = Buffer.alloc(0);
          }
        }
        if (out.length > 0) yield out;
      }
      if (carry !== undefined) {
        const out: UsageRecord[] = [];
        if (skipping) {
          lineNo++;
          stats.lines++;
          tally.add(display(), lineNo, "line too long", "");
        } else if (carry.length > 0) line(carry, 0, carry.length, out);
        if (out.length > 0) yield out;
      }
    }

    if (fileDedup === undefined) continue;
    const { perFile, ordered } = fileDedup;
    const lines = ordered.map((item) =>
      typeof item === "string" ? (perFile.get(item) as TranscriptLine) : item,
    );
    if (options.transcriptTail) {
      if (lines.length > 0) options.transcriptTail(i, lines);
      continue;
    }
    for (const l of lines) requests.offer(l);
  }
  // Transcript requests once every file is read: a later file may hold a larger copy.
  if (!options.transcriptTail) {
    const out = settleTranscriptRequests(requests, undefined, stats, since, until);
    if (out.length > 0) yield out;
  }
}

/**
 * The last step for transcript requests: drops the copies that lost (`lost`,
 * a mask over `requests.keys`, for copies another reader holds a larger
 * version of), applies the period, and counts what it dropped.
 */
export function settleTranscriptRequests(
  requests: TranscriptRequests,
  lost: Uint8Array | undefined,
  stats: ReadStats,
  since: number,
  until: number,
): UsageRecord[] {
  stats.duplicates += requests.duplicates;
  const out: UsageRecord[] = [];
  const settle = (line: TranscriptLine) => {
    const t = line.record.time;
    if (t < since || t >= until) stats.outOfRange++;
    else {
      stats.records++;
      out.push(line.record);
    }
  };
  const { lines } = requests;
  for (let i = 0; i < lines.length; i++) {
    if (lost && lost[i] === 1) stats.duplicates++;
    else settle(lines[i] as TranscriptLine);
  }
  for (const line of requests.unkeyed) settle(line);
  return out;
}
