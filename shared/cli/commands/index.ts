/** Every `steward` sub-command, in the order `steward --help` lists them. */
import type { Command } from "../command.js";
import check from "./check.js";
import demo from "./demo.js";
import lint from "./lint.js";
import notify from "./notify.js";
import permissionsDiff from "./permissions-diff.js";
import reportCost from "./report-cost.js";

export const COMMANDS: readonly Command[] = [demo, lint, check, permissionsDiff, reportCost, notify];
