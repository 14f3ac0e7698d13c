/**
 * The shared body of `steward hook stop` and `steward hook session-end`:
 * capture usage from the transcript, check the quota, prune old logs.
 * Always exit 0 (a Stop hook exiting 2 would keep Claude from stopping).
 */
import { getErrorMessage } from "../../errors.js";
import { hookContext, hookFlags } from "../../hooks/context.js";
import { loadHookPolicy } from "../../hooks/policy.js";
import { parseHookInput, renderSystemMessage } from "../../hooks/protocol.js";
import { quotaMessage } from "../../hooks/quota.js";
import { captureUsage, currentQuota, pruneOnceADay } from "../../hooks/session-hooks.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo } from "../command.js";

export const USAGE_OPTIONS = {
  policy: { type: "string" },
  config: { type: "string" },
  role: { type: "string" },
  "log-dir": { type: "string" },
} as const;

export function usageHelp(name: "stop" | "session-end"): string {
  const event = name === "stop" ? "Stop" : "SessionEnd";
  return `Usage: steward hook ${name} [--policy <dir or file>] [--role <name>] [--config <file>] [--log-dir <dir>]

Claude Code's ${event} hook. Reads the session transcript named by "transcript_path" on
standard input from where the previous run stopped (byte offsets in
<log dir>/state/sessions/<session>.json), and appends one usage record per API request,
de-duplicated by message.id + requestId, to <log dir>/usage/YYYY-MM-DD.jsonl:
  {"v":1,"ts","user","session","model","input","output","cacheWrite5m","cacheWrite1h","cacheRead","tool","source":"steward-hook","requestId"}
Then checks the user's daily and monthly quota from role-mappings.json (tokens counted per
quotaUnit.countedTokens) and, when one is used up, prints {"systemMessage": "..."} for the user.
Once a day it deletes audit and usage day files older than governance-config.json's retentionDays.

Always exits 0: a failure is a warning on standard error, never a blocked session.

Options: as for 'steward hook pre-tool-use' (--policy, --role, --config, --log-dir).
`;
}

export async function runUsageHook(args: readonly string[], io: CliIo, name: string): Promise<number> {
  const now = io.now();
  try {
    const { values } = parseCommandArgs(`hook ${name}`, args, USAGE_OPTIONS, false);
    const ctx = hookContext(
      {
        ...hookFlags(values),
      },
      io.env,
      io.cwd,
      process.platform,
    );
    const parsed = parseHookInput(await io.readStdin());
    if (!parsed.ok) {
      io.logger.warning(`steward hook ${name}: ${parsed.error}; usage not recorded`);
      return 0;
    }
    const { session_id: session, transcript_path: transcript } = parsed.input;
    if (session && transcript) {
      const captured = captureUsage(ctx, session, transcript, now);
      if (captured.skipped) io.logger.debug(`steward hook ${name}: ${captured.skipped}`);
    }
    let policy: Awaited<ReturnType<typeof loadHookPolicy>>["policy"] | undefined;
    try {
      policy = (
        await loadHookPolicy(ctx.policyLocation, {
          cache: ctx.config.policyCache === false ? "off" : "read",
        })
      ).policy;
    } catch (error) {
      io.logger.warning(`steward hook ${name}: quota not checked: ${getErrorMessage(error)}`);
    }
    if (policy) {
      pruneOnceADay(ctx, policy.retentionDays, now);
      const quota = currentQuota(policy, ctx, values.role, now);
      if (quota?.status.exhausted && !parsed.input.stop_hook_active) {
        const contact = policy.contact ?? ctx.config.contact ?? "your Claude Code administrators";
        io.stdout.write(renderSystemMessage(quotaMessage(quota.status, quota.role, contact, false)));
      }
    }
  } catch (error) {
    io.logger.warning(`steward hook ${name}: usage not recorded: ${getErrorMessage(error)}`);
  }
  return 0;
}
