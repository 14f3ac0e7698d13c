import { describe, expect, it } from "vitest";
import { INPUTS, parseInputs } from "../../../actions/slack-notify/inputs.js";
import { ConfigurationError } from "../../../shared/errors.js";

const get = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("slack-notify inputs", () => {
  it("declares its inputs once", () => {
    expect(INPUTS).toEqual(["webhook-url", "event", "data", "payload-file", "dry-run", "errors"]);
  });

  it("parses defaults into a frozen, typed object", () => {
    const inputs = parseInputs(get({ event: "report-ready", "dry-run": "false", errors: "fail" }));
    expect(inputs).toEqual({
      webhookUrl: undefined,
      event: "report-ready",
      data: undefined,
      payloadFile: undefined,
      dryRun: false,
      errors: "fail",
    });
    expect(Object.isFrozen(inputs)).toBe(true);
  });

  it("reads every input", () => {
    const inputs = parseInputs(
      get({
        "webhook-url": " https://hooks.slack.com/services/T/B/x ",
        event: "custom",
        data: "@d.json",
        "payload-file": "p.yaml",
        "dry-run": "true",
        errors: "warn",
      }),
    );
    expect(inputs).toMatchObject({
      webhookUrl: "https://hooks.slack.com/services/T/B/x",
      event: "custom",
      data: "@d.json",
      payloadFile: "p.yaml",
      dryRun: true,
      errors: "warn",
    });
  });

  it.each([
    [{}, "Input required and not supplied: event."],
    [{ event: "nope" }, /^Input event must be one of policy-check, .*custom; got "nope"\.$/],
    [{ event: "custom", "dry-run": "on" }, 'Input dry-run must be true or false, got "on".'],
    [{ event: "custom", errors: "silent" }, 'Input errors must be one of fail, warn; got "silent".'],
  ])("names the input and value of a bad input: %j", (values, message) => {
    let error: unknown;
    try {
      parseInputs(get(values));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    if (typeof message === "string") expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
  });
});
