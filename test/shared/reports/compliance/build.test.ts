import { describe, expect, it } from "vitest";
import {
  buildComplianceReport,
  computeMetrics,
  idempotencyKey,
  periodOf,
  previousMonth,
  renderHtml,
  renderJson,
  renderMarkdown,
} from "../../../../shared/reports/compliance/index.js";
import { compliantFiles, evidence, exampleAudit, exampleFiles, policyOf, USAGE } from "./evidence.js";

const LINT = { counts: { error: 0, warning: 3, note: 1 }, findings: [], waived: 0 };

describe("periods", () => {
  it("turns YYYY-MM into [first day, first day of next month)", () => {
    expect(periodOf("2026-10")).toEqual({ month: "2026-10", since: "2026-10-01", until: "2026-11-01" });
    expect(periodOf("2026-12")?.until).toBe("2027-01-01");
    expect(periodOf("2026-13")).toBeUndefined();
    expect(periodOf("2026-1")).toBeUndefined();
  });
  it("defaults to the month before now", () => {
    expect(previousMonth(new Date("2026-11-25T00:00:00Z"))).toBe("2026-10");
    expect(previousMonth(new Date("2027-01-01T00:00:00Z"))).toBe("2026-12");
  });
});

describe("buildComplianceReport", () => {
  const ev = evidence({ policy: policyOf(exampleFiles()), audit: exampleAudit(), usage: USAGE, lint: LINT });
  const report = buildComplianceReport(ev, {
    generatedAt: "2026-11-25T12:00:00.000Z",
    adminApi: "not-configured",
  });

  it("counts verdicts and carries every control with its framework clauses", () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.summary).toEqual({ passing: 8, failing: 1, notEvaluated: 0, total: 9 });
    expect(report.controls.find((c) => c.verdict === "fail")?.id).toBe("sso");
    for (const c of report.controls) {
      expect(c.frameworks.soc2.length + c.frameworks.hipaa.length + c.frameworks.gdpr.length).toBeGreaterThan(
        2,
      );
    }
    expect(report.policy).toEqual({ dir: "policy", policyVersion: "2026.11" });
  });

  it("gives the seed's matrix rows the worst verdict of their controls", () => {
    expect(report.matrix.map((r) => [r.requirement, r.status])).toEqual([
      ["Data residency", "pass"],
      ["Access control", "fail"],
      ["Audit trail", "pass"],
      ["Data protection", "pass"],
      ["Retention", "pass"],
    ]);
    const noLogs = buildComplianceReport(evidence({ policy: policyOf(compliantFiles()) }), {
      generatedAt: "x",
      adminApi: "not-configured",
    });
    expect(noLogs.matrix.find((r) => r.requirement === "Audit trail")?.status).toBe("not-evaluated");
    expect(noLogs.matrix.find((r) => r.requirement === "Access control")?.status).toBe("pass");
  });

  it("reports the metrics includeMetrics asks for, from the logs when there is no API", () => {
    const m = report.metrics;
    expect(m.total_users).toMatchObject({ value: 6, source: "audit-and-usage-logs" });
    expect(m.active_users).toMatchObject({ value: 6, source: "audit-logs" });
    expect(m.token_usage).toMatchObject({ source: "cost-report", tokens: 1000, costUsd: 1.5 });
    expect(m.policy_violations?.total).toBe(58);
    expect(m.access_denials?.total).toBe(34);
    expect(m.lint_findings).toEqual({ error: 0, warning: 3, note: 1 });
    expect(m.omitted).toEqual([]);
  });

  it("leaves out metrics governance does not include, and names unknown ones", () => {
    const files = exampleFiles();
    files["governance-config.json"].governance.reports.includeMetrics = ["active_users", "model_breakdown"];
    const m = computeMetrics(evidence({ policy: policyOf(files), audit: exampleAudit() }));
    expect(Object.keys(m).sort()).toEqual(["active_users", "lint_findings", "omitted", "unknown"]);
    expect(m.omitted).toEqual(["total_users", "token_usage", "policy_violations", "access_denials"]);
    expect(m.unknown).toEqual(["model_breakdown"]);
  });

  it("prefers Admin API figures for users", () => {
    const api = {
      errors: [],
      users: { total: 40, byRole: { developer: 40 } },
      activity: { days: 31, userDays: { "a@x": ["2026-10-01"], "b@x": ["2026-10-02"] } },
    };
    const m = computeMetrics(evidence({ policy: policyOf(exampleFiles()), api }));
    expect(m.total_users).toEqual({ value: 40, source: "admin-api", byRole: { developer: 40 } });
    expect(m.active_users).toEqual({ value: 2, source: "claude-code-analytics-api" });
  });

  it("has no user figures at all without API or logs", () => {
    const m = computeMetrics(evidence({ policy: policyOf(exampleFiles()) }));
    expect(m.total_users?.value).toBeNull();
    expect(m.active_users?.value).toBeNull();
    expect(m.token_usage?.tokens).toBeNull();
    expect(m.policy_violations).toBeNull();
  });

  it("notes a cost report that does not cover the period", () => {
    const r = buildComplianceReport(
      evidence({
        policy: policyOf(exampleFiles()),
        usage: { ...USAGE, since: "2026-08-01", until: "2026-08-31" },
      }),
      { generatedAt: "x", adminApi: "not-configured" },
    );
    expect(r.notes.join(" ")).toMatch(/does not cover 2026-10/);
  });

  it("derives the idempotency key from the content, not the generation time", () => {
    const again = buildComplianceReport(ev, {
      generatedAt: "2026-12-01T00:00:00.000Z",
      adminApi: "not-configured",
    });
    expect(idempotencyKey(again)).toBe(idempotencyKey(report));
    expect(idempotencyKey(report)).toMatch(/^steward-compliance-[0-9a-f]{40}$/);
    const other = buildComplianceReport(evidence({ ...ev, usage: { ...USAGE, tokens: 1001 } }), {
      generatedAt: report.generatedAt,
      adminApi: "not-configured",
    });
    expect(idempotencyKey(other)).not.toBe(idempotencyKey(report));
  });
});

describe("renderers", () => {
  const files = exampleFiles();
  files["role-mappings.json"].roleMappings["<script>alert(1)</script>"] = {
    idpGroups: ["x"],
    permissions: { allow: [] },
  };
  const report = buildComplianceReport(
    evidence({ policy: policyOf(files), audit: exampleAudit(), usage: USAGE, lint: LINT }),
    { generatedAt: "2026-11-25T12:00:00.000Z", adminApi: "not-configured" },
  );

  it("json round-trips", () => {
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });
  it("markdown has the matrix, each control's evidence with file:line, and the metrics", () => {
    const md = renderMarkdown(report);
    expect(md).toContain("| Requirement | Configuration | Verification | Status | Evidence |");
    expect(md).toMatch(/\| Access control \| SSO \+ RBAC \| Permission logs \| ❌ fail \|/);
    expect(md).toMatch(/forceLoginOrgUUID set in managed settings: not set.*\(`managed-settings\.json`\)/);
    expect(md).toMatch(/sandbox\.enabled is true: enabled true \(`managed-settings\.json:\d+`\)/);
    expect(md).toContain("- policy violations (denials): **58**");
  });
  it("html is self-contained and escapes what it shows", () => {
    const html = renderHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<tr id="sso">');
  });
});
