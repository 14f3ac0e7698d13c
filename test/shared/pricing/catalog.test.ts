import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import {
  applyPriceOverrides,
  CATALOG_DATA,
  defaultCatalog,
  modelLifecycle,
  resolveModel,
  stripContextSuffix,
} from "../../../shared/pricing/index.js";

describe("catalog data", () => {
  it("is dated and every model has sources", () => {
    expect(CATALOG_DATA.checkedAt).toBe("2026-11-23");
    for (const m of CATALOG_DATA.models) expect(m.sources.length).toBeGreaterThan(0);
  });
  it("every listed spelling resolves to its own model", () => {
    for (const m of defaultCatalog.models) {
      for (const name of [m.id, ...m.aliases, ...m.bedrock, ...m.vertex]) {
        expect(resolveModel(name)?.id, name).toBe(m.id);
      }
    }
  });
});

describe("resolveModel", () => {
  it.each([
    ["claude-sonnet-4-5-20250929", "claude-sonnet-4-5-20250929"],
    ["claude-sonnet-4-5", "claude-sonnet-4-5-20250929"],
    ["claude-opus-4-6[1m]", "claude-opus-4-6"],
    ["Claude-Sonnet-4-6[1M]", "claude-sonnet-4-6"],
    ["anthropic.claude-opus-4-8", "claude-opus-4-8"],
    ["anthropic.claude-haiku-4-5-20251001-v1:0", "claude-haiku-4-5-20251001"],
    ["eu.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5-20250929"],
    ["global.anthropic.claude-opus-4-6-v1", "claude-opus-4-6"],
    ["apac.anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku-20241022"],
    [
      "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-5-20251101-v1:0",
      "claude-opus-4-5-20251101",
    ],
    ["claude-sonnet-4-5@20250929", "claude-sonnet-4-5-20250929"],
    ["claude-opus-4@20250514", "claude-opus-4-20250514"],
    ["claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet-20241022"],
    ["claude-3-7-sonnet@20250219", "claude-3-7-sonnet-20250219"],
  ])("%s -> %s", (input, id) => {
    expect(resolveModel(input)?.id).toBe(id);
  });

  it("returns undefined for unknown and empty ids", () => {
    expect(resolveModel("claude-haiku-3-5-20241022")).toBeUndefined(); // the seed's wrong id
    expect(resolveModel("gpt-4o")).toBeUndefined();
    expect(resolveModel("")).toBeUndefined();
    expect(resolveModel("<synthetic>")).toBeUndefined();
  });

  it("strips only a trailing bracket suffix", () => {
    expect(stripContextSuffix(" claude-opus-4-7[1m] ")).toBe("claude-opus-4-7");
  });
});

describe("modelLifecycle", () => {
  it("retired, deprecated, active and unknown with dates", () => {
    expect(modelLifecycle("claude-3-5-haiku-20241022", "2026-11-25")).toMatchObject({
      status: "retired",
      retiredAt: "2026-02-19",
    });
    expect(modelLifecycle("claude-opus-4-1-20250805", "2026-08-04").status).toBe("active");
    expect(modelLifecycle("claude-opus-4-1-20250805", "2026-08-05").status).toBe("retired");
    // past its "not sooner than" date: may retire any time
    expect(modelLifecycle("claude-sonnet-4-5-20250929", "2026-11-25")).toMatchObject({
      status: "deprecated",
      retirementNotBefore: "2026-09-29",
    });
    expect(modelLifecycle("claude-opus-5", new Date("2026-11-25T00:00:00Z"))).toMatchObject({
      status: "active",
      legacy: true,
      modelId: "claude-opus-5",
    });
    expect(modelLifecycle("anthropic.claude-opus-4-8", "2026-11-25").status).toBe("active");
    expect(modelLifecycle("claude-haiku-3-5-20241022", "2026-11-25").status).toBe("unknown");
  });
  it("rejects a malformed date", () => {
    expect(() => modelLifecycle("claude-opus-5", "yesterday")).toThrow(ConfigurationError);
  });
});

describe("applyPriceOverrides", () => {
  it("replaces a price, adds a model and an alias", () => {
    const c = applyPriceOverrides(
      JSON.stringify({
        models: {
          "claude-sonnet-5-5": {
            prices: { input: "2", output: "10", cacheWrite5m: "2.5", cacheWrite1h: "4", cacheRead: "0.10" },
          },
          "corp-llm": { prices: { input: 1, output: 2, cacheWrite5m: 1, cacheWrite1h: 1, cacheRead: 0 } },
        },
        aliases: { "gateway-sonnet": "claude-sonnet-4-6" },
      }),
      "prices.json",
    );
    expect(resolveModel("claude-sonnet-5-5", c)?.prices?.cacheRead).toBe(100_000);
    expect(resolveModel("corp-llm", c)?.prices?.output).toBe(2_000_000);
    expect(resolveModel("gateway-sonnet", c)?.id).toBe("claude-sonnet-4-6");
    expect(resolveModel("claude-sonnet-5-5")?.prices?.cacheRead).toBe(200_000); // default untouched
  });
  it.each([
    ["{", /not valid JSON/],
    ["[]", /expected an object/],
    [JSON.stringify({ model: {} }), /unknown key "model"/],
    [JSON.stringify({ models: { "new-model": {} } }), /needs "prices"/],
    [
      JSON.stringify({ models: { "claude-opus-5": { prices: { input: "x" } } } }),
      /not a non-negative decimal/,
    ],
    [JSON.stringify({ models: { "claude-opus-5": { prices: { input: "1" } } } }), /output is missing/],
    [JSON.stringify({ aliases: { a: "nope" } }), /unknown model "nope"/],
  ])("rejects %s", (text, message) => {
    expect(() => applyPriceOverrides(text, "prices.json")).toThrow(message);
    try {
      applyPriceOverrides(text, "prices.json");
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
    }
  });
});
