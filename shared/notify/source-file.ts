/**
 * Reading a JSON or YAML file the user wrote (a custom payload, event data)
 * with positions, so every error names the file, line and column.
 */
import {
  findNodeAtLocation,
  type ParseError,
  parse as parseJsonc,
  parseTree,
  printParseErrorCode,
} from "jsonc-parser";
import { isNode, LineCounter, parseDocument } from "yaml";
import { ConfigurationError } from "../errors.js";

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface ParsedSourceFile {
  readonly path: string;
  readonly format: "json" | "yaml";
  readonly value: unknown;
  /** Where the value at `path` (keys and indexes) starts, if found. */
  locate(path: readonly (string | number)[]): Position | undefined;
  /** Where `needle` first occurs in the text. */
  find(needle: string): Position | undefined;
}

function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** YAML when the path ends in .yaml/.yml, otherwise JSON (comments and trailing commas allowed). */
export function parseSourceFile(path: string, text: string, what: string): ParsedSourceFile {
  const find = (needle: string) => {
    const at = text.indexOf(needle);
    return at === -1 ? undefined : positionAt(text, at);
  };
  if (/\.ya?ml$/i.test(path)) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const pos = lineCounter.linePos(first.pos[0]);
      throw new ConfigurationError(
        `${what} ${path} is not valid YAML (line ${pos.line}, column ${pos.col}): ${first.message.split("\n")[0]}`,
        { file: path, line: pos.line, column: pos.col, title: `Invalid ${what}` },
      );
    }
    return {
      path,
      format: "yaml",
      value: doc.toJS({ maxAliasCount: 100 }),
      locate(p) {
        const node = p.length === 0 ? doc.contents : doc.getIn(p, true);
        if (!isNode(node) || !node.range) return undefined;
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      },
      find,
    };
  }
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const pos = positionAt(text, first.offset);
    throw new ConfigurationError(
      `${what} ${path} is not valid JSON (line ${pos.line}, column ${pos.column}): ${printParseErrorCode(first.error)}.`,
      {
        file: path,
        line: pos.line,
        column: pos.column,
        title: `Invalid ${what}`,
        hint: /\.json$/i.test(path) ? undefined : "Name the file .yaml or .yml if it is YAML.",
      },
    );
  }
  const tree = parseTree(text, [], { allowTrailingComma: true });
  return {
    path,
    format: "json",
    value,
    locate(p) {
      const node = tree ? findNodeAtLocation(tree, [...p]) : undefined;
      return node ? positionAt(text, node.offset) : undefined;
    },
    find,
  };
}
