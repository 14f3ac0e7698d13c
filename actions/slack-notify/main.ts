/** slack-notify: read inputs, mask the webhook URL, build and post the message, set outputs. */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type ActionContext, runAction } from "../../shared/github/run-action.js";
import { systemRetryPorts } from "../../shared/http/retry.js";
import { notify, readEventData, readPayloadFile, runContextFromEnv } from "../../shared/notify/index.js";
import { parseInputs } from "./inputs.js";

export async function slackNotifyAction(ctx: ActionContext): Promise<void> {
  const inputs = parseInputs(ctx.getInput);
  // Mask the URL (from either source) before anything else can print it.
  const fromEnv = ctx.env.SLACK_WEBHOOK_URL?.trim() ?? "";
  for (const secret of [inputs.webhookUrl ?? "", fromEnv]) if (secret !== "") ctx.setSecret(secret);
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  const readText = (path: string) => readFile(resolve(workspace, path), "utf8");
  const { data, source } = await readEventData(inputs.data, readText, "the data input");
  const payloadFile = inputs.payloadFile ? await readPayloadFile(inputs.payloadFile, readText) : undefined;

  // If delivery fails the step fails, but a later `if: always()` step still reads delivered=false.
  ctx.setOutput("delivered", false);
  const result = await notify(
    {
      event: inputs.event,
      data,
      ...(source ? { dataSource: source } : {}),
      ...(payloadFile ? { payloadFile } : {}),
      context: runContextFromEnv(ctx.env),
      dryRun: inputs.dryRun,
      errors: inputs.errors,
      webhookUrl: inputs.webhookUrl ?? fromEnv,
      webhookUrlSource: inputs.webhookUrl
        ? "the webhook-url input"
        : "the webhook-url input / SLACK_WEBHOOK_URL",
    },
    { ...systemRetryPorts, logger: ctx.logger },
  );

  ctx.setOutput("delivered", result.delivered);
  ctx.setOutput("attempts", result.attempts);
  if (inputs.dryRun) {
    ctx.setOutput("payload", JSON.stringify(result.payload));
    ctx.logger.info(JSON.stringify(result.payload, null, 2));
  }
}

export function run(): Promise<void> {
  return runAction("slack-notify", slackNotifyAction);
}
