import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CellTable } from "../../../shared/usage/cells.js";

const dims = (i: number): string[] => [
  `2026-10-${String((i % 28) + 1).padStart(2, "0")}`,
  `user-${i % 1000}`,
  "",
  "standard",
  ["Edit", "Bash", "Read"][i % 3] as string,
  "seed",
];

/** The table as a plain map key -> counters, for comparisons. */
const asMap = (t: CellTable) => new Map([...t].map(([k, v]) => [k, v]));

describe("CellTable", () => {
  it("finds a cell by its dimensions, keeps first-seen order and iterates [key, counters]", () => {
    const t = new CellTable();
    const a = t.cellOf(["2026-10-01", "alice", "", "standard", "Edit", "seed"]);
    const b = t.cellOf(["2026-10-01", "bob", "", "standard", "Edit", "seed"]);
    expect(t.cellOf(["2026-10-01", "alice", "", "standard", "Edit", "seed"])).toBe(a);
    t.addChecked(a, [1, 0, 0, 0, 0, 0, 5]);
    t.addChecked(a, [1, 0, 0, 0, 0, 0, 7]);
    t.addChecked(b, [2, 3, 4, 5, 6, 7, 8]);
    expect(t.size).toBe(2);
    expect([...t]).toEqual([
      ["2026-10-01\u001falice\u001f\u001fstandard\u001fEdit\u001fseed", [2, 0, 0, 0, 0, 0, 12]],
      ["2026-10-01\u001fbob\u001f\u001fstandard\u001fEdit\u001fseed", [2, 3, 4, 5, 6, 7, 8]],
    ]);
    expect(t.get("2026-10-01\u001fbob\u001f\u001fstandard\u001fEdit\u001fseed")).toEqual([
      2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(t.get("nope")).toBeUndefined();
    expect(t.value(b, 1)).toBe("bob");
    expect(t.counter(b, 6)).toBe(8);
  });

  it("holds many pages of cells and finds every one again", () => {
    const t = new CellTable();
    const n = 20_000;
    for (let i = 0; i < n; i++) t.addChecked(t.cellOf(dims(i)), [1, i, 0, 0, 0, 0, 0]);
    for (let i = 0; i < n; i++) t.addChecked(t.cellOf(dims(i)), [1, 0, 0, 0, 0, 0, 0]);
    // dims(i) repeats every lcm(28, 1000, 3) = 21,000 values: all distinct here
    expect(t.size).toBe(n);
    for (const i of [0, 4095, 4096, 4097, 12_345, n - 1]) {
      const cell = t.cellOf(dims(i));
      expect(cell).toBe(i);
      expect(t.readCounters(cell)).toEqual([2, i, 0, 0, 0, 0, 0]);
    }
  });

  it("refuses a sum beyond the safe integers", () => {
    const t = new CellTable();
    const c = t.cellOf(dims(0));
    t.addChecked(c, [Number.MAX_SAFE_INTEGER, 0, 0, 0, 0, 0, 0]);
    expect(() => t.addChecked(c, [1, 0, 0, 0, 0, 0, 0])).toThrow(/overflow/);
  });

  it("adds another table with other ids exactly, and a clone or a packed copy is the same table (property)", () => {
    const cellArb = fc.record({
      i: fc.nat(60),
      counters: fc.array(fc.nat(1_000_000), { minLength: 7, maxLength: 7 }),
    });
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 80 }), fc.array(cellArb, { maxLength: 80 }), (xs, ys) => {
        const fill = (cells: typeof xs, t = new CellTable()) => {
          for (const { i, counters } of cells) t.addChecked(t.cellOf(dims(i)), counters);
          return t;
        };
        const a = fill(xs);
        const b = fill(ys);
        // the expected sum, keyed by string
        const expected = new Map<string, number[]>();
        for (const [k, v] of [...a, ...b]) {
          const prior = expected.get(k);
          expected.set(k, prior ? prior.map((x, j) => x + (v[j] as number)) : v);
        }
        const copy = a.clone();
        const { packed } = b.clone().pack();
        const moved = CellTable.unpack(structuredClone(packed));
        copy.addTable(moved);
        expect(asMap(copy)).toEqual(expected);
        // the originals are unchanged
        expect(asMap(a)).toEqual(asMap(fill(xs)));
        expect(asMap(b)).toEqual(asMap(fill(ys)));
      }),
      { numRuns: 100 },
    );
  });

  it("gives up its pages when packed, with no page for a counter that is zero in every cell", () => {
    const t = new CellTable();
    t.addChecked(t.cellOf(dims(1)), [1, 0, 0, 0, 0, 0, 7]);
    t.addChecked(t.cellOf(dims(2)), [1, 0, 0, 0, 0, 0, 0]);
    const { packed, transfer } = t.pack();
    // the ids' page, then the requests and unsplit columns
    expect(transfer.length).toBe(3);
    expect(packed.counters.map((pages) => (pages[0] ?? null) !== null)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(t.size).toBe(0);
    expect([...CellTable.unpack(packed)]).toEqual([
      [dims(1).join("\u001f"), [1, 0, 0, 0, 0, 0, 7]],
      [dims(2).join("\u001f"), [1, 0, 0, 0, 0, 0, 0]],
    ]);
  });
});
