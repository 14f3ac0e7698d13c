/**
 * Byte-level pieces the usage lanes share (seed-lane.ts, assistant-lane.ts):
 * ASCII digits and dates read in place, without decoding a string.
 */

/** n ASCII digits at buf[at, at+n) as a number, or -1. */
export function digits(buf: Uint8Array, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = (buf[i] as number) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads `YYYY-MM-DD` dates (1970 on, real calendar days) and remembers the
 * last one as bytes: consecutive lines of a log mostly share their date, so
 * most calls are a 10-byte comparison.
 */
export class DayReader {
  private readonly last = new Uint8Array(10);
  private lastMs = Number.NaN;

  /** Midnight UTC (ms) of the date at buf[p, p+10), or NaN when it is not a real date. */
  day(buf: Uint8Array, p: number): number {
    const last = this.last;
    if (!Number.isNaN(this.lastMs)) {
      let same = true;
      for (let i = 0; i < 10; i++)
        if (buf[p + i] !== last[i]) {
          same = false;
          break;
        }
      if (same) return this.lastMs;
    }
    const y = digits(buf, p, 4);
    const mo = digits(buf, p + 5, 2);
    const d = digits(buf, p + 8, 2);
    if (buf[p + 4] !== 0x2d || buf[p + 7] !== 0x2d) return Number.NaN;
    if (y < 1970 || mo < 1 || mo > 12 || d < 1) return Number.NaN;
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (d > (mo === 2 && leap ? 29 : (DAYS[mo - 1] as number))) return Number.NaN;
    for (let i = 0; i < 10; i++) last[i] = buf[p + i] as number;
    this.lastMs = Date.UTC(y, mo - 1, d);
    return this.lastMs;
  }
}
