import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BuildOutput,
  type BuildResult,
  buildToDirectory,
  compilePolicy,
  createManifest,
  HONOURED_KEYS,
  readPolicyFiles,
  renderManifest,
} from "../../../shared/build/index.js";
import { nullLogger } from "../../../shared/logging.js";
import {
  diffPolicies,
  evaluateProbes,
  loadPolicyDirectory,
  rolePolicies,
} from "../../../shared/permissions/index.js";
import { lintPolicyDirectory, validators } from "../../../shared/policy/index.js";
import { parseJsonSource } from "../../../shared/policy/json-source.js";
import { COMMIT, EXAMPLE_OPTIONS, EXAMPLE_REPO, GOLDEN_DIR, ORG_UUID } from "./helpers.js";

let files: Record<string, string>;
let result: BuildResult;

beforeAll(async () => {
  files = await readPolicyFiles(EXAMPLE_REPO);
  result = compilePolicy(files, EXAMPLE_OPTIONS);
});

const settingsOf = (role: string) =>
  JSON.parse(result.outputs.find((o) => o.path === `${role}/managed-settings.json`)?.content ?? "null");

describe("the example policy repository", () => {
  it("compiles without errors (one warning: routing.fallback is not compiled)", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["build/not-compiled"]);
    expect(result.roles).toEqual(["contractors", "developers", "engineering-admins", "security-reviewers"]);
    expect(result.policyVersion).toBe("2026.11");
  });

  it("matches the golden outputs byte for byte (UPDATE_GOLDEN=1 regenerates)", async () => {
    const manifest = renderManifest(
      createManifest(result.outputs, { ...result, commit: COMMIT, region: result.region }),
    );
    const expected = [
      ...result.outputs.map((o) => ({ path: o.path, content: o.content })),
      { path: "build-manifest.json", content: manifest },
    ];
    if (process.env.UPDATE_GOLDEN === "1") {
      await rm(GOLDEN_DIR, { recursive: true, force: true });
      for (const o of expected) {
        await mkdir(dirname(join(GOLDEN_DIR, o.path)), { recursive: true });
        await writeFile(join(GOLDEN_DIR, o.path), o.content);
      }
    }
    for (const o of expected) {
      expect(o.content, o.path).toBe(await readFile(join(GOLDEN_DIR, o.path), "utf8"));
    }
    const listed = (await readdir(GOLDEN_DIR, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(GOLDEN_DIR.length + 1))
      .sort();
    expect(listed).toEqual(expected.map((o) => o.path).sort());
  });

  it("is deterministic: the same sources give the same bytes, whatever the key order of the input", () => {
    const again = compilePolicy(files, EXAMPLE_OPTIONS);
    expect(again.outputs).toEqual(result.outputs);
    const reordered = { ...files };
    const managed = JSON.parse(files["managed-settings.json"] as string) as Record<string, unknown>;
    reordered["managed-settings.json"] = JSON.stringify(
      Object.fromEntries(Object.entries(managed).reverse()),
    );
    // compiled outputs do not depend on key order (steward/ holds the sources verbatim, for the hooks)
    const compiled = (outputs: readonly BuildOutput[]) =>
      outputs.filter((o) => !o.path.startsWith("steward/"));
    expect(compiled(compilePolicy(reordered, EXAMPLE_OPTIONS).outputs)).toEqual(compiled(result.outputs));
    for (const o of compiled(result.outputs).filter((x) => x.path.endsWith(".json"))) {
      expect(o.content.endsWith("}\n")).toBe(true);
      expect(o.content).toBe(`${JSON.stringify(JSON.parse(o.content), null, 2)}\n`);
    }
  });

  it("writes only keys Claude Code honours, with the real shapes", () => {
    for (const role of result.roles) {
      const s = settingsOf(role);
      for (const key of Object.keys(s)) expect(Object.keys(HONOURED_KEYS), `${role}: ${key}`).toContain(key);
      expect(s.allowManagedPermissionRulesOnly).toBe(true);
      expect(s.allowManagedHooksOnly).toBe(true);
      expect(s.permissions.disableBypassPermissionsMode).toBe("disable");
      expect(s.forceLoginMethod).toBe("console");
      expect(s.forceLoginOrgUUID).toBe(ORG_UUID);
      expect(s.env.CLAUDE_CODE_USE_BEDROCK).toBe("1");
      expect(s.env.AWS_REGION).toBe("us-east-1");
      expect(s.sandbox.enabled).toBe(true);
      expect(s.sandbox.network.allowManagedDomainsOnly).toBe(true);
      expect(s.hooks.PreToolUse[0].hooks[0].command).toBe(
        "steward-hook hook pre-tool-use --policy /etc/claude-code/steward",
      );
      expect(s.model).toBe(s.availableModels.includes(s.model) ? s.model : "not in availableModels");
      expect(JSON.stringify(s)).not.toMatch(/Write\(/);
    }
    expect(settingsOf("contractors").availableModels).toEqual([
      "us.anthropic.claude-haiku-4-5-20251001-v1:0",
    ]);
    expect(
      Object.keys(settingsOf("contractors").env).filter((k) => k.startsWith("ANTHROPIC_DEFAULT_")),
    ).toEqual(["ANTHROPIC_DEFAULT_HAIKU_MODEL"]);
    expect(settingsOf("engineering-admins").availableModels).toEqual([
      "us.anthropic.claude-opus-4-6-v1",
      "us.anthropic.claude-sonnet-4-6",
      "us.anthropic.claude-haiku-4-5-20251001-v1:0",
    ]);
    expect(settingsOf("developers").model).toBe("us.anthropic.claude-sonnet-4-6");
  });

  it("validates against Steward's Claude Code managed settings schema", () => {
    const validate = validators().get("managed-settings");
    for (const role of result.roles) {
      expect(validate?.(settingsOf(role)), `${role}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    }
  });

  it("each role decides the probes the way the role mapping intends", () => {
    const decisions = (role: string) => {
      const source = parseJsonSource(
        result.outputs.find((o) => o.path === `${role}/managed-settings.json`)?.content ?? "",
        `${role}/managed-settings.json`,
      );
      const [policy] = rolePolicies({ managed: source }).roles;
      return Object.fromEntries(evaluateProbes(policy?.rules ?? []).map((r) => [r.probe.id, r.decision]));
    };
    const all = Object.fromEntries(result.roles.map((r) => [r, decisions(r)]));
    for (const role of result.roles) {
      expect(all[role]?.["secrets/read-dotenv"], role).toBe("deny");
      expect(all[role]?.["secrets/edit-dotenv"], role).toBe("deny");
      expect(all[role]?.["network/curl"], role).toBe("deny");
      expect(all[role]?.["network/webfetch"], role).toBe("deny");
      expect(all[role]?.["publishing/npm-publish"], role).toBe("deny");
    }
    expect(all.contractors?.["everyday/edit-src"]).toBe("deny");
    expect(all.contractors?.["everyday/npm-test"]).toBe("deny");
    expect(all.contractors?.["everyday/git-status"]).toBe("deny");
    expect(all.developers?.["everyday/edit-src"]).toBe("allow");
    expect(all.developers?.["everyday/npm-test"]).toBe("allow");
    expect(all["engineering-admins"]?.["everyday/edit-src"]).toBe("allow");
    expect(all["security-reviewers"]?.["everyday/read-src"]).toBe("allow");
  });

  it("gives each role the same decisions as the source policy (permissions diff source vs build: no change)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "steward-build-"));
    try {
      const written = await buildToDirectory(EXAMPLE_REPO, join(dir, "out"), EXAMPLE_OPTIONS);
      expect(written.manifest?.commit).toBe(COMMIT);
      const source = rolePolicies(await loadPolicyDirectory(EXAMPLE_REPO, "src")).roles;
      const built = rolePolicies(await loadPolicyDirectory(join(dir, "out"), "build")).roles;
      expect(built.map((r) => r.role).sort()).toEqual(result.roles);
      const diff = diffPolicies(source, built);
      for (const r of diff.roles) expect(r.changes, r.role).toEqual([]);
      // and a single role directory is a policy directory too (role "default")
      const one = rolePolicies(await loadPolicyDirectory(join(dir, "out", "contractors"))).roles;
      expect(
        diffPolicies(one, [
          { ...(built.find((r) => r.role === "contractors") as (typeof built)[0]), role: "default" },
        ]).roles[0]?.changes,
      ).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lints clean: lintPolicyDirectory over the build output reports no error", async () => {
    const report = await lintPolicyDirectory(GOLDEN_DIR, nullLogger, {
      now: () => new Date("2026-11-25T00:00:00Z"),
    });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("inlines the managed CLAUDE.md", () => {
    const md = result.outputs.find((o) => o.path === "developers/CLAUDE.md")?.content;
    expect(md).toBe(`${(files["claude-md/organization.md"] as string).replace(/\n+$/, "")}\n`);
  });

  it("explains each output key with a source file and line", () => {
    const find = (key: string, role = "contractors") =>
      result.explain.find((e) => e.output === `${role}/managed-settings.json` && e.key === key);
    expect(find("permissions.deny[Bash]")).toMatchObject({ file: "role-mappings.json", line: 58 });
    expect(find("permissions.deny[Read(**/.env*)]")).toMatchObject({
      file: "managed-settings.json",
      line: 26,
    });
    expect(find("forceLoginOrgUUID")).toMatchObject({ file: "enterprise-auth.json", line: 22 });
    expect(find("env.AWS_REGION")).toMatchObject({ file: "model-policy.json" });
    expect(find("model")?.note).toMatch(/first model of the role/);
    const keys = new Set(result.explain.map((e) => `${e.output} ${e.key.split(/[.[]/)[0]}`));
    for (const role of result.roles) {
      for (const key of Object.keys(settingsOf(role)))
        expect(keys, `${role} ${key}`).toContain(`${role}/managed-settings.json ${key}`);
    }
  });
});

describe("what Claude Code cannot express is a build error at its file and line", () => {
  const build = (
    patch: Record<string, string>,
    options: Parameters<typeof compilePolicy>[1] = EXAMPLE_OPTIONS,
  ) => compilePolicy({ ...files, ...patch }, options);
  const errors = (r: BuildResult) => r.diagnostics.filter((d) => d.severity === "error");
  // biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary JSON shapes
  const edit = (name: string, fn: (v: Record<string, any>) => void) => {
    const v = JSON.parse(files[name] as string);
    fn(v);
    return { [name]: JSON.stringify(v, null, 2) };
  };

  it("Write(path) rules", () => {
    const r = build(
      edit("role-mappings.json", (v) => v.roleMappings.developers.permissions.deny.push("Write(**/.env)")),
    );
    expect(errors(r)).toMatchObject([
      {
        code: "build/not-expressible",
        file: "role-mappings.json",
        line: expect.any(Number),
        message: expect.stringMatching(/Write\(\*\*\/\.env\).*never consults/),
      },
    ]);
    expect(errors(r)[0]?.hint).toMatch(/Edit\(\*\*\/\.env\)/);
  });

  it("geo-aware routing without --region, naming the strategy line", () => {
    const r = build({}, { ...EXAMPLE_OPTIONS, region: undefined });
    expect(errors(r)).toMatchObject([
      { file: "model-policy.json", line: 39, message: expect.stringMatching(/geo-aware/) },
    ]);
    expect(errors(r)[0]?.hint).toMatch(/--region <us\|eu\|apac>/);
    expect(
      build({}, { ...EXAMPLE_OPTIONS, region: "mars" }).diagnostics.some(
        (d) => d.code === "build/unknown-region",
      ),
    ).toBe(true);
  });

  it("per-task model rules unless marked Steward-only", () => {
    const r = build({}, { ...EXAMPLE_OPTIONS, stewardOnly: [] });
    expect(errors(r)).toMatchObject([{ file: "model-policy.json", line: 6, code: "build/not-expressible" }]);
    expect(errors(build({}, { ...EXAMPLE_OPTIONS, stewardOnly: ["model-policy.json"] }))).toEqual([]);
  });

  it("requireApproval, unknown settings keys, seed-shaped sandbox keys", () => {
    const r = build({
      ...edit("model-policy.json", (v) => {
        v.modelPolicy.restrictions.opus.requireApproval = true;
      }),
      ...edit("managed-settings.json", (v) => {
        v.monitoring = { enabled: true };
        v.sandbox.required = true;
        v.permissions.enforced = true;
      }),
    });
    const messages = errors(r).map((d) => `${d.file}:${d.line} ${d.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^model-policy\.json:\d+ requireApproval for opus/),
      expect.stringMatching(/^managed-settings\.json:\d+ "permissions\.enforced" is not a key/),
      expect.stringMatching(/^managed-settings\.json:\d+ "sandbox\.required" is not a sandbox key/),
      expect.stringMatching(/^managed-settings\.json:\d+ "monitoring" is not a settings key/),
    ]);
  });

  it("an unresolved ${VAR} or a non-UUID org", () => {
    const r = build({}, { ...EXAMPLE_OPTIONS, vars: {} });
    expect(errors(r)[0]).toMatchObject({
      code: "build/unresolved-variable",
      file: "enterprise-auth.json",
      line: 22,
    });
    expect(errors(r)[0]?.hint).toMatch(/ANTHROPIC_ORGANIZATION_ID/);
    const bad = build({}, { ...EXAMPLE_OPTIONS, vars: { ANTHROPIC_ORGANIZATION_ID: "acme" } });
    expect(errors(bad)[0]?.code).toBe("build/invalid-uuid");
    const nil = build(
      {},
      { ...EXAMPLE_OPTIONS, vars: { ANTHROPIC_ORGANIZATION_ID: "00000000-0000-0000-0000-000000000000" } },
    );
    expect(errors(nil)[0]?.message).toMatch(/nil UUID/);
  });

  it("models: unknown, outside the org list, restricted to other roles", () => {
    const r = build(
      edit("role-mappings.json", (v) => {
        v.roleMappings.contractors.models.push("claude-opus-5", "gpt-5");
      }),
    );
    expect(
      errors(r)
        .map((d) => d.code)
        .sort(),
    ).toEqual(["build/model-restricted", "build/unknown-model"]);
    expect(errors(r).every((d) => d.file === "role-mappings.json" && d.line !== undefined)).toBe(true);
  });

  it("a CLAUDE.md import that does not resolve", () => {
    const r = build({ "claude-md/organization.md": "# Org\n\n@docs/missing.md\n\n`@not/an/import.md`\n" });
    expect(errors(r)).toMatchObject([
      { file: "claude-md/organization.md", line: 3, code: "build/claude-md-import" },
    ]);
  });

  it("nothing is written when there is an error", async () => {
    const dir = await mkdtemp(join(tmpdir(), "steward-build-"));
    try {
      const policy = join(dir, "policy");
      await mkdir(policy);
      await writeFile(
        join(policy, "managed-settings.json"),
        '{\n  "permissions": {"deny": ["Write(./x)"]}\n}\n',
      );
      const written = await buildToDirectory(policy, join(dir, "out"), {});
      expect(errors(written.result)).toMatchObject([{ file: "managed-settings.json", line: 2 }]);
      await expect(readdir(join(dir, "out"))).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

afterAll(() => undefined);
