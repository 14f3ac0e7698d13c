/**
 * `steward notify --event <type>`: build the Slack message for an event and
 * post it to an incoming webhook (or print it with --dry-run). The webhook URL
 * is read from the environment only, never from argv, so it stays out of shell
 * history and `ps`.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import { systemRetryPorts } from "../../http/retry.js";
import {
  type ErrorMode,
  EVENT_TYPES,
  notify,
  parseEventType,
  readEventData,
  readPayloadFile,
  runContextFromEnv,
} from "../../notify/index.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo, Command } from "../command.js";

const ERROR_MODES = ["fail", "warn"] as const;

/** `--data -`: a JSON object on standard input. */
async function readStdinData(io: CliIo): Promise<string> {
  const text = (await io.readStdin()).trim();
  if (!text.startsWith("{")) {
    throw new ConfigurationError("--data - expects a JSON object on standard input.", {
      hint: "Pipe JSON in (jq -n '{keyName: \"ci\"}' | steward notify ...), or pass --data <file>.",
    });
  }
  return text;
}

const command: Command = {
  path: ["notify"],
  summary: "Post a Slack message for an event (policy check, key rotation, budget, report, ...)",
  help: `Usage: steward notify --event <type> [--data <json | @file | file>] [--payload-file <file>]
                      [--webhook-url-env NAME] [--dry-run] [--errors fail|warn]

Builds the Block Kit message for an event from its data and posts it to a Slack
incoming webhook, retrying 5xx, timeouts, dropped connections and 429 (after the
Retry-After Slack sends); 4xx answers fail at once with what to do.

The webhook URL is read from the environment variable SLACK_WEBHOOK_URL (or the
one named by --webhook-url-env), never from the command line.

Options:
  --event <type>          ${EVENT_TYPES.join(", ")}
  --data <data>           the event's data: inline JSON ('{"keyName": "ci"}'),
                          @file or a file path (.json, or .yaml/.yml), or - for
                          JSON on standard input
  --payload-file <file>   with --event custom: a JSON/YAML Slack message with
                          {{ variable }} placeholders filled from --data
  --webhook-url-env NAME  read the webhook URL from $NAME (default SLACK_WEBHOOK_URL)
  --dry-run               print the exact payload as JSON and send nothing
  --errors fail|warn      fail (default): exit 2 when the message is not delivered;
                          warn: print a warning and exit 0

The run link defaults to the current GitHub Actions run (GITHUB_SERVER_URL,
GITHUB_REPOSITORY, GITHUB_RUN_ID) when the data has no runUrl. Event fields:
docs/notify.md.

Output: the payload (--dry-run), else {"delivered": true|false, "attempts": n}.

Examples:
  steward notify --event key-rotated --data '{"keyName": "ci-production"}' --dry-run
  SLACK_WEBHOOK_URL=... steward notify --event report-ready --data @out/report-summary.json
  steward notify --event custom --payload-file slack/release.yaml --data '{"version": "1.2.0"}'
`,
  async run(args, io) {
    // Refuse a URL on the command line before anything could echo it.
    if (args.some((a) => /^--?webhook(-url)?(=|$)/i.test(a) || /^https?:\/\/hooks\.slack/i.test(a))) {
      throw new ConfigurationError("steward notify does not take the webhook URL on the command line.", {
        hint: "Put it in SLACK_WEBHOOK_URL (or the variable named by --webhook-url-env): argv lands in shell history and ps.",
      });
    }
    const { values } = parseCommandArgs(
      "notify",
      args,
      {
        event: { type: "string" },
        data: { type: "string" },
        "payload-file": { type: "string" },
        "webhook-url-env": { type: "string" },
        "dry-run": { type: "boolean" },
        errors: { type: "string" },
      },
      false,
    );
    if (values.help) {
      io.stdout.write(command.help);
      return 0;
    }
    if (values.event === undefined) {
      throw new ConfigurationError("steward notify needs --event.", {
        hint: `One of ${EVENT_TYPES.join(", ")}. Run 'steward notify --help'.`,
      });
    }
    const event = parseEventType(values.event, "--event");
    const errors = values.errors ?? "fail";
    if (!(ERROR_MODES as readonly string[]).includes(errors)) {
      throw new ConfigurationError(`--errors must be one of fail, warn; got "${errors}".`);
    }
    const envName = values["webhook-url-env"] ?? "SLACK_WEBHOOK_URL";
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) {
      throw new ConfigurationError(
        `--webhook-url-env must be an environment variable name; got "${envName}".`,
      );
    }
    const readText = (path: string) => readFile(resolve(io.cwd, path), "utf8");
    const rawData = values.data === "-" ? await readStdinData(io) : values.data;
    const { data, source } = await readEventData(rawData, readText, values.data === "-" ? "stdin" : "--data");
    const payloadFile = values["payload-file"]
      ? await readPayloadFile(values["payload-file"], readText)
      : undefined;
    const dryRun = values["dry-run"] === true;

    const result = await notify(
      {
        event,
        data,
        ...(source ? { dataSource: source } : {}),
        ...(payloadFile ? { payloadFile } : {}),
        context: runContextFromEnv(io.env),
        dryRun,
        errors: errors as ErrorMode,
        webhookUrl: io.env[envName] ?? "",
        webhookUrlSource: `the environment variable ${envName}`,
      },
      { ...systemRetryPorts, logger: io.logger },
    );
    io.stdout.write(
      dryRun
        ? `${JSON.stringify(result.payload, null, 2)}\n`
        : `${JSON.stringify({ delivered: result.delivered, attempts: result.attempts })}\n`,
    );
    return 0;
  },
};

export default command;
