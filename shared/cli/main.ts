/**
 * `steward`: dispatches to the sub-command whose path matches the leading
 * words, prints help, and turns a ConfigurationError into a one-line message
 * and exit code 2 (usage/configuration) — never a stack trace. Anything else is
 * a bug: exit code 70 with the stack only under STEWARD_DEBUG=1.
 */
import { ConfigurationError, getErrorMessage } from "../errors.js";
import { STEWARD_VERSION } from "../version.js";
import type { CliIo, CommandEntry } from "./command.js";

/** Exit codes, documented in `steward --help`. */
export const EXIT = { ok: 0, findings: 1, usage: 2, bug: 70 } as const;

export function rootHelp(commands: readonly CommandEntry[]): string {
  const width = Math.max(...commands.map((c) => c.path.join(" ").length));
  const list = commands.map((c) => `  ${c.path.join(" ").padEnd(width)}  ${c.summary}`).join("\n");
  return `steward ${STEWARD_VERSION}: govern Claude Code across an organization.

Usage: steward <command> [options]

Commands:
${list}

Options:
  -h, --help     Show help (also: steward <command> --help)
  -v, --version  Print the version

Exit codes: 0 success, 1 findings or a failed check, 2 bad usage or configuration, 70 internal error.
Set STEWARD_DEBUG=1 to see stack traces of internal errors.
`;
}

/** Finds the command whose path is the longest prefix of `argv`. */
export function findCommand(
  commands: readonly CommandEntry[],
  argv: readonly string[],
): { command: CommandEntry; rest: string[] } | undefined {
  let best: CommandEntry | undefined;
  for (const c of commands) {
    if (c.path.every((w, i) => argv[i] === w) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best ? { command: best, rest: argv.slice(best.path.length) } : undefined;
}

function suggest(commands: readonly CommandEntry[], word: string): string | undefined {
  const names = [...new Set(commands.map((c) => c.path[0] as string))];
  return names.find((n) => n.startsWith(word.slice(0, 3)) || word.startsWith(n));
}

export async function main(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CommandEntry[],
): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    io.stdout.write(rootHelp(commands));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "-v" || first === "--version") {
    io.stdout.write(`${STEWARD_VERSION}\n`);
    return EXIT.ok;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    // a group word alone (e.g. `steward keys`) lists its sub-commands
    const group = commands.filter((c) => c.path[0] === first);
    if (first === "hook" && !argv.includes("--help") && !argv.includes("-h")) {
      // Claude Code runs these: exit 2 would block every tool call (PreToolUse) or keep a
      // session from ever stopping (Stop). A misspelled hook is reported and does not block.
      io.stderr.write(
        `steward: unknown hook "${argv.slice(0, 2).join(" ")}"; this hook does nothing. Hooks: ${group.map((c) => c.path.join(" ")).join(", ")}. Fix the hooks block in managed settings (steward hook install prints it).\n`,
      );
      return EXIT.findings;
    }
    if (group.length > 0) {
      io.stdout.write(rootHelp(group));
      return argv.includes("--help") || argv.includes("-h") ? EXIT.ok : EXIT.usage;
    }
    const hint = suggest(commands, first);
    io.stderr.write(
      `steward: unknown command "${first}".${hint ? ` Did you mean "${hint}"?` : ""} Run 'steward --help' for the list.\n`,
    );
    return EXIT.usage;
  }
  const command = await found.command.load();
  if (found.rest.includes("--help") || found.rest.includes("-h")) {
    io.stdout.write(command.help.endsWith("\n") ? command.help : `${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(found.rest, io);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      const l = error.location;
      const where = l.file ? `${l.file}${l.line ? `:${l.line}${l.column ? `:${l.column}` : ""}` : ""}: ` : "";
      const prefix = `steward ${found.command.path.join(" ")}: `;
      // argument errors already name the command (see parseCommandArgs)
      const text = `${where}${error.userMessage}`;
      io.stderr.write(`${text.startsWith(prefix) ? "" : prefix}${text}\n`);
      return EXIT.usage;
    }
    io.stderr.write(
      `steward ${found.command.path.join(" ")} failed unexpectedly: ${getErrorMessage(error)}\nThis is a bug in Steward. Re-run with STEWARD_DEBUG=1 for the stack trace and report it.\n`,
    );
    if (io.env.STEWARD_DEBUG === "1" && error instanceof Error && error.stack)
      io.stderr.write(`${error.stack}\n`);
    return EXIT.bug;
  }
}
