/**
 * Strict argument parsing for commands, on top of node:util parseArgs: an
 * unknown flag or a missing value is a ConfigurationError that says what the
 * command accepts.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { ConfigurationError } from "../errors.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArgs<V> {
  readonly values: V;
  readonly positionals: string[];
}

/** Parses `args` against `options`; `--help`/`-h` is always accepted. */
export function parseCommandArgs<const O extends OptionSpec>(
  commandName: string,
  args: readonly string[],
  options: O,
  allowPositionals = true,
) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    // Node's text, without its advice about '--' (Steward's hint says what to do) and with a full stop
    const message = (error instanceof Error ? error.message : String(error))
      .replace(/^TypeError.*?: /, "")
      .replace(/\. To specify a positional argument.*$/s, "")
      .replace(/([^.])$/, "$1.");
    throw new ConfigurationError(`steward ${commandName}: ${message}`, {
      hint: `Run 'steward ${commandName} --help' for the options it accepts.`,
    });
  }
}

/** Parses a non-negative integer flag value, naming the flag on error. */
export function parseIntegerFlag(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) {
    throw new ConfigurationError(`--${flag} expects a whole number, got "${value}".`);
  }
  return Number(value);
}
