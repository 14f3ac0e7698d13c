// Every action declares its inputs once (inputs.ts INPUTS), and that list is
// exactly the inputs of its action.yml: nothing read that the runner would
// never pass, nothing documented that the action ignores.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { recordingGetter } from "../../shared/inputs/parse.js";
import { REPO_ROOT } from "../harness/run-action.js";

const actions = readdirSync(join(REPO_ROOT, "actions")).filter((a) =>
  existsSync(join(REPO_ROOT, "actions", a, "action.yml")),
);

describe.each(actions)("actions/%s", (name) => {
  const dir = join(REPO_ROOT, "actions", name);
  const meta = parseYaml(readFileSync(join(dir, "action.yml"), "utf8"));
  const declared = Object.keys(meta.inputs ?? {}).sort();

  it("runs on node24 from dist/index.js, with branding and documented inputs and outputs", () => {
    expect(meta.runs).toMatchObject({ using: "node24", main: "dist/index.js" });
    expect(meta.branding?.icon).toBeTruthy();
    for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
      expect((spec as { description?: string }).description, `input ${input}`).toBeTruthy();
    }
    for (const [output, spec] of Object.entries(meta.outputs ?? {})) {
      expect((spec as { description?: string }).description, `output ${output}`).toBeTruthy();
    }
  });

  it("INPUTS in inputs.ts equals the inputs of action.yml, and parseInputs reads only those", async () => {
    const mod = await import(join(dir, "inputs.ts"));
    expect([...mod.INPUTS].sort()).toEqual(declared);
    const defaults = Object.fromEntries(
      Object.entries(meta.inputs ?? {}).map(([k, v]) => [
        k,
        String((v as { default?: string }).default ?? ""),
      ]),
    );
    const get = recordingGetter(defaults);
    try {
      mod.parseInputs(get);
    } catch {
      // required inputs without defaults may throw; the names read are still recorded
    }
    for (const read of get.names) expect(declared, `read undeclared input "${read}"`).toContain(read);
  });

  it("main.ts reads inputs only through parseInputs", () => {
    const main = readFileSync(join(dir, "main.ts"), "utf8");
    expect(main).not.toMatch(/core\.getInput\(|getBooleanInput\(|getMultilineInput\(/);
    expect(main).toMatch(/parseInputs\(/);
  });
});

describe("the root action.yml", () => {
  it("is the policy-lint action, with the same inputs, outputs and entry point", () => {
    const root = parseYaml(readFileSync(join(REPO_ROOT, "action.yml"), "utf8"));
    const lint = parseYaml(readFileSync(join(REPO_ROOT, "actions/policy-lint/action.yml"), "utf8"));
    expect(root.runs.main).toBe("actions/policy-lint/dist/index.js");
    expect({ ...root, runs: { ...root.runs, main: "dist/index.js" } }).toEqual(lint);
  });
});
