// scripts/install-policy.sh with bash in a temp dir: verified, atomic install of a published build;
// tampered, truncated or mismatched artifacts are refused and nothing is installed.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildToDirectory, createTarGz, packBuildDirectory, sha256Hex } from "../../shared/build/index.js";
import { REPO_ROOT } from "../harness/run-action.js";
import { EXAMPLE_OPTIONS, EXAMPLE_REPO } from "../shared/build/helpers.js";

const SCRIPT = join(REPO_ROOT, "scripts/install-policy.sh");
let dir: string;
let tar: string;
let manifest: string;
let digest: string;

const install = (...args: string[]) => spawnSync("bash", [SCRIPT, ...args], { encoding: "utf8" });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "steward-install-"));
  await buildToDirectory(EXAMPLE_REPO, join(dir, "build"), EXAMPLE_OPTIONS);
  const packed = await packBuildDirectory(join(dir, "build"), join(dir, "steward-build.tar.gz"));
  tar = packed.path;
  digest = packed.sha256;
  manifest = join(dir, "build", "build-manifest.json");
});

describe("scripts/install-policy.sh", () => {
  it("passes shellcheck (when installed)", () => {
    const which = spawnSync("sh", ["-c", "command -v shellcheck"], { encoding: "utf8" });
    if (which.status !== 0) return;
    const r = spawnSync("shellcheck", [SCRIPT], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("installs the role's settings and CLAUDE.md after checking the digests, mode 0644", async () => {
    const dest = join(dir, "dest-ok");
    const r = install(
      "--artifact",
      tar,
      "--manifest",
      manifest,
      "--role",
      "developers",
      "--sha256",
      digest,
      "--dest",
      dest,
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/installed .*managed-settings\.json \(sha256 [0-9a-f]{64}\)/);
    expect(r.stdout).toContain("policy 2026.11");
    for (const name of ["managed-settings.json", "CLAUDE.md"]) {
      expect(readFileSync(join(dest, name), "utf8")).toBe(
        readFileSync(join(dir, "build", "developers", name), "utf8"),
      );
      expect(statSync(join(dest, name)).mode & 0o777).toBe(0o644);
    }
    expect((await readdir(dest)).sort()).toEqual(["CLAUDE.md", "managed-settings.json", "steward"]);
    // the files the hooks read (steward hook ... --policy <dest>/steward), verbatim from the policy repo
    expect(readFileSync(join(dest, "steward/role-mappings.json"), "utf8")).toBe(
      readFileSync(join(EXAMPLE_REPO, "role-mappings.json"), "utf8"),
    );
    expect(existsSync(join(dest, "steward/.claude/enterprise-support.json"))).toBe(true);
  });

  it("refuses a tampered file, naming the file and both digests, and leaves the installed file alone", async () => {
    const dest = join(dir, "dest-tampered");
    await mkdir(dest);
    writeFileSync(join(dest, "managed-settings.json"), "previous\n");
    // same manifest, one file changed inside the archive
    const m = JSON.parse(readFileSync(manifest, "utf8"));
    const files = [{ path: "build-manifest.json", content: readFileSync(manifest, "utf8") }];
    for (const o of m.outputs) {
      let content = readFileSync(join(dir, "build", o.path), "utf8");
      if (o.path === "developers/managed-settings.json")
        content = content.replace('"deny": [', '"deny": [\n      "Nothing",');
      files.push({ path: o.path, content });
    }
    const bad = join(dir, "tampered.tar.gz");
    writeFileSync(bad, createTarGz(files, "steward-build"));
    const r = install("--artifact", bad, "--manifest", manifest, "--role", "developers", "--dest", dest);
    expect(r.status).toBe(1);
    const want = m.outputs.find(
      (o: { path: string }) => o.path === "developers/managed-settings.json",
    ).sha256;
    expect(r.stderr).toMatch(
      new RegExp(
        `developers/managed-settings\\.json has sha256 [0-9a-f]{64}, but manifest .* expects ${want}: refusing to install`,
      ),
    );
    expect(readFileSync(join(dest, "managed-settings.json"), "utf8")).toBe("previous\n");
    expect(existsSync(join(dest, "CLAUDE.md"))).toBe(false);
    expect((await readdir(dest)).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("refuses a truncated artifact and one that does not match --sha256", () => {
    const data = readFileSync(tar);
    const cut = join(dir, "truncated.tar.gz");
    writeFileSync(cut, data.subarray(0, Math.floor(data.length / 2)));
    const dest = join(dir, "dest-truncated");
    const r = install("--artifact", cut, "--manifest", manifest, "--role", "developers", "--dest", dest);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /truncated\.tar\.gz \(sha256 [0-9a-f]{64}\) is truncated or not a tar\.gz: refusing to install/,
    );
    expect(existsSync(dest)).toBe(false);
    const pinned = install(
      "--artifact",
      cut,
      "--manifest",
      manifest,
      "--role",
      "developers",
      "--sha256",
      digest,
      "--dest",
      dest,
    );
    expect(pinned.status).toBe(1);
    expect(pinned.stderr).toContain(`has sha256 ${sha256Hex(readFileSync(cut))}, expected ${digest}`);
    expect(existsSync(dest)).toBe(false);
  });

  it("refuses a manifest that differs from the archive's, an unknown role, and plain http", () => {
    const other = join(dir, "other-manifest.json");
    writeFileSync(other, readFileSync(manifest, "utf8").replace("2026.11", "2026.12"));
    const dest = join(dir, "dest-other");
    expect(
      install("--artifact", tar, "--manifest", other, "--role", "developers", "--dest", dest).stderr,
    ).toMatch(/differs from the one inside the artifact/);
    expect(
      install("--artifact", tar, "--manifest", manifest, "--role", "interns", "--dest", dest).stderr,
    ).toMatch(/role interns has no interns\/managed-settings\.json/);
    expect(
      install(
        "--artifact",
        "http://example.invalid/x.tar.gz",
        "--manifest",
        manifest,
        "--role",
        "developers",
        "--dest",
        dest,
      ).stderr,
    ).toMatch(/refusing a non-https URL/);
    expect(existsSync(dest)).toBe(false);
  });

  it("the installed file passes steward doctor; a truncated one is refused by it (built CLI)", () => {
    const cli = join(REPO_ROOT, "dist/cli/index.js");
    if (!existsSync(cli)) return;
    const root = join(dir, "fake-root");
    const dest = join(root, "etc/claude-code");
    expect(
      install("--artifact", tar, "--manifest", manifest, "--role", "contractors", "--dest", dest).status,
    ).toBe(0);
    const doctor = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [cli, "doctor", "--manifest", manifest, "--root", root, "--platform", "linux", ...args],
        {
          encoding: "utf8",
          env: { PATH: "/usr/bin:/bin" },
        },
      );
    const ok = doctor("--role", "contractors");
    expect(ok.stdout).toMatch(
      /ok {3}settings-digest: .* matches contractors\/managed-settings\.json of policy 2026\.11/,
    );
    expect(ok.stdout).toMatch(/FAIL hooks: .*steward is not found on PATH/);
    writeFileSync(
      join(dest, "managed-settings.json"),
      readFileSync(join(dest, "managed-settings.json"), "utf8").slice(0, 100),
    );
    const bad = doctor("--role", "contractors");
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(
      /FAIL settings-digest: .*etc\/claude-code\/managed-settings\.json has sha256 [0-9a-f]{64} \(100 bytes\); contractors\/managed-settings\.json expects sha256 [0-9a-f]{64}/,
    );
    expect(bad.stdout).toMatch(/fix: Reinstall the published policy with scripts\/install-policy\.sh/);
  });
});
