/**
 * CLAUDE.md imports (claude-code.md §7): `@path` relative to the importing
 * file, absolute, or `@~/...`; at most 4 hops; ignored inside code spans,
 * code blocks (and, here, HTML comments). There is no `@include` directive.
 */

export interface MdImport {
  /** The path as written after `@`. */
  readonly path: string;
  readonly line: number;
  /** Column of the `@`. */
  readonly column: number;
  /** The next word, when the import is `@include <word>`. */
  readonly includeTarget?: string;
}

/** Imports in a CLAUDE.md text, outside code and comments. */
export function parseImports(text: string): MdImport[] {
  const out: MdImport[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let fence: string | undefined;
  let inComment = false;
  lines.forEach((raw, index) => {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence !== undefined) {
      if (fenceMatch?.[1] && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length)
        fence = undefined;
      return;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
      return;
    }
    // Blank out comments and code spans, keeping columns.
    let line = "";
    let i = 0;
    while (i < raw.length) {
      if (inComment) {
        const end = raw.indexOf("-->", i);
        const stop = end < 0 ? raw.length : end + 3;
        line += " ".repeat(stop - i);
        i = stop;
        if (end >= 0) inComment = false;
        continue;
      }
      if (raw.startsWith("<!--", i)) {
        inComment = true;
        continue;
      }
      if (raw[i] === "`") {
        let ticks = 0;
        while (raw[i + ticks] === "`") ticks++;
        const close = raw.indexOf("`".repeat(ticks), i + ticks);
        const stop = close < 0 ? i + ticks : close + ticks;
        line += " ".repeat(stop - i);
        i = stop;
        continue;
      }
      line += raw[i];
      i++;
    }
    const re = /(^|\s)@((?:[^\s\\]|\\ )+)/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const path = (m[2] ?? "").replace(/[),;:!?]+$/, "");
      const column = m.index + (m[1]?.length ?? 0) + 1;
      if (path === "include") {
        const after = /^\s+(\S+)/.exec(line.slice(m.index + (m[0]?.length ?? 0)));
        out.push({ path, line: index + 1, column, ...(after?.[1] ? { includeTarget: after[1] } : {}) });
        continue;
      }
      // `@name` with no path separator or extension is a mention, not an import.
      if (!/[/.~]/.test(path)) continue;
      out.push({ path, line: index + 1, column });
    }
  });
  return out;
}

/** Where an import points inside the repository (undefined for `~/` and absolute paths). */
export function resolveImport(fromFile: string, path: string): string | undefined {
  if (path.startsWith("~") || path.startsWith("/")) return undefined;
  const dir = fromFile.includes("/") ? fromFile.slice(0, fromFile.lastIndexOf("/") + 1) : "";
  const parts: string[] = [];
  for (const part of (dir + path).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
