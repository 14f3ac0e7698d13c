#!/usr/bin/env node
/**
 * `steward-hook` (dist/hook/steward-hook.cjs): starts the fast PreToolUse hook
 * (dist/hook/steward-hook-main.cjs, hook-main.ts) with V8's code cache when
 * there is a trusted one, so that a hook call does not compile its code again.
 *
 * `steward-hook --write-code-cache` (run by `steward hook install
 * --compile-policy`, as the bundle's owner, e.g. root) decides a few calls
 * in a temporary directory and saves the compiled code next to the bundle. The
 * cache is used only when it has the bundle's owner (a developer cannot plant
 * code) and was made from the bundle as it is (size and mtime) and is whole;
 * V8 itself rejects a cache from another Node version or other flags, and the
 * hook then compiles as usual.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

interface HookMain {
  run(argv: readonly string[]): void;
  warmUp(): Promise<void>;
}

/** The bundle the cache was made from (size, mtime), and the cache's own length (a cut file is not used). */
interface CacheStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly bytes: number;
}

const main = join(__dirname, "steward-hook-main.cjs");
const cacheFile = `${main}.cache`;
const bundle = statSync(main);
const writing = process.argv[2] === "--write-code-cache";

/** The code cache (after its one-line stamp), when it is trusted and made from this bundle. */
function trustedCache(): Buffer | undefined {
  try {
    if (statSync(cacheFile).uid !== bundle.uid) return undefined;
    const file = readFileSync(cacheFile);
    const end = file.indexOf(10);
    const stamp = JSON.parse(file.toString("utf8", 0, end)) as CacheStamp;
    const data = file.subarray(end + 1);
    const same = stamp.size === bundle.size && stamp.mtimeMs === bundle.mtimeMs;
    return same && stamp.bytes === data.length ? data : undefined;
  } catch {
    return undefined;
  }
}

const cachedData = writing ? undefined : trustedCache();
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(main, "utf8")}\n})`,
  { filename: main, ...(cachedData ? { cachedData } : {}) },
);
const loaded = { exports: {} as HookMain };
script.runInThisContext()(loaded.exports, createRequire(main), loaded, main, dirname(main));

if (!writing) loaded.exports.run(process.argv.slice(2));
else {
  loaded.exports.warmUp().then(
    () => {
      const data = script.createCachedData();
      const stamp: CacheStamp = { size: bundle.size, mtimeMs: bundle.mtimeMs, bytes: data.length };
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(stamp)}\n`), data]), { mode: 0o644 });
        renameSync(tmp, cacheFile);
      } catch (error) {
        rmSync(tmp, { force: true });
        process.stderr.write(`steward-hook: cannot write ${cacheFile}: ${(error as Error).message}\n`);
        process.exit(1);
      }
      process.stdout.write(`${cacheFile}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`steward-hook: warm-up failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
