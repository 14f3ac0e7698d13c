/**
 * Wildcard matching without regular expressions, so no pattern a user writes
 * can backtrack catastrophically: `*`-globs match in O(text x literal pieces),
 * path globs by dynamic programming over segments.
 */

/** A `*`-glob split into its literal pieces: `a*b*c` -> ["a", "b", "c"]. */
export interface StarGlob {
  readonly pieces: readonly string[];
  /** True when the glob has no `*`. */
  readonly exact: boolean;
}

/** Compiles a glob in which `*` matches any run of characters (including none) and nothing else is special. */
export function compileStarGlob(pattern: string, caseInsensitive = false): StarGlob {
  const text = caseInsensitive ? pattern.toLowerCase() : pattern;
  const pieces = text.split("*");
  return { pieces, exact: pieces.length === 1 };
}

/**
 * True when `text` matches the compiled glob. Greedy leftmost matching of
 * the middle pieces is exact for `*`-only globs, so this is linear in
 * practice and never worse than text length x pattern length.
 */
export function matchStarGlob(glob: StarGlob, text: string): boolean {
  const { pieces } = glob;
  const first = pieces[0] ?? "";
  if (glob.exact) return text === first;
  const last = pieces[pieces.length - 1] ?? "";
  if (text.length < first.length + last.length) return false;
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let position = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i] ?? "";
    if (piece === "") continue;
    const at = text.indexOf(piece, position);
    if (at < 0 || at + piece.length > end) return false;
    position = at + piece.length;
  }
  return true;
}

/** One-shot helper: does `text` match `pattern` (`*` only)? */
export function starMatch(pattern: string, text: string, caseInsensitive = false): boolean {
  const glob = compileStarGlob(pattern, caseInsensitive);
  return matchStarGlob(glob, caseInsensitive ? text.toLowerCase() : text);
}

/**
 * Segment matching for gitignore-style globs: `*` any run within a segment,
 * `?` one character, `[...]` a class (with `!`/`^` negation and ranges),
 * `\x` a literal. Linear DP over the segment.
 */
export function matchSegment(pattern: string, text: string): boolean {
  // Tokenise the pattern.
  type Tok =
    | { t: "star" }
    | { t: "any" }
    | { t: "lit"; c: string }
    | { t: "class"; neg: boolean; set: string };
  const toks: Tok[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "*") {
      if (toks[toks.length - 1]?.t !== "star") toks.push({ t: "star" });
    } else if (c === "?") toks.push({ t: "any" });
    else if (c === "\\" && i + 1 < pattern.length) toks.push({ t: "lit", c: pattern[++i] as string });
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close < 0) toks.push({ t: "lit", c });
      else {
        let body = pattern.slice(i + 1, close);
        const neg = body.startsWith("!") || body.startsWith("^");
        if (neg) body = body.slice(1);
        toks.push({ t: "class", neg, set: body });
        i = close;
      }
    } else toks.push({ t: "lit", c });
  }
  const inClass = (set: string, ch: string): boolean => {
    for (let k = 0; k < set.length; k++) {
      const a = set[k] as string;
      if (set[k + 1] === "-" && k + 2 < set.length) {
        const b = set[k + 2] as string;
        if (ch >= a && ch <= b) return true;
        k += 2;
      } else if (a === ch) return true;
    }
    return false;
  };
  // dp[j] = pattern prefix i matches text prefix j
  let dp = new Array<boolean>(text.length + 1).fill(false);
  dp[0] = true;
  for (const tok of toks) {
    const next = new Array<boolean>(text.length + 1).fill(false);
    if (tok.t === "star") {
      let seen = false;
      for (let j = 0; j <= text.length; j++) {
        if (dp[j]) seen = true;
        next[j] = seen;
      }
    } else {
      for (let j = 1; j <= text.length; j++) {
        if (!dp[j - 1]) continue;
        const ch = text[j - 1] as string;
        if (tok.t === "any") next[j] = true;
        else if (tok.t === "lit") next[j] = ch === tok.c;
        else next[j] = inClass(tok.set, ch) !== tok.neg;
      }
    }
    dp = next;
  }
  return dp[text.length] === true;
}

/** A compiled path-pattern segment: `**`, or a test for one path segment. */
export type CompiledSegment = "**" | ((segment: string) => boolean);

/** Compiles one gitignore-style segment, with fast paths for literals, `*` and `*.ext`. */
export function compileSegment(pattern: string): CompiledSegment {
  if (pattern === "**") return "**";
  if (!/[*?[\\]/.test(pattern)) return (s) => s === pattern;
  if (pattern === "*") return () => true;
  if (pattern.startsWith("*") && !/[*?[\\]/.test(pattern.slice(1))) {
    const suffix = pattern.slice(1);
    return (s) => s.endsWith(suffix);
  }
  return (s) => matchSegment(pattern, s);
}

/**
 * Matches path segments against pattern segments where a `**` segment spans
 * zero or more whole segments. `prefixOk` also accepts when the pattern
 * matches a leading part of the path (a matched directory covers its
 * contents, as in gitignore). Pattern segments may be strings or compiled.
 */
export function matchSegments(
  pattern: readonly (string | CompiledSegment)[],
  path: readonly string[],
  prefixOk = true,
): boolean {
  const n = path.length;
  let dp = new Array<boolean>(n + 1).fill(false);
  dp[0] = true;
  for (const raw of pattern) {
    const seg = typeof raw === "string" ? compileSegment(raw) : raw;
    const next = new Array<boolean>(n + 1).fill(false);
    let any = false;
    if (seg === "**") {
      let seen = false;
      for (let j = 0; j <= n; j++) {
        if (dp[j]) seen = true;
        next[j] = seen;
        any ||= seen;
      }
    } else {
      for (let j = 1; j <= n; j++) {
        if (dp[j - 1] && seg(path[j - 1] as string)) {
          next[j] = true;
          any = true;
        }
      }
    }
    if (!any) return false;
    dp = next;
  }
  if (prefixOk) return dp.some((v, j) => v && (j > 0 || n === 0));
  return dp[n] === true;
}

/** How many leading words of a command pattern are used to index it. */
export const MAX_KEY_WORDS = 6;

/**
 * Index key of a command pattern: its complete literal words before the
 * first `*` (at most {@link MAX_KEY_WORDS}); `undefined` when it has none
 * (the pattern then goes in the wildcard list). Any text the pattern matches
 * has this key among its {@link textKeys}.
 */
export function patternKey(pattern: string): string | undefined {
  const star = pattern.indexOf("*");
  const literal = star < 0 ? pattern : pattern.slice(0, star);
  const words = literal.split(" ");
  const complete = star < 0 ? words : words.slice(0, -1);
  if (complete.length === 0) return undefined;
  return complete.slice(0, MAX_KEY_WORDS).join(" ");
}

/** The keys to look up for a text: its first {@link MAX_KEY_WORDS} word prefixes. */
export function textKeys(text: string): string[] {
  const keys: string[] = [];
  let at = -1;
  for (let i = 0; i < MAX_KEY_WORDS; i++) {
    const next = text.indexOf(" ", at + 1);
    if (next < 0) {
      keys.push(text);
      break;
    }
    keys.push(text.slice(0, next));
    at = next;
  }
  return keys;
}
