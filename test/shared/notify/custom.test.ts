import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import { buildCustomMessage } from "../../../shared/notify/index.js";
import { slackPayloadError } from "../../fakes/slack-webhook.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/notify/", import.meta.url));

function errorOf(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error("expected a ConfigurationError");
}

describe("custom payload files", () => {
  it("fills a YAML payload from the data and matches its golden payload", () => {
    const content = readFileSync(`${FIXTURES}data/custom.payload.yaml`, "utf8");
    const data = JSON.parse(readFileSync(`${FIXTURES}data/custom.json`, "utf8")) as Record<string, unknown>;
    const message = buildCustomMessage({ path: "custom.payload.yaml", content }, data);
    expect(slackPayloadError(message)).toBeUndefined();
    const text = `${JSON.stringify(message, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(`${FIXTURES}custom.json`, text);
    expect(text).toBe(readFileSync(`${FIXTURES}custom.json`, "utf8"));
  });

  it("fills JSON payloads, with dotted paths, escaping and redacting values", () => {
    const content = `{
  "text": "PR #{{ pr.number }} by {{ who }}",
  "blocks": [{ "type": "section", "text": { "type": "mrkdwn", "text": "{{ note }} / {{ keys.1 }}" } }]
}`;
    const message = buildCustomMessage(
      { path: "p.json", content },
      {
        pr: { number: 7 },
        who: "<!channel> & co",
        note: "key ghp_abcdefghijklmnopqrstuvwxyz0123456789AB",
        keys: ["a", "b"],
      },
    );
    expect(message.text).toBe("PR #7 by &lt;!channel&gt; &amp; co");
    expect(JSON.stringify(message.blocks)).toContain("key [redacted] / b");
  });

  it("never substitutes keys, so data cannot change the structure", () => {
    const message = buildCustomMessage(
      { path: "p.json", content: '{"text": "{{ x }}", "{{ x }}": 1}' },
      { x: '"},{"a' },
    );
    expect(Object.keys(message)).toEqual(["text", "{{ x }}"]);
    expect(message.text).toBe('"},{"a');
  });

  it("names the file and line of a placeholder with no value", () => {
    const content =
      'text: "hello"\nblocks:\n  - type: section\n    text: { type: mrkdwn, text: "{{ missing.value }}" }\n';
    const error = errorOf(() => buildCustomMessage({ path: "slack/msg.yaml", content }, { other: 1 }));
    expect(error.message).toBe(
      "slack/msg.yaml:4: the placeholder {{ missing.value }} has no value in the event data.",
    );
    expect(error.location).toMatchObject({ file: "slack/msg.yaml", line: 4 });
    expect(error.hint).toContain("the data has: other");
  });

  it("names the file, line and column of a JSON syntax error", () => {
    const error = errorOf(() =>
      buildCustomMessage({ path: "msg.json", content: '{\n  "text": "x",\n  "blocks": [\n}' }, {}),
    );
    expect(error.message).toMatch(/^Slack payload file msg\.json is not valid JSON \(line 4, column 1\): /);
    expect(error.location).toMatchObject({ file: "msg.json", line: 4, column: 1 });
  });

  it("names the line of a YAML syntax error", () => {
    const error = errorOf(() =>
      buildCustomMessage({ path: "msg.yml", content: "text: ok\nblocks:\n  - type: [\n" }, {}),
    );
    expect(error.message).toMatch(/^Slack payload file msg\.yml is not valid YAML \(line \d, column \d+\)/);
    expect(error.location.file).toBe("msg.yml");
  });

  it("points at a block without a type", () => {
    const content =
      '{\n  "text": "x",\n  "blocks": [\n    { "type": "divider" },\n    { "text": "oops" }\n  ]\n}';
    const error = errorOf(() => buildCustomMessage({ path: "m.json", content }, {}));
    expect(error.message).toBe('m.json:5: blocks[1] must be an object with a "type".');
    expect(error.location).toMatchObject({ line: 5, column: 5 });
  });

  it("refuses more than 50 blocks and payloads without text", () => {
    const many = JSON.stringify({
      text: "x",
      blocks: Array.from({ length: 51 }, () => ({ type: "divider" })),
    });
    expect(errorOf(() => buildCustomMessage({ path: "m.json", content: many }, {})).message).toMatch(
      /has 51 blocks; Slack accepts at most 50/,
    );
    const empty = errorOf(() =>
      buildCustomMessage({ path: "m.json", content: '{"blocks": [{"type": "divider"}]}' }, {}),
    );
    expect(empty.message).toMatch(/no `text`/);
    expect(errorOf(() => buildCustomMessage({ path: "m.json", content: "[1]" }, {})).message).toMatch(
      /must be an object/,
    );
  });

  it("takes a missing text from the first header and cuts long texts to Slack's limits", () => {
    const content = JSON.stringify({
      blocks: [
        { type: "header", text: { type: "plain_text", text: "{{ title }}" } },
        { type: "section", text: { type: "mrkdwn", text: "{{ body }}" } },
      ],
    });
    const message = buildCustomMessage(
      { path: "m.json", content },
      { title: "T".repeat(400), body: "b".repeat(5000) },
    );
    expect(slackPayloadError(message)).toBeUndefined();
    expect(message.text.startsWith("TTT")).toBe(true);
  });
});
