/** `steward hook session-end`: Claude Code's SessionEnd hook (the last usage of a session; docs/hooks.md). */

import type { Command } from "../command.js";
import { runUsageHook, usageHelp } from "./hook-usage.js";

const command: Command = {
  path: ["hook", "session-end"],
  summary: "Claude Code SessionEnd hook: the session's last usage records, quota check",
  help: usageHelp("session-end"),
  run: (args, io) => runUsageHook(args, io, "session-end"),
};

export default command;
