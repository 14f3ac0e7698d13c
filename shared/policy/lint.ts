/**
 * The policy linter: discovers a policy repository's files and runs every
 * check over them, returning findings in a stable order.
 */
import { readFile, stat } from "node:fs/promises";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logging.js";
import { listPolicyFiles } from "./discover.js";
import { compareFindings, countFindings, type Finding, type FindingCounts } from "./finding.js";
import { type JsonSource, parseJsonSource } from "./json-source.js";
import { ruleInfo } from "./rules/catalog.js";

export interface LintReport {
  readonly root: string;
  /** Every file looked at, relative to the root. */
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
}

const problemRule = {
  syntax: "json/syntax",
  comment: "json/comment",
  "trailing-comma": "json/trailing-comma",
  "duplicate-key": "json/duplicate-key",
  bom: "json/bom",
  "empty-file": "json/empty",
  "multiple-values": "json/multiple-values",
} as const;

/** Findings for the JSON syntax of one parsed file. */
export function jsonSyntaxFindings(source: JsonSource): Finding[] {
  return source.problems.map((p) => {
    const ruleId = problemRule[p.code];
    return {
      ruleId,
      severity: ruleInfo(ruleId)?.severity ?? "error",
      file: source.file,
      line: p.line,
      column: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
      message: p.message,
    };
  });
}

/** Lints the policy repository at `root`. Throws ConfigurationError when `root` is not a directory. */
export async function lintPolicyDirectory(root: string, logger: Logger): Promise<LintReport> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ConfigurationError(`Policy directory not found: ${root}`, {
      hint: "Pass the path of the policy repository (the folder holding managed-settings.json, role-mappings.json, ...).",
    });
  }
  const files = await listPolicyFiles(root);
  const findings: Finding[] = [];
  const looked: string[] = [];
  for (const file of files) {
    if (!file.path.endsWith(".json")) continue;
    looked.push(file.path);
    let text: string;
    try {
      text = await readFile(file.absolutePath, "utf8");
    } catch (error) {
      findings.push({
        ruleId: "file/unreadable",
        severity: "error",
        file: file.path,
        line: 0,
        column: 0,
        message: `Could not read the file: ${(error as NodeJS.ErrnoException).code ?? "unknown error"}.`,
        hint: "Check the file's permissions.",
      });
      continue;
    }
    const source = parseJsonSource(text, file.path);
    findings.push(...jsonSyntaxFindings(source));
  }
  logger.debug(`linted ${looked.length} files under ${root}`);
  findings.sort(compareFindings);
  return { root, files: looked, findings, counts: countFindings(findings) };
}
