/** The policy-lint action's inputs, declared once and parsed strictly. */

import { enumInput, type InputGetter, optionalString } from "../../shared/inputs/parse.js";
import type { FailOn } from "../../shared/policy/finding.js";

/** Every input this action reads; a test keeps it equal to action.yml's inputs. */
export const INPUTS = [
  "path",
  "fail-on",
  "report-file",
  "sarif-file",
  "base-path",
  "comment",
  "github-token",
] as const;

export interface PolicyLintInputs {
  readonly path: string;
  readonly failOn: FailOn;
  readonly reportFile: string | undefined;
  readonly sarifFile: string | undefined;
  readonly basePath: string | undefined;
  readonly comment: "auto" | "always" | "never";
  readonly githubToken: string | undefined;
}

export function parseInputs(get: InputGetter): PolicyLintInputs {
  return {
    path: optionalString(get, "path") ?? ".",
    failOn: enumInput(get, "fail-on", ["error", "warning", "never"], "error"),
    reportFile: optionalString(get, "report-file"),
    sarifFile: optionalString(get, "sarif-file"),
    basePath: optionalString(get, "base-path"),
    comment: enumInput(get, "comment", ["auto", "always", "never"], "auto"),
    githubToken: optionalString(get, "github-token"),
  };
}
