/** What every semantic rule gets, and helpers to pin a finding to a node. */
import type { Finding, Severity } from "../finding.js";
import type { JsonNode } from "../json-source.js";
import type { ParsedPolicy, PolicyFile } from "../policy.js";
import { ruleInfo } from "./catalog.js";

export interface RuleContext {
  readonly policy: ParsedPolicy;
  /** Today as YYYY-MM-DD, from the injected clock. */
  readonly today: string;
}

/** A semantic rule: a pure function over the parsed policy. */
export type PolicyRule = (ctx: RuleContext) => Finding[];

export interface At {
  /** A JSON node of the file: the finding spans it. */
  readonly node?: JsonNode;
  /** Character offset inside a string node's value (after the opening quote). */
  readonly inString?: { readonly start: number; readonly end: number };
  /** Or an explicit line and column (text files). */
  readonly line?: number;
  readonly column?: number;
  readonly endColumn?: number;
}

const severityOf = (ruleId: string): Severity => ruleInfo(ruleId)?.severity ?? "warning";

/** A finding for `ruleId` at a place in `file`. Severity comes from the catalog unless given. */
export function findingAt(
  file: PolicyFile,
  at: At,
  ruleId: string,
  message: string,
  hint?: string,
  severity?: Severity,
): Finding {
  const base = {
    ruleId,
    severity: severity ?? severityOf(ruleId),
    file: file.path,
    message,
    ...(hint ? { hint } : {}),
  };
  const source = file.json;
  if (at.node && source) {
    let start = at.node.offset;
    let end = at.node.offset + at.node.length;
    if (at.inString && at.node.type === "string") {
      // Offsets inside the decoded value map 1:1 to the raw text unless escapes precede them.
      const raw = source.text.slice(at.node.offset + 1, at.node.offset + at.node.length - 1);
      start = at.node.offset + 1 + rawOffset(raw, at.inString.start);
      end = at.node.offset + 1 + rawOffset(raw, Math.max(at.inString.end, at.inString.start + 1));
    }
    const s = source.position(start);
    const e = source.position(end);
    return { ...base, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }
  if (at.line !== undefined) {
    return {
      ...base,
      line: at.line,
      column: at.column ?? 1,
      ...(at.endColumn !== undefined ? { endLine: at.line, endColumn: at.endColumn } : {}),
    };
  }
  return { ...base, line: 0, column: 0 };
}

/** The raw (escaped) offset of decoded character `index` in a JSON string body. */
function rawOffset(raw: string, index: number): number {
  let decoded = 0;
  let i = 0;
  while (i < raw.length && decoded < index) {
    if (raw[i] === "\\") i += raw[i + 1] === "u" ? 6 : 2;
    else i++;
    decoded++;
  }
  return i;
}

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** The closest candidate within a sensible distance, case-insensitively. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const cl = c.toLowerCase();
    let score = editDistance(w, cl);
    if (cl.includes(w) || w.includes(cl)) score = Math.min(score, Math.abs(cl.length - w.length) / 2 + 1);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** A plain object value, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
