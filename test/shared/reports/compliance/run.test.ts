// The example policy repository and example logs, through the whole job: these
// are the verdicts docs/compliance.md explains.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isConfigurationError } from "../../../../shared/errors.js";
import { systemRetryPorts } from "../../../../shared/http/retry.js";
import { RecordingLogger } from "../../../../shared/logging.js";
import {
  complianceFailingData,
  deliverComplianceReport,
  type GeneratedReport,
  generateComplianceReport,
} from "../../../../shared/reports/compliance/index.js";
import {
  type FakeComplianceEndpoint,
  startFakeComplianceEndpoint,
} from "../../../fakes/compliance-endpoint.js";
import { type FakeSlackWebhook, startFakeSlackWebhook } from "../../../fakes/slack-webhook.js";
import { REPO_ROOT } from "../../../harness/run-action.js";

const CLOCK = () => new Date("2026-11-25T12:00:00.000Z");
const ports = (logger = new RecordingLogger()) => ({
  ...systemRetryPorts,
  logger,
  cwd: REPO_ROOT,
  clock: CLOCK,
});
const EXAMPLE = {
  policyDir: "examples/policy-repo",
  auditLogs: ["examples/usage/audit", "examples/usage/audit-legacy"],
  usageReport: "test/fixtures/compliance/cost-report-2026-10.json",
  period: "2026-10",
};

describe("the example policy repository and logs, October 2026", () => {
  let out: string;
  let g: GeneratedReport;
  const logger = new RecordingLogger();
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "steward-compliance-"));
    g = await generateComplianceReport(
      { ...EXAMPLE, formats: ["json", "md", "html"], outDir: out },
      ports(logger),
    );
  });

  it("passes eight controls and fails SSO: the login keys are not in managed settings", () => {
    expect(Object.fromEntries(g.report.controls.map((c) => [c.id, c.verdict]))).toEqual({
      sso: "fail",
      "audit-logging": "pass",
      sandbox: "pass",
      "secrets-protected": "pass",
      "access-control": "pass",
      "model-routing": "pass",
      retention: "pass",
      "mfa-session": "pass",
      "policy-lint": "pass",
    });
    expect(g.report.summary).toEqual({ passing: 8, failing: 1, notEvaluated: 0, total: 9 });
  });

  it("names policy files and log files relative to the working directory", () => {
    const sso = g.report.controls.find((c) => c.id === "sso");
    expect(sso?.evidence.filter((e) => e.ok === false).map((e) => e.file)).toEqual([
      "examples/policy-repo/managed-settings.json",
      "examples/policy-repo/managed-settings.json",
    ]);
    const sandbox = g.report.controls.find((c) => c.id === "sandbox");
    const managed = readFileSync(join(REPO_ROOT, "examples/policy-repo/managed-settings.json"), "utf8").split(
      "\n",
    );
    const line = managed.findIndex((l) => l.includes('"sandbox"')) + 2; // "enabled" is its first key
    expect(managed[line - 1]).toMatch(/"enabled": true/);
    expect(sandbox?.evidence[0]).toMatchObject({
      file: "examples/policy-repo/managed-settings.json",
      line,
    });
    const retention = g.report.controls.find((c) => c.id === "retention");
    expect(retention?.evidence.at(-1)?.file).toBe("examples/usage/audit/2026-10-01.jsonl");
  });

  it("writes compliance.json, .md and .html", () => {
    expect(g.written.map((p) => p.slice(out.length + 1))).toEqual([
      "compliance.json",
      "compliance.md",
      "compliance.html",
    ]);
    const json = JSON.parse(readFileSync(join(out, "compliance.json"), "utf8"));
    expect(json.schemaVersion).toBe(1);
    expect(json.metrics.policy_violations.total).toBe(58);
    expect(json.sources).toMatchObject({ auditFiles: 6, auditMalformed: 2, adminApi: "not-configured" });
  });

  it("warns about the malformed audit lines at their file and line", () => {
    expect(logger.messages.find((m) => m.level === "warning")?.location).toEqual({
      file: "examples/usage/audit/2026-10-01.jsonl",
      line: 6,
    });
  });

  it("without logs, usage and API: audit logging and retention are not evaluated", async () => {
    const bare = await generateComplianceReport(
      { policyDir: EXAMPLE.policyDir, auditLogs: [], period: "2026-10", formats: ["json"] },
      ports(),
    );
    const v = Object.fromEntries(bare.report.controls.map((c) => [c.id, c.verdict]));
    expect(v["audit-logging"]).toBe("not-evaluated");
    expect(v.retention).toBe("not-evaluated");
    expect(bare.report.metrics.total_users?.value).toBeNull();
  });

  it("refuses a bad period and a missing policy directory or usage report", async () => {
    for (const bad of [
      { ...EXAMPLE, period: "2026-13" },
      { ...EXAMPLE, policyDir: "no/such/dir" },
      { ...EXAMPLE, usageReport: "no-such.json" },
      { ...EXAMPLE, auditLogs: ["no-such-dir"] },
    ]) {
      const error = await generateComplianceReport({ ...bad, formats: ["json"] }, ports()).catch((e) => e);
      expect(isConfigurationError(error), JSON.stringify(bad)).toBe(true);
    }
  });

  describe("delivery", () => {
    let endpoint: FakeComplianceEndpoint;
    let slack: FakeSlackWebhook;
    beforeAll(async () => {
      endpoint = await startFakeComplianceEndpoint("tok-12345678");
      slack = await startFakeSlackWebhook();
    });
    afterAll(async () => {
      await endpoint.close();
      await slack.close();
    });

    it("posts the report and sends a compliance-failing Slack message naming the failing control", async () => {
      const r = await deliverComplianceReport(
        g.report,
        {
          endpoint: { url: endpoint.reportsUrl, token: "tok-12345678", allowHttpLoopback: true },
          slack: { webhookUrl: slack.url, webhookUrlSource: "test" },
          retry: { baseDelayMs: 1 },
        },
        ports(),
      );
      expect(r.endpoint?.status).toBe(201);
      expect(r.slack?.delivered).toBe(true);
      const text = JSON.stringify(slack.requests[0]?.body);
      expect(text).toContain("1 compliance control failing");
      expect(text).toContain("SSO configured and enforced");
    });

    it("builds no Slack message when nothing fails", () => {
      const passing = { ...g.report, controls: g.report.controls.filter((c) => c.verdict !== "fail") };
      expect(complianceFailingData(passing)).toBeUndefined();
    });
  });
});
