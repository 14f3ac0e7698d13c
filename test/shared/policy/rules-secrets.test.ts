import { describe, expect, it } from "vitest";
import { findSecrets, maskSecret } from "../../../shared/policy/rules/secrets.js";
import { findingsOf, json, pos } from "./helpers.js";

// Fake secrets, built at run time so that no scanner mistakes this file for a leak.
function fake(length: number, alphabet: string, seed: number): string {
  let x = seed >>> 0;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x9e3779b9 + i) >>> 0;
    x = (x ^ (x >>> 13)) >>> 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const ANTHROPIC = `sk-ant-api03-${fake(90, `${ALNUM}-_`, 1)}`;
const AWS = `AKIA${fake(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 2)}`;
const GITHUB = `ghp_${fake(36, ALNUM, 3)}`;
const SLACK = `https://hooks.slack.com/services/T0${fake(8, "ABCDEFGHJK0123456789", 4)}/B0${fake(8, "ABCDEFGHJK0123456789", 5)}/${fake(24, ALNUM, 6)}`;
const PEM = `-----BEGIN RSA PRIVATE ${"KEY"}-----`;

describe("secrets/committed-secret", () => {
  it("finds each kind of secret in any file, at its position, with the value masked", () => {
    const text = json({ env: { ANTHROPIC_API_KEY: ANTHROPIC, AWS_ACCESS_KEY_ID: AWS } });
    const files = {
      "managed-settings.json": text,
      "scripts/notify.sh": `#!/bin/sh\ncurl -X POST ${SLACK}\nTOKEN=${GITHUB}\n`,
      "keys/deploy.pem": `${PEM}\nMIIB\n`,
    };
    const found = findingsOf(files, "secrets/committed-secret");
    expect(found.map((f) => [f.file, f.line])).toEqual([
      ["keys/deploy.pem", 1],
      ["managed-settings.json", pos(text, ANTHROPIC).line],
      ["managed-settings.json", pos(text, AWS).line],
      ["scripts/notify.sh", 2],
      ["scripts/notify.sh", 3],
    ]);
    expect(found[1]).toMatchObject(pos(text, ANTHROPIC));
    const everything = JSON.stringify(found);
    for (const secret of [ANTHROPIC, AWS, GITHUB, SLACK]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(secret.slice(-12));
    }
  });

  it("flags a high-entropy value of a secret-named key, not placeholders, ids or paths", () => {
    const bad = json({ config: { clientSecret: "q8Z2vL9xR4tY7wB1nM6kP3" } });
    expect(findingsOf({ "enterprise-auth.json": bad }, "secrets")).toHaveLength(1);
    const good = json({
      config: {
        clientSecret: "${AZURE_CLIENT_SECRET}",
        secretId: "claude-code/api-key",
        tokenFile: "tokens/a.json",
      },
    });
    expect(findingsOf({ "enterprise-auth.json": good }, "secrets")).toEqual([]);
  });

  it("masks to the public prefix", () => {
    expect(maskSecret(ANTHROPIC, 13)).toBe(`sk-ant-api03-**** (${ANTHROPIC.length} characters)`);
    expect(findSecrets(ANTHROPIC)[0]?.masked.startsWith("sk-ant-api03-****")).toBe(true);
  });
});

describe("secrets/committed-secret placeholders", () => {
  it("does not fire for low-entropy placeholders in the shape of a token", () => {
    const text = json({ env: { GITHUB_TOKEN: `ghp_${"x".repeat(36)}`, AWS: "AKIAIOSFODNN7EXAMPLE" } });
    expect(findingsOf({ ".claude/settings.json": text }, "secrets")).toEqual([]);
  });
});

describe("secrets/committed-secret: high-entropy strings", () => {
  it("fires for a long random token under any key, not for integrity hashes or hex digests", () => {
    const token = fake(40, ALNUM, 9);
    const found = findingsOf(
      { "governance-config.json": json({ governance: { reports: { recipients: [token] } } }) },
      "secrets",
    );
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("high-entropy string")]);
    expect(JSON.stringify(found)).not.toContain(token.slice(2));
    const benign = json({
      integrity: `sha512-${fake(86, ALNUM, 10)}==`,
      sha256: fake(64, "0123456789abcdef", 11),
    });
    expect(findingsOf({ "x.json": benign }, "secrets")).toEqual([]);
  });
});
