/**
 * Slack's incoming-webhook answers, in words a user can act on. Slack answers
 * an incoming webhook with a status and a short plain-text code in the body
 * (docs.slack.dev, "Sending messages using incoming webhooks", Handling errors).
 */

export interface SlackErrorExplanation {
  /** What happened. */
  readonly message: string;
  /** What to do. */
  readonly hint: string;
}

const NEW_WEBHOOK =
  "Create a new incoming webhook (Slack app settings > Incoming Webhooks) and store its URL in the secret you pass as SLACK_WEBHOOK_URL / webhook-url.";

const KNOWN: Readonly<Record<string, SlackErrorExplanation>> = {
  invalid_payload: {
    message: "Slack rejected the message as malformed (invalid_payload).",
    hint: "Run with dry-run to see the exact payload and check it in Slack's Block Kit Builder; for a custom payload file, check its blocks against the Block Kit reference.",
  },
  invalid_blocks: {
    message: "Slack rejected the message's blocks (invalid_blocks): a block is malformed or over a limit.",
    hint: "Run with dry-run and check the payload in Slack's Block Kit Builder; for a custom payload file, check each block's type and text lengths.",
  },
  invalid_blocks_format: {
    message:
      "Slack rejected the message's blocks (invalid_blocks_format): `blocks` is not an array of blocks.",
    hint: "Check the payload file: `blocks` must be a list of objects with a `type`.",
  },
  no_text: {
    message: "Slack rejected the message because it has no text (no_text).",
    hint: 'Give the payload a top-level "text" (or at least one block with text).',
  },
  too_many_attachments: {
    message: "Slack rejected the message: it has more than 100 attachments (too_many_attachments).",
    hint: "Send fewer attachments, or use blocks instead.",
  },
  user_not_found: {
    message: "Slack could not find the user this webhook posts to (user_not_found).",
    hint: NEW_WEBHOOK,
  },
  channel_not_found: {
    message: "The channel this webhook posts to no longer exists (channel_not_found).",
    hint: NEW_WEBHOOK,
  },
  channel_is_archived: {
    message: "The channel this webhook posts to is archived (channel_is_archived).",
    hint: `Unarchive the channel, or ${NEW_WEBHOOK.charAt(0).toLowerCase()}${NEW_WEBHOOK.slice(1)}`,
  },
  action_prohibited: {
    message: "A Slack admin restricts posting to this channel (action_prohibited).",
    hint: "Ask a workspace admin to allow the app to post there, or use a webhook for another channel.",
  },
  posting_to_general_channel_denied: {
    message: "Only admins may post to this workspace's #general channel (posting_to_general_channel_denied).",
    hint: "Use a webhook for another channel, or ask an admin to add the app's user to the allowed posters.",
  },
  no_service: {
    message: "The webhook is disabled, removed or invalid (no_service).",
    hint: NEW_WEBHOOK,
  },
  no_service_id: {
    message: "The webhook URL is incomplete: Slack found no service id in it (no_service_id).",
    hint: "Copy the whole URL from the app's Incoming Webhooks page into the secret.",
  },
  no_team: {
    message: "The webhook URL's workspace is missing or wrong (no_team).",
    hint: "Copy the whole URL from the app's Incoming Webhooks page into the secret.",
  },
  team_disabled: {
    message: "The Slack workspace of this webhook is disabled (team_disabled).",
    hint: NEW_WEBHOOK,
  },
  invalid_token: {
    message: "The webhook's token is invalid or was revoked (invalid_token).",
    hint: NEW_WEBHOOK,
  },
  no_active_hooks: {
    message: "The Slack app behind this webhook has no active incoming webhooks (no_active_hooks).",
    hint: `Turn on Incoming Webhooks in the app's settings. ${NEW_WEBHOOK}`,
  },
  rate_limited: {
    message: "Slack rate-limited the webhook (rate_limited): more than about one message per second.",
    hint: "Send fewer messages (batch them), or retry later.",
  },
};

/** Explains a failed answer from `status` and the body's error code. Never echoes arbitrary body text. */
export function explainSlackError(status: number, body: string | undefined): SlackErrorExplanation {
  const code = (body ?? "").trim();
  const known = KNOWN[code];
  if (known) return known;
  const shown = /^[a-z_]{2,60}$/.test(code) ? ` (${code})` : "";
  if (status === 404) {
    return {
      message: `Slack answered 404${shown}: the webhook URL does not exist.`,
      hint: NEW_WEBHOOK,
    };
  }
  if (status === 401 || status === 403) {
    return { message: `Slack refused the webhook with ${status}${shown}.`, hint: NEW_WEBHOOK };
  }
  if (status === 410) {
    return { message: `Slack answered 410${shown}: the webhook or its channel is gone.`, hint: NEW_WEBHOOK };
  }
  if (status === 429) return KNOWN.rate_limited as SlackErrorExplanation;
  if (status >= 500) {
    return {
      message: `Slack answered ${status}${shown}: Slack is having trouble.`,
      hint: "Check status.slack.com and re-run the job later.",
    };
  }
  return {
    message: `Slack answered ${status}${shown}.`,
    hint: "Run with dry-run to see the exact payload; check the webhook URL.",
  };
}
