/**
 * The fast lane for the seed's usage lines, on raw bytes. A line written by
 * track-usage.sh is exactly
 *
 *     {"timestamp":"2026-10-01T08:14:38Z","user":"alice","tool":"Edit","tokens":20517}
 *
 * and this scanner recognises that shape byte by byte, without decoding the
 * line or calling JSON.parse: the timestamp is read digit by digit, user and
 * tool names are decoded once and reused (seed files hold one user each).
 * Anything that deviates in the slightest (other key order, spaces, escapes,
 * control characters, an impossible date, a fraction beyond milliseconds)
 * returns false and goes through the general parser, so the lane changes
 * speed, never results.
 *
 * {@link SeedLane.run} takes runs of lines at once. Its inner loop is
 * WebAssembly (seed-scan.wat): it compares each line with byte patterns this
 * class learnt and validated from an earlier line, and stops at the first line
 * that differs; that line is then read here in JavaScript, which either learns
 * its new pattern (a new day, user or tool) or refuses it. Files are read
 * straight into the module's memory ({@link SeedLane.readBuffer}), so no byte
 * is copied on the way.
 */
import { DayReader, digits } from "./bytes.js";
import { SEED_SCAN_WASM } from "./seed-scan-wasm.js";
import { instantiateWasm, type WasmGlobal } from "./wasm.js";

const PREFIX = Buffer.from('{"timestamp":"');
const USER = Buffer.from('","user":"');
const TOOL = Buffer.from('","tool":"');
const TOKENS = Buffer.from('","tokens":');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The parsed fields of the last line {@link SeedLane.scan} accepted. */
export interface SeedLine {
  time: number;
  user: string;
  tool: string;
  tokens: number;
}

function startsWith(buf: Buffer, at: number, lit: Buffer, end: number): boolean {
  if (at + lit.length > end) return false;
  for (let i = 0; i < lit.length; i++) if (buf[at + i] !== lit[i]) return false;
  return true;
}

interface Name {
  readonly bytes: Uint8Array;
  readonly str: string;
}

/**
 * Where {@link SeedLane.run} sends lines: `requests` lines (1 when omitted) of
 * one user (mapped), tool and UTC day, with `tokens` in all, the earliest at
 * `time` and the latest at `last` (ms; `time` when omitted).
 */
export type SeedSink = (
  time: number,
  user: string,
  tool: string,
  tokens: number,
  requests?: number,
  last?: number,
) => void;

/** A tool name followed by `","tokens":`, the bytes {@link SeedLane.run} compares in one loop. */
interface ToolTail {
  readonly bytes: Uint8Array;
  readonly str: string;
}

/** Head of a line up to its date: `{"timestamp":"YYYY-MM-DDT`. */
const HEAD = PREFIX.length + 11;
/** The shortest canonical line: head, `HH:MM:SSZ`, user literal, empty user, tool literal, empty tool, tokens literal, one digit, `}`. */
const MIN_LINE = HEAD + 9 + USER.length + TOOL.length + TOKENS.length + 2;

/** A string cache keyed by bytes (FNV-1a hash, verified byte by byte): one decode per distinct name. */
class NameCache {
  private readonly byHash = new Map<number, Name[]>();
  get(buf: Buffer, start: number, end: number): Name {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
    const len = end - start;
    let list = this.byHash.get(h);
    if (list !== undefined) {
      outer: for (const e of list) {
        if (e.bytes.length !== len) continue;
        for (let j = 0; j < len; j++) if (e.bytes[j] !== buf[start + j]) continue outer;
        return e;
      }
    } else {
      list = [];
      this.byHash.set(h, list);
    }
    const name = { bytes: copyOf(buf, start, end), str: buf.toString("utf8", start, end) };
    if (this.byHash.size < 100_000) list.push(name);
    return name;
  }
}

/**
 * Where the JSON string starting at `p` ends (its closing quote), or -1 when
 * it has an escape or a control character (the general parser decides those)
 * or does not end before `end`.
 */
function plainStringEnd(buf: Buffer, p: number, end: number): number {
  for (; p < end; p++) {
    const c = buf[p] as number;
    if (c === QUOTE) return p;
    if (c === BACKSLASH || c < 0x20) return -1;
  }
  return -1;
}

/**
 * buf[start, end) as a plain Uint8Array view, and a copy of it: cheaper than
 * Buffer#subarray (Node 20 builds a Buffer through its constructor), which
 * counts on a reader that learns patterns from thousands of small files.
 */
const view = (buf: Buffer, start: number, end: number): Uint8Array =>
  new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
const copyOf = (buf: Buffer, start: number, end: number): Uint8Array => view(buf, start, end).slice();

/** Bytes [start, end) of buf equal `bytes` (same length assumed checked by the caller). */
function sameBytes(buf: Buffer, start: number, bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (buf[start + i] !== bytes[i]) return false;
  return true;
}

/** Layout of the scanner's memory (see seed-scan.wat). */
const MID_AT = 64;
const MID_MAX = 1024 - MID_AT;
const TOOLS_AT = 1024;
const TOOL_BYTES_AT = 2048;
const TOOL_BYTES_END = 4096;
const SUMS_AT = 4096;
const MAX_TOOLS = 32;
const IN_AT = 1 << 20;
const IN_SIZE = 1 << 20;

interface ScanExports {
  readonly memory: { readonly buffer: ArrayBuffer };
  readonly headDay: WasmGlobal;
  readonly midLen: WasmGlobal;
  readonly nTools: WasmGlobal;
  readonly count: WasmGlobal;
  readonly full: WasmGlobal;
  readonly run: (start: number, end: number, since: number, until: number) => number;
}

/** One scanner instance: its exports and views on its memory. */
interface Scanner {
  readonly x: ScanExports;
  readonly bytes: Buffer;
  /** Per tool pattern: lines, tokens, first time, last time. */
  readonly sums: Float64Array;
}

/** A scanner, or undefined where WebAssembly cannot run ({@link SeedLane.run} then stays in JavaScript). */
function newScanner(): Scanner | undefined {
  const x = instantiateWasm<ScanExports>(SEED_SCAN_WASM);
  if (x === undefined) return undefined;
  const memory = x.memory.buffer;
  return {
    x,
    bytes: Buffer.from(memory),
    sums: new Float64Array(memory, SUMS_AT, MAX_TOOLS * 4),
  };
}

/** Two ASCII digits at buf[p, p+2) as a number, or -1. */
function two(buf: Buffer, p: number): number {
  const a = (buf[p] as number) - 48;
  const b = (buf[p + 1] as number) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

export class SeedLane {
  private readonly users = new NameCache();
  private readonly tools = new NameCache();
  // run(): the last accepted line's head and user part, and the tools seen, as byte patterns.
  private readonly head = new Uint8Array(HEAD);
  private headDayMs = Number.NaN;
  /** `","user":"<user>","tool":"` of the last accepted line. */
  private mid: Uint8Array = new Uint8Array(0);
  private midUser = "";
  private readonly tails: ToolTail[] = [];
  /** Lines consumed by the last {@link run}. */
  consumed = 0;
  private readonly scanner: Scanner | undefined;
  // What the scanner's copy lacks, so that only a changed pattern is copied
  // (a daily file changes the head and the user, rarely the tools).
  private headSynced = false;
  private midSynced = false;
  /** Tools (from the start of {@link tails}) in the scanner's table, and where its next tool's bytes go. */
  private toolsSynced = 0;
  private toolAt = TOOL_BYTES_AT;
  private readonly inBuffer: Buffer | undefined;
  private readonly mapUser: (user: string) => string;

  /**
   * `mapUser` renames users for {@link run} (once per distinct name); {@link scan}
   * leaves names as written. `wasm: false` keeps {@link run} in JavaScript (the
   * tests compare the two).
   */
  constructor(options: { mapUser?: (user: string) => string; wasm?: boolean } = {}) {
    this.mapUser = options.mapUser ?? ((u) => u);
    this.scanner = options.wasm === false ? undefined : newScanner();
    // the scanner's memory never grows, so one view of it serves every file
    this.inBuffer = this.scanner?.bytes.subarray(IN_AT, IN_AT + IN_SIZE);
  }

  /**
   * A 1 MiB buffer in the scanner's memory, for the reader to read files into:
   * {@link run} reads such chunks where they are. Undefined without the scanner.
   * Valid until the next call that reads into it.
   */
  readBuffer(): Buffer | undefined {
    return this.inBuffer;
  }

  /**
   * Reads consecutive canonical seed lines from buf[start, end), each ended
   * by "\n", and hands each to `sink`. Stops at the first line that is not
   * canonical, not in [since, until) or not complete before `end`, and
   * returns its offset (or the offset after the last line consumed); the
   * caller takes that line the general way. {@link consumed} says how many
   * lines were consumed. Buffers from {@link readBuffer} go through the
   * WebAssembly scanner, any other through the same loop in JavaScript.
   */
  run(buf: Buffer, start: number, end: number, since: number, until: number, sink: SeedSink): number {
    const sc = this.scanner;
    if (sc === undefined || buf.buffer !== sc.x.memory.buffer)
      return this.runJs(buf, start, end, since, until, sink);
    const base = buf.byteOffset;
    let consumed = 0;
    let s = start;
    // where the scanner last stopped for a new head only (see below)
    let newDayAt = -1;
    for (;;) {
      if (!this.headSynced || !this.midSynced || this.toolsSynced < this.tails.length) this.sync(sc);
      s = sc.x.run(base + s, base + end, since, until) - base;
      const n = sc.x.count.value;
      if (n > 0) {
        consumed += n;
        const user = this.midUser;
        const sums = sc.sums;
        for (let r = 0, k = sc.x.nTools.value; r < k; r++) {
          const lines = sums[r * 4] as number;
          if (lines > 0)
            sink(
              sums[r * 4 + 2] as number,
              user,
              (this.tails[r] as ToolTail).str,
              sums[r * 4 + 1] as number,
              lines,
              sums[r * 4 + 3] as number,
            );
        }
      }
      if (sc.x.full.value === 1) continue;
      // A line with another date (the next daily file): its head is learnt
      // here and the scanner reads the line itself. Once per place: if it
      // stops there again, something else differs.
      if (
        s !== newDayAt &&
        end - s > HEAD &&
        !sameBytes(buf, s, this.head) &&
        !Number.isNaN(this.newHead(buf, s))
      ) {
        newDayAt = s;
        continue;
      }
      // The line that stopped the scanner, in JavaScript: it brings a new
      // pattern (learnt, and the scanner goes on) or it is not canonical.
      const nl = buf.indexOf(0x0a, s);
      if (nl === -1 || nl >= end) break;
      const next = this.runJs(buf, s, nl + 1, since, until, sink);
      if (this.consumed === 0) break;
      consumed++;
      s = next;
    }
    this.consumed = consumed;
    return s;
  }

  /** Copies the patterns that changed into the scanner's memory (those that fit its tables). */
  private sync(sc: Scanner): void {
    const { bytes, x } = sc;
    if (!this.headSynced) {
      bytes.set(this.head, 0);
      x.headDay.value = this.headDayMs;
      this.headSynced = true;
    }
    if (!this.midSynced) {
      const fits = this.mid.length <= MID_MAX;
      if (fits) bytes.set(this.mid, MID_AT);
      x.midLen.value = fits ? this.mid.length : 0;
      this.midSynced = true;
    }
    let r = this.toolsSynced;
    let at = this.toolAt;
    for (; r < this.tails.length; r++) {
      const b = (this.tails[r] as ToolTail).bytes;
      if (at + b.length > TOOL_BYTES_END) break;
      bytes.set(b, at);
      bytes.writeInt32LE(at, TOOLS_AT + r * 8);
      bytes.writeInt32LE(b.length, TOOLS_AT + r * 8 + 4);
      at += b.length;
    }
    if (r !== this.toolsSynced) {
      x.nTools.value = r;
      this.toolsSynced = r;
      this.toolAt = at;
    }
  }
  /** The fields of the last accepted line (reused object: copy what you keep). */
  readonly line: SeedLine = { time: 0, user: "", tool: "", tokens: 0 };
  // Consecutive lines mostly share their date, user and tool: the last ones are kept as bytes.
  private readonly days = new DayReader();
  private lastUser: Name = { bytes: new Uint8Array(0), str: "" };
  /** Up to 8 tool names, most recently seen first. */
  private readonly recentTools: Name[] = [];

  /**
   * {@link run} in JavaScript. A line is compared with the last accepted one in three byte patterns:
   * its head up to the date, its user part (`","user":"<user>","tool":"`)
   * and its tool with the tokens key (one of the tools seen so far). Only a
   * pattern that differs is validated from scratch, so a file of one user
   * costs one comparison per byte and no decoding.
   */
  private runJs(
    buf: Buffer,
    start: number,
    end: number,
    since: number,
    until: number,
    sink: SeedSink,
  ): number {
    const head = this.head;
    let s = start;
    let lines = 0;
    while (s + MIN_LINE <= end) {
      let p = s;
      let dayMs = this.headDayMs;
      let i = 0;
      if (!Number.isNaN(dayMs)) while (i < HEAD && buf[p + i] === head[i]) i++;
      if (i < HEAD) {
        dayMs = this.newHead(buf, p);
        if (Number.isNaN(dayMs)) break;
      }
      p += HEAD;
      // HH:MM:SS[.f{1,3}]Z
      const h = two(buf, p);
      const mi = two(buf, p + 3);
      const sec = two(buf, p + 6);
      if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) break;
      if (buf[p + 2] !== 0x3a || buf[p + 5] !== 0x3a) break;
      p += 8;
      let ms = 0;
      if (buf[p] === 0x2e) {
        const f0 = ++p;
        while (p < end && p - f0 < 3 && (buf[p] as number) >= 48 && (buf[p] as number) <= 57) {
          ms = ms * 10 + ((buf[p] as number) - 48);
          p++;
        }
        const n = p - f0;
        if (n === 0) break;
        ms *= n === 1 ? 100 : n === 2 ? 10 : 1;
      }
      if (buf[p] !== 0x5a) break;
      p++;
      // the user part
      const mid = this.mid;
      const ml = mid.length;
      let j = 0;
      if (p + ml <= end) while (j < ml && buf[p + j] === mid[j]) j++;
      if (ml === 0 || j < ml) {
        p = this.newMid(buf, p, end);
        if (p < 0) break;
      } else p += ml;
      const user = this.midUser;
      // the tool and the tokens key
      const tails = this.tails;
      let tool: string | undefined;
      for (let r = 0; r < tails.length; r++) {
        const b = (tails[r] as ToolTail).bytes;
        const n = b.length;
        if (p + n > end) continue;
        let k = 0;
        while (k < n && buf[p + k] === b[k]) k++;
        if (k === n) {
          tool = (tails[r] as ToolTail).str;
          p += n;
          break;
        }
      }
      if (tool === undefined) {
        p = this.newTool(buf, p, end);
        if (p < 0) break;
        tool = (tails[tails.length - 1] as ToolTail).str;
      }
      // the tokens, "}", trailing blanks, "\n"
      const k0 = p;
      let tokens = 0;
      while (p < end) {
        const c = (buf[p] as number) - 48;
        if (c < 0 || c > 9) break;
        tokens = tokens * 10 + c;
        p++;
      }
      const n = p - k0;
      if (n === 0 || n > 15 || (n > 1 && buf[k0] === 48) || p >= end || buf[p] !== 0x7d) break;
      p++;
      while (p < end && (buf[p] === 0x20 || buf[p] === 0x09 || buf[p] === 0x0d)) p++;
      if (p >= end || buf[p] !== 0x0a) break;
      const time = dayMs + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
      if (time < since || time >= until) break;
      sink(time, user, tool, tokens);
      lines++;
      s = p + 1;
    }
    this.consumed = lines;
    return s;
  }

  /** Validates `{"timestamp":"YYYY-MM-DDT` at p and keeps it as the head pattern; its day (ms), or NaN. */
  private newHead(buf: Buffer, p: number): number {
    for (let i = 0; i < PREFIX.length; i++) if (buf[p + i] !== PREFIX[i]) return Number.NaN;
    const dayMs = this.days.day(buf, p + PREFIX.length);
    if (Number.isNaN(dayMs) || buf[p + HEAD - 1] !== 0x54) return Number.NaN;
    this.head.set(view(buf, p, p + HEAD));
    this.headDayMs = dayMs;
    this.headSynced = false;
    return dayMs;
  }

  /** Validates `","user":"<user>","tool":"` at p and keeps it as the user pattern; the offset after it, or -1. */
  private newMid(buf: Buffer, p: number, end: number): number {
    if (!startsWith(buf, p, USER, end)) return -1;
    const u0 = p + USER.length;
    const ue = plainStringEnd(buf, u0, end);
    if (ue <= u0 || !startsWith(buf, ue, TOOL, end)) return -1;
    const after = ue + TOOL.length;
    this.mid = copyOf(buf, p, after);
    this.midUser = this.mapUser(this.users.get(buf, u0, ue).str);
    this.midSynced = false;
    return after;
  }

  /** Validates `<tool>","tokens":` at p and adds it to the tool patterns (the newest last); the offset after it, or -1. */
  private newTool(buf: Buffer, p: number, end: number): number {
    const te = plainStringEnd(buf, p, end);
    if (te < 0 || !startsWith(buf, te, TOKENS, end)) return -1;
    const after = te + TOKENS.length;
    const tail = { bytes: copyOf(buf, p, after), str: this.tools.get(buf, p, te).str };
    // a handful of tools in practice; a log of many keeps the 32 most recently added
    if (this.tails.length >= MAX_TOOLS) {
      this.tails.shift();
      // every tool moved up one: the scanner's table is rebuilt
      this.toolsSynced = 0;
      this.toolAt = TOOL_BYTES_AT;
    }
    this.tails.push(tail);
    return after;
  }

  /** True when buf[start, end) (a line without its "\n") is a canonical seed line; fills {@link line}. */
  scan(buf: Buffer, start: number, end: number): boolean {
    if (!startsWith(buf, start, PREFIX, end)) return false;
    let p = start + PREFIX.length;
    // YYYY-MM-DDTHH:MM:SS[.f{1,3}]Z
    if (p + 20 > end) return false;
    const dayMs = this.days.day(buf, p);
    if (Number.isNaN(dayMs)) return false;
    if (buf[p + 10] !== 0x54 || buf[p + 13] !== 0x3a || buf[p + 16] !== 0x3a) return false;
    const h = digits(buf, p + 11, 2);
    const mi = digits(buf, p + 14, 2);
    const s = digits(buf, p + 17, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return false;
    p += 19;
    let ms = 0;
    if (buf[p] === 0x2e) {
      let n = 0;
      p++;
      while (p < end && (buf[p] as number) >= 48 && (buf[p] as number) <= 57 && n < 3) {
        ms = ms * 10 + ((buf[p] as number) - 48);
        n++;
        p++;
      }
      if (n === 0) return false;
      ms *= n === 1 ? 100 : n === 2 ? 10 : 1;
    }
    if (buf[p] !== 0x5a || buf[p + 1] !== QUOTE) return false;
    p += 1;
    if (!startsWith(buf, p, USER, end)) return false;
    p += USER.length;
    // the user: most lines repeat the previous line's
    let user: string;
    const lu = this.lastUser.bytes;
    if (lu.length > 0 && p + lu.length < end && buf[p + lu.length] === QUOTE && sameBytes(buf, p, lu)) {
      user = this.lastUser.str;
      p += lu.length;
    } else {
      const u0 = p;
      p = plainStringEnd(buf, p, end);
      if (p <= u0) return false;
      this.lastUser = this.users.get(buf, u0, p);
      user = this.lastUser.str;
    }
    if (!startsWith(buf, p, TOOL, end)) return false;
    p += TOOL.length;
    // the tool: one of a handful, tried most recent first
    let tool: string | undefined;
    const recent = this.recentTools;
    for (let r = 0; r < recent.length; r++) {
      const name = recent[r] as Name;
      const len = name.bytes.length;
      if (p + len < end && buf[p + len] === QUOTE && sameBytes(buf, p, name.bytes)) {
        tool = name.str;
        p += len;
        if (r > 0) {
          recent[r] = recent[0] as Name;
          recent[0] = name;
        }
        break;
      }
    }
    if (tool === undefined) {
      const t0 = p;
      p = plainStringEnd(buf, p, end);
      if (p < 0) return false;
      const name = this.tools.get(buf, t0, p);
      tool = name.str;
      recent.unshift(name);
      if (recent.length > 8) recent.pop();
    }
    if (!startsWith(buf, p, TOKENS, end)) return false;
    p += TOKENS.length;
    const k0 = p;
    let tokens = 0;
    while (p < end && (buf[p] as number) >= 48 && (buf[p] as number) <= 57) {
      tokens = tokens * 10 + ((buf[p] as number) - 48);
      p++;
    }
    const n = p - k0;
    if (n === 0 || n > 15 || (n > 1 && buf[k0] === 48)) return false;
    if (buf[p] !== 0x7d) return false;
    p++;
    while (p < end) {
      const c = buf[p];
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
      p++;
    }
    const line = this.line;
    line.time = dayMs + ((h * 60 + mi) * 60 + s) * 1000 + ms;
    line.user = user;
    line.tool = tool;
    line.tokens = tokens;
    return true;
  }
}
