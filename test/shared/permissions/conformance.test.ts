import { describe, expect, it } from "vitest";
import { decide, rulesFrom } from "../../../shared/permissions/index.js";
import { CONFORMANCE_CASES, HOME } from "./conformance-cases.js";

describe("conformance with claude-code.md", () => {
  it("has at least 300 cases, each citing the reference", () => {
    expect(CONFORMANCE_CASES.length).toBeGreaterThanOrEqual(300);
    for (const c of CONFORMANCE_CASES) expect(c.ref).toMatch(/^claude-code\.md §\d/);
  });

  it.each(CONFORMANCE_CASES.map((c, i) => [i, c] as const))("case %i", (_i, c) => {
    const rules = rulesFrom(c.rules, {
      scope: c.scope ?? "project",
      root: "/repo",
      file: ".claude/settings.json",
    });
    const result = decide(rules, c.call, { home: HOME });
    const input = JSON.stringify(c.call.tool_input);
    expect(result.decision, `${c.ref}\n${c.call.tool_name} ${input}\nrules ${JSON.stringify(c.rules)}`).toBe(
      c.expect,
    );
    if (c.rule !== undefined) expect(result.rule?.text).toBe(c.rule);
  });
});
