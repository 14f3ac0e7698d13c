/**
 * A small, linear-time reader for the shell syntax Claude Code splits Bash
 * commands by (claude-code.md §3 Bash): `&&`, `||`, `;`, `|`, `|&`, `&`,
 * newlines, subshells `( )`, groups `{ }`, command substitution `$( )` and
 * backticks, process substitution `<( )`/`>( )`, redirects and here-documents.
 * It never throws and never recurses, so no input can blow the stack.
 */

/** One word of a simple command, with its offsets in the command string. */
export interface ShellWord {
  readonly raw: string;
  /** The word with quotes and backslash escapes removed (substitutions left as written). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export type RedirectKind = "read" | "write";

export interface ShellRedirect {
  readonly op: string;
  readonly kind: RedirectKind;
  /** The file, or `undefined` for a file-descriptor duplication (`2>&1`) or a here-document. */
  readonly target: ShellWord | undefined;
}

/** One simple command: `VAR=x cmd arg > file`. */
export interface SimpleCommand {
  readonly words: readonly ShellWord[];
  readonly redirects: readonly ShellRedirect[];
  /** The command as written, from its first word to its last (redirects removed). */
  readonly text: string;
}

export interface ShellAnalysis {
  readonly commands: readonly SimpleCommand[];
  /** False when quotes or brackets were left open or closed without opening. */
  readonly parseable: boolean;
}

/** Nesting deeper than this is not a real command; it is read flat and reported unparseable. */
const MAX_DEPTH = 64;

type FrameKind = "top" | "subshell" | "cmdsub" | "backtick" | "procsub";

interface Frame {
  kind: FrameKind;
  /** Quote state to go back to in the parent when this frame closes. */
  resumeQuote: "" | '"';
  words: { start: number; end: number }[];
  redirects: { op: string; target: { start: number; end: number } | undefined }[];
  wordStart: number;
  quote: "" | "'" | '"';
  pendingRedirect: string | undefined;
  /** The word that started in the parent before this frame opened inside it. */
}

const RESERVED_PREFIX = new Set(["!", "{", "then", "do", "else", "elif", "if", "while", "until", "time"]);
const RESERVED_ALONE = new Set(["}", "fi", "done", "esac", "then", "do", "else"]);

/** Removes quotes and backslash escapes from one word (copies runs of plain characters in one slice). */
export function dequote(raw: string): string {
  if (!/['"\\]/.test(raw)) return raw;
  const parts: string[] = [];
  let quote = "";
  let run = 0;
  const flush = (end: number) => {
    if (end > run) parts.push(raw.slice(run, end));
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (quote === "'") {
      if (c === "'") {
        flush(i);
        quote = "";
        run = i + 1;
      }
    } else if (c === "\\" && i + 1 < raw.length && (quote === "" || '"\\$`'.includes(raw[i + 1] as string))) {
      flush(i);
      run = i + 1;
      i++;
    } else if (quote === '"') {
      if (c === '"') {
        flush(i);
        quote = "";
        run = i + 1;
      }
    } else if (c === "'" || c === '"') {
      flush(i);
      quote = c;
      run = i + 1;
    }
  }
  flush(raw.length);
  return parts.join("");
}

/** Splits a command line into its simple commands. */
export function splitCommand(src: string): ShellAnalysis {
  const commands: SimpleCommand[] = [];
  let parseable = true;
  const newFrame = (kind: FrameKind, resumeQuote: "" | '"'): Frame => ({
    kind,
    resumeQuote,
    words: [],
    redirects: [],
    wordStart: -1,
    quote: "",
    pendingRedirect: undefined,
  });
  const stack: Frame[] = [newFrame("top", "")];
  const heredocs: { delimiter: string; strip: boolean }[] = [];

  const endWord = (f: Frame, end: number) => {
    if (f.wordStart < 0) return;
    const w = { start: f.wordStart, end };
    f.wordStart = -1;
    if (f.pendingRedirect !== undefined) {
      const op = f.pendingRedirect;
      f.pendingRedirect = undefined;
      if (op === "<<" || op === "<<-") {
        heredocs.push({ delimiter: dequote(src.slice(w.start, w.end)), strip: op === "<<-" });
        f.redirects.push({ op, target: undefined });
      } else f.redirects.push({ op, target: w });
      return;
    }
    f.words.push(w);
  };
  const endCommand = (f: Frame) => {
    if (f.pendingRedirect !== undefined) {
      f.pendingRedirect = undefined;
      parseable = false;
    }
    let words: ShellWord[] = f.words.map((w) => {
      const raw = src.slice(w.start, w.end);
      return { raw, value: "", start: w.start, end: w.end };
    });
    while (words.length > 0 && RESERVED_PREFIX.has((words[0] as ShellWord).raw)) words = words.slice(1);
    if (words.length === 1 && RESERVED_ALONE.has((words[0] as ShellWord).raw)) words = [];
    while (words.length > 0 && (words[words.length - 1] as ShellWord).raw === "}") words = words.slice(0, -1);
    const shellWords: ShellWord[] = words.map((w) => ({ ...w, value: dequote(w.raw) }));
    const redirects: ShellRedirect[] = f.redirects.map((r) => {
      const target = r.target
        ? {
            raw: src.slice(r.target.start, r.target.end),
            value: "",
            start: r.target.start,
            end: r.target.end,
          }
        : undefined;
      const isFd = r.op.endsWith("&") && r.op !== "&>" && r.op !== "&>>";
      const kind: RedirectKind = r.op.startsWith("<") && r.op !== "<>" ? "read" : "write";
      return {
        op: r.op,
        kind,
        target: target && !isFd && r.op !== "<<<" ? { ...target, value: dequote(target.raw) } : undefined,
      };
    });
    f.words = [];
    f.redirects = [];
    if (shellWords.length === 0 && redirects.length === 0) return;
    let text = "";
    if (shellWords.length > 0) {
      const first = shellWords[0] as ShellWord;
      const last = shellWords[shellWords.length - 1] as ShellWord;
      const between = redirects.filter(
        (r) => r.target && r.target.start > first.start && r.target.end < last.end,
      );
      text = between.length === 0 ? src.slice(first.start, last.end) : shellWords.map((w) => w.raw).join(" ");
    }
    commands.push({ words: shellWords, redirects, text });
  };
  const push = (kind: FrameKind, at: number, resumeQuote: "" | '"') => {
    const parent = stack[stack.length - 1] as Frame;
    if (stack.length > MAX_DEPTH) {
      // Too deep to be a real command: keep reading it flat, and report it unparseable.
      parseable = false;
      if (parent.wordStart < 0) parent.wordStart = at;
      return;
    }
    if (kind !== "subshell" && parent.wordStart < 0) parent.wordStart = at;
    stack.push(newFrame(kind, resumeQuote));
  };
  const pop = (i: number) => {
    const f = stack.pop() as Frame;
    endWord(f, i);
    endCommand(f);
    const parent = stack[stack.length - 1] as Frame;
    parent.quote = f.resumeQuote;
  };

  let i = 0;
  const n = src.length;
  while (i < n) {
    const f = stack[stack.length - 1] as Frame;
    const c = src[i] as string;
    const next = src[i + 1];
    if (f.quote === "'") {
      if (c === "'") f.quote = "";
      i++;
      continue;
    }
    if (f.quote === '"') {
      if (c === "\\") i += 2;
      else if (c === '"') {
        f.quote = "";
        i++;
      } else if (c === "$" && next === "(") {
        push("cmdsub", i, '"');
        i += 2;
      } else if (c === "`") {
        push("backtick", i, '"');
        i++;
      } else i++;
      continue;
    }
    // Unquoted.
    if (c === "\\") {
      if (next === "\n") {
        endWord(f, i);
        i += 2;
        continue;
      }
      if (f.wordStart < 0) f.wordStart = i;
      i += 2;
      continue;
    }
    if (c === "'" || c === '"') {
      if (f.wordStart < 0) f.wordStart = i;
      f.quote = c;
      i++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      endWord(f, i);
      i++;
      continue;
    }
    if (c === "\n") {
      endWord(f, i);
      endCommand(f);
      i++;
      // Skip here-document bodies.
      while (heredocs.length > 0 && i < n) {
        const doc = heredocs[0] as { delimiter: string; strip: boolean };
        let lineEnd = src.indexOf("\n", i);
        if (lineEnd < 0) lineEnd = n;
        const line = src.slice(i, lineEnd);
        i = lineEnd + 1;
        if ((doc.strip ? line.replace(/^\t+/, "") : line) === doc.delimiter) heredocs.shift();
      }
      continue;
    }
    if (c === "#" && f.wordStart < 0) {
      const lineEnd = src.indexOf("\n", i);
      i = lineEnd < 0 ? n : lineEnd;
      continue;
    }
    if (c === ";" || c === "&" || c === "|") {
      if (c === "&" && next === ">") {
        endWord(f, i);
        const op = src[i + 2] === ">" ? "&>>" : "&>";
        f.pendingRedirect = op;
        i += op.length;
        continue;
      }
      endWord(f, i);
      endCommand(f);
      i +=
        (c === "&" && next === "&") ||
        (c === "|" && (next === "|" || next === "&")) ||
        (c === ";" && next === ";")
          ? 2
          : 1;
      continue;
    }
    if (c === "<" || c === ">") {
      if (next === "(") {
        push("procsub", i, "");
        i += 2;
        continue;
      }
      // A word made only of digits right before the operator is a file descriptor.
      if (f.wordStart >= 0 && /^\d+$/.test(src.slice(f.wordStart, i))) f.wordStart = -1;
      else endWord(f, i);
      let op: string = c;
      const rest = src.slice(i, i + 3);
      for (const candidate of ["<<<", "<<-", ">>&", "<<", ">>", ">|", ">&", "<&", "<>"]) {
        if (rest.startsWith(candidate)) {
          op = candidate === ">>&" ? ">>" : candidate;
          break;
        }
      }
      i += op.length;
      if (op === ">&" || op === "<&") {
        // fd duplication (2>&1) or `>& file`.
        let j = i;
        while (j < n && /[0-9-]/.test(src[j] as string)) j++;
        if (j > i && (j === n || /[\s;&|)]/.test(src[j] as string))) {
          f.redirects.push({ op, target: undefined });
          i = j;
          continue;
        }
        op = ">";
      }
      f.pendingRedirect = op;
      continue;
    }
    if (c === "$" && next === "(") {
      if (src[i + 2] === "(") {
        // Arithmetic expansion: skip to the matching "))".
        if (f.wordStart < 0) f.wordStart = i;
        let depth = 0;
        let j = i + 1;
        for (; j < n; j++) {
          if (src[j] === "(") depth++;
          else if (src[j] === ")") {
            depth--;
            if (depth === 0) break;
          }
        }
        if (j >= n) parseable = false;
        i = j + 1;
        continue;
      }
      push("cmdsub", i, "");
      i += 2;
      continue;
    }
    if (c === "`") {
      if (f.kind === "backtick") {
        pop(i);
        i++;
        continue;
      }
      push("backtick", i, "");
      i++;
      continue;
    }
    if (c === "(") {
      endWord(f, i);
      push("subshell", i, "");
      i++;
      continue;
    }
    if (c === ")") {
      if (f.kind === "top" || f.kind === "backtick") {
        parseable = false;
        endWord(f, i);
        i++;
        continue;
      }
      pop(i);
      i++;
      continue;
    }
    if (f.wordStart < 0) f.wordStart = i;
    i++;
  }
  if (stack.length > 1 || (stack[0] as Frame).quote !== "") parseable = false;
  while (stack.length > 1) pop(n);
  const top = stack[0] as Frame;
  endWord(top, n);
  endCommand(top);
  if (heredocs.length > 0) parseable = false;
  return { commands, parseable };
}
