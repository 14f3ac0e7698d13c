// The committed policy-lint bundle, run the way the GitHub runner runs it.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runAction } from "../harness/run-action.js";

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "steward-ws-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(ws, path, ".."), { recursive: true });
    writeFileSync(join(ws, path), text);
  }
  return ws;
}

describe("actions/policy-lint (bundle)", () => {
  it("reports a broken JSON file as an error annotation at its line and column, with a summary and exit code 1", async () => {
    const workspace = await workspaceWith({
      "policy/managed-settings.json":
        '{\n  "permissions": {\n    "deny": [\n      "Bash(rm -rf *)",\n    ]\n  }\n}\n',
      "policy/role-mappings.json": '{ "roleMappings": {} }\n',
    });
    const r = await runAction("policy-lint", { workspace, inputs: { path: "policy" } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        file: "policy/managed-settings.json",
        line: 4,
        col: 23,
        title: "json/trailing-comma",
      }),
    );
    expect(r.outputs).toMatchObject({ errors: "1", warnings: "0" });
    expect(r.summary).toContain("Steward policy lint");
    expect(r.summary).toContain("policy/managed-settings.json".slice(7));
    expect(r.stderr).toBe("");
  });

  it("passes on the example policy repository with exit code 0", async () => {
    const workspace = await mkdtemp(join(tmpdir(), "steward-ws-"));
    cpSync(join(REPO_ROOT, "examples/policy-repo"), workspace, { recursive: true });
    const r = await runAction("policy-lint", { workspace });
    expect(r.exitCode).toBe(0);
    expect(r.annotations.filter((a) => a.level === "error")).toEqual([]);
    expect(r.outputs.errors).toBe("0");
  });

  it("writes the JSON report when asked and names it in an output", async () => {
    const workspace = await workspaceWith({ "settings.json": "{ // no\n}" });
    const r = await runAction("policy-lint", {
      workspace,
      inputs: { "report-file": "lint.json", "fail-on": "never" },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs["report-file"]).toBe(join(workspace, "lint.json"));
  });

  it("rejects a bad fail-on value as a configuration error without a stack trace", async () => {
    const r = await runAction("policy-lint", { inputs: { "fail-on": "sometimes" } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]).toMatchObject({ level: "error" });
    expect(r.annotations[0]?.message).toContain("fail-on must be one of error, warning, never");
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it("fails with a clear message when the policy directory does not exist", async () => {
    const r = await runAction("policy-lint", { inputs: { path: "no/such/dir" } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/Policy directory not found/);
  });

  it("stays within GitHub's 10 error annotations per step (9 findings + the failure) and lists the rest in the summary", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 14; i++) files[`f${String(i).padStart(2, "0")}.json`] = '{"a": 1,}';
    const r = await runAction("policy-lint", { workspace: await workspaceWith(files) });
    expect(r.annotations.filter((a) => a.level === "error")).toHaveLength(10);
    expect(r.annotations.filter((a) => a.level === "error" && a.file)).toHaveLength(9);
    expect(r.outputs.errors).toBe("14");
    for (let i = 0; i < 14; i++) expect(r.summary).toContain(`f${String(i).padStart(2, "0")}.json`);
  });
});
