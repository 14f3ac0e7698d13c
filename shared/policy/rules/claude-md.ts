/**
 * CLAUDE.md imports (claude-code.md §7): `@include` is not a directive,
 * imports must resolve, and chains stop after 4 hops.
 */
import { parseImports, resolveImport } from "../claude-md-model.js";
import type { Finding } from "../finding.js";
import { filesOfKind, type PolicyFile } from "../policy.js";
import { findingAt, type PolicyRule } from "./context.js";

export const MAX_IMPORT_HOPS = 4;

export const includeDirective: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const file of filesOfKind(policy, "claude-md")) {
    for (const imp of parseImports(file.text)) {
      if (imp.path !== "include") continue;
      const target = imp.includeTarget;
      findings.push(
        findingAt(
          file,
          { line: imp.line, column: imp.column, endColumn: imp.column + "@include".length },
          "claude-md/include-directive",
          `"@include" is not a directive: Claude Code reads it as an import of a file literally named "include"${target ? ` and "${target}" as plain text, so ${target} is not imported` : ""} (reference §7).${target?.startsWith("~/.claude/CLAUDE.md") ? " The user's ~/.claude/CLAUDE.md loads in every session anyway." : ""}`,
          target?.startsWith("~/.claude/CLAUDE.md")
            ? "Remove the line: the user CLAUDE.md (or the managed one) already loads."
            : `Write the import as "@${target ?? "path/to/file.md"}" (relative to this file, absolute, or @~/...).`,
        ),
      );
    }
  }
  return findings;
};

export const imports: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  const mds = filesOfKind(policy, "claude-md");
  const byPath = new Map(mds.map((f) => [f.path, f]));
  for (const file of mds) {
    for (const imp of parseImports(file.text)) {
      if (imp.path === "include") continue;
      const target = resolveImport(file.path, imp.path);
      if (target === undefined || policy.snapshot.files.has(target)) continue;
      findings.push(
        findingAt(
          file,
          { line: imp.line, column: imp.column, endColumn: imp.column + imp.path.length + 1 },
          "claude-md/unresolved-import",
          `"@${imp.path}" does not resolve: imports are relative to the importing file, so this points at ${target}, which is not in the repository; Claude Code skips it without an error (reference §7).`,
          "Fix the path (relative to this file), or remove the import.",
        ),
      );
    }
  }
  // Depth: walk from each CLAUDE.md that is not itself imported.
  const roots = mds.filter((f) => f.kindSource !== "import");
  const reported = new Set<string>();
  const visit = (file: PolicyFile, depth: number, chain: string[]) => {
    for (const imp of parseImports(file.text)) {
      if (imp.path === "include") continue;
      const target = resolveImport(file.path, imp.path);
      const next = target === undefined ? undefined : byPath.get(target);
      if (!next || chain.includes(next.path)) continue;
      if (depth + 1 > MAX_IMPORT_HOPS) {
        const key = `${file.path}:${imp.line}:${imp.column}`;
        if (!reported.has(key)) {
          reported.add(key);
          findings.push(
            findingAt(
              file,
              { line: imp.line, column: imp.column, endColumn: imp.column + imp.path.length + 1 },
              "claude-md/import-depth",
              `"@${imp.path}" is hop ${depth + 1} of the chain ${[...chain, next.path].join(" -> ")}; Claude Code follows at most ${MAX_IMPORT_HOPS} hops, so it is not loaded (reference §7).`,
              "Import the file from a CLAUDE.md closer to the root, or flatten the chain.",
            ),
          );
        }
        continue;
      }
      visit(next, depth + 1, [...chain, next.path]);
    }
  };
  for (const root of roots) visit(root, 0, [root.path]);
  return findings;
};
