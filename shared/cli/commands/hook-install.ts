/** `steward hook install`: print or merge the managed-settings hooks block that runs Steward (docs/hooks.md). */
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { ConfigurationError, getErrorMessage } from "../../errors.js";
import { defaultPolicyDir } from "../../hooks/context.js";
import { mergeStewardHooks, stewardHooks } from "../../hooks/install.js";
import { loadHookPolicy, policyCachePath } from "../../hooks/policy.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo, Command } from "../command.js";

const HELP = `Usage: steward hook install [--print] [--managed-settings <file>] [--policy <dir>] [--command <steward>]
                            [--block-on-quota] [--compile-policy]

Prints (default, or --print) the "hooks" block that wires Steward into Claude Code,
or merges it into a managed settings file (--managed-settings), touching nothing else:
other hooks and keys stay, formatting and key order stay, and running it twice
changes nothing. A Steward handler already there ("... steward ... hook <name>") is
updated in place; a missing one is appended as its own matcher group.

  PreToolUse        steward hook pre-tool-use --policy <dir>         (matcher "*", timeout 10 s)
  UserPromptSubmit  steward hook user-prompt-submit --policy <dir>   (timeout 10 s)
  Stop              steward hook stop --policy <dir>                 (timeout 30 s)
  SessionEnd        steward hook session-end --policy <dir>          (timeout 30 s)

Options:
  --managed-settings <file>  merge into this file (e.g. /etc/claude-code/managed-settings.json)
  --print                    print the block (also when merging: print the merged file instead of writing it)
  --policy <dir>             the deployed policy directory (default: /etc/claude-code/steward;
                             macOS /Library/Application Support/ClaudeCode/steward)
  --command <steward>        how to start Steward (default: steward; e.g. "node /opt/steward/index.js")
  --block-on-quota           block new prompts once a quota is used up
  --compile-policy           also write the compiled-policy cache next to the policy (run as the
                             policy's owner, e.g. root, after each deploy; hooks then skip parsing)
`;

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
      },
      false,
    );
    const options = {
      command: values.command ?? "steward",
      policy: values.policy ?? io.env.STEWARD_POLICY_DIR ?? defaultPolicyDir(process.platform),
      blockOnQuota: values["block-on-quota"] === true,
    };
    if (values["compile-policy"]) {
      const { policy, cached } = await loadHookPolicy(options.policy, { cache: "read-write" });
      const dir = statSync(options.policy).isDirectory();
      io.logger.info(
        `policy ${policy.policyVersion ?? "(no version)"}: ${policy.roles.length} role(s), cache ${cached ? "already fresh" : "written"} at ${policyCachePath(options.policy, dir)}`,
      );
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
