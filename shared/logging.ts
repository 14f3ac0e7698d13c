/**
 * The logging port. Shared code logs through a `Logger` passed in; the action
 * adapter (`shared/github/actions-logger.ts`) writes workflow commands, the CLI
 * writes to stderr, tests record.
 */
import type { SourceLocation } from "./errors.js";

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  /** A warning, optionally pinned to a file and line (an annotation on GitHub). */
  warning(message: string, location?: SourceLocation & { title?: string }): void;
  /** An error, optionally pinned to a file and line. Does not fail the run by itself. */
  error(message: string, location?: SourceLocation & { title?: string }): void;
  /** A notice, optionally pinned to a file and line. */
  notice(message: string, location?: SourceLocation & { title?: string }): void;
  startGroup(name: string): void;
  endGroup(): void;
}

export interface RecordedMessage {
  readonly level: "debug" | "info" | "warning" | "error" | "notice" | "group";
  readonly message: string;
  readonly location?: SourceLocation & { title?: string };
}

/** A logger that keeps every message, for tests. */
export class RecordingLogger implements Logger {
  readonly messages: RecordedMessage[] = [];
  debug(message: string): void {
    this.messages.push({ level: "debug", message });
  }
  info(message: string): void {
    this.messages.push({ level: "info", message });
  }
  warning(message: string, location?: SourceLocation & { title?: string }): void {
    this.messages.push({ level: "warning", message, ...(location ? { location } : {}) });
  }
  error(message: string, location?: SourceLocation & { title?: string }): void {
    this.messages.push({ level: "error", message, ...(location ? { location } : {}) });
  }
  notice(message: string, location?: SourceLocation & { title?: string }): void {
    this.messages.push({ level: "notice", message, ...(location ? { location } : {}) });
  }
  startGroup(name: string): void {
    this.messages.push({ level: "group", message: name });
  }
  endGroup(): void {}
  /** True when some message matches (substring or regex). */
  hasMessage(pattern: string | RegExp, level?: RecordedMessage["level"]): boolean {
    return this.messages.some(
      (m) =>
        (level === undefined || m.level === level) &&
        (typeof pattern === "string" ? m.message.includes(pattern) : pattern.test(m.message)),
    );
  }
}

/** A logger that drops everything. */
export const nullLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  notice() {},
  startGroup() {},
  endGroup() {},
};

/**
 * A logger for terminals: info to the `out` stream, everything else to `err`,
 * debug only when asked.
 */
export function createStreamLogger(
  err: { write(s: string): unknown },
  options: { debug?: boolean; out?: { write(s: string): unknown } } = {},
): Logger {
  const out = options.out ?? err;
  const where = (l?: SourceLocation) =>
    l?.file ? `${l.file}${l.line ? `:${l.line}${l.column ? `:${l.column}` : ""}` : ""}: ` : "";
  return {
    debug(message) {
      if (options.debug) err.write(`debug: ${message}\n`);
    },
    info(message) {
      out.write(`${message}\n`);
    },
    warning(message, location) {
      err.write(`${where(location)}warning: ${message}\n`);
    },
    error(message, location) {
      err.write(`${where(location)}error: ${message}\n`);
    },
    notice(message, location) {
      err.write(`${where(location)}note: ${message}\n`);
    },
    startGroup(name) {
      err.write(`${name}\n`);
    },
    endGroup() {},
  };
}
