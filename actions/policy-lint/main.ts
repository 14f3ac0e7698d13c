/** policy-lint: read inputs, run the policy check job. */
import { runPolicyLintJob } from "../../shared/github/policy-lint-job.js";
import { type ActionContext, runAction } from "../../shared/github/run-action.js";
import { parseInputs } from "./inputs.js";

export async function lintAction(ctx: ActionContext): Promise<void> {
  await runPolicyLintJob(ctx, parseInputs(ctx.getInput));
}

export function run(): Promise<void> {
  return runAction("policy-lint", lintAction);
}
