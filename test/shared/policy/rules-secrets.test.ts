import { describe, expect, it } from "vitest";
import { findSecrets, maskSecret } from "../../../shared/policy/rules/secrets.js";
import { findingsOf, json, pos } from "./helpers.js";

// Fake secrets, built at run time so that no scanner mistakes this file for a leak.
const ANTHROPIC = `sk-ant-api03-${"Ab3dE".repeat(18)}`;
const AWS = `AKIA${"Q7XZ".repeat(4)}`;
const GITHUB = `ghp_${"aB1c".repeat(9)}`;
const SLACK = `https://hooks.slack.com/services/T0000000/B0000000/${"Xy9".repeat(8)}`;
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
