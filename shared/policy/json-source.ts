/**
 * JSON parsed with source positions. Claude Code reads settings as strict JSON
 * (claude-code.md §1): a comment, a trailing comma or a BOM can make it drop a
 * whole file, so each is a problem here with its exact line and column. The
 * tree is still built (jsonc-parser recovers) so later checks can run on the
 * rest of the file.
 */
import * as jsonc from "jsonc-parser";

/** A 1-based position in a file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type JsonProblemCode =
  | "syntax"
  | "comment"
  | "trailing-comma"
  | "duplicate-key"
  | "bom"
  | "empty-file"
  | "multiple-values";

export interface JsonProblem {
  readonly code: JsonProblemCode;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface JsonSource {
  readonly file: string;
  readonly text: string;
  /** The parse tree; undefined only when nothing could be parsed. */
  readonly root: jsonc.Node | undefined;
  /** The value of the whole document as far as it parsed (undefined if none). */
  readonly value: unknown;
  readonly problems: readonly JsonProblem[];
  /** Converts a character offset in `text` into a 1-based line and column. */
  position(offset: number): Position;
}

export type JsonNode = jsonc.Node;

/** jsonc-parser's ParseErrorCode values (a const enum, which isolated modules cannot read). */
const E = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

const errorText: Record<number, string> = {
  [E.InvalidSymbol]: "unexpected character",
  [E.InvalidNumberFormat]: "invalid number",
  [E.PropertyNameExpected]: "expected a property name in double quotes",
  [E.ValueExpected]: "expected a value",
  [E.ColonExpected]: "expected ':' after the property name",
  [E.CommaExpected]: "expected ',' between values",
  [E.CloseBraceExpected]: "expected '}' to close the object",
  [E.CloseBracketExpected]: "expected ']' to close the array",
  [E.EndOfFileExpected]: "more than one top-level value",
  [E.InvalidCommentToken]: "invalid comment",
  [E.UnexpectedEndOfComment]: "unterminated comment",
  [E.UnexpectedEndOfString]: "unterminated string",
  [E.UnexpectedEndOfNumber]: "unterminated number",
  [E.InvalidUnicode]: "invalid unicode escape",
  [E.InvalidEscapeCharacter]: "invalid escape character",
  [E.InvalidCharacter]: "invalid character in a string (control characters must be escaped)",
};

/** Builds an offset -> line/column converter over `text`. */
export function createPositioner(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset: number): Position => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** Parses `text` (the contents of `file`) as strict JSON, keeping positions. */
export function parseJsonSource(text: string, file: string): JsonSource {
  const position = createPositioner(text);
  const problems: JsonProblem[] = [];
  const reported = new Set<string>();
  const problem = (code: JsonProblemCode, message: string, offset: number, length: number) => {
    // jsonc-parser can report one mistake twice (e.g. a trailing comma as two errors)
    const key = `${code}:${offset}`;
    if (reported.has(key)) return;
    reported.add(key);
    const start = position(offset);
    const end = position(offset + Math.max(length, 1));
    problems.push({
      code,
      message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    });
  };

  if (text.charCodeAt(0) === 0xfeff) {
    problem(
      "bom",
      "The file starts with a byte order mark (BOM); strict JSON parsers, Claude Code's included, may reject it. Save the file as UTF-8 without BOM.",
      0,
      1,
    );
  }
  if (text.trim() === "" || text === "\ufeff") {
    problem("empty-file", "The file is empty; a JSON file needs at least `{}`.", 0, 0);
    return { file, text, root: undefined, value: undefined, problems, position };
  }

  // Comments are reported by a scan, since jsonc-parser accepts them silently.
  jsonc.visit(
    text,
    {
      onComment(offset, length) {
        problem(
          "comment",
          "Comments are not allowed in JSON; Claude Code rejects a settings file that has one. Remove the comment (or move the note into a `$comment` string property where the schema allows it).",
          offset,
          length,
        );
      },
    },
    { disallowComments: false, allowTrailingComma: true },
  );

  const errors: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { disallowComments: false, allowTrailingComma: false });
  for (const e of errors) {
    if (e.error === E.InvalidCommentToken) continue;
    const trailing = isTrailingComma(text, e);
    if (trailing !== undefined) {
      problem(
        "trailing-comma",
        "Trailing comma: strict JSON does not allow a comma before '}' or ']'; Claude Code drops a settings file that has one. Remove the comma.",
        trailing,
        1,
      );
      continue;
    }
    if (e.error === E.EndOfFileExpected) {
      problem(
        "multiple-values",
        "Unexpected content after the end of the JSON value: a JSON file holds exactly one value (two objects one after the other are not valid).",
        e.offset,
        e.length,
      );
      continue;
    }
    const what = errorText[e.error] ?? `parse error ${e.error}`;
    if (e.error === E.InvalidCharacter) {
      // jsonc-parser points at the string; point at the character itself
      let at = e.offset;
      while (at < e.offset + e.length && text.charCodeAt(at) >= 0x20) at++;
      problem("syntax", `JSON syntax error: ${what}.`, at < e.offset + e.length ? at : e.offset, 1);
      continue;
    }
    problem("syntax", `JSON syntax error: ${what}.`, e.offset, e.length);
  }

  if (root) findDuplicateKeys(root, problem);

  let value: unknown;
  try {
    value = root ? jsonc.getNodeValue(root) : undefined;
  } catch {
    value = undefined;
  }
  return { file, text, root, value, problems, position };
}

/** Offset of the trailing comma behind this error, if the error is one. */
function isTrailingComma(text: string, e: jsonc.ParseError): number | undefined {
  if (e.error !== E.PropertyNameExpected && e.error !== E.ValueExpected) {
    return undefined;
  }
  const next = text[e.offset];
  if (next !== "}" && next !== "]") return undefined;
  let i = e.offset - 1;
  for (;;) {
    while (i >= 0 && /\s/.test(text[i] ?? "")) i--;
    // skip a comment that sits between the comma and the bracket
    if (i >= 1 && text[i] === "/" && text[i - 1] === "*") {
      const open = text.lastIndexOf("/*", i - 2);
      if (open < 0) return undefined;
      i = open - 1;
      continue;
    }
    break;
  }
  return text[i] === "," ? i : undefined;
}

function findDuplicateKeys(
  node: jsonc.Node,
  problem: (code: JsonProblemCode, message: string, offset: number, length: number) => void,
): void {
  const stack: jsonc.Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as jsonc.Node;
    if (current.type === "object" && current.children) {
      const seen = new Map<string, jsonc.Node>();
      for (const property of current.children) {
        const key = property.children?.[0];
        if (!key || typeof key.value !== "string") continue;
        const earlier = seen.get(key.value);
        if (earlier) {
          problem(
            "duplicate-key",
            `Duplicate key "${key.value}": JSON parsers keep only the last one, so the earlier value is silently lost. Merge the two into one key.`,
            key.offset,
            key.length,
          );
        } else {
          seen.set(key.value, key);
        }
      }
    }
    if (current.children) for (const child of current.children) stack.push(child);
  }
}

/** The node at `path` (property names and array indexes), if present. */
export function findNode(source: JsonSource, path: readonly (string | number)[]): jsonc.Node | undefined {
  return source.root ? jsonc.findNodeAtLocation(source.root, [...path]) : undefined;
}

/** The JavaScript value of a node. */
export function nodeValue(node: jsonc.Node): unknown {
  return jsonc.getNodeValue(node);
}

/** The position of a node's start, and of its end. */
export function nodeRange(source: JsonSource, node: jsonc.Node): { start: Position; end: Position } {
  return { start: source.position(node.offset), end: source.position(node.offset + node.length) };
}

/** For a property value node, the node of its key (to point at the key rather than the value). */
export function keyNodeOf(node: jsonc.Node): jsonc.Node | undefined {
  return node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
}
