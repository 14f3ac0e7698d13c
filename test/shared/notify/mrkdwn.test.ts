import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finishMessage, header, listSection, section } from "../../../shared/notify/blocks.js";
import {
  escapeMrkdwn,
  mrkdwnLink,
  redactSecrets,
  safeMrkdwn,
  truncate,
} from "../../../shared/notify/mrkdwn.js";

describe("redactSecrets", () => {
  it.each([
    ["sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_xyz"],
    ["sk-ant-admin01-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"],
    ["AKIAIOSFODNN7EXAMPLE"],
    ["ghp_abcdefghijklmnopqrstuvwxyz0123456789AB"],
    ["github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP"],
    ["xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"],
    ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
  ])("redacts %s", (secret) => {
    const out = redactSecrets(`before ${secret} after`);
    expect(out).toBe("before [redacted] after");
  });

  it("redacts an AWS secret key after its name, and bearer tokens", () => {
    expect(redactSecrets("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).toBe(
      "aws_secret_access_key = [redacted]",
    );
    expect(redactSecrets("Authorization: Bearer abcdefghijklmnopqrstuvwxyz.0123")).toBe(
      "Authorization: Bearer [redacted]",
    );
  });

  it("keeps partial key hints and ordinary text", () => {
    for (const text of ["sk-ant-api03-R2D...igAA", "Bash(npm run *)", "https://github.com/acme/x/pull/1"]) {
      expect(redactSecrets(text)).toBe(text);
    }
  });
});

describe("escape and truncate", () => {
  it("escapes the three control characters", () => {
    expect(escapeMrkdwn("<@U123> & <!here>")).toBe("&lt;@U123&gt; &amp; &lt;!here&gt;");
  });

  it("cuts with an ellipsis, never inside an entity or a surrogate pair", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate(escapeMrkdwn("ab&cd"), 5)).toBe("ab…");
    expect(truncate("ab😀cd", 4)).toBe("ab…");
  });

  it("safeMrkdwn output never exceeds the limit nor carries a raw < or > (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
        const out = safeMrkdwn(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(/[<>]/);
        expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
      }),
    );
  });

  it("builds links only for http(s) URLs, with a safe label", () => {
    expect(mrkdwnLink("https://x.test/a?b=1&c=2", "a|b <c>")).toBe(
      "<https://x.test/a?b=1&amp;c=2|a¦b &lt;c&gt;>",
    );
    expect(mrkdwnLink("javascript:alert(1)", "click")).toBe("click");
    expect(mrkdwnLink(undefined, "plain")).toBe("plain");
  });
});

describe("blocks", () => {
  it("cuts headers to 150 and sections to 3000", () => {
    expect(header("h".repeat(500)).text.text).toHaveLength(150);
    expect(section("s".repeat(5000)).text?.text).toHaveLength(3000);
  });

  it('lists at most maxItems lines and ends with "and N more"', () => {
    const s = listSection("Things", ["a", "b", "c", "d"], 2);
    expect(s.text?.text).toBe("*Things*\n• a\n• b\n_…and 2 more_");
  });

  it("keeps 50 blocks at most, the last saying how many were left out", () => {
    const blocks = Array.from({ length: 60 }, (_, i) => section(`block ${i}`));
    const message = finishMessage("fallback", blocks, "https://ci.test/run/1");
    expect(message.blocks).toHaveLength(50);
    expect(JSON.stringify(message.blocks.at(-1))).toContain("…and 11 more blocks not shown.");
    expect(JSON.stringify(message.blocks.at(-1))).toContain("<https://ci.test/run/1|See the run>");
  });
});
