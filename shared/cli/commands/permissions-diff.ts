/** `steward permissions diff <base-dir> <head-dir>`: what a policy change does, per role. */
import { resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import {
  diffPolicies,
  loadPolicyDirectory,
  type PolicyDiff,
  renderPolicyDiffMarkdown,
  renderPolicyDiffText,
  rolePolicies,
} from "../../permissions/index.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";

const HELP = `Usage: steward permissions diff <base-dir> <head-dir> [--format text|markdown|json]

Compares two policy directories (e.g. the base and head of a pull request).
Each directory may hold managed-settings.json, managed-settings.d/*.json,
enterprise-settings.json and role-mappings.json; each role's effective rules
are the org-level rules plus the role's own (no role-mappings.json: one role
named "default"). Both are evaluated on the curated probe set of sensitive
tool calls (secrets, cloud credentials, network, destructive commands,
publishing, force-push, privilege escalation, writes outside the project, MCP),
and the probes whose decision changed, and the rules added or removed, are
printed per role. Exit code 0 whether or not anything changed.

Options:
  --format <f>   text (default), markdown (the PR comment section) or json
`;

function toJson(diff: PolicyDiff): string {
  return `${JSON.stringify(
    {
      roles: diff.roles.map((r) => ({
        role: r.role,
        status: r.status,
        changes: r.changes.map((c) => ({
          probe: c.probe.id,
          title: c.probe.title,
          category: c.probe.category,
          before: c.before,
          after: c.after,
          beforeRule: c.beforeRule ?? null,
          afterRule: c.afterRule ?? null,
        })),
        rulesAdded: r.rulesAdded,
        rulesRemoved: r.rulesRemoved,
      })),
    },
    null,
    2,
  )}\n`;
}

const permissionsDiff: Command = {
  path: ["permissions", "diff"],
  summary: "Per-role effective-permission diff of two policy directories over the probe set",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("permissions diff", args, {
      format: { type: "string" },
    });
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (positionals.length !== 2) {
      throw new ConfigurationError(
        `steward permissions diff takes two directories, got ${positionals.length}.`,
        {
          hint: "Run 'steward permissions diff <base-dir> <head-dir>'.",
        },
      );
    }
    const format = values.format ?? "text";
    if (!["text", "markdown", "json"].includes(format)) {
      throw new ConfigurationError(`--format must be one of text, markdown, json; got "${format}".`);
    }
    const [baseArg, headArg] = positionals as [string, string];
    const [baseSources, headSources] = await Promise.all([
      loadPolicyDirectory(resolve(io.cwd, baseArg), baseArg),
      loadPolicyDirectory(resolve(io.cwd, headArg), headArg),
    ]);
    const base = rolePolicies(baseSources);
    const head = rolePolicies(headSources);
    for (const d of head.diagnostics) {
      if (d.severity === "note") continue;
      io.logger.warning(`"${d.text}": ${d.message}`, {
        file: d.source.file,
        line: d.source.line,
        column: d.source.column,
        title: d.code,
      });
    }
    const diff = diffPolicies(base.roles, head.roles);
    io.stdout.write(
      format === "json"
        ? toJson(diff)
        : format === "markdown"
          ? renderPolicyDiffMarkdown(diff)
          : renderPolicyDiffText(diff),
    );
    return 0;
  },
};

export default permissionsDiff;
