import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findNode, nodeRange, parseJsonSource } from "../../../shared/policy/json-source.js";

describe("parseJsonSource", () => {
  it("parses strict JSON with no problems and keeps the value", () => {
    const s = parseJsonSource('{\n  "a": [1, 2],\n  "b": {"c": true}\n}\n', "x.json");
    expect(s.problems).toEqual([]);
    expect(s.value).toEqual({ a: [1, 2], b: { c: true } });
  });

  it.each([
    ["trailing comma in an object", '{\n  "a": 1,\n}\n', "trailing-comma", 2, 9],
    ["trailing comma in an array", '{\n  "a": [\n    "x",\n  ]\n}', "trailing-comma", 3, 8],
    ["line comment", '{\n  // note\n  "a": 1\n}', "comment", 2, 3],
    ["block comment", '{ "a": /* x */ 1 }', "comment", 1, 8],
    ["duplicate key", '{\n  "a": 1,\n  "a": 2\n}', "duplicate-key", 3, 3],
    ["missing comma", '{\n  "a": 1\n  "b": 2\n}', "syntax", 3, 3],
    ["unquoted key", "{\n  a: 1\n}", "syntax", 2, 3],
    ["two top-level objects", '{"a": 1}\n{"b": 2}\n', "multiple-values", 2, 1],
    ["unterminated string", '{"a": "x}', "syntax", 1, 7],
    ["raw control character in a string", '{"a": "x\ty"}', "syntax", 1, 9],
    ["byte order mark", '\ufeff{"a": 1}', "bom", 1, 1],
    ["empty file", "  \n", "empty-file", 1, 1],
  ])("reports %s at its line and column", (_name, text, code, line, column) => {
    const s = parseJsonSource(text, "f.json");
    const p = s.problems.find((x) => x.code === code);
    expect(p, JSON.stringify(s.problems)).toBeDefined();
    expect([p?.line, p?.column]).toEqual([line, column]);
  });

  it("handles CRLF line endings", () => {
    const s = parseJsonSource('{\r\n  "a": 1,\r\n}\r\n', "f.json");
    expect(s.problems).toMatchObject([{ code: "trailing-comma", line: 2, column: 9 }]);
  });

  it("finds nodes and their ranges by path", () => {
    const s = parseJsonSource(
      '{\n  "permissions": {\n    "deny": ["Bash(rm *)", "Read(.env)"]\n  }\n}',
      "f.json",
    );
    const node = findNode(s, ["permissions", "deny", 1]);
    expect(node?.value).toBe("Read(.env)");
    expect(node && nodeRange(s, node).start).toEqual({ line: 3, column: 28 });
  });

  it("never throws on arbitrary text", () => {
    const samples = ["", "{", "}", "[[[", '{"a":', "\u0000", "nul", '{"a":1}}', "/*", "\ufeff"];
    for (const t of samples) expect(() => parseJsonSource(t, "f.json")).not.toThrow();
  });
});

const corpus = join(import.meta.dirname, "../../../../shared/corpus/settings");
describe.skipIf(!existsSync(corpus))("parseJsonSource on real settings files (shared/corpus)", () => {
  const files = existsSync(corpus) ? readdirSync(corpus) : [];
  it("agrees with JSON.parse on which files are strict JSON", () => {
    let invalid = 0;
    for (const name of files) {
      const text = readFileSync(join(corpus, name), "utf8");
      let strictOk = true;
      try {
        JSON.parse(text);
      } catch {
        strictOk = false;
      }
      const s = parseJsonSource(text, name);
      const hasProblems = s.problems.some((p) => p.code !== "duplicate-key");
      expect(hasProblems, `${name}: ${JSON.stringify(s.problems)}`).toBe(!strictOk);
      if (!strictOk) invalid++;
    }
    expect(invalid).toBeGreaterThan(0);
  });

  it("places the known corpus errors where Python's json module does", () => {
    const two = readFileSync(join(corpus, "indiosmo__skills__claude__managed-settings.json"), "utf8");
    expect(parseJsonSource(two, "x").problems[0]).toMatchObject({ line: 17 });
    const ctrl = readFileSync(
      join(corpus, "mcp-hangar__mcp-hangar-website__.claude__managed-settings.json"),
      "utf8",
    );
    expect(parseJsonSource(ctrl, "x").problems[0]).toMatchObject({ line: 4 });
    const comma = readFileSync(
      join(corpus, "steveclarke__dotfiles__configs__claude__.claude__settings.json"),
      "utf8",
    );
    expect(parseJsonSource(comma, "x").problems[0]).toMatchObject({ code: "trailing-comma" });
  });
});
