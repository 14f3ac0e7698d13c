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
  modelLifecycle,
  resolveModel,
} from "../../pricing/catalog.js";
import { formatPicoUsd, type PricingTier } from "../../pricing/price.js";
import type { MalformedSummary, UsagePartial } from "../../usage/aggregate.js";
import type { CellTable, Dictionary } from "../../usage/cells.js";
import type { ReadStats } from "../../usage/readers.js";
import { emptyOrg, type OrgModel, type QuotaCounter, roleOf, teamOf } from "./org.js";
import { type DashboardResult, evaluateDashboard } from "./query.js";
import { CellPricer, IdSums, PicoSum, UnpricedSums } from "./sums.js";

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

/** Positions of the dimensions in a cell (DIMENSIONS order). */
const [D_DAY, D_USER, D_MODEL, D_TIER, D_TOOL, D_SOURCE] = [0, 1, 2, 3, 4, 5] as const;

/** One row's sums: the seven counters (COUNTERS order), quota and unpriced tokens, exact cost. */
class Acc {
  constructor(
    readonly c: readonly number[],
    readonly quota: number,
    readonly unpriced: number,
    readonly pico: bigint,
  ) {}
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
  /** The ids of `sums` that had cells, keyed by value (`values[id]`; ids and values are one-to-one). */
  static of(sums: IdSums, values: readonly string[]): Rollup {
    const r = new Rollup();
    for (let id = 0; id < sums.size; id++) {
      if (sums.has(id)) r.map.set(values[id] as string, accOf(sums, id));
    }
    return r;
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

const accOf = (sums: IdSums, id: number): Acc =>
  new Acc(sums.counters(id), sums.quota(id), sums.unpriced(id), sums.pico(id));

/** The pricer for a partial's cells (its model and tier dictionaries). */
function cellPricer(partial: UsagePartial, catalog: Catalog): CellPricer {
  const values = (d: number) => (partial.cells.dictionaries[d] as Dictionary).values;
  return new CellPricer(values(D_MODEL), values(D_TIER), catalog);
}

/** The positions in a cell's counters that count against quotas. */
const quotaIndexes = (org: OrgModel): number[] => org.quotaCounters.map((c) => COUNTER_INDEX[c]);

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
  const pricer = cellPricer(partial, catalog);
  const quotaIdx = quotaIndexes(org);
  const teams = new Map<number, string>();
  for (let cell = 0; cell < t.size; cell++) {
    const counters = t.readCounters(cell);
    pricer.price(t.dim(cell, D_MODEL), t.dim(cell, D_TIER), counters);
    let quotaTokens = 0;
    for (let i = 0; i < quotaIdx.length; i++) quotaTokens += counters[quotaIdx[i] as number] as number;
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
      tier: t.value(cell, D_TIER) as PricingTier,
      tool: t.value(cell, D_TOOL),
      source: t.value(cell, D_SOURCE),
      counters,
      quotaTokens,
      unpricedTokens: pricer.unpriced,
      unpricedReason: pricer.reason,
      pico: pricer.cost,
      team,
      role: roleOf(org, user),
    };
  }
}

/** The report's sums by dimension id. */
interface CellSums {
  readonly total: IdSums;
  readonly user: IdSums;
  readonly team: IdSums;
  readonly model: IdSums;
  readonly day: IdSums;
  readonly tool: IdSums;
  readonly source: IdSums;
  readonly unpriced: UnpricedSums;
}

/**
 * Adds every cell into the report's sums. A function of its own, kept small:
 * it runs once per report, and V8 optimises a small loop while it is still
 * running (a loop inside buildCostReport took longer to compile than to run).
 * `extras` (quotas and budgets) is called for every cell when `quotasOrBudgets`.
 */
function sumCells(
  t: CellTable,
  sums: CellSums,
  userTeamId: Int32Array,
  pricer: CellPricer,
  quotaIdx: readonly number[],
  quotasOrBudgets: boolean,
  extras: (cell: number, q: number, pricer: CellPricer) => void,
): void {
  const {
    total,
    user: byUser,
    team: byTeam,
    model: byModel,
    day: byDay,
    tool: byTool,
    source: bySource,
  } = sums;
  const unpriced = sums.unpriced;
  const counters = [0, 0, 0, 0, 0, 0, 0];
  for (let cell = 0; cell < t.size; cell++) {
    t.readCounters(cell, counters);
    const user = t.dim(cell, D_USER);
    const model = t.dim(cell, D_MODEL);
    pricer.price(model, t.dim(cell, D_TIER), counters);
    let q = 0;
    for (let i = 0; i < quotaIdx.length; i++) q += counters[quotaIdx[i] as number] as number;
    const u = pricer.unpriced;
    const c = pricer.pico;
    const n = pricer.picoN;
    total.add(0, counters, q, u, c, n);
    byUser.add(user, counters, q, u, c, n);
    byTeam.add(userTeamId[user] as number, counters, q, u, c, n);
    byModel.add(model, counters, q, u, c, n);
    byDay.add(t.dim(cell, D_DAY), counters, q, u, c, n);
    byTool.add(t.dim(cell, D_TOOL), counters, q, u, c, n);
    bySource.add(t.dim(cell, D_SOURCE), counters, q, u, c, n);
    if (u > 0) unpriced.add(model, pricer.reason, counters[0] as number, u);
    if (quotasOrBudgets) extras(cell, q, pricer);
  }
}

export function buildCostReport(partial: UsagePartial, options: BuildOptions): CostReport {
  const catalog = options.catalog ?? defaultCatalog;
  const org = options.org ?? emptyOrg();
  const today = options.generatedAt.slice(0, 10);
  const t = partial.cells;
  const [days, users, models, , tools, sources] = t.dictionaries.map((d) => d.values) as string[][] as [
    string[],
    string[],
    string[],
    string[],
    string[],
    string[],
  ];
  // Per user (by id): team id, and quota limits.
  const teamIds = new Map<string, number>();
  const userTeamId = new Int32Array(users.length);
  const userLimits = users.map((name, user): { daily?: number; monthly?: number } => {
    const team = teamOf(org, name);
    let id = teamIds.get(team);
    if (id === undefined) {
      id = teamIds.size;
      teamIds.set(team, id);
    }
    userTeamId[user] = id;
    const role = roleOf(org, name);
    // a role named "" has no quota, as roleOf's callers have always read it
    return role ? (org.quotas.get(role) ?? {}) : {};
  });
  const teamNames = [...teamIds.keys()];
  const teamBudgeted = teamNames.map((team) => org.budgets.has(team));
  const anyQuota = userLimits.some((l) => l.daily !== undefined || l.monthly !== undefined);
  const anyBudget = teamBudgeted.includes(true);
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
  /** Quotas and budgets: per cell, but apart from the hot loop (most reports have neither). */
  const extras = (cell: number, q: number, pricer: CellPricer): void => {
    const user = t.dim(cell, D_USER);
    const day = t.dim(cell, D_DAY);
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
      if (pricer.picoN !== 0) sum.add(pricer.pico, pricer.picoN);
    }
  };

  // the dashboard's queries run over the priced cells, one pass per metric; the rollups need one pass
  const dashboard = options.dashboard
    ? evaluateDashboard(
        options.dashboard.text,
        options.dashboard.file,
        { [Symbol.iterator]: () => pricedCells(partial, catalog, org) },
        org,
      )
    : null;
  const sums: CellSums = {
    total: new IdSums(1),
    user: new IdSums(users.length),
    team: new IdSums(teamNames.length),
    model: new IdSums(models.length),
    day: new IdSums(days.length),
    tool: new IdSums(tools.length),
    source: new IdSums(sources.length),
    unpriced: new UnpricedSums(models.length),
  };
  sumCells(
    t,
    sums,
    userTeamId,
    cellPricer(partial, catalog),
    quotaIndexes(org),
    anyQuota || anyBudget,
    extras,
  );
  const totalAcc = accOf(sums.total, 0);
  const byUser = Rollup.of(sums.user, users);
  const byTeam = Rollup.of(sums.team, teamNames);
  const byModel = Rollup.of(sums.model, models);
  const byDay = Rollup.of(sums.day, days);
  const byTool = Rollup.of(sums.tool, tools);
  const bySource = Rollup.of(sums.source, sources);

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
  if (totalAcc.c[6] && totalAcc.c[6] > 0) {
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
    totals: totalAcc.totals(),
    byUser: userRows,
    byTeam: byTeam.rows(),
    byModel: modelRows,
    byDay: byDay.rowsByKey(),
    byTool: byTool.rows(),
    bySource: bySource.rows(),
    quotaBreaches,
    budgetAlerts,
    unpricedModels: sums.unpriced
      .entries()
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
