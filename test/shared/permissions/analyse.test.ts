import { describe, expect, it } from "vitest";
import {
  analyseRules,
  buildRules,
  covers,
  FINDING_CATALOG,
  type PermissionFinding,
  type PermissionRule,
  parseRule,
  rulesFrom,
} from "../../../shared/permissions/index.js";

const source = { scope: "project" as const, file: "settings.json", root: "/repo" };
const analyse = (lists: Parameters<typeof rulesFrom>[0], sandboxEnabled = true) =>
  analyseRules(rulesFrom(lists, source), { sandboxEnabled });
const ids = (findings: readonly PermissionFinding[]) => findings.map((f) => f.id);
const rule = (text: string, behavior: "allow" | "ask" | "deny" = "deny"): PermissionRule => ({
  ...(parseRule(text, behavior).rule as NonNullable<ReturnType<typeof parseRule>["rule"]>),
  behavior,
  source,
});

describe("analyseRules", () => {
  it("finds duplicates, including equivalent spellings", () => {
    const f = analyse({
      allow: ["Bash(npm test)", "Bash(npm test)", "Bash(git:*)", "Bash(git *)", "Read(*)", "Read"],
    });
    expect(ids(f).filter((id) => id === "permissions/duplicate-rule")).toHaveLength(3);
    expect(f[0]?.rules.map((r) => r.text)).toEqual(["Bash(npm test)", "Bash(npm test)"]);
  });

  it("finds allow rules shadowed by a broader deny, and by an ask", () => {
    const f = analyse({
      deny: ["Bash(git *)", "Read(**/.env)"],
      ask: ["WebFetch"],
      allow: ["Bash(git status)", "Read(./.env)", "WebFetch(domain:example.com)", "Bash(npm test)"],
    });
    const unreachable = f.filter((x) => x.id === "permissions/unreachable-rule");
    expect(unreachable.map((x) => x.rules.map((r) => r.text))).toEqual([
      ["Bash(git status)", "Bash(git *)"],
      ["Read(./.env)", "Read(**/.env)"],
      ["WebFetch(domain:example.com)", "WebFetch"],
    ]);
    expect(unreachable[0]?.hint).toMatch(/no allow exceptions/);
  });

  it("finds ask rules shadowed by a deny, but not an allow beside a narrower deny", () => {
    const f = analyse({ deny: ["mcp__github"], ask: ["mcp__github__create_issue"], allow: ["Bash(git *)"] });
    expect(ids(f)).toContain("permissions/unreachable-rule");
    expect(analyse({ deny: ["Bash(git push *)"], allow: ["Bash(git *)"] }).map((x) => x.id)).not.toContain(
      "permissions/unreachable-rule",
    );
  });

  it("reports rules that can never fire", () => {
    const f = analyse({ deny: ["Write(.env)", "Bash(command:rm *)"], allow: ["*", "Agent(model:haiku)"] });
    expect(ids(f).filter((i) => i === "permissions/inert-rule")).toHaveLength(4);
    expect(f.find((x) => x.rules[0]?.text === "Write(.env)")?.hint).toContain("Edit(.env)");
  });

  it("reports over-broad and runner allows", () => {
    for (const text of ["Bash", "Bash(*)", "Read(**)", "Edit(**)", "Read(//**)", "Edit"]) {
      expect(ids(analyse({ allow: [text] })), text).toContain("permissions/overbroad-allow");
    }
    expect(ids(analyse({ allow: ["Read(./**)"] }))).not.toContain("permissions/overbroad-allow");
    for (const text of ["Bash(npx *)", "Bash(docker exec *)", "Bash(devbox run *)", "Bash(python3 *)"]) {
      expect(ids(analyse({ allow: [text] })), text).toContain("permissions/runner-allow");
    }
    expect(ids(analyse({ allow: ["Bash(npx prettier --check .)"] }))).not.toContain(
      "permissions/runner-allow",
    );
  });

  it("reports known deny bypasses, naming the variants left open", () => {
    const rm = analyse({ deny: ["Bash(rm -rf *)"] }).find((x) => x.id === "permissions/deny-bypass");
    expect(rm?.message).toContain("`rm -fr build`");
    expect(rm?.message).toContain("`rm -r -f build`");
    expect(rm?.message).toContain("`find build -delete`");
    expect(rm?.message).not.toContain("`rm -rf build`");
    const curl = analyse({ deny: ["Bash(curl *)"] });
    const bypass = curl.find((x) => x.id === "permissions/deny-bypass");
    expect(bypass?.message).toContain("`wget https://example.com`");
    expect(bypass?.message).toContain("`curl`");
    expect(ids(curl)).toContain("permissions/deny-misses-bare-command");
    expect(ids(analyse({ deny: ["Bash(curl *)", "Bash(curl)"] }))).not.toContain(
      "permissions/deny-misses-bare-command",
    );
    const push = analyse({ deny: ["Bash(git push --force *)"] }).find(
      (x) => x.id === "permissions/deny-bypass",
    );
    expect(push?.message).toContain("`git push -f origin main`");
  });

  it("reports no bypass when every variant is denied", () => {
    const f = analyse({ deny: ["Bash(rm *)", "Bash(find *)", "Bash(python3 *)"] });
    expect(
      f.filter((x) => x.id === "permissions/deny-bypass" && x.message.includes("recursive delete")),
    ).toEqual([]);
  });

  it("reports network and file denies without the sandbox", () => {
    const f = analyse({ deny: ["WebFetch(domain:pastebin.com)", "Bash(curl *)", "Read(.env)"] }, false);
    expect(ids(f)).toContain("permissions/network-deny-without-sandbox");
    expect(ids(f)).toContain("permissions/file-deny-without-sandbox");
    const sandboxed = analyse({ deny: ["WebFetch(domain:pastebin.com)", "Read(.env)"] }, true);
    expect(ids(sandboxed)).not.toContain("permissions/network-deny-without-sandbox");
  });

  it("turns parse diagnostics into findings with their source", () => {
    const built = buildRules({ deny: ["Bsh(ls)", "Bash(:*)"] }, source);
    const f = analyseRules(built.rules, { diagnostics: built.diagnostics, sandboxEnabled: true });
    expect(ids(f)).toEqual(
      expect.arrayContaining(["permissions/rule-unknown-tool", "permissions/rule-colon-star-alone"]),
    );
    expect(f.find((x) => x.id === "permissions/rule-unknown-tool")?.rules[0]?.source.file).toBe(
      "settings.json",
    );
  });

  it("every finding has a catalogued or rule-syntax id, a hint and a rule", () => {
    const f = analyse(
      {
        deny: ["Bash(rm -rf *)", "Write(x)", "Bash(curl *)"],
        allow: ["Bash", "Bash(rm -rf x)", "Bash(npx *)"],
      },
      false,
    );
    expect(f.length).toBeGreaterThan(4);
    for (const x of f) {
      expect(FINDING_CATALOG[x.id] !== undefined || x.id.startsWith("permissions/rule-")).toBe(true);
      expect(x.hint.length).toBeGreaterThan(5);
      expect(x.rules.length).toBeGreaterThan(0);
    }
  });
});

describe("covers", () => {
  it.each([
    ["Bash(git *)", "Bash(git push *)", true],
    ["Bash(git push *)", "Bash(git *)", false],
    ["Bash(git * main)", "Bash(git push origin main)", true],
    ["Bash", "Bash(anything)", true],
    ["*", "mcp__x__y", true],
    ["mcp__*", "mcp__x", true],
    ["mcp__github", "mcp__github__get_issue", true],
    ["mcp__github__get_*", "mcp__github__get_issue", true],
    ["mcp__github__get_issue", "mcp__github", false],
    ["WebFetch(domain:*.example.com)", "WebFetch(domain:a.example.com)", true],
    ["WebFetch(domain:*.example.com)", "WebFetch(domain:example.com)", false],
    ["Read(.env)", "Read(./config/.env)", true],
    ["Read(./config/**)", "Read(.env)", false],
    ["Read(//etc/**)", "Read(//etc/passwd)", true],
    ["Read(~/.ssh)", "Read(~/.ssh/id_rsa)", true],
    ["Read(**)", "Edit(./src/**)", true],
    ["Edit(**)", "Read(./src/**)", false],
    ["Agent(*)", "Agent(Explore)", true],
  ] as const)("%s covers %s: %s", (a, b, expected) => {
    expect(covers(rule(a), rule(b, "allow"))).toBe(expected);
  });
});
