#!/usr/bin/env node
// Writes the inputs and outputs tables of each actions/<name>/README.md from
// its action.yml, between <!-- inputs --> / <!-- /inputs --> and
// <!-- outputs --> / <!-- /outputs --> markers. Run after changing an
// action.yml; test/actions/readme.test.ts fails when a README is stale.
// Usage: node scripts/action-docs.mjs [--check]
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const root = new URL("..", import.meta.url).pathname;
const cell = (s) =>
  String(s ?? "")
    .replace(/\s+/g, " ")
    .replace(/\|/g, "\\|")
    .trim();

export function tables(meta) {
  const inputs = Object.entries(meta.inputs ?? {}).map(
    ([name, s]) =>
      `| \`${name}\` | ${s.required ? "yes" : "no"} | ${s.default === undefined || s.default === "" ? "" : `\`${cell(s.default)}\``} | ${cell(s.description)} |`,
  );
  const outputs = Object.entries(meta.outputs ?? {}).map(
    ([name, s]) => `| \`${name}\` | ${cell(s.description)} |`,
  );
  return {
    inputs: ["| Input | Required | Default | Description |", "|---|---|---|---|", ...inputs].join("\n"),
    outputs: ["| Output | Description |", "|---|---|", ...outputs].join("\n"),
  };
}

function replaceBetween(text, tag, body) {
  const re = new RegExp(`(<!-- ${tag} -->)[\\s\\S]*?(<!-- /${tag} -->)`);
  return re.test(text) ? text.replace(re, (_m, open, close) => `${open}\n${body}\n${close}`) : text;
}

const check = process.argv.includes("--check");
let stale = 0;
for (const name of readdirSync(join(root, "actions"))) {
  const readme = join(root, "actions", name, "README.md");
  const yml = join(root, "actions", name, "action.yml");
  if (!existsSync(readme) || !existsSync(yml)) continue;
  const t = tables(parse(readFileSync(yml, "utf8")));
  const before = readFileSync(readme, "utf8");
  const after = replaceBetween(replaceBetween(before, "inputs", t.inputs), "outputs", t.outputs);
  if (after !== before) {
    stale++;
    if (!check) writeFileSync(readme, after);
    console.log(`${check ? "stale" : "updated"}: actions/${name}/README.md`);
  }
}
if (check && stale > 0) process.exit(1);
