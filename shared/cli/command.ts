/**
 * The shape of one `steward` sub-command. Each command lives in
 * `shared/cli/commands/<name>.ts` and is listed in `shared/cli/commands/index.ts`.
 */
import type { Logger } from "../logging.js";

/** The outside world as a command sees it: streams, cwd, env, clock. Passed in so tests need no globals. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Reads all of standard input (as bytes decoded to UTF-8). */
  readonly readStdin: () => Promise<string>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  /** Diagnostics go here (stderr); results go to `stdout`. */
  readonly logger: Logger;
}

export interface Command {
  /** Words that select it, e.g. `["lint"]` or `["permissions", "diff"]`. */
  readonly path: readonly string[];
  /** One line for `steward --help`. */
  readonly summary: string;
  /** The full `--help` text of the command. */
  readonly help: string;
  /** Runs the command with the arguments after its path; returns the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * A command as the registry lists it: enough for `steward --help`, with the
 * module loaded only when the command runs, so `steward hook ...` (run by
 * Claude Code on every tool call) parses only the code it needs.
 */
export interface CommandEntry {
  readonly path: readonly string[];
  readonly summary: string;
  load(): Promise<Command>;
}

/** Wraps an already-loaded command as a registry entry. */
export function eager(command: Command): CommandEntry {
  return { path: command.path, summary: command.summary, load: async () => command };
}
