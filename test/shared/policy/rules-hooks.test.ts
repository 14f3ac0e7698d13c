import { describe, expect, it } from "vitest";
import { findingsOf, json, pos } from "./helpers.js";

const settings = (hooks: unknown) => json({ hooks });
const handler = (command: string) => ({ type: "command", command });

describe("hooks/invalid-shape", () => {
  it("fires for the seed's flat {command} entry", () => {
    const [f] = findingsOf(
      { ".claude/settings.json": settings({ PreToolUse: [{ command: "steward hook" }] }) },
      "hooks/invalid-shape",
    );
    expect(f).toMatchObject({ line: 4, column: 7, severity: "error" });
  });
  it("does not fire for the {matcher, hooks} shape", () => {
    const text = settings({
      PreToolUse: [{ matcher: "Bash", hooks: [handler("steward hook pre-tool-use")] }],
    });
    expect(findingsOf({ ".claude/settings.json": text }, "hooks/invalid-shape")).toEqual([]);
  });
});

describe("hook matchers", () => {
  const lintMatcher = (matcher: string, event = "PreToolUse") =>
    findingsOf(
      { "managed-settings.json": settings({ [event]: [{ matcher, hooks: [handler("steward hook x")] }] }) },
      "hooks/matcher",
    );
  it("flags an unanchored regex that also hits other tools", () => {
    const [f] = lintMatcher("Edit.*");
    expect(f?.ruleId).toBe("hooks/matcher-unanchored");
    expect(f?.message).toContain("NotebookEdit");
  });
  it("flags exact names that match nothing (typo, bare MCP server) at the name", () => {
    const found = lintMatcher("Bash|bash|mcp__memory");
    const text = settings({
      PreToolUse: [{ matcher: "Bash|bash|mcp__memory", hooks: [handler("steward hook x")] }],
    });
    expect(found.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ["hooks/matcher-matches-nothing", pos(text, "bash|").line, pos(text, "bash|").column],
      ["hooks/matcher-matches-nothing", pos(text, "mcp__memory").line, pos(text, "mcp__memory").column],
    ]);
    expect(found[1]?.hint).toContain("mcp__memory__.*");
  });
  it("flags an invalid regex and a regex matching no tool", () => {
    expect(lintMatcher("Bash(").map((f) => f.ruleId)).toEqual(["hooks/matcher-matches-nothing"]);
    expect(lintMatcher("^bash.*$").map((f) => f.ruleId)).toEqual(["hooks/matcher-matches-nothing"]);
  });
  it("checks value matchers of SessionStart", () => {
    expect(lintMatcher("startup|resum", "SessionStart")).toHaveLength(1);
    expect(lintMatcher("startup|resume", "SessionStart")).toEqual([]);
  });
  it("accepts *, exact names, anchored regexes and mcp regexes", () => {
    for (const m of ["*", "", "Bash|Edit|Write", "^(Edit|Write)$", "mcp__memory__.*", "Notebook.*"]) {
      expect(lintMatcher(m)).toEqual([]);
    }
  });
});

describe("hooks/script-missing, hooks/script-not-executable, hooks/relative-script-path", () => {
  const cmd = (command: string) => settings({ PreToolUse: [{ matcher: "Bash", hooks: [handler(command)] }] });
  it("fires when the script is not in the repository, at the path inside the command", () => {
    const text = cmd('"$CLAUDE_PROJECT_DIR"/hooks/gone.sh');
    const [f] = findingsOf({ ".claude/settings.json": text }, "hooks/script-missing");
    // the path starts at the opening quote of "$CLAUDE_PROJECT_DIR" (escaped as \" in JSON)
    expect(f).toMatchObject(pos(text, '\\"$CLAUDE_PROJECT_DIR'));
  });
  it("fires when the script is not executable, unless run through an interpreter", () => {
    const files = { "hooks/a.sh": { text: "#!/bin/sh\nexit 0\n", executable: false } };
    expect(
      findingsOf(
        { ...files, ".claude/settings.json": cmd("$CLAUDE_PROJECT_DIR/hooks/a.sh") },
        "hooks/script-not-executable",
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        { ...files, ".claude/settings.json": cmd("bash $CLAUDE_PROJECT_DIR/hooks/a.sh") },
        "hooks/script-not-executable",
      ),
    ).toEqual([]);
  });
  it("warns for a path relative to the working directory, not for $CLAUDE_PROJECT_DIR or a program name", () => {
    const files = { "hooks/a.sh": { text: "#!/bin/sh\nexit 0\n", executable: true } };
    expect(
      findingsOf({ ...files, ".claude/settings.json": cmd("hooks/a.sh") }, "hooks/relative-script-path"),
    ).toHaveLength(1);
    expect(
      findingsOf(
        { ...files, ".claude/settings.json": cmd('"$CLAUDE_PROJECT_DIR"/hooks/a.sh') },
        "hooks/script",
      ),
    ).toEqual([]);
    expect(findingsOf({ ".claude/settings.json": cmd("steward hook pre-tool-use") }, "hooks/script")).toEqual(
      [],
    );
  });
});

describe("hooks/unset-variable", () => {
  it("fires for $TOOL_NAME/$TOOL_INPUT/$TOKEN_COUNT in a command, at the variable", () => {
    const text = settings({ PostToolUse: [{ command: 'x.sh "$TOOL_NAME" "${TOKEN_COUNT}"' }] });
    const found = findingsOf({ ".claude/settings.json": text }, "hooks/unset-variable");
    expect(found.map((f) => ({ line: f.line, column: f.column }))).toEqual([
      pos(text, "$TOOL_NAME"),
      pos(text, "${TOKEN_COUNT}"),
    ]);
  });
  it("fires in a referenced hook script's code but not in its comments", () => {
    const script = '#!/bin/bash\n# there is no $TOOL_NAME\ntool="$TOOL_NAME"\n';
    const files = {
      "hooks/h.sh": { text: script, executable: true },
      ".claude/settings.json": settings({
        PreToolUse: [{ matcher: "Bash", hooks: [handler("$CLAUDE_PROJECT_DIR/hooks/h.sh")] }],
      }),
    };
    expect(findingsOf(files, "hooks/unset-variable").map((f) => [f.file, f.line, f.column])).toEqual([
      ["hooks/h.sh", 3, 7],
    ]);
  });
  it("does not fire for variables Claude Code sets", () => {
    const text = settings({ Stop: [{ hooks: [handler('echo "$CLAUDE_PROJECT_DIR"')] }] });
    expect(findingsOf({ ".claude/settings.json": text }, "hooks/unset-variable")).toEqual([]);
  });
});

describe("hooks/block-exit-code", () => {
  const withScript = (text: string) => ({
    "hooks/p.sh": { text, executable: true },
    ".claude/settings.json": settings({
      PreToolUse: [{ matcher: "Bash", hooks: [handler("$CLAUDE_PROJECT_DIR/hooks/p.sh")] }],
    }),
  });
  it("fires for exit 1 after a BLOCKED message, at the exit", () => {
    const [f] = findingsOf(
      withScript('#!/bin/bash\nif true; then\n  echo "BLOCKED: no"\n  exit 1\nfi\n'),
      "hooks/block-exit-code",
    );
    expect(f).toMatchObject({ line: 4, column: 3, severity: "error" });
  });
  it("does not fire for exit 2, or for exit 1 on a non-blocking path", () => {
    expect(
      findingsOf(withScript('#!/bin/bash\necho "BLOCKED: no" >&2\nexit 2\n'), "hooks/block-exit-code"),
    ).toEqual([]);
    expect(
      findingsOf(withScript('#!/bin/bash\necho "jq missing"\nexit 1\n'), "hooks/block-exit-code"),
    ).toEqual([]);
  });
});

describe("hooks/block-exit-code in other languages", () => {
  it("fires for sys.exit(1) after a deny message in a Python hook", () => {
    const files = {
      "hooks/p.py": {
        text: 'import sys\nprint("Blocked: not allowed", file=sys.stderr)\nsys.exit(1)\n',
        executable: true,
      },
      ".claude/settings.json": settings({
        PreToolUse: [{ matcher: "Bash", hooks: [handler("python3 $CLAUDE_PROJECT_DIR/hooks/p.py")] }],
      }),
    };
    expect(findingsOf(files, "hooks/block-exit-code").map((f) => [f.file, f.line])).toEqual([
      ["hooks/p.py", 3],
    ]);
  });
});

describe("hook commands that run no script file", () => {
  it("does not look for scripts behind bash -c, python3 -m or plain programs", () => {
    for (const command of [
      'bash -c "echo hi"',
      "python3 -m steward_hook",
      "node -e 1",
      "jq -r .tool_name",
      "steward hook stop",
    ]) {
      const text = settings({ Stop: [{ hooks: [handler(command)] }] });
      expect(findingsOf({ ".claude/settings.json": text }, "hooks/script"), command).toEqual([]);
    }
  });
  it("does find a script run through an interpreter by file name", () => {
    const text = settings({ Stop: [{ hooks: [handler("python3 stop.py")] }] });
    expect(findingsOf({ ".claude/settings.json": text }, "hooks/script-missing")).toHaveLength(1);
  });
});
