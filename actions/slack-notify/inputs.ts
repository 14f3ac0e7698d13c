/** The slack-notify action's inputs, declared once and parsed strictly. */

import { ConfigurationError } from "../../shared/errors.js";
import { booleanInput, enumInput, type InputGetter, optionalString } from "../../shared/inputs/parse.js";
import { type ErrorMode, EVENT_TYPES, type EventType, parseEventType } from "../../shared/notify/index.js";

/** Every input this action reads; a test keeps it equal to action.yml's inputs. */
export const INPUTS = ["webhook-url", "event", "data", "payload-file", "dry-run", "errors"] as const;

export interface SlackNotifyInputs {
  /** A secret: mask it before anything else. Undefined when the input is empty (then env SLACK_WEBHOOK_URL). */
  readonly webhookUrl: string | undefined;
  readonly event: EventType;
  /** Inline JSON, `@file` or a file path; undefined when empty. */
  readonly data: string | undefined;
  readonly payloadFile: string | undefined;
  readonly dryRun: boolean;
  readonly errors: ErrorMode;
}

export function parseInputs(get: InputGetter): Readonly<SlackNotifyInputs> {
  // The webhook URL is read first and never appears in a parse error.
  const webhookUrl = optionalString(get, "webhook-url");
  const event = optionalString(get, "event");
  if (event === undefined) {
    throw new ConfigurationError("Input required and not supplied: event.", {
      hint: `Set \`event:\` under \`with:\` to one of ${EVENT_TYPES.join(", ")}.`,
    });
  }
  return Object.freeze({
    webhookUrl,
    event: parseEventType(event, "Input event"),
    data: optionalString(get, "data"),
    payloadFile: optionalString(get, "payload-file"),
    dryRun: booleanInput(get, "dry-run", false),
    errors: enumInput(get, "errors", ["fail", "warn"], "fail"),
  });
}
