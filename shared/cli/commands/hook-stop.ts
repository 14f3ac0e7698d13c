/** `steward hook stop`: Claude Code's Stop hook (usage capture, quota check; docs/hooks.md). */

import type { Command } from "../command.js";
import { runUsageHook, usageHelp } from "./hook-usage.js";

const command: Command = {
  path: ["hook", "stop"],
  summary: "Claude Code Stop hook: usage records from the transcript, quota check, log retention",
  help: usageHelp("stop"),
  run: (args, io) => runUsageHook(args, io, "stop"),
};

export default command;
