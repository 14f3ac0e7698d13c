import { describe, expect, it } from "vitest";
import { json, lint } from "./helpers.js";

const broken = {
  "role-mappings.json": json({ roleMappings: { dev: { models: ["claude-3-opus-20240229"] } } }),
};
const config = (waivers: unknown[]) => ({ "steward.config.json": json({ waivers }) });

describe("waivers", () => {
  it("removes a waived finding and counts it as waived", () => {
    const r = lint({
      ...broken,
      ...config([
        {
          rule: "models/retired",
          path: "role-mappings.json",
          reason: "migrating in Q1",
          expires: "2027-01-31",
        },
      ]),
    });
    expect(r.findings.filter((f) => f.ruleId === "models/retired")).toEqual([]);
    expect(r.waived.map((f) => f.ruleId)).toEqual(["models/retired"]);
  });

  it("matches rule and path globs", () => {
    const r = lint({
      ...broken,
      ...config([{ rule: "models/*", path: "*.json", reason: "r", expires: "2027-01-31" }]),
    });
    expect(r.waived).toHaveLength(1);
  });

  it("an expired waiver waives nothing and is a finding itself", () => {
    const r = lint({
      ...broken,
      ...config([{ rule: "models/retired", path: "role-mappings.json", reason: "r", expires: "2026-11-24" }]),
    });
    expect(r.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(["models/retired", "config/expired-waiver"]),
    );
    expect(r.waived).toEqual([]);
  });

  it("a waiver without reason or expiry is a finding", () => {
    const r = lint({ ...broken, ...config([{ rule: "models/retired", path: "role-mappings.json" }]) });
    const f = r.findings.find((x) => x.ruleId === "config/incomplete-waiver");
    expect(f?.message).toContain("a reason and an expiry date");
  });

  it("no waivers, no waiver findings", () => {
    const r = lint({ ...broken, ...config([]) });
    expect(r.findings.filter((f) => f.ruleId.startsWith("config/"))).toEqual([]);
    expect(r.waived).toEqual([]);
  });
});
