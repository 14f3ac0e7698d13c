/**
 * The policy linter: discovers a policy repository's files and runs every
 * check over them, returning findings in a stable order. `lintPolicy` is pure
 * (a snapshot and a date in, a report out); `lintPolicyDirectory` reads the
 * directory and the clock.
 */
import { stat } from "node:fs/promises";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logging.js";
import { compareFindings, countFindings, type Finding, type FindingCounts } from "./finding.js";
import type { JsonSource } from "./json-source.js";
import type { FileKind, KindSource } from "./kinds.js";
import { type ParsedPolicy, parsePolicy } from "./policy.js";
import { catalogRules } from "./rules/all.js";
import { ruleInfo } from "./rules/catalog.js";
import { findingAt } from "./rules/context.js";
import { flatHookPointers } from "./rules/hooks.js";
import { policyVersionBumpFindings } from "./rules/policy-version.js";
import { SCHEMA_SKIPS_SETTINGS } from "./rules/settings.js";
import { schemaFindings } from "./schema.js";
import { loadSnapshot, type RepoSnapshot } from "./snapshot.js";
import { applyWaivers } from "./waivers.js";

export interface FileKindEntry {
  readonly path: string;
  readonly kind: FileKind;
  readonly how: KindSource;
}

export interface LintReport {
  readonly root: string;
  /** Every file looked at, relative to the root. */
  readonly files: readonly string[];
  /** The kind of each file looked at. */
  readonly fileKinds: readonly FileKindEntry[];
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  /** Findings removed by a live waiver in steward.config.json. */
  readonly waived: readonly Finding[];
}

export interface LintOptions {
  /** The clock (default: the system clock). Rules see only the date, YYYY-MM-DD in UTC. */
  readonly now?: () => Date;
  /** The base branch's policy, on a pull request: enables policy/version-unchanged. */
  readonly base?: RepoSnapshot;
}

/** JSON problems that make Claude Code (and strict parsers) reject the whole file. */
const FATAL = new Set(["syntax", "comment", "trailing-comma", "bom", "empty-file", "multiple-values"]);

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

function fileFindings(policy: ParsedPolicy): Finding[] {
  const findings: Finding[] = [];
  for (const [path, f] of policy.snapshot.files) {
    if (
      f.text === undefined &&
      f.unreadable !== "binary" &&
      f.unreadable !== "too-large" &&
      path.endsWith(".json")
    ) {
      findings.push({
        ruleId: "file/unreadable",
        severity: "error",
        file: path,
        line: 0,
        column: 0,
        message: `Could not read the file: ${f.unreadable ?? "unknown error"}.`,
        hint: "Check the file's permissions.",
      });
    }
  }
  for (const file of policy.files) {
    if (file.json) findings.push(...jsonSyntaxFindings(file.json));
    if (file.kind === "unknown-json") {
      findings.push(
        findingAt(
          file,
          {},
          "discover/unknown-json",
          `${file.path} is JSON of no kind Steward knows, so only its syntax and secrets were checked.`,
          'Name it after its kind (e.g. role-mappings.json), give it a "$schema" (https://steward.dev/schemas/<kind>.schema.json), or map it in steward.config.json: {"files": {"<path or glob>": "<kind>"}} ("ignore" to skip it).',
        ),
      );
    } else if (file.json) {
      const skipUnder =
        file.kind === "managed-settings" || file.kind === "claude-settings"
          ? [...flatHookPointers(file), ...SCHEMA_SKIPS_SETTINGS]
          : [];
      findings.push(...schemaFindings(file, { skipUnder }));
    }
  }
  return findings;
}

/** Lints a snapshot of a policy repository on `today` (YYYY-MM-DD). Pure. */
export function lintPolicy(
  snapshot: RepoSnapshot,
  today: string,
  options: { base?: RepoSnapshot } = {},
): Omit<LintReport, "root"> {
  const policy = parsePolicy(snapshot);
  const all: Finding[] = fileFindings(policy);
  const ctx = { policy, today };
  for (const rule of catalogRules) {
    try {
      all.push(...rule.run(ctx));
    } catch (error) {
      const ruleId = rule.reports[0] ?? "file/unreadable";
      all.push({
        ruleId: ruleId.endsWith("*") ? "file/unreadable" : ruleId,
        severity: "note",
        file: policy.files[0]?.path ?? ".",
        line: 0,
        column: 0,
        message: `Steward's ${rule.reports.join(", ")} check failed on this repository and was skipped (${(error as Error).message}). This is a bug in Steward; please report it.`,
      });
    }
  }
  if (options.base) all.push(...policyVersionBumpFindings(parsePolicy(options.base), policy));
  // Claude Code drops a settings file that is not strict JSON as a whole (reference §1), so
  // for such a file only the syntax (and secrets) matter until it parses.
  const broken = new Set(
    policy.files.filter((f) => f.json?.problems.some((p) => FATAL.has(p.code))).map((f) => f.path),
  );
  const relevant = all.filter((f) => !broken.has(f.file) || /^(json|file|secrets)\//.test(f.ruleId));
  const { kept, waived, problems } = applyWaivers(policy, dedupe(relevant), today);
  const findings = [...kept, ...problems].sort(compareFindings);
  return {
    files: policy.files.map((f) => f.path),
    fileKinds: policy.files.map((f) => ({ path: f.path, kind: f.kind, how: f.kindSource })),
    findings,
    counts: countFindings(findings),
    waived: waived.sort(compareFindings),
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Lints the policy repository at `root`. Throws ConfigurationError when `root` is not a directory. */
export async function lintPolicyDirectory(
  root: string,
  logger: Logger,
  options: LintOptions = {},
): Promise<LintReport> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ConfigurationError(`Policy directory not found: ${root}`, {
      hint: "Pass the path of the policy repository (the folder holding managed-settings.json, role-mappings.json, ...).",
    });
  }
  const snapshot = await loadSnapshot(root);
  const today = isoDay((options.now ?? (() => new Date()))());
  const report = lintPolicy(snapshot, today, options.base ? { base: options.base } : {});
  logger.debug(`linted ${report.files.length} files under ${root} (${report.waived.length} findings waived)`);
  return { root, ...report };
}
