// Real-world settings files (some broken) from ../shared/corpus/settings: each lints without
// an exception, with positions, and a file that is not strict JSON gets a json/* error.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleInfo } from "../../../shared/policy/rules/catalog.js";
import { REPO_ROOT } from "../../harness/run-action.js";
import { lint } from "./helpers.js";

const dir = join(REPO_ROOT, "../shared/corpus/settings");
const present = existsSync(dir);

describe.skipIf(!present)("corpus of real settings files", () => {
  const names = present ? readdirSync(dir).sort() : [];

  it("lints every file as the kind its name says, with known rules and positions", () => {
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const text = readFileSync(join(dir, name), "utf8");
      const path = name.includes("managed-settings") ? "managed-settings.json" : ".claude/settings.json";
      const r = lint({ [path]: text });
      for (const f of r.findings) {
        expect(ruleInfo(f.ruleId), `${name}: ${f.ruleId}`).toBeDefined();
        expect(f.line, `${name}: ${f.ruleId} ${f.message}`).toBeGreaterThan(0);
      }
      let strict = true;
      try {
        JSON.parse(text);
      } catch {
        strict = false;
      }
      if (!strict)
        expect(
          r.findings.some((f) => f.ruleId.startsWith("json/")),
          name,
        ).toBe(true);
    }
  });
});
