/** `steward lint [dir]`: lint a policy repository. */
import { resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import { diffPolicyDirectories } from "../../permissions/diff-directories.js";
import { type FailOn, failsAt } from "../../policy/finding.js";
import { lintPolicyDirectory } from "../../policy/lint.js";
import { renderLintJson } from "../../policy/render/report-json.js";
import { renderSarif } from "../../policy/render/sarif.js";
import { renderLintText } from "../../policy/render/text.js";
import { loadSnapshot } from "../../policy/snapshot.js";
import { STEWARD_VERSION } from "../../version.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { materialiseAtRef } from "../git-base.js";

const FORMATS = ["text", "json", "github", "sarif"] as const;
const FAIL_ON = ["error", "warning", "never"] as const;

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`--${flag} must be one of ${allowed.join(", ")}; got "${value}".`);
}

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProp = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

const lint: Command = {
  path: ["lint"],
  summary: "Lint a policy repository (JSON syntax, schemas, permission rules, cross-file checks)",
  help: `Usage: steward lint [dir] [--format text|json|github|sarif] [--fail-on error|warning|never] [--base <git-ref>]

Lints the policy repository in <dir> (default: the current directory) and prints
every finding with its file, line and column.

Options:
  --format <f>    text (default; coloured on a terminal), json (a versioned report
                  with ruleId, severity, file, line, column, message for each
                  finding), github (workflow commands that become annotations)
                  or sarif (SARIF 2.1.0 for code scanning)
  --fail-on <s>   exit 1 when findings reach this severity: error (default),
                  warning or never
  --base <ref>    compare with <dir> as it was at this git ref: prints what the
                  change grants or takes away per role (text and json formats)

Examples:
  steward lint examples/policy-repo
  steward lint . --format json > lint-report.json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("lint", args, {
      format: { type: "string" },
      "fail-on": { type: "string" },
      base: { type: "string" },
    });
    if (positionals.length > 1) {
      throw new ConfigurationError(`steward lint takes one directory, got ${positionals.length}.`);
    }
    const format = oneOf("format", values.format, FORMATS, "text");
    const failOn: FailOn = oneOf("fail-on", values["fail-on"], FAIL_ON, "error");
    const root = resolve(io.cwd, positionals[0] ?? ".");
    let diff: Awaited<ReturnType<typeof diffPolicyDirectories>> | undefined;
    let report: Awaited<ReturnType<typeof lintPolicyDirectory>>;
    if (values.base !== undefined) {
      const baseTree = await materialiseAtRef(root, values.base);
      try {
        const base = await loadSnapshot(baseTree.dir);
        report = await lintPolicyDirectory(root, io.logger, { now: io.now, base });
        diff = await diffPolicyDirectories(baseTree.dir, root);
      } finally {
        await baseTree.dispose();
      }
    } else {
      report = await lintPolicyDirectory(root, io.logger, { now: io.now });
    }
    if (format === "json") {
      const json = JSON.parse(renderLintJson({ ...report, root: positionals[0] ?? "." }, STEWARD_VERSION));
      if (diff) json.diffPolicyDirectories = diff;
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else if (format === "sarif") {
      io.stdout.write(renderSarif(report, { toolVersion: STEWARD_VERSION }));
    } else if (format === "github") {
      for (const f of report.findings) {
        const level = f.severity === "note" ? "notice" : f.severity;
        const props = [`file=${escapeProp(f.file)}`];
        if (f.line > 0) props.push(`line=${f.line}`, `col=${f.column}`);
        props.push(`title=${escapeProp(f.ruleId)}`);
        io.stdout.write(
          `::${level} ${props.join(",")}::${escapeData(f.hint ? `${f.message} Fix: ${f.hint}` : f.message)}\n`,
        );
      }
    } else {
      io.stdout.write(
        renderLintText(report, { colour: io.stdout.isTTY === true && io.env.NO_COLOR === undefined }),
      );
    }
    return failsAt(report.counts, failOn) ? 1 : 0;
  },
};

export default lint;
