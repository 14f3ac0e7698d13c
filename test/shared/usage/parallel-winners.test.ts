// Transcript de-duplication across threads: each range keeps its own largest
// copy per request, and pickWinners chooses across ranges. Whatever the split,
// the surviving copies must be exactly those one reader going through every
// file in order keeps.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateWeights, pickWinners, splitRanges } from "../../../shared/usage/parallel.js";
import { type TranscriptLine, TranscriptRequests } from "../../../shared/usage/transcript-lane.js";

const line = (key: string | undefined, total: number, sidechain: boolean, id: number): TranscriptLine => ({
  record: {
    time: id,
    user: "u",
    input: total,
    output: 0,
    cacheWrite5m: 0,
    cacheWrite1h: 0,
    cacheRead: 0,
    unsplit: 0,
    requests: 1,
    source: "transcript",
  },
  key,
  total,
  sidechain,
});

const survivors = (r: TranscriptRequests, lost?: Uint8Array) =>
  [...r.lines.filter((_, i) => !lost || lost[i] === 0), ...r.unkeyed].map((l) => l.record.time);

describe("pickWinners", () => {
  it("keeps the same copies as one reader, for any split into ranges", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key: fc.option(fc.constantFrom("a", "b", "c", "d", "e"), { nil: undefined }),
            total: fc.integer({ min: 0, max: 4 }),
            sidechain: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
        (rows, cuts) => {
          const lines = rows.map((r, i) => line(r.key, r.total, r.sidechain, i));
          const one = new TranscriptRequests();
          for (const l of lines) one.offer(l);
          const bounds = [...new Set([0, ...cuts.map((c) => Math.min(c, lines.length)), lines.length])].sort(
            (x, y) => x - y,
          );
          const ranges = bounds.slice(1).map((end, i) => {
            const r = new TranscriptRequests();
            for (const l of lines.slice(bounds[i], end)) r.offer(l);
            return r;
          });
          const lost = pickWinners(
            ranges.map((r) => ({
              keys: r.keys,
              totals: Float64Array.from(r.lines.map((l) => l.total)),
              sidechain: Uint8Array.from(r.lines.map((l) => (l.sidechain ? 1 : 0))),
            })),
          );
          const kept = ranges.flatMap((r, i) => survivors(r, lost[i])).sort((x, y) => x - y);
          expect(kept).toEqual(survivors(one).sort((x, y) => x - y));
          // every dropped copy is counted once as a duplicate, however the split falls
          const dropped = ranges.reduce(
            (n, r, i) =>
              n + r.duplicates + (lost[i] ?? new Uint8Array(0)).reduce((a: number, b: number) => a + b, 0),
            0,
          );
          expect(dropped).toBe(one.duplicates);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("splitRanges cuts contiguous ranges of about equal weight, never more than asked", () => {
    expect(splitRanges([10, 10, 10, 10], 2)).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(splitRanges([1, 1, 1], 5).length).toBeLessThanOrEqual(3);
    expect(splitRanges([], 3)).toEqual([[0, 0]]);
  });

  it("weighs a long file list from a sample of stats that still splits it evenly", () => {
    const dir = mkdtempSync(join(tmpdir(), "steward-weights-"));
    try {
      // 3,000 files: the first half 100 bytes each, the second half 300
      const files = Array.from({ length: 3000 }, (_, i) => {
        const path = join(dir, `${String(i).padStart(4, "0")}.json`);
        writeFileSync(path, "x".repeat(i < 1500 ? 100 : 300));
        return { path, spec: dir, relative: "" };
      });
      const w = estimateWeights(files);
      expect(w).toHaveLength(3000);
      expect(w[0]).toBe(100);
      expect(w[2999]).toBe(300);
      const total = w.reduce((a, b) => a + b, 0);
      expect(Math.abs(total - 600_000) / 600_000).toBeLessThan(0.01);
      // two ranges of equal bytes: the cut falls inside the first half, not at the middle of the list
      const [first] = splitRanges(w, 2);
      expect(Math.abs((first?.[1] ?? 0) - 2000)).toBeLessThanOrEqual(3);
      // a short list is stat'ed file by file, a missing file weighing 0
      expect(
        estimateWeights([...files.slice(0, 2), { path: join(dir, "gone"), spec: dir, relative: "" }]),
      ).toEqual([100, 100, 0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
