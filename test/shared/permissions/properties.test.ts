import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseRules,
  decide,
  parseRule,
  rulesFrom,
  splitCommand,
} from "../../../shared/permissions/index.js";

const ctx = { home: "/home/u" };
const shellish = fc.string({
  unit: fc.constantFrom(..."ab c*:;&|()<>{}$`'\"\\\n#=-/~.!".split("")),
  maxLength: 60,
});
const ruleText = fc.oneof(
  fc.string(),
  fc
    .tuple(
      fc.constantFrom(
        "Bash",
        "Read",
        "Edit",
        "WebFetch",
        "mcp__s",
        "Agent",
        "Skill",
        "Write",
        "Task",
        "*",
        "Cd",
        "X",
      ),
      shellish,
    )
    .map(([tool, spec]) => `${tool}(${spec})`),
);

describe("never throws", () => {
  it("parseRule on any input", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything()),
        fc.constantFrom(undefined, "allow", "ask", "deny"),
        (input, behavior) => {
          const r = parseRule(input, behavior as never);
          expect(r.rule !== undefined || r.diagnostics.some((d) => d.severity === "error")).toBe(true);
          for (const d of r.diagnostics) expect(d.start <= d.end).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("splitCommand on any string", () => {
    fc.assert(
      fc.property(fc.oneof(shellish, fc.string()), (s) => {
        splitCommand(s);
      }),
      { numRuns: 2000 },
    );
  });

  it("decide and analyse on arbitrary rules and arbitrary tool calls", () => {
    const call = fc.record({
      tool_name: fc.oneof(
        fc.constantFrom(
          "Bash",
          "Read",
          "Edit",
          "Write",
          "Grep",
          "WebFetch",
          "Agent",
          "Skill",
          "mcp__s__t",
          "PowerShell",
        ),
        fc.string(),
      ),
      tool_input: fc.oneof(
        fc.anything(),
        fc.record({ command: shellish }),
        fc.record({ file_path: fc.string(), url: fc.string(), subagent_type: fc.anything() }),
      ),
      cwd: fc.oneof(fc.constant("/repo"), fc.string(), fc.constant(undefined)),
    });
    fc.assert(
      fc.property(
        fc.array(ruleText, { maxLength: 8 }),
        fc.array(ruleText, { maxLength: 8 }),
        call,
        (allow, deny, c) => {
          const rules = rulesFrom({ allow, deny });
          const r = decide(rules, c as never, ctx, { explain: true });
          expect(["deny", "ask", "allow", "none"]).toContain(r.decision);
          expect(r.decision === "none" ? r.rule === undefined : r.rule !== undefined).toBe(true);
          analyseRules(rules);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// Generators of (rule, call it must match).
const word = fc
  .stringMatching(/^[a-z][a-z0-9]{1,6}$/)
  .filter(
    (w) => !["if", "do", "fi", "then", "time", "done", "else", "while", "until", "elif", "esac"].includes(w),
  );
const arg = fc.stringMatching(/^[a-z0-9][a-z0-9./=-]{0,8}$/);
const segment = fc
  .stringMatching(/^[a-z0-9_][a-z0-9._-]{0,8}$/)
  .filter((s) => s !== "." && s !== ".." && !s.startsWith(".."));

describe("a rule matches the calls it was generated from", () => {
  it("Bash: literal words with some replaced by *", () => {
    fc.assert(
      fc.property(
        word,
        fc.array(fc.tuple(arg, fc.boolean()), { maxLength: 5 }),
        fc.array(arg, { maxLength: 3 }),
        (program, parts, extra) => {
          const command = [program, ...parts.map(([a]) => a), ...extra].join(" ");
          const pattern = [
            program,
            ...parts.map(([a, star]) => (star ? "*" : a)),
            ...(extra.length ? ["*"] : []),
          ].join(" ");
          for (const behavior of ["deny", "ask", "allow"] as const) {
            const r = decide(
              rulesFrom({ [behavior]: [`Bash(${pattern})`] }),
              { tool_name: "Bash", tool_input: { command }, cwd: "/repo" },
              ctx,
            );
            expect(r.decision, `${pattern} vs ${command}`).toBe(behavior);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("Bash deny: also as a part of a compound command, behind wrappers and sudo", () => {
    fc.assert(
      fc.property(
        word,
        fc.array(arg, { maxLength: 3 }),
        fc.constantFrom("ls && ", "true; ", "echo x | ", "sudo ", "timeout 5 ", "FOO=1 ", "(", "echo $("),
        (program, args, prefix) => {
          const command = [program, ...args].join(" ");
          const wrapped = prefix.endsWith("(") ? `${prefix}${command})` : `${prefix}${command}`;
          const r = decide(
            rulesFrom({ deny: [`Bash(${program} *)`, `Bash(${program})`] }),
            { tool_name: "Bash", tool_input: { command: wrapped }, cwd: "/repo" },
            ctx,
          );
          expect(r.decision, wrapped).toBe("deny");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("Read/Edit: every anchor", () => {
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.array(segment, { maxLength: 2 }),
        fc.constantFrom("absolute", "home", "cwd", "settings", "bare"),
        fc.constantFrom("Read", "Edit"),
        fc.constantFrom("deny", "ask", "allow"),
        (segs, below, anchor, tool, behavior) => {
          const rel = segs.join("/");
          const [spec, base] =
            anchor === "absolute"
              ? [`//${rel}`, ""]
              : anchor === "home"
                ? [`~/${rel}`, "/home/u"]
                : anchor === "cwd"
                  ? [`./${rel}`, "/repo"]
                  : anchor === "settings"
                    ? [`/${rel}`, "/repo"]
                    : [segs.at(-1) as string, "/repo/deep/er"];
          const path = [base, anchor === "bare" ? segs.at(-1) : rel, ...below].join("/");
          const rules = rulesFrom({ [behavior]: [`${tool}(${spec})`] }, { scope: "project", root: "/repo" });
          const call = { tool_name: tool, tool_input: { file_path: path }, cwd: "/repo" };
          expect(decide(rules, call, ctx).decision, `${tool}(${spec}) vs ${path}`).toBe(behavior);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("WebFetch domains and MCP tools", () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 4 }),
        word,
        fc.boolean(),
        word,
        word,
        (labels, sub, wildcard, server, toolName) => {
          const host = labels.join(".");
          const rule = wildcard ? `WebFetch(domain:*.${host})` : `WebFetch(domain:${host.toUpperCase()})`;
          const url = `https://${wildcard ? `${sub}.` : ""}${host}/x`;
          expect(
            decide(rulesFrom({ deny: [rule] }), { tool_name: "WebFetch", tool_input: { url } }, ctx).decision,
          ).toBe("deny");
          for (const mcp of [`mcp__${server}`, `mcp__${server}__*`, `mcp__${server}__${toolName}`]) {
            expect(
              decide(rulesFrom({ allow: [mcp] }), { tool_name: `mcp__${server}__${toolName}` }, ctx).decision,
            ).toBe("allow");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
