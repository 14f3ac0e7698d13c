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
 */

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

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(buf: Buffer, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = (buf[i] as number) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
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
    const name = { bytes: new Uint8Array(buf.subarray(start, end)), str: buf.toString("utf8", start, end) };
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

/** Bytes [start, end) of buf equal `bytes` (same length assumed checked by the caller). */
function sameBytes(buf: Buffer, start: number, bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (buf[start + i] !== bytes[i]) return false;
  return true;
}

export class SeedLane {
  private readonly users = new NameCache();
  private readonly tools = new NameCache();
  /** The fields of the last accepted line (reused object: copy what you keep). */
  readonly line: SeedLine = { time: 0, user: "", tool: "", tokens: 0 };
  // Consecutive lines mostly share their date, user and tool: the last ones are kept as bytes.
  private readonly lastDate = new Uint8Array(10);
  private lastDayMs = Number.NaN;
  private lastUser: Name = { bytes: new Uint8Array(0), str: "" };
  /** Up to 8 tool names, most recently seen first. */
  private readonly recentTools: Name[] = [];

  /** Midnight UTC (ms) of the date at buf[p, p+10) ("YYYY-MM-DD"), or NaN when it is not a real date. */
  private day(buf: Buffer, p: number): number {
    const last = this.lastDate;
    if (!Number.isNaN(this.lastDayMs)) {
      let same = true;
      for (let i = 0; i < 10; i++)
        if (buf[p + i] !== last[i]) {
          same = false;
          break;
        }
      if (same) return this.lastDayMs;
    }
    const y = digits(buf, p, 4);
    const mo = digits(buf, p + 5, 2);
    const d = digits(buf, p + 8, 2);
    if (buf[p + 4] !== 0x2d || buf[p + 7] !== 0x2d) return Number.NaN;
    if (y < 1970 || mo < 1 || mo > 12 || d < 1) return Number.NaN;
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (d > (mo === 2 && leap ? 29 : (DAYS[mo - 1] as number))) return Number.NaN;
    for (let i = 0; i < 10; i++) last[i] = buf[p + i] as number;
    this.lastDayMs = Date.UTC(y, mo - 1, d);
    return this.lastDayMs;
  }

  /** True when buf[start, end) (a line without its "\n") is a canonical seed line; fills {@link line}. */
  scan(buf: Buffer, start: number, end: number): boolean {
    if (!startsWith(buf, start, PREFIX, end)) return false;
    let p = start + PREFIX.length;
    // YYYY-MM-DDTHH:MM:SS[.f{1,3}]Z
    if (p + 20 > end) return false;
    const dayMs = this.day(buf, p);
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
