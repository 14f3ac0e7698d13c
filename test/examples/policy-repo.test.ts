// examples/policy-repo must stay a correct, realistic policy repository: strict JSON
// with the right $schema, valid against Steward's schemas, free of the seed's mistakes,
// and with hook scripts that really block (exit 2) and write parseable audit lines.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { afterAll, describe, expect, it } from "vitest";
import { parseAuditLine } from "../../shared/audit/audit-record.js";

const REPO = fileURLToPath(new URL("../../examples/policy-repo", import.meta.url));
const SCHEMAS = fileURLToPath(new URL("../../shared/policy/schemas", import.meta.url));
const SCHEMASTORE = "https://json.schemastore.org/claude-code-settings.json";
const TODAY = "2026-11-25";

async function listFiles(dir = ""): Promise<string[]> {
  const entries = await readdir(path.join(REPO, dir), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const rel = dir === "" ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(rel)));
    else out.push(rel);
  }
  return out.sort();
}

const read = (file: string) => readFile(path.join(REPO, file), "utf8");
const readJson = async (file: string) => JSON.parse(await read(file)) as Record<string, unknown>;

/** Claude Code settings files (the rest are Steward's own). */
const CLAUDE_SETTINGS = new Set([
  "managed-settings.json",
  "routing/bedrock-us.json",
  "routing/vertex-eu.json",
  ".claude/settings.json",
]);

function kindOf(file: string, schema: string): string {
  if (schema === SCHEMASTORE)
    return file === ".claude/settings.json" ? "claude-settings" : "managed-settings";
  return /^https:\/\/steward\.dev\/schemas\/([a-z-]+)\.schema\.json$/.exec(schema)?.[1] ?? "";
}

/** Every string in a JSON value, with its path. */
function* strings(value: unknown, at = ""): Generator<[string, string]> {
  if (typeof value === "string") yield [at, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${at}[${i}]`);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${at}.${k}`);
}

describe("examples/policy-repo JSON files", () => {
  it("are strict JSON, each with the $schema of its kind", async () => {
    const jsonFiles = (await listFiles()).filter((f) => f.endsWith(".json"));
    expect(jsonFiles.length).toBeGreaterThanOrEqual(15);
    for (const file of jsonFiles) {
      const data = await readJson(file);
      const schema = data.$schema;
      expect(typeof schema, file).toBe("string");
      if (CLAUDE_SETTINGS.has(file)) expect(schema, file).toBe(SCHEMASTORE);
      else expect(schema, file).toMatch(/^https:\/\/steward\.dev\/schemas\/[a-z-]+\.schema\.json$/);
    }
  });

  it("validate against shared/policy/schemas", async () => {
    if (!existsSync(SCHEMAS)) return;
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const name of await readdir(SCHEMAS)) {
      if (name.endsWith(".schema.json"))
        ajv.addSchema(JSON.parse(await readFile(path.join(SCHEMAS, name), "utf8")));
    }
    for (const file of (await listFiles()).filter((f) => f.endsWith(".json"))) {
      const data = await readJson(file);
      const kind = kindOf(file, String(data.$schema));
      const validate = ajv.getSchema(`https://steward.dev/schemas/${kind}.schema.json`);
      if (!validate) continue;
      expect(validate(data) ? [] : validate.errors, file).toEqual([]);
    }
  });

  it("carry no secret values, only placeholders", async () => {
    for (const file of (await listFiles()).filter((f) => f.endsWith(".json"))) {
      for (const [at, value] of strings(await readJson(file))) {
        const key = (at.split(".").at(-1) ?? "").replace(/\[\d+\]$/, "");
        if (/^(clientSecret|cert|password|apiKey|token|Authorization)$|_(TOKEN|SECRET|KEY)$/.test(key)) {
          expect(value, `${file}${at}`).toMatch(/^(\$\{[A-Z0-9_]+\}|Bearer \$\{[A-Z0-9_]+\})$/);
        }
        expect(value, `${file}${at}`).not.toMatch(/sk-ant-[a-z0-9]+-/);
      }
    }
  });

  it("keep policyVersion 2026.11 everywhere it appears", async () => {
    const enterprise = await readJson("enterprise-settings.json");
    expect((enterprise.enterprise as Record<string, unknown>).policyVersion).toBe("2026.11");
    for (const file of (await listFiles()).filter((f) => f.endsWith(".json"))) {
      const text = await read(file);
      for (const m of text.matchAll(/"policyVersion":\s*"([^"]*)"/g)) expect(m[1], file).toBe("2026.11");
    }
    const managed = await readJson("managed-settings.json");
    expect((managed.env as Record<string, string>).STEWARD_POLICY_VERSION).toBe("2026.11");
  });
});

describe("managed-settings.json", () => {
  it("uses the real governance keys and hook shape", async () => {
    const m = await readJson("managed-settings.json");
    const permissions = m.permissions as Record<string, unknown>;
    expect(permissions.disableBypassPermissionsMode).toBe("disable");
    expect(m.allowManagedPermissionRulesOnly).toBe(true);
    expect(m.allowManagedHooksOnly).toBe(true);
    for (const list of ["allow", "ask", "deny"]) expect(Array.isArray(permissions[list])).toBe(true);
    expect(m.sandbox).toMatchObject({
      enabled: true,
      failIfUnavailable: true,
      network: { allowManagedDomainsOnly: true },
    });
    const hooks = m.hooks as Record<
      string,
      { matcher?: string; hooks: { type: string; command: string }[] }[]
    >;
    expect(hooks.PreToolUse?.[0]?.hooks[0]).toMatchObject({
      type: "command",
      command: "steward hook pre-tool-use",
    });
    expect(hooks.Stop?.[0]?.hooks[0]).toMatchObject({ type: "command", command: "steward hook stop" });
    expect(m).not.toHaveProperty("modelRouting");
    expect(m).not.toHaveProperty("monitoring");
  });

  it("has none of the seed's rule mistakes", async () => {
    const rules: string[] = [];
    for (const file of ["managed-settings.json", "role-mappings.json"]) {
      const text = await read(file);
      for (const m of text.matchAll(/"((?:Read|Edit|Write|Bash|WebFetch|NotebookEdit)(?:\([^"]*\))?)"/g)) {
        rules.push(m[1] ?? "");
      }
    }
    expect(rules.length).toBeGreaterThan(40);
    for (const rule of rules) {
      expect(rule, "Write(path) rules are never consulted").not.toMatch(/^Write\(/);
      expect(rule, "./.env only matches in the cwd").not.toMatch(/\(\.\/\.env/);
      expect(rule, "use ~/.aws, ~/.ssh").not.toMatch(/\*\*\/\.(aws|ssh)\//);
    }
    // `Bash(npm publish)` alone is exact and `Bash(npm publish *)` alone misses the bare command.
    expect(rules).toEqual(expect.arrayContaining(["Bash(npm publish)", "Bash(npm publish *)"]));
  });
});

describe("model ids", () => {
  const RETIRED_OR_PAST = [
    "claude-haiku-3-5-20241022",
    "claude-3-5-haiku-20241022",
    "claude-sonnet-4-5-20250929",
    "claude-opus-4-5-20251101",
    "claude-3-opus",
    "claude-3-sonnet",
    "claude-3-haiku",
  ];
  it("no file names a retired, invented or past-date model", async () => {
    for (const file of (await listFiles()).filter((f) => /\.(json|md|sh)$/.test(f) && f !== "README.md")) {
      const text = await read(file);
      for (const id of RETIRED_OR_PAST) expect(text.includes(id), `${file} names ${id}`).toBe(false);
    }
  });

  it("role models and quotas are consistent", async () => {
    const roles = (await readJson("role-mappings.json")).roleMappings as Record<
      string,
      { models: string[]; quotas: { daily: number; monthly: number } }
    >;
    const managed = await readJson("managed-settings.json");
    const available = new Set(managed.availableModels as string[]);
    for (const [name, role] of Object.entries(roles)) {
      expect(role.quotas.daily, name).toBeLessThanOrEqual(role.quotas.monthly);
      for (const model of role.models) expect(available.has(model), `${name}: ${model}`).toBe(true);
    }
    const policy = (await readJson("model-policy.json")).modelPolicy as {
      restrictions: Record<string, { roles: string[] }>;
    };
    for (const r of Object.values(policy.restrictions)) {
      for (const role of r.roles) if (role !== "*") expect(Object.keys(roles)).toContain(role);
    }
    expect(TODAY).toBe("2026-11-25"); // the date the model choices above were checked against
  });
});

describe("CLAUDE.md templates", () => {
  it("use @path imports, never @include", async () => {
    const project = await read("claude-md/project-template.md");
    expect(project).not.toMatch(/^@include/m);
    expect(project).toMatch(/^@docs\/architecture\.md$/m);
  });
});

describe("scripts", () => {
  it("are executable bash with set -euo pipefail", async () => {
    for (const file of (await listFiles()).filter((f) => f.startsWith("scripts/"))) {
      const info = await stat(path.join(REPO, file));
      expect(info.mode & 0o111, `${file} is not executable`).not.toBe(0);
      const text = await read(file);
      expect(text.startsWith("#!/usr/bin/env bash\n"), file).toBe(true);
      expect(text, file).toMatch(/^set -euo pipefail$/m);
      const code = text
        .split("\n")
        .filter((l) => !l.trimStart().startsWith("#"))
        .join("\n");
      expect(code, file).not.toMatch(/\$TOOL_NAME|\$TOKEN_COUNT/);
    }
  });

  const hasTools = spawnSync("bash", ["-c", "command -v jq"]).status === 0;
  const tmp: string[] = [];
  afterAll(async () => {
    for (const dir of tmp) await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasTools)(
    "enforce-policy.sh blocks with exit 2 and writes parseable audit v1 lines",
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), "steward-hook-"));
      tmp.push(dir);
      const run = (payload: object) =>
        spawnSync(path.join(REPO, "scripts/enforce-policy.sh"), {
          input: JSON.stringify(payload),
          env: {
            PATH: process.env.PATH,
            HOME: dir,
            STEWARD_AUDIT_DIR: dir,
            STEWARD_POLICY_VERSION: "2026.11",
          },
          encoding: "utf8",
        });
      const base = { session_id: "s-1", cwd: "/repo", hook_event_name: "PreToolUse" };
      const cases: [object, number][] = [
        [{ tool_name: "Bash", tool_input: { command: "npm test && curl -s https://x.test/a?t=1" } }, 2],
        [{ tool_name: "Bash", tool_input: { command: "npm test" } }, 0],
        [{ tool_name: "Write", tool_input: { file_path: "/repo/config/.env.local", content: "K=v" } }, 2],
        [
          { tool_name: "WebFetch", tool_input: { url: "https://docs.example.com/p?token=abc", prompt: "x" } },
          2,
        ],
        [{ tool_name: "Bash", tool_input: { command: "git push origin feature-fix" } }, 0],
        [{ tool_name: "Bash", tool_input: { command: "git push origin main --force" } }, 2],
      ];
      for (const [payload, status] of cases) {
        const result = run({ ...base, ...payload });
        expect(result.status, JSON.stringify(payload) + result.stderr).toBe(status);
        if (status === 2) expect(result.stderr).toMatch(/^Blocked by Acme policy 2026\.11/);
      }
      const auditFile = (await readdir(dir)).find((f) => f.endsWith(".jsonl")) ?? "";
      const lines = (await readFile(path.join(dir, auditFile), "utf8")).trimEnd().split("\n");
      expect(lines).toHaveLength(cases.length);
      const records = lines.map((l) => parseAuditLine(l));
      expect(records.every((r) => r.ok && r.record.v === 1)).toBe(true);
      const text = lines.join("\n");
      expect(text).not.toContain("K=v");
      expect(text).not.toContain("token=abc");
      expect(records.map((r) => (r.ok && r.record.v === 1 ? r.record.decision : "?"))).toEqual([
        "deny",
        "none",
        "deny",
        "deny",
        "none",
        "deny",
      ]);
    },
  );

  it.skipIf(!hasTools)("track-usage.sh records de-duplicated transcript usage once per session", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "steward-stop-"));
    tmp.push(dir);
    const usage = (o: number) => ({
      input_tokens: 3,
      output_tokens: o,
      cache_creation_input_tokens: 100,
      cache_read_input_tokens: 1000,
      cache_creation: { ephemeral_5m_input_tokens: 100, ephemeral_1h_input_tokens: 0 },
    });
    const line = (id: string, req: string | undefined, model: string, o: number) =>
      JSON.stringify({
        type: "assistant",
        ...(req ? { requestId: req } : {}),
        message: { id, model, usage: usage(o), content: [] },
      });
    const transcript = path.join(dir, "t.jsonl");
    await writeFile(
      transcript,
      [
        line("msg_1", "req_1", "claude-sonnet-5", 10),
        line("msg_1", "req_1", "claude-sonnet-5", 10), // second content block of the same response
        line("msg_2", "req_2", "claude-sonnet-5", 20),
        line("x", undefined, "<synthetic>", 0),
        "{not json",
      ].join("\n"),
    );
    const run = () =>
      spawnSync(path.join(REPO, "scripts/track-usage.sh"), {
        input: JSON.stringify({ session_id: "s-2", transcript_path: transcript, hook_event_name: "Stop" }),
        env: {
          PATH: process.env.PATH,
          HOME: dir,
          STEWARD_USAGE_DIR: `${dir}/u`,
          STEWARD_STATE_DIR: `${dir}/s`,
        },
        encoding: "utf8",
      });
    expect(run().status).toBe(0);
    expect(run().status).toBe(0); // a second Stop adds nothing
    const [file] = await readdir(`${dir}/u`);
    const records = (await readFile(`${dir}/u/${file}`, "utf8"))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      v: 1,
      session: "s-2",
      model: "claude-sonnet-5",
      input: 6,
      output: 30,
      cacheWrite5m: 200,
      cacheWrite1h: 0,
      cacheRead: 2000,
    });
  });

  it.skipIf(!hasTools)("deploy-policy.sh refuses a file whose SHA-256 does not match", () => {
    const result = spawnSync(
      path.join(REPO, "scripts/deploy-policy.sh"),
      [path.join(REPO, "managed-settings.json"), "0".repeat(64)],
      { encoding: "utf8" },
    );
    // As root it reaches the checksum; as anyone else it stops before touching /etc.
    expect([1, 77]).toContain(result.status);
    if (result.status === 1) expect(result.stderr).toMatch(/sha256 mismatch/);
  });
});
