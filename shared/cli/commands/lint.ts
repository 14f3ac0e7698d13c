/** `steward lint [dir]`: lint a policy repository. */
import { resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import { type FailOn, failsAt } from "../../policy/finding.js";
import { lintPolicyDirectory } from "../../policy/lint.js";
import { renderLintJson } from "../../policy/render/report-json.js";
import { renderLintText } from "../../policy/render/text.js";
import { STEWARD_VERSION } from "../../version.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";

const FORMATS = ["text", "json", "github"] as const;
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
  help: `Usage: steward lint [dir] [--format text|json|github] [--fail-on error|warning|never]

Lints the policy repository in <dir> (default: the current directory) and prints
every finding with its file, line and column.

Options:
  --format <f>    text (default; coloured on a terminal), json (a versioned report
                  with ruleId, severity, file, line, column, message for each
                  finding) or github (workflow commands that become annotations)
  --fail-on <s>   exit 1 when findings reach this severity: error (default),
                  warning or never

Examples:
  steward lint examples/policy-repo
  steward lint . --format json > lint-report.json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("lint", args, {
      format: { type: "string" },
      "fail-on": { type: "string" },
    });
    if (positionals.length > 1) {
      throw new ConfigurationError(`steward lint takes one directory, got ${positionals.length}.`);
    }
    const format = oneOf("format", values.format, FORMATS, "text");
    const failOn: FailOn = oneOf("fail-on", values["fail-on"], FAIL_ON, "error");
    const root = resolve(io.cwd, positionals[0] ?? ".");
    const report = await lintPolicyDirectory(root, io.logger);
    if (format === "json") {
      io.stdout.write(renderLintJson({ ...report, root: positionals[0] ?? "." }, STEWARD_VERSION));
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
