/**
 * A small, typed subset of Slack Block Kit and the builders the event messages
 * use. Every builder takes raw text from data and makes it safe
 * (see mrkdwn.ts); `finishMessage` enforces the per-message limits.
 *
 * Limits (docs.slack.dev, Block Kit reference, checked 2026-11): 50 blocks per
 * message; header text 150 chars; section text 3000; section fields 10 of
 * 2000 each; context 10 elements; button text 75, button URL 3000; the
 * top-level `text` is truncated by Slack past 40,000 chars (we keep it short).
 */
import { escapeMrkdwn, mrkdwnLink, safeMrkdwn, safePlain, truncate } from "./mrkdwn.js";

export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  buttonText: 75,
  buttonUrl: 3000,
  messageText: 4000,
} as const;

export interface PlainText {
  readonly type: "plain_text";
  readonly text: string;
  readonly emoji?: boolean;
}
export interface MrkdwnText {
  readonly type: "mrkdwn";
  readonly text: string;
}
export type TextObject = PlainText | MrkdwnText;

export interface HeaderBlock {
  readonly type: "header";
  readonly text: PlainText;
}
export interface SectionBlock {
  readonly type: "section";
  readonly text?: MrkdwnText;
  readonly fields?: readonly MrkdwnText[];
}
export interface ContextBlock {
  readonly type: "context";
  readonly elements: readonly TextObject[];
}
export interface DividerBlock {
  readonly type: "divider";
}
export interface ButtonElement {
  readonly type: "button";
  readonly text: PlainText;
  readonly url: string;
  readonly action_id: string;
  readonly style?: "primary" | "danger";
}
export interface ActionsBlock {
  readonly type: "actions";
  readonly elements: readonly ButtonElement[];
}
export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** What is posted to the webhook. `blocks` is loose for custom payloads. */
export interface SlackMessage {
  /** Fallback for notifications and clients without Block Kit. Always present. */
  readonly text: string;
  readonly blocks?: readonly (Block | Record<string, unknown>)[];
  readonly [key: string]: unknown;
}

/** A header from raw text (redacted, cut to 150). */
export function header(text: string): HeaderBlock {
  return {
    type: "header",
    text: { type: "plain_text", text: safePlain(text, SLACK_LIMITS.headerText), emoji: true },
  };
}

/**
 * A section from mrkdwn the caller has already made safe (built from
 * `safeMrkdwn`/`mrkdwnLink` pieces). Cut to 3000 as a last resort.
 */
export function section(mrkdwn: string): SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text: truncate(mrkdwn, SLACK_LIMITS.sectionText) } };
}

/** A label/value pair for `fieldsSection`: the label is ours, the value is raw data (made safe here). */
export interface Field {
  readonly label: string;
  readonly value: string;
  /** True when `value` is already safe mrkdwn (e.g. contains a link we built). */
  readonly trusted?: boolean;
}

/** Sections of up to 10 two-column fields each (more fields make more sections). */
export function fieldsSections(fields: readonly Field[]): SectionBlock[] {
  const texts = fields.map((f) => {
    const value = f.trusted ? f.value : safeMrkdwn(f.value, SLACK_LIMITS.fieldText - f.label.length - 6);
    return {
      type: "mrkdwn" as const,
      text: truncate(`*${escapeMrkdwn(f.label)}*\n${value}`, SLACK_LIMITS.fieldText),
    };
  });
  const out: SectionBlock[] = [];
  for (let i = 0; i < texts.length; i += SLACK_LIMITS.sectionFields) {
    out.push({ type: "section", fields: texts.slice(i, i + SLACK_LIMITS.sectionFields) });
  }
  return out;
}

/** A context line of already-safe mrkdwn pieces (at most 10). */
export function context(...pieces: readonly string[]): ContextBlock {
  return {
    type: "context",
    elements: pieces
      .filter((p) => p !== "")
      .slice(0, SLACK_LIMITS.contextElements)
      .map((text) => ({ type: "mrkdwn" as const, text: truncate(text, SLACK_LIMITS.contextText) })),
  };
}

export function divider(): DividerBlock {
  return { type: "divider" };
}

/** Link buttons; entries without an http(s) URL are dropped. Returns undefined when none is left. */
export function buttons(
  ...links: readonly { label: string; url: string | undefined; id: string; style?: "primary" | "danger" }[]
): ActionsBlock | undefined {
  const elements: ButtonElement[] = [];
  for (const link of links) {
    if (!link.url || !/^https?:\/\//i.test(link.url) || link.url.length > SLACK_LIMITS.buttonUrl) continue;
    elements.push({
      type: "button",
      text: { type: "plain_text", text: safePlain(link.label, SLACK_LIMITS.buttonText), emoji: true },
      url: link.url,
      action_id: link.id,
      ...(link.style ? { style: link.style } : {}),
    });
  }
  return elements.length > 0 ? { type: "actions", elements } : undefined;
}

/**
 * A bulleted list of already-safe mrkdwn lines under an optional bold title,
 * kept within one section: shows at most `maxItems` lines and ends with
 * "…and N more" when some did not fit.
 */
export function listSection(
  title: string | undefined,
  lines: readonly string[],
  maxItems = 10,
): SectionBlock {
  const head = title ? `*${escapeMrkdwn(title)}*\n` : "";
  const moreLine = (n: number) => `\n_…and ${n} more_`;
  const budget = SLACK_LIMITS.sectionText - head.length - moreLine(lines.length).length;
  const shown: string[] = [];
  let used = 0;
  for (const line of lines.slice(0, maxItems)) {
    const item = `• ${truncate(line, 500)}`;
    if (used + item.length + 1 > budget) break;
    shown.push(item);
    used += item.length + 1;
  }
  const rest = lines.length - shown.length;
  return section(`${head}${shown.join("\n")}${rest > 0 ? moreLine(rest) : ""}`);
}

/** The closing context: where it came from and a link to the run. */
export function footer(runUrl: string | undefined, ...pieces: readonly string[]): ContextBlock {
  return context(...pieces, runUrl ? mrkdwnLink(runUrl, "View workflow run") : "");
}

/**
 * Assembles the message: a `text` fallback (redacted, escaped, cut) and at most
 * 50 blocks; when there are more, the last kept block says how many were left
 * out and where to look.
 */
export function finishMessage(
  fallback: string,
  blocks: readonly (Block | undefined)[],
  runUrl?: string,
): SlackMessage & { blocks: Block[] } {
  const present = blocks.filter((b): b is Block => b !== undefined);
  let kept = present;
  if (present.length > SLACK_LIMITS.blocksPerMessage) {
    const omitted = present.length - (SLACK_LIMITS.blocksPerMessage - 1);
    kept = [
      ...present.slice(0, SLACK_LIMITS.blocksPerMessage - 1),
      context(
        `_…and ${omitted} more blocks not shown._ ${runUrl ? mrkdwnLink(runUrl, "See the run") : ""}`.trim(),
      ),
    ];
  }
  return { text: safeMrkdwn(fallback, SLACK_LIMITS.messageText), blocks: kept };
}
