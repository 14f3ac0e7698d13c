#!/usr/bin/env node
// Bundles every actions/*/index.ts into actions/*/dist/index.js (ES modules),
// and as CommonJS the CLI (shared/cli/bin.ts) into dist/cli/index.js and the
// fast PreToolUse hook into dist/hook/ (the loader shared/cli/hook-bin.ts as
// steward-hook.cjs, the hook shared/cli/hook-main.ts as steward-hook-main.cjs),
// with ncc. A new action needs no edit here. Type-checking is `npm run build` (tsc); bundling only transpiles, so one action's type error cannot block another's bundle.
// Usage: node scripts/package.mjs [name ...]   (names of actions, "cli" or "hook")
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const ncc = join(root, "node_modules/@vercel/ncc/dist/ncc/cli.js");

const targets = readdirSync(join(root, "actions"))
  .filter((name) => existsSync(join(root, "actions", name, "index.ts")))
  .map((name) => ({ name, entry: `actions/${name}/index.ts`, out: `actions/${name}/dist` }));
targets.push({
  name: "cli",
  out: "dist/cli",
  files: [{ entry: "shared/cli/bin.ts", file: "index.js", executable: true, licenses: true }],
});
targets.push({
  name: "hook",
  out: "dist/hook",
  files: [
    { entry: "shared/cli/hook-main.ts", file: "steward-hook-main.cjs" },
    { entry: "shared/cli/hook-bin.ts", file: "steward-hook.cjs", executable: true },
  ],
});

/**
 * The hook and the CLI as CommonJS: Claude Code starts the hook once per tool
 * call, and Node 20 starts a CommonJS file faster than an ES module; the CLI
 * loads its command's chunks with require() instead of the ES module loader
 * (`steward report cost --help`: about 93 -> 78 ms, median of 30). ncc's
 * command line makes ES modules of a package with "type": "module", so this
 * uses its API. Chunks sit next to the entry, with a package.json that makes
 * their .js files CommonJS; import.meta.url becomes the file's URL from
 * __filename. `licenses`: write licenses.txt even for an executable entry
 * (the hook's loader leaves it to the hook's main bundle).
 */
async function bundleCommonJs(out, { entry, file, executable, licenses }) {
  const ncc = createRequire(import.meta.url)("@vercel/ncc");
  const { code, assets } = await ncc(join(root, entry), {
    esm: false,
    filename: file,
    minify: true,
    transpileOnly: true,
    license: "licenses.txt",
    quiet: true,
    cache: false,
  });
  mkdirSync(join(root, out), { recursive: true });
  const body = code.replace(/^#!.*\n/, "");
  writeFileSync(join(root, out, file), executable ? `#!/usr/bin/env node\n${body}` : body);
  if (executable) chmodSync(join(root, out, file), 0o755);
  for (const [name, asset] of Object.entries(assets)) {
    if (name !== "licenses.txt" || !executable || licenses)
      writeFileSync(join(root, out, name), asset.source);
  }
  writeFileSync(join(root, out, "package.json"), '{"type":"commonjs"}\n');
}

const only = process.argv.slice(2);
for (const t of targets) {
  if (only.length > 0 && !only.includes(t.name)) continue;
  if (t.files) {
    rmSync(join(root, t.out), { recursive: true, force: true });
    for (const f of t.files) {
      const started = Date.now();
      await bundleCommonJs(t.out, f);
      const kb = (statSync(join(root, t.out, f.file)).size / 1024).toFixed(0);
      console.log(`${t.out}/${f.file}  ${kb} KB  (${Date.now() - started} ms)`);
    }
    continue;
  }
  rmSync(join(root, t.out), { recursive: true, force: true });
  const started = Date.now();
  execFileSync(
    process.execPath,
    [
      ncc,
      "build",
      t.entry,
      "-o",
      t.out,
      "--transpile-only",
      "--minify",
      "--license",
      "licenses.txt",
      "--quiet",
    ],
    { cwd: root, stdio: "inherit" },
  );
  const file = join(root, t.out, "index.js");
  const kb = (statSync(file).size / 1024).toFixed(0);
  console.log(`${t.out}/index.js  ${kb} KB  (${Date.now() - started} ms)`);
}
