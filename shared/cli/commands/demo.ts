/**
 * `steward demo [examples-dir]`: the main job on the bundled examples, with no
 * network and no credentials: lint the example policy repository (and, as
 * they land, build it and produce the reports), so a newcomer sees all of
 * Steward from one command (`npm start`).
 */
import { join, resolve } from "node:path";
import { lintPolicyDirectory } from "../../policy/lint.js";
import { renderLintText } from "../../policy/render/text.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";

const demo: Command = {
  path: ["demo"],
  summary: "Run Steward's main jobs on the bundled examples (no network, no credentials)",
  help: `Usage: steward demo [examples-dir]

Runs Steward's jobs on the example data in <examples-dir> (default: ./examples):
  1. lint examples/policy-repo and print the findings

Exits 1 if a step fails.
`,
  async run(args, io) {
    const { positionals } = parseCommandArgs("demo", args, {});
    const examples = resolve(io.cwd, positionals[0] ?? "examples");
    const colour = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
    io.stdout.write("== 1. Policy lint: examples/policy-repo\n");
    const report = await lintPolicyDirectory(join(examples, "policy-repo"), io.logger);
    io.stdout.write(renderLintText(report, { colour }));
    return report.counts.error > 0 ? 1 : 0;
  },
};

export default demo;
