import { describe, expect, it } from "vitest";
import { parseImports } from "../../../shared/policy/claude-md-model.js";
import { findingsOf } from "./helpers.js";

describe("CLAUDE.md imports", () => {
  it("parses @path imports, skipping code spans, code blocks, HTML comments and mentions", () => {
    const text =
      "See @docs/a.md and `@not/this.md`\n```\n@nor/this.md\n```\n<!-- @hidden/x.md -->\nping @alice\n@~/.claude/x.md\n";
    expect(parseImports(text).map((i) => [i.path, i.line, i.column])).toEqual([
      ["docs/a.md", 1, 5],
      ["~/.claude/x.md", 7, 1],
    ]);
  });

  it("claude-md/include-directive fires for @include, at the @", () => {
    const [f] = findingsOf(
      { "CLAUDE.md": "# P\n\n## Extends\n@include ~/.claude/CLAUDE.md\n" },
      "claude-md/include-directive",
    );
    expect(f).toMatchObject({ line: 4, column: 1, severity: "error" });
    expect(f?.message).toContain('literally named "include"');
  });

  it("claude-md/include-directive does not fire for @include inside a code span", () => {
    expect(
      findingsOf({ "CLAUDE.md": "There is no `@include` directive.\n" }, "claude-md/include-directive"),
    ).toEqual([]);
  });

  it("claude-md/unresolved-import fires for a missing file, not for present ones or ~/ paths", () => {
    const files = { "CLAUDE.md": "@docs/a.md\n@docs/missing.md\n@~/.claude/notes.md\n", "docs/a.md": "a\n" };
    const found = findingsOf(files, "claude-md/unresolved-import");
    expect(found.map((f) => [f.line, f.column])).toEqual([[2, 1]]);
  });

  it("claude-md/import-depth fires past 4 hops, at the import that goes too deep", () => {
    const chain = {
      "CLAUDE.md": "@a.md\n",
      "a.md": "@b.md\n",
      "b.md": "@c.md\n",
      "c.md": "@d.md\n",
      "d.md": "x @e.md\n",
      "e.md": "end\n",
    };
    const found = findingsOf(chain, "claude-md/import-depth");
    expect(found.map((f) => [f.file, f.line, f.column])).toEqual([["d.md", 1, 3]]);
    const { "e.md": _e, ...shorter } = chain;
    expect(findingsOf({ ...shorter, "d.md": "end\n" }, "claude-md/import-depth")).toEqual([]);
  });
});
