/**
 * What every event shares: the optional `runUrl` and `repository` fields, the
 * event definition shape, and small mrkdwn helpers.
 */
import type { SlackMessage } from "../blocks.js";
import { safeMrkdwn } from "../mrkdwn.js";
import type { DataReader, ReaderContext } from "../validate.js";

/** Fields every event accepts. */
export interface CommonData {
  /** Link to the workflow run (the action fills it in from the run's context when absent). */
  readonly runUrl?: string;
  /** `owner/name` of the repository the event is about. */
  readonly repository?: string;
}

export function readCommon(r: DataReader): CommonData {
  const runUrl = r.url("runUrl", { optional: true });
  const repository = r.string("repository", { optional: true });
  return { ...(runUrl ? { runUrl } : {}), ...(repository ? { repository } : {}) };
}

/** One event type: validate its data, build its message. Both pure. */
export interface EventDefinition<T> {
  readonly type: string;
  /** One line for docs and `--help`. */
  readonly summary: string;
  /** Validates raw data (parsed JSON/YAML); throws ConfigurationError naming the field. */
  readonly parse: (data: unknown, ctx: ReaderContext) => T;
  /** Builds the Slack message from valid data. */
  readonly build: (data: T) => SlackMessage;
}

/** Inline code from raw text: redacted, escaped, no backticks inside. */
export function code(text: string, max = 200): string {
  return `\`${safeMrkdwn(text, max).replace(/`/g, "ˋ")}\``;
}

/** Bold raw text. */
export function bold(text: string, max = 300): string {
  return `*${safeMrkdwn(text, max).replace(/\*/g, "∗")}*`;
}

/** Raw text made safe. */
export function t(text: string, max = 500): string {
  return safeMrkdwn(text, max);
}
