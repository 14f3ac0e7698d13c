/**
 * Lint waivers from steward.config.json:
 * `{"waivers": [{"rule": "<id or glob>", "path": "<file or glob>", "reason": "...", "expires": "YYYY-MM-DD"}]}`.
 * A live waiver removes matching findings (they are counted as waived); an
 * expired one waives nothing and is a finding itself, as is one without a
 * reason or an expiry date. `config/*` findings cannot be waived.
 */
import type { Finding } from "./finding.js";
import { propertyNode } from "./hooks-model.js";
import type { JsonNode } from "./json-source.js";
import { globMatches } from "./kinds.js";
import type { ParsedPolicy, PolicyFile } from "./policy.js";
import { findingAt } from "./rules/context.js";

export interface Waiver {
  readonly rule: string;
  readonly path: string;
  readonly reason?: string;
  readonly expires?: string;
  readonly node: JsonNode;
}

export interface WaiverResult {
  readonly kept: Finding[];
  readonly waived: Finding[];
  /** Findings about the waivers themselves. */
  readonly problems: Finding[];
}

function readWaivers(file: PolicyFile): Waiver[] {
  const list = propertyNode(file.json?.root, "waivers");
  if (list?.type !== "array") return [];
  const out: Waiver[] = [];
  for (const node of list.children ?? []) {
    if (node.type !== "object") continue;
    const s = (k: string) => {
      const v = propertyNode(node, k)?.value;
      return typeof v === "string" && v.trim() !== "" ? v : undefined;
    };
    const rule = s("rule");
    const path = s("path");
    if (!rule || !path) continue;
    const reason = s("reason");
    const expires = s("expires");
    out.push({ rule, path, node, ...(reason ? { reason } : {}), ...(expires ? { expires } : {}) });
  }
  return out;
}

function ruleMatches(pattern: string, id: string): boolean {
  if (pattern === id) return true;
  if (!pattern.includes("*")) return false;
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return re.test(id);
}

/** Applies the waivers of `policy`'s steward.config.json to `findings` on `today` (YYYY-MM-DD). */
export function applyWaivers(
  policy: ParsedPolicy,
  findings: readonly Finding[],
  today: string,
): WaiverResult {
  const config =
    policy.files.find((f) => f.kind === "steward-config" && f.path === "steward.config.json") ??
    policy.files.find((f) => f.kind === "steward-config");
  if (!config) return { kept: [...findings], waived: [], problems: [] };
  const waivers = readWaivers(config);
  const problems: Finding[] = [];
  const live: Waiver[] = [];
  for (const w of waivers) {
    if (!w.reason || !w.expires) {
      const missing = [!w.reason ? "a reason" : "", !w.expires ? "an expiry date" : ""]
        .filter(Boolean)
        .join(" and ");
      problems.push(
        findingAt(
          config,
          { node: w.node },
          "config/incomplete-waiver",
          `The waiver for ${w.rule} on ${w.path} is missing ${missing}: without them nobody knows why the finding is hidden or when to look at it again, so the waiver never goes away.`,
          'Add "reason": "..." and "expires": "YYYY-MM-DD" (at most a few months ahead).',
        ),
      );
    }
    if (w.expires && /^\d{4}-\d{2}-\d{2}$/.test(w.expires) && w.expires < today) {
      problems.push(
        findingAt(
          config,
          { node: propertyNode(w.node, "expires") ?? w.node },
          "config/expired-waiver",
          `The waiver for ${w.rule} on ${w.path} expired on ${w.expires}, so it no longer hides anything: its findings are reported again.`,
          "Fix the findings and delete the waiver, or renew it with a new reason and date.",
        ),
      );
      continue;
    }
    live.push(w);
  }
  const kept: Finding[] = [];
  const waived: Finding[] = [];
  for (const f of findings) {
    const hit =
      !f.ruleId.startsWith("config/") &&
      live.some((w) => ruleMatches(w.rule, f.ruleId) && globMatches(w.path, f.file));
    (hit ? waived : kept).push(f);
  }
  return { kept, waived, problems };
}
