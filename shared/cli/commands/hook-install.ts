/** `steward hook install`: print or merge the managed-settings hooks block that runs Steward (docs/hooks.md). */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";
import { ConfigurationError, getErrorMessage } from "../../errors.js";
import { defaultPolicyDir } from "../../hooks/context.js";
import { fastHookCommand, mergeStewardHooks, stewardHooks } from "../../hooks/install.js";
import { loadHookPolicy, policyCachePath } from "../../hooks/policy.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo, Command } from "../command.js";

const HELP = `Usage: steward hook install [--print] [--managed-settings <file>] [--policy <dir>] [--command <steward>]
                            [--hook-command <steward-hook>] [--block-on-quota] [--compile-policy]

Prints (default, or --print) the "hooks" block that wires Steward into Claude Code,
or merges it into a managed settings file (--managed-settings), touching nothing else:
other hooks and keys stay, formatting and key order stay, and running it twice
changes nothing. A Steward handler already there ("... steward ... hook <name>") is
updated in place; a missing one is appended as its own matcher group.

  PreToolUse        steward-hook hook pre-tool-use --policy <dir>    (matcher "*", timeout 10 s)
  UserPromptSubmit  steward hook user-prompt-submit --policy <dir>   (timeout 10 s)
  Stop              steward hook stop --policy <dir>                 (timeout 30 s)
  SessionEnd        steward hook session-end --policy <dir>          (timeout 30 s)

Options:
  --managed-settings <file>  merge into this file (e.g. /etc/claude-code/managed-settings.json)
  --print                    print the block (also when merging: print the merged file instead of writing it)
  --policy <dir>             the deployed policy directory (default: /etc/claude-code/steward;
                             macOS /Library/Application Support/ClaudeCode/steward)
  --command <steward>        how to start Steward (default: steward; e.g. "node /opt/steward/cli/index.js")
  --hook-command <cmd>       how to start the fast PreToolUse hook, dist/hook/steward-hook.cjs, which Claude
                             Code runs before every tool call (default: steward-hook next to --command:
                             /usr/local/bin/steward -> /usr/local/bin/steward-hook,
                             "node /opt/steward/cli/index.js" -> "node /opt/steward/hook/steward-hook.cjs").
                             Give the --command value to run PreToolUse through the full CLI instead.
                             When merging, it must resolve on this machine.
  --block-on-quota           block new prompts once a quota is used up
  --compile-policy           also write the compiled-policy cache next to the policy (run as the
                             policy's owner, e.g. root, after each deploy; hooks then skip parsing),
                             and have the fast hook save its compiled code (steward-hook --write-code-cache)
`;

/** A hook command's words (double or single quotes group, as the shell would for plain paths). */
const commandWords = (command: string): string[] =>
  command.match(/"[^"]*"|'[^']*'|\S+/g)?.map((w) => w.replace(/^["']|["']$/g, "")) ?? [];

/**
 * Has the fast hook save V8's code cache next to its bundle (a call then
 * skips compiling its code). Returns the cache file, or why it was not written.
 */
function writeCodeCache(command: string): { file: string } | { problem: string } {
  const [program, ...args] = commandWords(command);
  if (program === undefined) return { problem: "no command" };
  try {
    const out = execFileSync(program, [...args, "--write-code-cache"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
    return { file: out.trim() };
  } catch (error) {
    const e = error as { stderr?: string; code?: string; message: string };
    return { problem: e.stderr?.trim() || e.code || e.message };
  }
}

/**
 * The program (and for `node <file>`, the file) a hook command starts, when it
 * cannot be found: an absolute path that does not exist, or a name on no PATH
 * directory. Undefined when it resolves.
 */
function missingProgram(
  command: string,
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): string | undefined {
  const [program, script] = commandWords(command);
  if (program === undefined) return command;
  const exts = platform === "win32" ? ["", ...(env.PATHEXT ?? ".EXE;.CMD").split(";")] : [""];
  const found = (name: string) =>
    isAbsolute(name) || /[\\/]/.test(name)
      ? existsSync(name)
      : (env.PATH ?? "")
          .split(delimiter)
          .some((dir) => dir !== "" && exts.some((ext) => existsSync(join(dir, `${name}${ext}`))));
  if (!found(program)) return program;
  if (/^node(\.exe)?$/i.test(program.replace(/^.*[\\/]/, "")) && script !== undefined && !existsSync(script))
    return script;
  return undefined;
}

const command: Command = {
  path: ["hook", "install"],
  summary: "Print or merge the managed-settings hooks block that runs Steward's hooks",
  help: HELP,
  async run(args, io: CliIo) {
    const { values } = parseCommandArgs(
      "hook install",
      args,
      {
        "managed-settings": { type: "string" },
        print: { type: "boolean" },
        policy: { type: "string" },
        command: { type: "string" },
        "block-on-quota": { type: "boolean" },
        "compile-policy": { type: "boolean" },
        "hook-command": { type: "string" },
      },
      false,
    );
    const steward = values.command ?? "steward";
    const fast = values["hook-command"] ?? fastHookCommand(steward);
    if (fast === undefined)
      io.logger.warning(
        `steward hook install: PreToolUse runs through "${steward}" (the full CLI, slower on every tool call); pass --hook-command with the path of steward-hook.cjs for the fast hook.`,
      );
    const options = {
      command: steward,
      preToolUseCommand: fast ?? steward,
      policy: values.policy ?? io.env.STEWARD_POLICY_DIR ?? defaultPolicyDir(process.platform),
      blockOnQuota: values["block-on-quota"] === true,
    };
    if (values["compile-policy"]) {
      const { policy, cached } = await loadHookPolicy(options.policy, { cache: "read-write" });
      const dir = statSync(options.policy).isDirectory();
      io.logger.info(
        `policy ${policy.policyVersion ?? "(no version)"}: ${policy.roles.length} role(s), cache ${cached ? "already fresh" : "written"} at ${policyCachePath(options.policy, dir)}`,
      );
      if (fast !== undefined) {
        const code = writeCodeCache(fast);
        if ("file" in code) io.logger.info(`fast hook: code cache written at ${code.file}`);
        else
          io.logger.warning(
            `steward hook install: "${fast} --write-code-cache" failed (${code.problem}); the hook works without its code cache, a few ms slower per call.`,
          );
      }
    }
    const file = values["managed-settings"];
    if (file === undefined) {
      if (values["compile-policy"] && !values.print) return 0;
      io.stdout.write(`${JSON.stringify({ hooks: stewardHooks(options) }, null, 2)}\n`);
      return 0;
    }
    let text = "";
    let mode = 0o644;
    try {
      text = readFileSync(file, "utf8");
      mode = statSync(file).mode & 0o777;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT")
        throw new ConfigurationError(`Cannot read ${file}: ${getErrorMessage(error)}`, { file });
    }
    let merged: ReturnType<typeof mergeStewardHooks>;
    try {
      merged = mergeStewardHooks(text, options);
    } catch (error) {
      if (error instanceof ConfigurationError)
        throw new ConfigurationError(error.message, { file, ...(error.hint ? { hint: error.hint } : {}) });
      throw error;
    }
    if (values.print) {
      io.stdout.write(merged.text);
      return 0;
    }
    // A hook command that does not start fails open: Claude Code runs the tool call unchecked.
    const missing = missingProgram(options.preToolUseCommand, io.env, process.platform);
    if (missing !== undefined)
      throw new ConfigurationError(
        `The PreToolUse hook command "${options.preToolUseCommand}" does not start on this machine: ${missing} is not found. Nothing was changed.`,
        {
          hint: "Install the fast hook (dist/hook/ next to dist/cli/, e.g. ln -s /opt/steward/hook/steward-hook.cjs /usr/local/bin/steward-hook) or pass --hook-command.",
        },
      );
    if (merged.changes.length === 0) {
      io.stdout.write(`${file}: Steward hooks already installed; nothing changed.\n`);
      return 0;
    }
    const tmp = `${file}.steward-${process.pid}.tmp`;
    try {
      writeFileSync(tmp, merged.text, { mode });
      renameSync(tmp, file);
    } catch (error) {
      throw new ConfigurationError(`Cannot write ${file}: ${getErrorMessage(error)}`, {
        file,
        hint: "Managed settings are root-owned: run with sudo.",
      });
    }
    io.stdout.write(`${file}: ${merged.changes.join(", ")}.\n`);
    return 0;
  },
};

export default command;
