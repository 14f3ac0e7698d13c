/**
 * `steward doctor`: what a developer's machine really runs, against the
 * published policy. Every check says how to fix a failure. The outside world
 * (files, PATH, child processes, platform) comes in as ports.
 */
import { posix, win32 } from "node:path";
import { type BuildManifest, type ManifestEntry, sha256Hex } from "./manifest.js";

/** Where Claude Code reads managed files (claude-code.md §1, §7). */
export const MANAGED_DIRS: Readonly<Record<string, string>> = {
  darwin: "/Library/Application Support/ClaudeCode",
  linux: "/etc/claude-code",
  win32: "C:\\Program Files\\ClaudeCode",
};

export const MIN_NODE_MAJOR = 20;

export interface DoctorPorts {
  readonly platform: string;
  /** Prefix for every absolute path (tests: a fake filesystem root). */
  readonly root?: string;
  readFile(path: string): Promise<Buffer | undefined>;
  /** Resolves a command name on PATH (or checks an absolute path); undefined when absent. */
  which(command: string): Promise<string | undefined>;
  /** Runs a program without a shell; never throws. */
  run(
    program: string,
    args: readonly string[],
  ): Promise<{ code: number | null; stdout: string; stderr: string }>;
  readonly nodeVersion: string;
}

export interface DoctorOptions {
  readonly manifest?: BuildManifest;
  readonly manifestLabel?: string;
  readonly role?: string;
}

export interface DoctorCheck {
  readonly id: string;
  readonly status: "pass" | "fail" | "skip";
  readonly message: string;
  readonly fix?: string;
}

export interface DoctorReport {
  readonly checks: readonly DoctorCheck[];
  readonly ok: boolean;
  readonly role?: string;
}

/** The managed file path for `platform`, under `root`. */
export function managedPath(platform: string, name: string, root = ""): string {
  const dir = MANAGED_DIRS[platform] ?? MANAGED_DIRS.linux;
  if (platform === "win32") {
    const p = win32.join(dir as string, name);
    return root ? posix.join(root, p.replace(/^([A-Za-z]):/, "$1").replace(/\\/g, "/")) : p;
  }
  return posix.join(root, dir as string, name);
}

/** `1.2.3` -> [1,2,3]; undefined when there is no version number. */
export function parseVersion(text: string): number[] | undefined {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The program + arguments that start Steward in a hook command, `--version` appended. */
export function hookProbe(command: string): { program: string; args: string[] } | undefined {
  const words = command.match(/"[^"]*"|'[^']*'|\S+/g)?.map((w) => w.replace(/^["']|["']$/g, "")) ?? [];
  const at = words.indexOf("hook");
  const head = at > 0 ? words.slice(0, at) : words.slice(0, 1);
  if (head.length === 0) return undefined;
  return { program: head[0] as string, args: [...head.slice(1), "--version"] };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export async function runDoctor(ports: DoctorPorts, options: DoctorOptions = {}): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  const root = ports.root ?? "";
  const settingsPath = managedPath(ports.platform, "managed-settings.json", root);
  const label = options.manifestLabel ?? "the manifest";
  const bytes = await ports.readFile(settingsPath);
  let settings: Json | undefined;
  let role = options.role;
  if (!bytes) {
    checks.push({
      id: "managed-settings",
      status: "fail",
      message: `${settingsPath} is missing: Claude Code runs without the organization's policy.`,
      fix: "Install the policy with scripts/install-policy.sh (or your MDM), then run steward doctor again.",
    });
  } else {
    try {
      const value = JSON.parse(bytes.toString("utf8")) as unknown;
      if (!isObject(value)) throw new Error("not a JSON object");
      settings = value;
      checks.push({
        id: "managed-settings",
        status: "pass",
        message: `${settingsPath} present and valid JSON.`,
      });
    } catch (error) {
      checks.push({
        id: "managed-settings",
        status: "fail",
        message: `${settingsPath} is not valid JSON (${(error as Error).message}); Claude Code ignores a file it cannot parse.`,
        fix: "Reinstall the published file with scripts/install-policy.sh.",
      });
    }
  }

  // digests against the manifest
  if (options.manifest) {
    const entries = options.manifest.outputs.filter((o) => o.path.endsWith("/managed-settings.json"));
    const version = options.manifest.policyVersion ?? "(no version)";
    if (!bytes) {
      checks.push({ id: "settings-digest", status: "skip", message: "No managed settings file to compare." });
    } else {
      const actual = sha256Hex(bytes);
      const expected: ManifestEntry | undefined = role
        ? entries.find((o) => o.role === role)
        : entries.find((o) => o.sha256 === actual);
      if (role && !expected) {
        checks.push({
          id: "settings-digest",
          status: "fail",
          message: `Role ${role} is not in ${label} (roles: ${entries.map((o) => o.role).join(", ")}).`,
          fix: "Pass the role this machine's user has (--role), as named in role-mappings.json.",
        });
      } else if (expected && expected.sha256 === actual) {
        role = expected.role;
        checks.push({
          id: "settings-digest",
          status: "pass",
          message: `${settingsPath} sha256 ${actual} matches ${expected.path} of policy ${version}.`,
        });
      } else {
        const want = expected
          ? `${expected.path} expects sha256 ${expected.sha256} (${expected.size} bytes)`
          : `no role's managed-settings.json in ${label} has it (${entries.map((o) => `${o.role} ${o.sha256.slice(0, 12)}`).join(", ")})`;
        checks.push({
          id: "settings-digest",
          status: "fail",
          message: `${settingsPath} has sha256 ${actual} (${bytes.length} bytes); ${want} in ${label} of policy ${version}. The file was changed, truncated or is another version.`,
          fix: "Reinstall the published policy with scripts/install-policy.sh, which verifies the digest before installing.",
        });
      }
      if (role) {
        const md = options.manifest.outputs.find((o) => o.path === `${role}/CLAUDE.md`);
        if (md) {
          const mdPath = managedPath(ports.platform, "CLAUDE.md", root);
          const mdBytes = await ports.readFile(mdPath);
          if (!mdBytes) {
            checks.push({
              id: "claude-md-digest",
              status: "fail",
              message: `${mdPath} is missing; ${label} lists ${md.path}.`,
              fix: "Install it with scripts/install-policy.sh.",
            });
          } else if (sha256Hex(mdBytes) !== md.sha256) {
            checks.push({
              id: "claude-md-digest",
              status: "fail",
              message: `${mdPath} has sha256 ${sha256Hex(mdBytes)}; ${md.path} in ${label} expects ${md.sha256}.`,
              fix: "Reinstall it with scripts/install-policy.sh.",
            });
          } else {
            checks.push({ id: "claude-md-digest", status: "pass", message: `${mdPath} matches ${md.path}.` });
          }
        }
      }
    }
    // the policy files Steward's hooks read (<managed dir>/steward/...)
    const stewardFiles = options.manifest.outputs.filter((o) => o.path.startsWith("steward/"));
    const bad: string[] = [];
    for (const o of stewardFiles) {
      const path = managedPath(ports.platform, o.path, root);
      const data = await ports.readFile(path);
      if (!data) bad.push(`${path} is missing`);
      else if (sha256Hex(data) !== o.sha256)
        bad.push(`${path} has sha256 ${sha256Hex(data)}, ${o.path} expects ${o.sha256}`);
    }
    if (stewardFiles.length > 0) {
      checks.push(
        bad.length === 0
          ? {
              id: "hook-policy",
              status: "pass",
              message: `${stewardFiles.length} policy file(s) for Steward's hooks match ${label}.`,
            }
          : {
              id: "hook-policy",
              status: "fail",
              message: `Steward's hooks would decide from another policy: ${bad.join("; ")}.`,
              fix: "Reinstall the published policy with scripts/install-policy.sh (it installs <managed dir>/steward/).",
            },
      );
    }
  } else {
    checks.push({
      id: "settings-digest",
      status: "skip",
      message: "No manifest given: the file's content is not compared with the published policy.",
      fix: "Pass --manifest <build-manifest.json> of the expected policy version.",
    });
  }

  // hooks
  const commands: string[] = [];
  if (settings && isObject(settings.hooks)) {
    for (const groups of Object.values(settings.hooks)) {
      for (const g of Array.isArray(groups) ? groups : []) {
        for (const h of isObject(g) && Array.isArray(g.hooks) ? g.hooks : []) {
          if (isObject(h) && typeof h.command === "string" && /steward/i.test(h.command))
            commands.push(h.command);
        }
      }
    }
  }
  if (settings && commands.length === 0) {
    checks.push({
      id: "hooks",
      status: "fail",
      message: `${settingsPath} wires no Steward hook: tool calls are neither decided by the org policy nor audited.`,
      fix: "Install the published build (it wires the hooks), or run 'steward hook install --managed-settings <file>'.",
    });
  }
  // the policy directory the hooks name must hold the policy (a macOS machine with a Linux build does not)
  const policyDirs = new Set<string>();
  for (const command of commands) {
    const m = /--policy\s+("([^"]+)"|'([^']+)'|(\S+))/.exec(command);
    const dir = m?.[2] ?? m?.[3] ?? m?.[4];
    if (dir) policyDirs.add(dir);
  }
  for (const dir of policyDirs) {
    const local = ports.platform === "win32" ? dir : posix.join(root, dir);
    const present = await ports.readFile(posix.join(local, "role-mappings.json"));
    const expectedDir = managedPath(ports.platform, "steward");
    if (!present) {
      checks.push({
        id: "hook-policy-dir",
        status: "fail",
        message: `The hooks read the policy from ${dir}, which holds no role-mappings.json${dir !== expectedDir ? ` (this OS installs it in ${expectedDir})` : ""}.`,
        fix:
          dir !== expectedDir
            ? `Use a build made with --policy-dir "${expectedDir}" for this OS, or install the policy files in ${dir}.`
            : "Reinstall the published policy with scripts/install-policy.sh (it installs <managed dir>/steward/).",
      });
    } else {
      checks.push({
        id: "hook-policy-dir",
        status: "pass",
        message: `The hooks' policy directory ${dir} is in place.`,
      });
    }
  }
  const probed = new Set<string>();
  for (const command of commands) {
    const probe = hookProbe(command);
    if (!probe || probed.has(`${probe.program} ${probe.args.join(" ")}`)) continue;
    probed.add(`${probe.program} ${probe.args.join(" ")}`);
    const resolved = await ports.which(probe.program);
    if (!resolved) {
      checks.push({
        id: "hooks",
        status: "fail",
        message: `Hook command "${command}": ${probe.program} is not found on PATH, so Claude Code cannot start the hook (a missing hook silently disables the gate, exit 127).`,
        fix: `Install Steward so that "${probe.program}" resolves for every user (e.g. /usr/local/bin/steward), or rebuild with --steward-command <absolute path>.`,
      });
      continue;
    }
    const r = await ports.run(resolved, probe.args);
    checks.push(
      r.code === 0
        ? {
            id: "hooks",
            status: "pass",
            message: `Hook command "${command}" starts (${resolved} ${probe.args.join(" ")}: ${r.stdout.trim() || "ok"}).`,
          }
        : {
            id: "hooks",
            status: "fail",
            message: `Hook command "${command}" does not start: ${resolved} ${probe.args.join(" ")} exited ${r.code ?? "by a signal"}${r.stderr.trim() ? ` (${r.stderr.trim().slice(0, 200)})` : ""}.`,
            fix: "Reinstall Steward (its Node runtime and bundle) and run the command by hand to see the error.",
          },
    );
  }

  // Node
  const node = parseVersion(ports.nodeVersion);
  checks.push(
    node && (node[0] ?? 0) >= MIN_NODE_MAJOR
      ? {
          id: "node",
          status: "pass",
          message: `Node ${ports.nodeVersion} (Steward's hooks need ${MIN_NODE_MAJOR}+).`,
        }
      : {
          id: "node",
          status: "fail",
          message: `Node ${ports.nodeVersion} is older than ${MIN_NODE_MAJOR}; Steward's hooks will not start.`,
          fix: `Install Node ${MIN_NODE_MAJOR} LTS or newer.`,
        },
  );

  // Claude Code
  const min =
    typeof settings?.requiredMinimumVersion === "string" ? settings.requiredMinimumVersion : undefined;
  const max =
    typeof settings?.requiredMaximumVersion === "string" ? settings.requiredMaximumVersion : undefined;
  const claude = await ports.which("claude");
  if (!claude) {
    checks.push({
      id: "claude-code",
      status: "skip",
      message: "Claude Code (claude) is not installed on PATH.",
    });
  } else {
    const r = await ports.run(claude, ["--version"]);
    const v = parseVersion(r.stdout);
    if (r.code !== 0 || !v) {
      checks.push({
        id: "claude-code",
        status: "fail",
        message: `${claude} --version failed (exit ${r.code ?? "signal"}).`,
        fix: "Reinstall Claude Code.",
      });
    } else {
      const low = min ? parseVersion(min) : undefined;
      const high = max ? parseVersion(max) : undefined;
      const range = `${min ?? "any"} .. ${max ?? "any"}`;
      if ((low && compareVersions(v, low) < 0) || (high && compareVersions(v, high) > 0)) {
        checks.push({
          id: "claude-code",
          status: "fail",
          message: `Claude Code ${v.join(".")} is outside the policy's range ${range} (requiredMinimumVersion/requiredMaximumVersion).`,
          fix:
            low && compareVersions(v, low) < 0
              ? "Update Claude Code: claude update."
              : `Install Claude Code ${max} or older.`,
        });
      } else {
        checks.push({
          id: "claude-code",
          status: "pass",
          message: `Claude Code ${v.join(".")} within ${range}.`,
        });
      }
    }
  }
  return { checks, ok: checks.every((c) => c.status !== "fail"), ...(role ? { role } : {}) };
}

export function renderDoctor(report: DoctorReport): string {
  const mark = { pass: "ok  ", fail: "FAIL", skip: "skip" } as const;
  const lines = report.checks.map(
    (c) =>
      `${mark[c.status]} ${c.id}: ${c.message}${c.status === "fail" && c.fix ? `\n     fix: ${c.fix}` : ""}`,
  );
  lines.push(
    report.ok
      ? "All checks passed."
      : `${report.checks.filter((c) => c.status === "fail").length} check(s) failed.`,
  );
  return `${lines.join("\n")}\n`;
}
