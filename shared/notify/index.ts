/**
 * Slack notifications: build the Block Kit message for an event from plain
 * data (pure), then deliver it to an incoming webhook with retries, or return
 * it untouched in dry-run.
 *
 * ```ts
 * const result = await notify(
 *   { event: "key-rotated", data: { keyName: "ci-prod" }, webhookUrl, webhookUrlSource: "SLACK_WEBHOOK_URL" },
 *   { logger, ...systemRetryPorts },
 * );
 * ```
 */
import { ConfigurationError } from "../errors.js";
import type { RetryOptions } from "../http/retry.js";
import type { SlackMessage } from "./blocks.js";
import { type DeliveryPorts, deliverToSlack, type ErrorMode, scrubValue } from "./deliver.js";
import type { CommonData, PayloadFile } from "./events/index.js";
import {
  type BuiltInEventType,
  buildCustomMessage,
  buildEventMessage,
  EVENT_TYPES,
  type EventType,
  isEventType,
} from "./events/index.js";

export type { Block, SlackMessage } from "./blocks.js";
export { SLACK_LIMITS } from "./blocks.js";
export { runContextFromEnv } from "./context.js";
export { type ReadTextFile, readEventData, readPayloadFile } from "./data.js";
export {
  checkWebhookUrl,
  type DeliveryPorts,
  type DeliveryResult,
  deliverToSlack,
  type ErrorMode,
} from "./deliver.js";
export * from "./events/index.js";
export { escapeMrkdwn, redactSecrets, truncate } from "./mrkdwn.js";

export interface NotifyRequest {
  readonly event: EventType;
  /** The event's data (parsed JSON/YAML). For `custom`, the template variables. */
  readonly data: Record<string, unknown>;
  /** The file the data came from, for error locations. */
  readonly dataSource?: string;
  /** Required for `custom`; refused for the other events. */
  readonly payloadFile?: PayloadFile;
  /** Defaults for `runUrl`/`repository` when the data has none (e.g. from the workflow run). */
  readonly context?: CommonData;
  /** Build the message and return it; send nothing. */
  readonly dryRun?: boolean;
  readonly errors?: ErrorMode;
  /** Needed unless `dryRun`. A secret. */
  readonly webhookUrl?: string;
  /** Where the URL comes from, for messages ("SLACK_WEBHOOK_URL"). */
  readonly webhookUrlSource: string;
  readonly retry?: RetryOptions;
}

export interface NotifyResult {
  readonly delivered: boolean;
  readonly attempts: number;
  /** The exact payload: always built; the caller shows it only in dry-run. */
  readonly payload: SlackMessage;
}

/** Parses an `--event`/`event` value, naming the valid ones on error. */
export function parseEventType(value: string, where: string): EventType {
  if (isEventType(value)) return value;
  throw new ConfigurationError(`${where} must be one of ${EVENT_TYPES.join(", ")}; got "${value}".`, {
    title: "Unknown notification event",
    hint: "See docs/notify.md for what each event carries.",
  });
}

/** Builds the message for a request. Pure. */
export function buildMessage(
  request: Pick<NotifyRequest, "event" | "data" | "dataSource" | "payloadFile" | "context">,
): SlackMessage {
  const context = request.context ?? {};
  const withContext: Record<string, unknown> = { ...request.data };
  for (const [key, value] of Object.entries(context)) {
    if (value !== undefined && withContext[key] === undefined) withContext[key] = value;
  }
  if (request.event === "custom") {
    if (!request.payloadFile) {
      throw new ConfigurationError('The "custom" event needs a payload file.', {
        title: "Missing payload file",
        hint: "Pass --payload-file / the payload-file input: a JSON or YAML Slack message with {{ variable }} placeholders.",
      });
    }
    return buildCustomMessage(request.payloadFile, withContext);
  }
  if (request.payloadFile) {
    throw new ConfigurationError(
      `A payload file is only used with the "custom" event, not "${request.event}".`,
      {
        title: "Unexpected payload file",
        hint: 'Drop the payload file, or use event "custom" to send your own message.',
      },
    );
  }
  return buildEventMessage(request.event as BuiltInEventType, withContext, {
    ...(request.dataSource ? { source: request.dataSource } : {}),
  });
}

/** Builds the message and, unless `dryRun`, delivers it. */
export async function notify(request: NotifyRequest, ports: DeliveryPorts): Promise<NotifyResult> {
  const url = request.webhookUrl?.trim();
  // The URL is a secret: even if the data quoted it, it does not go out.
  const payload = url ? scrubValue(buildMessage(request), url) : buildMessage(request);
  if (request.dryRun) {
    ports.logger.info(`Dry run: the "${request.event}" message was built and not sent.`);
    return { delivered: false, attempts: 0, payload };
  }
  const webhookUrl = url;
  if (!webhookUrl) {
    throw new ConfigurationError(`No Slack webhook URL: ${request.webhookUrlSource} is empty.`, {
      title: "Missing Slack webhook URL",
      hint: "Store the incoming webhook URL in a secret and pass it in; or use dry-run to only build the message.",
    });
  }
  const result = await deliverToSlack(
    payload,
    {
      webhookUrl,
      webhookUrlSource: request.webhookUrlSource,
      ...(request.errors ? { errors: request.errors } : {}),
      ...(request.retry ? { retry: request.retry } : {}),
    },
    ports,
  );
  return { ...result, payload };
}
