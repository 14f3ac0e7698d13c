/**
 * The Claude Code transcript lane of the usage reader (shared/usage/readers.ts):
 *
 * - {@link cannotCarryUsage}: a byte-level pre-filter. Most of a transcript's
 *   bytes are user turns and tool results (file contents, command output) that
 *   never carry usage; they are recognised on the raw bytes and counted as
 *   ignored without being decoded or parsed.
 * - {@link advisorLines}: the advisor tool's usage (`usage.iterations[]` of type
 *   `advisor_message`), which the top-level usage of a message does not include.
 * - {@link TranscriptFileDedup}: per-file de-duplication (docs/cost-report.md,
 *   "Claude Code transcripts").
 * - {@link TranscriptLane}: the pre-filter and the assistant-line fast lane
 *   (shared/usage/assistant-lane.ts) behind one call for the reader's byte
 *   loop: lines it takes go straight into the file's de-duplication, the
 *   rest take the general path.
 */
import { AssistantLane, type TranscriptLine, transcriptLine } from "./assistant-lane.js";
import type { UsageRecord } from "./record.js";
import { tokenCount } from "./record.js";

export type { TranscriptLine };

const ASSISTANT = Buffer.from('"assistant"');
const TS = Buffer.from('"ts"');
const TOKENS = Buffer.from('"tokens"');
const HOOK = Buffer.from("steward-hook");
const TYPE_FIRST = Buffer.from('{"type":"');
const TYPE_FIELD = Buffer.from(',"type":"');

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a;

/**
 * What the byte-level look at a transcript line found: `ignore` (cannot carry
 * usage: count it as ignored without parsing), `assistant` (mentions
 * `"assistant"`: may carry usage) or `other`. Both of the latter take the
 * general path.
 */
export type LineShape = "ignore" | "assistant" | "other";

/**
 * A look at the raw bytes of the line `buf[start, end)`. It is
 * `ignore` when it is certainly a transcript line that the
 * general path would count as ignored (a user turn, tool result, summary,
 * snapshot...): framed as one JSON object (`{` ... `}`, so a line cut short
 * by a crash still takes the general path and is reported as malformed) in
 * which the bytes `"assistant"` occur nowhere, so its top-level `type` cannot
 * be `assistant` (Claude Code writes keys and values unescaped, and inside a
 * string a quote is always escaped). With `auto` detection such a line must
 * also name a top-level `type` before any nested value and contain nothing a
 * seed or hook record needs (`"ts"`, `"tokens"`, `steward-hook`).
 *
 * What it gives up: the JSON of an ignored line is not validated, so a line
 * corrupted in the middle that could not carry usage anyway is ignored
 * instead of tallied as malformed.
 */
export function classifyLine(buf: Buffer, start: number, end: number, auto: boolean): LineShape {
  let s = start;
  let e = end - 1;
  while (s <= e && isSpace(buf[s])) s++;
  while (e >= s && isSpace(buf[e])) e--;
  if (e - s < 16 || buf[s] !== 0x7b /* { */ || buf[e] !== 0x7d /* } */) return "other";
  const line = buf.subarray(s, e + 1);
  if (line.indexOf(ASSISTANT) !== -1) return "assistant";
  if (!auto) return "ignore";
  if (line.indexOf(TS) !== -1 || line.indexOf(TOKENS) !== -1 || line.indexOf(HOOK) !== -1) return "other";
  if (line.subarray(0, TYPE_FIRST.length).equals(TYPE_FIRST)) return "ignore";
  // `,"type":"` before the first nested object or array: a top-level string `type`.
  const type = line.indexOf(TYPE_FIELD);
  if (type === -1) return "other";
  for (let i = 1; i < type; i++) {
    const b = line[i];
    if (b === 0x7b || b === 0x5b) return "other";
  }
  return "ignore";
}

/** True when {@link classifyLine} says the line cannot carry usage. */
export function cannotCarryUsage(buf: Buffer, start: number, end: number, auto: boolean): boolean {
  return classifyLine(buf, start, end, auto) === "ignore";
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Usage of the advisor tool: `message.usage.iterations[]` entries of type
 * `advisor_message` carry the advisor model's own tokens, which the message's
 * top-level usage leaves out. One line per entry that names its model, keyed
 * `<message key>#advisor<n>` so that copies of the message de-duplicate it
 * like the message itself. Entries with unreadable counts are skipped.
 */
export function advisorLines(
  usage: Obj,
  base: UsageRecord,
  key: string | undefined,
  sidechain: boolean,
): TranscriptLine[] {
  const list = usage.iterations;
  if (!Array.isArray(list)) return [];
  // an advisor call is priced at its own model's standard rate: the message's speed is not its own
  const { fast: _fast, ...common } = base;
  const out: TranscriptLine[] = [];
  for (let i = 0; i < list.length; i++) {
    const it = list[i];
    if (!isObj(it) || it.type !== "advisor_message") continue;
    const model = typeof it.model === "string" && it.model !== "" ? it.model : undefined;
    if (!model) continue;
    const n = (v: unknown) => (v === undefined || v === null ? 0 : tokenCount(v));
    const input = n(it.input_tokens);
    const output = n(it.output_tokens);
    const cacheRead = n(it.cache_read_input_tokens);
    let cw5m: number | undefined;
    let cw1h: number | undefined;
    if (isObj(it.cache_creation)) {
      cw5m = n(it.cache_creation.ephemeral_5m_input_tokens);
      cw1h = n(it.cache_creation.ephemeral_1h_input_tokens);
    } else {
      cw5m = n(it.cache_creation_input_tokens);
      cw1h = 0;
    }
    if (input === undefined || output === undefined || cacheRead === undefined) continue;
    if (cw5m === undefined || cw1h === undefined) continue;
    const record: UsageRecord = {
      ...common,
      model,
      input,
      output,
      cacheWrite5m: cw5m,
      cacheWrite1h: cw1h,
      cacheRead,
      ...(key ? { requestKey: `${key}#advisor${i}` } : {}),
    };
    out.push({
      record,
      key: key ? `${key}#advisor${i}` : undefined,
      total: input + output + cw5m + cw1h + cacheRead,
      sidechain,
    });
  }
  return out;
}

/** Whether `next` should replace `prior`, two copies of the same request. */
export function better(next: TranscriptLine, prior: TranscriptLine): boolean {
  if (next.total !== prior.total) return next.total > prior.total;
  return prior.sidechain && !next.sidechain;
}

/**
 * De-duplication within one transcript file. Streamed responses are written
 * as one line per content block, with placeholder usage on all but the last:
 * copies of one `message.id:requestId` collapse into the one with the most
 * tokens (ties: the non-sidechain copy). A sidechain line that repeats a
 * message id already seen under another request id (the `/btw` side question
 * replays the parent conversation) collapses into that message too, and the
 * non-sidechain copy wins. `perFile` and `ordered` are what the reader's tail
 * emits: keys in first-seen order, and unkeyed lines as they are.
 */
export class TranscriptFileDedup {
  readonly perFile = new Map<string, TranscriptLine>();
  readonly ordered: (TranscriptLine | string)[] = [];
  /** message.id -> the key its slot is stored under. */
  private readonly byMessage = new Map<string, string>();
  /** The key of the last slot made: copies of one request mostly follow each other. */
  private lastKey: string | undefined;

  /**
   * Adds a line (`messageId`: its `message.id`, for a message line; none for
   * advisor usage); true when it was a copy of one already held.
   */
  add(line: TranscriptLine, messageId?: string): boolean {
    const { key } = line;
    if (key === undefined) {
      this.ordered.push(line);
      return false;
    }
    // A copy of the last request is found under the stored key (its hash known), not the new string.
    const last = this.lastKey;
    const slot = last !== undefined && key === last ? last : key;
    const prior = this.perFile.get(slot);
    if (prior) {
      if (better(line, prior)) this.perFile.set(slot, line);
      return true;
    }
    let other: string | undefined;
    if (messageId !== undefined) {
      other = this.byMessage.get(messageId);
      const held = other === undefined ? undefined : this.perFile.get(other);
      if (other !== undefined && held && (line.sidechain || held.sidechain)) {
        // A replay under another request id: the non-sidechain copy wins, else the larger.
        if (line.sidechain !== held.sidechain) {
          if (!line.sidechain) this.perFile.set(other, line);
        } else if (better(line, held)) this.perFile.set(other, line);
        return true;
      }
    }
    this.perFile.set(key, line);
    this.ordered.push(key);
    this.lastKey = key;
    if (messageId !== undefined && other === undefined) this.byMessage.set(messageId, key);
    return false;
  }
}

/**
 * De-duplication across files: each request (`message.id:requestId`) counts
 * once, as its largest copy wherever it is (a resumed session copies earlier
 * requests into its new file, sometimes before their final usage was
 * written); on a tie the non-sidechain copy, then the one read first.
 * Offered lines are one file's output of {@link TranscriptFileDedup}, file
 * after file. Lines without a key are kept as they are.
 */
export class TranscriptRequests {
  readonly keys: string[] = [];
  readonly lines: TranscriptLine[] = [];
  readonly unkeyed: TranscriptLine[] = [];
  /** Copies dropped here (a request seen in an earlier file). */
  duplicates = 0;
  private readonly index = new Map<string, number>();

  offer(line: TranscriptLine): void {
    const { key } = line;
    if (key === undefined) {
      this.unkeyed.push(line);
      return;
    }
    const i = this.index.get(key);
    if (i === undefined) {
      this.index.set(key, this.lines.length);
      this.keys.push(key);
      this.lines.push(line);
      return;
    }
    this.duplicates++;
    if (better(line, this.lines[i] as TranscriptLine)) this.lines[i] = line;
  }
}

/** The counters {@link TranscriptLane.take} adds to (the reader's ReadStats). */
export interface TranscriptLaneStats {
  ignored: number;
  synthetic: number;
  duplicates: number;
}

/**
 * The byte-level transcript lane for one reader: {@link classifyLine}, then
 * for assistant lines {@link AssistantLane}. What it takes it counts and
 * files exactly as the general path (JSON.parse, parseTranscriptLine, then
 * the same de-duplication) would; what it does not take is the general
 * path's.
 */
export class TranscriptLane {
  private readonly assistant: AssistantLane;

  /** `auto`: the reader detects each line's kind (seed, hook or transcript). */
  constructor(private readonly auto: boolean) {
    this.assistant = new AssistantLane(auto);
  }

  /**
   * Reads the line `buf[start, end)` of a file of `user` into `dedup` and
   * `stats`; false when the line takes the general path instead.
   */
  take(
    buf: Buffer,
    start: number,
    end: number,
    user: () => string,
    dedup: () => TranscriptFileDedup,
    stats: TranscriptLaneStats,
  ): boolean {
    const shape = classifyLine(buf, start, end, this.auto);
    if (shape === "ignore") {
      stats.ignored++;
      return true;
    }
    if (shape !== "assistant") return false;
    const lane = this.assistant;
    const r = lane.scan(buf, start, end);
    if (r === "general") return false;
    if (r === "ignore") stats.ignored++;
    else if (r === "synthetic") stats.synthetic++;
    else if (dedup().add(transcriptLine(lane.fields, user()), lane.fields.messageId)) stats.duplicates++;
    return true;
  }
}
