import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatPicoUsd,
  picoToMicros,
  priceUsage,
  resolveModel,
  tierForRequest,
} from "../../../shared/pricing/index.js";

const zero = { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };

describe("priceUsage", () => {
  it("prices each token category exactly", () => {
    const r = priceUsage(
      {
        input: 1_000_000,
        output: 1_000_000,
        cacheWrite5m: 1_000_000,
        cacheWrite1h: 1_000_000,
        cacheRead: 1_000_000,
      },
      "claude-sonnet-4-6",
    );
    // 3 + 15 + 3.75 + 6 + 0.30
    expect(formatPicoUsd(r.costPicoUsd)).toBe("28.05");
    expect(r.costUsd).toBeCloseTo(28.05, 12);
    expect(r.unpricedTokens).toBe(0);
  });
  it("one token of Haiku 5.5 cache read is 0.01 micro-dollars, exactly", () => {
    const r = priceUsage({ ...zero, cacheRead: 1 }, "claude-haiku-5-5");
    expect(r.costPicoUsd).toBe(10_000n);
    expect(formatPicoUsd(r.costPicoUsd)).toBe("0.00000001");
  });
  it("Haiku 5.5 prices the whole request at the long tier above 100k prompt tokens", () => {
    const small = priceUsage({ ...zero, input: 100_000, output: 1_000 }, "claude-haiku-5-5");
    const big = priceUsage({ ...zero, input: 100_001, output: 1_000 }, "claude-haiku-5-5");
    expect(small.tier).toBe("standard");
    expect(big.tier).toBe("long");
    expect(formatPicoUsd(small.costPicoUsd)).toBe("0.0105"); // 0.1*0.1 + 0.5*0.001
    expect(formatPicoUsd(big.costPicoUsd)).toBe("0.0525005"); // 0.5*0.100001 + 2.5*0.001
  });
  it("historical Sonnet 4.5 >200k tier counts cache reads in the prompt", () => {
    const m = resolveModel("claude-sonnet-4-5");
    expect(tierForRequest({ ...zero, input: 10, cacheRead: 200_000 }, m)).toBe("long");
    expect(tierForRequest({ ...zero, input: 10, cacheRead: 199_990 }, m)).toBe("standard");
    expect(tierForRequest({ ...zero, input: 300_000 }, resolveModel("claude-sonnet-4-6"))).toBe("standard");
  });
  it("batch halves the price", () => {
    const t = { ...zero, input: 1_000_000, output: 1_000_000 };
    const std = priceUsage(t, "claude-opus-4-7");
    const batch = priceUsage(t, "claude-opus-4-7", { batch: true });
    expect(batch.tier).toBe("batch");
    expect(batch.costPicoUsd * 2n).toBe(std.costPicoUsd);
  });
  it("never costs unknown, unpriced or unsplit tokens at zero silently", () => {
    expect(priceUsage({ ...zero, input: 5 }, "gpt-4o")).toMatchObject({
      unpricedTokens: 5,
      unpricedReason: "unknown-model",
      pricedTokens: 0,
    });
    expect(priceUsage({ ...zero, input: 5 }, "anthropic.claude-mythos-preview")).toMatchObject({
      unpricedTokens: 5,
      unpricedReason: "no-price",
    });
    expect(priceUsage({ ...zero, input: 5 }, undefined)).toMatchObject({ unpricedReason: "no-model" });
    expect(priceUsage({ ...zero, unsplit: 7 }, undefined)).toMatchObject({
      unpricedTokens: 7,
      unpricedReason: "unsplit",
    });
    const mixed = priceUsage({ ...zero, input: 1_000_000, unsplit: 7 }, "claude-opus-5");
    expect(mixed).toMatchObject({ unpricedTokens: 7, pricedTokens: 1_000_000, unpricedReason: "unsplit" });
    expect(formatPicoUsd(mixed.costPicoUsd)).toBe("5");
  });
  it("is additive: the cost of a sum equals the sum of costs (exact integers)", () => {
    const counts = fc.record({
      input: fc.nat(10_000_000),
      output: fc.nat(10_000_000),
      cacheWrite5m: fc.nat(10_000_000),
      cacheWrite1h: fc.nat(10_000_000),
      cacheRead: fc.nat(10_000_000),
    });
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const sum = {
          input: a.input + b.input,
          output: a.output + b.output,
          cacheWrite5m: a.cacheWrite5m + b.cacheWrite5m,
          cacheWrite1h: a.cacheWrite1h + b.cacheWrite1h,
          cacheRead: a.cacheRead + b.cacheRead,
        };
        const opt = { tier: "standard" as const };
        const m = "claude-haiku-5-5";
        return (
          priceUsage(sum, m, opt).costPicoUsd ===
          priceUsage(a, m, opt).costPicoUsd + priceUsage(b, m, opt).costPicoUsd
        );
      }),
    );
  });
});

describe("money formatting", () => {
  it("rounds half up to micro-dollars and formats exactly", () => {
    expect(picoToMicros(1_499_999n)).toBe(1n);
    expect(picoToMicros(1_500_000n)).toBe(2n);
    expect(formatPicoUsd(1_000_000_000_000n)).toBe("1");
    expect(formatPicoUsd(-1_500_000_000_000n)).toBe("-1.5");
    expect(formatPicoUsd(0n)).toBe("0");
  });
});
