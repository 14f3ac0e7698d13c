// Thousands of mutated policy files (truncated, flipped characters, swapped types, duplicated
// keys, deleted brackets) through the linter: every run ends in findings with positions and
// known rule ids, never an exception and never a rule that crashed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { lintPolicy } from "../../../shared/policy/lint.js";
import { ruleInfo } from "../../../shared/policy/rules/catalog.js";
import { snapshotOf } from "../../../shared/policy/snapshot.js";
import { REPO_ROOT } from "../../harness/run-action.js";
import { TODAY } from "./helpers.js";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out[relative(dir, abs).split("\\").join("/")] = readFileSync(abs, "utf8");
    }
  };
  walk(dir);
  return out;
}

const example = filesUnder(join(REPO_ROOT, "examples/policy-repo"));
const seed = filesUnder(join(REPO_ROOT, "test/fixtures/policy/seed-literal"));
const pool = [...Object.entries(example), ...Object.entries(seed)].filter(([p]) => /\.(json|md|sh)$/.test(p));

const SWAPS = [
  "[]",
  "{}",
  "1",
  "-1e309",
  "null",
  "true",
  '"x"',
  '""',
  '{"a":{"b":[1,{"c":null}]}}',
  `"sk-ant-api03-${"Zz9".repeat(10)}"`,
];
const NOISE = [
  "{",
  "}",
  "[",
  "]",
  '"',
  ",",
  ":",
  " ",
  "\n",
  "a",
  "0",
  "\\",
  "/",
  "*",
  "\u0000",
  "\ufeff",
  "@",
  "$",
  "#",
];

function mutate(text: string, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const at = () => Math.floor(rnd() * (text.length + 1));
  switch (Math.floor(rnd() * 6)) {
    case 0:
      return text.slice(0, at());
    case 1: {
      const i = at();
      return text.slice(0, i) + pick(NOISE) + text.slice(i + 1);
    }
    case 2: {
      // swap the type of a value: replace what follows a random ':' up to the next , } or ]
      const colons = [...text.matchAll(/:\s*/g)].map((m) => (m.index ?? 0) + m[0].length);
      if (colons.length === 0) return text + pick(SWAPS);
      const start = pick(colons);
      let depth = 0;
      let end = start;
      for (; end < text.length; end++) {
        const c = text[end];
        if (c === "{" || c === "[") depth++;
        else if (c === "}" || c === "]") {
          if (depth === 0) break;
          depth--;
        } else if (c === "," && depth === 0) break;
      }
      return text.slice(0, start) + pick(SWAPS) + text.slice(end);
    }
    case 3: {
      // duplicate a line (a key in JSON)
      const lines = text.split("\n");
      const i = Math.floor(rnd() * lines.length);
      lines.splice(i, 0, lines[i] ?? "");
      return lines.join("\n");
    }
    case 4: {
      const brackets = [...text.matchAll(/[{}[\]]/g)].map((m) => m.index ?? 0);
      if (brackets.length === 0) return text;
      const i = pick(brackets);
      return text.slice(0, i) + text.slice(i + 1);
    }
    default: {
      const i = at();
      const j = Math.min(text.length, i + Math.floor(rnd() * 40));
      return text.slice(0, i) + text.slice(j);
    }
  }
}

function check(files: Record<string, string>): void {
  const r = lintPolicy(snapshotOf(files), TODAY);
  for (const f of r.findings) {
    if (!ruleInfo(f.ruleId)) throw new Error(`unknown rule id ${f.ruleId}`);
    if (!(f.line >= 0 && f.column >= 0)) throw new Error(`bad position ${JSON.stringify(f)}`);
    if (f.ruleId.startsWith("json/") && f.line < 1)
      throw new Error(`syntax finding without a line ${JSON.stringify(f)}`);
    if (f.message.includes("check failed")) throw new Error(`a rule crashed: ${f.message}`);
    if (typeof f.message !== "string" || f.message === "") throw new Error("empty message");
  }
}

describe("fuzz: mutated policy files", () => {
  it("never throws, and every finding has a known rule and a position (3000 single files)", () => {
    const rnd = mulberry32(20261125);
    for (let n = 0; n < 3000; n++) {
      const [path, original] = pool[Math.floor(rnd() * pool.length)] as [string, string];
      let text = original;
      const rounds = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < rounds; k++) text = mutate(text, rnd);
      try {
        check({ [path]: text });
      } catch (error) {
        throw new Error(
          `iteration ${n} on ${path}: ${(error as Error).message}\n--- input ---\n${text.slice(0, 2000)}`,
        );
      }
    }
  }, 60_000);

  it("never throws on whole repositories with one mutated file (50 runs)", () => {
    const rnd = mulberry32(7);
    const base = { ...example };
    const paths = Object.keys(base).filter((p) => /\.(json|md|sh)$/.test(p));
    for (let n = 0; n < 50; n++) {
      const path = paths[Math.floor(rnd() * paths.length)] as string;
      const files = { ...base, [path]: mutate(mutate(base[path] as string, rnd), rnd) };
      expect(() => check(files)).not.toThrow();
    }
  }, 60_000);
});
