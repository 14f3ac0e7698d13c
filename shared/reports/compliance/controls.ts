/**
 * The compliance controls: each a pure function over the gathered evidence
 * returning a verdict and the evidence it rests on (docs/compliance.md). A
 * control never passes on missing evidence: no file, no logs or no API access
 * gives `not-evaluated` (with the reason) or `fail`.
 */
import {
  evaluateProbes,
  PROBE_CWD,
  PROBE_HOME,
  PROBES,
  type Probe,
  rolePolicies,
} from "../../permissions/index.js";
import { settingsHooks } from "../../policy/hooks-model.js";
import type { JsonSource } from "../../policy/json-source.js";
import { controlInfo } from "./catalog.js";
import { type Located, managedValue, permissionSources, valueAt } from "./policy-files.js";
import type {
  ComplianceEvidence,
  ControlId,
  ControlResult,
  EvidenceItem,
  Period,
  PolicyEvidence,
  UsageEvidence,
  Verdict,
} from "./types.js";

const item = (
  check: string,
  ok: boolean | null,
  detail: string,
  at?: { file: string; line?: number },
): EvidenceItem => ({
  check,
  ok,
  detail,
  ...(at ? { file: at.file, ...(at.line ? { line: at.line } : {}) } : {}),
});

function result(id: ControlId, verdict: Verdict, reason: string, evidence: EvidenceItem[]): ControlResult {
  const info = controlInfo(id);
  return {
    id,
    title: info.title,
    severity: info.severity,
    verdict,
    reason,
    evidence,
    frameworks: info.frameworks,
  };
}

const failures = (evidence: readonly EvidenceItem[]) => evidence.filter((e) => e.ok === false);
const describeFailures = (evidence: readonly EvidenceItem[]) =>
  failures(evidence)
    .map((e) => e.check)
    .join("; ");

/** Fail when any item failed, else `ifClean`. */
function decide(
  id: ControlId,
  evidence: EvidenceItem[],
  ifClean: { verdict: Verdict; reason: string },
): ControlResult {
  const bad = failures(evidence);
  if (bad.length > 0) return result(id, "fail", `Failing: ${describeFailures(evidence)}.`, evidence);
  return result(id, ifClean.verdict, ifClean.reason, evidence);
}

const notEvaluated = (id: ControlId, reason: string, evidence: EvidenceItem[] = []) =>
  result(id, "not-evaluated", reason, evidence);

const hasManaged = (p: PolicyEvidence) => p.managed !== undefined || p.dropIns.length > 0;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const at = (l: Located | undefined, fallback: JsonSource | undefined) =>
  l ? { file: l.file, line: l.line } : fallback ? { file: fallback.file } : undefined;
const show = (v: unknown) => JSON.stringify(v);
const PLACEHOLDER = /\$\{[^}]*\}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isHttpsUrl = (v: unknown) => {
  if (typeof v !== "string") return false;
  try {
    return new URL(v).protocol === "https:";
  } catch {
    return false;
  }
};
const nonEmpty = (v: unknown) => typeof v === "string" && v.trim() !== "";
const FATAL_JSON = new Set(["syntax", "comment", "trailing-comma", "bom", "empty-file", "multiple-values"]);

/** Files Claude Code (or Steward) would reject outright. */
function fatalProblems(source: JsonSource | undefined): EvidenceItem[] {
  if (!source) return [];
  return source.problems
    .filter((p) => FATAL_JSON.has(p.code))
    .slice(0, 3)
    .map((p) =>
      item(`${source.file} is valid JSON`, false, `${p.message}: the whole file is ignored`, {
        file: source.file,
        line: p.line,
      }),
    );
}

// ---------------------------------------------------------------- SSO

export function ssoControl(ev: ComplianceEvidence): ControlResult {
  const id = "sso";
  const policy = ev.policy;
  if (!policy) return notEvaluated(id, "No policy directory was given.");
  const evidence: EvidenceItem[] = [];
  const auth = policy.enterpriseAuth;
  if (!auth) {
    evidence.push(
      item(
        "identity provider configured",
        false,
        "enterprise-auth.json not found: no SAML or OIDC identity provider is configured",
      ),
    );
  } else {
    evidence.push(...fatalProblems(auth));
    const type = valueAt(auth, ["authentication", "type"]);
    const cfg =
      (isObject(auth.value) && isObject(auth.value.authentication) && auth.value.authentication) || {};
    const config = isObject(cfg.config) ? cfg.config : {};
    if (type?.value === "saml" || type?.value === "oidc") {
      evidence.push(
        item("identity provider configured", true, `${type.value} via ${show(cfg.provider)}`, at(type, auth)),
      );
      const required: [string, (v: unknown) => boolean, string][] =
        type.value === "saml"
          ? [
              ["entryPoint", isHttpsUrl, "an https URL"],
              ["issuer", nonEmpty, "set"],
              ["cert", nonEmpty, "set"],
              ["callbackUrl", isHttpsUrl, "an https URL"],
            ]
          : [
              ["clientId", nonEmpty, "set"],
              ["redirectUri", isHttpsUrl, "an https URL"],
            ];
      for (const [key, ok, what] of required) {
        const v = valueAt(auth, ["authentication", "config", key]);
        const good = ok(config[key]);
        evidence.push(
          item(
            `auth config ${key} is ${what}`,
            good,
            good ? "present" : `missing or invalid (${show(config[key] ?? null)})`,
            at(v, auth),
          ),
        );
      }
      if (type.value === "oidc") {
        const good = nonEmpty(config.issuer) || nonEmpty(config.tenantId);
        evidence.push(
          item(
            "auth config names the OIDC issuer or tenant",
            good,
            good ? "present" : "neither issuer nor tenantId is set",
            { file: auth.file },
          ),
        );
      }
      const groups =
        isObject(cfg.attributeMapping) && nonEmpty(cfg.attributeMapping.groups)
          ? "attributeMapping.groups"
          : nonEmpty(config.groupsClaim)
            ? "config.groupsClaim"
            : Array.isArray(config.scope) && config.scope.includes("groups")
              ? "the groups scope"
              : undefined;
      evidence.push(
        item(
          "IdP groups reach Steward's roles",
          groups !== undefined,
          groups
            ? `groups come from ${groups}`
            : "no groups attribute or claim: SSO groups cannot select a role",
          { file: auth.file },
        ),
      );
    } else {
      evidence.push(
        item(
          "identity provider configured",
          false,
          `authentication.type is ${show(type?.value ?? null)}, not saml or oidc`,
          at(type, auth),
        ),
      );
    }
  }
  if (!hasManaged(policy)) {
    evidence.push(
      item(
        "login enforced in managed settings",
        null,
        "no managed-settings.json: enforcement cannot be checked",
      ),
    );
    if (failures(evidence).length > 0) return decide(id, evidence, { verdict: "fail", reason: "" });
    return notEvaluated(
      id,
      "No managed-settings.json: forceLoginMethod and forceLoginOrgUUID cannot be checked.",
      evidence,
    );
  }
  const declared = (key: string) => {
    const d = valueAt(auth, ["claudeCodeLogin", key]);
    return d ? ` (declared in ${d.file}:${d.line}, which Claude Code does not read)` : "";
  };
  const method = managedValue(policy, ["forceLoginMethod"]);
  const methodOk = ["claudeai", "console", "gateway"].includes(method?.value as string);
  evidence.push(
    item(
      "forceLoginMethod set in managed settings",
      methodOk,
      method
        ? methodOk
          ? `forceLoginMethod ${show(method.value)}`
          : `forceLoginMethod ${show(method.value)} is not claudeai, console or gateway`
        : `not set: users can log in with any method, personal accounts included${declared("forceLoginMethod")}`,
      at(method, policy.managed),
    ),
  );
  const org = managedValue(policy, ["forceLoginOrgUUID"]);
  const uuids = typeof org?.value === "string" ? [org.value] : Array.isArray(org?.value) ? org.value : [];
  let orgOk = false;
  let orgDetail: string;
  if (!org) orgDetail = `not set: users can log in to any organization${declared("forceLoginOrgUUID")}`;
  else if (uuids.length === 0) orgDetail = "an empty list blocks every login";
  else if (uuids.some((u) => typeof u === "string" && PLACEHOLDER.test(u)))
    orgDetail = `${show(org.value)} holds a placeholder: managed settings are not expanded, and an invalid value blocks every login`;
  else if (!uuids.every((u) => typeof u === "string" && UUID.test(u)))
    orgDetail = `${show(org.value)} is not a UUID (or list of UUIDs)`;
  else {
    orgOk = true;
    orgDetail = `${uuids.length} organization${uuids.length === 1 ? "" : "s"} allowed`;
  }
  evidence.push(item("forceLoginOrgUUID set in managed settings", orgOk, orgDetail, at(org, policy.managed)));
  return decide(id, evidence, {
    verdict: "pass",
    reason:
      "An identity provider is configured and managed settings force the login method and organization.",
  });
}

// ---------------------------------------------------------------- audit logging

const ALL_TOOLS = new Set(["", "*", ".*"]);

export function auditLoggingControl(ev: ComplianceEvidence): ControlResult {
  const id = "audit-logging";
  const policy = ev.policy;
  const evidence: EvidenceItem[] = [];
  let configKnown = false;
  if (policy && hasManaged(policy)) {
    configKnown = true;
    const sources = [policy.managed, ...policy.dropIns].filter((s): s is JsonSource => s !== undefined);
    const hooks = sources.flatMap((s) => settingsHooks(s).map((h) => ({ h, s })));
    const audit = hooks.find(
      ({ h }) =>
        h.event === "PreToolUse" &&
        !h.flat &&
        (h.type === "command" || h.type === "http") &&
        (h.matcher === undefined || ALL_TOOLS.has(h.matcher.value)),
    );
    if (audit) {
      evidence.push(
        item(
          "audit hook on every tool call in managed settings",
          true,
          `PreToolUse ${audit.h.matcher ? `matcher ${show(audit.h.matcher.value)}` : "(no matcher)"}: ${audit.h.command?.value ?? audit.h.type}`,
          { file: audit.s.file, line: audit.s.position(audit.h.handlerNode.offset).line },
        ),
      );
    } else {
      const flat = hooks.find(({ h }) => h.event === "PreToolUse" && h.flat);
      evidence.push(
        item(
          "audit hook on every tool call in managed settings",
          false,
          flat
            ? "the PreToolUse hook is in the seed's flat shape ({command} without matcher/hooks), which Claude Code does not run"
            : "no PreToolUse command or http hook matching every tool in managed settings",
          flat
            ? { file: flat.s.file, line: flat.s.position(flat.h.groupNode.offset).line }
            : sources[0]
              ? { file: sources[0].file }
              : undefined,
        ),
      );
    }
    const only = managedValue(policy, ["allowManagedHooksOnly"]);
    evidence.push(
      item(
        "users cannot override hooks (allowManagedHooksOnly)",
        only?.value === true,
        only
          ? `allowManagedHooksOnly ${show(only.value)}`
          : "allowManagedHooksOnly not set: user, project and plugin hooks also run",
        at(only, policy.managed),
      ),
    );
  } else {
    evidence.push(
      item(
        "audit hook in managed settings",
        null,
        policy ? "no managed-settings.json" : "no policy directory",
      ),
    );
  }

  const audit = ev.audit;
  let logsVerdict: { ok: boolean | null; why: string } = { ok: null, why: "no audit logs were given" };
  if (audit) {
    evidence.push(
      item(
        "audit logs read",
        null,
        `${audit.files} files, ${audit.v1Records} v1 records (${audit.recordsInPeriod} in ${ev.period.month}), ${audit.legacyLines} legacy lines, ${audit.malformed} malformed lines`,
      ),
    );
    if (audit.malformed > 0) {
      const first = audit.malformedSamples[0];
      evidence.push(
        item(
          "malformed audit lines",
          null,
          `${audit.malformed} lines could not be read${first ? `; first: ${first.error}` : ""}`,
          first ? { file: first.file, line: first.line } : undefined,
        ),
      );
    }
    if (audit.recordsInPeriod === 0) {
      logsVerdict = { ok: false, why: `no audit record is dated in ${ev.period.month}` };
      evidence.push(item(`audit records in ${ev.period.month}`, false, logsVerdict.why));
    } else {
      const gaps = findGaps(ev);
      if (gaps === undefined) {
        logsVerdict = {
          ok: null,
          why: "no independent source of activity (Claude Code Analytics API or a cost report) to find gaps against",
        };
        evidence.push(item("logs cover every active user", null, logsVerdict.why));
      } else {
        const ok = gaps.missing.length === 0;
        logsVerdict = { ok, why: ok ? "" : `${gaps.missing.length} gaps` };
        evidence.push(
          item(
            `logs cover every active user and day (${gaps.source})`,
            ok,
            ok
              ? `${gaps.checked} active user-days or users checked, none without audit records`
              : `${gaps.missing.length} without audit records: ${gaps.missing.slice(0, 10).join(", ")}${gaps.missing.length > 10 ? ", ..." : ""}`,
          ),
        );
      }
    }
  } else {
    evidence.push(item("audit logs for the period", null, "no audit logs were given"));
  }
  if (failures(evidence).length > 0) return decide(id, evidence, { verdict: "fail", reason: "" });
  if (!configKnown)
    return notEvaluated(id, "No managed settings: the audit hook cannot be checked.", evidence);
  if (logsVerdict.ok !== true)
    return notEvaluated(id, `Hook configuration is in force, but ${logsVerdict.why}.`, evidence);
  return result(
    id,
    "pass",
    `A managed audit hook users cannot override runs on every tool call, and the logs cover every active user in ${ev.period.month}.`,
    evidence,
  );
}

const localPart = (u: string) => u.split("@")[0] ?? u;

/** Whether a cost report's period touches the reporting period (an unknown bound counts as touching). */
export function usageOverlaps(usage: UsageEvidence, period: Period): boolean {
  if (usage.since && usage.since >= period.until) return false;
  if (usage.until && usage.until < period.since) return false;
  return true;
}

/** Active users/days without audit records; undefined when there is no activity source besides the logs. */
function findGaps(
  ev: ComplianceEvidence,
): { source: string; checked: number; missing: string[] } | undefined {
  const audit = ev.audit;
  if (!audit) return undefined;
  const auditDays = new Map<string, Set<string>>();
  for (const [u, days] of Object.entries(audit.userDays)) {
    auditDays.set(u, new Set(days));
    const short = localPart(u);
    if (!auditDays.has(short)) auditDays.set(short, new Set(days));
  }
  const inPeriod = (d: string) => d >= ev.period.since && d < ev.period.until;
  const sources: string[] = [];
  const missing: string[] = [];
  let checked = 0;
  const activity = ev.api?.activity;
  if (activity) {
    sources.push("Claude Code Analytics API");
    for (const [user, days] of Object.entries(activity.userDays)) {
      const logged = auditDays.get(user) ?? auditDays.get(localPart(user));
      for (const d of days.filter(inPeriod)) {
        checked++;
        if (!logged?.has(d)) missing.push(`${user} on ${d}`);
      }
    }
  }
  const usage = ev.usage && usageOverlaps(ev.usage, ev.period) ? ev.usage : undefined;
  if (usage) {
    sources.push(`cost report ${usage.file}`);
    for (const user of usage.activeUsers) {
      checked++;
      if (!auditDays.has(user) && !auditDays.has(localPart(user))) missing.push(user);
    }
    for (const d of usage.activeDays.filter(inPeriod)) {
      checked++;
      if (!(d in audit.byDay)) missing.push(`any user on ${d}`);
    }
  }
  if (sources.length === 0) return undefined;
  return { source: sources.join(" and "), checked, missing: [...new Set(missing)] };
}

// ---------------------------------------------------------------- sandbox

export function sandboxControl(ev: ComplianceEvidence): ControlResult {
  const id = "sandbox";
  const policy = ev.policy;
  if (!policy) return notEvaluated(id, "No policy directory was given.");
  if (!hasManaged(policy))
    return notEvaluated(id, "No managed-settings.json: the sandbox settings cannot be checked.");
  const evidence: EvidenceItem[] = [...fatalProblems(policy.managed)];
  const checks: [string, unknown, string, string][] = [
    ["enabled", true, "sandbox.enabled is true", "Bash runs unsandboxed (Claude Code's default is false)"],
    [
      "failIfUnavailable",
      true,
      "sandbox.failIfUnavailable is true",
      "where the sandbox cannot start, Claude Code silently runs without it (default false)",
    ],
    [
      "allowUnsandboxedCommands",
      false,
      "sandbox.allowUnsandboxedCommands is false",
      "Claude Code may retry a failing command outside the sandbox (default true)",
    ],
  ];
  for (const [key, want, title, risk] of checks) {
    const v = managedValue(policy, ["sandbox", key]);
    const ok = v?.value === want;
    evidence.push(
      item(
        title,
        ok,
        ok ? `${key} ${show(v?.value)}` : `${v ? `${key} ${show(v.value)}` : `${key} not set`}: ${risk}`,
        at(v, policy.managed),
      ),
    );
  }
  const excluded = managedValue(policy, ["sandbox", "excludedCommands"]);
  if (Array.isArray(excluded?.value) && excluded.value.length > 0) {
    evidence.push(
      item("commands excluded from the sandbox", null, show(excluded.value), at(excluded, policy.managed)),
    );
  }
  return decide(id, evidence, {
    verdict: "pass",
    reason: "Managed settings enable the sandbox, require it, and allow no unsandboxed retries.",
  });
}

// ---------------------------------------------------------------- secrets

/** Probes every role must deny: .env, keys, ~/.ssh, ~/.aws and credentials files, through Read, Edit/Write and Bash. */
export const SECRET_PROBE_IDS: readonly string[] = [
  "secrets/read-dotenv",
  "secrets/read-dotenv-nested",
  "secrets/cat-dotenv",
  "secrets/grep-dotenv",
  "secrets/edit-dotenv",
  "secrets/write-dotenv",
  "secrets/read-private-key",
  "secrets/read-pem",
  "secrets/read-ssh-key",
  "secrets/cat-ssh-key",
  "cloud/read-aws-credentials",
  "cloud/cat-aws-credentials",
  "cloud/read-gcloud",
];

/** Reported per role but not required: permission rules cannot stop them (the sandbox can), or they are not credential files by name. */
export const ADVISORY_SECRET_PROBE_IDS: readonly string[] = [
  "secrets/python-open-dotenv",
  "secrets/printenv",
  "secrets/read-netrc",
  "secrets/read-npmrc",
  "cloud/read-kubeconfig",
];

const probesById = (ids: readonly string[]): Probe[] =>
  ids.map((pid) => {
    const p = PROBES.find((x) => x.id === pid);
    if (!p) throw new Error(`unknown probe ${pid}`);
    return p;
  });

function hasPermissionSources(policy: PolicyEvidence): boolean {
  return hasManaged(policy) || policy.enterprise !== undefined || policy.roleMappings !== undefined;
}

export function secretsControl(ev: ComplianceEvidence): ControlResult {
  const id = "secrets-protected";
  const policy = ev.policy;
  if (!policy) return notEvaluated(id, "No policy directory was given.");
  if (!hasPermissionSources(policy))
    return notEvaluated(
      id,
      "No managed settings or role mappings: there are no permission rules to evaluate.",
    );
  const { roles } = rolePolicies(permissionSources(policy));
  const required = probesById(SECRET_PROBE_IDS);
  const advisory = probesById(ADVISORY_SECRET_PROBE_IDS);
  const evidence: EvidenceItem[] = [];
  for (const role of roles) {
    const results = evaluateProbes(role.rules, required);
    const open = results.filter((r) => r.decision !== "deny");
    if (open.length === 0) {
      evidence.push(
        item(`role ${role.role}: secrets denied`, true, `all ${required.length} secret probes denied`),
      );
    } else {
      for (const r of open) {
        evidence.push(
          item(
            `role ${role.role}: ${r.probe.title}`,
            false,
            `${r.decision}${r.rule ? ` by ${r.rule.text}` : " (no rule matches)"}`,
            r.rule?.source.file
              ? { file: r.rule.source.file, ...(r.rule.source.line ? { line: r.rule.source.line } : {}) }
              : undefined,
          ),
        );
      }
    }
    const adv = evaluateProbes(role.rules, advisory).filter((r) => r.decision !== "deny");
    if (adv.length > 0) {
      evidence.push(
        item(
          `role ${role.role}: advisory probes not denied`,
          null,
          adv.map((r) => `${r.probe.id} (${r.decision})`).join(", "),
        ),
      );
    }
  }
  return decide(id, evidence, {
    verdict: "pass",
    reason: `Every role (${roles.map((r) => r.role).join(", ")}) is denied every secret probe through Read, Edit/Write and Bash.`,
  });
}

// ---------------------------------------------------------------- access control

const RESTRICTED_ROLE = /contractor|vendor|external|guest/i;

/** What a restricted (contractor) role must be denied: writing files and running commands. */
const call = (tool_name: string, tool_input: Record<string, unknown>) => ({
  tool_name,
  tool_input,
  cwd: PROBE_CWD,
});
export const RESTRICTED_PROBES: readonly Probe[] = [
  {
    id: "access/edit-src",
    category: "everyday",
    title: "Edit a source file",
    call: call("Edit", { file_path: `${PROBE_CWD}/src/index.ts`, old_string: "a", new_string: "b" }),
  },
  {
    id: "access/write-src",
    category: "everyday",
    title: "Write a source file",
    call: call("Write", { file_path: `${PROBE_CWD}/src/new.ts`, content: "x" }),
  },
  {
    id: "access/notebook-edit",
    category: "everyday",
    title: "Edit a notebook",
    call: call("NotebookEdit", { notebook_path: `${PROBE_CWD}/analysis.ipynb`, new_source: "x" }),
  },
  {
    id: "access/bash-npm-test",
    category: "everyday",
    title: "Run npm test",
    call: call("Bash", { command: "npm test" }),
  },
  {
    id: "access/bash-git-status",
    category: "everyday",
    title: "Run git status",
    call: call("Bash", { command: "git status" }),
  },
  { id: "access/bash-ls", category: "everyday", title: "Run ls", call: call("Bash", { command: "ls -la" }) },
  {
    id: "access/bash-home",
    category: "everyday",
    title: "Run a script in the home directory",
    call: call("Bash", { command: `${PROBE_HOME}/bin/deploy.sh` }),
  },
];

export function accessControl(ev: ComplianceEvidence): ControlResult {
  const id = "access-control";
  const policy = ev.policy;
  if (!policy) return notEvaluated(id, "No policy directory was given.");
  const evidence: EvidenceItem[] = [];
  const rm = policy.roleMappings;
  if (!rm) {
    evidence.push(
      item("role mappings present", false, "role-mappings.json not found: every user gets the same rules"),
    );
    return decide(id, evidence, { verdict: "fail", reason: "" });
  }
  evidence.push(...fatalProblems(rm));
  const mappings = valueAt(rm, ["roleMappings"]);
  const roleNames = isObject(mappings?.value) ? Object.keys(mappings.value) : [];
  if (roleNames.length === 0) {
    evidence.push(item("role mappings present", false, "roleMappings is missing or empty", at(mappings, rm)));
    return decide(id, evidence, { verdict: "fail", reason: "" });
  }
  evidence.push(
    item(
      "role mappings present",
      true,
      `${roleNames.length} roles: ${roleNames.join(", ")}`,
      at(mappings, rm),
    ),
  );
  for (const role of roleNames) {
    const groups = valueAt(rm, ["roleMappings", role, "idpGroups"]);
    const ok = Array.isArray(groups?.value) && groups.value.length > 0;
    evidence.push(
      item(
        `role ${role} mapped from IdP groups`,
        ok,
        ok ? show(groups?.value) : "no idpGroups: no SSO group selects this role",
        at(groups ?? valueAt(rm, ["roleMappings", role]), rm),
      ),
    );
  }
  const dflt = valueAt(rm, ["defaultRole"]);
  if (dflt) {
    const ok = typeof dflt.value === "string" && roleNames.includes(dflt.value);
    evidence.push(item("defaultRole is a defined role", ok, `defaultRole ${show(dflt.value)}`, at(dflt, rm)));
  } else {
    evidence.push(item("defaultRole", null, "not set: users in no mapped group get the org-wide rules only"));
  }
  const { roles } = rolePolicies(permissionSources(policy));
  const restricted = roles.filter((r) => RESTRICTED_ROLE.test(r.role));
  if (restricted.length === 0) {
    evidence.push(
      item(
        "contractors cannot write or run commands",
        null,
        "no contractor, vendor, external or guest role is defined",
      ),
    );
  }
  for (const role of restricted) {
    const open = evaluateProbes(role.rules, RESTRICTED_PROBES).filter((r) => r.decision !== "deny");
    evidence.push(
      item(
        `role ${role.role} cannot write files or run commands`,
        open.length === 0,
        open.length === 0
          ? `all ${RESTRICTED_PROBES.length} write/command probes denied`
          : open
              .map((r) => `${r.probe.title}: ${r.decision}${r.rule ? ` by ${r.rule.text}` : ""}`)
              .join("; "),
        at(valueAt(rm, ["roleMappings", role.role, "permissions"]), rm),
      ),
    );
  }
  for (const role of roles) {
    const counts = { deny: 0, ask: 0, allow: 0, none: 0 };
    for (const r of evaluateProbes(role.rules, PROBES)) counts[r.decision]++;
    evidence.push(
      item(
        `role ${role.role}: probe decisions`,
        null,
        `${PROBES.length} probes: ${counts.deny} deny, ${counts.ask} ask, ${counts.allow} allow, ${counts.none} no rule`,
      ),
    );
  }
  return decide(id, evidence, {
    verdict: "pass",
    reason:
      restricted.length > 0
        ? "Roles are mapped from IdP groups, and restricted roles cannot write files or run commands."
        : "Roles are mapped from IdP groups (no restricted role is defined).",
  });
}

// ---------------------------------------------------------------- model routing

function regionAllowed(region: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.endsWith("*") ? region.startsWith(a.slice(0, -1)) : region === a));
}

export function modelRoutingControl(ev: ComplianceEvidence): ControlResult {
  const id = "model-routing";
  const policy = ev.policy;
  if (!policy) return notEvaluated(id, "No policy directory was given.");
  const evidence: EvidenceItem[] = [];
  if (hasManaged(policy)) {
    const models = managedValue(policy, ["availableModels"]);
    const enforce = managedValue(policy, ["enforceAvailableModels"]);
    const list = Array.isArray(models?.value) ? models.value : [];
    evidence.push(
      item(
        "availableModels restricts the models",
        list.length > 0,
        list.length > 0
          ? `${list.length} models: ${list.join(", ")}`
          : "availableModels not set or empty: any model can be chosen",
        at(models, policy.managed),
      ),
    );
    evidence.push(
      item(
        "enforceAvailableModels is true",
        enforce?.value === true,
        enforce
          ? `enforceAvailableModels ${show(enforce.value)}`
          : "not set: the Default option is not pinned to the list",
        at(enforce, policy.managed),
      ),
    );
  } else {
    evidence.push(item("model allowlist in managed settings", null, "no managed-settings.json"));
  }
  const residency = valueAt(policy.governance, [
    "governance",
    "policies",
    "dataHandling",
    "dataResidency",
    "allowedRegions",
  ]);
  const allowed = Array.isArray(residency?.value)
    ? (residency.value as unknown[]).filter((x): x is string => typeof x === "string")
    : undefined;
  if (allowed)
    evidence.push(
      item(
        "data residency required",
        null,
        `allowed regions: ${allowed.join(", ")}`,
        at(residency, policy.governance),
      ),
    );
  const regions = valueAt(policy.modelPolicy, ["routing", "regions"]);
  if (!policy.modelPolicy || !isObject(regions?.value)) {
    evidence.push(
      item(
        "routing declared",
        null,
        policy.modelPolicy ? "model-policy.json has no routing.regions" : "no model-policy.json",
      ),
    );
    if (failures(evidence).length > 0) return decide(id, evidence, { verdict: "fail", reason: "" });
    return notEvaluated(
      id,
      "No routing is declared (model-policy.json routing.regions): data residency cannot be checked.",
      evidence,
    );
  }
  const mp = policy.modelPolicy;
  for (const [name, raw] of Object.entries(regions.value as Record<string, unknown>)) {
    const r = isObject(raw) ? raw : {};
    const where = at(valueAt(mp, ["routing", "regions", name]), mp);
    const provider = r.provider;
    const dropInPath = typeof r.managedSettingsDropIn === "string" ? r.managedSettingsDropIn : undefined;
    if (provider === "anthropic") {
      const ok = allowed ? allowed.includes("anthropic") : null;
      evidence.push(
        item(
          `region ${name} routes to Anthropic directly`,
          ok,
          allowed && !ok
            ? "the first-party API is not in the allowed regions"
            : "first-party API; inference geography is not pinned",
          where,
        ),
      );
      continue;
    }
    if (provider !== "bedrock" && provider !== "vertex") {
      evidence.push(
        item(
          `region ${name} has a known provider`,
          false,
          `provider ${show(provider)} is not bedrock, vertex or anthropic`,
          where,
        ),
      );
      continue;
    }
    const cloudRegion = provider === "bedrock" ? r.region : r.location;
    const dropIn = dropInPath ? policy.referenced[dropInPath] : undefined;
    if (!dropIn) {
      evidence.push(
        item(
          `region ${name} has a managed-settings drop-in`,
          false,
          dropInPath
            ? `${dropInPath} not found`
            : "no managedSettingsDropIn: nothing tells Claude Code to use the provider",
          where,
        ),
      );
      continue;
    }
    const env = isObject(dropIn.value) && isObject(dropIn.value.env) ? dropIn.value.env : {};
    const flag = provider === "bedrock" ? "CLAUDE_CODE_USE_BEDROCK" : "CLAUDE_CODE_USE_VERTEX";
    const regionVar = provider === "bedrock" ? "AWS_REGION" : "CLOUD_ML_REGION";
    const flagAt = valueAt(dropIn, ["env", flag]);
    evidence.push(
      item(
        `region ${name}: ${dropIn.file} selects ${provider}`,
        env[flag] === "1",
        `${flag}=${show(env[flag] ?? null)}`,
        at(flagAt, dropIn),
      ),
    );
    const regAt = valueAt(dropIn, ["env", regionVar]);
    evidence.push(
      item(
        `region ${name}: ${dropIn.file} pins ${show(cloudRegion)}`,
        typeof cloudRegion === "string" && env[regionVar] === cloudRegion,
        `${regionVar}=${show(env[regionVar] ?? null)}, model-policy.json says ${show(cloudRegion ?? null)}`,
        at(regAt, dropIn),
      ),
    );
    if (allowed && typeof cloudRegion === "string") {
      evidence.push(
        item(
          `region ${name}: ${cloudRegion} is an allowed region`,
          regionAllowed(cloudRegion, allowed),
          cloudRegion,
          where,
        ),
      );
    }
  }
  const fallback = valueAt(mp, ["routing", "fallback", "provider"]);
  if (fallback && allowed) {
    const ok = fallback.value === "anthropic" ? allowed.includes("anthropic") : true;
    evidence.push(
      item(
        "fallback route stays in the allowed regions",
        ok,
        `fallback provider ${show(fallback.value)}`,
        at(fallback, mp),
      ),
    );
  }
  return decide(id, evidence, {
    verdict: "pass",
    reason: allowed
      ? "Every route pins a provider and region inside the allowed regions, and managed settings restrict the models."
      : "Every route pins its provider and region and managed settings restrict the models; governance-config.json declares no data-residency requirement, so only consistency was checked.",
  });
}

// ---------------------------------------------------------------- retention

const DAY_MS = 86_400_000;

export function retentionControl(ev: ComplianceEvidence): ControlResult {
  const id = "retention";
  const policy = ev.policy;
  if (!policy) return notEvaluated(id, "No policy directory was given.");
  const gov = policy.governance;
  if (!gov) return notEvaluated(id, "No governance-config.json: no retention period is declared.");
  const evidence: EvidenceItem[] = [];
  const auditDays = valueAt(gov, ["governance", "policies", "auditRequirements", "retentionDays"]);
  const dataDays = valueAt(gov, ["governance", "policies", "dataHandling", "retentionDays"]);
  const days = auditDays ?? dataDays;
  const cleanupWanted = valueAt(gov, [
    "governance",
    "policies",
    "dataHandling",
    "transcriptCleanupPeriodDays",
  ]);
  if (cleanupWanted) {
    const actual = hasManaged(policy) ? managedValue(policy, ["cleanupPeriodDays"]) : undefined;
    const ok = actual?.value === cleanupWanted.value;
    evidence.push(
      item(
        "transcript cleanup matches managed cleanupPeriodDays",
        ok,
        actual
          ? `governance wants ${show(cleanupWanted.value)} days, managed settings say ${show(actual.value)}`
          : `governance wants ${show(cleanupWanted.value)} days; cleanupPeriodDays is not set in managed settings (Claude Code keeps 30)`,
        at(actual ?? cleanupWanted, gov),
      ),
    );
  }
  if (!days || typeof days.value !== "number") {
    evidence.push(
      item(
        "retention period declared",
        false,
        "neither auditRequirements.retentionDays nor dataHandling.retentionDays is set",
        { file: gov.file },
      ),
    );
    return decide(id, evidence, { verdict: "fail", reason: "" });
  }
  evidence.push(item("retention period declared", true, `${days.value} days`, at(days, gov)));
  const audit = ev.audit;
  if (!audit?.oldest) {
    evidence.push(
      item(
        "no log older than the retention period",
        null,
        audit ? "no dated record or file name in the logs" : "no audit logs were given",
      ),
    );
    if (failures(evidence).length > 0) return decide(id, evidence, { verdict: "fail", reason: "" });
    return notEvaluated(
      id,
      audit
        ? "The logs hold no dated record."
        : "No audit logs were given: retention on disk cannot be checked.",
      evidence,
    );
  }
  const now = Date.parse(ev.now);
  const cutoff = new Date(now - days.value * DAY_MS).toISOString().slice(0, 10);
  const age = Math.floor((now - Date.parse(`${audit.oldest.day}T00:00:00Z`)) / DAY_MS);
  const ok = audit.oldest.day >= cutoff;
  evidence.push(
    item(
      "no log older than the retention period",
      ok,
      ok
        ? `oldest log ${audit.oldest.day} is ${age} days old (limit ${days.value})`
        : `${audit.oldest.day} is ${age} days old, past the ${days.value}-day limit (delete logs before ${cutoff})`,
      { file: audit.oldest.file },
    ),
  );
  return decide(id, evidence, { verdict: "pass", reason: `No audit log is older than ${days.value} days.` });
}

// ---------------------------------------------------------------- MFA and session timeout

export function mfaSessionControl(ev: ComplianceEvidence): ControlResult {
  const id = "mfa-session";
  const policy = ev.policy;
  if (!policy) return notEvaluated(id, "No policy directory was given.");
  const gov = policy.governance;
  if (!gov)
    return notEvaluated(
      id,
      "No governance-config.json: MFA and session timeout are not declared anywhere Steward reads.",
    );
  const evidence: EvidenceItem[] = [...fatalProblems(gov)];
  const mfa = valueAt(gov, ["governance", "policies", "accessControl", "mfaRequired"]);
  evidence.push(
    item(
      "MFA required",
      mfa?.value === true,
      mfa ? `mfaRequired ${show(mfa.value)}` : "mfaRequired not set",
      at(mfa, gov),
    ),
  );
  const timeout = valueAt(gov, ["governance", "policies", "accessControl", "sessionTimeout"]);
  const ok = typeof timeout?.value === "string" && /^[1-9][0-9]*(m|h|d|w)$/.test(timeout.value);
  evidence.push(
    item(
      "session timeout declared",
      ok,
      timeout ? `sessionTimeout ${show(timeout.value)}` : "sessionTimeout not set",
      at(timeout, gov),
    ),
  );
  evidence.push(
    item(
      "enforced by the identity provider",
      null,
      "declared policy: Steward cannot see the IdP's MFA or session settings",
    ),
  );
  return decide(id, evidence, {
    verdict: "pass",
    reason: "MFA and a session timeout are declared in governance-config.json.",
  });
}

// ---------------------------------------------------------------- policy lint

export function policyLintControl(ev: ComplianceEvidence): ControlResult {
  const id = "policy-lint";
  if (!ev.policy) return notEvaluated(id, "No policy directory was given.");
  const lint = ev.lint;
  if (!lint) return notEvaluated(id, `The linter did not run${ev.lintError ? `: ${ev.lintError}` : "."}`);
  const evidence: EvidenceItem[] = [];
  for (const f of lint.findings.filter((x) => x.severity === "error").slice(0, 20)) {
    evidence.push(item(f.ruleId, false, f.message, { file: f.file, line: f.line }));
  }
  evidence.push(
    item(
      "lint findings",
      lint.counts.error === 0,
      `${lint.counts.error} errors, ${lint.counts.warning} warnings, ${lint.counts.note} notes (${lint.waived} waived)`,
    ),
  );
  return decide(id, evidence, {
    verdict: "pass",
    reason: `steward lint finds no errors (${lint.counts.warning} warnings, ${lint.counts.note} notes).`,
  });
}

/** Every control, in report order. */
export const CONTROLS: readonly ((ev: ComplianceEvidence) => ControlResult)[] = [
  ssoControl,
  auditLoggingControl,
  sandboxControl,
  secretsControl,
  accessControl,
  modelRoutingControl,
  retentionControl,
  mfaSessionControl,
  policyLintControl,
];

export function evaluateControls(ev: ComplianceEvidence): ControlResult[] {
  return CONTROLS.map((c) => c(ev));
}
