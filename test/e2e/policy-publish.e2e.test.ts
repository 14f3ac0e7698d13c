// The policy-publish bundle, run the way the GitHub runner runs it, on a copy of the example policy repo.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INPUTS } from "../../actions/policy-publish/inputs.js";
import { sha256Hex } from "../../shared/build/index.js";
import { REPO_ROOT, readActionMetadata, runAction } from "../harness/run-action.js";

const ORG = "3f1c9a2e-7b4d-4e8a-9c1f-2a6b8d0e4f13";
const INPUT_SET = { path: "policy", region: "us", "steward-only": "model-policy.json#/modelPolicy/rules" };

async function exampleWorkspace(): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), "steward-publish-"));
  cpSync(join(REPO_ROOT, "examples/policy-repo"), join(ws, "policy"), { recursive: true });
  return ws;
}

describe("actions/policy-publish (bundle)", () => {
  it("declares exactly the inputs it parses", async () => {
    const { meta } = await readActionMetadata("policy-publish");
    expect(Object.keys(meta.inputs).sort()).toEqual([...INPUTS].sort());
  });

  it("lints, builds and packs the example repo: manifest, artifact, digest outputs; same bytes on a second publish", async () => {
    const ws = await exampleWorkspace();
    const env = { ANTHROPIC_ORGANIZATION_ID: ORG };
    const r = await runAction("policy-publish", { workspace: ws, inputs: INPUT_SET, env });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      manifest: "steward-build/build-manifest.json",
      artifact: "steward-build.tar.gz",
      "build-dir": "steward-build",
      "policy-version": "2026.11",
      roles: "contractors,developers,engineering-admins,security-reviewers",
    });
    const tar = readFileSync(join(ws, "steward-build.tar.gz"));
    expect(r.outputs.digest).toBe(sha256Hex(tar));
    const manifest = JSON.parse(await readFile(join(ws, "steward-build/build-manifest.json"), "utf8"));
    expect(manifest.commit).toBe("0123456789abcdef0123456789abcdef01234567");
    expect(manifest.policyVersion).toBe("2026.11");
    // the build equals the golden build (same commit)
    expect(await readFile(join(ws, "steward-build/build-manifest.json"), "utf8")).toBe(
      readFileSync(join(REPO_ROOT, "test/fixtures/build/example/build-manifest.json"), "utf8"),
    );
    for (const o of manifest.outputs) {
      expect(sha256Hex(readFileSync(join(ws, "steward-build", o.path))), o.path).toBe(o.sha256);
    }
    expect(r.summary).toContain("Policy 2026.11 published");
    expect(r.annotations.filter((a) => a.level === "error")).toEqual([]);
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        title: "build/not-compiled",
        file: "policy/model-policy.json",
      }),
    );

    // publishing the same commit again (fresh workspace) gives the same bytes
    const ws2 = await exampleWorkspace();
    const r2 = await runAction("policy-publish", { workspace: ws2, inputs: INPUT_SET, env });
    expect(r2.outputs.digest).toBe(r.outputs.digest);
    expect(Buffer.compare(readFileSync(join(ws2, "steward-build.tar.gz")), tar)).toBe(0);
  }, 60_000);

  it("writes a server-managed payload for one role", async () => {
    const ws = await exampleWorkspace();
    const r = await runAction("policy-publish", {
      workspace: ws,
      inputs: { ...INPUT_SET, "payload-role": "developers" },
      env: { ANTHROPIC_ORGANIZATION_ID: ORG },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs["payload-file"]).toBe("steward-build-server-managed-developers.json");
    expect(readFileSync(join(ws, r.outputs["payload-file"] as string), "utf8")).toBe(
      readFileSync(join(REPO_ROOT, "test/fixtures/build/example/developers/managed-settings.json"), "utf8"),
    );
  }, 60_000);

  it("fails with an annotation when lint has errors, and builds nothing", async () => {
    const ws = await exampleWorkspace();
    writeFileSync(
      join(ws, "policy/managed-settings.json"),
      '{\n  "permissions": {\n    "deny": ["Bash(rm -rf *)",]\n  }\n}\n',
    );
    const r = await runAction("policy-publish", {
      workspace: ws,
      inputs: INPUT_SET,
      env: { ANTHROPIC_ORGANIZATION_ID: ORG },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        file: "policy/managed-settings.json",
        line: 3,
        title: "json/trailing-comma",
      }),
    );
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        message: expect.stringMatching(/Policy lint found \d+ error/),
      }),
    );
    expect(r.outputs.digest).toBeUndefined();
  }, 60_000);

  it("fails with an annotation at the source line when the build has errors", async () => {
    const ws = await exampleWorkspace();
    const r = await runAction("policy-publish", {
      workspace: ws,
      inputs: { ...INPUT_SET, region: "" },
      env: { ANTHROPIC_ORGANIZATION_ID: ORG },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        file: "policy/model-policy.json",
        line: 39,
        title: "build/not-expressible",
      }),
    );
    expect(r.outputs.digest).toBeUndefined();
  }, 60_000);
});
