/**
 * Two kinds of error (ARCHITECTURE.md, rule 2).
 *
 * A `ConfigurationError` is the user's to fix: bad input, a malformed policy
 * file, a 401 from a service. It says what is wrong, where, and what to do, and
 * is shown without a stack trace. Every other error is a bug in Steward.
 */

/** Where in a user's file a problem sits. Lines and columns are 1-based. */
export interface SourceLocation {
  /** Path as the user knows it (relative to the linted directory or the workspace). */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface ConfigurationErrorOptions extends SourceLocation {
  /** Short title for the annotation (GitHub shows it in bold). */
  readonly title?: string;
  /** What the user should do about it. Appended to the message. */
  readonly hint?: string;
  /** The lower-level error, kept for debugging; never shown to users. */
  readonly cause?: unknown;
}

/** An error the user can fix. Shown without a stack trace. */
export class ConfigurationError extends Error {
  readonly location: SourceLocation;
  readonly title: string | undefined;
  readonly hint: string | undefined;

  constructor(message: string, options: ConfigurationErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ConfigurationError";
    const { title, hint, cause: _cause, ...location } = options;
    this.location = location;
    this.title = title;
    this.hint = hint;
  }

  /** The message with its hint, as users should read it. */
  get userMessage(): string {
    return this.hint ? `${this.message} ${this.hint}` : this.message;
  }
}

/** True for errors the user can fix (see {@link ConfigurationError}). */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** The message of anything thrown, without an `Error: ` prefix. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof ConfigurationError) return error.userMessage;
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** Normalise anything thrown into an `Error`. */
export function wrapError(error: unknown): Error {
  return error instanceof Error ? error : new Error(getErrorMessage(error));
}
