/**
 * A small evaluator for the dashboard queries of usage-dashboard-config.json
 * (the seed's and Steward's). Grammar:
 *
 *     query := agg "(" arg ")" [ "by" "(" dim { "," dim } ")" ]
 *     agg   := "sum" | "count" | "avg" | "max" | "min"
 *     arg   := "*" | "distinct requestId" | field { "+" field } | "tokens * cost_per_token"
 *     field := tokens | input | output | cacheWrite5m | cacheWrite1h | cacheRead | unsplit
 *            | quotaTokens | requests | costUsd | cost
 *     dim   := user | team | role | date | day | month | model | tool | source | tier
 *
 * `count(*)` and `count(distinct requestId)` count requests (records are
 * already de-duplicated on requestId); `avg(x)` is sum(x) / requests;
 * `max`/`min` are over daily cells (per user, model, tool). `tokens *
 * cost_per_token` is the exact per-model cost (`costUsd`), not a flat rate.
 * Anything else is a ConfigurationError naming the metric.
 *
 * Alerts: `{"condition": "daily_tokens > 800000"}` (operators > >= < <=) fires
 * for every row of the metric past the number; `{"metric": "daily_tokens",
 * "percentOfRoleQuota": 80, "quota": "daily"}` fires for every row (grouped by
 * user) at or past that percent of the user's role quota. `daily_tokens` and
 * `monthly_tokens` are built in (quota tokens by user and date / month) when
 * the config does not define them.
 */
import { ConfigurationError } from "../../errors.js";
import { formatPicoUsd } from "../../pricing/price.js";
import type { PricedCell } from "./build.js";
import { type OrgModel, roleOf } from "./org.js";

const FIELDS = {
  requests: 0,
  input: 1,
  output: 2,
  cacheWrite5m: 3,
  cacheWrite1h: 4,
  cacheRead: 5,
  unsplit: 6,
} as const;
type Field = keyof typeof FIELDS | "tokens" | "quotaTokens" | "cost";
const FIELD_ALIASES: Record<string, Field> = {
  tokens: "tokens",
  input: "input",
  output: "output",
  cachewrite5m: "cacheWrite5m",
  cache_write_5m: "cacheWrite5m",
  cachewrite1h: "cacheWrite1h",
  cache_write_1h: "cacheWrite1h",
  cacheread: "cacheRead",
  cache_read: "cacheRead",
  unsplit: "unsplit",
  quotatokens: "quotaTokens",
  quota_tokens: "quotaTokens",
  requests: "requests",
  costusd: "cost",
  cost: "cost",
  cost_usd: "cost",
};
const DIMS = ["user", "team", "role", "date", "month", "model", "tool", "source", "tier"] as const;
type Dim = (typeof DIMS)[number];
type Agg = "sum" | "count" | "avg" | "max" | "min";

export interface ParsedQuery {
  readonly agg: Agg;
  /** Fields summed; empty for count. */
  readonly fields: readonly Field[];
  readonly by: readonly Dim[];
}

export interface MetricResult {
  readonly name: string;
  readonly query: string;
  readonly visualization?: string;
  readonly by: readonly string[];
  readonly rows: readonly { readonly group: Readonly<Record<string, string>>; readonly value: number }[];
}

export interface AlertResult {
  readonly name: string;
  readonly severity: string;
  readonly metric: string;
  readonly rule: string;
  readonly firing: readonly {
    readonly group: Readonly<Record<string, string>>;
    readonly value: number;
    readonly threshold: number;
  }[];
}

export interface DashboardResult {
  readonly metrics: readonly MetricResult[];
  readonly alerts: readonly AlertResult[];
}

/** Parses one query; throws ConfigurationError naming `metric` when unsupported. */
export function parseQuery(query: string, metric: string, file?: string): ParsedQuery {
  const fail = (why: string): never => {
    throw new ConfigurationError(`Dashboard metric "${metric}": unsupported query "${query}" (${why}).`, {
      ...(file ? { file } : {}),
      hint: "Supported: sum|count|avg|max|min(field [+ field...] | * | tokens * cost_per_token) by (user, team, role, date, month, model, tool, source, tier). See docs/cost-report.md.",
    });
  };
  const m = /^\s*(\w+)\s*\(\s*(.*?)\s*\)\s*(?:by\s*\(\s*([^)]*)\)\s*)?$/i.exec(query);
  if (!m) return fail("expected agg(arg) by (dims)");
  const agg = (m[1] as string).toLowerCase();
  if (!["sum", "count", "avg", "max", "min"].includes(agg)) return fail(`unknown aggregation "${m[1]}"`);
  const arg = (m[2] as string).replace(/\s+/g, " ").trim();
  let fields: Field[] = [];
  if (agg === "count") {
    if (arg !== "*" && !/^distinct request_?id$/i.test(arg))
      return fail("count takes * or distinct requestId");
  } else if (/^tokens \* cost_per_token$/i.test(arg)) {
    fields = ["cost"];
  } else {
    for (const part of arg.split("+").map((s) => s.trim())) {
      const f = FIELD_ALIASES[part.toLowerCase()];
      if (!f) return fail(`unknown field "${part}"`);
      fields.push(f);
    }
    if (fields.length === 0) return fail("no field");
    if (fields.includes("cost") && fields.length > 1) return fail("cost cannot be added to token counts");
  }
  const by: Dim[] = [];
  if (m[3] !== undefined) {
    for (const raw of m[3].split(",").map((s) => s.trim().toLowerCase())) {
      const d = raw === "day" ? "date" : raw;
      if (!DIMS.includes(d as Dim)) return fail(`unknown dimension "${raw}"`);
      by.push(d as Dim);
    }
  }
  return { agg: agg as Agg, fields, by };
}

function dimValue(cell: PricedCell, d: Dim, org: OrgModel): string {
  switch (d) {
    case "user":
      return cell.user;
    case "team":
      return cell.team;
    case "role":
      return cell.role ?? roleOf(org, cell.user) ?? "";
    case "date":
      return cell.day;
    case "month":
      return cell.day.slice(0, 7);
    case "model":
      return cell.model;
    case "tool":
      return cell.tool;
    case "source":
      return cell.source;
    case "tier":
      return cell.tier;
  }
}

function fieldValue(cell: PricedCell, f: Exclude<Field, "cost">): number {
  if (f === "tokens") {
    let t = 0;
    for (let i = 1; i < 7; i++) t += cell.counters[i] as number;
    return t;
  }
  if (f === "quotaTokens") return cell.quotaTokens;
  return cell.counters[FIELDS[f]] as number;
}

/** Evaluates a parsed query over priced cells (one pass). Rows sorted by group. */
export function evaluateQuery(
  q: ParsedQuery,
  cells: Iterable<PricedCell>,
  org: OrgModel,
): MetricResult["rows"] {
  const groups = new Map<
    string,
    { group: Record<string, string>; sum: number; pico: bigint; requests: number; extreme?: number }
  >();
  const isCost = q.fields[0] === "cost";
  for (const cell of cells) {
    const group: Record<string, string> = {};
    for (const d of q.by) group[d] = dimValue(cell, d, org);
    const key = q.by.map((d) => group[d]).join("\u001f");
    let g = groups.get(key);
    if (!g) {
      g = { group, sum: 0, pico: 0n, requests: 0 };
      groups.set(key, g);
    }
    g.requests += cell.counters[0] as number;
    if (isCost) g.pico += cell.pico;
    else {
      let v = 0;
      for (const f of q.fields) v += fieldValue(cell, f as Exclude<Field, "cost">);
      g.sum += v;
      if (q.agg === "max") g.extreme = Math.max(g.extreme ?? v, v);
      if (q.agg === "min") g.extreme = Math.min(g.extreme ?? v, v);
    }
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => {
      const total = isCost ? Number(formatPicoUsd(g.pico)) : g.sum;
      let value: number;
      if (q.agg === "count") value = g.requests;
      else if (q.agg === "avg") value = g.requests === 0 ? 0 : total / g.requests;
      else if ((q.agg === "max" || q.agg === "min") && !isCost) value = g.extreme ?? 0;
      else value = total;
      return { group: g.group, value };
    });
  return rows;
}

interface MetricConfig {
  name: string;
  query: string;
  visualization?: string;
}

const BUILT_IN: MetricConfig[] = [
  { name: "daily_tokens", query: "sum(quotaTokens) by (user, date)" },
  { name: "monthly_tokens", query: "sum(quotaTokens) by (user, month)" },
];

/**
 * Evaluates a usage-dashboard-config.json (text) over priced cells: an array,
 * or an iterable that prices them afresh on each pass (one pass per metric),
 * so a large report never holds every cell priced.
 */
export function evaluateDashboard(
  text: string,
  file: string,
  cells: Iterable<PricedCell>,
  org: OrgModel,
): DashboardResult {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid JSON: ${(error as Error).message}`, {
      file,
      cause: error,
    });
  }
  const dash = (o as { dashboard?: { metrics?: unknown; alerts?: unknown } } | null)?.dashboard;
  if (!dash || !Array.isArray(dash.metrics)) {
    throw new ConfigurationError(`${file}: expected "dashboard.metrics" to be an array.`, { file });
  }
  const configs: MetricConfig[] = [];
  for (const [i, raw] of (dash.metrics as unknown[]).entries()) {
    const m = raw as Record<string, unknown>;
    if (typeof m?.name !== "string" || typeof m.query !== "string") {
      throw new ConfigurationError(`${file}: dashboard.metrics[${i}] needs a "name" and a "query".`, {
        file,
      });
    }
    configs.push({
      name: m.name,
      query: m.query,
      ...(typeof m.visualization === "string" ? { visualization: m.visualization } : {}),
    });
  }
  const defined = new Set(configs.map((c) => c.name));
  const all = [...configs, ...BUILT_IN.filter((b) => !defined.has(b.name))];
  const parsed = new Map(
    all.map((c) => [c.name, { config: c, q: parseQuery(c.query, c.name, file) }] as const),
  );
  const results = new Map<string, MetricResult>();
  const evaluate = (name: string): MetricResult | undefined => {
    const p = parsed.get(name);
    if (!p) return undefined;
    let r = results.get(name);
    if (!r) {
      r = {
        name,
        query: p.config.query,
        ...(p.config.visualization ? { visualization: p.config.visualization } : {}),
        by: p.q.by,
        rows: evaluateQuery(p.q, cells, org),
      };
      results.set(name, r);
    }
    return r;
  };
  for (const c of configs) evaluate(c.name);

  const alerts: AlertResult[] = [];
  for (const [i, raw] of (Array.isArray(dash.alerts) ? (dash.alerts as unknown[]) : []).entries()) {
    const a = raw as Record<string, unknown>;
    const name = typeof a?.name === "string" ? a.name : `alerts[${i}]`;
    const severity = typeof a?.severity === "string" ? a.severity : "warning";
    if (typeof a?.condition === "string") {
      const m = /^\s*(\w+)\s*(>=|<=|>|<)\s*(\d+(?:\.\d+)?)\s*$/.exec(a.condition);
      if (!m) {
        throw new ConfigurationError(`Dashboard alert "${name}": unsupported condition "${a.condition}".`, {
          file,
          hint: 'Write "<metric> > <number>" (operators > >= < <=).',
        });
      }
      const metric = evaluate(m[1] as string);
      if (!metric)
        throw new ConfigurationError(`Dashboard alert "${name}": unknown metric "${m[1]}".`, { file });
      const threshold = Number(m[3]);
      const op = m[2] as string;
      const test = (v: number) =>
        op === ">"
          ? v > threshold
          : op === ">="
            ? v >= threshold
            : op === "<"
              ? v < threshold
              : v <= threshold;
      alerts.push({
        name,
        severity,
        metric: metric.name,
        rule: a.condition,
        firing: metric.rows.filter((r) => test(r.value)).map((r) => ({ ...r, threshold })),
      });
    } else if (typeof a?.metric === "string" && typeof a.percentOfRoleQuota === "number") {
      const metric = evaluate(a.metric);
      if (!metric)
        throw new ConfigurationError(`Dashboard alert "${name}": unknown metric "${a.metric}".`, { file });
      const period = a.quota === "monthly" ? "monthly" : "daily";
      if (!metric.by.includes("user")) {
        throw new ConfigurationError(
          `Dashboard alert "${name}": metric "${a.metric}" must be grouped by user to compare with role quotas.`,
          {
            file,
          },
        );
      }
      const pct = a.percentOfRoleQuota;
      const firing: AlertResult["firing"][number][] = [];
      for (const r of metric.rows) {
        const role = roleOf(org, r.group.user ?? "");
        const limit = role ? org.quotas.get(role)?.[period] : undefined;
        if (limit === undefined) continue;
        const threshold = (limit * pct) / 100;
        if (r.value >= threshold) firing.push({ ...r, threshold });
      }
      alerts.push({
        name,
        severity,
        metric: metric.name,
        rule: `${a.metric} >= ${pct}% of role ${period} quota`,
        firing,
      });
    } else {
      throw new ConfigurationError(
        `Dashboard alert "${name}": needs "condition" or "metric" + "percentOfRoleQuota".`,
        { file },
      );
    }
  }
  return { metrics: configs.map((c) => results.get(c.name) as MetricResult), alerts };
}
