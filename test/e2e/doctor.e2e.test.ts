// steward build and steward doctor through the CLI bundle (dist/cli/index.js, built by
// `node scripts/package.mjs cli`), on a fake filesystem root and a fake PATH.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../harness/run-action.js";
import { COMMIT, GOLDEN_DIR, ORG_UUID } from "../shared/build/helpers.js";

const bin = join(REPO_ROOT, "dist/cli/index.js");
const present = existsSync(bin);
let dir: string;
let fakeBin: string;

const steward = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { PATH: `${fakeBin}:/usr/bin:/bin`, ...env },
  });

function fake(name: string, script: string): void {
  writeFileSync(join(fakeBin, name), `#!/bin/sh\n${script}\n`);
  chmodSync(join(fakeBin, name), 0o755);
}

function installRole(root: string, role: string): void {
  const manifest = JSON.parse(readFileSync(join(GOLDEN_DIR, "build-manifest.json"), "utf8")) as {
    outputs: { path: string }[];
  };
  const copy = (from: string, to: string) => {
    mkdirSync(dirname(join(root, "etc/claude-code", to)), { recursive: true });
    writeFileSync(join(root, "etc/claude-code", to), readFileSync(join(GOLDEN_DIR, from)));
  };
  for (const name of ["managed-settings.json", "CLAUDE.md"]) copy(`${role}/${name}`, name);
  for (const o of manifest.outputs.filter((x) => x.path.startsWith("steward/"))) copy(o.path, o.path);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "steward-doctor-"));
  fakeBin = join(dir, "bin");
  mkdirSync(fakeBin);
});

describe.skipIf(!present)("steward build / doctor (bundle)", () => {
  it("steward build writes the golden outputs, and --explain names source file and line", () => {
    const out = join(dir, "build");
    const r = steward(
      [
        "build",
        "examples/policy-repo",
        "--out",
        out,
        "--region",
        "us",
        "--steward-only",
        "model-policy.json#/modelPolicy/rules",
        "--commit",
        COMMIT,
      ],
      { ANTHROPIC_ORGANIZATION_ID: ORG_UUID },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Built policy 2026\.11 for region us: 4 role\(s\)/);
    expect(r.stderr).toMatch(/routing\.fallback is not compiled/);
    for (const path of [
      "build-manifest.json",
      "developers/managed-settings.json",
      "contractors/CLAUDE.md",
      "role-mappings.json",
    ]) {
      expect(readFileSync(join(out, path), "utf8"), path).toBe(readFileSync(join(GOLDEN_DIR, path), "utf8"));
    }
    const explain = steward(
      [
        "build",
        "examples/policy-repo",
        "--explain",
        "--region",
        "us",
        "--steward-only",
        "model-policy.json#/modelPolicy/rules",
      ],
      { ANTHROPIC_ORGANIZATION_ID: ORG_UUID },
    );
    expect(explain.stdout).toContain("contractors/managed-settings.json:");
    expect(explain.stdout).toMatch(/ {2}permissions\.deny\[Bash\] {2}<- {2}role-mappings\.json:58/);
    expect(explain.stdout).toMatch(/ {2}forceLoginOrgUUID {2}<- {2}enterprise-auth\.json:22/);
  });

  it("steward build exits 1 with errors at file and line and writes nothing", () => {
    const out = join(dir, "build-fail");
    const r = steward(["build", "examples/policy-repo", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /model-policy\.json:39:\d+: error: Routing strategy "geo-aware".*\[build\/not-expressible\]/,
    );
    expect(r.stderr).toMatch(
      /model-policy\.json:6:\d+: error: Per-task model rules.*\[build\/not-expressible\]/,
    );
    expect(r.stderr).toMatch(/enterprise-auth\.json:22:\d+: error: .*\[build\/unresolved-variable\]/);
    expect(existsSync(out)).toBe(false);
  });

  it("permissions diff works between two builds", () => {
    const r = steward(["permissions", "diff", "test/fixtures/build/example", join(dir, "build")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/role contractors: unchanged/);
  });

  it("doctor passes a machine that runs the policy, with hooks that start and Claude Code in range", () => {
    const root = join(dir, "root-ok");
    installRole(root, "developers");
    fake("steward", 'echo "0.1.0"');
    fake("steward-hook", 'echo "0.1.0"');
    fake("claude", 'echo "2.1.240 (Claude Code)"');
    const r = steward([
      "doctor",
      "--manifest",
      join(GOLDEN_DIR, "build-manifest.json"),
      "--root",
      root,
      "--platform",
      "linux",
    ]);
    expect(r.stdout).toMatch(
      /ok {3}settings-digest: .* matches developers\/managed-settings\.json of policy 2026\.11/,
    );
    expect(r.stdout).toMatch(/ok {3}claude-md-digest/);
    expect(r.stdout).toMatch(/ok {3}hook-policy: \d+ policy file\(s\) for Steward's hooks match/);
    expect(r.stdout).toMatch(
      /ok {3}hooks: Hook command "steward-hook hook pre-tool-use --policy \/etc\/claude-code\/steward" starts/,
    );
    expect(r.stdout).toMatch(/All checks passed/);
    expect(r.status).toBe(0);
  });

  it("doctor fails, with a fix per check, on the wrong role's file, a hook that does not start, missing files", () => {
    const root = join(dir, "root-bad");
    installRole(root, "contractors");
    fake("steward", "echo boom >&2; exit 3");
    fake("steward-hook", "echo boom >&2; exit 3");
    const r = steward([
      "doctor",
      "--manifest",
      join(GOLDEN_DIR, "build-manifest.json"),
      "--role",
      "developers",
      "--root",
      root,
      "--platform",
      "linux",
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /FAIL settings-digest: .*developers\/managed-settings\.json expects sha256 [0-9a-f]{64}/,
    );
    expect(r.stdout).toMatch(/FAIL hooks: .*exited 3 \(boom\)/);
    expect(r.stdout).toMatch(/fix: /);
    const empty = steward(["doctor", "--root", join(dir, "nothing"), "--platform", "darwin"]);
    expect(empty.status).toBe(1);
    expect(empty.stdout).toMatch(
      /FAIL managed-settings: .*Library\/Application Support\/ClaudeCode\/managed-settings\.json is missing/,
    );
    const badManifest = steward(["doctor", "--manifest", join(REPO_ROOT, "package.json")]);
    expect(badManifest.status).not.toBe(0);
    expect(badManifest.stderr).toMatch(/not a Steward build manifest/);
  });
});
