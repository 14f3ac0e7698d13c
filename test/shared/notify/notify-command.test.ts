// Tests of `steward notify` (shared/cli/commands/notify.ts), kept beside the notify tests.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIo } from "../../../shared/cli/command.js";
import notifyCommand from "../../../shared/cli/commands/notify.js";
import { ConfigurationError } from "../../../shared/errors.js";
import { RecordingLogger } from "../../../shared/logging.js";
import { type FakeSlackWebhook, startFakeSlackWebhook } from "../../fakes/slack-webhook.js";

function cliIo(cwd: string, env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const logger = new RecordingLogger();
  const io: CliIo = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: async () => "",
    cwd,
    env,
    now: () => new Date("2026-11-25T00:00:00Z"),
    logger,
  };
  return { io, logger, out: () => out, err: () => err };
}

async function failure(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe("steward notify", () => {
  let dir: string;
  let slack: FakeSlackWebhook;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "steward-notify-"));
    slack = await startFakeSlackWebhook();
  });
  afterEach(async () => {
    await slack.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("prints the exact payload with --dry-run and sends nothing", async () => {
    const x = cliIo(dir, { GITHUB_REPOSITORY: "acme/app", GITHUB_RUN_ID: "42" });
    const code = await notifyCommand.run(
      ["--event", "key-rotated", "--data", '{"keyName": "ci-production"}', "--dry-run"],
      x.io,
    );
    expect(code).toBe(0);
    const payload = JSON.parse(x.out()) as { text: string };
    expect(payload.text).toBe("API key ci-production rotated");
    expect(x.out()).toContain("https://github.com/acme/app/actions/runs/42");
    expect(slack.requests).toHaveLength(0);
  });

  it("posts to the webhook named by --webhook-url-env and prints the result", async () => {
    const x = cliIo(dir, { MY_HOOK: slack.url });
    await writeFile(join(dir, "data.yaml"), "keyName: ci-production\nverified: true\n");
    const code = await notifyCommand.run(
      ["--event", "key-rotated", "--data", "@data.yaml", "--webhook-url-env", "MY_HOOK"],
      x.io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(x.out())).toEqual({ delivered: true, attempts: 1 });
    expect(slack.requests[0]?.rawBody).toContain("verified with a live call");
    expect(x.out() + x.err() + JSON.stringify(x.logger.messages)).not.toContain(slack.url);
  });

  it("sends a custom payload file filled from the data", async () => {
    await writeFile(join(dir, "msg.json"), '{"text": "Released {{ version }}"}');
    const x = cliIo(dir, { SLACK_WEBHOOK_URL: slack.url });
    await notifyCommand.run(
      ["--event", "custom", "--payload-file", "msg.json", "--data", '{"version": "1.2.0"}'],
      x.io,
    );
    expect(slack.requests[0]?.body).toEqual({ text: "Released 1.2.0" });
  });

  it("with --errors warn, an undelivered message is a warning and exit 0", async () => {
    slack.script({ kind: "error", status: 410, code: "channel_is_archived" });
    const x = cliIo(dir, { SLACK_WEBHOOK_URL: slack.url });
    const code = await notifyCommand.run(
      ["--event", "key-rotated", "--data", '{"keyName": "k"}', "--errors", "warn"],
      x.io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(x.out())).toEqual({ delivered: false, attempts: 1 });
    expect(x.logger.hasMessage(/channel_is_archived/, "warning")).toBe(true);
  });

  it("fails with what to do when the channel is archived", async () => {
    slack.script({ kind: "error", status: 410, code: "channel_is_archived" });
    const x = cliIo(dir, { SLACK_WEBHOOK_URL: slack.url });
    const error = await failure(
      notifyCommand.run(["--event", "key-rotated", "--data", '{"keyName": "k"}'], x.io),
    );
    expect(error.userMessage).toMatch(/archived.*Unarchive the channel/s);
    expect(error.userMessage).not.toContain(slack.url);
  });

  it("refuses a webhook URL on the command line without echoing it", async () => {
    const x = cliIo(dir);
    for (const args of [
      ["--webhook-url", slack.url],
      [`--webhook-url=${slack.url}`],
      ["--webhook", slack.url],
    ]) {
      const error = await failure(notifyCommand.run(["--event", "key-rotated", ...args], x.io));
      expect(error.userMessage).toMatch(/does not take the webhook URL on the command line/);
      expect(error.userMessage).not.toContain(slack.url);
    }
  });

  it.each([
    [[], /needs --event/],
    [["--event", "deploy"], /--event must be one of policy-check, .*custom; got "deploy"/],
    [["--event", "key-rotated", "--errors", "maybe"], /--errors must be one of fail, warn; got "maybe"/],
    [
      ["--event", "key-rotated", "--webhook-url-env", "not a name"],
      /--webhook-url-env must be an environment variable name/,
    ],
    [
      ["--event", "key-rotated", "--data", "{oops"],
      /Event data \(--data\) is not valid JSON \(line 1, column 2\)/,
    ],
    [
      ["--event", "key-rotated", "--data", "missing.json"],
      /The event data file missing\.json does not exist/,
    ],
    [["--event", "key-rotated", "--data", "{}"], /data\.keyName is required/],
    [
      ["--event", "key-rotated", "--data", '{"keyName": "k"}'],
      /No Slack webhook URL: the environment variable SLACK_WEBHOOK_URL is empty/,
    ],
    [["--event", "custom"], /needs a payload file/],
  ])("explains bad usage: %j", async (args, pattern) => {
    const error = await failure(notifyCommand.run(args, cliIo(dir).io));
    expect(error.userMessage).toMatch(pattern);
  });

  it("reads --data - from standard input", async () => {
    const x = cliIo(dir);
    const io = { ...x.io, readStdin: async () => '{"keyName": "from-stdin"}\n' };
    await notifyCommand.run(["--event", "key-rotated", "--data", "-", "--dry-run"], io);
    expect(x.out()).toContain("from-stdin");
    const y = cliIo(dir);
    const error = await failure(
      notifyCommand.run(["--event", "key-rotated", "--data", "-"], {
        ...y.io,
        readStdin: async () => "keyName: x",
      }),
    );
    expect(error.message).toBe("--data - expects a JSON object on standard input.");
  });

  it("prints its help", async () => {
    const x = cliIo(dir);
    expect(await notifyCommand.run(["--help"], x.io)).toBe(0);
    expect(x.out()).toContain("Usage: steward notify --event <type>");
  });
});
