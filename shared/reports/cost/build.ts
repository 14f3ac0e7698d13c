/**
 * The cost report (schemaVersion 1) from a usage partial: totals, rollups by
 * user / team / model / day / tool / source, quota breaches per role, budget
 * alerts per team, unpriced models, malformed input, and reconciliation with
 * Anthropic's cost_report. Pure: everything it needs is passed in.
 *
 * Money: each cell is priced exactly (pico-USD, bigint) and rows are exact
 * sums of cells, so the total equals the sum of any dimension's rows to the
 * pico-dollar. `cost` is that exact amount as a decimal string of USD;
 * `costUsd` is the same rounded to 6 decimals for charts.
 */
import {
  type Catalog,
  defaultCatalog,
  type LifecycleStatus,
  type ModelEntry,
  modelLifecycle,
  resolveModel,
} from "../../pricing/catalog.js";
import { formatPicoUsd, type PricingTier, priceUsage } from "../../pricing/price.js";
import type { MalformedSummary, UsagePartial } from "../../usage/aggregate.js";
import type { Dictionary } from "../../usage/cells.js";
import type { ReadStats } from "../../usage/readers.js";
import { emptyOrg, type OrgModel, type QuotaCounter, roleOf, teamOf } from "./org.js";
import { type DashboardResult, evaluateDashboard } from "./query.js";

export const COST_REPORT_SCHEMA_VERSION = 1;

export interface UsageTotals {
  requests: number;
  input: number;
  output: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  cacheRead: number;
  unsplit: number;
  /** Every token counter added up. */
  tokens: number;
  /** The tokens quotas count (see OrgModel.quotaCounters). */
  quotaTokens: number;
  /** Tokens that could not be priced (unknown model, no price, unsplit). */
  unpricedTokens: number;
  /** Exact USD, decimal string. */
  cost: string;
  /** USD rounded to 6 decimals. */
  costUsd: number;
}

export interface Row extends UsageTotals {
  readonly key: string;
}

export interface UserRow extends Row {
  readonly team: string;
  readonly role: string | null;
}

export interface ModelRow extends Row {
  readonly displayName: string | null;
  readonly family: string | null;
  readonly priced: boolean;
  readonly lifecycle: LifecycleStatus;
}

export interface QuotaBreach {
  readonly user: string;
  readonly role: string;
  readonly period: "daily" | "monthly";
  /** The day (YYYY-MM-DD) or month (YYYY-MM). */
  readonly when: string;
  readonly used: number;
  readonly limit: number;
  readonly percent: number;
  readonly severity: "warning" | "critical";
}

export interface BudgetAlert {
  readonly team: string;
  readonly month: string;
  readonly cost: string;
  readonly budget: string;
  readonly percent: number;
  readonly severity: "warning" | "critical";
}

export interface UnpricedModel {
  readonly model: string;
  readonly reason: "no-model" | "unknown-model" | "no-price" | "unsplit";
  readonly requests: number;
  readonly tokens: number;
}

export interface Reconciliation {
  readonly localCost: string;
  readonly anthropicCost: string;
  /** local - anthropic, USD. */
  readonly variance: string;
  /** Variance as a percent of Anthropic's figure (null when it is zero). */
  readonly variancePercent: number | null;
  readonly byDay: readonly { day: string; localCost: string; anthropicCost: string; variance: string }[];
  readonly notes: readonly string[];
}

export interface CostReport {
  readonly schemaVersion: 1;
  readonly generatedAt: string;
  readonly period: {
    readonly since: string | null;
    readonly until: string | null;
    readonly firstRecord: string | null;
    readonly lastRecord: string | null;
  };
  readonly catalogCheckedAt: string;
  readonly totals: UsageTotals;
  readonly byUser: readonly UserRow[];
  readonly byTeam: readonly Row[];
  readonly byModel: readonly ModelRow[];
  readonly byDay: readonly Row[];
  readonly byTool: readonly Row[];
  readonly bySource: readonly Row[];
  readonly quotaBreaches: readonly QuotaBreach[];
  readonly budgetAlerts: readonly BudgetAlert[];
  readonly unpricedModels: readonly UnpricedModel[];
  readonly malformed: MalformedSummary;
  readonly input: Readonly<ReadStats>;
  readonly reconciliation: Reconciliation | null;
  /** usage-dashboard-config.json metrics and alerts, when one was given. */
  readonly dashboard: DashboardResult | null;
  readonly notes: readonly string[];
}

export interface BuildOptions {
  readonly catalog?: Catalog;
  readonly org?: OrgModel;
  /** ISO timestamp of the run (passed in: no clock here). */
  readonly generatedAt: string;
  readonly since?: string;
  readonly until?: string;
  /** usage-dashboard-config.json to evaluate (text and file name). */
  readonly dashboard?: { readonly text: string; readonly file: string };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Positions of the dimensions in a cell (DIMENSIONS order). */
const [D_DAY, D_USER, D_MODEL, D_TIER, D_TOOL, D_SOURCE] = [0, 1, 2, 3, 4, 5] as const;

/**
 * An exact sum of pico-USD amounts. Most amounts (a cell's cost) fit a
 * double exactly, so they are added as numbers and carried into a bigint
 * only before the number sum would leave the safe-integer range: exact, and
 * without a bigint allocation per addition (hundreds of thousands of cells,
 * eight rollups each).
 */
class PicoSum {
  private big = 0n;
  private small = 0;
  /** `n` is the same amount as `pico` when it is a safe integer, else -1. */
  add(pico: bigint, n: number): void {
    if (n < 0) {
      this.big += pico;
      return;
    }
    const s = this.small + n;
    if (s > Number.MAX_SAFE_INTEGER) {
      this.big += BigInt(this.small);
      this.small = n;
    } else this.small = s;
  }
  get value(): bigint {
    return this.big + BigInt(this.small);
  }
}

/** The number form of a non-negative pico amount for {@link PicoSum.add}: the amount, or -1 beyond 2^53. */
const smallPico = (pico: bigint): number => (pico >= 0n && pico <= MAX_SAFE ? Number(pico) : -1);

class Acc {
  c = [0, 0, 0, 0, 0, 0, 0];
  quota = 0;
  unpriced = 0;
  private readonly sum = new PicoSum();
  add(counters: readonly number[], quota: number, unpriced: number, pico: bigint, picoN: number) {
    const c = this.c as number[];
    for (let i = 0; i < 7; i++) c[i] = (c[i] as number) + (counters[i] as number);
    this.quota += quota;
    this.unpriced += unpriced;
    if (picoN !== 0) this.sum.add(pico, picoN);
  }
  get pico(): bigint {
    return this.sum.value;
  }
  totals(): UsageTotals {
    const pico = this.pico;
    const [
      requests = 0,
      input = 0,
      output = 0,
      cacheWrite5m = 0,
      cacheWrite1h = 0,
      cacheRead = 0,
      unsplit = 0,
    ] = this.c;
    return {
      requests,
      input,
      output,
      cacheWrite5m,
      cacheWrite1h,
      cacheRead,
      unsplit,
      tokens: input + output + cacheWrite5m + cacheWrite1h + cacheRead + unsplit,
      quotaTokens: this.quota,
      unpricedTokens: this.unpriced,
      cost: formatPicoUsd(pico),
      costUsd: Math.round(Number(pico / 1000n) / 1000) / 1e6,
    };
  }
}

class Rollup {
  readonly map = new Map<string, Acc>();
  get(key: string): Acc {
    let a = this.map.get(key);
    if (!a) {
      a = new Acc();
      this.map.set(key, a);
    }
    return a;
  }
  /** Rows sorted by cost, then tokens, then key. */
  rows(): Row[] {
    return sortRows([...this.map.entries()].map(([key, a]) => ({ key, ...a.totals(), pico: a.pico })));
  }
  /** Rows sorted by key (days). */
  rowsByKey(): Row[] {
    return [...this.map.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, a]) => ({ key, ...a.totals() }));
  }
}

function sortRows(rows: (Row & { pico: bigint })[]): Row[] {
  rows.sort((a, b) =>
    a.pico !== b.pico
      ? a.pico > b.pico
        ? -1
        : 1
      : a.tokens !== b.tokens
        ? b.tokens - a.tokens
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
  );
  return rows.map(({ pico: _p, ...r }) => r);
}

const COUNTER_INDEX: Record<QuotaCounter, number> = {
  input: 1,
  output: 2,
  cacheWrite5m: 3,
  cacheWrite1h: 4,
  cacheRead: 5,
  unsplit: 6,
};

/** Percent with two decimals, from exact integers. */
function percent(used: bigint, limit: bigint): number {
  if (limit === 0n) return used > 0n ? Number.POSITIVE_INFINITY : 0;
  return Number((used * 10_000n) / limit) / 100;
}

export interface PricedCell {
  readonly day: string;
  readonly user: string;
  readonly model: string;
  readonly tier: PricingTier;
  readonly tool: string;
  readonly source: string;
  readonly counters: readonly number[];
  readonly quotaTokens: number;
  readonly unpricedTokens: number;
  readonly unpricedReason: UnpricedModel["reason"] | undefined;
  readonly pico: bigint;
  readonly team: string;
  readonly role: string | undefined;
}

/** Every cell with its exact cost, team and role: the rows the query evaluator runs over. */
export function priceCells(
  partial: UsagePartial,
  catalog: Catalog = defaultCatalog,
  org: OrgModel = emptyOrg(),
): PricedCell[] {
  return [...pricedCells(partial, catalog, org)];
}

/** How {@link pricedCells} prices a model id: the catalog entry looked up once per model, not per cell. */
function modelPricer(partial: UsagePartial, catalog: Catalog) {
  const models = (partial.cells.dictionaries[D_MODEL] as Dictionary).values;
  const entries = new Map<number, ModelEntry | undefined>();
  return (model: number, tier: PricingTier, counters: readonly number[]) => {
    const name = models[model] as string;
    let entry = entries.get(model);
    if (!entries.has(model)) {
      entry = name ? resolveModel(name, catalog) : undefined;
      entries.set(model, entry);
    }
    const tokens = {
      input: counters[1] as number,
      output: counters[2] as number,
      cacheWrite5m: counters[3] as number,
      cacheWrite1h: counters[4] as number,
      cacheRead: counters[5] as number,
      unsplit: counters[6] as number,
    };
    return priceUsage(tokens, name === "" ? undefined : (entry ?? name), { tier, catalog });
  };
}

/**
 * {@link priceCells} one cell at a time, so a report over hundreds of
 * thousands of cells never holds them all priced. Each call prices afresh:
 * iterate it again for another pass.
 */
export function* pricedCells(
  partial: UsagePartial,
  catalog: Catalog = defaultCatalog,
  org: OrgModel = emptyOrg(),
): Generator<PricedCell> {
  const t = partial.cells;
  const price = modelPricer(partial, catalog);
  const quotaIdx = org.quotaCounters.map((c) => COUNTER_INDEX[c]);
  const teams = new Map<number, string>();
  for (let cell = 0; cell < t.size; cell++) {
    const counters = t.readCounters(cell);
    const tier = t.value(cell, D_TIER) as PricingTier;
    const priced = price(t.dim(cell, D_MODEL), tier, counters);
    let quotaTokens = 0;
    for (const i of quotaIdx) quotaTokens += counters[i] as number;
    const user = t.value(cell, D_USER);
    let team = teams.get(t.dim(cell, D_USER));
    if (team === undefined) {
      team = teamOf(org, user);
      teams.set(t.dim(cell, D_USER), team);
    }
    // explicit fields, no spreads: this runs once per cell (hundreds of thousands)
    yield {
      day: t.value(cell, D_DAY),
      user,
      model: t.value(cell, D_MODEL),
      tier,
      tool: t.value(cell, D_TOOL),
      source: t.value(cell, D_SOURCE),
      counters,
      quotaTokens,
      unpricedTokens: priced.unpricedTokens,
      unpricedReason: priced.unpricedReason,
      pico: priced.costPicoUsd,
      team,
      role: roleOf(org, user),
    };
  }
}

/** Accumulators by dimension id, made on first use; {@link toRollup} keys them by value. */
class IdRollup {
  readonly accs: (Acc | undefined)[] = [];
  get(id: number): Acc {
    let a = this.accs[id];
    if (a === undefined) {
      a = new Acc();
      this.accs[id] = a;
    }
    return a;
  }
  /** The rollup keyed by value (`values[id]`; ids and values are one-to-one). */
  toRollup(values: readonly string[]): Rollup {
    const r = new Rollup();
    this.accs.forEach((a, id) => {
      if (a !== undefined) r.map.set(values[id] as string, a);
    });
    return r;
  }
}

const UNPRICED_REASONS: readonly UnpricedModel["reason"][] = [
  "no-model",
  "unknown-model",
  "no-price",
  "unsplit",
];

export function buildCostReport(partial: UsagePartial, options: BuildOptions): CostReport {
  const catalog = options.catalog ?? defaultCatalog;
  const org = options.org ?? emptyOrg();
  const today = options.generatedAt.slice(0, 10);
  const t = partial.cells;
  const [days, users, models, tiers, tools, sources] = t.dictionaries.map((d) => d.values) as string[][] as [
    string[],
    string[],
    string[],
    string[],
    string[],
    string[],
  ];
  const total = new Acc();
  const byUserId = new IdRollup();
  const byModelId = new IdRollup();
  const byDayId = new IdRollup();
  const byToolId = new IdRollup();
  const bySourceId = new IdRollup();
  const byTeam = new Rollup();

  // Per user (by id, looked up once): team, its accumulator, budget, and the quota limits.
  const userTeam: (string | undefined)[] = [];
  const userTeamAcc: (Acc | undefined)[] = [];
  const userLimits: ({ daily?: number; monthly?: number } | undefined)[] = [];
  const teamIds = new Map<string, number>();
  const teamBudgeted: boolean[] = [];
  const userTeamId: number[] = [];
  const userInfo = (user: number): void => {
    const name = users[user] as string;
    const team = teamOf(org, name);
    userTeam[user] = team;
    userTeamAcc[user] = byTeam.get(team);
    let id = teamIds.get(team);
    if (id === undefined) {
      id = teamIds.size;
      teamIds.set(team, id);
      teamBudgeted[id] = org.budgets.has(team);
    }
    userTeamId[user] = id;
    const role = roleOf(org, name);
    // a role named "" has no quota, as roleOf's callers have always read it
    userLimits[user] = role ? (org.quotas.get(role) ?? {}) : {};
  };
  // Per day id: its month (as an id into `months`).
  const months: string[] = [];
  const monthIds = new Map<string, number>();
  const dayMonth = days.map((day) => {
    const month = day.slice(0, 7);
    let id = monthIds.get(month);
    if (id === undefined) {
      id = months.length;
      months.push(month);
      monthIds.set(month, id);
    }
    return id;
  });
  // Quota tokens by (user, day) and (user, month), only for users with such a
  // quota; cost by (team, month), only for teams with a budget. Keys: id pairs as one number.
  const userDay = new Map<number, number>();
  const userMonth = new Map<number, number>();
  const teamMonth = new Map<number, PicoSum>();
  const unpriced = new Map<
    number,
    { model: number; reason: UnpricedModel["reason"]; requests: number; tokens: number }
  >();

  // the dashboard's queries run over the priced cells, one pass per metric; the rollups need one pass
  const dashboard = options.dashboard
    ? evaluateDashboard(
        options.dashboard.text,
        options.dashboard.file,
        { [Symbol.iterator]: () => pricedCells(partial, catalog, org) },
        org,
      )
    : null;
  const price = modelPricer(partial, catalog);
  const quotaIdx = org.quotaCounters.map((c) => COUNTER_INDEX[c]);
  const counters = [0, 0, 0, 0, 0, 0, 0];
  for (let cell = 0; cell < t.size; cell++) {
    t.readCounters(cell, counters);
    const user = t.dim(cell, D_USER);
    const day = t.dim(cell, D_DAY);
    const model = t.dim(cell, D_MODEL);
    const priced = price(model, tiers[t.dim(cell, D_TIER)] as PricingTier, counters);
    let q = 0;
    for (const i of quotaIdx) q += counters[i] as number;
    const u = priced.unpricedTokens;
    const c = priced.costPicoUsd;
    const n = c === 0n ? 0 : smallPico(c);
    if (userTeam[user] === undefined) userInfo(user);
    total.add(counters, q, u, c, n);
    byUserId.get(user).add(counters, q, u, c, n);
    (userTeamAcc[user] as Acc).add(counters, q, u, c, n);
    byModelId.get(model).add(counters, q, u, c, n);
    byDayId.get(day).add(counters, q, u, c, n);
    byToolId.get(t.dim(cell, D_TOOL)).add(counters, q, u, c, n);
    bySourceId.get(t.dim(cell, D_SOURCE)).add(counters, q, u, c, n);
    const month = dayMonth[day] as number;
    const limits = userLimits[user] as { daily?: number; monthly?: number };
    if (limits.daily !== undefined) {
      const k = user * days.length + day;
      userDay.set(k, (userDay.get(k) ?? 0) + q);
    }
    if (limits.monthly !== undefined) {
      const k = user * months.length + month;
      userMonth.set(k, (userMonth.get(k) ?? 0) + q);
    }
    const team = userTeamId[user] as number;
    if (teamBudgeted[team]) {
      const k = team * months.length + month;
      let sum = teamMonth.get(k);
      if (sum === undefined) {
        sum = new PicoSum();
        teamMonth.set(k, sum);
      }
      if (n !== 0) sum.add(c, n);
    }
    if (u > 0) {
      const reason = priced.unpricedReason ?? "no-price";
      const k = model * UNPRICED_REASONS.length + UNPRICED_REASONS.indexOf(reason);
      let e = unpriced.get(k);
      if (e === undefined) {
        e = { model, reason, requests: 0, tokens: 0 };
        unpriced.set(k, e);
      }
      e.requests += counters[0] as number;
      e.tokens += u;
    }
  }
  const byUser = byUserId.toRollup(users);
  const byModel = byModelId.toRollup(models);
  const byDay = byDayId.toRollup(days);
  const byTool = byToolId.toRollup(tools);
  const bySource = bySourceId.toRollup(sources);

  const quotaBreaches: QuotaBreach[] = [];
  const { warning, critical } = org.thresholds;
  const check = (
    map: Map<number, number>,
    width: number,
    whenOf: (id: number) => string,
    period: "daily" | "monthly",
  ) => {
    for (const [k, used] of map) {
      const user = Math.floor(k / width);
      const limit = userLimits[user]?.[period];
      if (limit === undefined) continue;
      const pct = percent(BigInt(used), BigInt(limit));
      if (pct >= warning) {
        quotaBreaches.push({
          user: users[user] as string,
          role: roleOf(org, users[user] as string) as string,
          period,
          when: whenOf(k % width),
          used,
          limit,
          percent: pct,
          severity: pct >= critical ? "critical" : "warning",
        });
      }
    }
  };
  check(userDay, days.length, (d) => days[d] as string, "daily");
  check(userMonth, months.length, (m) => months[m] as string, "monthly");
  quotaBreaches.sort(
    (a, b) =>
      b.percent - a.percent || (a.when < b.when ? -1 : a.when > b.when ? 1 : 0) || (a.user < b.user ? -1 : 1),
  );

  const budgetAlerts: BudgetAlert[] = [];
  const teamNames = [...teamIds.keys()];
  for (const [k, sum] of teamMonth) {
    const team = teamNames[Math.floor(k / months.length)] as string;
    const month = months[k % months.length] as string;
    const budget = org.budgets.get(team);
    if (budget === undefined) continue;
    const pico = sum.value;
    const pct = percent(pico, BigInt(budget) * 1_000_000n);
    if (pct >= warning) {
      budgetAlerts.push({
        team,
        month,
        cost: formatPicoUsd(pico),
        budget: formatPicoUsd(BigInt(budget) * 1_000_000n),
        percent: pct,
        severity: pct >= critical ? "critical" : "warning",
      });
    }
  }
  budgetAlerts.sort((a, b) => b.percent - a.percent || (a.team < b.team ? -1 : 1));

  const userRows: UserRow[] = byUser
    .rows()
    .map((r) => ({ ...r, team: teamOf(org, r.key), role: roleOf(org, r.key) ?? null }));
  const modelRows: ModelRow[] = byModel.rows().map((r) => {
    const m = r.key ? resolveModel(r.key, catalog) : undefined;
    return {
      ...r,
      displayName: m?.displayName ?? null,
      family: m?.family ?? null,
      priced: m?.prices !== null && m !== undefined,
      lifecycle: r.key ? modelLifecycle(r.key, today, catalog).status : "unknown",
    };
  });

  const notes: string[] = [];
  if (total.c[6] && total.c[6] > 0) {
    notes.push(
      "Seed-format usage logs carry one `tokens` number with no model and no input/output split; those tokens are counted (and count against quotas) but are not priced.",
    );
  }
  const sourcesSeen = new Set(bySource.map.keys());
  if (sourcesSeen.has("anthropic-usage-api") || sourcesSeen.has("claude-code-analytics-api")) {
    notes.push("API sources report daily buckets, not requests: their rows add tokens but 0 requests.");
  }

  return {
    schemaVersion: COST_REPORT_SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    period: {
      since: options.since ?? null,
      until: options.until ?? null,
      firstRecord: partial.first === null ? null : new Date(partial.first).toISOString(),
      lastRecord: partial.last === null ? null : new Date(partial.last).toISOString(),
    },
    catalogCheckedAt: catalog.checkedAt,
    totals: total.totals(),
    byUser: userRows,
    byTeam: byTeam.rows(),
    byModel: modelRows,
    byDay: byDay.rowsByKey(),
    byTool: byTool.rows(),
    bySource: bySource.rows(),
    quotaBreaches,
    budgetAlerts,
    unpricedModels: [...unpriced.values()]
      .map((u) => ({
        model: models[u.model] as string,
        reason: u.reason,
        requests: u.requests,
        tokens: u.tokens,
      }))
      .sort((a, b) => b.tokens - a.tokens || (a.model < b.model ? -1 : 1)),
    malformed: {
      total: partial.malformed.total,
      // sorted, so the report does not depend on the order partials were merged in
      byReason: Object.fromEntries(
        Object.entries(partial.malformed.byReason).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
      samples: partial.malformed.samples,
    },
    input: partial.stats,
    reconciliation: reconcile(partial, byDay),
    dashboard,
    notes,
  };
}

function reconcile(partial: UsagePartial, byDay: Rollup): Reconciliation | null {
  if (partial.referenceCost.size === 0) return null;
  const days = [...new Set([...partial.referenceCost.keys(), ...byDay.map.keys()])].sort();
  let local = 0n;
  let remote = 0n;
  const rows = days.map((day) => {
    const l = byDay.map.get(day)?.pico ?? 0n;
    const r = partial.referenceCost.get(day) ?? 0n;
    local += l;
    remote += r;
    return {
      day,
      localCost: formatPicoUsd(l),
      anthropicCost: formatPicoUsd(r),
      variance: formatPicoUsd(l - r),
    };
  });
  return {
    localCost: formatPicoUsd(local),
    anthropicCost: formatPicoUsd(remote),
    variance: formatPicoUsd(local - remote),
    variancePercent: remote === 0n ? null : Number(((local - remote) * 10_000n) / remote) / 100,
    byDay: rows,
    notes: [
      "Anthropic's cost_report is authoritative for first-party API spend. It excludes Bedrock and Vertex usage and Priority Tier, and includes API usage that is not Claude Code; local estimates use list prices from Steward's catalog.",
    ],
  };
}
