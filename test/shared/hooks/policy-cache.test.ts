// The compiled-policy cache decides exactly like the parsed policy: the stored match index
// restored lazily (shared/permissions restoreRuleSet) against compiling every rule, on the
// conformance table, the probe set and a generated 1,000-rule policy.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hookCalls, writeHookPolicy } from "../../../bench/generators/hook-policy.js";
import { loadHookPolicy, policyCachePath, rulesOf, storedRuleSet } from "../../../shared/hooks/policy.js";
import { compileRules, decide, restoreRuleSet, ruleSetIndex } from "../../../shared/permissions/match.js";
import { PROBE_HOME, PROBES } from "../../../shared/permissions/probes.js";
import { rulesFrom } from "../../../shared/permissions/rules.js";
import type { PermissionRule, ToolCall } from "../../../shared/permissions/types.js";
import { CONFORMANCE_CASES, HOME } from "../permissions/conformance-cases.js";
import { POLICY, tempDir } from "./io.js";

/** What a decision says, comparable across rule objects. */
const outcome = (r: ReturnType<typeof decide>) => ({
  decision: r.decision,
  rule: r.rule ? { text: r.rule.text, behavior: r.rule.behavior, source: r.rule.source } : undefined,
  reason: r.reason,
});

/** The stored form of compiled rules, through JSON as on disk. */
function roundTrip(rules: readonly PermissionRule[]) {
  const index = JSON.parse(JSON.stringify(ruleSetIndex(compileRules(rules))));
  return restoreRuleSet({ index, length: rules.length, ruleAt: (i) => rules[i] as PermissionRule });
}

const hookCall = (stdin: string): ToolCall => {
  const v = JSON.parse(stdin) as { tool_name: string; tool_input: unknown; cwd: string };
  return { tool_name: v.tool_name, tool_input: v.tool_input, cwd: v.cwd };
};

describe("restoreRuleSet", () => {
  it("decides every conformance case like compileRules, explanations included", () => {
    for (const c of CONFORMANCE_CASES) {
      const rules = rulesFrom(c.rules, { scope: c.scope ?? "project", root: "/repo", file: "s.json" });
      const compiled = decide(compileRules(rules), c.call, { home: HOME }, { explain: true });
      const restored = decide(roundTrip(rules), c.call, { home: HOME }, { explain: true });
      expect(outcome(restored)).toEqual(outcome(compiled));
      expect(restored.considered?.map((x) => [x.rule.text, x.matched])).toEqual(
        compiled.considered?.map((x) => [x.rule.text, x.matched]),
      );
    }
  });

  it("keeps a key named like an Object.prototype property a key", () => {
    const rules = rulesFrom({ deny: ["Read(**/__proto__/**)", "Bash(constructor *)"] });
    const set = roundTrip(rules);
    expect(
      decide(set, { tool_name: "Read", tool_input: { file_path: "/r/__proto__/x" } }, { home: "/h" })
        .decision,
    ).toBe("deny");
    expect(
      decide(set, { tool_name: "Bash", tool_input: { command: "constructor a" } }, { home: "/h" }).decision,
    ).toBe("deny");
    expect(
      decide(set, { tool_name: "Read", tool_input: { file_path: "/r/toString" } }, { home: "/h" }).decision,
    ).toBe("none");
  });
});

describe("the compiled-policy cache", () => {
  const calls = [...PROBES.map((p) => p.call), ...hookCalls().map((c) => hookCall(c.stdin))];

  async function sameDecisions(dir: string): Promise<number> {
    const parsed = (await loadHookPolicy(dir, { cache: "read-write" })).policy;
    const loaded = await loadHookPolicy(dir, { cache: "read" });
    expect(loaded.cached).toBe(true);
    let n = 0;
    for (const role of [null, ...parsed.roleInfo.map((r) => r.name)]) {
      const rules = rulesOf(parsed, role);
      const stored = storedRuleSet(loaded.policy, role);
      expect(stored === undefined).toBe(rules === undefined);
      if (!rules || !stored) continue;
      const compiled = compileRules(rules);
      const restored = restoreRuleSet(stored);
      for (const call of calls) {
        expect(outcome(decide(restored, call, { home: PROBE_HOME }))).toEqual(
          outcome(decide(compiled, call, { home: PROBE_HOME })),
        );
        n++;
      }
      // the role's whole rule list, built on demand, is the parsed one
      expect(rulesOf(loaded.policy, role)).toEqual(rules);
    }
    return n;
  }

  it("decides like the parsed example policy for every role, probe and hook call", async () => {
    const dir = join(tempDir(), "policy");
    cpSync(POLICY, dir, { recursive: true });
    expect(await sameDecisions(dir)).toBeGreaterThan(100);
  });

  it("decides like the parsed policy with 1,000 rules", async () => {
    expect(await sameDecisions(writeHookPolicy(join(tempDir(), "policy"), 1000))).toBeGreaterThan(100);
  });

  it("is ignored when cut short or when a line's length changed", async () => {
    const dir = join(tempDir(), "policy");
    cpSync(POLICY, dir, { recursive: true });
    await loadHookPolicy(dir, { cache: "read-write" });
    const file = policyCachePath(dir, true);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, -200));
    expect((await loadHookPolicy(dir, { cache: "read" })).cached).toBe(false);
    writeFileSync(file, text.replace('"Bash(curl *)"', '"Bash(curl  *)"'));
    expect((await loadHookPolicy(dir, { cache: "read" })).cached).toBe(false);
    writeFileSync(file, text);
    expect((await loadHookPolicy(dir, { cache: "read" })).cached).toBe(true);
  });
});
