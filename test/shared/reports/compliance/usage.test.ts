import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isConfigurationError } from "../../../../shared/errors.js";
import { parseUsageReport } from "../../../../shared/reports/compliance/index.js";
import { REPO_ROOT } from "../../../harness/run-action.js";

const FIXTURE = "test/fixtures/compliance/cost-report-2026-10.json";

describe("parseUsageReport", () => {
  it("takes totals, active users and days from a cost report.json", () => {
    const u = parseUsageReport(readFileSync(join(REPO_ROOT, FIXTURE), "utf8"), FIXTURE);
    expect(u).toMatchObject({
      file: FIXTURE,
      since: "2026-10-01",
      requests: 360,
      tokens: 20_438_727,
      input: 150_256,
      output: 330_335,
      cacheRead: 17_596_337,
      cacheWrite: 1_731_949 + 629_850,
      costUsd: 17.254204,
      activeDays: ["2026-10-01", "2026-10-02", "2026-10-03"],
    });
    expect(u.activeUsers).toHaveLength(6);
    expect(u.activeUsers).toContain("liam.berg@acme.example");
  });
  it.each([
    ["not JSON", "{", /is not JSON/],
    ["another schema", '{"schemaVersion": 2, "totals": {}}', /not a Steward cost report/],
    ["no totals", '{"schemaVersion": 1}', /not a Steward cost report/],
  ])("rejects %s with a ConfigurationError naming the file", (_n, text, why) => {
    let error: unknown;
    try {
      parseUsageReport(text, "r.json");
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(why);
    expect((error as { location: { file: string } }).location.file).toBe("r.json");
  });
});
