/** `steward hook user-prompt-submit`: block new prompts once a quota is used up, if the org turns it on. */
import { getErrorMessage } from "../../errors.js";
import { hookContext, hookFlags } from "../../hooks/context.js";
import { loadHookPolicy } from "../../hooks/policy.js";
import { parseHookInput } from "../../hooks/protocol.js";
import { appendAudit, currentQuota, promptQuotaOutcome } from "../../hooks/session-hooks.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo, Command } from "../command.js";

const HELP = `Usage: steward hook user-prompt-submit [--block-on-quota] [--policy <dir or file>] [--role <name>]
                                       [--config <file>] [--log-dir <dir>]

Claude Code's UserPromptSubmit hook. Sums the user's usage records of this UTC day and
month (<log dir>/usage, written by 'steward hook stop'), counted per role-mappings.json
quotaUnit.countedTokens, and compares them with the role's quotas.

When a quota is used up:
  with --block-on-quota (or "blockPromptsOnQuota": true in the hook config):
    {"decision":"block","reason":"..."} on standard output: the prompt is not sent and the
    user sees why, and one audit record (event user-prompt-submit, decision deny);
  without: {"systemMessage":"..."}: a warning, the prompt goes through.
Otherwise no output. Exit code always 0; if the policy cannot be read, no output (quotas
fail open: they are a budget, not a security control).
`;

const command: Command = {
  path: ["hook", "user-prompt-submit"],
  summary: "Claude Code UserPromptSubmit hook: block new prompts when a token quota is used up (opt-in)",
  help: HELP,
  async run(args, io: CliIo) {
    const now = io.now();
    try {
      const { values } = parseCommandArgs(
        "hook user-prompt-submit",
        args,
        {
          policy: { type: "string" },
          config: { type: "string" },
          role: { type: "string" },
          "log-dir": { type: "string" },
          "block-on-quota": { type: "boolean" },
        },
        false,
      );
      const ctx = hookContext(
        {
          ...hookFlags(values),
        },
        io.env,
        io.cwd,
        process.platform,
      );
      const parsed = parseHookInput(await io.readStdin());
      const input = parsed.ok ? parsed.input : {};
      const { policy } = await loadHookPolicy(ctx.policyLocation, {
        cache: ctx.config.policyCache === false ? "off" : "read",
      });
      const quota = currentQuota(policy, ctx, values.role, now);
      const outcome = promptQuotaOutcome(
        quota,
        policy,
        {
          user: ctx.user,
          session: input.session_id ?? null,
          cwd: input.cwd ?? null,
          now,
          contact: policy.contact ?? ctx.config.contact ?? "your Claude Code administrators",
        },
        values["block-on-quota"] === true || ctx.config.blockPromptsOnQuota === true,
      );
      if (outcome.auditLine) {
        try {
          appendAudit(ctx, now, outcome.auditLine);
        } catch (error) {
          io.logger.warning(`steward hook: audit record not written: ${getErrorMessage(error)}`);
        }
      }
      io.stdout.write(outcome.stdout);
    } catch (error) {
      io.logger.warning(`steward hook user-prompt-submit: quota not checked: ${getErrorMessage(error)}`);
    }
    return 0;
  },
};

export default command;
