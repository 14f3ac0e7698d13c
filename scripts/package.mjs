#!/usr/bin/env node
// Bundles every actions/*/index.ts into actions/*/dist/index.js, and the CLI
// (shared/cli/bin.ts) into dist/cli/index.js, with ncc. A new action needs no
// edit here. Type-checking is `npm run build` (tsc); bundling only transpiles, so one action's type error cannot block another's bundle.
// Usage: node scripts/package.mjs [name ...]   (names of actions, or "cli")
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const ncc = join(root, "node_modules/@vercel/ncc/dist/ncc/cli.js");

const targets = readdirSync(join(root, "actions"))
  .filter((name) => existsSync(join(root, "actions", name, "index.ts")))
  .map((name) => ({ name, entry: `actions/${name}/index.ts`, out: `actions/${name}/dist` }));
targets.push({ name: "cli", entry: "shared/cli/bin.ts", out: "dist/cli" });

const only = process.argv.slice(2);
for (const t of targets) {
  if (only.length > 0 && !only.includes(t.name)) continue;
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
  if (t.name === "cli") {
    const code = readFileSync(file, "utf8");
    if (!code.startsWith("#!")) writeFileSync(file, `#!/usr/bin/env node\n${code}`);
    chmodSync(file, 0o755);
  }
  const kb = (statSync(file).size / 1024).toFixed(0);
  console.log(`${t.out}/index.js  ${kb} KB  (${Date.now() - started} ms)`);
}
