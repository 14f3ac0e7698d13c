/**
 * libsodium's sealed box (`crypto_box_seal`), which GitHub uses for Actions
 * secrets: an ephemeral X25519 key pair, nonce = BLAKE2b-24(ephemeral pk ||
 * recipient pk), ciphertext = ephemeral pk || crypto_box(message). Built on
 * tweetnacl (box) and blakejs (BLAKE2b); cross-checked in tests against a
 * ciphertext made by libsodium itself.
 */
import blake from "blakejs";
import nacl from "tweetnacl";

function nonceFor(ephemeralPublicKey: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
  const input = new Uint8Array(64);
  input.set(ephemeralPublicKey, 0);
  input.set(recipientPublicKey, 32);
  return blake.blake2b(input, undefined, nacl.box.nonceLength);
}

/** Seals `message` for `recipientPublicKey` (32 bytes). Returns the raw sealed box. */
export function sealedBoxSeal(message: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
  if (recipientPublicKey.length !== nacl.box.publicKeyLength) {
    throw new Error(`A sealed-box public key is 32 bytes, got ${recipientPublicKey.length}.`);
  }
  const ephemeral = nacl.box.keyPair();
  const boxed = nacl.box(
    message,
    nonceFor(ephemeral.publicKey, recipientPublicKey),
    recipientPublicKey,
    ephemeral.secretKey,
  );
  ephemeral.secretKey.fill(0);
  const out = new Uint8Array(32 + boxed.length);
  out.set(ephemeral.publicKey, 0);
  out.set(boxed, 32);
  return out;
}

/** Opens a sealed box with the recipient's key pair; null when it does not open. */
export function sealedBoxOpen(
  sealed: Uint8Array,
  recipientPublicKey: Uint8Array,
  recipientSecretKey: Uint8Array,
): Uint8Array | null {
  if (sealed.length < 32 + nacl.box.overheadLength) return null;
  const ephemeralPublicKey = sealed.subarray(0, 32);
  return nacl.box.open(
    sealed.subarray(32),
    nonceFor(ephemeralPublicKey, recipientPublicKey),
    ephemeralPublicKey,
    recipientSecretKey,
  );
}

/** GitHub's form: base64 public key in, base64 `encrypted_value` out. */
export function encryptForGitHub(value: string, base64PublicKey: string): string {
  const key = Buffer.from(base64PublicKey, "base64");
  return Buffer.from(sealedBoxSeal(Buffer.from(value, "utf8"), key)).toString("base64");
}
