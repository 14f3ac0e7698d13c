/**
 * Durations as policy files write them: "30d", "7d", "12h", "90m", "2w",
 * "45s", or a sequence such as "1d12h". Parsed to milliseconds.
 */
import { ConfigurationError, type SourceLocation } from "../errors.js";

const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/** Parses "30d", "12h", "1d12h" ... into milliseconds; anything else is a ConfigurationError naming `field`. */
export function parseDuration(value: unknown, field: string, location: SourceLocation = {}): number {
  if (typeof value !== "string" || !/^(\d+[smhdw])+$/.test(value.trim())) {
    throw new ConfigurationError(
      `${field} must be a duration such as "30d", "7d" or "12h", got ${JSON.stringify(value)}.`,
      { ...location, title: "Invalid duration", hint: 'Units: s, m, h, d, w; e.g. "1d12h".' },
    );
  }
  let total = 0;
  for (const [, n, unit] of value.trim().matchAll(/(\d+)([smhdw])/g)) {
    total += Number(n) * (UNIT_MS[unit ?? "s"] ?? 0);
  }
  return total;
}

/** Renders milliseconds the short way: "30d", "7d 12h", "45m", "0s". Negative values get a "-". */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(Math.round(ms / 1000));
  const d = Math.floor(rest / 86_400);
  rest -= d * 86_400;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  const parts: string[] = [];
  if (d) parts.push(`${d}d`);
  if (h) parts.push(`${h}h`);
  if (!d && m) parts.push(`${m}m`);
  if (!d && !h && s) parts.push(`${s}s`);
  return sign + (parts.length ? parts.join(" ") : "0s");
}
