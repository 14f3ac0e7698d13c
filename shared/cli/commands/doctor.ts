/** `steward doctor`: check this machine's Claude Code setup against the published policy (docs/build.md). */
import { spawn } from "node:child_process";
import { access, constants, readFile } from "node:fs/promises";
import { delimiter, isAbsolute, join, resolve } from "node:path";
import {
  type BuildManifest,
  type DoctorPorts,
  parseManifest,
  renderDoctor,
  runDoctor,
} from "../../build/index.js";
import { ConfigurationError, getErrorMessage } from "../../errors.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo, Command } from "../command.js";

const HELP = `Usage: steward doctor [--manifest <build-manifest.json>] [--role <role>] [--root <dir>] [--platform <p>] [--json]

Checks what this machine really runs against the published policy:
  managed-settings   the managed settings file at the OS path (macOS /Library/Application Support/ClaudeCode/,
                     Linux /etc/claude-code/, Windows C:\\Program Files\\ClaudeCode\\) is present and valid JSON
  settings-digest    its SHA-256 equals the manifest's entry for the role (or, without --role, some role's)
  claude-md-digest   the managed CLAUDE.md equals the manifest's entry for the role
  hooks              every Steward command in the hooks block resolves on PATH and starts (--version)
  node               Node ${"20"}+ (the hooks run on it)
  claude-code        'claude --version' within requiredMinimumVersion..requiredMaximumVersion (skipped if not installed)
Each failed check says how to fix it. Exit 1 when any check fails.

Options:
  --manifest <file>  build-manifest.json of the expected policy version
  --role <role>      the role this machine's user has (default: $STEWARD_ROLE, else any role whose digest matches)
  --root <dir>       prefix for the managed paths (test against a fake filesystem root)
  --platform <p>     darwin, linux or win32 (default: this machine's)
  --json             the report as JSON
`;

function realPorts(io: CliIo, platform: string, root: string | undefined): DoctorPorts {
  const which = async (command: string): Promise<string | undefined> => {
    const candidates = isAbsolute(command)
      ? [command]
      : command.includes("/")
        ? [resolve(io.cwd, command)]
        : (io.env.PATH ?? "")
            .split(delimiter)
            .filter(Boolean)
            .map((d) => join(d, command));
    for (const c of candidates) {
      try {
        await access(c, constants.X_OK);
        return c;
      } catch {
        // next
      }
    }
    return undefined;
  };
  return {
    platform,
    ...(root !== undefined ? { root } : {}),
    readFile: (path) => readFile(path).catch(() => undefined),
    which,
    run: (program, args) =>
      new Promise((done) => {
        const child = spawn(program, [...args], {
          env: { ...io.env } as NodeJS.ProcessEnv,
          stdio: ["ignore", "pipe", "pipe"],
          timeout: 10_000,
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => {
          stdout += d.toString("utf8");
        });
        child.stderr.on("data", (d: Buffer) => {
          stderr += d.toString("utf8");
        });
        child.on("error", (error) => done({ code: null, stdout, stderr: getErrorMessage(error) }));
        child.on("close", (code) => done({ code, stdout, stderr }));
      }),
    nodeVersion: process.version,
  };
}

const command: Command = {
  path: ["doctor"],
  summary: "Check this machine's Claude Code against the published policy (settings digest, hooks, versions)",
  help: HELP,
  async run(args, io) {
    const { values } = parseCommandArgs(
      "doctor",
      args,
      {
        manifest: { type: "string" },
        role: { type: "string" },
        root: { type: "string" },
        platform: { type: "string" },
        json: { type: "boolean" },
      },
      false,
    );
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const platform = values.platform ?? process.platform;
    if (!["darwin", "linux", "win32"].includes(platform)) {
      throw new ConfigurationError(`--platform must be darwin, linux or win32; got "${platform}".`);
    }
    let manifest: BuildManifest | undefined;
    if (values.manifest !== undefined) {
      const file = resolve(io.cwd, values.manifest);
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        throw new ConfigurationError(`Cannot read the manifest ${file}: ${getErrorMessage(error)}`, { file });
      }
      try {
        manifest = parseManifest(text);
      } catch (error) {
        throw new ConfigurationError(`${file} is not a Steward build manifest: ${getErrorMessage(error)}`, {
          file,
          hint: "Pass the build-manifest.json published with the policy build.",
        });
      }
    }
    const role = values.role ?? io.env.STEWARD_ROLE;
    const root = values.root !== undefined ? resolve(io.cwd, values.root) : undefined;
    const report = await runDoctor(realPorts(io, platform, root), {
      ...(manifest ? { manifest, manifestLabel: values.manifest } : {}),
      ...(role ? { role } : {}),
    });
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderDoctor(report));
    return report.ok ? 0 : 1;
  },
};

export default command;
