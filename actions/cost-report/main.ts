/** cost-report: read inputs, run the cost report job. */
import { runCostReportJob } from "../../shared/github/cost-report-job.js";
import { type ActionContext, runAction } from "../../shared/github/run-action.js";
import { parseInputs } from "./inputs.js";

export async function costReportAction(ctx: ActionContext): Promise<void> {
  await runCostReportJob(ctx, parseInputs(ctx.getInput, ctx.now()));
}

export function run(): Promise<void> {
  return runAction("cost-report", costReportAction);
}
