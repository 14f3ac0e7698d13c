// The committed CLI bundle, run as a user runs it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../harness/run-action.js";

const bin = join(REPO_ROOT, "dist/cli/index.js");
const steward = (args: string[], cwd = REPO_ROOT) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  });

describe("steward (bundle)", () => {
  it("prints help and version", () => {
    expect(steward(["--help"]).stdout).toContain("Usage: steward <command>");
    expect(steward(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("lints the example policy repository with exit 0", () => {
    const r = steward(["lint", "examples/policy-repo"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/files checked: 0 errors/);
    expect(r.status).toBe(0);
  });

  it("prints JSON findings with ruleId, severity, file, line, column and message", () => {
    const r = steward(["lint", "test/fixtures/lint/broken", "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(r.status).toBe(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: "json/trailing-comma",
      severity: "error",
      file: "managed-settings.json",
      line: 4,
      column: 23,
    });
    expect(typeof report.findings[0].message).toBe("string");
  });

  it("exits 2 with a clear message for a directory that does not exist", () => {
    const r = steward(["lint", "nope"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Policy directory not found/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
