/**
 * `custom`: a message from a payload file the user wrote (JSON or YAML), with
 * `{{ variable }}` placeholders filled from the event data.
 *
 * - Placeholders may sit in any string value: `{{ name }}`, `{{ pr.number }}`,
 *   `{{ keys.0.name }}`. Keys are never substituted, so data cannot change the
 *   payload's structure.
 * - Substituted values are redacted (tokens) and escaped for mrkdwn (`&`, `<`,
 *   `>`); objects and arrays are inserted as JSON.
 * - A placeholder with no value is an error naming the file and line; so is a
 *   payload Slack would refuse (no blocks and no text, more than 50 blocks, a
 *   block without a `type`).
 * - Header, section and field texts are cut to Slack's limits after
 *   substitution; a missing top-level `text` is taken from the first header or
 *   section.
 */
import { ConfigurationError } from "../../errors.js";
import { SLACK_LIMITS, type SlackMessage } from "../blocks.js";
import { escapeMrkdwn, redactSecrets, truncate } from "../mrkdwn.js";
import { type ParsedSourceFile, parseSourceFile } from "../source-file.js";

export interface PayloadFile {
  /** The path as the user gave it (for messages). */
  readonly path: string;
  readonly content: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}/g;

function lookup(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function render(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return escapeMrkdwn(redactSecrets(text ?? ""));
}

function fail(
  file: ParsedSourceFile,
  message: string,
  at: { line: number; column: number } | undefined,
  hint?: string,
) {
  return new ConfigurationError(`${file.path}${at ? `:${at.line}` : ""}: ${message}`, {
    file: file.path,
    ...(at ? { line: at.line, column: at.column } : {}),
    title: "Invalid Slack payload file",
    ...(hint ? { hint } : {}),
  });
}

function substitute(file: ParsedSourceFile, value: unknown, data: Record<string, unknown>): unknown {
  if (typeof value === "string") {
    const filled = value.replace(PLACEHOLDER, (match, name: string) => {
      const found = lookup(data, name);
      if (found === undefined || found === null) {
        const known = Object.keys(data).sort();
        throw fail(
          file,
          `the placeholder ${match} has no value in the event data.`,
          file.find(match) ?? file.find(name),
          known.length > 0
            ? `Pass it in --data / the data input; the data has: ${known.join(", ")}.`
            : "Pass the values with --data / the data input (a JSON object).",
        );
      }
      return render(found);
    });
    return redactSecrets(filled);
  }
  if (Array.isArray(value)) return value.map((v) => substitute(file, v, data));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(file, v, data)]));
  }
  return value;
}

function cutText(obj: unknown, max: number): void {
  if (obj && typeof obj === "object" && typeof (obj as { text?: unknown }).text === "string") {
    const o = obj as { text: string };
    o.text = truncate(o.text, max);
  }
}

function firstText(blocks: readonly Record<string, unknown>[]): string | undefined {
  for (const b of blocks) {
    const text = (b.text as { text?: unknown } | undefined)?.text;
    if ((b.type === "header" || b.type === "section") && typeof text === "string" && text.trim() !== "")
      return text;
  }
  return undefined;
}

/** Builds the message from a payload file and the data. Pure. */
export function buildCustomMessage(payload: PayloadFile, data: Record<string, unknown>): SlackMessage {
  const file = parseSourceFile(payload.path, payload.content, "Slack payload file");
  const root = file.value;
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    throw fail(file, "the payload must be an object with `text` and/or `blocks`.", file.locate([]));
  }
  const raw = root as Record<string, unknown>;
  if (raw.blocks !== undefined) {
    if (!Array.isArray(raw.blocks)) throw fail(file, "`blocks` must be an array.", file.locate(["blocks"]));
    if (raw.blocks.length > SLACK_LIMITS.blocksPerMessage) {
      throw fail(
        file,
        `\`blocks\` has ${raw.blocks.length} blocks; Slack accepts at most ${SLACK_LIMITS.blocksPerMessage}.`,
        file.locate(["blocks", SLACK_LIMITS.blocksPerMessage]),
      );
    }
    raw.blocks.forEach((b, i) => {
      if (b === null || typeof b !== "object" || typeof (b as { type?: unknown }).type !== "string") {
        throw fail(file, `blocks[${i}] must be an object with a "type".`, file.locate(["blocks", i]));
      }
    });
  }
  if (raw.text !== undefined && typeof raw.text !== "string") {
    throw fail(file, "`text` must be a string.", file.locate(["text"]));
  }
  const message = substitute(file, raw, data) as Record<string, unknown>;
  const blocks = (message.blocks as Record<string, unknown>[] | undefined) ?? [];
  for (const b of blocks) {
    if (b.type === "header") cutText(b.text, SLACK_LIMITS.headerText);
    if (b.type === "section") {
      cutText(b.text, SLACK_LIMITS.sectionText);
      if (Array.isArray(b.fields)) for (const f of b.fields) cutText(f, SLACK_LIMITS.fieldText);
    }
  }
  let text =
    typeof message.text === "string" && message.text.trim() !== "" ? message.text : firstText(blocks);
  if (text === undefined) {
    throw fail(
      file,
      "the payload has no `text` and no header or section to take it from.",
      file.locate([]),
      'Add a top-level "text": Slack shows it in notifications and to screen readers.',
    );
  }
  text = truncate(redactSecrets(text), SLACK_LIMITS.messageText);
  return { ...message, text };
}
