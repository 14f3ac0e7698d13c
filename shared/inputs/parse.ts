/**
 * Strict parsers for action inputs and CLI flags. Each takes the input's name
 * and raw string so that an error names both; none defaults quietly on a typo.
 */
import { ConfigurationError } from "../errors.js";

/** A function that returns an input's raw value, `""` when unset (as `core.getInput` does). */
export type InputGetter = (name: string) => string;

const TRUE = new Set(["true", "True", "TRUE"]);
const FALSE = new Set(["false", "False", "FALSE"]);

/** `undefined` when empty; otherwise the trimmed value. */
export function optionalString(get: InputGetter, name: string): string | undefined {
  const value = get(name).trim();
  return value === "" ? undefined : value;
}

/** The trimmed value; a ConfigurationError when empty. */
export function requiredString(get: InputGetter, name: string): string {
  const value = optionalString(get, name);
  if (value === undefined) {
    throw new ConfigurationError(`Input required and not supplied: ${name}.`, {
      hint: `Set \`${name}:\` under \`with:\` in the step that uses this action.`,
    });
  }
  return value;
}

/** YAML 1.2 core booleans only (as `core.getBooleanInput`), with a default when empty. */
export function booleanInput(get: InputGetter, name: string, fallback: boolean): boolean {
  const raw = optionalString(get, name);
  if (raw === undefined) return fallback;
  if (TRUE.has(raw)) return true;
  if (FALSE.has(raw)) return false;
  throw new ConfigurationError(`Input ${name} must be true or false, got "${raw}".`);
}

/** One of `allowed`, with a default when empty. */
export function enumInput<const T extends string>(
  get: InputGetter,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = optionalString(get, name);
  if (raw === undefined) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigurationError(`Input ${name} must be one of ${allowed.join(", ")}; got "${raw}".`);
}

/** A whole number within [min, max], with a default when empty. */
export function integerInput(
  get: InputGetter,
  name: string,
  fallback: number,
  range: { min?: number; max?: number } = {},
): number {
  const raw = optionalString(get, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw))
    throw new ConfigurationError(`Input ${name} must be a whole number, got "${raw}".`);
  const n = Number(raw);
  if ((range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
    throw new ConfigurationError(
      `Input ${name} must be between ${range.min ?? "-∞"} and ${range.max ?? "∞"}, got ${n}.`,
    );
  }
  return n;
}

/** A list from newline- or comma-separated text, empty entries dropped. */
export function listInput(get: InputGetter, name: string): string[] {
  return get(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Wraps a getter so the names it was asked for are recorded: the test that
 * proves every input an action reads is declared in its action.yml uses it.
 */
export function recordingGetter(
  values: Record<string, string> = {},
): InputGetter & { readonly names: Set<string> } {
  const names = new Set<string>();
  const get = ((name: string) => {
    names.add(name);
    return values[name] ?? "";
  }) as InputGetter & { names: Set<string> };
  Object.defineProperty(get, "names", { value: names });
  return get;
}

/** A list from newline-separated text (for paths and globs, which may hold commas). */
export function lineListInput(get: InputGetter, name: string): string[] {
  return get(name)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
