/**
 * The fast lane for Claude Code assistant lines, on raw bytes. A transcript
 * line that carries usage is one JSON object of a few kilobytes, nearly all
 * of it `message.content` (text, tool input); what the reader needs is a
 * dozen small values (`type`, `timestamp`, `requestId`, `sessionId`,
 * `isSidechain`, `message.id`, `message.model`, `message.usage.*`).
 * JSON.parse would build every string of the content only to drop it.
 *
 * {@link AssistantLane.scan} walks the line once, byte by byte, as a strict
 * JSON validator: every token is checked against the JSON grammar
 * (ECMA-404: string escapes, no control characters in strings, number
 * syntax, literals, nesting, nothing after the object), so a line
 * JSON.parse would reject is never taken. On the way it notes where the
 * values it needs start and end, by their path (a `usage` key counts only
 * inside the top-level `message` object, and so on). Then it reads those
 * values, and only in the plainest form:
 *
 * - strings without escapes (decoded from UTF-8 like the general path);
 * - token counts and numeric timestamps written as plain digits (at most 15);
 * - `true`, `false`, `null`, objects.
 *
 * Anything else, or anything the general path would report as malformed, or
 * where the order of its checks would matter (a key written twice in one of
 * those objects, an escaped key, a non-empty `usage.iterations`, nesting
 * deeper than 64, with auto detection a top-level `source`, `v`, `ts` or
 * `tokens`), answers `general`: the caller hands the line to JSON.parse and
 * parseTranscriptLine (shared/usage/readers.ts). Both paths build their
 * result with the same function ({@link transcriptLine}), so the lane
 * changes speed, never results; test/usage/assistant-lane.test.ts compares
 * the two on generated, real and mutated lines.
 *
 * The validator exists twice: in WebAssembly (assistant-scan.wat, strings
 * scanned 16 bytes at a time with SIMD; the line is copied into the module's
 * memory, which grows for long lines up to 64 MiB) and in JavaScript
 * ({@link validate}, used without WebAssembly, and as the reference: the
 * tests run both on every line and require the same answer and values).
 * Measured on the bench's assistant lines (2 cores, loaded): JSON.parse and
 * parseTranscriptLine 5.0-5.4 us a line, the JavaScript validator 2.4 us,
 * the WebAssembly one 1.6 us, the whole lane 2.7-3.1 us.
 */

import { ASSISTANT_SCAN_WASM } from "./assistant-scan-wasm.js";
import { DayReader, digits } from "./bytes.js";
import { parseTime, type UsageRecord } from "./record.js";
import { instantiateWasm } from "./wasm.js";

/** What {@link AssistantLane.scan} made of a line. */
export type AssistantScan =
  /** Valid JSON with usage: {@link AssistantLane.fields} holds it. */
  | "usage"
  /** Valid JSON, a `<synthetic>` model line. */
  | "synthetic"
  /** Valid JSON that carries no usage (not an assistant line, or `usage` missing or null). */
  | "ignore"
  /** Anything else: the general path decides. */
  | "general";

/** The values of one usage-carrying transcript line, already checked. */
export interface TranscriptFields {
  time: number;
  model: string | undefined;
  input: number;
  output: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  cacheRead: number;
  messageId: string | undefined;
  requestId: string | undefined;
  session: string | undefined;
  batch: boolean;
  /** `usage.speed` is "fast". */
  fast: boolean;
  sidechain: boolean;
}

/** One usage-carrying transcript line, normalised (re-exported by the reader). */
export interface TranscriptLine {
  readonly record: UsageRecord;
  /** `message.id:requestId` (`message.id:` without a requestId; advisor usage: with `#advisor<n>`); undefined without a message id. */
  readonly key: string | undefined;
  readonly total: number;
  readonly sidechain: boolean;
}

/**
 * The line both paths produce from the same values. The record's keys come
 * in one order whatever is present (`model`, `session`, `requestKey`,
 * `batch` and `fast` only when set); a usual line (all but `batch` and
 * `fast`) is built in one literal, without the spreads' temporary objects.
 */
export function transcriptLine(f: TranscriptFields, user: string): TranscriptLine {
  const { model, messageId, requestId, session, batch, fast } = f;
  // Without a requestId (older Claude Code) copies still share the message id.
  const key = messageId ? `${messageId}:${requestId ?? ""}` : undefined;
  const record: UsageRecord =
    model && session && key && !batch && !fast
      ? {
          time: f.time,
          user,
          model,
          input: f.input,
          output: f.output,
          cacheWrite5m: f.cacheWrite5m,
          cacheWrite1h: f.cacheWrite1h,
          cacheRead: f.cacheRead,
          unsplit: 0,
          requests: 1,
          session,
          source: "transcript",
          requestKey: key,
        }
      : {
          time: f.time,
          user,
          ...(model ? { model } : {}),
          input: f.input,
          output: f.output,
          cacheWrite5m: f.cacheWrite5m,
          cacheWrite1h: f.cacheWrite1h,
          cacheRead: f.cacheRead,
          unsplit: 0,
          requests: 1,
          ...(session ? { session } : {}),
          source: "transcript",
          ...(key ? { requestKey: key } : {}),
          ...(batch ? { batch } : {}),
          ...(fast ? { fast } : {}),
        };
  const total = record.input + record.output + record.cacheWrite5m + record.cacheWrite1h + record.cacheRead;
  return { record, key, total, sidechain: f.sidechain };
}

// Value kinds.
const NONE = 0;
const STR = 1;
/** A string with an escape: not read here. */
const ESTR = 2;
const NUM = 3;
const TRUE = 4;
const FALSE = 5;
const NULL = 6;
const OBJ = 7;
/** A non-empty array. */
const ARR = 8;
const EMPTY_ARR = 9;

// The objects whose keys are watched (0: any other).
const ROOT = 1;
const MESSAGE = 2;
const USAGE = 3;
const CACHE_CREATION = 4;

// The watched values.
const F_TYPE = 0;
const F_MESSAGE = 1;
const F_TIMESTAMP = 2;
const F_REQUEST_ID = 3;
const F_SESSION_ID = 4;
const F_SIDECHAIN = 5;
/** `source`, `v`, `ts` or `tokens` at the top level: with auto detection, maybe not a transcript. */
const F_OTHER_KIND = 6;
const F_ID = 7;
const F_MODEL = 8;
const F_USAGE = 9;
const F_INPUT = 10;
const F_OUTPUT = 11;
const F_CACHE_READ = 12;
const F_CACHE_CREATION_INPUT = 13;
const F_CACHE_CREATION = 14;
const F_SERVICE_TIER = 15;
const F_ITERATIONS = 16;
const F_5M = 17;
const F_1H = 18;
const F_SPEED = 19;
const FIELDS = 20;

/** Watched keys by object (index: ROOT, MESSAGE, USAGE, CACHE_CREATION). */
const KEYS: [string, number][][] = [
  [],
  [
    ["type", F_TYPE],
    ["message", F_MESSAGE],
    ["timestamp", F_TIMESTAMP],
    ["requestId", F_REQUEST_ID],
    ["sessionId", F_SESSION_ID],
    ["isSidechain", F_SIDECHAIN],
    ["source", F_OTHER_KIND],
    ["v", F_OTHER_KIND],
    ["ts", F_OTHER_KIND],
    ["tokens", F_OTHER_KIND],
  ],
  [
    ["id", F_ID],
    ["model", F_MODEL],
    ["usage", F_USAGE],
  ],
  [
    ["input_tokens", F_INPUT],
    ["output_tokens", F_OUTPUT],
    ["cache_read_input_tokens", F_CACHE_READ],
    ["cache_creation_input_tokens", F_CACHE_CREATION_INPUT],
    ["cache_creation", F_CACHE_CREATION],
    ["service_tier", F_SERVICE_TIER],
    ["speed", F_SPEED],
    ["iterations", F_ITERATIONS],
  ],
  [
    ["ephemeral_5m_input_tokens", F_5M],
    ["ephemeral_1h_input_tokens", F_1H],
  ],
];
/** A byte of a key's first and one of its 11 first: tells the watched keys of one object and length apart. */
function keyHash(buf: Uint8Array, p: number, n: number): number {
  return ((buf[p] as number) + 3 * (buf[p + (n > 10 ? 10 : n - 1)] as number)) & 255;
}

/**
 * Key look-up: `KEY_SLOT[(role * 64 + length) * 256 + keyHash]` is 1 + the
 * index in KEY_NAMES of the one watched key of that object, length and hash
 * (no two share them), or 0.
 */
const KEY_SLOT = new Uint8Array(5 * 64 * 256);
const KEY_NAMES: Buffer[] = [];
const KEY_FIELDS: number[] = [];
KEYS.forEach((list, role) => {
  for (const [name, field] of list) {
    const bytes = Buffer.from(name);
    const slot = (role * 64 + name.length) * 256 + keyHash(bytes, 0, name.length);
    if (KEY_SLOT[slot] !== 0) throw new Error(`assistant lane: two watched keys like ${name}`);
    KEY_NAMES.push(bytes);
    KEY_FIELDS.push(field);
    KEY_SLOT[slot] = KEY_NAMES.length;
  }
});

/** The object a watched key's object value is. */
function childRole(field: number): number {
  if (field === F_MESSAGE) return MESSAGE;
  if (field === F_USAGE) return USAGE;
  if (field === F_CACHE_CREATION) return CACHE_CREATION;
  return 0;
}

/** 1 for the bytes that end the plain run of a string: `"`, `\` and control characters. */
const STOP = new Uint8Array(256);
for (let i = 0; i < 0x20; i++) STOP[i] = 1;
STOP[0x22] = 1;
STOP[0x5c] = 1;
/** 1 for the characters allowed after `\` other than `u`. */
const ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt') ESCAPE[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const MAX_DEPTH = 64;
const ASSISTANT = Buffer.from("assistant");
const SYNTHETIC = Buffer.from("<synthetic>");
const BATCH = Buffer.from("batch");
const FAST = Buffer.from("fast");

/** A decoded string, kept with its bytes so the next line's copy costs a comparison, not a decode. */
class LastString {
  private bytes = Buffer.alloc(64);
  private length = -1;
  private value = "";
  get(buf: Buffer, start: number, end: number): string {
    const n = end - start;
    if (n === this.length) {
      const bytes = this.bytes;
      let i = 0;
      while (i < n && bytes[i] === buf[start + i]) i++;
      if (i === n) return this.value;
    }
    this.value = buf.toString("utf8", start, end);
    if (n <= this.bytes.length) {
      buf.copy(this.bytes, 0, start, end);
      this.length = n;
    } else this.length = -1;
    return this.value;
  }
}

export class AssistantLane {
  /** The values of the last line {@link scan} answered `usage` for (reused object: copy what you keep). */
  readonly fields: TranscriptFields = {
    time: 0,
    model: undefined,
    input: 0,
    output: 0,
    cacheWrite5m: 0,
    cacheWrite1h: 0,
    cacheRead: 0,
    messageId: undefined,
    requestId: undefined,
    session: undefined,
    batch: false,
    fast: false,
    sidechain: false,
  };
  private readonly models = new LastString();
  private readonly sessions = new LastString();
  private readonly messageIds = new LastString();
  private readonly requestIds = new LastString();
  private readonly days = new DayReader();

  /**
   * `auto`: the reader detects the kind of each line (seed, hook or
   * transcript); else every line is a transcript line. `wasm: false` keeps
   * the validator in JavaScript (tests compare the two).
   */
  constructor(
    private readonly auto: boolean,
    private readonly wasm = true,
  ) {}

  /**
   * Validates the line (see {@link validate}) in WebAssembly, on a copy in
   * the module's memory, else in JavaScript; returns the buffer the noted
   * offsets point into, or undefined when the general path must decide.
   */
  private validate(line: Buffer, start: number, end: number): Buffer | undefined {
    const n = end - start;
    const w = this.wasm ? wasmScanner(n) : undefined;
    if (w === undefined) return validate(line, start, end) ? line : undefined;
    const bytes = w.bytes;
    line.copy(bytes, IN_AT, start, end);
    bytes[IN_AT + n] = 0x0a;
    return w.x.validate(IN_AT, IN_AT + n) === 1 ? bytes : undefined;
  }

  /** Reads the line `buf[start, end)` (see the module comment). */
  scan(line: Buffer, start: number, end: number): AssistantScan {
    const buf = this.validate(line, start, end);
    if (buf === undefined) return "general";
    if (kind[F_OTHER_KIND] !== NONE && this.auto) return "general";
    // parseTranscriptLine's checks, in its order; "general" wherever it would report a malformed line.
    if (kind[F_TYPE] !== STR) return "general";
    if (!this.equals(buf, F_TYPE, ASSISTANT)) return "ignore";
    if (kind[F_MESSAGE] !== OBJ) return "general";
    const usage = kind[F_USAGE];
    if (usage === NONE || usage === NULL) return "ignore";
    if (usage !== OBJ) return "general";
    const f = this.fields;
    const model = this.string(buf, F_MODEL, this.models);
    if (model === null) return "general";
    if (model !== undefined && this.equals(buf, F_MODEL, SYNTHETIC)) return "synthetic";
    f.model = model;
    const time = this.time(buf);
    if (time === undefined) return "general";
    f.time = time;
    const input = this.count(F_INPUT);
    const output = this.count(F_OUTPUT);
    const cacheRead = this.count(F_CACHE_READ);
    let cw5m: number;
    let cw1h: number;
    if (kind[F_CACHE_CREATION] === OBJ) {
      cw5m = this.count(F_5M);
      cw1h = this.count(F_1H);
    } else {
      cw5m = this.count(F_CACHE_CREATION_INPUT);
      cw1h = 0;
    }
    if (input < 0 || output < 0 || cacheRead < 0 || cw5m < 0 || cw1h < 0) return "general";
    f.input = input;
    f.output = output;
    f.cacheRead = cacheRead;
    f.cacheWrite5m = cw5m;
    f.cacheWrite1h = cw1h;
    // Advisor usage (usage.iterations) is read by the general path; null or [] have none.
    const iterations = kind[F_ITERATIONS];
    if (iterations !== NONE && iterations !== NULL && iterations !== EMPTY_ARR) return "general";
    const messageId = this.string(buf, F_ID, this.messageIds);
    const requestId = this.string(buf, F_REQUEST_ID, this.requestIds);
    const session = this.string(buf, F_SESSION_ID, this.sessions);
    if (messageId === null || requestId === null || session === null) return "general";
    f.messageId = messageId;
    f.requestId = requestId;
    f.session = session;
    const tier = kind[F_SERVICE_TIER];
    if (tier === ESTR) return "general";
    f.batch = tier === STR && this.equals(buf, F_SERVICE_TIER, BATCH);
    const speed = kind[F_SPEED];
    if (speed === ESTR) return "general";
    f.fast = speed === STR && this.equals(buf, F_SPEED, FAST);
    f.sidechain = kind[F_SIDECHAIN] === TRUE;
    return "usage";
  }

  /** The watched string value as `str()` reads it: undefined for a non-string or "", null for an escaped one. */
  private string(buf: Buffer, field: number, cache: LastString): string | undefined | null {
    const k = kind[field];
    if (k === ESTR) return null;
    if (k !== STR) return undefined;
    const s = from[field] as number;
    const e = to[field] as number;
    return e === s ? undefined : cache.get(buf, s, e);
  }

  /** A token count as parseTranscriptLine reads it (missing or null: 0), or -1 for the general path. */
  private count(field: number): number {
    const k = kind[field];
    if (k === NONE || k === NULL) return 0;
    return k === NUM ? (num[field] as number) : -1;
  }

  private equals(buf: Buffer, field: number, lit: Buffer): boolean {
    const s = from[field] as number;
    if ((to[field] as number) - s !== lit.length) return false;
    for (let i = 0; i < lit.length; i++) if (buf[s + i] !== lit[i]) return false;
    return true;
  }

  /** `parseTime(o.timestamp)`; undefined for the general path (unreadable, or not plain). */
  private time(buf: Buffer): number | undefined {
    const k = kind[F_TIMESTAMP];
    if (k === NUM) {
      const n = num[F_TIMESTAMP] as number;
      return n < 0 ? undefined : parseTime(n);
    }
    if (k !== STR) return undefined;
    const s = from[F_TIMESTAMP] as number;
    const e = to[F_TIMESTAMP] as number;
    const fast = e - s === 24 ? this.isoTime(buf, s) : Number.NaN;
    if (!Number.isNaN(fast)) return fast;
    return parseTime(buf.toString("utf8", s, e));
  }

  /**
   * `YYYY-MM-DDTHH:MM:SS.mmmZ` (what Claude Code writes) at buf[p, p+24) as
   * Date.parse reads it, or NaN: the caller asks Date.parse.
   */
  private isoTime(buf: Buffer, p: number): number {
    const dayMs = this.days.day(buf, p);
    if (Number.isNaN(dayMs)) return Number.NaN;
    const h = digits(buf, p + 11, 2);
    const mi = digits(buf, p + 14, 2);
    const sec = digits(buf, p + 17, 2);
    const ms = digits(buf, p + 20, 3);
    if (buf[p + 10] !== 0x54 /* T */ || buf[p + 13] !== 0x3a || buf[p + 16] !== 0x3a) return Number.NaN;
    if (buf[p + 19] !== 0x2e /* . */ || buf[p + 23] !== 0x5a /* Z */) return Number.NaN;
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0) return Number.NaN;
    return dayMs + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
  }
}

// What validate() noted, per watched value: its kind, where it starts and ends, and
// for a number its value (-1: not plain digits). Module state (a scan is synchronous),
// on the WebAssembly scanner's memory when there is one, so both validators fill the same.
let kind = new Uint8Array(FIELDS);
let from = new Int32Array(FIELDS);
let to = new Int32Array(FIELDS);
let num = new Float64Array(FIELDS);
/** Per open container: its watched-object role (0: not watched), or ARRAY. */
const ARRAY = 8;
const stack = new Uint8Array(MAX_DEPTH + 1);

/** Where the WebAssembly scanner's input starts (see assistant-scan.wat for the layout). */
const IN_AT = 65536;
/** After the line: its "\n" and bytes the scanner may read past the end (16 at a time). */
const SLACK = 48;
/** Longer lines are validated in JavaScript rather than grow the scanner's memory further. */
const MAX_WASM_LINE = 64 * 1024 * 1024;
const PAGE = 65536;

interface ScanExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  readonly validate: (start: number, end: number) => number;
}

interface Scanner {
  readonly x: ScanExports;
  bytes: Buffer;
}

/** This thread's scanner; null when WebAssembly (or its SIMD) is unavailable. */
let scanner: Scanner | null | undefined;

/** Points the module state at the scanner's memory (again after it grew). */
function viewMemory(s: Scanner): void {
  const memory = s.x.memory.buffer;
  s.bytes = Buffer.from(memory);
  kind = new Uint8Array(memory, 1024, FIELDS);
  from = new Int32Array(memory, 1088, FIELDS);
  to = new Int32Array(memory, 1216, FIELDS);
  num = new Float64Array(memory, 1344, FIELDS);
}

function newScanner(): Scanner | null {
  // e.g. a CPU without the SIMD the module uses: the JavaScript validator reads alike
  const x = instantiateWasm<ScanExports>(ASSISTANT_SCAN_WASM);
  if (x === undefined) return null;
  const s: Scanner = { x, bytes: Buffer.alloc(0) };
  viewMemory(s);
  const m = s.bytes;
  m.set(STOP, 0);
  m.set(ESCAPE, 256);
  m.set(HEX, 512);
  for (let f = 0; f < FIELDS; f++) m[1700 + f] = childRole(f);
  let names = 3072;
  KEYS.forEach((list, role) => {
    list.forEach(([name, field], i) => {
      const e = 2048 + role * 64 + i * 4;
      m[e] = name.length;
      m[e + 1] = field;
      m.writeUInt16LE(names, e + 2);
      names += m.write(name, names, "latin1");
      // the scanner's key hash: (31 * length + first byte + 3 * byte 10 or the last) & 1023
      const n = name.length;
      const slot =
        4096 +
        role * 1024 +
        ((31 * n + name.charCodeAt(0) + 3 * name.charCodeAt(n > 10 ? 10 : n - 1)) & 1023);
      if (m[slot] !== 0) throw new Error(`assistant lane: two watched keys hash like ${name}`);
      m[slot] = i + 1;
    });
  });
  return s;
}

/** The scanner, with room for a line of n bytes; undefined for the JavaScript validator. */
function wasmScanner(n: number): Scanner | undefined {
  if (scanner === undefined) scanner = newScanner();
  if (scanner === null || n > MAX_WASM_LINE) return undefined;
  const need = IN_AT + n + SLACK;
  if (need > scanner.bytes.length) {
    try {
      scanner.x.memory.grow(Math.ceil((need - scanner.bytes.length) / PAGE));
    } catch {
      return undefined; // out of memory for it: this line in JavaScript
    }
    viewMemory(scanner);
  }
  return scanner;
}

/**
 * Checks that buf[start, end) is one JSON object and nothing else (JSON
 * whitespace around it), noting the watched values. False for invalid JSON
 * and for what the lane leaves to the general path (see the module comment).
 * Written for speed: strings are scanned inline with one table look-up per
 * byte, and the common layout (no whitespace, keys without escapes) takes
 * the shortest branches.
 */
function validate(buf: Buffer, start: number, end: number): boolean {
  kind.fill(NONE);
  let p = start;
  let c = buf[p] as number;
  while (p < end && isWs(c)) c = buf[++p] as number;
  if (p >= end || c !== 0x7b /* { */) return false;
  let depth = 0;
  /** The watched value about to be read, or -1. */
  let field = -1;
  /** Role of the innermost open container (ARRAY for an array). */
  let role = 0;
  // At the top of the loop p is at a value and c = buf[p].
  for (;;) {
    if (c === 0x22 /* " */) {
      let q = p + 1;
      while (STOP[buf[q] as number] === 0) q++;
      let esc = false;
      if (buf[q] !== 0x22) {
        q = escapedStringEnd(buf, q, end);
        if (q < 0) return false;
        esc = true;
      }
      if (q >= end) return false;
      if (field >= 0) {
        kind[field] = esc ? ESTR : STR;
        from[field] = p + 1;
        to[field] = q;
      }
      p = q + 1;
    } else if (c === 0x7b /* { */) {
      if (depth === MAX_DEPTH) return false;
      if (field >= 0) kind[field] = OBJ;
      role = depth === 0 ? ROOT : field < 0 ? 0 : childRole(field);
      stack[++depth] = role;
      c = buf[++p] as number;
      if (c !== 0x22) {
        while (p < end && isWs(c)) c = buf[++p] as number;
        if (p >= end) return false;
      }
      if (c === 0x7d /* } */) {
        depth--;
        role = stack[depth] as number;
        p++;
      } else {
        p = readKey(buf, p, end, role);
        if (p < 0) return false;
        field = keyField;
        c = buf[p] as number;
        continue;
      }
    } else if (c === 0x5b /* [ */) {
      if (depth === MAX_DEPTH) return false;
      if (field >= 0) kind[field] = ARR;
      role = ARRAY;
      stack[++depth] = ARRAY;
      c = buf[++p] as number;
      while (p < end && isWs(c)) c = buf[++p] as number;
      if (p >= end) return false;
      if (c !== 0x5d /* ] */) {
        field = -1;
        continue;
      }
      if (field >= 0) kind[field] = EMPTY_ARR;
      depth--;
      role = stack[depth] as number;
      p++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const q = numberEnd(buf, p, end);
      if (q < 0) return false;
      if (field >= 0) {
        kind[field] = NUM;
        num[field] = plainInteger(buf, p, q);
      }
      p = q;
    } else {
      const q = literalEnd(buf, p, end);
      if (q < 0) return false;
      if (field >= 0) kind[field] = c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL;
      p = q;
    }
    // After a value: a comma, or the end of one or more containers.
    for (;;) {
      c = buf[p] as number;
      if (c <= 0x20) while (p < end && isWs(c)) c = buf[++p] as number;
      if (depth === 0) return p === end;
      if (p >= end) return false;
      if (c === 0x2c /* , */) {
        c = buf[++p] as number;
        if (c <= 0x20) while (p < end && isWs(c)) c = buf[++p] as number;
        if (p >= end) return false;
        if (role === ARRAY) field = -1;
        else {
          p = readKey(buf, p, end, role);
          if (p < 0) return false;
          field = keyField;
          c = buf[p] as number;
        }
        break;
      }
      if (c !== (role === ARRAY ? 0x5d /* ] */ : 0x7d) /* } */) return false;
      depth--;
      role = stack[depth] as number;
      p++;
    }
  }
}

/** The watched value of the last key {@link readKey} read, or -1. */
let keyField = -1;

/**
 * Reads a key and its colon at p (an object's `"key":`); returns the offset
 * of its value (p < end guaranteed), or -1. In a watched object, sets
 * {@link keyField} (and fails on an escaped key or a watched key seen twice).
 */
function readKey(buf: Buffer, p: number, end: number, role: number): number {
  if (buf[p] !== 0x22) return -1;
  let q = p + 1;
  while (STOP[buf[q] as number] === 0) q++;
  if (buf[q] !== 0x22) {
    if (role !== 0) return -1;
    q = escapedStringEnd(buf, q, end);
    if (q < 0) return -1;
  }
  if (q >= end) return -1;
  keyField = -1;
  if (role !== 0) {
    const n = q - p - 1;
    const slot = n > 0 && n < 64 ? (KEY_SLOT[(role * 64 + n) * 256 + keyHash(buf, p + 1, n)] as number) : 0;
    if (slot !== 0) {
      const name = KEY_NAMES[slot - 1] as Buffer;
      let j = 0;
      while (j < n && buf[p + 1 + j] === name[j]) j++;
      if (j === n) {
        const field = KEY_FIELDS[slot - 1] as number;
        if (field === F_OTHER_KIND) kind[field] = TRUE;
        else {
          if (kind[field] !== NONE) return -1;
          kind[field] = NULL; // seen; its value says what it is
          keyField = field;
        }
      }
    }
  }
  p = q + 1;
  let c = buf[p] as number;
  if (c === 0x3a /* : */ && p < end) {
    c = buf[++p] as number;
    if (c > 0x20 && p < end) return p;
  } else {
    while (p < end && isWs(c)) c = buf[++p] as number;
    if (c !== 0x3a || p >= end) return -1;
    c = buf[++p] as number;
  }
  while (p < end && isWs(c)) c = buf[++p] as number;
  return p < end ? p : -1;
}

/**
 * The rest of a string at p, which is at a byte that is not a plain
 * character: its closing quote, or -1 when it is not valid (a control
 * character, a bad escape) or does not end before `end`.
 */
function escapedStringEnd(buf: Buffer, p: number, end: number): number {
  for (;;) {
    if (p >= end) return -1;
    const c = buf[p] as number;
    if (c === 0x22) return p;
    if (c !== 0x5c) return -1; // a control character
    const n = buf[p + 1] as number;
    if (ESCAPE[n] === 1) p += 2;
    else if (
      n === 0x75 /* u */ &&
      HEX[buf[p + 2] as number] === 1 &&
      HEX[buf[p + 3] as number] === 1 &&
      HEX[buf[p + 4] as number] === 1 &&
      HEX[buf[p + 5] as number] === 1
    )
      p += 6;
    else return -1;
    while (STOP[buf[p] as number] === 0) p++;
  }
}

/** The end of the JSON number at p (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`), or -1. */
function numberEnd(buf: Buffer, p: number, end: number): number {
  if (buf[p] === 0x2d) p++;
  if (p >= end) return -1;
  if (buf[p] === 0x30) p++;
  else if (isDigit(buf[p] as number)) while (p < end && isDigit(buf[p] as number)) p++;
  else return -1;
  if (p < end && buf[p] === 0x2e) {
    p++;
    const d = p;
    while (p < end && isDigit(buf[p] as number)) p++;
    if (p === d) return -1;
  }
  if (p < end && (buf[p] === 0x65 || buf[p] === 0x45)) {
    p++;
    if (p < end && (buf[p] === 0x2b || buf[p] === 0x2d)) p++;
    const d = p;
    while (p < end && isDigit(buf[p] as number)) p++;
    if (p === d) return -1;
  }
  return p;
}

/** The number buf[p, q) when it is plain digits (at most 15, so exact), else -1. */
function plainInteger(buf: Buffer, p: number, q: number): number {
  if (q - p > 15) return -1;
  let v = 0;
  for (let i = p; i < q; i++) {
    const d = (buf[i] as number) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

const TRUE_BYTES = Buffer.from("true");
const FALSE_BYTES = Buffer.from("false");
const NULL_BYTES = Buffer.from("null");

/** The end of `true`, `false` or `null` at p, or -1. */
function literalEnd(buf: Buffer, p: number, end: number): number {
  const c = buf[p];
  const lit = c === 0x74 ? TRUE_BYTES : c === 0x66 ? FALSE_BYTES : c === 0x6e ? NULL_BYTES : undefined;
  if (lit === undefined || p + lit.length > end) return -1;
  for (let i = 1; i < lit.length; i++) if (buf[p + i] !== lit[i]) return -1;
  return p + lit.length;
}
