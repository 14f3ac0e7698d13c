/**
 * The managed CLAUDE.md with its `@path` imports inlined. A managed CLAUDE.md
 * is installed alone (/etc/claude-code/CLAUDE.md), so a relative import would
 * point at a file that is not there (claude-code.md §7): the build replaces
 * each import line with the imported file's text, recursively, at most 4 hops
 * deep as Claude Code does. Imports inside code spans and fenced blocks are
 * text, not imports. Pure over a map of file texts.
 */
import { posix } from "node:path";
import type { BuildDiagnostic } from "./diagnostics.js";

/** Claude Code follows at most this many nested imports (§7). */
export const MAX_IMPORT_HOPS = 4;

export interface InlinedClaudeMd {
  readonly text: string;
  /** Every file whose text went in, in order (the root first). */
  readonly files: readonly string[];
  readonly diagnostics: readonly BuildDiagnostic[];
}

/** `@path` on a line of its own (optionally a list item), outside code. */
const IMPORT_LINE = /^\s*(?:[-*]\s+)?@(\S+)\s*$/;

export function inlineClaudeMd(root: string, files: Readonly<Record<string, string>>): InlinedClaudeMd {
  const diagnostics: BuildDiagnostic[] = [];
  const used: string[] = [];
  const expand = (file: string, depth: number, chain: readonly string[]): string => {
    used.push(file);
    const text = (files[file] ?? "").replace(/\r\n?/g, "\n");
    let fenced = false;
    const out: string[] = [];
    text.split("\n").forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      const m = fenced ? null : IMPORT_LINE.exec(line);
      const target = m?.[1];
      if (!target) {
        out.push(line);
        return;
      }
      const at = { file, line: i + 1, column: line.indexOf("@") + 1 };
      if (target.startsWith("~") || target.startsWith("/")) {
        diagnostics.push({
          ...at,
          severity: "error",
          code: "build/claude-md-import",
          message: `Import "@${target}" points outside the policy repository; the build cannot inline it into the managed CLAUDE.md.`,
          hint: "Copy the text into the policy repository and import it by a relative path.",
        });
        out.push(line);
        return;
      }
      const resolved = posix.normalize(posix.join(posix.dirname(file), target));
      if (files[resolved] === undefined) {
        diagnostics.push({
          ...at,
          severity: "error",
          code: "build/claude-md-import",
          message: `Import "@${target}" resolves to ${resolved}, which does not exist in the policy repository.`,
          hint: "Fix the path (imports are relative to the importing file) or remove the line.",
        });
        out.push(line);
        return;
      }
      if (chain.includes(resolved) || depth >= MAX_IMPORT_HOPS) {
        diagnostics.push({
          ...at,
          severity: "error",
          code: "build/claude-md-import",
          message: chain.includes(resolved)
            ? `Import "@${target}" is circular (${[...chain, resolved].join(" -> ")}).`
            : `Import "@${target}" is more than ${MAX_IMPORT_HOPS} hops deep; Claude Code would not load it.`,
        });
        out.push(line);
        return;
      }
      out.push(expand(resolved, depth + 1, [...chain, resolved]).replace(/\n+$/, ""));
    });
    return out.join("\n");
  };
  const text = `${expand(root, 0, [root]).replace(/\n+$/, "")}\n`;
  return { text, files: used, diagnostics };
}
