import { describe, expect, it } from "vitest";
import { SEED_SCAN_WASM } from "../../../shared/usage/seed-scan-wasm.js";
import { instantiateWasm } from "../../../shared/usage/wasm.js";

describe("instantiateWasm", () => {
  it("gives a fresh instance of an embedded module each call", () => {
    const a = instantiateWasm<{ memory: { buffer: ArrayBuffer } }>(SEED_SCAN_WASM);
    const b = instantiateWasm<{ memory: { buffer: ArrayBuffer } }>(SEED_SCAN_WASM);
    expect(a?.memory.buffer.byteLength).toBeGreaterThan(0);
    expect(a?.memory.buffer).not.toBe(b?.memory.buffer);
  });

  it("gives undefined, not a throw, for a module this runtime cannot compile", () => {
    const notWasm = Buffer.from("not a WebAssembly module").toString("base64");
    expect(instantiateWasm(notWasm)).toBeUndefined();
    expect(instantiateWasm(notWasm)).toBeUndefined(); // remembered, still no throw
  });
});
