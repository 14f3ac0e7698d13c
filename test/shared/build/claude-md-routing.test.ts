import { beforeAll, describe, expect, it } from "vitest";
import { compilePolicy, inlineClaudeMd, readPolicyFiles } from "../../../shared/build/index.js";
import { EXAMPLE_OPTIONS, EXAMPLE_REPO } from "./helpers.js";

let files: Record<string, string>;
beforeAll(async () => {
  files = await readPolicyFiles(EXAMPLE_REPO);
});

describe("managed CLAUDE.md imports", () => {
  it("inlines a relative @path import (the example's project template), not imports inside code", () => {
    const r = inlineClaudeMd("claude-md/project-template.md", files);
    expect(r.diagnostics).toEqual([]);
    expect(r.files).toEqual(["claude-md/project-template.md", "claude-md/docs/architecture.md"]);
    expect(r.text).toContain((files["claude-md/docs/architecture.md"] as string).split("\n")[0]);
    expect(r.text).not.toMatch(/^@docs\/architecture\.md$/m);
    expect(r.text).toContain("`@~/...`");
  });

  it("follows at most 4 hops and reports cycles and outside paths at their line", () => {
    const chain = {
      "a.md": "@b.md\n",
      "b.md": "@c.md\n",
      "c.md": "@d.md\n",
      "d.md": "@e.md\n",
      "e.md": "@f.md\n",
      "f.md": "end\n",
      "loop.md": "x\n@loop.md\n",
      "home.md": "```\n@inside.md\n```\n@~/notes.md\n",
    };
    expect(inlineClaudeMd("a.md", chain).diagnostics[0]?.message).toMatch(/more than 4 hops/);
    expect(inlineClaudeMd("loop.md", chain).diagnostics[0]).toMatchObject({ file: "loop.md", line: 2 });
    const home = inlineClaudeMd("home.md", chain);
    expect(home.diagnostics).toMatchObject([
      { file: "home.md", line: 4, message: expect.stringMatching(/outside the policy repository/) },
    ]);
  });
});

describe("routing regions", () => {
  it("builds the EU region for Vertex: env, Vertex ids per role", () => {
    const r = compilePolicy(files, { ...EXAMPLE_OPTIONS, region: "eu" });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const dev = JSON.parse(
      r.outputs.find((o) => o.path === "developers/managed-settings.json")?.content ?? "{}",
    );
    expect(dev.env).toMatchObject({
      CLAUDE_CODE_USE_VERTEX: "1",
      CLOUD_ML_REGION: "europe-west1",
      ANTHROPIC_VERTEX_PROJECT_ID: "acme-ai-eu",
      ANTHROPIC_DEFAULT_SONNET_MODEL: "claude-sonnet-5",
      ANTHROPIC_DEFAULT_HAIKU_MODEL: "claude-haiku-4-5@20251001",
    });
    expect(dev.env.CLAUDE_CODE_USE_BEDROCK).toBeUndefined();
    expect(dev.env.ANTHROPIC_DEFAULT_OPUS_MODEL).toBeUndefined();
    expect(dev.availableModels).toEqual(["claude-sonnet-5", "claude-haiku-4-5@20251001"]);
    expect(dev.model).toBe("claude-sonnet-5");
    expect(dev.awsAuthRefresh).toBeUndefined();
  });

  it("builds APAC (direct to Anthropic) with first-party ids and no provider env", () => {
    const r = compilePolicy(files, { ...EXAMPLE_OPTIONS, region: "apac" });
    const admin = JSON.parse(
      r.outputs.find((o) => o.path === "engineering-admins/managed-settings.json")?.content ?? "{}",
    );
    expect(admin.availableModels).toEqual([
      "claude-opus-5",
      "claude-opus-4-7",
      "claude-sonnet-5",
      "claude-sonnet-4-6",
      "claude-haiku-4-5-20251001",
    ]);
    expect(Object.keys(admin.env).filter((k) => /BEDROCK|VERTEX|ANTHROPIC_DEFAULT/.test(k))).toEqual([]);
  });

  it("a whole file marked Steward-only is not compiled (routing ignored, no geo error)", () => {
    const r = compilePolicy(files, {
      ...EXAMPLE_OPTIONS,
      region: undefined,
      stewardOnly: ["model-policy.json"],
    });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const c = JSON.parse(
      r.outputs.find((o) => o.path === "contractors/managed-settings.json")?.content ?? "{}",
    );
    expect(c.env.CLAUDE_CODE_USE_BEDROCK).toBeUndefined();
    expect(c.availableModels).toEqual(["claude-haiku-4-5-20251001"]);
  });
});
