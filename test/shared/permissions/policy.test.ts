import { describe, expect, it } from "vitest";
import {
  diffPolicies,
  evaluateProbes,
  isLoosening,
  PROBES,
  permissionMatrix,
  renderPolicyDiffMarkdown,
  rulesFrom,
} from "../../../shared/permissions/index.js";

const src = (file: string) => ({ scope: "managed" as const, file });

describe("probe set", () => {
  it("has unique ids and covers every sensitive category", () => {
    expect(new Set(PROBES.map((p) => p.id)).size).toBe(PROBES.length);
    const categories = new Set(PROBES.map((p) => p.category));
    for (const c of [
      "secrets",
      "cloud-credentials",
      "network",
      "destructive",
      "publishing",
      "force-push",
      "privilege-escalation",
      "outside-project",
      "mcp",
    ]) {
      expect(categories.has(c as never), c).toBe(true);
    }
  });

  it("an empty policy decides nothing; a deny-all denies everything", () => {
    expect(evaluateProbes([]).every((r) => r.decision === "none")).toBe(true);
    expect(evaluateProbes(rulesFrom({ deny: ["*"] })).every((r) => r.decision === "deny")).toBe(true);
  });

  it("shows the seed's Read(./.env*) deny misses nested .env files and scripts", () => {
    const results = new Map(
      evaluateProbes(rulesFrom({ deny: ["Read(./.env*)"] })).map((r) => [r.probe.id, r.decision]),
    );
    expect(results.get("secrets/read-dotenv")).toBe("deny");
    expect(results.get("secrets/cat-dotenv")).toBe("deny");
    expect(results.get("secrets/read-dotenv-nested")).toBe("none");
    expect(results.get("secrets/python-open-dotenv")).toBe("none");
  });
});

describe("permissionMatrix and diffPolicies", () => {
  const base = [
    {
      role: "dev",
      rules: rulesFrom(
        { deny: ["Bash(git push --force *)"], allow: ["Bash(git *)"] },
        src("base/roles.json"),
      ),
    },
    { role: "ops", rules: rulesFrom({ allow: ["Bash(terraform *)"] }, src("base/roles.json")) },
  ];
  const head = [
    {
      role: "dev",
      rules: rulesFrom({ deny: ["Bash(git push *)"], allow: ["Bash(git *)"] }, src("head/roles.json")),
    },
    { role: "qa", rules: rulesFrom({ allow: ["Read"] }, src("head/roles.json")) },
  ];

  it("builds one cell per role and probe", () => {
    const m = permissionMatrix(base);
    expect(m.roles).toEqual(["dev", "ops"]);
    expect(m.rows).toHaveLength(PROBES.length);
    const push = m.rows.find((r) => r.probe.id === "force-push/git-push-force");
    expect(push?.cells.map((c) => c.decision)).toEqual(["deny", "none"]);
  });

  it("lists changed probes and added/removed rules per role", () => {
    const diff = diffPolicies(base, head);
    expect(diff.roles.map((r) => [r.role, r.status])).toEqual([
      ["dev", "changed"],
      ["ops", "removed"],
      ["qa", "added"],
    ]);
    const dev = diff.roles[0];
    const changed = new Map(dev?.changes.map((c) => [c.probe.id, `${c.before}->${c.after}`]));
    expect(changed.get("force-push/git-push-f")).toBe("allow->deny");
    expect(changed.get("force-push/git-push")).toBe("allow->deny");
    expect(changed.has("force-push/git-push-force")).toBe(false);
    expect(dev?.rulesAdded.map((r) => r.text)).toEqual(["Bash(git push *)"]);
    expect(dev?.rulesRemoved.map((r) => r.text)).toEqual(["Bash(git push --force *)"]);
    expect(dev?.changes.every((c) => !isLoosening(c))).toBe(true);
    expect(
      diff.roles[1]?.changes.some(
        (c) => c.probe.id === "destructive/terraform-destroy" && c.after === "none",
      ),
    ).toBe(true);
  });

  it("reports no change for identical policies and renders markdown", () => {
    expect(diffPolicies(base, base).roles.every((r) => r.status === "unchanged")).toBe(true);
    expect(renderPolicyDiffMarkdown(diffPolicies(base, base))).toContain("No effective permission changes");
    const md = renderPolicyDiffMarkdown(diffPolicies(base, head));
    expect(md).toContain("### Role `dev`");
    expect(md).toContain("| git push -f (`force-push/git-push-f`) | allow | **deny** |");
    expect(md).toContain("head/roles.json");
  });
});
