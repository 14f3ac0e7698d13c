import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import reportCost from "../../../shared/cli/commands/report-cost.js";
import { ConfigurationError } from "../../../shared/errors.js";
import { startFakeUsageApi } from "../../fakes/anthropic-usage-api.js";
import { recordingIo } from "../cli/commands/cli-io.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/usage/", import.meta.url));
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "steward-report-cost-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const ORG = ["--roles", "role-mappings.json", "--users", "users.json", "--budgets", "budgets.json"];

describe("steward report cost", () => {
  it("has the path and help the lead registers", async () => {
    expect(reportCost.path).toEqual(["report", "cost"]);
    const { io, out } = recordingIo(FIXTURES);
    expect(await reportCost.run(["--help"], io)).toBe(0);
    expect(out()).toContain("--source <p>");
  });

  it("writes every format to --out", async () => {
    const outDir = join(tmp, "all");
    const { io, logger } = recordingIo(FIXTURES);
    const code = await reportCost.run(
      [
        "--source",
        "seed",
        "--source",
        "hook",
        "--source",
        "homes",
        ...ORG,
        "--format",
        "json",
        "--format",
        "csv",
        "--format",
        "md",
        "--format",
        "html",
        "--out",
        outDir,
      ],
      io,
    );
    expect(code).toBe(0);
    for (const f of [
      "report.json",
      "report.md",
      "report.html",
      "cost-by-user.csv",
      "cost-by-day.csv",
      "cost-by-model.csv",
    ]) {
      expect(existsSync(join(outDir, f)), f).toBe(true);
    }
    const report = JSON.parse(await readFile(join(outDir, "report.json"), "utf8"));
    expect(report.schemaVersion).toBe(1);
    expect(report.generatedAt).toBe("2026-11-25T00:00:00.000Z");
    expect(logger.hasMessage(/6 malformed line/, "warning")).toBe(true);
  });

  it("prints Markdown to stdout without --out and exits 2 with --fail-on critical", async () => {
    const { io, out } = recordingIo(FIXTURES);
    const code = await reportCost.run(
      ["--source", "seed", "--source", "hook", "--source", "homes", ...ORG, "--fail-on", "critical"],
      io,
    );
    expect(code).toBe(2);
    expect(out()).toMatch(/^## Claude Code cost report/);
  });

  it("partials from two shards merge into the report of one run", async () => {
    const one = recordingIo(FIXTURES);
    await reportCost.run(
      ["--source", "seed", "--source", "hook", "--source", "homes", ...ORG, "--format", "json"],
      one.io,
    );
    const a = join(tmp, "a.json");
    const b = join(tmp, "b.json");
    await reportCost.run(
      ["--source", "seed", "--partial-out", a, "--format", "json"],
      recordingIo(FIXTURES).io,
    );
    await reportCost.run(
      ["--source", "hook", "--source", "homes", "--partial-out", b, "--format", "json"],
      recordingIo(FIXTURES).io,
    );
    const merged = recordingIo(FIXTURES);
    await reportCost.run(["--merge", a, "--merge", b, ...ORG, "--format", "json"], merged.io);
    expect(merged.out()).toBe(one.out());
  });

  it("reconciles with cost_report from the Admin API", async () => {
    const api = await startFakeUsageApi({
      adminKey: "sk-ant-admin01-test",
      cost: [
        {
          starting_at: "2026-10-01T00:00:00Z",
          ending_at: "2026-10-02T00:00:00Z",
          results: [{ amount: "50.00", currency: "USD" }],
        },
      ],
    });
    try {
      const { io, out } = recordingIo(FIXTURES, "", { ANTHROPIC_ADMIN_KEY: "sk-ant-admin01-test" });
      await reportCost.run(
        [
          "--source",
          "hook",
          "--since",
          "2026-10-01",
          "--until",
          "2026-10-31",
          "--reconcile",
          "--api-base-url",
          api.url,
          "--format",
          "json",
        ],
        io,
      );
      const report = JSON.parse(out());
      expect(report.reconciliation.anthropicCost).toBe("0.5");
      expect(report.reconciliation.localCost).toBe(report.totals.cost);
      expect(api.requests[0]?.url).toContain("starting_at=2026-10-01T00%3A00%3A00Z");
      expect(out()).not.toContain("sk-ant-admin01-test");
    } finally {
      await api.close();
    }
  });

  it("adds the Admin API usage and Claude Code Analytics sources", async () => {
    const api = await startFakeUsageApi({
      bearerToken: "sk-ant-oat01-test",
      messages: [
        {
          starting_at: "2026-10-02T00:00:00Z",
          ending_at: "2026-10-03T00:00:00Z",
          results: [
            {
              uncached_input_tokens: 1_000_000,
              output_tokens: 0,
              cache_read_input_tokens: 0,
              cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
              model: "claude-opus-4-8",
              account_id: "user_01",
            },
          ],
        },
      ],
      claudeCode: {
        "2026-10-31": [
          {
            date: "2026-10-31T00:00:00Z",
            actor: { type: "user_actor", email_address: "dev@corp.example" },
            model_breakdown: [
              {
                model: "claude-haiku-4-5",
                tokens: { input: 1_000_000, output: 0, cache_read: 0, cache_creation: 0 },
              },
            ],
          },
        ],
      },
    });
    try {
      const { io, out } = recordingIo(FIXTURES, "", { ANTHROPIC_ADMIN_OAUTH_TOKEN: "sk-ant-oat01-test" });
      const code = await reportCost.run(
        [
          "--api-usage",
          "--api-claude-code",
          "--since",
          "2026-10-01",
          "--until",
          "2026-10-31",
          "--api-base-url",
          api.url,
          "--format",
          "json",
        ],
        io,
      );
      expect(code).toBe(0);
      const report = JSON.parse(out());
      expect(report.byUser.map((u: { key: string; cost: string }) => [u.key, u.cost])).toEqual([
        ["user_01", "5"],
        ["dev@corp.example", "1"],
      ]);
      expect(report.bySource.map((s: { key: string }) => s.key).sort()).toEqual([
        "anthropic-usage-api",
        "claude-code-analytics-api",
      ]);
      // one request per day for the Claude Code API, 31 days
      expect(api.requests.filter((r) => r.url.includes("claude_code"))).toHaveLength(31);
    } finally {
      await api.close();
    }
  });

  it.each([
    [[], /at least one --source/],
    [["--source", "seed", "--since", "10/01/2026"], /--since expects a date/],
    [["--source", "seed", "--since", "2026-10-05", "--until", "2026-10-01"], /after --until/],
    [["--source", "seed", "--format", "pdf"], /--format must be/],
    [["--source", "seed", "--source-kind", "csv"], /--source-kind/],
    [["--source", "seed", "--roles", "nope.json"], /Cannot read role mappings nope\.json/],
    [["--source", "seed", "--reconcile"], /need --since and --until/],
    [["--api-usage"], /need --since and --until/],
    [
      ["--source", "seed", "--since", "2026-10-01", "--until", "2026-10-02", "--reconcile"],
      /ANTHROPIC_ADMIN_KEY/,
    ],
    [["--source", "missing-dir"], /missing-dir does not exist/],
    [["--merge", "role-mappings.json"], /not a Steward usage partial/],
    [["--bogus"], /Unknown option/],
  ])("rejects %j as a ConfigurationError", async (args, message) => {
    const { io } = recordingIo(FIXTURES);
    const err = await reportCost.run(args, io).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(String(err.userMessage ?? err.message)).toMatch(message);
  });
});
