/**
 * Reading event data and payload files as the CLI and the action receive
 * them: inline JSON, `@file` or a path (JSON or YAML). Errors name the file.
 */
import { ConfigurationError } from "../errors.js";
import type { PayloadFile } from "./events/custom.js";
import { parseSourceFile } from "./source-file.js";

/** Reads a file as UTF-8 text; rejects like node:fs (with `code`). */
export type ReadTextFile = (path: string) => Promise<string>;

export interface EventDataInput {
  readonly data: Record<string, unknown>;
  /** The file it came from, when it came from one. */
  readonly source?: string;
}

async function readUserFile(path: string, what: string, readFile: ReadTextFile): Promise<string> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === "ENOENT"
        ? "does not exist"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES" || code === "EPERM"
            ? "cannot be read (permission denied)"
            : "cannot be read";
    throw new ConfigurationError(`The ${what} ${path} ${why}.`, {
      file: path,
      title: `Cannot read ${what}`,
      hint: "Paths are relative to the working directory (the workspace in an action).",
      cause: error,
    });
  }
}

/**
 * `raw` is inline JSON (starts with `{`), `@path`, or a path to a JSON/YAML
 * file. Empty means no data (`{}`). The result must be an object.
 */
export async function readEventData(
  raw: string | undefined,
  readFile: ReadTextFile,
  label = "data",
): Promise<EventDataInput> {
  const text = raw?.trim() ?? "";
  if (text === "") return { data: {} };
  let parsed: unknown;
  let source: string | undefined;
  if (text.startsWith("{") || text.startsWith("[")) {
    parsed = parseSourceFile(`(${label})`, text, "Event data").value;
  } else {
    source = text.startsWith("@") ? text.slice(1) : text;
    const content = await readUserFile(source, "event data file", readFile);
    parsed = parseSourceFile(source, content, "Event data file").value;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigurationError(`Event data${source ? ` in ${source}` : ""} must be an object ({ ... }).`, {
      ...(source ? { file: source } : {}),
      title: "Invalid notification data",
    });
  }
  return { data: parsed as Record<string, unknown>, ...(source ? { source } : {}) };
}

/** Reads a custom payload file. */
export async function readPayloadFile(path: string, readFile: ReadTextFile): Promise<PayloadFile> {
  return { path, content: await readUserFile(path, "Slack payload file", readFile) };
}
