/** Every `steward` sub-command, in the order `steward --help` lists them. */
import type { Command } from "../command.js";
import demo from "./demo.js";
import lint from "./lint.js";

export const COMMANDS: readonly Command[] = [demo, lint];
