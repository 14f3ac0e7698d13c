import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import { formatPicoUsd } from "../../../shared/pricing/price.js";
import {
  buildCostReport,
  type CostReport,
  csvCell,
  emptyOrg,
  evaluateDashboard,
  type OrgModel,
  parseQuery,
  priceCells,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  withBudgets,
  withRoleMappings,
  withUsersFile,
} from "../../../shared/reports/cost/index.js";
import { collectPartial, mergeAll } from "../../../shared/reports/cost/pipeline.js";
import { aggregate, withReferenceCost } from "../../../shared/usage/aggregate.js";
import type { UsageRecord } from "../../../shared/usage/record.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/usage/", import.meta.url));
const GOLDEN = join(FIXTURES, "golden");
const EXAMPLES = fileURLToPath(new URL("../../../examples/usage/", import.meta.url));
const POLICY = fileURLToPath(new URL("../../../examples/policy-repo/", import.meta.url));

async function fixtureOrg(): Promise<OrgModel> {
  const read = (f: string) => readFile(join(FIXTURES, f), "utf8");
  let org = withRoleMappings(emptyOrg(), await read("role-mappings.json"), "role-mappings.json");
  org = withUsersFile(org, await read("users.json"), "users.json");
  return withBudgets(org, await read("budgets.json"), "budgets.json");
}

async function fixtureReport(): Promise<CostReport> {
  const partial = await collectPartial({ sources: ["seed", "hook", "homes"], cwd: FIXTURES });
  return buildCostReport(partial, {
    org: await fixtureOrg(),
    generatedAt: "2026-11-01T06:00:00.000Z",
    since: "2026-10-01",
    until: "2026-10-31",
    dashboard: {
      text: await readFile(join(FIXTURES, "usage-dashboard-config.json"), "utf8"),
      file: "usage-dashboard-config.json",
    },
  });
}

const sumPico = (costs: string[]) =>
  costs.reduce((s, c) => {
    const [w = "0", f = ""] = c.split(".");
    return s + BigInt(w) * 1_000_000_000_000n + BigInt(f.padEnd(12, "0"));
  }, 0n);

describe("cost report over the fixtures", () => {
  it("totals reconcile exactly with every dimension", async () => {
    const r = await fixtureReport();
    for (const dim of [r.byUser, r.byTeam, r.byModel, r.byDay, r.byTool, r.bySource]) {
      expect(formatPicoUsd(sumPico(dim.map((x) => x.cost)))).toBe(r.totals.cost);
      expect(dim.reduce((s, x) => s + x.tokens, 0)).toBe(r.totals.tokens);
    }
    expect(r.schemaVersion).toBe(1);
  });

  it("prices what it can and lists the rest as unpriced", async () => {
    const r = await fixtureReport();
    expect(r.unpricedModels).toEqual([
      { model: "", reason: "unsplit", requests: 7, tokens: 1_310_000 },
      { model: "gpt-4o", reason: "unknown-model", requests: 1, tokens: 200 },
    ]);
    const sonnet45 = r.byModel.find((m) => m.key === "claude-sonnet-4-5-20250929");
    expect(sonnet45?.lifecycle).toBe("deprecated");
    expect(r.byModel.find((m) => m.key === "claude-opus-4-7")?.requests).toBe(1); // [1m] resolved
  });

  it("raises quota breaches per role and budget alerts per team", async () => {
    const r = await fixtureReport();
    // carol has no mapping -> defaultRole contractors (50k daily): 40k = 80% -> warning
    expect(r.quotaBreaches).toEqual([
      {
        user: "carol",
        role: "contractors",
        period: "daily",
        when: "2026-10-01",
        used: 40_000,
        limit: 50_000,
        percent: 80,
        severity: "warning",
      },
    ]);
    // payments: $0.088 of $0.08 -> critical; platform: $0.54606 of $0.60 -> warning
    expect(r.budgetAlerts.map((b) => [b.team, b.cost, b.percent, b.severity])).toEqual([
      ["payments", "0.088", 110, "critical"],
      ["platform", "0.54606", 91.01, "warning"],
    ]);
  });

  it("evaluates the seed's dashboard queries and alerts", async () => {
    const r = await fixtureReport();
    const d = r.dashboard;
    expect(d?.metrics.map((m) => m.name)).toEqual([
      "daily_tokens",
      "model_usage",
      "tool_frequency",
      "cost_estimate",
    ]);
    const daily = d?.metrics[0]?.rows.find((x) => x.group.user === "alice" && x.group.date === "2026-10-02");
    expect(daily?.value).toBe(550_000 + 2000 + 1000 + 3000);
    const high = d?.alerts.find((a) => a.name === "high_usage");
    // the seed's "tokens" counts cache reads too: alice passes 800k (and 1M) on Oct 1
    expect(high?.firing.map((f) => [f.group.user, f.group.date, f.value])).toEqual([
      ["alice", "2026-10-01", 1_163_585],
    ]);
    expect(d?.alerts.find((a) => a.name === "quota_exceeded")?.firing).toHaveLength(1);
    const cost = d?.metrics[3]?.rows.reduce((s, x) => s + x.value, 0) ?? 0;
    expect(cost).toBeCloseTo(r.totals.costUsd, 6);
  });

  it("golden files (set UPDATE_GOLDEN=1 to rewrite)", async () => {
    const r = await fixtureReport();
    const files = new Map<string, string>([
      ["report.json", renderJson(r)],
      ["report.md", renderMarkdown(r)],
      ["report.html", renderHtml(r)],
      ...renderCsv(r),
    ]);
    if (process.env.UPDATE_GOLDEN) {
      await mkdir(GOLDEN, { recursive: true });
      for (const [name, text] of files) await writeFile(join(GOLDEN, name), text);
    }
    for (const [name, text] of files) expect(text, name).toBe(await readFile(join(GOLDEN, name), "utf8"));
  });
});

describe("renderers", () => {
  it("HTML is self-contained and escapes user data", async () => {
    const base = {
      input: 1000,
      output: 0,
      cacheWrite5m: 0,
      cacheWrite1h: 0,
      cacheRead: 0,
      unsplit: 0,
      requests: 1,
      source: "steward-hook" as const,
    };
    const r = buildCostReport(
      aggregate([
        { ...base, time: Date.UTC(2026, 9, 1), user: '<script>alert("x")</script>', model: "claude-opus-5" },
      ]),
      {
        generatedAt: "2026-11-01T00:00:00Z",
      },
    );
    const html = renderHtml(r);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).toMatch(/<svg/);
    const md = renderMarkdown(r);
    expect(md).not.toContain("<script>");
  });
  it("CSV defuses formulas and quotes separators", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(-5)).toBe("-5");
  });
});

describe("reconciliation", () => {
  it("compares the local estimate with cost_report per day", () => {
    const rec: UsageRecord = {
      time: Date.UTC(2026, 9, 1, 12),
      user: "a",
      model: "claude-sonnet-4-6",
      input: 1_000_000,
      output: 0,
      cacheWrite5m: 0,
      cacheWrite1h: 0,
      cacheRead: 0,
      unsplit: 0,
      requests: 1,
      source: "steward-hook",
    };
    const p = withReferenceCost(aggregate([rec]), new Map([["2026-10-01", 2_500_000_000_000n]]));
    const r = buildCostReport(p, { generatedAt: "2026-11-01T00:00:00Z" });
    expect(r.reconciliation).toMatchObject({
      localCost: "3",
      anthropicCost: "2.5",
      variance: "0.5",
      variancePercent: 20,
    });
  });
});

describe("query language", () => {
  it.each([
    ["sum(tokens) by (user, date)", { agg: "sum", fields: ["tokens"], by: ["user", "date"] }],
    ["count(*) by (model)", { agg: "count", fields: [], by: ["model"] }],
    ["count(distinct requestId) by (model)", { agg: "count", fields: [], by: ["model"] }],
    ["sum(tokens * cost_per_token) by (date)", { agg: "sum", fields: ["cost"], by: ["date"] }],
    [
      "sum(input + output + cacheWrite5m + cacheWrite1h) by (user, day)",
      { agg: "sum", fields: ["input", "output", "cacheWrite5m", "cacheWrite1h"], by: ["user", "date"] },
    ],
    ["sum(costUsd)", { agg: "sum", fields: ["cost"], by: [] }],
  ])("parses %s", (q, expected) => {
    expect(parseQuery(q, "m")).toEqual(expected);
  });
  it.each([
    "percentile(tokens, 95) by (user)",
    "sum(tokens) by (hostname)",
    "sum(latency)",
    "sum(cost + tokens)",
    "count(tokens)",
    "select * from usage",
  ])("rejects %s naming the metric", (q) => {
    expect(() => parseQuery(q, "my_metric")).toThrow(ConfigurationError);
    expect(() => parseQuery(q, "my_metric")).toThrow(/my_metric/);
  });
  it("reports an alert on an unknown metric or condition", () => {
    const cells = priceCells(aggregate([]));
    const cfg = (alerts: unknown[]) => JSON.stringify({ dashboard: { metrics: [], alerts } });
    expect(() =>
      evaluateDashboard(cfg([{ name: "x", condition: "nope > 1" }]), "d.json", cells, emptyOrg()),
    ).toThrow(/unknown metric "nope"/);
    expect(() =>
      evaluateDashboard(cfg([{ name: "x", condition: "daily_tokens ~ 1" }]), "d.json", cells, emptyOrg()),
    ).toThrow(/unsupported condition/);
    expect(() => evaluateDashboard("{}", "d.json", cells, emptyOrg())).toThrow(/dashboard.metrics/);
  });
  it("evaluates the example policy repo's dashboard config when present", async () => {
    const file = fileURLToPath(
      new URL("../../../examples/policy-repo/usage-dashboard-config.json", import.meta.url),
    );
    if (!existsSync(file)) return;
    const r = await fixtureReport();
    expect(r.byUser.length).toBeGreaterThan(0);
    const partial = await collectPartial({ sources: ["hook"], cwd: FIXTURES });
    const d = evaluateDashboard(
      await readFile(file, "utf8"),
      file,
      priceCells(partial, undefined, await fixtureOrg()),
      await fixtureOrg(),
    );
    expect(d.metrics.length).toBeGreaterThan(0);
  });
});

describe("org files", () => {
  it("reads CSV users and rejects bad files with their name", () => {
    const org = withUsersFile(
      emptyOrg(),
      "user,team,role\nalice,platform,developers\n\nbob,payments,\n",
      "users.csv",
    );
    expect(org.users.get("alice")).toEqual({ team: "platform", role: "developers" });
    expect(org.users.get("bob")).toEqual({ team: "payments" });
    expect(() => withUsersFile(emptyOrg(), "name,team\nx,y", "users.csv")).toThrow(/users\.csv.*header/);
    expect(() => withRoleMappings(emptyOrg(), "{}", "rm.json")).toThrow(/rm\.json.*roleMappings/);
    expect(() =>
      withRoleMappings(emptyOrg(), '{"roleMappings":{"a":{"quotas":{"daily":"lots"}}}}', "rm.json"),
    ).toThrow(/roleMappings\.a\.quotas\.daily/);
    expect(() => withBudgets(emptyOrg(), '{"teams":{"a":{}}}', "b.json")).toThrow(/teams\.a\.monthlyUsd/);
  });
});

describe("partials give the same report as one run (property)", () => {
  it("for any split of the fixture-like data", () => {
    const rec = fc.record({
      time: fc.integer({ min: Date.UTC(2026, 9, 1), max: Date.UTC(2026, 9, 31) }),
      user: fc.constantFrom("alice", "bob", "carol"),
      model: fc.constantFrom("claude-sonnet-4-5", "claude-haiku-5-5", "claude-opus-4-7[1m]", "unknown-x"),
      input: fc.nat(250_000),
      output: fc.nat(10_000),
      cacheWrite5m: fc.nat(5_000),
      cacheWrite1h: fc.nat(5_000),
      cacheRead: fc.nat(100_000),
      unsplit: fc.nat(1000),
      requests: fc.constant(1),
      tool: fc.constantFrom("Edit", "Bash"),
      source: fc.constant("steward-hook" as const),
    });
    fc.assert(
      fc.asyncProperty(fc.array(rec, { maxLength: 120 }), fc.nat(120), async (records, cut) => {
        const org = await fixtureOrg();
        const opts = { org, generatedAt: "2026-11-01T00:00:00Z" };
        const whole = renderJson(buildCostReport(aggregate(records), opts));
        const at = records.length ? cut % records.length : 0;
        const merged = renderJson(
          buildCostReport(mergeAll([aggregate(records.slice(at)), aggregate(records.slice(0, at))]), opts),
        );
        return whole === merged;
      }),
      { numRuns: 60 },
    );
  });
});

describe.skipIf(!existsSync(join(EXAMPLES, "usage")) || !existsSync(POLICY))(
  "example data (examples/usage)",
  () => {
    async function exampleOrg(): Promise<OrgModel> {
      const org = withRoleMappings(
        emptyOrg(),
        await readFile(join(POLICY, "role-mappings.json"), "utf8"),
        "role-mappings.json",
      );
      return withUsersFile(org, await readFile(join(EXAMPLES, "users.json"), "utf8"), "users.json");
    }
    async function partialOf(sources: string[]) {
      const org = await exampleOrg();
      return collectPartial({ sources, cwd: EXAMPLES, userMap: Object.fromEntries(org.aliases) });
    }
    const report = async (sources: string[]) =>
      buildCostReport(await partialOf(sources), {
        org: await exampleOrg(),
        generatedAt: "2026-11-01T06:00:00.000Z",
      });

    it("transcripts (de-duplicated) and hook records agree per user; seed tokens equal hook quota tokens", async () => {
      const hook = await report(["usage/*/*.jsonl"]);
      const transcripts = await report(["transcripts"]);
      const seed = await report(["usage/*/*.json"]);
      const pick = (r: CostReport) =>
        Object.fromEntries(
          r.byUser.map((u) => [u.key, [u.input, u.output, u.cacheWrite5m, u.cacheWrite1h, u.cacheRead]]),
        );
      const h = pick(hook);
      const t = pick(transcripts);
      const differing = Object.keys(h).filter((u) => JSON.stringify(h[u]) !== JSON.stringify(t[u]));
      // only users with a deliberately malformed line in one of the two sources may differ
      expect(differing.every((u) => /dana|liam/.test(u))).toBe(true);
      const seedBy = Object.fromEntries(seed.byUser.map((u) => [u.key, u.unsplit]));
      const hookBy = Object.fromEntries(hook.byUser.map((u) => [u.key, u.quotaTokens]));
      const seedDiff = Object.keys(hookBy).filter((u) => seedBy[u] !== hookBy[u]);
      expect(seedDiff.every((u) => /dana/.test(u))).toBe(true);
      expect(Object.keys(seedBy).sort()).toEqual(Object.keys(hookBy).sort()); // logins mapped to e-mails
    });

    it("finds every deliberately malformed usage and transcript line listed in malformed.json", async () => {
      const expected = JSON.parse(await readFile(join(EXAMPLES, "malformed.json"), "utf8")) as {
        file: string;
        line: number;
      }[];
      const p = await partialOf(["usage", "transcripts"]);
      const got = new Set(p.malformed.samples.map((s) => `${s.file}:${s.line}`));
      for (const e of expected.filter((x) => !x.file.startsWith("audit")))
        expect(got, `${e.file}:${e.line}`).toContain(`${e.file}:${e.line}`);
    });

    it("raises the quota breaches the README promises", async () => {
      const r = await report(["usage/*/*.jsonl"]);
      const critical = r.quotaBreaches
        .filter((b) => b.severity === "critical" && b.period === "daily")
        .map((b) => [b.user, b.when]);
      expect(critical).toEqual(
        expect.arrayContaining([
          [expect.stringMatching(/^liam\.berg/), "2026-10-03"],
          [expect.stringMatching(/^mateo\.silva/), "2026-10-03"],
        ]),
      );
    });

    it("golden report over the example hook records (UPDATE_GOLDEN=1 to rewrite)", async () => {
      const r = await report(["usage/*/*.jsonl"]);
      const dir = join(FIXTURES, "golden-examples");
      const files = new Map([
        ["report.json", renderJson(r)],
        ["report.md", renderMarkdown(r)],
      ]);
      if (process.env.UPDATE_GOLDEN) {
        await mkdir(dir, { recursive: true });
        for (const [name, text] of files) await writeFile(join(dir, name), text);
      }
      for (const [name, text] of files) expect(text, name).toBe(await readFile(join(dir, name), "utf8"));
    });
  },
);
