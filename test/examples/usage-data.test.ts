// examples/usage is generated; this test regenerates it and fails on any drift, then
// checks that every file parses the way its readers expect (except the lines the
// generator broke on purpose, which it must find exactly where malformed.json says).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type GenerateOptions,
  generateUsageData,
  type MalformedLine,
  parseArgs,
  ROLE_MODELS,
} from "../../bench/generators/usage-data.mjs";
import { parseAuditLine } from "../../shared/audit/audit-record.js";
import { compileRules, decide, loadPolicyDirectory, rolePolicies } from "../../shared/permissions/index.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/usage", import.meta.url));
const POLICY = fileURLToPath(new URL("../../examples/policy-repo", import.meta.url));
/** Hand-written files in examples/usage; everything else is generated. */
const NOT_GENERATED = new Set(["README.md", "biome.json", ".gitattributes"]);
/** The exact command in examples/usage/README.md. */
const COMMAND =
  "node bench/generators/usage-data.mjs --out examples/usage --users 6 --days 3 --records-per-day 20 --seed 7 --month 2026-10 --transcripts --audit --malformed";

const ARGS: Omit<GenerateOptions, "out"> = {
  users: 6,
  days: 3,
  recordsPerDay: 20,
  seed: 7,
  month: "2026-10",
  transcripts: true,
  audit: true,
  malformed: true,
};

async function listFiles(root: string, dir = ""): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(root, rel)));
    else files.push(rel);
  }
  return files.sort();
}

const tmpDirs: string[] = [];
let generated: string;
let files: string[];
let malformed: MalformedLine[];

beforeAll(async () => {
  generated = await mkdtemp(path.join(os.tmpdir(), "steward-usage-"));
  tmpDirs.push(generated);
  ({ malformed } = await generateUsageData({ ...ARGS, out: generated }));
  files = await listFiles(generated);
});

afterAll(async () => {
  for (const dir of tmpDirs) await rm(dir, { recursive: true, force: true });
});

async function lines(file: string): Promise<string[]> {
  const text = await readFile(path.join(EXAMPLES, file), "utf8");
  const all = text.split("\n");
  if (all.at(-1) === "") all.pop();
  return all;
}

function isMalformed(file: string, line: number): boolean {
  return malformed.some((m) => m.file === file && m.line === line);
}

/** Check every line; return the 1-based numbers of the lines that failed. */
async function failingLines(
  file: string,
  check: (value: unknown, raw: string) => boolean,
): Promise<number[]> {
  const failing: number[] = [];
  (await lines(file)).forEach((raw, i) => {
    let ok: boolean;
    try {
      ok = check(JSON.parse(raw), raw);
    } catch {
      ok = false;
    }
    if (!ok) failing.push(i + 1);
  });
  return failing;
}

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const kind = (pattern: RegExp) => () => files.filter((f) => pattern.test(f));
const seedFiles = kind(/^usage\/[^/]+\/\d{8}\.json$/);
const richFiles = kind(/^usage\/[^/]+\/\d{4}-\d{2}-\d{2}\.jsonl$/);
const auditFiles = kind(/^audit\/\d{4}-\d{2}-\d{2}\.jsonl$/);
const legacyFiles = kind(/^audit-legacy\/[^/]+\.jsonl$/);
const transcriptFiles = kind(/^transcripts\/[^/]+\/projects\/[^/]+\/[0-9a-f-]{36}\.jsonl$/);

describe("examples/usage", () => {
  it("is exactly what the generator produces (no drift)", async () => {
    const committed = (await listFiles(EXAMPLES)).filter((f) => !NOT_GENERATED.has(f));
    expect(committed, `examples/usage is stale; regenerate with:\n  ${COMMAND}`).toEqual(files);
    for (const file of files) {
      const [a, b] = await Promise.all([
        readFile(path.join(generated, file)),
        readFile(path.join(EXAMPLES, file)),
      ]);
      expect(a.equals(b), `${file} differs; regenerate with:\n  ${COMMAND}`).toBe(true);
    }
  });

  it("documents the exact command in its README", async () => {
    expect(await readFile(path.join(EXAMPLES, "README.md"), "utf8")).toContain(COMMAND);
  });

  it("has every file kind and a known list of malformed lines", () => {
    for (const group of [seedFiles(), richFiles(), auditFiles(), legacyFiles(), transcriptFiles()]) {
      expect(group.length).toBeGreaterThan(0);
    }
    expect(new Set(malformed.map((m) => m.kind))).toEqual(
      new Set(["invalid-json", "truncated", "wrong-types"]),
    );
  });

  it("users match roles and models of examples/policy-repo/role-mappings.json", async () => {
    const mappings = JSON.parse(await readFile(path.join(POLICY, "role-mappings.json"), "utf8")) as {
      roleMappings: Record<string, { models: string[] }>;
    };
    const users = JSON.parse(await readFile(path.join(EXAMPLES, "users.json"), "utf8")) as { role: string }[];
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(Object.keys(mappings.roleMappings)));
    for (const [role, models] of Object.entries(ROLE_MODELS)) {
      expect(models).toEqual(mappings.roleMappings[role]?.models);
    }
  });

  it("contains the quota breaches and off-policy models the README promises", async () => {
    const mappings = JSON.parse(await readFile(path.join(POLICY, "role-mappings.json"), "utf8")) as {
      roleMappings: Record<string, { models: string[]; quotas: { daily: number; monthly: number } }>;
    };
    const users = JSON.parse(await readFile(path.join(EXAMPLES, "users.json"), "utf8")) as {
      email: string;
      role: string;
    }[];
    const roleOf = new Map(users.map((u) => [u.email, u.role]));
    const daily = new Map<string, number>();
    const offPolicy = new Set<string>();
    for (const file of richFiles()) {
      for (const [i, raw] of (await lines(file)).entries()) {
        if (isMalformed(file, i + 1)) continue;
        const r = JSON.parse(raw);
        const key = `${r.user} ${r.ts.slice(0, 10)}`;
        daily.set(key, (daily.get(key) ?? 0) + r.input + r.output + r.cacheWrite5m + r.cacheWrite1h);
        const role = mappings.roleMappings[roleOf.get(r.user) ?? ""];
        if (!role?.models.includes(r.model)) offPolicy.add(`${r.user} ${r.ts.slice(0, 10)} ${r.model}`);
      }
    }
    const breaches = [...daily]
      .filter(
        ([key, tokens]) =>
          tokens > (mappings.roleMappings[roleOf.get(key.split(" ")[0] ?? "") ?? ""]?.quotas.daily ?? 0),
      )
      .map(([key]) => key);
    expect(breaches).toEqual(
      expect.arrayContaining(["liam.berg@acme.example 2026-10-03", "mateo.silva@acme.example 2026-10-03"]),
    );
    expect([...offPolicy]).toEqual(
      expect.arrayContaining([
        "liam.berg@acme.example 2026-10-02 claude-sonnet-5",
        "mateo.silva@acme.example 2026-10-03 claude-sonnet-4-5-20250929",
      ]),
    );
  });

  it("seed usage logs: one {timestamp,user,tool,tokens} per line", async () => {
    for (const file of seedFiles()) {
      const login = file.split("/")[1];
      const failing = await failingLines(file, (v) => {
        const r = v as Record<string, unknown>;
        return (
          Object.keys(r).join() === "timestamp,user,tool,tokens" &&
          typeof r.timestamp === "string" &&
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(r.timestamp) &&
          r.user === login &&
          typeof r.tool === "string" &&
          r.tool !== "" &&
          isCount(r.tokens)
        );
      });
      for (const line of failing) expect(isMalformed(file, line), `${file}:${line}`).toBe(true);
    }
  });

  it("Steward hook usage records (v1), whose counted tokens equal the seed lines", async () => {
    for (const file of richFiles()) {
      const failing = await failingLines(file, (v) => {
        const r = v as Record<string, unknown>;
        return (
          r.v === 1 &&
          typeof r.ts === "string" &&
          typeof r.user === "string" &&
          typeof r.session === "string" &&
          typeof r.model === "string" &&
          [r.input, r.output, r.cacheWrite5m, r.cacheWrite1h, r.cacheRead].every(isCount) &&
          typeof r.tool === "string" &&
          r.source === "steward-hook"
        );
      });
      for (const line of failing) expect(isMalformed(file, line), `${file}:${line}`).toBe(true);

      const [, login, day] = /^usage\/([^/]+)\/(\d{4})-(\d{2})-(\d{2})/.exec(file) ?? [];
      const seedFile = `usage/${login}/${file.slice(-16, -6).replaceAll("-", "")}.json`;
      expect(day).toBeDefined();
      const good = (await lines(file)).filter((_, i) => !isMalformed(file, i + 1)).map((l) => JSON.parse(l));
      const seed = (await lines(seedFile))
        .filter((_, i) => !isMalformed(seedFile, i + 1))
        .map((l) => JSON.parse(l));
      expect(seed.map((s) => s.tokens)).toEqual(
        good.map((r) => r.input + r.output + r.cacheWrite5m + r.cacheWrite1h),
      );
      expect(seed.map((s) => s.tool)).toEqual(good.map((r) => r.tool));
    }
  });

  it("audit logs parse as AuditRecordV1 and cover every decision", async () => {
    const decisions = new Set<string>();
    for (const file of auditFiles()) {
      for (const [i, raw] of (await lines(file)).entries()) {
        const result = parseAuditLine(raw);
        if (isMalformed(file, i + 1)) {
          expect(result.ok, `${file}:${i + 1} should be malformed`).toBe(false);
          continue;
        }
        expect(result, `${file}:${i + 1}`).toMatchObject({ ok: true, record: { v: 1 } });
        if (result.ok) decisions.add(result.record.decision);
      }
    }
    expect(decisions).toEqual(new Set(["deny", "ask", "allow", "none"]));
  });

  it("audit decisions agree with shared/permissions on the example policy, and ruleSource points at the rule", async () => {
    const sources = await loadPolicyDirectory(POLICY);
    const compiled = new Map(rolePolicies(sources).roles.map((r) => [r.role, compileRules(r.rules)]));
    const policyText = {
      "/etc/claude-code/managed-settings.json": (
        await readFile(path.join(POLICY, "managed-settings.json"), "utf8")
      ).split("\n"),
      "/etc/claude-code/steward/role-mappings.json": (
        await readFile(path.join(POLICY, "role-mappings.json"), "utf8")
      ).split("\n"),
    } as Record<string, string[]>;
    let checked = 0;
    for (const file of auditFiles()) {
      for (const [i, raw] of (await lines(file)).entries()) {
        const result = parseAuditLine(raw);
        if (!result.ok || result.record.v !== 1 || result.record.event !== "pre-tool-use") continue;
        const r = result.record;
        const { command, filePath, domain } = r.input;
        const toolInput =
          command !== undefined
            ? { command }
            : domain !== undefined
              ? { url: `https://${domain}/some/page?ref=claude` }
              : filePath === undefined
                ? {}
                : r.tool === "NotebookEdit"
                  ? { notebook_path: filePath }
                  : r.tool === "Grep" || r.tool === "Glob"
                    ? { path: filePath, pattern: "x" }
                    : { file_path: filePath };
        const rules = compiled.get(r.role ?? "");
        expect(rules, `${file}:${i + 1} role ${r.role}`).toBeDefined();
        if (!rules) continue;
        const engine = decide(
          rules,
          { tool_name: r.tool ?? "", tool_input: toolInput, cwd: r.cwd ?? "" },
          { home: `/home/${r.user.split("@")[0]}` },
        );
        expect(engine.decision, `${file}:${i + 1} ${r.tool} ${JSON.stringify(toolInput)}`).toBe(r.decision);
        if (r.rule !== null && r.ruleSource !== null) {
          expect(policyText[r.ruleSource.file]?.[r.ruleSource.line - 1], `${file}:${i + 1}`).toContain(
            JSON.stringify(r.rule),
          );
        }
        checked++;
      }
    }
    expect(checked).toBe(360);
  });

  it("legacy audit lines parse as seed-text records, including the empty-argument line", async () => {
    let empty = 0;
    for (const file of legacyFiles()) {
      for (const raw of await lines(file)) {
        const result = parseAuditLine(raw);
        expect(result, raw).toMatchObject({ ok: true, record: { v: 0, decision: "deny" } });
        if (result.ok && result.record.v === 0 && result.record.tool === null) empty++;
      }
    }
    expect(empty).toBeGreaterThan(0);
  });

  it("transcripts have the real shape, and de-duplicated usage equals the hook records", async () => {
    const hookTotals = new Map<string, number[]>();
    for (const file of richFiles()) {
      for (const [i, raw] of (await lines(file)).entries()) {
        if (isMalformed(file, i + 1)) continue;
        const r = JSON.parse(raw);
        const t = hookTotals.get(r.session) ?? [0, 0, 0, 0, 0];
        hookTotals.set(r.session, [
          (t[0] ?? 0) + r.input,
          (t[1] ?? 0) + r.output,
          (t[2] ?? 0) + r.cacheWrite5m,
          (t[3] ?? 0) + r.cacheWrite1h,
          (t[4] ?? 0) + r.cacheRead,
        ]);
      }
    }
    const seen = { sidechain: 0, synthetic: 0, summary: 0, duplicateBlocks: 0, apiError: 0 };
    for (const file of transcriptFiles()) {
      const session = path.basename(file, ".jsonl");
      const perMessage = new Map<string, number[]>();
      for (const [i, raw] of (await lines(file)).entries()) {
        let entry: Record<string, unknown>;
        try {
          entry = JSON.parse(raw);
        } catch {
          expect(isMalformed(file, i + 1), `${file}:${i + 1}`).toBe(true);
          continue;
        }
        if (entry.type === "summary") {
          seen.summary++;
          continue;
        }
        expect(["user", "assistant"]).toContain(entry.type);
        expect(entry.sessionId).toBe(session);
        if (entry.isSidechain === true) seen.sidechain++;
        if (entry.type !== "assistant") continue;
        const message = entry.message as { id: string; model: string; usage: Record<string, unknown> };
        if (message.model === "<synthetic>") {
          seen.synthetic++;
          if (entry.isApiErrorMessage === true) seen.apiError++;
          continue;
        }
        const u = message.usage;
        const cc = u.cache_creation as Record<string, unknown> | undefined;
        const values = [
          u.input_tokens,
          u.output_tokens,
          cc?.ephemeral_5m_input_tokens,
          cc?.ephemeral_1h_input_tokens,
          u.cache_read_input_tokens,
        ];
        if (!values.every(isCount)) {
          expect(isMalformed(file, i + 1), `${file}:${i + 1}`).toBe(true);
          continue;
        }
        expect(message.id).toMatch(/^msg_01/);
        expect(entry.requestId).toMatch(/^req_011C/);
        expect(u.cache_creation_input_tokens).toBe((values[2] as number) + (values[3] as number));
        const key = `${message.id}:${String(entry.requestId)}`;
        const before = perMessage.get(key);
        if (before) {
          // Streamed copies: the same usage except output_tokens, a placeholder on all but the last line.
          seen.duplicateBlocks++;
          expect([before[0], before[2], before[3], before[4]]).toEqual([
            values[0],
            values[2],
            values[3],
            values[4],
          ]);
          expect(values[1] as number).toBeGreaterThanOrEqual(before[1] as number);
          perMessage.set(key, values as number[]);
        } else perMessage.set(key, values as number[]);
      }
      const sum = [0, 0, 0, 0, 0];
      for (const v of perMessage.values()) for (let k = 0; k < 5; k++) sum[k] = (sum[k] ?? 0) + (v[k] ?? 0);
      expect(sum, file).toEqual(hookTotals.get(session));
    }
    expect(
      Object.values(seen).every((n) => n > 0),
      JSON.stringify(seen),
    ).toBe(true);
  });

  it("the usage files do not depend on --transcripts/--audit", async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), "steward-usage-only-"));
    tmpDirs.push(out);
    await generateUsageData({ ...ARGS, out, transcripts: false, audit: false });
    const usage = (await listFiles(out)).filter((f) => f.startsWith("usage/"));
    expect(usage).toEqual(files.filter((f) => f.startsWith("usage/")));
    for (const file of usage) {
      const [a, b] = await Promise.all([readFile(path.join(out, file)), readFile(path.join(EXAMPLES, file))]);
      expect(a.equals(b), file).toBe(true);
    }
  });
});

describe("parseArgs", () => {
  it("reads the documented command line", () => {
    expect(parseArgs(COMMAND.split(" ").slice(2))).toEqual({
      out: "examples/usage",
      ...ARGS,
      quiet: false,
    });
  });

  it.each([
    [["--users", "3"], /--out <dir> is required/],
    [["--out", "x", "--users"], /--users needs a value/],
    [["--out", "x", "--users", "-1"], /--users must be a non-negative integer/],
    [["--out", "x", "--days", "two"], /--days must be a non-negative integer/],
    [["--out", "x", "--frobnicate"], /unknown option --frobnicate/],
    [["--out", "x", "stray"], /unexpected argument stray/],
  ])("rejects %j", (argv, error) => {
    expect(() => parseArgs(argv)).toThrow(error);
  });
});
