/**
 * Renderers for the cost report: JSON, CSV per dimension, Markdown (job
 * summary, with Mermaid charts and table fallbacks) and a self-contained HTML
 * page (inline CSS and SVG, no external resources). Pure string builders.
 */
import type { CostReport, Row, UsageTotals } from "./build.js";

/** report.json: stable key order, 2-space indent, trailing newline. */
export function renderJson(report: CostReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

// ---------- CSV ----------

/** One CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const NUM_COLS: (keyof UsageTotals)[] = [
  "requests",
  "input",
  "output",
  "cacheWrite5m",
  "cacheWrite1h",
  "cacheRead",
  "unsplit",
  "tokens",
  "quotaTokens",
  "unpricedTokens",
  "cost",
];

function csvTable(keyName: string, rows: readonly Row[], extra: string[] = []): string {
  const header = [keyName, ...extra, ...NUM_COLS].map(csvCell).join(",");
  const lines = rows.map((r) =>
    [
      r.key,
      ...extra.map((e) => (r as unknown as Record<string, string | number | null>)[e]),
      ...NUM_COLS.map((c) => r[c]),
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[header, ...lines].join("\n")}\n`;
}

/** File name -> CSV text, one per dimension plus quota breaches and budget alerts. */
export function renderCsv(report: CostReport): Map<string, string> {
  const out = new Map<string, string>();
  out.set("cost-by-user.csv", csvTable("user", report.byUser, ["team", "role"]));
  out.set("cost-by-team.csv", csvTable("team", report.byTeam));
  out.set("cost-by-model.csv", csvTable("model", report.byModel, ["family", "priced", "lifecycle"]));
  out.set("cost-by-day.csv", csvTable("day", report.byDay));
  out.set("cost-by-tool.csv", csvTable("tool", report.byTool));
  out.set(
    "quota-breaches.csv",
    `${["user", "role", "period", "when", "used", "limit", "percent", "severity"].join(",")}\n${report.quotaBreaches
      .map((b) =>
        [b.user, b.role, b.period, b.when, b.used, b.limit, b.percent, b.severity].map(csvCell).join(","),
      )
      .map((l) => `${l}\n`)
      .join("")}`,
  );
  out.set(
    "budget-alerts.csv",
    `${["team", "month", "cost", "budget", "percent", "severity"].join(",")}\n${report.budgetAlerts
      .map((b) => [b.team, b.month, b.cost, b.budget, b.percent, b.severity].map(csvCell).join(","))
      .map((l) => `${l}\n`)
      .join("")}`,
  );
  return out;
}

// ---------- Markdown ----------

const fmtInt = (n: number) => n.toLocaleString("en-US");
/** "$1,234.57" from an exact decimal string. */
export function fmtUsd(exact: string): string {
  const n = Number(exact);
  const digits = Math.abs(n) < 1 && n !== 0 ? 4 : 2;
  return `${n < 0 ? "-" : ""}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}
const mdCell = (s: string) =>
  s
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ")
    .replace(/</g, "&lt;");
const label = (key: string, none = "(none)") => (key === "" ? none : key);

const NUMERIC_HEADERS = new Set([
  "requests",
  "tokens",
  "unpriced tokens",
  "quota tokens",
  "cost",
  "input",
  "output",
  "cache write 5m",
  "cache write 1h",
  "cache read",
  "unsplit",
  "used",
  "limit",
  "percent",
  "line",
  "firing",
  "budget",
  "local estimate",
  "Anthropic",
  "variance",
  "variance %",
]);

function mdTable(headers: string[], rows: string[][]): string {
  const align = headers.map((h) => (NUMERIC_HEADERS.has(h) ? "---:" : "---"));
  return [
    `| ${headers.join(" | ")} |`,
    `| ${align.join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(mdCell).join(" | ")} |`),
  ].join("\n");
}

function rowsTable(keyName: string, rows: readonly Row[], top: number, none?: string): string {
  const shown = rows.slice(0, top);
  const body = shown.map((r) => [
    label(r.key, none),
    fmtInt(r.requests),
    fmtInt(r.tokens),
    fmtInt(r.unpricedTokens),
    fmtUsd(r.cost),
  ]);
  const more = rows.length > top ? `\n\n_${rows.length - top} more in the CSV/JSON report._` : "";
  return mdTable([keyName, "requests", "tokens", "unpriced tokens", "cost"], body) + more;
}

const mermaidLabel = (s: string) => s.replace(/["\n\r]/g, "'").slice(0, 40);

/** GitHub job summary / PR comment Markdown. */
export function renderMarkdown(report: CostReport, options: { top?: number; title?: string } = {}): string {
  const top = options.top ?? 10;
  const t = report.totals;
  const out: string[] = [];
  out.push(`## ${options.title ?? "Claude Code cost report"}`);
  const period = `${report.period.since ?? report.period.firstRecord?.slice(0, 10) ?? "?"} to ${report.period.until ?? report.period.lastRecord?.slice(0, 10) ?? "?"}`;
  out.push(
    `**${fmtUsd(t.cost)}** estimated for ${fmtInt(t.tokens)} tokens in ${fmtInt(t.requests)} requests, ${period}. Prices from Steward's model catalog (checked ${report.catalogCheckedAt}).`,
  );
  const alerts = report.quotaBreaches.length + report.budgetAlerts.length;
  if (alerts > 0) {
    out.push(
      `> [!WARNING]\n> ${report.budgetAlerts.length} budget alert(s) and ${report.quotaBreaches.length} quota breach(es); see below.`,
    );
  }
  if (t.unpricedTokens > 0) {
    out.push(
      `> [!NOTE]\n> ${fmtInt(t.unpricedTokens)} tokens could not be priced and are not in the cost (see "Unpriced").`,
    );
  }
  out.push(
    mdTable(
      ["", "input", "output", "cache write 5m", "cache write 1h", "cache read", "unsplit", "cost"],
      [
        [
          "total",
          fmtInt(t.input),
          fmtInt(t.output),
          fmtInt(t.cacheWrite5m),
          fmtInt(t.cacheWrite1h),
          fmtInt(t.cacheRead),
          fmtInt(t.unsplit),
          fmtUsd(t.cost),
        ],
      ],
    ),
  );

  // models: pie + table
  out.push("### By model");
  const pricedModels = report.byModel.filter((m) => Number(m.costUsd.toFixed(2)) > 0).slice(0, top);
  if (pricedModels.length > 0) {
    out.push(
      [
        "```mermaid",
        "pie showData",
        "  title Cost by model (USD)",
        ...pricedModels.map(
          (m) => `  "${mermaidLabel(label(m.key, "(no model)"))}" : ${m.costUsd.toFixed(2)}`,
        ),
        "```",
      ].join("\n"),
    );
  }
  out.push(
    mdTable(
      ["model", "lifecycle", "requests", "tokens", "unpriced tokens", "cost"],
      report.byModel
        .slice(0, top)
        .map((m) => [
          label(m.key, "(no model)"),
          m.lifecycle,
          fmtInt(m.requests),
          fmtInt(m.tokens),
          fmtInt(m.unpricedTokens),
          fmtUsd(m.cost),
        ]),
    ),
  );

  // days: xychart + table
  out.push("### By day");
  if (report.byDay.length > 0) {
    const useCost = Number(report.totals.cost) > 0;
    const values = report.byDay.map((d) => (useCost ? d.costUsd : d.tokens));
    const max = Math.max(...values, 1);
    out.push(
      [
        "```mermaid",
        "xychart-beta",
        `  title "${useCost ? "Cost per day (USD)" : "Tokens per day"}"`,
        `  x-axis [${report.byDay.map((d) => `"${d.key.slice(5)}"`).join(", ")}]`,
        `  y-axis "${useCost ? "USD" : "tokens"}" 0 --> ${useCost ? Math.ceil(max * 1.1 * 100) / 100 : Math.ceil(max * 1.1)}`,
        `  bar [${values.map((v) => (useCost ? v.toFixed(2) : String(v))).join(", ")}]`,
        "```",
      ].join("\n"),
    );
    out.push(
      `<details><summary>Table</summary>\n\n${mdTable(
        ["day", "requests", "tokens", "cost"],
        report.byDay.map((d) => [d.key, fmtInt(d.requests), fmtInt(d.tokens), fmtUsd(d.cost)]),
      )}\n\n</details>`,
    );
  }

  out.push(`### Top ${top} users`);
  out.push(
    mdTable(
      ["user", "team", "requests", "tokens", "quota tokens", "cost"],
      report.byUser
        .slice(0, top)
        .map((u) => [
          u.key,
          u.team,
          fmtInt(u.requests),
          fmtInt(u.tokens),
          fmtInt(u.quotaTokens),
          fmtUsd(u.cost),
        ]),
    ) +
      (report.byUser.length > top
        ? `\n\n_${report.byUser.length - top} more users in the CSV/JSON report._`
        : ""),
  );
  out.push("### By team");
  out.push(rowsTable("team", report.byTeam, top));
  if (report.byTool.some((r) => r.key !== "")) {
    out.push("### By tool");
    out.push(rowsTable("tool", report.byTool, top));
  }

  if (report.budgetAlerts.length > 0) {
    out.push("### Budget alerts");
    out.push(
      mdTable(
        ["team", "month", "cost", "budget", "percent", "severity"],
        report.budgetAlerts.map((b) => [
          b.team,
          b.month,
          fmtUsd(b.cost),
          fmtUsd(b.budget),
          `${b.percent}%`,
          b.severity,
        ]),
      ),
    );
  }
  if (report.quotaBreaches.length > 0) {
    out.push("### Quota breaches");
    out.push(
      mdTable(
        ["user", "role", "period", "when", "used", "limit", "percent", "severity"],
        report.quotaBreaches
          .slice(0, top * 2)
          .map((b) => [
            b.user,
            b.role,
            b.period,
            b.when,
            fmtInt(b.used),
            fmtInt(b.limit),
            `${b.percent}%`,
            b.severity,
          ]),
      ) +
        (report.quotaBreaches.length > top * 2
          ? `\n\n_${report.quotaBreaches.length - top * 2} more in quota-breaches.csv._`
          : ""),
    );
  }
  if (report.dashboard?.alerts.some((a) => a.firing.length > 0)) {
    out.push("### Dashboard alerts");
    out.push(
      mdTable(
        ["alert", "severity", "rule", "firing"],
        report.dashboard.alerts.map((a) => [a.name, a.severity, a.rule, String(a.firing.length)]),
      ),
    );
  }
  if (report.unpricedModels.length > 0) {
    out.push("### Unpriced");
    out.push(
      mdTable(
        ["model", "reason", "requests", "tokens"],
        report.unpricedModels.map((u) => [
          label(u.model, "(no model)"),
          u.reason,
          fmtInt(u.requests),
          fmtInt(u.tokens),
        ]),
      ),
    );
  }
  if (report.reconciliation) {
    const r = report.reconciliation;
    out.push("### Reconciliation with Anthropic cost_report");
    out.push(
      mdTable(
        ["", "local estimate", "Anthropic", "variance", "variance %"],
        [
          [
            "total",
            fmtUsd(r.localCost),
            fmtUsd(r.anthropicCost),
            fmtUsd(r.variance),
            r.variancePercent === null ? "n/a" : `${r.variancePercent}%`,
          ],
        ],
      ),
    );
    out.push(`_${r.notes.join(" ")}_`);
  }
  if (report.malformed.total > 0) {
    out.push("### Malformed input");
    out.push(`${fmtInt(report.malformed.total)} line(s) skipped. First samples:`);
    out.push(
      mdTable(
        ["file", "line", "reason"],
        report.malformed.samples.slice(0, 5).map((s) => [s.file, String(s.line), s.reason]),
      ),
    );
  }
  const i = report.input;
  out.push(
    `<sub>${fmtInt(i.files)} files, ${fmtInt(i.lines)} lines, ${fmtInt(i.records)} records; ${fmtInt(i.duplicates)} duplicate transcript lines dropped, ${fmtInt(i.synthetic)} synthetic, ${fmtInt(i.outOfRange)} outside the period.</sub>`,
  );
  for (const n of report.notes) out.push(`<sub>${n}</sub>`);
  return `${out.join("\n\n")}\n`;
}

// ---------- HTML ----------

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function htmlTable(headers: string[], rows: string[][], numericFrom = 1): string {
  const th = headers
    .map((h, i) => `<th${i >= numericFrom ? ' class="n"' : ""}>${escapeHtml(h)}</th>`)
    .join("");
  const trs = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${i >= numericFrom ? ' class="n"' : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

/** A vertical bar chart as inline SVG. */
function svgBars(points: { label: string; value: number; title: string }[], unit: string): string {
  const w = Math.max(320, points.length * 22 + 60);
  const h = 220;
  const max = Math.max(...points.map((p) => p.value), 1e-9);
  const bw = (w - 60) / Math.max(points.length, 1);
  const bars = points
    .map((p, i) => {
      const bh = (p.value / max) * (h - 50);
      const x = 50 + i * bw;
      return `<rect x="${x.toFixed(1)}" y="${(h - 30 - bh).toFixed(1)}" width="${(bw * 0.8).toFixed(1)}" height="${bh.toFixed(1)}" class="bar"><title>${escapeHtml(p.title)}</title></rect>${
        points.length <= 31
          ? `<text x="${(x + bw * 0.4).toFixed(1)}" y="${h - 15}" class="lbl" text-anchor="middle">${escapeHtml(p.label)}</text>`
          : ""
      }`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px"><text x="4" y="14" class="lbl">${escapeHtml(
    unit,
  )} (max ${escapeHtml(max.toLocaleString("en-US", { maximumFractionDigits: 2 }))})</text><line x1="48" y1="${h - 30}" x2="${w}" y2="${h - 30}" class="axis"/>${bars}</svg>`;
}

/** Horizontal share bars (models) as inline SVG. */
function svgShares(points: { label: string; value: number; title: string }[]): string {
  const total = points.reduce((s, p) => s + p.value, 0) || 1;
  const h = points.length * 26 + 10;
  const rows = points
    .map((p, i) => {
      const wpx = (p.value / total) * 360;
      return `<text x="0" y="${i * 26 + 20}" class="lbl">${escapeHtml(p.label.slice(0, 32))}</text><rect x="240" y="${i * 26 + 8}" width="${wpx.toFixed(1)}" height="16" class="bar"><title>${escapeHtml(
        p.title,
      )}</title></rect><text x="${(245 + wpx).toFixed(1)}" y="${i * 26 + 20}" class="lbl">${((p.value / total) * 100).toFixed(1)}%</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 680 ${h}" width="100%" style="max-width:680px">${rows}</svg>`;
}

/** A self-contained HTML report (inline CSS + SVG; no scripts, fonts or images from anywhere). */
export function renderHtml(report: CostReport, options: { top?: number; title?: string } = {}): string {
  const top = options.top ?? 20;
  const title = options.title ?? "Claude Code cost report";
  const t = report.totals;
  const useCost = Number(t.cost) > 0;
  const sections: string[] = [];
  sections.push(
    `<p class="big">${escapeHtml(fmtUsd(t.cost))}</p><p>${escapeHtml(
      `${fmtInt(t.tokens)} tokens, ${fmtInt(t.requests)} requests, ${fmtInt(report.byUser.length)} users. Generated ${report.generatedAt}; prices checked ${report.catalogCheckedAt}.`,
    )}</p>`,
  );
  if (t.unpricedTokens > 0)
    sections.push(
      `<p class="warn">${escapeHtml(`${fmtInt(t.unpricedTokens)} tokens could not be priced and are not in the cost.`)}</p>`,
    );
  if (report.byDay.length) {
    sections.push(
      `<h2>By day</h2>${svgBars(
        report.byDay.map((d) => ({
          label: d.key.slice(8),
          value: useCost ? d.costUsd : d.tokens,
          title: `${d.key}: ${fmtUsd(d.cost)}, ${fmtInt(d.tokens)} tokens`,
        })),
        useCost ? "USD per day" : "tokens per day",
      )}${htmlTable(
        ["day", "requests", "tokens", "cost"],
        report.byDay.map((d) => [d.key, fmtInt(d.requests), fmtInt(d.tokens), fmtUsd(d.cost)]),
      )}`,
    );
  }
  if (report.byModel.length) {
    const models = report.byModel.slice(0, top);
    sections.push(
      `<h2>By model</h2>${svgShares(models.map((m) => ({ label: label(m.key, "(no model)"), value: useCost ? m.costUsd : m.tokens, title: `${m.key}: ${fmtUsd(m.cost)}` })))}${htmlTable(
        ["model", "lifecycle", "requests", "tokens", "unpriced tokens", "cost"],
        models.map((m) => [
          label(m.key, "(no model)"),
          m.lifecycle,
          fmtInt(m.requests),
          fmtInt(m.tokens),
          fmtInt(m.unpricedTokens),
          fmtUsd(m.cost),
        ]),
        2,
      )}`,
    );
  }
  sections.push(
    `<h2>Users</h2>${htmlTable(
      ["user", "team", "requests", "tokens", "quota tokens", "cost"],
      report.byUser
        .slice(0, top)
        .map((u) => [
          u.key,
          u.team,
          fmtInt(u.requests),
          fmtInt(u.tokens),
          fmtInt(u.quotaTokens),
          fmtUsd(u.cost),
        ]),
      2,
    )}`,
  );
  sections.push(
    `<h2>Teams</h2>${htmlTable(
      ["team", "requests", "tokens", "cost"],
      report.byTeam.map((r) => [r.key, fmtInt(r.requests), fmtInt(r.tokens), fmtUsd(r.cost)]),
    )}`,
  );
  if (report.budgetAlerts.length)
    sections.push(
      `<h2>Budget alerts</h2>${htmlTable(
        ["team", "month", "cost", "budget", "percent", "severity"],
        report.budgetAlerts.map((b) => [
          b.team,
          b.month,
          fmtUsd(b.cost),
          fmtUsd(b.budget),
          `${b.percent}%`,
          b.severity,
        ]),
        2,
      )}`,
    );
  if (report.quotaBreaches.length)
    sections.push(
      `<h2>Quota breaches</h2>${htmlTable(
        ["user", "role", "period", "when", "used", "limit", "percent", "severity"],
        report.quotaBreaches.map((b) => [
          b.user,
          b.role,
          b.period,
          b.when,
          fmtInt(b.used),
          fmtInt(b.limit),
          `${b.percent}%`,
          b.severity,
        ]),
        4,
      )}`,
    );
  if (report.unpricedModels.length)
    sections.push(
      `<h2>Unpriced</h2>${htmlTable(
        ["model", "reason", "requests", "tokens"],
        report.unpricedModels.map((u) => [
          label(u.model, "(no model)"),
          u.reason,
          fmtInt(u.requests),
          fmtInt(u.tokens),
        ]),
        2,
      )}`,
    );
  if (report.reconciliation) {
    const r = report.reconciliation;
    sections.push(
      `<h2>Reconciliation</h2>${htmlTable(
        ["", "local estimate", "Anthropic", "variance", "variance %"],
        [
          [
            "total",
            fmtUsd(r.localCost),
            fmtUsd(r.anthropicCost),
            fmtUsd(r.variance),
            r.variancePercent === null ? "n/a" : `${r.variancePercent}%`,
          ],
        ],
      )}<p class="note">${escapeHtml(r.notes.join(" "))}</p>`,
    );
  }
  if (report.malformed.total)
    sections.push(
      `<h2>Malformed input</h2><p>${fmtInt(report.malformed.total)} line(s) skipped.</p>${htmlTable(
        ["file", "line", "reason"],
        report.malformed.samples.map((s) => [s.file, String(s.line), s.reason]),
        1,
      )}`,
    );
  for (const n of report.notes) sections.push(`<p class="note">${escapeHtml(n)}</p>`);
  const css =
    "body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#1f2328}" +
    "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}" +
    "table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{padding:.25rem .5rem;border-bottom:1px solid #eaeef2;text-align:left}" +
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.big{font-size:2rem;font-weight:600;margin:.2rem 0}" +
    ".bar{fill:#0969da}.axis{stroke:#8c959f}.lbl{font-size:10px;fill:#57606a}.warn{color:#9a6700}.note{color:#57606a;font-size:12px}";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${css}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${sections.join("\n")}
</body></html>
`;
}
