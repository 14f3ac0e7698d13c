// The report's allocation-free cell pricing (CellPricer) against the reference
// arithmetic (priceUsage): the same exact cost, unpriced tokens and reason for
// any counters, model and tier, on both sides of 2^53 pico-USD, where the
// pricer switches from doubles to bigints.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../shared/pricing/catalog.js";
import { type PricingTier, priceUsage } from "../../../shared/pricing/price.js";
import { CellPricer, IdSums, PicoSum, UnpricedSums } from "../../../shared/reports/cost/sums.js";

// a priced model with a long-context tier, priced models, one with no price,
// one unknown, and none
const MODELS = [
  "claude-sonnet-4-5-20250929",
  "claude-opus-4-1",
  "claude-haiku-4-5",
  "claude-2.1",
  "acme-model-9",
  "",
];
const TIERS: PricingTier[] = ["standard", "long", "batch", "batch-long"];

// token counts: small, near the point where a cell's cost passes 2^53
// pico-USD (about 3e9 tokens at $3 per million), and far beyond it
const tokens = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 5_000 }),
  fc.integer({ min: 2_900_000_000, max: 3_100_000_000 }),
  fc.integer({ min: 0, max: 2 ** 45 }),
);

describe("CellPricer", () => {
  it("prices every cell as priceUsage does", () => {
    const pricer = new CellPricer(MODELS, TIERS, defaultCatalog);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MODELS.length - 1 }),
        fc.integer({ min: 0, max: TIERS.length - 1 }),
        fc.tuple(tokens, tokens, tokens, tokens, tokens, tokens),
        (model, tier, [input, output, cacheWrite5m, cacheWrite1h, cacheRead, unsplit]) => {
          const name = MODELS[model] as string;
          const expected = priceUsage(
            { input, output, cacheWrite5m, cacheWrite1h, cacheRead, unsplit },
            name === "" ? undefined : name,
            { tier: TIERS[tier] as PricingTier, catalog: defaultCatalog },
          );
          pricer.price(model, tier, [1, input, output, cacheWrite5m, cacheWrite1h, cacheRead, unsplit]);
          expect(pricer.cost).toBe(expected.costPicoUsd);
          expect(pricer.picoN).toBe(
            expected.costPicoUsd > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(expected.costPicoUsd),
          );
          expect(pricer.unpriced).toBe(expected.unpricedTokens);
          expect(pricer.reason).toBe(expected.unpricedReason);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("takes the bigint path for a cell past 2^53 pico-USD and stays exact", () => {
    const pricer = new CellPricer(["claude-opus-4-1"], ["standard"], defaultCatalog);
    // 2^53 output tokens of Opus: far beyond what a double holds exactly
    pricer.price(0, 0, [1, 0, 2 ** 53, 0, 0, 0, 0]);
    expect(pricer.picoN).toBe(-1);
    const perToken = priceUsage(
      { input: 0, output: 1, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 },
      "claude-opus-4-1",
    ).costPicoUsd;
    expect(pricer.cost).toBe(2n ** 53n * perToken);
  });
});

describe("IdSums", () => {
  it("sums counters per id and costs exactly, carrying past 2^53 into a bigint", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.integer({ min: 0, max: 3 }),
            counter: fc.integer({ min: 0, max: 1_000_000 }),
            pico: fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 2n ** 60n })),
          }),
          { maxLength: 40 },
        ),
        (adds) => {
          const sums = new IdSums(4);
          const expected = [0n, 0n, 0n, 0n];
          const counters = [0, 0, 0, 0];
          for (const a of adds) {
            const n = a.pico > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(a.pico);
            sums.add(a.id, [1, a.counter, 0, 0, 0, 0, 2], 5, 7, a.pico, n);
            expected[a.id] = (expected[a.id] as bigint) + a.pico;
            counters[a.id] = (counters[a.id] as number) + a.counter;
          }
          for (let id = 0; id < 4; id++) {
            const count = adds.filter((a) => a.id === id).length;
            expect(sums.has(id)).toBe(count > 0);
            expect(sums.pico(id)).toBe(expected[id]);
            expect(sums.counters(id)).toEqual([count, counters[id], 0, 0, 0, 0, 2 * count]);
            expect(sums.quota(id)).toBe(5 * count);
            expect(sums.unpriced(id)).toBe(7 * count);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("PicoSum agrees with a plain bigint sum", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n }), { maxLength: 50 }), (amounts) => {
        const sum = new PicoSum();
        for (const a of amounts) sum.add(a, a > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(a));
        expect(sum.value).toBe(amounts.reduce((x, y) => x + y, 0n));
      }),
    );
  });
});

describe("UnpricedSums", () => {
  it("lists (model, reason) pairs in the order first seen, a missing reason as no-price", () => {
    const u = new UnpricedSums(3);
    u.add(2, "unknown-model", 1, 10);
    u.add(0, "unsplit", 2, 5);
    u.add(2, "unknown-model", 3, 1);
    u.add(1, undefined, 1, 4);
    expect(u.entries()).toEqual([
      { model: 2, reason: "unknown-model", requests: 4, tokens: 11 },
      { model: 0, reason: "unsplit", requests: 2, tokens: 5 },
      { model: 1, reason: "no-price", requests: 1, tokens: 4 },
    ]);
  });
});
