/**
 * Cross-value arithmetic: quotas (daily above monthly, a role above the org),
 * alert thresholds outside 0-100 %, rotation periods that contradict each
 * other, IP allowlists with entries that are not CIDRs, and retention periods
 * that disagree across governance, audit and key policies.
 */
import { isIP } from "node:net";
import type { Finding } from "../finding.js";
import { propertiesOf, propertyNode } from "../hooks-model.js";
import type { JsonNode } from "../json-source.js";
import { filesOfKind, type PolicyFile } from "../policy.js";
import { findingAt, type PolicyRule } from "./context.js";

const num = (n: JsonNode | undefined): number | undefined =>
  n?.type === "number" && typeof n.value === "number" ? n.value : undefined;

const STEWARD_AND_SETTINGS = [
  "managed-settings",
  "claude-settings",
  "role-mappings",
  "usage-dashboard-config",
  "governance-config",
  "api-key-policy",
  "model-policy",
  "team-settings",
  "enterprise-settings",
] as const;

/** Visits every object node with its key path. */
function walk(
  node: JsonNode | undefined,
  path: string[],
  fn: (node: JsonNode, path: string[]) => void,
): void {
  if (!node) return;
  if (node.type === "object") {
    fn(node, path);
    for (const [k, v] of propertiesOf(node)) walk(v, [...path, k], fn);
  } else if (node.type === "array") {
    (node.children ?? []).forEach((c, i) => {
      walk(c, [...path, String(i)], fn);
    });
  }
}

interface Quota {
  readonly value: number;
  readonly node: JsonNode;
}
/** daily/monthly as a number, or {tokens: n}. */
function quotaOf(node: JsonNode | undefined, measure = "tokens"): Quota | undefined {
  const direct = num(node);
  if (direct !== undefined && node) return { value: direct, node };
  const inner = propertyNode(node, measure);
  const v = num(inner);
  return v !== undefined && inner ? { value: v, node: inner } : undefined;
}

export const quotaArithmetic: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  // daily > monthly anywhere a quotas object has both
  for (const file of filesOfKind(policy, ...STEWARD_AND_SETTINGS)) {
    walk(file.json?.root, [], (node, path) => {
      const dailyNode = propertyNode(node, "daily");
      const monthlyNode = propertyNode(node, "monthly");
      if (!dailyNode || !monthlyNode) return;
      for (const measure of ["tokens", "requests"]) {
        const d = quotaOf(dailyNode, measure);
        const m = quotaOf(monthlyNode, measure);
        if (!d || !m || d.value <= m.value) continue;
        findings.push(
          findingAt(
            file,
            { node: d.node },
            "quotas/daily-exceeds-monthly",
            `${path.join(".") || "quotas"}: the daily quota (${d.value}) is above the monthly quota (${m.value}), so the daily limit can never be reached before the monthly one stops the user on day one.`,
            "Make the monthly quota at least the daily quota (typically daily x working days).",
          ),
        );
        if (num(dailyNode) !== undefined) break;
      }
    });
  }
  // role quotas above the organization's
  const org: { daily?: Quota; monthly?: Quota; file?: string } = {};
  for (const file of filesOfKind(policy, "role-mappings")) {
    const oq = propertyNode(file.json?.root, "orgQuota");
    const d = quotaOf(propertyNode(oq, "daily"));
    const m = quotaOf(propertyNode(oq, "monthly"));
    if (d) org.daily = d;
    if (m) org.monthly = m;
    if (d || m) org.file = file.path;
  }
  for (const file of filesOfKind(policy, "managed-settings", "claude-settings")) {
    const q = propertyNode(propertyNode(file.json?.root, "monitoring"), "quotas");
    const d = quotaOf(propertyNode(q, "daily"));
    const m = quotaOf(propertyNode(q, "monthly"));
    if (d && !org.daily) org.daily = d;
    if (m && !org.monthly) org.monthly = m;
    if ((d || m) && !org.file) org.file = file.path;
  }
  for (const file of filesOfKind(policy, "role-mappings")) {
    for (const [role, r] of propertiesOf(propertyNode(file.json?.root, "roleMappings"))) {
      const q = propertyNode(r, "quotas");
      for (const period of ["daily", "monthly"] as const) {
        const rq = quotaOf(propertyNode(q, period));
        const oq = org[period];
        if (!rq || !oq || rq.value <= oq.value) continue;
        findings.push(
          findingAt(
            file,
            { node: rq.node },
            "quotas/role-exceeds-org",
            `Role "${role}" has a ${period} quota of ${rq.value}, above the organization's ${period} quota of ${oq.value} (${org.file}); the role's quota can never be used.`,
            `Lower the role's ${period} quota to at most ${oq.value}, or raise the organization's.`,
          ),
        );
      }
    }
  }
  return findings;
};

const THRESHOLD_KEYS =
  /^(threshold|thresholdPercent|alertThreshold|percentOfRoleQuota|percent|alertAtPercent)$/;

export const thresholdRange: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const file of filesOfKind(policy, ...STEWARD_AND_SETTINGS)) {
    walk(file.json?.root, [], (node, path) => {
      for (const [key, value] of propertiesOf(node)) {
        if (!THRESHOLD_KEYS.test(key)) continue;
        const v = num(value);
        if (v === undefined || (v >= 0 && v <= 100)) continue;
        findings.push(
          findingAt(
            file,
            { node: value },
            "quotas/threshold-range",
            `${[...path, key].join(".")} is ${v}, but an alert threshold is a percentage between 0 and 100${v > 0 && v <= 1 ? "" : ""}; the alert ${v > 100 ? "can fire only after the quota has already stopped usage" : "fires on every reading"}.`,
            v > 0 && v < 1
              ? `Write it as a percentage (${Math.round(v * 100)}).`
              : "Use a value between 0 and 100.",
          ),
        );
      }
    });
  }
  return findings;
};

/** "30d", "8h", "1m", "2w" -> minutes. */
export function durationMinutes(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const m = /^(\d+)\s*(m|min|h|d|w)$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] === "w" ? 7 * 24 * 60 : m[2] === "d" ? 24 * 60 : m[2] === "h" ? 60 : 1;
  return n * unit;
}

export const rotationPeriods: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const file of filesOfKind(policy, "api-key-policy")) {
    const rot = propertyNode(propertyNode(file.json?.root, "apiKeys"), "rotation");
    if (!rot || propertyNode(rot, "enabled")?.value === false) continue;
    const get = (k: string) => {
      const node = propertyNode(rot, k);
      const minutes = durationMinutes(node?.value);
      return node && minutes !== undefined ? { node, minutes, text: String(node.value) } : undefined;
    };
    const interval = get("interval");
    const notify = get("notifyBefore");
    const grace = get("gracePeriod");
    const maxExpiry = get("maxExpiry");
    const add = (node: JsonNode, message: string, hint: string) =>
      findings.push(findingAt(file, { node }, "keys/rotation-periods", message, hint));
    if (interval && interval.minutes === 0)
      add(interval.node, "The rotation interval is zero.", "Use a positive interval, e.g. 30d.");
    if (interval && notify && notify.minutes >= interval.minutes) {
      add(
        notify.node,
        `notifyBefore (${notify.text}) is not shorter than the rotation interval (${interval.text}): the "rotation is coming" notice would fire before the previous rotation has happened, i.e. all the time.`,
        `Make notifyBefore shorter than ${interval.text} (e.g. 7d for 30d).`,
      );
    }
    if (interval && grace && grace.minutes >= interval.minutes) {
      add(
        grace.node,
        `gracePeriod (${grace.text}) is not shorter than the rotation interval (${interval.text}): the old key is still in its grace period when the next rotation starts, so two rotations overlap.`,
        `Make gracePeriod shorter than ${interval.text}.`,
      );
    }
    if (interval && maxExpiry && maxExpiry.minutes < interval.minutes + (grace?.minutes ?? 0)) {
      add(
        maxExpiry.node,
        `maxExpiry (${maxExpiry.text}) is shorter than the rotation interval${grace ? " plus the grace period" : ""} (${interval.text}${grace ? ` + ${grace.text}` : ""}): keys expire before they are rotated out, and the org is left without a working key (anthropic-apis §0: expiry is set at creation and cannot change).`,
        `Raise maxExpiry to at least ${interval.text}${grace ? ` + ${grace.text}` : ""}, or rotate more often.`,
      );
    }
  }
  return findings;
};

/** Why an allowlist entry is not a valid IP address or CIDR block, or undefined when it is. */
export function cidrProblem(entry: string): string | undefined {
  const [addr, bits, ...rest] = entry.trim().split("/");
  if (rest.length > 0 || addr === undefined) return "it is not an address or CIDR block";
  const family = isIP(addr);
  if (family === 0) {
    if (/^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/i.test(addr))
      return "it is a host name; IP allowlists match the caller's source address, so a name matches nothing (resolve it to the office/VPN egress CIDRs)";
    return "it is not a valid IPv4 or IPv6 address";
  }
  if (bits === undefined) return undefined;
  if (!/^\d{1,3}$/.test(bits)) return `the prefix length "/${bits}" is not a number`;
  const n = Number(bits);
  const max = family === 4 ? 32 : 128;
  if (n > max) return `the prefix length /${n} is above /${max}`;
  if (family === 4) {
    const value = addr.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
    const hostBits = 32 - n;
    if (hostBits > 0 && value % 2 ** hostBits !== 0) {
      const network = value - (value % 2 ** hostBits);
      const dotted = [24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join(".");
      return `host bits are set (the block is ${dotted}/${n}); some allowlists reject it, others silently widen it`;
    }
  }
  return undefined;
}

const ALLOWLIST_KEYS = /^(ipAllowlist|ipAllowList|allowedIps|allowedIPs|ipWhitelist|allowedCidrs)$/;

export const ipAllowlist: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  for (const file of policy.files) {
    if (!file.json) continue;
    walk(file.json.root, [], (node, path) => {
      for (const [key, list] of propertiesOf(node)) {
        if (!ALLOWLIST_KEYS.test(key) || list.type !== "array") continue;
        (list.children ?? []).forEach((entry, i) => {
          if (entry.type !== "string" || typeof entry.value !== "string") return;
          if (/^\$\{?[A-Z_]/.test(entry.value)) return;
          const problem = cidrProblem(entry.value);
          if (!problem) return;
          findings.push(
            findingAt(
              file,
              { node: entry },
              "network/invalid-allowlist-entry",
              `${[...path, key].join(".")}[${i}] is "${entry.value}": ${problem}.`,
              "List CIDR blocks (10.0.0.0/8) or single addresses (203.0.113.7) only.",
            ),
          );
        });
      }
    });
  }
  return findings;
};

interface Retention {
  readonly file: PolicyFile;
  readonly node: JsonNode;
  readonly days: number;
  readonly what: string;
}

export const retention: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  const audit: Retention[] = [];
  const transcripts: Retention[] = [];
  let data: Retention | undefined;
  const at = (file: PolicyFile, node: JsonNode | undefined, what: string): Retention | undefined => {
    const days = num(node);
    return node && days !== undefined ? { file, node, days, what } : undefined;
  };
  for (const file of filesOfKind(policy, "governance-config")) {
    const policies = propertyNode(propertyNode(file.json?.root, "governance"), "policies");
    const dh = propertyNode(policies, "dataHandling");
    data =
      at(
        file,
        propertyNode(dh, "retentionDays"),
        `${file.path} governance.policies.dataHandling.retentionDays`,
      ) ?? data;
    const t = at(
      file,
      propertyNode(dh, "transcriptCleanupPeriodDays"),
      `${file.path} dataHandling.transcriptCleanupPeriodDays`,
    );
    if (t) transcripts.push(t);
    const a = at(
      file,
      propertyNode(propertyNode(policies, "auditRequirements"), "retentionDays"),
      `${file.path} auditRequirements.retentionDays`,
    );
    if (a) audit.push(a);
  }
  for (const file of filesOfKind(policy, "api-key-policy")) {
    const a = at(
      file,
      propertyNode(propertyNode(propertyNode(file.json?.root, "apiKeys"), "audit"), "retentionDays"),
      `${file.path} apiKeys.audit.retentionDays`,
    );
    if (a) audit.push(a);
  }
  for (const file of filesOfKind(policy, "managed-settings")) {
    const t = at(file, propertyNode(file.json?.root, "cleanupPeriodDays"), `${file.path} cleanupPeriodDays`);
    if (t) transcripts.push(t);
  }
  const disagree = (list: Retention[], what: string) => {
    const first = list[0];
    if (!first) return;
    for (const r of list.slice(1)) {
      if (r.days === first.days) continue;
      findings.push(
        findingAt(
          r.file,
          { node: r.node },
          "retention/inconsistent",
          `${r.what} is ${r.days} days but ${first.what} is ${first.days} days: the policies disagree on how long ${what} are kept, so one of them is not what actually happens.`,
          `Use one value for ${what} in every file.`,
        ),
      );
    }
  };
  disagree(audit, "audit logs");
  disagree(transcripts, "Claude Code transcripts");
  if (data) {
    for (const r of [...audit, ...transcripts]) {
      if (r.days <= data.days) continue;
      findings.push(
        findingAt(
          r.file,
          { node: r.node },
          "retention/inconsistent",
          `${r.what} keeps records for ${r.days} days, longer than the data-handling retention of ${data.days} days (${data.what}); transcripts and audit records hold code and prompts, so they outlive what the governance policy allows.`,
          `Lower it to at most ${data.days} days, or raise the data-handling retention.`,
        ),
      );
    }
  }
  return findings;
};
