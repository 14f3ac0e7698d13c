/**
 * The embedded WebAssembly modules of the usage lanes (seed-scan.wat,
 * assistant-scan.wat, compiled by scripts/build-wasm.mjs into base64
 * strings): each is compiled once per thread and instantiated on demand. A
 * runtime that cannot run one (no WebAssembly, or a feature the module uses
 * such as SIMD) gets undefined, and the lane reads in JavaScript instead.
 */

/** The little of the WebAssembly API used here (the project's type libraries do not declare it). */
const Wasm = (
  globalThis as unknown as {
    WebAssembly?: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object) => { exports: unknown };
    };
  }
).WebAssembly;

/** A mutable global a module exports. */
export interface WasmGlobal {
  value: number;
}

/** Compiled modules by their base64 text, or null for one this runtime cannot compile. */
const modules = new Map<string, object | null>();

/** A new instance of the module embedded as `base64`, its exports typed as T; undefined when it cannot run here. */
export function instantiateWasm<T>(base64: string): T | undefined {
  if (Wasm === undefined) return undefined;
  let module = modules.get(base64);
  if (module === undefined) {
    try {
      module = new Wasm.Module(Buffer.from(base64, "base64"));
    } catch {
      module = null;
    }
    modules.set(base64, module);
  }
  if (module === null) return undefined;
  try {
    return new Wasm.Instance(module).exports as T;
  } catch {
    return undefined;
  }
}
