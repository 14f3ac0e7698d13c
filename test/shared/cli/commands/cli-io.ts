import type { CliIo } from "../../../../shared/cli/command.js";
import { RecordingLogger } from "../../../../shared/logging.js";

/** A CliIo that records what a command writes. */
export function recordingIo(cwd: string, stdin = "", env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const logger = new RecordingLogger();
  const io: CliIo = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: async () => stdin,
    cwd,
    env,
    now: () => new Date("2026-11-25T00:00:00Z"),
    logger,
  };
  return { io, logger, out: () => out, err: () => err };
}
