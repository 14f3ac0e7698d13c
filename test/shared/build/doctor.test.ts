import { describe, expect, it } from "vitest";
import {
  createManifest,
  type DoctorPorts,
  hookProbe,
  managedPath,
  parseManifest,
  renderDoctor,
  renderManifest,
  runDoctor,
} from "../../../shared/build/index.js";

const settings = `${JSON.stringify(
  {
    hooks: {
      PreToolUse: [
        {
          matcher: "*",
          hooks: [
            { type: "command", command: "steward hook pre-tool-use --policy /etc/claude-code/steward" },
          ],
        },
      ],
    },
    requiredMinimumVersion: "2.1.200",
    requiredMaximumVersion: "2.1.299",
  },
  null,
  2,
)}\n`;
const manifest = parseManifest(
  renderManifest(
    createManifest(
      [
        { path: "developers/managed-settings.json", role: "developers", content: settings },
        { path: "developers/CLAUDE.md", role: "developers", content: "# Org\n" },
        { path: "contractors/managed-settings.json", role: "contractors", content: "{}\n" },
        { path: "steward/role-mappings.json", role: "", content: "{}\n" },
      ],
      { policyVersion: "2026.11", commit: "abc", roles: ["contractors", "developers"] },
    ),
  ),
);

function ports(fs: Record<string, string>, over: Partial<DoctorPorts> = {}): DoctorPorts {
  return {
    platform: "linux",
    readFile: async (p) => (fs[p] === undefined ? undefined : Buffer.from(fs[p] as string)),
    which: async (c) =>
      c === "steward" ? "/usr/local/bin/steward" : c === "claude" ? "/usr/bin/claude" : undefined,
    run: async (program) =>
      program.endsWith("claude")
        ? { code: 0, stdout: "2.1.240 (Claude Code)\n", stderr: "" }
        : { code: 0, stdout: "steward 0.1.0\n", stderr: "" },
    nodeVersion: "v20.18.0",
    ...over,
  };
}

const good = {
  "/etc/claude-code/managed-settings.json": settings,
  "/etc/claude-code/CLAUDE.md": "# Org\n",
  "/etc/claude-code/steward/role-mappings.json": "{}\n",
};

describe("steward doctor checks", () => {
  it("passes a machine that runs the published policy", async () => {
    const report = await runDoctor(ports(good), { manifest, role: "developers" });
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      "managed-settings:pass",
      "settings-digest:pass",
      "claude-md-digest:pass",
      "hook-policy:pass",
      "hook-policy-dir:pass",
      "hooks:pass",
      "node:pass",
      "claude-code:pass",
    ]);
    expect(report.ok).toBe(true);
    // without --role, the role is found by digest
    expect((await runDoctor(ports(good), { manifest })).role).toBe("developers");
  });

  it("refuses a tampered or truncated file, naming the file and both digests", async () => {
    const truncated = { ...good, "/etc/claude-code/managed-settings.json": settings.slice(0, 40) };
    const report = await runDoctor(ports(truncated), {
      manifest,
      role: "developers",
      manifestLabel: "m.json",
    });
    const digest = report.checks.find((c) => c.id === "settings-digest");
    expect(digest?.status).toBe("fail");
    expect(digest?.message).toContain("/etc/claude-code/managed-settings.json");
    expect(digest?.message).toContain(
      manifest.outputs.find((o) => o.path === "developers/managed-settings.json")?.sha256,
    );
    expect(digest?.message).toMatch(/developers\/managed-settings\.json expects sha256 [0-9a-f]{64}/);
    expect(digest?.fix).toMatch(/install-policy\.sh/);
    expect(report.ok).toBe(false);
    expect(renderDoctor(report)).toMatch(/FAIL settings-digest/);
  });

  it("fails when the policy files the hooks read differ from the manifest", async () => {
    const report = await runDoctor(
      ports({ ...good, "/etc/claude-code/steward/role-mappings.json": "{ }\n" }),
      {
        manifest,
      },
    );
    expect(report.checks.find((c) => c.id === "hook-policy")).toMatchObject({
      status: "fail",
      message: expect.stringMatching(
        /steward\/role-mappings\.json has sha256 [0-9a-f]{64}, steward\/role-mappings\.json expects/,
      ),
    });
  });

  it("fails on a missing file, hooks that do not resolve or start, old Node, Claude Code out of range", async () => {
    expect((await runDoctor(ports({}), { manifest })).checks[0]).toMatchObject({
      id: "managed-settings",
      status: "fail",
    });
    const noHook = await runDoctor(ports(good, { which: async () => undefined }), { manifest });
    expect(noHook.checks.find((c) => c.id === "hooks")?.message).toMatch(/steward is not found on PATH/);
    const broken = await runDoctor(
      ports(good, { run: async () => ({ code: 1, stdout: "", stderr: "boom" }) }),
      {},
    );
    expect(broken.checks.find((c) => c.id === "hooks")?.message).toMatch(/does not start.*boom/);
    const old = await runDoctor(ports(good, { nodeVersion: "v18.19.0" }), {});
    expect(old.checks.find((c) => c.id === "node")?.status).toBe("fail");
    const tooNew = await runDoctor(
      ports(good, {
        run: async (p) => ({
          code: 0,
          stdout: p.endsWith("claude") ? "2.2.0 (Claude Code)" : "ok",
          stderr: "",
        }),
      }),
      {},
    );
    expect(tooNew.checks.find((c) => c.id === "claude-code")).toMatchObject({ status: "fail" });
    expect(tooNew.checks.find((c) => c.id === "claude-code")?.message).toMatch(
      /2\.2\.0 is outside the policy's range 2\.1\.200 \.\. 2\.1\.299/,
    );
  });

  it("fails when the hooks name a policy directory this OS does not have (a Linux build on a Mac)", async () => {
    const mac = {
      "/Library/Application Support/ClaudeCode/managed-settings.json": settings,
      "/Library/Application Support/ClaudeCode/steward/role-mappings.json": "{}\n",
    };
    const report = await runDoctor(ports(mac, { platform: "darwin" }), {});
    expect(report.checks.find((c) => c.id === "hook-policy-dir")).toMatchObject({
      status: "fail",
      message: expect.stringMatching(
        /\/etc\/claude-code\/steward, which holds no role-mappings\.json \(this OS installs it in \/Library\/Application Support\/ClaudeCode\/steward\)/,
      ),
      fix: expect.stringMatching(/--policy-dir "\/Library\/Application Support\/ClaudeCode\/steward"/),
    });
  });

  it("knows the managed path per OS, under a fake root", () => {
    expect(managedPath("darwin", "managed-settings.json")).toBe(
      "/Library/Application Support/ClaudeCode/managed-settings.json",
    );
    expect(managedPath("linux", "managed-settings.json", "/tmp/r")).toBe(
      "/tmp/r/etc/claude-code/managed-settings.json",
    );
    expect(managedPath("win32", "managed-settings.json")).toBe(
      "C:\\Program Files\\ClaudeCode\\managed-settings.json",
    );
    expect(managedPath("win32", "CLAUDE.md", "/r")).toBe("/r/C/Program Files/ClaudeCode/CLAUDE.md");
    expect(hookProbe('node "/opt/steward/index.js" hook stop --policy x')).toEqual({
      program: "node",
      args: ["/opt/steward/index.js", "--version"],
    });
  });
});
