import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../shared/errors.js";
import {
  type BuiltInEventType,
  buildEventMessage,
  buildMessage,
  EVENT_TYPES,
  EVENTS,
  parseEventType,
  runContextFromEnv,
  type SlackMessage,
} from "../../../shared/notify/index.js";
import { slackPayloadError } from "../../fakes/slack-webhook.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/notify/", import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
const sample = (event: string) => readJson(`${FIXTURES}data/${event}.json`);

function errorOf(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error("expected a ConfigurationError");
}

/** Golden payloads: regenerate with UPDATE_GOLDEN=1 and review the diff. */
function expectGolden(event: string, message: SlackMessage) {
  const path = `${FIXTURES}${event}.json`;
  const text = `${JSON.stringify(message, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, text);
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 once and review it`).toBe(true);
  expect(text).toBe(readFileSync(path, "utf8"));
}

function allText(message: SlackMessage): string {
  return JSON.stringify(message);
}

describe("event messages", () => {
  it("has a catalog of every event plus custom", () => {
    expect(EVENT_TYPES).toEqual([
      "policy-check",
      "key-rotated",
      "rotation-failed",
      "key-expiring",
      "quota-threshold",
      "budget-threshold",
      "report-ready",
      "compliance-failing",
      "custom",
    ]);
  });

  for (const event of Object.keys(EVENTS) as BuiltInEventType[]) {
    describe(event, () => {
      const message = buildEventMessage(event, sample(event));

      it("matches its golden payload", () => {
        expectGolden(event, message);
      });

      it("is a payload Slack accepts: text fallback, header first, within limits", () => {
        expect(slackPayloadError(message)).toBeUndefined();
        expect(message.text.length).toBeGreaterThan(10);
        expect(message.blocks?.[0]).toMatchObject({ type: "header" });
      });

      it("links to the run", () => {
        expect(allText(message)).toContain(String(sample(event).runUrl));
      });

      it("rejects data that is not an object", () => {
        expect(errorOf(() => buildEventMessage(event, [])).message).toBe(
          `Event "${event}": data must be an object, got an array.`,
        );
      });

      it("names an unknown field", () => {
        const error = errorOf(() => buildEventMessage(event, { ...sample(event), runURL: "x" }));
        expect(error.message).toMatch(
          new RegExp(`^Event "${event}": data has unknown field "runURL"; known fields: `),
        );
        expect(error.hint).toBe(`See docs/notify.md#${event} for the fields it takes.`);
      });
    });
  }

  it.each([
    [
      "policy-check",
      (d: Record<string, unknown>) => ({ ...d, status: "broken" }),
      /data\.status must be one of "failed", "passed", got "broken"/,
    ],
    [
      "policy-check",
      (d: Record<string, unknown>) => ({ ...d, pullRequest: { url: "https://x" } }),
      /data\.pullRequest\.number is required \(a whole number >= 1\)/,
    ],
    [
      "policy-check",
      (d: Record<string, unknown>) => ({ ...d, runUrl: "javascript:alert(1)" }),
      /data\.runUrl must be an http\(s\) URL/,
    ],
    [
      "rotation-failed",
      (d: Record<string, unknown>) => ({ ...d, keys: [] }),
      /data\.keys must be an array of at least 1 item/,
    ],
    [
      "rotation-failed",
      (d: Record<string, unknown>) => ({ ...d, steps: [{ name: "x", status: "maybe" }] }),
      /data\.steps\[0\]\.status must be one of/,
    ],
    [
      "key-expiring",
      (d: Record<string, unknown>) => ({
        keys: [{ name: "k", dueDate: "next week", daysLeft: 3 }],
        runUrl: d.runUrl,
      }),
      /data\.keys\[0\]\.dueDate must be an ISO 8601 date/,
    ],
    [
      "quota-threshold",
      (d: Record<string, unknown>) => ({ ...d, limit: 0 }),
      /data\.limit must be a number > 0, got number 0/,
    ],
    [
      "budget-threshold",
      (d: Record<string, unknown>) => ({ ...d, currency: "dollars" }),
      /data\.currency must be a three-letter currency code/,
    ],
    [
      "report-ready",
      (d: Record<string, unknown>) => ({ ...d, totalCost: "12" }),
      /data\.totalCost must be a number >= 0, got "12"/,
    ],
    [
      "compliance-failing",
      (d: Record<string, unknown>) => ({ ...d, passing: 1.5 }),
      /data\.passing must be a whole number >= 0, got number 1\.5/,
    ],
  ] as const)("%s: validation names the field (%#)", (event, mutate, pattern) => {
    expect(errorOf(() => buildEventMessage(event, mutate(sample(event)))).message).toMatch(pattern);
  });

  it("never echoes a token found in the wrong field", () => {
    const error = errorOf(() =>
      buildEventMessage("quota-threshold", {
        ...sample("quota-threshold"),
        used: "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123",
      }),
    );
    expect(error.message).toBe('Event "quota-threshold": data.used must be a number >= 0, got "[redacted]".');
  });

  it("puts the data file in the error location", () => {
    const error = errorOf(() => buildEventMessage("key-rotated", {}, { source: "out/rotated.json" }));
    expect(error.message).toBe('Event "key-rotated": data.keyName is required (a non-empty string).');
    expect(error.location.file).toBe("out/rotated.json");
  });

  it("escapes mrkdwn and redacts tokens from data", () => {
    const text = allText(buildEventMessage("policy-check", sample("policy-check")));
    expect(text).toContain("Allow Bash(npm run *) &amp; WebFetch for &lt;platform&gt; team");
    expect(text).not.toContain("sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
    expect(text).toContain("[redacted]");
    const failed = allText(buildEventMessage("rotation-failed", sample("rotation-failed")));
    expect(failed).not.toContain("AKIAIOSFODNN7EXAMPLE");
    // Partial key hints are not secrets and stay readable.
    expect(failed).toContain("sk-ant-api03-R2D...igAA");
  });

  it('shows the top 5 findings, most severe first, and "and N more"', () => {
    const message = buildEventMessage("policy-check", sample("policy-check"));
    const list = message.blocks?.find((b) => JSON.stringify(b).includes("Top 5 findings")) as {
      text: { text: string };
    };
    const lines = list.text.text.split("\n");
    expect(lines[0]).toBe("*Top 5 findings*");
    expect(lines.slice(1, 4).every((l) => l.startsWith("• :x:"))).toBe(true);
    expect(lines.at(-1)).toBe("_…and 3 more_");
  });

  it("says passed when the check passed", () => {
    const data = {
      ...sample("policy-check"),
      status: "passed",
      counts: { errors: 0, warnings: 0 },
      findings: [],
    };
    const message = buildEventMessage("policy-check", data);
    expect(message.text).toBe("Policy check passed on acme/claude-policy#42: 0 errors, 0 warnings");
    expect(allText(message)).toContain("No findings: the policy change is clean.");
  });

  it("keeps any data within Slack's limits (property)", () => {
    const text = fc.string({ maxLength: 6000 });
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(fc.record({ name: text, status: fc.constantFrom("done", "failed", "pending") }), {
          maxLength: 80,
        }),
        fc.array(fc.record({ label: text, state: text }), { minLength: 1, maxLength: 80 }),
        (keyName, error, steps, keys) => {
          fc.pre(keyName.trim() !== "" && error.trim() !== "");
          fc.pre(
            steps.every((s) => s.name.trim() !== "") && keys.every((k) => k.label.trim() && k.state.trim()),
          );
          const message = buildEventMessage("rotation-failed", {
            keyName,
            failedStep: keyName,
            error,
            steps,
            keys,
          });
          expect(slackPayloadError(message)).toBeUndefined();
          expect(message.text.length).toBeLessThanOrEqual(4000);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps a huge list in one section, saying how many were left out", () => {
    const controls = Array.from({ length: 300 }, (_, i) => ({ id: `C-${i}`, title: "x".repeat(2900) }));
    const message = buildEventMessage("compliance-failing", { passing: 0, controls });
    expect(slackPayloadError(message)).toBeUndefined();
    expect(allText(message)).toContain("…and 286 more");
  });
});

describe("buildMessage", () => {
  it("fills runUrl and repository from the context when the data has none", () => {
    const data = { ...sample("key-rotated") };
    delete data.runUrl;
    delete data.repository;
    const message = buildMessage({
      event: "key-rotated",
      data,
      context: { runUrl: "https://github.com/o/r/actions/runs/1", repository: "o/r" },
    });
    expect(allText(message)).toContain("https://github.com/o/r/actions/runs/1");
    expect(allText(message)).toContain("`o/r`");
  });

  it("keeps the data's own runUrl over the context", () => {
    const message = buildMessage({
      event: "key-rotated",
      data: sample("key-rotated"),
      context: { runUrl: "https://example.com/other" },
    });
    expect(allText(message)).not.toContain("example.com/other");
  });

  it("refuses a payload file for a built-in event and requires one for custom", () => {
    expect(
      errorOf(() =>
        buildMessage({ event: "key-rotated", data: {}, payloadFile: { path: "p.json", content: "{}" } }),
      ).message,
    ).toMatch(/only used with the "custom" event/);
    expect(errorOf(() => buildMessage({ event: "custom", data: {} })).message).toBe(
      'The "custom" event needs a payload file.',
    );
  });

  it("parses event types, naming the valid ones", () => {
    expect(parseEventType("report-ready", "--event")).toBe("report-ready");
    expect(errorOf(() => parseEventType("deploy", "--event")).message).toMatch(
      /^--event must be one of policy-check, .*, custom; got "deploy"\.$/,
    );
  });
});

describe("runContextFromEnv", () => {
  it("links to the run (and its attempt) from GitHub's variables", () => {
    expect(
      runContextFromEnv({
        GITHUB_SERVER_URL: "https://github.example.com/",
        GITHUB_REPOSITORY: "acme/app",
        GITHUB_RUN_ID: "99",
        GITHUB_RUN_ATTEMPT: "2",
      }),
    ).toEqual({
      runUrl: "https://github.example.com/acme/app/actions/runs/99/attempts/2",
      repository: "acme/app",
    });
    expect(
      runContextFromEnv({ GITHUB_REPOSITORY: "acme/app", GITHUB_RUN_ID: "7", GITHUB_RUN_ATTEMPT: "1" }),
    ).toEqual({
      runUrl: "https://github.com/acme/app/actions/runs/7",
      repository: "acme/app",
    });
  });
  it("gives nothing outside GitHub Actions", () => {
    expect(runContextFromEnv({})).toEqual({});
  });
});
