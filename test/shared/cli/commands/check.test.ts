import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import check, { settingsPlacement } from "../../../../shared/cli/commands/check.js";
import { isConfigurationError } from "../../../../shared/errors.js";
import { recordingIo } from "./cli-io.js";

let dir: string;
const call = (command: string, cwd?: string) =>
  JSON.stringify({ tool_name: "Bash", tool_input: { command }, cwd: cwd ?? dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "steward-check-"));
  mkdirSync(join(dir, ".claude"));
  writeFileSync(
    join(dir, ".claude", "settings.json"),
    `{
  "permissions": {
    "allow": [
      "Bash(npm test)",
      "Bash(git *)"
    ],
    "deny": [
      "Bash(git push *)",
      "Read(.env)"
    ]
  }
}
`,
  );
  writeFileSync(join(dir, "managed-settings.json"), '{"permissions": {"ask": ["Bash(npm *)"]}}');
  writeFileSync(join(dir, "broken.json"), '{"permissions": {"deny": ["Bash(ls *)",]}}');
  writeFileSync(
    join(dir, "role-mappings.json"),
    JSON.stringify({ roleMappings: { contractors: { permissions: { deny: ["Bash"] } } } }, null, 2),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("steward check", () => {
  it("prints the decision, rule, file and line as JSON", async () => {
    const x = recordingIo(dir, call("git push origin main"), { HOME: "/home/u" });
    expect(await check.run(["--settings", ".claude/settings.json", "--json"], x.io)).toBe(0);
    const out = JSON.parse(x.out());
    expect(out).toMatchObject({
      decision: "deny",
      rule: "Bash(git push *)",
      file: ".claude/settings.json",
      line: 8,
    });
  });

  it("allows a call every part of which is allowed, and says none otherwise", async () => {
    const a = recordingIo(dir, call("git status && npm test"));
    await check.run(["--settings", ".claude/settings.json", "--json"], a.io);
    expect(JSON.parse(a.out())).toMatchObject({ decision: "allow", rule: "Bash(npm test)", line: 4 });
    const b = recordingIo(dir, call("npm test && curl x"));
    await check.run(["--settings", ".claude/settings.json", "--json"], b.io);
    expect(JSON.parse(b.out())).toMatchObject({ decision: "none", rule: null, file: null, line: null });
  });

  it("merges several files: a managed ask beats a project allow", async () => {
    const x = recordingIo(dir, call("npm test"));
    await check.run(
      ["--settings", ".claude/settings.json", "--settings", "managed-settings.json", "--json"],
      x.io,
    );
    expect(JSON.parse(x.out())).toMatchObject({
      decision: "ask",
      rule: "Bash(npm *)",
      file: "managed-settings.json",
      scope: "managed",
    });
  });

  it("adds a role's rules from --roles", async () => {
    const x = recordingIo(dir, call("npm test"));
    await check.run(
      [
        "--settings",
        ".claude/settings.json",
        "--role",
        "contractors",
        "--roles",
        "role-mappings.json",
        "--json",
      ],
      x.io,
    );
    expect(JSON.parse(x.out())).toMatchObject({ decision: "deny", rule: "Bash", file: "role-mappings.json" });
  });

  it("ignores a file that is not strict JSON, as Claude Code does, and warns", async () => {
    const x = recordingIo(dir, call("ls -la"));
    await check.run(["--settings", "broken.json", "--json"], x.io);
    expect(JSON.parse(x.out()).decision).toBe("none");
    expect(x.logger.hasMessage("ignores this whole file", "warning")).toBe(true);
  });

  it("uses the call's cwd and --home for path rules", async () => {
    const x = recordingIo(
      dir,
      JSON.stringify({ tool_name: "Read", tool_input: { file_path: `${dir}/sub/.env` }, cwd: dir }),
    );
    await check.run(["--settings", ".claude/settings.json", "--home", "/home/u"], x.io);
    expect(x.out()).toMatch(/^deny: Read\(\.env\)\s+\(\.claude\/settings\.json:9\)/);
  });

  it("--explain lists every rule considered", async () => {
    const x = recordingIo(dir, call("git log"));
    await check.run(["--settings", ".claude/settings.json", "--explain"], x.io);
    expect(x.out()).toContain("rules considered");
    expect(x.out()).toMatch(/match\s+allow\s+Bash\(git \*\)/);
    expect(x.out()).toMatch(/-\s+deny\s+Bash\(git push \*\)/);
  });

  it("rejects bad stdin and missing files with a ConfigurationError", async () => {
    await expect(
      check.run(["--settings", ".claude/settings.json"], recordingIo(dir, "not json").io),
    ).rejects.toSatisfy(isConfigurationError);
    await expect(
      check.run(["--settings", ".claude/settings.json"], recordingIo(dir, "{}").io),
    ).rejects.toSatisfy(isConfigurationError);
    await expect(check.run(["--settings", "nope.json"], recordingIo(dir, call("ls")).io)).rejects.toSatisfy(
      isConfigurationError,
    );
    await expect(check.run([], recordingIo(dir, call("ls")).io)).rejects.toSatisfy(isConfigurationError);
    await expect(
      check.run(["--role", "x", "--roles", "role-mappings.json"], recordingIo(dir, call("ls")).io),
    ).rejects.toMatchObject({ hint: expect.stringContaining("Known roles: contractors") });
  });

  it("prints help", async () => {
    const x = recordingIo(dir);
    expect(await check.run(["--help"], x.io)).toBe(0);
    expect(x.out()).toMatch(/^Usage: steward check/);
  });

  it("places settings files by name", () => {
    expect(settingsPlacement("/p/.claude/settings.json", "/home/u", "/p/sub")).toEqual({
      scope: "project",
      root: "/p",
    });
    expect(settingsPlacement("/p/.claude/settings.local.json", "/home/u", "/p/sub")).toEqual({
      scope: "local",
      root: "/p/sub",
    });
    expect(settingsPlacement("/home/u/.claude/settings.json", "/home/u", "/p")).toEqual({
      scope: "user",
      root: "/home/u/.claude",
    });
    expect(settingsPlacement("/etc/claude-code/managed-settings.d/10-a.json", "/h", "/p")).toEqual({
      scope: "managed",
      root: "/etc/claude-code",
    });
    expect(settingsPlacement("/tmp/extra.json", "/h", "/p")).toEqual({ scope: "cli", root: "/tmp" });
  });
});
