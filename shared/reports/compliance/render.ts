/**
 * Renderers for the compliance report: `compliance.json` (the versioned
 * schema), a Markdown summary (job summary, PR or wiki) and a self-contained
 * HTML page (inline CSS, no scripts, no external resources). Pure.
 */
import type { ComplianceReport, ControlResult, CountBreakdown, EvidenceItem, Verdict } from "./types.js";

export type ComplianceFormat = "json" | "md" | "html";
export const COMPLIANCE_FORMATS: readonly ComplianceFormat[] = ["json", "md", "html"];
export const FILE_NAMES: Readonly<Record<ComplianceFormat, string>> = {
  json: "compliance.json",
  md: "compliance.md",
  html: "compliance.html",
};

export function renderJson(report: ComplianceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const ICON: Record<Verdict, string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  "not-evaluated": "⚪ not evaluated",
};
const md = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const where = (e: EvidenceItem) => (e.file ? `${e.file}${e.line ? `:${e.line}` : ""}` : "");
const mark = (ok: boolean | null) => (ok === true ? "✓" : ok === false ? "✗" : "·");
const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? "n/a" : n.toLocaleString("en-US");

function top(record: Readonly<Record<string, number>>, n: number): string {
  const entries = Object.entries(record).slice(0, n);
  return entries.length ? entries.map(([k, v]) => `${k} (${v})`).join(", ") : "none";
}

function breakdownLines(name: string, b: CountBreakdown | null | undefined): string[] {
  if (!b) return [`- ${name}: n/a (no audit logs)`];
  return [
    `- ${name}: **${fmt(b.total)}**`,
    `  - by rule: ${md(top(b.byRule, 5))}`,
    `  - by user: ${md(top(b.byUser, 5))}`,
    `  - by tool: ${md(top(b.byTool, 5))}`,
    `  - by day: ${md(top(b.byDay, 31))}`,
  ];
}

export function renderMarkdown(report: ComplianceReport): string {
  const s = report.summary;
  const out: string[] = [
    `# Claude Code compliance report, ${report.period.month}`,
    "",
    `Policy ${report.policy.dir ?? "(none)"}${report.policy.policyVersion ? ` version ${report.policy.policyVersion}` : ""}. ` +
      `**${s.passing} passing, ${s.failing} failing, ${s.notEvaluated} not evaluated** of ${s.total} controls.`,
    "",
    "## Compliance matrix",
    "",
    "| Requirement | Configuration | Verification | Status | Evidence |",
    "|---|---|---|---|---|",
    ...report.matrix.map(
      (r) =>
        `| ${r.requirement} | ${r.configuration} | ${r.verification} | ${ICON[r.status]} | ${md(
          r.controls
            .map((id) => {
              const c = report.controls.find((x) => x.id === id);
              return c ? `${c.title}: ${c.verdict}` : id;
            })
            .join("; "),
        )} |`,
    ),
    "",
    "## Controls",
    "",
    "| Control | Verdict | Why | SOC 2 | HIPAA | GDPR |",
    "|---|---|---|---|---|---|",
    ...report.controls.map(
      (c) =>
        `| ${c.title} (\`${c.id}\`) | ${ICON[c.verdict]} | ${md(c.reason)} | ${c.frameworks.soc2.join(", ")} | ${c.frameworks.hipaa.join(", ")} | ${c.frameworks.gdpr.join(", ")} |`,
    ),
    "",
  ];
  for (const c of report.controls) {
    out.push(`### ${ICON[c.verdict]}: ${c.title}`, "");
    for (const e of c.evidence) {
      out.push(`- ${mark(e.ok)} ${md(e.check)}: ${md(e.detail)}${e.file ? ` (\`${where(e)}\`)` : ""}`);
    }
    out.push("");
  }
  const m = report.metrics;
  out.push("## Metrics", "");
  if (m.total_users)
    out.push(
      `- total users: **${fmt(m.total_users.value)}** (${m.total_users.source}${m.total_users.note ? `; ${m.total_users.note}` : ""})${
        m.total_users.byRole ? `; by role: ${md(top(m.total_users.byRole, 10))}` : ""
      }`,
    );
  if (m.active_users)
    out.push(
      `- active users: **${fmt(m.active_users.value)}** (${m.active_users.source}${m.active_users.note ? `; ${m.active_users.note}` : ""})`,
    );
  if (m.token_usage) {
    const t = m.token_usage;
    out.push(
      t.source === "none"
        ? "- token usage: n/a (no cost report given)"
        : `- token usage: **${fmt(t.tokens)}** tokens in ${fmt(t.requests)} requests (input ${fmt(t.input)}, output ${fmt(t.output)}, cache read ${fmt(t.cacheRead)}, cache write ${fmt(t.cacheWrite)}), cost $${t.costUsd?.toFixed(2)}`,
    );
  }
  if ("policy_violations" in m) {
    out.push(...breakdownLines("policy violations (denials)", m.policy_violations));
    if (m.policy_violations)
      out.push(`  - of which legacy BLOCKED/DENIED lines: ${fmt(m.policy_violations.legacy)}`);
  }
  if ("access_denials" in m) out.push(...breakdownLines("access denials (role rules)", m.access_denials));
  if (m.lint_findings)
    out.push(
      `- lint findings: ${m.lint_findings.error} errors, ${m.lint_findings.warning} warnings, ${m.lint_findings.note} notes`,
    );
  if (m.omitted.length) out.push(`- not requested by includeMetrics: ${m.omitted.join(", ")}`);
  if (m.unknown.length) out.push(`- unknown metrics in includeMetrics: ${m.unknown.join(", ")}`);
  out.push("");
  const src = report.sources;
  out.push(
    "## Sources",
    "",
    `- audit logs: ${src.auditFiles} files, ${src.auditLines} lines, ${src.auditMalformed} malformed`,
    `- cost report: ${src.usageReport ?? "none"}`,
    `- Anthropic Admin API: ${src.adminApi}${src.apiErrors.length ? ` (${md(src.apiErrors.join("; "))})` : ""}`,
    ...report.notes.map((n) => `- ${md(n)}`),
    "",
    `Generated ${report.generatedAt} by Steward (schema version ${report.schemaVersion}).`,
    "",
  );
  return out.join("\n");
}

const esc = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

const CSS = `body{font:14px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#1f2328;padding:0 1rem}
h1{font-size:1.6rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}.not-evaluated{color:#6e7781;font-weight:600}
.cards{display:flex;gap:1rem}.card{flex:1;border:1px solid #d0d7de;border-radius:6px;padding:1rem;text-align:center}.card b{display:block;font-size:2rem}
ul.ev{margin:.2rem 0;padding-left:1.2rem}code{background:#f6f8fa;padding:0 .2rem;border-radius:3px}.muted{color:#6e7781}`;

const verdictCell = (v: Verdict) => `<span class="${v}">${esc(ICON[v])}</span>`;

function evidenceList(c: ControlResult): string {
  return `<ul class="ev">${c.evidence
    .map(
      (e) =>
        `<li>${mark(e.ok)} ${esc(e.check)}: ${esc(e.detail)}${e.file ? ` <code>${esc(where(e))}</code>` : ""}</li>`,
    )
    .join("")}</ul>`;
}

function breakdownHtml(name: string, b: CountBreakdown | null | undefined): string {
  if (!b) return `<tr><th>${esc(name)}</th><td colspan="2">n/a (no audit logs)</td></tr>`;
  return `<tr><th>${esc(name)}</th><td>${fmt(b.total)}</td><td>rules: ${esc(top(b.byRule, 5))}<br>users: ${esc(top(b.byUser, 5))}<br>tools: ${esc(top(b.byTool, 5))}<br>days: ${esc(top(b.byDay, 31))}</td></tr>`;
}

export function renderHtml(report: ComplianceReport): string {
  const s = report.summary;
  const m = report.metrics;
  const rows: string[] = [];
  if (m.total_users)
    rows.push(
      `<tr><th>total users</th><td>${fmt(m.total_users.value)}</td><td>${esc(m.total_users.source)}${m.total_users.note ? `: ${esc(m.total_users.note)}` : ""}</td></tr>`,
    );
  if (m.active_users)
    rows.push(
      `<tr><th>active users</th><td>${fmt(m.active_users.value)}</td><td>${esc(m.active_users.source)}${m.active_users.note ? `: ${esc(m.active_users.note)}` : ""}</td></tr>`,
    );
  if (m.token_usage)
    rows.push(
      `<tr><th>token usage</th><td>${fmt(m.token_usage.tokens)}</td><td>${m.token_usage.source === "none" ? "no cost report" : `${fmt(m.token_usage.requests)} requests, $${m.token_usage.costUsd?.toFixed(2)}`}</td></tr>`,
    );
  if ("policy_violations" in m) rows.push(breakdownHtml("policy violations", m.policy_violations));
  if ("access_denials" in m) rows.push(breakdownHtml("access denials", m.access_denials));
  if (m.lint_findings)
    rows.push(
      `<tr><th>lint findings</th><td>${m.lint_findings.error}</td><td>errors; ${m.lint_findings.warning} warnings, ${m.lint_findings.note} notes</td></tr>`,
    );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Claude Code compliance report ${esc(report.period.month)}</title><style>${CSS}</style></head>
<body>
<h1>Claude Code compliance report, ${esc(report.period.month)}</h1>
<p class="muted">Policy ${esc(report.policy.dir ?? "(none)")}${report.policy.policyVersion ? ` version ${esc(report.policy.policyVersion)}` : ""}; generated ${esc(report.generatedAt)}.</p>
<div class="cards"><div class="card"><b class="pass">${s.passing}</b>passing</div><div class="card"><b class="fail">${s.failing}</b>failing</div><div class="card"><b class="not-evaluated">${s.notEvaluated}</b>not evaluated</div></div>
<h2>Compliance matrix</h2>
<table><tr><th>Requirement</th><th>Configuration</th><th>Verification</th><th>Status</th><th>Evidence</th></tr>
${report.matrix.map((r) => `<tr><td>${esc(r.requirement)}</td><td>${esc(r.configuration)}</td><td>${esc(r.verification)}</td><td>${verdictCell(r.status)}</td><td>${esc(r.evidence)}</td></tr>`).join("\n")}
</table>
<h2>Controls</h2>
<table><tr><th>Control</th><th>Verdict</th><th>Evidence</th><th>SOC 2 / HIPAA / GDPR</th></tr>
${report.controls.map((c) => `<tr id="${esc(c.id)}"><td><b>${esc(c.title)}</b><br><code>${esc(c.id)}</code></td><td>${verdictCell(c.verdict)}<br>${esc(c.reason)}</td><td>${evidenceList(c)}</td><td>${esc(c.frameworks.soc2.join(", "))}<br>${esc(c.frameworks.hipaa.join(", "))}<br>${esc(c.frameworks.gdpr.join(", "))}</td></tr>`).join("\n")}
</table>
<h2>Metrics</h2>
<table>${rows.join("\n")}</table>
<h2>Sources</h2>
<ul><li>audit logs: ${report.sources.auditFiles} files, ${report.sources.auditLines} lines, ${report.sources.auditMalformed} malformed</li>
<li>cost report: ${esc(report.sources.usageReport ?? "none")}</li>
<li>Anthropic Admin API: ${esc(report.sources.adminApi)}${report.sources.apiErrors.length ? ` (${esc(report.sources.apiErrors.join("; "))})` : ""}</li>
${report.notes.map((n) => `<li>${esc(n)}</li>`).join("\n")}</ul>
</body></html>
`;
}

export function renderComplianceFormats(
  report: ComplianceReport,
  formats: readonly ComplianceFormat[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of formats) {
    out.set(
      FILE_NAMES[f],
      f === "json" ? renderJson(report) : f === "md" ? renderMarkdown(report) : renderHtml(report),
    );
  }
  return out;
}
