import { describe, expect, it } from "vitest";
import { parseRule } from "../../../shared/permissions/index.js";

const codes = (text: unknown, behavior?: "allow" | "ask" | "deny") =>
  parseRule(text, behavior).diagnostics.map((d) => d.code);
const range = (text: string, code: string) => {
  const d = parseRule(text).diagnostics.find((x) => x.code === code);
  return d ? text.slice(d.start, d.end) : undefined;
};

describe("parseRule", () => {
  it("parses bare tools, Tool(*) and aliases", () => {
    expect(parseRule("Bash").rule?.matcher).toEqual({ kind: "tool", tool: "Bash" });
    expect(parseRule("WebFetch(*)").rule?.matcher).toEqual({ kind: "tool", tool: "WebFetch" });
    const task = parseRule("Task(Explore)");
    expect(task.rule?.tool).toBe("Agent");
    expect(task.rule?.matcher).toEqual({ kind: "agent", pattern: "Explore" });
    expect(task.diagnostics.map((d) => d.code)).toEqual(["legacy-alias"]);
  });

  it("parses Bash patterns, turning a trailing :* into ' *'", () => {
    expect(parseRule("Bash(npm run test:*)").rule?.matcher).toEqual({
      kind: "command",
      tool: "Bash",
      pattern: "npm run test *",
    });
    expect(codes("Bash(npm run test:*)")).toEqual(["legacy-colon-star"]);
    expect(range("Bash(git:* push)", "colon-star-not-at-end")).toBe(":*");
    expect(parseRule("Bash(git:* push)").rule?.matcher).toMatchObject({ pattern: "git:* push" });
  });

  it("rejects Bash(:*), empty and unbalanced specifiers with the range inside the string", () => {
    expect(parseRule("Bash(:*)").rule).toBeUndefined();
    expect(range("Bash(:*)", "colon-star-alone")).toBe(":*");
    expect(parseRule("Bash()").rule).toBeUndefined();
    expect(range("Bash()", "empty-specifier")).toBe("()");
    expect(parseRule("Bash(ls").rule).toBeUndefined();
    expect(range("Bash(ls", "unbalanced-parentheses")).toBe("(ls");
    expect(codes("Bash)")).toEqual(["unbalanced-parentheses"]);
    expect(codes("Bash(ls) now")).toEqual(["text-after-specifier"]);
    expect(range("Bash(ls) now", "text-after-specifier")).toBe(" now");
    expect(codes("Bash(echo (x)")).toContain("unbalanced-specifier");
  });

  it("accepts parentheses inside a command", () => {
    const r = parseRule("Bash(echo $(date))");
    expect(r.rule?.matcher).toMatchObject({ pattern: "echo $(date)" });
    expect(r.diagnostics).toEqual([]);
  });

  it("flags unknown tools with a suggestion", () => {
    const r = parseRule("Bsh(ls)");
    expect(r.diagnostics[0]).toMatchObject({ code: "unknown-tool", start: 0, end: 3 });
    expect(r.diagnostics[0]?.message).toContain('Did you mean "Bash"?');
    expect(parseRule("webfetch").diagnostics[0]?.message).toContain('"WebFetch"');
    expect(parseRule("Frobnicate").diagnostics[0]?.message).not.toContain("Did you mean");
  });

  it("treats Bash(command:...) as an ignored primary-field parameter rule", () => {
    const r = parseRule("Bash(command:rm *)", "deny");
    expect(r.rule?.inert).toBeDefined();
    expect(range("Bash(command:rm *)", "primary-field-parameter")).toBe("command:");
  });

  it("parses parameter rules, ignored in allow", () => {
    expect(parseRule("Bash(run_in_background:true)", "deny").rule).toMatchObject({
      matcher: { kind: "param", field: "run_in_background", pattern: "true" },
      inert: undefined,
    });
    expect(parseRule("Agent(model:opus)", "allow").rule?.inert).toBeDefined();
    expect(codes("Agent(model:opus)", "allow")).toEqual(["parameter-rule-in-allow"]);
  });

  it("warns on path specifiers that are never consulted", () => {
    for (const tool of ["Write", "Glob", "NotebookEdit", "MultiEdit"]) {
      const r = parseRule(`${tool}(.env)`);
      expect(r.rule?.inert, tool).toBeDefined();
      expect(r.diagnostics.map((d) => d.code)).toContain("path-specifier-ignored");
    }
    expect(
      parseRule("Write(.env)").diagnostics.find((d) => d.code === "path-specifier-ignored")?.hint,
    ).toContain("Edit(.env)");
  });

  it("reads path anchors and warns when a single slash looks absolute", () => {
    const anchor = (s: string) => parseRule(s).rule?.matcher;
    expect(anchor("Read(//etc/passwd)")).toMatchObject({ anchor: "absolute", pattern: "etc/passwd" });
    expect(anchor("Read(~/.ssh/**)")).toMatchObject({ anchor: "home", pattern: ".ssh/**" });
    expect(anchor("Read(/docs/**)")).toMatchObject({ anchor: "settings", pattern: "docs/**" });
    expect(anchor("Read(./src/**)")).toMatchObject({ anchor: "cwd", pattern: "src/**" });
    expect(anchor("Read(src/**)")).toMatchObject({ anchor: "relative", pattern: "src/**" });
    expect(anchor("Read(.env)")).toMatchObject({ anchor: "anywhere", pattern: ".env" });
    expect(anchor("Read(secrets/)")).toMatchObject({ anchor: "anywhere", pattern: "secrets" });
    expect(codes("Read(/etc/passwd)")).toEqual(["settings-relative-path"]);
    expect(range("Read(/etc/passwd)", "settings-relative-path")).toBe("/");
    expect(codes("Read(/docs/**)")).toEqual([]);
  });

  it("parses WebFetch domains, lower-cased, and rejects other WebFetch specifiers", () => {
    expect(parseRule("WebFetch(domain:Docs.Example.COM)").rule?.matcher).toEqual({
      kind: "domain",
      pattern: "docs.example.com",
    });
    expect(parseRule("WebFetch(domain:*)").rule?.matcher).toEqual({ kind: "tool", tool: "WebFetch" });
    const bad = parseRule("WebFetch(https://example.com/x)");
    expect(bad.rule).toBeUndefined();
    expect(bad.diagnostics[0]?.hint).toContain("WebFetch(domain:example.com)");
    expect(parseRule("WebFetch(domain:)").rule).toBeUndefined();
  });

  it("parses MCP rules and flags wildcard server names", () => {
    expect(parseRule("mcp__github").rule?.matcher).toEqual({
      kind: "mcp",
      server: "github",
      toolPattern: "*",
    });
    expect(parseRule("mcp__github__*").rule?.matcher).toEqual({
      kind: "mcp",
      server: "github",
      toolPattern: "*",
    });
    expect(parseRule("mcp__github__get_issue").rule?.matcher).toEqual({
      kind: "mcp",
      server: "github",
      toolPattern: "get_issue",
    });
    expect(parseRule("mcp__plugin_acme_db__query").rule?.matcher).toMatchObject({
      server: "plugin_acme_db",
      toolPattern: "query",
    });
    expect(codes("mcp__git*__get", "deny")).toEqual(["mcp-server-wildcard"]);
    expect(range("mcp__git*__get", "mcp-server-wildcard")).toBe("git*");
    expect(parseRule("mcp__*", "allow").rule?.inert).toBeDefined();
    expect(parseRule("mcp__", "deny").rule).toBeUndefined();
  });

  it("skips tool-name globs in allow", () => {
    expect(parseRule("*", "deny").rule?.inert).toBeUndefined();
    expect(parseRule("*", "allow").rule?.inert).toBeDefined();
    expect(codes("B*", "allow")).toEqual(["tool-glob-in-allow"]);
  });

  it("reports non-strings, empty rules and surrounding whitespace", () => {
    expect(codes(42)).toEqual(["not-a-string"]);
    expect(codes("   ")).toEqual(["empty-rule"]);
    expect(codes(" Bash(ls) ")).toEqual(["surrounding-whitespace"]);
    expect(parseRule(" Bash(ls) ").rule?.matcher).toMatchObject({ pattern: "ls" });
    expect(codes("Ba sh")).toEqual(["invalid-tool-name"]);
  });

  it("flags specifiers on tools that take none", () => {
    expect(parseRule("TodoWrite(x)").rule?.inert).toBeDefined();
    expect(codes("TodoWrite(x)")).toEqual(["specifier-not-consulted"]);
  });
});

describe("parseRule ambiguities", () => {
  it("reads Bash(timeout:*) as the legacy prefix for the timeout command, not a parameter rule", () => {
    expect(parseRule("Bash(timeout:*)", "allow").rule).toMatchObject({
      matcher: { kind: "command", pattern: "timeout *" },
      inert: undefined,
    });
    expect(parseRule("Bash(timeout:1000)", "deny").rule?.matcher).toMatchObject({
      kind: "param",
      field: "timeout",
    });
  });
});
