import { describe, expect, it } from "vitest";
import { buildCostReport } from "../../../shared/reports/cost/build.js";
import { emptyOrg, withRoleMappings, withUsersFile } from "../../../shared/reports/cost/org.js";
import { aggregate } from "../../../shared/usage/aggregate.js";

const seedRecord = (user: string, unsplit: number) => ({
  time: Date.UTC(2026, 9, 1, 12),
  user,
  input: 0,
  output: 0,
  cacheWrite5m: 0,
  cacheWrite1h: 0,
  cacheRead: 0,
  unsplit,
  requests: 1,
  tool: "Edit",
  source: "seed" as const,
});

describe("cost report quotas", () => {
  it('checks quotas per user and day or month, and a role named "" has none', () => {
    let org = withRoleMappings(
      emptyOrg(),
      JSON.stringify({
        roleMappings: { dev: { quotas: { daily: 100, monthly: 1000 } }, "": { quotas: { daily: 1 } } },
      }),
      "roles.json",
    );
    org = withUsersFile(
      org,
      JSON.stringify({ users: { a: { role: "dev" }, b: { role: "" } } }),
      "users.json",
    );
    const report = buildCostReport(aggregate([seedRecord("a", 150), seedRecord("b", 150)]), {
      org,
      generatedAt: "2026-11-01T00:00:00Z",
    });
    expect(report.quotaBreaches.map((b) => [b.user, b.period, b.when, b.used, b.limit])).toEqual([
      ["a", "daily", "2026-10-01", 150, 100],
    ]);
  });
});
