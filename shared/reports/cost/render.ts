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

/** A table's headers and formatted cells, rendered as Markdown or HTML. */
interface TableData {
  readonly headers: string[];
  readonly rows: string[][];
}

const userTable = (users: CostReport["byUser"]): TableData => ({
  headers: ["user", "team", "requests", "tokens", "quota tokens", "cost"],
  rows: users.map((u) => [
    u.key,
    u.team,
    fmtInt(u.requests),
    fmtInt(u.tokens),
    fmtInt(u.quotaTokens),
    fmtUsd(u.cost),
  ]),
});

const budgetTable = (alerts: CostReport["budgetAlerts"]): TableData => ({
  headers: ["team", "month", "cost", "budget", "percent", "severity"],
  rows: alerts.map((b) => [b.team, b.month, fmtUsd(b.cost), fmtUsd(b.budget), `${b.percent}%`, b.severity]),
});

const quotaTable = (breaches: CostReport["quotaBreaches"]): TableData => ({
  headers: ["user", "role", "period", "when", "used", "limit", "percent", "severity"],
  rows: breaches.map((b) => [
    b.user,
    b.role,
    b.period,
    b.when,
    fmtInt(b.used),
    fmtInt(b.limit),
    `${b.percent}%`,
    b.severity,
  ]),
});

const unpricedTable = (models: CostReport["unpricedModels"]): TableData => ({
  headers: ["model", "reason", "requests", "tokens"],
  rows: models.map((u) => [label(u.model, "(no model)"), u.reason, fmtInt(u.requests), fmtInt(u.tokens)]),
});

const reconciliationTable = (r: NonNullable<CostReport["reconciliation"]>): TableData => ({
  headers: ["", "local estimate", "Anthropic", "variance", "variance %"],
  rows: [
    [
      "total",
      fmtUsd(r.localCost),
      fmtUsd(r.anthropicCost),
      fmtUsd(r.variance),
      r.variancePercent === null ? "n/a" : `${r.variancePercent}%`,
    ],
  ],
});

const mdData = (t: TableData): string => mdTable(t.headers, t.rows);

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
    mdData(userTable(report.byUser.slice(0, top))) +
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
    out.push(mdData(budgetTable(report.budgetAlerts)));
  }
  if (report.quotaBreaches.length > 0) {
    out.push("### Quota breaches");
    out.push(
      mdData(quotaTable(report.quotaBreaches.slice(0, top * 2))) +
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
    out.push(mdData(unpricedTable(report.unpricedModels)));
  }
  if (report.reconciliation) {
    const r = report.reconciliation;
    out.push("### Reconciliation with Anthropic cost_report");
    out.push(mdData(reconciliationTable(r)));
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

/**
 * A table in a horizontally scrolling wrapper, so a wide table never widens the
 * page on a phone. `cols` has one letter per column: `t` text, `n` number
 * (right-aligned, tabular figures), `w` free text that may wrap.
 */
const htmlData = (t: TableData, cols: string): string => htmlTable(t.headers, t.rows, cols);

function htmlTable(headers: string[], rows: string[][], cols: string): string {
  const cls = (i: number) => {
    const c = cols[i] ?? "t";
    return c === "n" ? ' class="n"' : c === "w" ? ' class="w"' : "";
  };
  const th = headers.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join("");
  const trs = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("\n");
  return `<div class="tw"><table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table></div>`;
}

const fmtTick = (n: number) =>
  n.toLocaleString("en-US", { maximumFractionDigits: n >= 100 ? 0 : n >= 1 ? 2 : 4 });

/**
 * A vertical bar chart as inline SVG, drawn at its natural pixel size (labels
 * stay readable) inside a wrapper that scrolls sideways when the screen is
 * narrower than the chart. Y axis: 0, half and the maximum, with grid lines.
 */
function svgBars(points: { label: string; value: number; title: string }[], caption: string): string {
  const n = Math.max(points.length, 1);
  const left = 56;
  // 8-48 px per day, 900 px for a month; a few days still fill a 320 px chart.
  const slot = Math.max(Math.min(48, Math.max(8, 900 / n)), (320 - left - 8) / n);
  const w = Math.round(left + n * slot + 8);
  const h = 220;
  const base = h - 28;
  const plot = base - 12;
  const max = Math.max(...points.map((p) => p.value), 1e-9);
  const labelPx = Math.max(...points.map((p) => p.label.length), 2) * 7 + 6;
  const every = Math.ceil(labelPx / slot); // labels never overlap
  const grid = [0, 0.5, 1]
    .map((f) => {
      const y = (base - f * plot).toFixed(1);
      return `<line x1="${left - 4}" y1="${y}" x2="${w}" y2="${y}" class="${f === 0 ? "axis" : "grid"}"/><text x="${left - 8}" y="${(Number(y) + 4).toFixed(1)}" class="lbl" text-anchor="end">${escapeHtml(fmtTick(f * max))}</text>`;
    })
    .join("");
  const bars = points
    .map((p, i) => {
      const bh = (p.value / max) * plot;
      const x = left + i * slot + slot * 0.1;
      return `<rect x="${x.toFixed(1)}" y="${(base - bh).toFixed(1)}" width="${(slot * 0.8).toFixed(1)}" height="${bh.toFixed(1)}" class="bar"><title>${escapeHtml(p.title)}</title></rect>${
        i % every === 0
          ? `<text x="${(x + slot * 0.4).toFixed(1)}" y="${h - 10}" class="lbl" text-anchor="middle">${escapeHtml(p.label)}</text>`
          : ""
      }`;
    })
    .join("");
  return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption><div class="sw"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${grid}${bars}</svg></div></figure>`;
}

/**
 * Horizontal share bars (models) as inline SVG: the name and figure on one line,
 * the bar under it, scaled to the largest share. 380 px wide, so it fits a phone
 * without shrinking its text.
 */
function svgShares(
  points: { label: string; value: number; title: string; figure: string }[],
  caption: string,
): string {
  const total = points.reduce((s, p) => s + p.value, 0) || 1;
  const max = Math.max(...points.map((p) => p.value), 1e-9);
  const w = 380;
  const rowH = 34;
  const h = points.length * rowH + 4;
  const rows = points
    .map((p, i) => {
      const y = i * rowH;
      const share = `${((p.value / total) * 100).toFixed(1)}%`;
      const wpx = (p.value / max) * (w - 56);
      return `<text x="0" y="${y + 12}" class="lbl">${escapeHtml(p.label.slice(0, 48))}</text><text x="${w}" y="${y + 12}" class="lbl" text-anchor="end">${escapeHtml(p.figure)}</text><rect x="0" y="${y + 17}" width="${wpx.toFixed(1)}" height="12" class="share"><title>${escapeHtml(p.title)}</title></rect><text x="${(wpx + 4).toFixed(1)}" y="${y + 27}" class="lbl">${share}</text>`;
    })
    .join("");
  return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption><div class="sw"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${rows}</svg></div></figure>`;
}

/** A self-contained HTML report (inline CSS + SVG; no scripts, fonts or images from anywhere). */
export function renderHtml(report: CostReport, options: { top?: number; title?: string } = {}): string {
  const top = options.top ?? 20;
  const title = options.title ?? "Claude Code cost report";
  const t = report.totals;
  const useCost = Number(t.cost) > 0;
  const sections: string[] = [];
  // Dates and timestamps never break at their hyphens.
  const nw = (s: string) => `<span class="nw">${escapeHtml(s)}</span>`;
  const since = report.period.since ?? report.period.firstRecord?.slice(0, 10) ?? "?";
  const until = report.period.until ?? report.period.lastRecord?.slice(0, 10) ?? "?";
  sections.push(
    `<p class="big">${escapeHtml(fmtUsd(t.cost))}</p><p>${escapeHtml(
      `${fmtInt(t.tokens)} tokens, ${fmtInt(t.requests)} requests, ${fmtInt(report.byUser.length)} users,`,
    )} ${nw(since)} to ${nw(until)}. Generated ${nw(report.generatedAt)}; prices checked ${nw(report.catalogCheckedAt)}.</p>`,
  );
  /** "Top 20 of 45 users by cost; ..." when a table is cut at `top`. */
  const cut = (shown: number, all: number, what: string) =>
    all > shown
      ? `<p class="note">${escapeHtml(`Top ${shown} of ${fmtInt(all)} ${what} by cost; all of them are in the JSON and CSV reports.`)}</p>`
      : "";
  if (t.unpricedTokens > 0)
    sections.push(
      `<p class="warn">${escapeHtml(`${fmtInt(t.unpricedTokens)} tokens could not be priced and are not in the cost.`)}</p>`,
    );
  if (report.byDay.length) {
    const spansMonths = new Set(report.byDay.map((d) => d.key.slice(0, 7))).size > 1;
    sections.push(
      `<h2>By day</h2>${svgBars(
        report.byDay.map((d) => ({
          // day of the month; month-day when the period spans months
          label: d.key.slice(spansMonths ? 5 : 8),
          value: useCost ? d.costUsd : d.tokens,
          title: `${d.key}: ${fmtUsd(d.cost)}, ${fmtInt(d.tokens)} tokens`,
        })),
        useCost ? "Cost per day (USD)" : "Tokens per day",
      )}${htmlTable(
        ["day", "requests", "tokens", "cost"],
        report.byDay.map((d) => [d.key, fmtInt(d.requests), fmtInt(d.tokens), fmtUsd(d.cost)]),
        "tnnn",
      )}`,
    );
  }
  if (report.byModel.length) {
    const models = report.byModel.slice(0, top);
    sections.push(
      `<h2>By model</h2>${svgShares(
        models.map((m) => ({
          label: label(m.key, "(no model)"),
          value: useCost ? m.costUsd : m.tokens,
          title: `${label(m.key, "(no model)")}: ${fmtUsd(m.cost)}, ${fmtInt(m.tokens)} tokens`,
          figure: !useCost
            ? `${fmtInt(m.tokens)} tokens`
            : m.costUsd === 0 && m.unpricedTokens > 0
              ? "unpriced"
              : fmtUsd(m.cost),
        })),
        useCost ? "Share of cost by model" : "Share of tokens by model",
      )}${htmlTable(
        ["model", "lifecycle", "requests", "tokens", "unpriced tokens", "cost"],
        models.map((m) => [
          label(m.key, "(no model)"),
          m.lifecycle,
          fmtInt(m.requests),
          fmtInt(m.tokens),
          fmtInt(m.unpricedTokens),
          fmtUsd(m.cost),
        ]),
        "ttnnnn",
      )}${cut(models.length, report.byModel.length, "models")}`,
    );
  }
  sections.push(
    `<h2>Users</h2>${htmlData(userTable(report.byUser.slice(0, top)), "ttnnnn")}${cut(Math.min(top, report.byUser.length), report.byUser.length, "users")}`,
  );
  sections.push(
    `<h2>Teams</h2>${htmlTable(
      ["team", "requests", "tokens", "cost"],
      report.byTeam.map((r) => [r.key, fmtInt(r.requests), fmtInt(r.tokens), fmtUsd(r.cost)]),
      "tnnn",
    )}`,
  );
  if (report.budgetAlerts.length)
    sections.push(`<h2>Budget alerts</h2>${htmlData(budgetTable(report.budgetAlerts), "ttnnnt")}`);
  if (report.quotaBreaches.length)
    sections.push(`<h2>Quota breaches</h2>${htmlData(quotaTable(report.quotaBreaches), "ttttnnnt")}`);
  if (report.unpricedModels.length)
    sections.push(`<h2>Unpriced</h2>${htmlData(unpricedTable(report.unpricedModels), "ttnn")}`);
  if (report.reconciliation) {
    const r = report.reconciliation;
    sections.push(
      `<h2>Reconciliation</h2>${htmlData(reconciliationTable(r), "tnnnn")}<p class="note">${escapeHtml(r.notes.join(" "))}</p>`,
    );
  }
  if (report.malformed.total)
    sections.push(
      `<h2>Malformed input</h2><p>${fmtInt(report.malformed.total)} line(s) skipped.</p>${htmlTable(
        ["file", "line", "reason"],
        report.malformed.samples.map((s) => [s.file, String(s.line), s.reason]),
        "wnw",
      )}`,
    );
  for (const n of report.notes) sections.push(`<p class="note">${escapeHtml(n)}</p>`);
  const css =
    "body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#1f2328;background:#fff}" +
    "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}" +
    ".tw,.sw{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0;width:100%}" +
    "th,td{padding:.25rem .5rem;border-bottom:1px solid #eaeef2;text-align:left;white-space:nowrap}" +
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.w{white-space:normal;overflow-wrap:anywhere;min-width:8rem}" +
    ".big{font-size:2rem;font-weight:600;margin:.2rem 0}.chart{margin:.75rem 0}figcaption{color:#57606a;font-size:12px;margin-bottom:.25rem}" +
    ".nw{white-space:nowrap}svg{display:block}.bar{fill:#0969da}.share{fill:#8250df}.axis{stroke:#8c959f}.grid{stroke:#eaeef2}" +
    ".lbl{font-size:11px;fill:#57606a}.warn{color:#9a6700}.note{color:#57606a;font-size:12px}" +
    "@media (max-width:600px){body{margin:1rem auto}th,td{padding:.25rem .4rem}}";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${css}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${sections.join("\n")}
</body></html>
`;
}
