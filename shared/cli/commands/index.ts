/**
 * Every `steward` sub-command, in the order `steward --help` lists them. Each
 * module is imported only when its command runs (see CommandEntry).
 */
import type { Command, CommandEntry } from "../command.js";

const entry = (path: string[], summary: string, load: () => Promise<{ default: Command }>): CommandEntry => ({
  path,
  summary,
  load: async () => (await load()).default,
});

/** An entry for one command of a module whose default export is a list of commands. */
const member = (
  path: string[],
  summary: string,
  load: () => Promise<{ default: readonly Command[] }>,
): CommandEntry => ({
  path,
  summary,
  load: async () => {
    const found = (await load()).default.find((c) => c.path.join(" ") === path.join(" "));
    if (!found) throw new Error(`command ${path.join(" ")} is missing from its module`);
    return found;
  },
});

export const COMMANDS: readonly CommandEntry[] = [
  entry(
    ["demo"],
    "Run Steward's main jobs on the bundled examples (no network, no credentials)",
    () => import("./demo.js"),
  ),
  entry(
    ["lint"],
    "Lint a policy repository (JSON syntax, schemas, permission rules, cross-file checks)",
    () => import("./lint.js"),
  ),
  entry(
    ["build"],
    "Compile a policy repository into per-role managed settings, CLAUDE.md and a digest manifest",
    () => import("./build.js"),
  ),
  entry(
    ["doctor"],
    "Check this machine's Claude Code against the published policy (settings digest, hooks, versions)",
    () => import("./doctor.js"),
  ),
  entry(
    ["check"],
    "Decide one tool call (hook JSON on stdin) against settings files: deny, ask, allow or none",
    () => import("./check.js"),
  ),
  entry(
    ["permissions", "diff"],
    "Per-role effective-permission diff of two policy directories over the probe set",
    () => import("./permissions-diff.js"),
  ),
  entry(
    ["report", "cost"],
    "Cost report from usage logs, hook records, transcripts and partials",
    () => import("./report-cost.js"),
  ),
  entry(
    ["report", "compliance"],
    "Compliance report: controls with verdicts and evidence, the seed's matrix, metrics",
    () => import("./report-compliance.js"),
  ),
  entry(
    ["notify"],
    "Post a Slack message for an event (policy check, key rotation, budget, report, ...)",
    () => import("./notify.js"),
  ),
  member(
    ["keys", "audit"],
    "Audit every Anthropic API key against api-key-policy.json",
    () => import("./keys.js"),
  ),
  member(
    ["keys", "stage"],
    "Stage a Console-minted API key as AWSPENDING (from stdin or a file)",
    () => import("./keys.js"),
  ),
  member(
    ["keys", "rotate"],
    "Run the remaining steps of a staged key rotation (resumable)",
    () => import("./keys.js"),
  ),
  member(["keys", "status"], "Show where a key rotation stands (read-only)", () => import("./keys.js")),
  entry(
    ["hook", "pre-tool-use"],
    "Claude Code PreToolUse hook: decide a tool call from the org policy and role, audit it",
    () => import("./hook-pre-tool-use.js"),
  ),
  entry(
    ["hook", "user-prompt-submit"],
    "Claude Code UserPromptSubmit hook: block new prompts when a token quota is used up (opt-in)",
    () => import("./hook-user-prompt-submit.js"),
  ),
  entry(
    ["hook", "stop"],
    "Claude Code Stop hook: usage records from the transcript, quota check, log retention",
    () => import("./hook-stop.js"),
  ),
  entry(
    ["hook", "session-end"],
    "Claude Code SessionEnd hook: the session's last usage records, quota check",
    () => import("./hook-session-end.js"),
  ),
  entry(
    ["hook", "install"],
    "Print or merge the managed-settings hooks block that runs Steward's hooks",
    () => import("./hook-install.js"),
  ),
];
