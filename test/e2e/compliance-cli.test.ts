// `steward report compliance` through the CLI's dispatcher and registry, on
// the example policy repository and logs, with fake endpoint and Admin API.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../shared/cli/commands/index.js";
import { main } from "../../shared/cli/main.js";
import { type FakeUsersApi, startFakeUsersApi } from "../fakes/anthropic-users-api.js";
import { type FakeComplianceEndpoint, startFakeComplianceEndpoint } from "../fakes/compliance-endpoint.js";
import { REPO_ROOT } from "../harness/run-action.js";
import { recordingIo } from "../shared/cli/commands/cli-io.js";

const ADMIN_KEY = "sk-ant-admin01-CliCanary-9e8d7c6b";
const EXAMPLE = [
  "--policy",
  "examples/policy-repo",
  "--audit-logs",
  "examples/usage/audit",
  "--audit-logs",
  "examples/usage/audit-legacy",
  "--usage",
  "test/fixtures/compliance/cost-report-2026-10.json",
  "--period",
  "2026-10",
];
const run = (args: string[], env: Record<string, string> = {}) => {
  const rec = recordingIo(REPO_ROOT, "", env);
  return main(["report", "compliance", ...args], rec.io, COMMANDS).then((code) => ({ code, ...rec }));
};

describe("steward report compliance", () => {
  let api: FakeUsersApi;
  let endpoint: FakeComplianceEndpoint;
  beforeAll(async () => {
    api = await startFakeUsersApi({
      adminKey: ADMIN_KEY,
      users: [{ id: "user_1", email: "dana.okafor@acme.example", role: "developer" }],
      claudeCode: {
        "2026-10-01": [
          {
            date: "2026-10-01T00:00:00Z",
            actor: { type: "user_actor", email_address: "dana.okafor@acme.example" },
            core_metrics: { num_sessions: 3 },
            model_breakdown: [],
          },
        ],
      },
    });
    endpoint = await startFakeComplianceEndpoint("cli-endpoint-token-1");
  });
  afterAll(async () => {
    await api.close();
    await endpoint.close();
  });

  it("is listed in steward --help and has its own --help", async () => {
    const rec = recordingIo(REPO_ROOT);
    await main(["--help"], rec.io, COMMANDS);
    expect(rec.out()).toMatch(/report compliance\s+Compliance report/);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out()).toContain("Usage: steward report compliance --policy <dir>");
  });

  it("prints the Markdown report for the example and exits 0, or 1 with --fail-on-failing", async () => {
    const r = await run(EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.out()).toContain("# Claude Code compliance report, 2026-10");
    expect(r.out()).toContain("**8 passing, 1 failing, 0 not evaluated** of 9 controls");
    expect(r.logger.hasMessage("2026-10: 8 passing, 1 failing, 0 not evaluated.", "info")).toBe(true);
    expect((await run([...EXAMPLE, "--fail-on-failing"])).code).toBe(1);
  });

  it("writes the formats asked for to --out", async () => {
    const out = mkdtempSync(join(tmpdir(), "steward-cli-compliance-"));
    const r = await run([...EXAMPLE, "--format", "json", "--format", "html", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out()).toBe("");
    expect(JSON.parse(readFileSync(join(out, "compliance.json"), "utf8")).summary.failing).toBe(1);
    expect(readFileSync(join(out, "compliance.html"), "utf8")).toContain("<!doctype html>");
  });

  it("uses the Admin API from the environment and posts to the endpoint", async () => {
    const r = await run(
      [
        ...EXAMPLE,
        "--format",
        "json",
        "--api-base-url",
        api.url,
        "--endpoint-url",
        endpoint.reportsUrl,
        "--allow-http-loopback",
      ],
      { ANTHROPIC_ADMIN_KEY: ADMIN_KEY, COMPLIANCE_ENDPOINT_TOKEN: "cli-endpoint-token-1" },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out());
    expect(report.metrics.total_users).toEqual({ value: 1, source: "admin-api", byRole: { developer: 1 } });
    expect(report.sources.adminApi).toBe("used");
    expect(endpoint.recorded.size).toBe(1);
    expect(r.out() + JSON.stringify(r.logger.messages)).not.toContain(ADMIN_KEY);
  });

  it("--slack --dry-run prints the compliance-failing message without a webhook", async () => {
    const r = await run([...EXAMPLE, "--format", "json", "--slack", "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.err()).toContain("SSO configured and enforced");
  });

  it.each([
    [[], /--policy <dir> is required/],
    [[...EXAMPLE, "--format", "pdf"], /--format must be json, md or html/],
    [[...EXAMPLE, "--period", "October"], /must be a month YYYY-MM/],
    [[...EXAMPLE, "--slack"], /--slack needs SLACK_WEBHOOK_URL/],
    [[...EXAMPLE, "--endpoint-url", "http://compliance.acme.example/x"], /must use https/],
  ])("bad usage %# exits 2 with a one-line message", async (args, why) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err()).toMatch(why);
  });
});
