/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules that fired (from
 * the catalog, with their docs), one result per finding at its region.
 */
import type { Finding } from "../finding.js";
import type { LintReport } from "../lint.js";
import { ruleDocPath, ruleInfo } from "../rules/catalog.js";

export interface SarifOptions {
  readonly toolVersion: string;
  /** Where docs/rules/ is browsable, e.g. https://github.com/acme/steward/blob/main */
  readonly docsBaseUrl?: string;
  /** Prefix for artifact paths, so they are relative to the repository root. */
  readonly pathPrefix?: string;
}

const level = { error: "error", warning: "warning", note: "note" } as const;

export function renderSarif(report: LintReport, options: SarifOptions): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const info = ruleInfo(id);
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]+/g, "-"),
      shortDescription: { text: info?.title ?? id },
      ...(options.docsBaseUrl ? { helpUri: `${options.docsBaseUrl}/${ruleDocPath(id)}` } : {}),
      defaultConfiguration: { level: level[info?.severity ?? "warning"] },
    };
  });
  const result = (f: Finding) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: level[f.severity],
    message: { text: f.hint ? `${f.message} Fix: ${f.hint}` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: `${options.pathPrefix ?? ""}${f.file}`, uriBaseId: "%SRCROOT%" },
          ...(f.line > 0
            ? {
                region: {
                  startLine: f.line,
                  startColumn: Math.max(f.column, 1),
                  ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
                  ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
                },
              }
            : {}),
        },
      },
    ],
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "steward",
            semanticVersion: options.toolVersion,
            informationUri: "https://github.com/steward-dev/steward",
            rules,
          },
        },
        results: report.findings.map(result),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
