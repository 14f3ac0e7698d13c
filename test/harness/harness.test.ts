// The harness itself: it must parse what the runner parses, and the canary
// scan must catch a leak in every place and form it claims to.
import { describe, expect, it } from "vitest";
import { findLeaks } from "./canary.js";
import { inputEnvName } from "./run-action.js";
import { parseFileCommand, parseWorkflowCommands, toAnnotations } from "./workflow-commands.js";

describe("runner harness", () => {
  it("names inputs as the runner does (upper case, spaces to underscores, hyphens kept)", () => {
    expect(inputEnvName("fail-on")).toBe("INPUT_FAIL-ON");
    expect(inputEnvName("my input")).toBe("INPUT_MY_INPUT");
  });

  it("parses annotations with escaped properties and messages", () => {
    const cmds = parseWorkflowCommands(
      "plain line\n::error file=a%2Cb.json,line=4,col=23,title=json%3Atrailing::first%0Asecond 100%25\n::add-mask::s3cr3t-value\n",
    );
    expect(toAnnotations(cmds)).toEqual([
      {
        level: "error",
        file: "a,b.json",
        line: 4,
        col: 23,
        title: "json:trailing",
        message: "first\nsecond 100%",
      },
    ]);
    expect(cmds.find((c) => c.command === "add-mask")?.message).toBe("s3cr3t-value");
  });

  it("parses heredoc and plain file commands, and refuses an unterminated heredoc", () => {
    expect(parseFileCommand("a<<ghadelimiter_1\nx\ny\nghadelimiter_1\nb=2\n")).toEqual({ a: "x\ny", b: "2" });
    expect(() => parseFileCommand("a<<EOF\nx\n")).toThrow(/unterminated/);
  });

  it("finds a canary in plain, base64, url-encoded and JSON-escaped form", () => {
    const secret = "sk-ant-api03-CANARY/+=value";
    const texts = {
      stdout: `key is ${secret}`,
      summary: Buffer.from(secret).toString("base64"),
      outputs: encodeURIComponent(secret),
      file: "nothing here",
    };
    const leaks = findLeaks(texts, [secret]);
    expect(leaks.map((l) => `${l.where}:${l.form}`).sort()).toEqual([
      "outputs:url-encoded",
      "stdout:plain",
      "summary:base64",
    ]);
    expect(findLeaks({ a: "clean" }, [secret])).toEqual([]);
  });
});
