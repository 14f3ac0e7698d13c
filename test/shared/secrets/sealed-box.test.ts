import fc from "fast-check";
import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import { encryptForGitHub, sealedBoxOpen, sealedBoxSeal } from "../../../shared/secrets/sealed-box.js";

// Made with libsodium 1.0.18 itself (crypto_box_seed_keypair over bytes 0..31, crypto_box_seal).
const LIBSODIUM = {
  pk: "RwHQhIhFH1RaQJ+1iuPlhYHKQKw/fxFGmM1x3qxzygE=",
  sk: "PZTupJxYCu+BaTV2K+BJVZ1tFEDe3hLmoSXxhB//jm8=",
  ct: "PbG+M4DoucUjueWqbm/Ggzn+oX+ql3OAs5OKKJ9EaBNydduAnETBdsFkVnEcjuB3Ng4a+kgH6KpuyMS8q9DyMDkJKnkJY0+fh6A=",
  message: "sk-ant-api03-canary-vector",
};
const b64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));

describe("sealed box", () => {
  it("opens a sealed box made by libsodium", () => {
    const opened = sealedBoxOpen(b64(LIBSODIUM.ct), b64(LIBSODIUM.pk), b64(LIBSODIUM.sk));
    expect(opened && Buffer.from(opened).toString("utf8")).toBe(LIBSODIUM.message);
  });
  it("seals what the recipient (and only the recipient) opens, for any message", () => {
    const kp = nacl.box.keyPair();
    const other = nacl.box.keyPair();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (msg) => {
        const sealed = sealedBoxSeal(msg, kp.publicKey);
        expect(sealed.length).toBe(msg.length + 48);
        expect(sealedBoxOpen(sealed, kp.publicKey, kp.secretKey)).toEqual(msg);
        expect(sealedBoxOpen(sealed, other.publicKey, other.secretKey)).toBeNull();
      }),
      { numRuns: 50 },
    );
  });
  it("encrypts for GitHub with a fresh ephemeral key every time", () => {
    const a = encryptForGitHub(LIBSODIUM.message, LIBSODIUM.pk);
    const b = encryptForGitHub(LIBSODIUM.message, LIBSODIUM.pk);
    expect(a).not.toBe(b);
    expect(a).not.toContain(LIBSODIUM.message);
    expect(Buffer.from(sealedBoxOpen(b64(a), b64(LIBSODIUM.pk), b64(LIBSODIUM.sk)) ?? []).toString()).toBe(
      LIBSODIUM.message,
    );
    expect(() => encryptForGitHub("x", Buffer.from("short").toString("base64"))).toThrow(/32 bytes/);
  });
});
