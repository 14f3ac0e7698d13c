import { describe, expect, it } from "vitest";
import {
  accessControl,
  auditLoggingControl,
  CONTROLS,
  type ComplianceEvidence,
  type ControlResult,
  mfaSessionControl,
  modelRoutingControl,
  policyLintControl,
  retentionControl,
  sandboxControl,
  secretsControl,
  ssoControl,
  summarizeAudit,
} from "../../../../shared/reports/compliance/index.js";
import {
  auditLine,
  compliantFiles,
  evidence,
  exampleAudit,
  exampleFiles,
  type Files,
  ORG_UUID,
  PERIOD,
  policyOf,
  USAGE,
} from "./evidence.js";

const withPolicy = (files: Files, extra: Partial<ComplianceEvidence> = {}) =>
  evidence({ policy: policyOf(files), ...extra });
const failed = (r: ControlResult) => r.evidence.filter((e) => e.ok === false).map((e) => e.check);
const edit = (fn: (f: Files) => void, base: Files = compliantFiles()) => {
  fn(base);
  return base;
};
const LINT_CLEAN = { counts: { error: 0, warning: 2, note: 0 }, findings: [], waived: 0 };

describe("a control never passes on missing evidence", () => {
  it.each(CONTROLS.map((c) => [c.name, c] as const))("%s: nothing given -> not-evaluated", (_n, control) => {
    const r = control(evidence());
    expect(r.verdict).toBe("not-evaluated");
    expect(r.reason).not.toBe("");
  });
  it.each(CONTROLS.map((c) => [c.name, c] as const))(
    "%s: an empty policy directory -> not pass",
    (_n, control) => {
      const r = control(evidence({ policy: policyOf({}) }));
      expect(r.verdict).not.toBe("pass");
      expect(r.reason).not.toBe("");
    },
  );
  it.each(CONTROLS.map((c) => [c.name, c] as const))(
    "%s: a compliant policy but no logs, usage, API or lint -> not pass unless the policy alone is the evidence",
    (_n, control) => {
      const r = control(withPolicy(compliantFiles()));
      const policyOnly = [
        "sso",
        "sandbox",
        "secrets-protected",
        "access-control",
        "model-routing",
        "mfa-session",
      ];
      if (policyOnly.includes(r.id)) expect(r.verdict).toBe("pass");
      else expect(r.verdict).toBe("not-evaluated");
    },
  );
});

describe("sso", () => {
  it("passes with an IdP and forceLoginMethod + forceLoginOrgUUID in managed settings", () => {
    const r = ssoControl(withPolicy(compliantFiles()));
    expect(r.verdict).toBe("pass");
    const org = r.evidence.find((e) => e.check.startsWith("forceLoginOrgUUID"));
    expect(org).toMatchObject({ ok: true, file: "managed-settings.json" });
    expect(org?.line).toBeGreaterThan(1);
  });
  it("fails on the example: the login keys sit in enterprise-auth.json, which Claude Code does not read", () => {
    const r = ssoControl(withPolicy(exampleFiles()));
    expect(r.verdict).toBe("fail");
    expect(failed(r)).toEqual([
      "forceLoginMethod set in managed settings",
      "forceLoginOrgUUID set in managed settings",
    ]);
    expect(r.evidence.find((e) => e.check.startsWith("forceLoginOrgUUID"))?.detail).toMatch(
      /declared in enterprise-auth\.json:\d+, which Claude Code does not read/,
    );
  });
  it.each([
    ["a placeholder", "${ANTHROPIC_ORGANIZATION_ID}", /placeholder/],
    ["an empty list", [], /blocks every login/],
    ["not a UUID", "acme", /not a UUID/],
  ])("fails when forceLoginOrgUUID is %s", (_n, value, why) => {
    const r = ssoControl(withPolicy(edit((f) => (f["managed-settings.json"].forceLoginOrgUUID = value))));
    expect(r.verdict).toBe("fail");
    expect(r.evidence.find((e) => e.check.startsWith("forceLoginOrgUUID"))?.detail).toMatch(why);
  });
  it("accepts a list of UUIDs and reads a drop-in over the main file", () => {
    const files = edit((f) => {
      f["managed-settings.json"].forceLoginOrgUUID = "bad";
      f["managed-settings.d/10-login.json"] = { forceLoginOrgUUID: [ORG_UUID] };
    });
    const r = ssoControl(withPolicy(files));
    expect(r.verdict).toBe("pass");
    expect(r.evidence.find((e) => e.check.startsWith("forceLoginOrgUUID"))?.file).toBe(
      "managed-settings.d/10-login.json",
    );
  });
  it("fails without enterprise-auth.json, or with an invalid login method", () => {
    expect(ssoControl(withPolicy(edit((f) => delete f["enterprise-auth.json"]))).verdict).toBe("fail");
    const r = ssoControl(withPolicy(edit((f) => (f["managed-settings.json"].forceLoginMethod = "password"))));
    expect(failed(r)).toEqual(["forceLoginMethod set in managed settings"]);
  });
  it("fails an OIDC config without an https redirect URI", () => {
    const files = edit((f) => {
      f["enterprise-auth.json"].authentication = {
        type: "oidc",
        provider: "azure-ad",
        config: {
          clientId: "x",
          tenantId: "t",
          redirectUri: "http://insecure.example/cb",
          groupsClaim: "groups",
        },
      };
    });
    const r = ssoControl(withPolicy(files));
    expect(failed(r)).toEqual(["auth config redirectUri is an https URL"]);
  });
  it("is not evaluated without managed settings when the IdP config is fine", () => {
    const r = ssoControl(withPolicy(edit((f) => delete f["managed-settings.json"])));
    expect(r.verdict).toBe("not-evaluated");
    expect(r.reason).toMatch(/managed-settings\.json/);
  });
  it("fails on an auth file Claude Code-style parsers reject", () => {
    const files = edit((f) => (f["enterprise-auth.json"] = '{"authentication": {"type": "saml",}}'));
    expect(ssoControl(withPolicy(files)).verdict).toBe("fail");
  });
});

const logs = (lines: string[]) =>
  summarizeAudit([{ path: "audit/2026-10-01.jsonl", text: lines.join("\n") }], PERIOD);
const danaLog = logs([auditLine({ ts: "2026-10-01T09:00:00Z", user: "dana.okafor@acme.example" })]);

describe("audit-logging", () => {
  it("passes with the managed hook, allowManagedHooksOnly and logs covering the cost report's users and days", () => {
    const r = auditLoggingControl(withPolicy(compliantFiles(), { audit: danaLog, usage: USAGE }));
    expect(r.verdict).toBe("pass");
    expect(r.evidence.find((e) => e.check.startsWith("audit hook"))).toMatchObject({
      ok: true,
      file: "managed-settings.json",
    });
  });
  it("passes on the example logs against the Claude Code Analytics activity", () => {
    const audit = exampleAudit();
    const api = {
      errors: [],
      activity: { days: 31, userDays: { "dana.okafor@acme.example": ["2026-10-01", "2026-10-02"] } },
    };
    expect(auditLoggingControl(withPolicy(compliantFiles(), { audit, api })).verdict).toBe("pass");
  });
  it("fails on a gap: an active user-day (API) without audit records", () => {
    const api = {
      errors: [],
      activity: { days: 31, userDays: { "dana.okafor@acme.example": ["2026-10-01", "2026-10-07"] } },
    };
    const r = auditLoggingControl(withPolicy(compliantFiles(), { audit: danaLog, api }));
    expect(r.verdict).toBe("fail");
    expect(r.evidence.find((e) => e.ok === false)?.detail).toMatch(
      /dana\.okafor@acme\.example on 2026-10-07/,
    );
  });
  it("fails on a gap: a user in the cost report without audit records", () => {
    const usage = { ...USAGE, activeUsers: ["dana.okafor@acme.example", "liam.berg@acme.example"] };
    const r = auditLoggingControl(withPolicy(compliantFiles(), { audit: danaLog, usage }));
    expect(r.verdict).toBe("fail");
    expect(r.reason).toMatch(/logs cover every active user/);
  });
  it("checks the API activity and the cost report together", () => {
    const api = {
      errors: [],
      activity: { days: 31, userDays: { "dana.okafor@acme.example": ["2026-10-01"] } },
    };
    const usage = { ...USAGE, activeUsers: ["dana.okafor@acme.example", "mateo.silva@acme.example"] };
    const r = auditLoggingControl(withPolicy(compliantFiles(), { audit: danaLog, api, usage }));
    expect(r.verdict).toBe("fail");
    expect(r.evidence.find((e) => e.ok === false)?.check).toMatch(
      /Claude Code Analytics API and cost report/,
    );
    expect(r.evidence.find((e) => e.ok === false)?.detail).toMatch(
      /1 without audit records: mateo\.silva@acme\.example/,
    );
  });
  it("ignores a cost report of another period for gaps (and says it has no activity source)", () => {
    const september = { ...USAGE, since: "2026-09-01", until: "2026-09-30", activeUsers: ["someone@else"] };
    const r = auditLoggingControl(withPolicy(compliantFiles(), { audit: danaLog, usage: september }));
    expect(r.verdict).toBe("not-evaluated");
    expect(r.reason).toMatch(/no independent source of activity/);
  });
  it("matches a cost report's login to an audit e-mail", () => {
    const usage = { ...USAGE, activeUsers: ["dana.okafor"] };
    expect(auditLoggingControl(withPolicy(compliantFiles(), { audit: danaLog, usage })).verdict).toBe("pass");
  });
  it("fails without the hook, with the seed's flat hook, or without allowManagedHooksOnly", () => {
    const noHook = edit((f) => delete f["managed-settings.json"].hooks.PreToolUse);
    expect(failed(auditLoggingControl(withPolicy(noHook, { audit: danaLog, usage: USAGE })))).toEqual([
      "audit hook on every tool call in managed settings",
    ]);
    const flat = edit(
      (f) => (f["managed-settings.json"].hooks.PreToolUse = [{ command: "scripts/enforce-policy.sh" }]),
    );
    const rf = auditLoggingControl(withPolicy(flat, { audit: danaLog, usage: USAGE }));
    expect(rf.verdict).toBe("fail");
    expect(rf.evidence[0]?.detail).toMatch(/flat shape/);
    const narrow = edit((f) => (f["managed-settings.json"].hooks.PreToolUse[0].matcher = "Bash"));
    expect(auditLoggingControl(withPolicy(narrow, { audit: danaLog, usage: USAGE })).verdict).toBe("fail");
    const open = edit((f) => delete f["managed-settings.json"].allowManagedHooksOnly);
    expect(failed(auditLoggingControl(withPolicy(open, { audit: danaLog, usage: USAGE })))).toEqual([
      "users cannot override hooks (allowManagedHooksOnly)",
    ]);
  });
  it("fails when no record is dated in the period", () => {
    const old = logs([auditLine({ ts: "2026-09-30T23:59:59Z", user: "a@x" })]);
    const r = auditLoggingControl(withPolicy(compliantFiles(), { audit: old, usage: USAGE }));
    expect(r.verdict).toBe("fail");
    expect(failed(r)).toEqual(["audit records in 2026-10"]);
  });
  it("is not evaluated without logs, or without an activity source to find gaps against", () => {
    expect(auditLoggingControl(withPolicy(compliantFiles())).verdict).toBe("not-evaluated");
    const r = auditLoggingControl(withPolicy(compliantFiles(), { audit: danaLog }));
    expect(r.verdict).toBe("not-evaluated");
    expect(r.reason).toMatch(/no independent source of activity/);
  });
  it("is not evaluated without managed settings even with complete logs", () => {
    const files = edit((f) => delete f["managed-settings.json"]);
    expect(auditLoggingControl(withPolicy(files, { audit: danaLog, usage: USAGE })).verdict).toBe(
      "not-evaluated",
    );
  });
});

describe("sandbox", () => {
  it("passes on the example's managed settings, with lines", () => {
    const r = sandboxControl(withPolicy(exampleFiles()));
    expect(r.verdict).toBe("pass");
    expect(
      r.evidence.filter((e) => e.ok === true).every((e) => e.file === "managed-settings.json" && e.line),
    ).toBe(true);
  });
  it.each([
    ["enabled", false],
    ["failIfUnavailable", false],
    ["allowUnsandboxedCommands", true],
  ])("fails when sandbox.%s is %s", (key, value) => {
    const r = sandboxControl(withPolicy(edit((f) => (f["managed-settings.json"].sandbox[key] = value))));
    expect(r.verdict).toBe("fail");
    expect(failed(r)).toHaveLength(1);
  });
  it("fails when a key is left at Claude Code's default", () => {
    const r = sandboxControl(
      withPolicy(edit((f) => delete f["managed-settings.json"].sandbox.allowUnsandboxedCommands)),
    );
    expect(r.evidence.find((e) => e.ok === false)?.detail).toMatch(/not set.*default true/);
  });
  it("a drop-in can turn the sandbox off", () => {
    const r = sandboxControl(
      withPolicy(edit((f) => (f["managed-settings.d/50-x.json"] = { sandbox: { enabled: false } }))),
    );
    expect(r.verdict).toBe("fail");
  });
});

describe("secrets-protected", () => {
  it("passes when every role is denied every secret probe", () => {
    const r = secretsControl(withPolicy(exampleFiles()));
    expect(r.verdict).toBe("pass");
    expect(r.evidence.filter((e) => e.ok === true)).toHaveLength(4);
  });
  it("fails a role whose rules let it read .env, naming the deciding rule and where it is", () => {
    const files = edit((f) => {
      const deny = f["managed-settings.json"].permissions.deny as string[];
      f["managed-settings.json"].permissions.deny = deny.filter((r) => !r.includes(".env"));
      f["role-mappings.json"].roleMappings.developers.permissions.deny = ["Bash(npm publish *)"];
      f["role-mappings.json"].roleMappings.developers.permissions.allow.push("Read(**)");
    });
    const r = secretsControl(withPolicy(files));
    expect(r.verdict).toBe("fail");
    const dev = r.evidence.find((e) => e.check === "role developers: Read .env in the project");
    expect(dev).toMatchObject({ ok: false, detail: "allow by Read(**)", file: "role-mappings.json" });
  });
  it("fails when a secret only asks", () => {
    const files = edit((f) => {
      const ms = f["managed-settings.json"].permissions;
      ms.deny = ms.deny.filter((r: string) => r !== "Read(~/.ssh/**)");
      ms.ask.push("Read(~/.ssh/**)");
    });
    expect(secretsControl(withPolicy(files)).verdict).toBe("fail");
  });
  it("evaluates the default role when there are no role mappings", () => {
    const r = secretsControl(withPolicy(edit((f) => delete f["role-mappings.json"])));
    expect(r.verdict).toBe("pass");
    expect(r.reason).toMatch(/default/);
  });
});

describe("access-control", () => {
  it("passes on the example: mapped roles, contractors cannot write or run commands", () => {
    const r = accessControl(withPolicy(exampleFiles()));
    expect(r.verdict).toBe("pass");
    expect(r.evidence.find((e) => e.check.startsWith("role contractors cannot"))?.ok).toBe(true);
  });
  it("fails when contractors may run commands", () => {
    const files = edit((f) => {
      f["role-mappings.json"].roleMappings.contractors.permissions.deny = ["Edit", "Write", "NotebookEdit"];
      f["role-mappings.json"].roleMappings.contractors.permissions.allow.push("Bash(npm *)");
    });
    const r = accessControl(withPolicy(files));
    expect(r.verdict).toBe("fail");
    expect(r.evidence.find((e) => e.ok === false)?.detail).toMatch(/Run npm test: allow by Bash\(npm test\)/);
  });
  it("fails without role mappings, with an unmapped role or an undefined default role", () => {
    expect(accessControl(withPolicy(edit((f) => delete f["role-mappings.json"]))).verdict).toBe("fail");
    const unmapped = edit((f) => delete f["role-mappings.json"].roleMappings.developers.idpGroups);
    expect(failed(accessControl(withPolicy(unmapped)))).toEqual(["role developers mapped from IdP groups"]);
    const dflt = edit((f) => (f["role-mappings.json"].defaultRole = "interns"));
    expect(failed(accessControl(withPolicy(dflt)))).toEqual(["defaultRole is a defined role"]);
    const empty = edit((f) => (f["role-mappings.json"].roleMappings = {}));
    expect(accessControl(withPolicy(empty)).verdict).toBe("fail");
  });
});

describe("model-routing", () => {
  it("passes on the example's routing (consistency only: no residency requirement)", () => {
    const r = modelRoutingControl(withPolicy(exampleFiles()));
    expect(r.verdict).toBe("pass");
    expect(r.reason).toMatch(/no data-residency requirement/);
  });
  it("fails when a drop-in's region disagrees with model-policy.json, or is missing", () => {
    const wrong = edit((f) => (f["routing/vertex-eu.json"].env.CLOUD_ML_REGION = "us-central1"));
    const r = modelRoutingControl(withPolicy(wrong));
    expect(r.verdict).toBe("fail");
    expect(r.evidence.find((e) => e.ok === false)).toMatchObject({ file: "routing/vertex-eu.json" });
    const missing = edit((f) => delete f["routing/bedrock-us.json"]);
    expect(failed(modelRoutingControl(withPolicy(missing)))).toEqual([
      "region us has a managed-settings drop-in",
    ]);
  });
  it("fails when models are not enforced", () => {
    const r = modelRoutingControl(
      withPolicy(edit((f) => (f["managed-settings.json"].enforceAvailableModels = false))),
    );
    expect(failed(r)).toEqual(["enforceAvailableModels is true"]);
  });
  it("applies a data-residency requirement: EU only fails the US and direct routes", () => {
    const files = edit((f) => {
      f["governance-config.json"].governance.policies.dataHandling.dataResidency = {
        allowedRegions: ["europe-*"],
      };
    });
    const r = modelRoutingControl(withPolicy(files));
    expect(r.verdict).toBe("fail");
    expect(failed(r)).toEqual([
      "region us: us-east-1 is an allowed region",
      "region apac routes to Anthropic directly",
      "fallback route stays in the allowed regions",
    ]);
    const ok = edit((f) => {
      f["governance-config.json"].governance.policies.dataHandling.dataResidency = {
        allowedRegions: ["us-east-1", "europe-west1", "anthropic"],
      };
    });
    expect(modelRoutingControl(withPolicy(ok)).verdict).toBe("pass");
  });
  it("is not evaluated without model-policy.json routing", () => {
    expect(modelRoutingControl(withPolicy(edit((f) => delete f["model-policy.json"]))).verdict).toBe(
      "not-evaluated",
    );
  });
});

describe("retention", () => {
  const audit = (day: string) =>
    summarizeAudit(
      [{ path: `audit/${day}.jsonl`, text: auditLine({ ts: `${day}T10:00:00Z`, user: "a@x" }) }],
      PERIOD,
    );
  it("passes when the oldest log is within the retention period", () => {
    const r = retentionControl(withPolicy(exampleFiles(), { audit: exampleAudit() }));
    expect(r.verdict).toBe("pass");
    expect(r.evidence.at(-1)?.detail).toBe("oldest log 2026-10-01 is 55 days old (limit 90)");
  });
  it("fails when a log is older than the retention period (by record or by file name)", () => {
    const r = retentionControl(withPolicy(exampleFiles(), { audit: audit("2026-08-01") }));
    expect(r.verdict).toBe("fail");
    expect(r.evidence.at(-1)).toMatchObject({ ok: false, file: "audit/2026-08-01.jsonl" });
    const byName = summarizeAudit([{ path: "audit/2025-01-01.jsonl", text: "" }], PERIOD);
    expect(retentionControl(withPolicy(exampleFiles(), { audit: byName })).verdict).toBe("fail");
  });
  it("prefers auditRequirements.retentionDays for audit logs", () => {
    const files = edit(
      (f) => (f["governance-config.json"].governance.policies.auditRequirements.retentionDays = 30),
    );
    expect(retentionControl(withPolicy(files, { audit: exampleAudit() })).verdict).toBe("fail");
  });
  it("fails when transcript cleanup disagrees with managed cleanupPeriodDays, or no period is declared", () => {
    const cleanup = edit((f) => (f["managed-settings.json"].cleanupPeriodDays = 60));
    expect(failed(retentionControl(withPolicy(cleanup, { audit: exampleAudit() })))).toEqual([
      "transcript cleanup matches managed cleanupPeriodDays",
    ]);
    const none = edit(
      (f) => delete f["governance-config.json"].governance.policies.dataHandling.retentionDays,
    );
    expect(retentionControl(withPolicy(none, { audit: exampleAudit() })).verdict).toBe("fail");
  });
  it("is not evaluated without logs or without governance-config.json", () => {
    expect(retentionControl(withPolicy(exampleFiles())).verdict).toBe("not-evaluated");
    const noGov = edit((f) => delete f["governance-config.json"]);
    expect(retentionControl(withPolicy(noGov, { audit: exampleAudit() })).verdict).toBe("not-evaluated");
  });
});

describe("mfa-session", () => {
  it("passes when both are declared", () => {
    expect(mfaSessionControl(withPolicy(exampleFiles())).verdict).toBe("pass");
  });
  it("fails when MFA is off or the session timeout is missing", () => {
    const off = edit(
      (f) => (f["governance-config.json"].governance.policies.accessControl.mfaRequired = false),
    );
    expect(failed(mfaSessionControl(withPolicy(off)))).toEqual(["MFA required"]);
    const noTimeout = edit(
      (f) => delete f["governance-config.json"].governance.policies.accessControl.sessionTimeout,
    );
    expect(failed(mfaSessionControl(withPolicy(noTimeout)))).toEqual(["session timeout declared"]);
  });
  it("is not evaluated without governance-config.json", () => {
    expect(mfaSessionControl(withPolicy(edit((f) => delete f["governance-config.json"]))).verdict).toBe(
      "not-evaluated",
    );
  });
});

describe("policy-lint", () => {
  it("passes with no errors (warnings allowed)", () => {
    const r = policyLintControl(withPolicy(exampleFiles(), { lint: LINT_CLEAN }));
    expect(r.verdict).toBe("pass");
    expect(r.reason).toMatch(/2 warnings/);
  });
  it("fails on an error, pointing at its file and line", () => {
    const lint = {
      counts: { error: 1, warning: 0, note: 0 },
      findings: [
        {
          ruleId: "json/trailing-comma",
          severity: "error" as const,
          file: "managed-settings.json",
          line: 7,
          message: "trailing comma",
        },
      ],
      waived: 0,
    };
    const r = policyLintControl(withPolicy(exampleFiles(), { lint }));
    expect(r.verdict).toBe("fail");
    expect(r.evidence[0]).toMatchObject({
      check: "json/trailing-comma",
      file: "managed-settings.json",
      line: 7,
    });
  });
  it("is not evaluated when the linter did not run, with the reason", () => {
    const r = policyLintControl(withPolicy(exampleFiles(), { lintError: "boom" }));
    expect(r.verdict).toBe("not-evaluated");
    expect(r.reason).toMatch(/boom/);
  });
});
