// The example policy repository lints without errors; the bundled e2e scenarios keep their counts.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RecordingLogger } from "../../../shared/logging.js";
import { lintPolicyDirectory } from "../../../shared/policy/lint.js";
import { REPO_ROOT } from "../../harness/run-action.js";
import { json, lint } from "./helpers.js";

describe("examples/policy-repo", () => {
  it("lints with no errors, and every JSON file has a known kind", async () => {
    const r = await lintPolicyDirectory(join(REPO_ROOT, "examples/policy-repo"), new RecordingLogger(), {
      now: () => new Date("2026-11-25T12:00:00Z"),
    });
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.fileKinds.filter((k) => k.kind === "unknown-json")).toEqual([]);
    expect(r.files).toContain("managed-settings.json");
  });
});

describe("a settings file that is not strict JSON", () => {
  it("reports only its syntax: Claude Code drops the whole file, so nothing else in it is in force", () => {
    const r = lint({
      "managed-settings.json":
        '{\n  "permissions": {\n    "deny": [\n      "Bash(rm -rf *)",\n    ]\n  }\n}\n',
      "role-mappings.json": json({ roleMappings: {} }),
    });
    expect(r.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([["json/trailing-comma", 4, 23]]);
    expect(r.counts).toEqual({ error: 1, warning: 0, note: 0 });
  });
});
