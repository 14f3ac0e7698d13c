// The rule catalog, the rules' code, the docs pages and the tests stay in step.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FINDING_CATALOG } from "../../../shared/permissions/index.js";
import {
  PERMISSION_DIAGNOSTIC_CODES,
  RULES,
  ruleDocPath,
  ruleInfo,
} from "../../../shared/policy/rules/catalog.js";
import { REPO_ROOT } from "../../harness/run-action.js";

function sources(dir: string): string {
  let text = "";
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) text += sources(abs);
    else if (name.endsWith(".ts")) text += readFileSync(abs, "utf8");
  }
  return text;
}

const code = sources(join(REPO_ROOT, "shared/policy"));
const tests = sources(join(REPO_ROOT, "test/shared/policy"));
const own = RULES.filter((r) => !r.id.startsWith("permissions/"));
const FAMILIES =
  "json|file|discover|schema|settings|hooks|models|quotas|keys|network|retention|claude-md|secrets|policy|config";

describe("rule catalog", () => {
  it("has unique ids in family/name form", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
  });

  it("has a docs page for every rule, and every page belongs to a rule", () => {
    for (const r of RULES)
      expect(existsSync(join(REPO_ROOT, ruleDocPath(r.id))), ruleDocPath(r.id)).toBe(true);
    const pages = new Set(RULES.map((r) => ruleDocPath(r.id)));
    for (const name of readdirSync(join(REPO_ROOT, "docs/rules"))) {
      if (name === "README.md") continue;
      expect(pages.has(`docs/rules/${name}`), name).toBe(true);
    }
  });

  it("lists every rule in docs/rules/README.md with its severity", () => {
    const readme = readFileSync(join(REPO_ROOT, "docs/rules/README.md"), "utf8").replace(/ +/g, " ");
    for (const r of own)
      expect(readme).toContain(`| [\`${r.id}\`](${r.id.replace("/", "-")}.md) | ${r.severity} |`);
  });

  it("every docs page states the catalog's severity", () => {
    for (const r of own) {
      expect(readFileSync(join(REPO_ROOT, ruleDocPath(r.id)), "utf8"), r.id).toContain(
        `Default severity: **${r.severity}**`,
      );
    }
  });

  it("every rule id the code reports is in the catalog, and every catalog rule is reported by the code", () => {
    const literal = new RegExp(`"((?:${FAMILIES})/[a-z0-9-]+)"`, "g");
    const used = new Set([...code.matchAll(literal)].map((m) => m[1] as string));
    for (const id of used) expect(ruleInfo(id), id).toBeDefined();
    for (const r of own) expect(code.split(`"${r.id}"`).length - 1, r.id).toBeGreaterThanOrEqual(2);
  });

  it("mirrors the permission engine's finding ids and diagnostic codes", () => {
    for (const id of Object.keys(FINDING_CATALOG)) expect(ruleInfo(id), id).toBeDefined();
    const parse = readFileSync(join(REPO_ROOT, "shared/permissions/parse.ts"), "utf8");
    const engineCodes = new Set([...parse.matchAll(/diag\(\s*"([a-z-]+)"/g)].map((m) => m[1]));
    expect([...engineCodes].sort()).toEqual([...PERMISSION_DIAGNOSTIC_CODES].sort());
  });

  it("every own rule is exercised by a test", () => {
    for (const r of own.filter((x) => !x.id.startsWith("json/") && x.id !== "file/unreadable")) {
      expect(tests.includes(r.id), r.id).toBe(true);
    }
  });
});
