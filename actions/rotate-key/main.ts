/** rotate-key: read inputs, run the key job (audit, rotate, or keyless token). */
import { runRotateKeyJob } from "../../shared/github/rotate-key-job.js";
import { type ActionContext, runAction } from "../../shared/github/run-action.js";
import { parseInputs } from "./inputs.js";

export async function rotateKeyAction(ctx: ActionContext): Promise<void> {
  await runRotateKeyJob(ctx, parseInputs(ctx.getInput));
}

export function run(): Promise<void> {
  return runAction("rotate-key", rotateKeyAction);
}
