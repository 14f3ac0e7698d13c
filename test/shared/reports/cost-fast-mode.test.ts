// Fast mode (`usage.speed: "fast"` in a transcript) is priced at the model's
// fast mode table, on both reading paths (the byte lane and JSON.parse), and a
// model with no fast mode price shows its fast tokens as unpriced, never at the
// standard price.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usageFromLines } from "../../../shared/hooks/usage-capture.js";
import { applyPriceOverrides, defaultCatalog, resolveModel } from "../../../shared/pricing/catalog.js";
import { formatPicoUsd, priceUsage, tierForRequest } from "../../../shared/pricing/price.js";
import { buildCostReport } from "../../../shared/reports/cost/build.js";
import { collectPartial } from "../../../shared/reports/cost/pipeline.js";

const MILLION = {
  input: 1_000_000,
  output: 1_000_000,
  cacheWrite5m: 0,
  cacheWrite1h: 0,
  cacheRead: 1_000_000,
};

/** A Claude Code assistant line; `speed` is written into usage as given (JSON text), or left out. */
function line(n: number, model: string, speed: string | undefined, tokens = MILLION): string {
  const usage = `{"input_tokens":${tokens.input},"cache_creation_input_tokens":0,"cache_read_input_tokens":${tokens.cacheRead},"output_tokens":${tokens.output},"service_tier":"standard"${speed === undefined ? "" : `,"speed":${speed}`}}`;
  return `{"parentUuid":null,"isSidechain":false,"userType":"external","cwd":"/w","sessionId":"s-1","version":"2.1.240","type":"assistant","uuid":"u${n}","timestamp":"2026-10-12T08:15:3${n}.000Z","requestId":"req_${n}","message":{"id":"msg_${n}","type":"message","role":"assistant","model":"${model}","content":[],"stop_reason":null,"usage":${usage}}}`;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "steward-fast-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function report(
  lines: string[],
  name: string,
  catalog = defaultCatalog,
  kind: "transcripts" | "hook" = "transcripts",
) {
  const file = join(dir, `${name}.jsonl`);
  await writeFile(file, `${lines.join("\n")}\n`);
  const partial = await collectPartial({
    sources: [file],
    cwd: dir,
    kind,
    catalog,
    threads: 1,
  });
  return buildCostReport(partial, { generatedAt: "2026-11-26T00:00:00Z", catalog });
}

describe("fast mode", () => {
  it("Opus 5 and 4.8 have a fast table: $10 input, $50 output, cache prices by the usual modifiers", () => {
    for (const id of ["claude-opus-5", "claude-opus-4-8"]) {
      const r = priceUsage(MILLION, id, { tier: "fast" });
      expect(formatPicoUsd(r.costPicoUsd), id).toBe("61"); // 10 + 50 + 1 (cache read 0.1x)
    }
    expect(tierForRequest(MILLION, resolveModel("claude-opus-5"), false, true)).toBe("fast");
    // a model without fast mode prices: unpriced, not the standard price
    const sonnet = priceUsage(MILLION, "claude-sonnet-4-6", { tier: "fast" });
    expect(sonnet.costPicoUsd).toBe(0n);
    expect(sonnet.unpricedReason).toBe("no-price");
    expect(sonnet.unpricedTokens).toBe(3_000_000);
  });

  it("a transcript's fast requests cost the fast price, on the byte lane and on the general path alike", async () => {
    const lines = [
      line(1, "claude-opus-5", '"fast"'),
      line(2, "claude-opus-5", '"standard"'),
      line(3, "claude-opus-5", undefined),
      // an escape in the value sends the line to JSON.parse; the value is the same
      line(4, "claude-opus-5", '"f\\u0061st"'),
    ];
    const r = await report(lines, "opus");
    // two fast requests at $61 and two standard at $30.50 (5 + 25 + 0.50)
    expect(r.totals.cost).toBe("183");
    expect(r.unpricedModels).toEqual([]);
    expect(r.byModel.map((m) => [m.key, m.requests, m.cost])).toEqual([["claude-opus-5", 4, "183"]]);
  });

  it("fast requests to a model without a fast table are unpriced, with their tokens", async () => {
    const r = await report(
      [line(1, "claude-sonnet-4-6", '"fast"'), line(2, "claude-sonnet-4-6", undefined)],
      "sonnet",
    );
    expect(r.totals.cost).toBe("18.3"); // the standard request: 3 + 15 + 0.30
    expect(r.unpricedModels).toEqual([
      { model: "claude-sonnet-4-6", reason: "no-price", requests: 1, tokens: 3_000_000 },
    ]);
  });

  it("a price override file can give a model fast mode prices", async () => {
    const catalog = applyPriceOverrides(
      JSON.stringify({
        models: {
          "claude-sonnet-4-6": {
            fast: { input: "6", output: "30", cacheWrite5m: "7.5", cacheWrite1h: "12", cacheRead: "0.60" },
          },
        },
      }),
      "prices.json",
    );
    const r = await report([line(1, "claude-sonnet-4-6", '"fast"')], "override", catalog);
    expect(r.totals.cost).toBe("36.6");
    expect(r.unpricedModels).toEqual([]);
  });

  it("the usage hook keeps a request's fast mode in its record, and the report prices it so", async () => {
    const captured = usageFromLines(
      [line(1, "claude-opus-4-8", '"fast"'), line(2, "claude-opus-4-8", '"standard"')],
      "dana",
      "s-1",
      new Set(),
    );
    expect(captured.records.map((r) => r.speed)).toEqual(["fast", undefined]);
    const r = await report(
      captured.records.map((rec) => JSON.stringify(rec)),
      "hook",
      defaultCatalog,
      "hook",
    );
    expect(r.totals.cost).toBe("91.5"); // 61 + 30.50
  });
});
