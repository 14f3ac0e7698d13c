// Every action input and output is documented where users look: the action's
// README. Tables between markers are generated (node scripts/action-docs.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { REPO_ROOT } from "../harness/run-action.js";

const actions = readdirSync(join(REPO_ROOT, "actions")).filter((a) =>
  existsSync(join(REPO_ROOT, "actions", a, "action.yml")),
);

describe("action READMEs", () => {
  it.each(actions)("actions/%s/README.md names every input and output", (name) => {
    const readme = readFileSync(join(REPO_ROOT, "actions", name, "README.md"), "utf8");
    const meta = parseYaml(readFileSync(join(REPO_ROOT, "actions", name, "action.yml"), "utf8"));
    for (const key of [...Object.keys(meta.inputs ?? {}), ...Object.keys(meta.outputs ?? {})]) {
      expect(readme, `${key} is not documented`).toContain(`\`${key}\``);
    }
  });

  it("generated tables are up to date (node scripts/action-docs.mjs)", () => {
    expect(() =>
      execFileSync(process.execPath, [join(REPO_ROOT, "scripts/action-docs.mjs"), "--check"], {
        encoding: "utf8",
      }),
    ).not.toThrow();
  });
});
