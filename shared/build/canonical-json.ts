/**
 * Canonical JSON for build outputs: keys sorted (UTF-16 code unit order),
 * 2-space indent, LF line ends, a trailing newline. The same value always
 * gives the same bytes, so a digest identifies a policy, not a formatting.
 */

function sortValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortValue);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortValue(v);
    }
    return out;
  }
  return value;
}

/** Serialises `value` canonically (see the module comment). */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortValue(value), null, 2)}\n`;
}
