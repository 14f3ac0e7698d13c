/** `steward check`: decide one hook-style tool call against settings files. */
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import {
  decide,
  type MatchResult,
  mergeLayers,
  type PermissionRule,
  rulesAt,
  type SettingsLayer,
  type SettingsScope,
  type ToolCall,
} from "../../permissions/index.js";
import { layerFromSource } from "../../permissions/settings.js";
import { type JsonSource, parseJsonSource } from "../../policy/json-source.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo, Command } from "../command.js";

const HELP = `Usage: steward check --settings <file> [--settings <file> ...] [--role <name> --roles <role-mappings.json>]
                     [--home <dir>] [--json] [--explain] < tool-call.json

Reads one tool call on standard input, exactly as Claude Code hands it to a
PreToolUse hook ({"tool_name": "Bash", "tool_input": {"command": "..."}, "cwd": "/repo"}),
and prints what the permission rules of the given settings files decide:
deny, ask, allow or none (no rule matches; Claude Code's mode decides), the
deciding rule and the file and line it came from.

Each file's scope follows its name: managed-settings.json, managed-settings.d/*.json
and enterprise-settings.json are managed; settings.local.json is local;
~/.claude/settings.json is user; .claude/settings.json is project; anything else
is a --settings file. "/path" Read/Edit rules are relative to that file's root.

Options:
  --settings <file>  a settings file (repeatable)
  --role <name>      add the rules of this role from --roles
  --roles <file>     role-mappings.json ({"roleMappings": {"<role>": {"permissions": {...}}}})
  --home <dir>       home directory for ~ rules (default: $HOME)
  --json             print {"decision", "rule", "behavior", "file", "line", "column", "scope", "reason"}
  --explain          also list every rule considered and whether it matched

Example:
  echo '{"tool_name":"Bash","tool_input":{"command":"rm -rf /"},"cwd":"/repo"}' |
    steward check --settings .claude/settings.json --json
`;

/** Problems that make Claude Code ignore a whole settings file (claude-code.md §1, §8 8961). */
const FATAL_JSON = new Set(["syntax", "comment", "trailing-comma", "empty-file", "multiple-values"]);

/** Scope and `/path` root of a settings file from its path (claude-code.md §1, §3). */
export function settingsPlacement(
  absolute: string,
  home: string,
  startDir: string,
): { scope: SettingsScope; root: string } {
  const name = basename(absolute);
  const dir = dirname(absolute);
  if (
    name === "managed-settings.json" ||
    name === "enterprise-settings.json" ||
    basename(dir) === "managed-settings.d"
  ) {
    return { scope: "managed", root: basename(dir) === "managed-settings.d" ? dirname(dir) : dir };
  }
  if (name === "settings.local.json" && basename(dir) === ".claude")
    return { scope: "local", root: startDir };
  if (name === "settings.json" && basename(dir) === ".claude") {
    if (dir === join(home, ".claude")) return { scope: "user", root: dir };
    return { scope: "project", root: dirname(dir) };
  }
  return { scope: "cli", root: dir };
}

async function readSource(path: string, label: string): Promise<JsonSource> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read ${label}: ${(error as NodeJS.ErrnoException).code ?? "error"}.`,
      {
        file: label,
        hint: "Check the path given to --settings/--roles.",
        cause: error,
      },
    );
  }
  return parseJsonSource(text, label);
}

function parseCall(text: string): ToolCall {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError("Standard input is not JSON.", {
      hint: 'Pipe one tool call, e.g. {"tool_name":"Bash","tool_input":{"command":"ls"},"cwd":"/repo"}.',
      cause: error,
    });
  }
  if (value === null || typeof value !== "object" || typeof (value as ToolCall).tool_name !== "string") {
    throw new ConfigurationError('The tool call on standard input needs a string "tool_name".', {
      hint: 'Pass the PreToolUse hook input: {"tool_name", "tool_input", "cwd"}.',
    });
  }
  return value as ToolCall;
}

const where = (r: PermissionRule | undefined) =>
  r?.source.file ? `${r.source.file}${r.source.line ? `:${r.source.line}` : ""}` : "";

function render(result: MatchResult, json: boolean): string {
  const rule = result.rule;
  if (json) {
    return `${JSON.stringify(
      {
        decision: result.decision,
        rule: rule?.text ?? null,
        behavior: rule?.behavior ?? null,
        file: rule?.source.file ?? null,
        line: rule?.source.line ?? null,
        column: rule?.source.column ?? null,
        scope: rule?.source.scope ?? null,
        reason: result.reason,
        ...(result.considered
          ? {
              considered: result.considered.map((c) => ({
                rule: c.rule.text,
                behavior: c.rule.behavior,
                file: c.rule.source.file ?? null,
                line: c.rule.source.line ?? null,
                matched: c.matched,
              })),
            }
          : {}),
      },
      null,
      2,
    )}\n`;
  }
  const lines = [
    rule ? `${result.decision}: ${rule.text}  (${where(rule) || rule.source.scope})` : `${result.decision}`,
  ];
  lines.push(`  ${result.reason}`);
  if (result.considered) {
    lines.push("", "rules considered (deny, then ask, then allow; first match wins):");
    for (const c of result.considered) {
      lines.push(
        `  ${c.matched ? "match" : "  -  "}  ${c.rule.behavior.padEnd(5)}  ${c.rule.text}  ${where(c.rule)}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

const check: Command = {
  path: ["check"],
  summary: "Decide one tool call (hook JSON on stdin) against settings files: deny, ask, allow or none",
  help: HELP,
  async run(args, io: CliIo) {
    const { values } = parseCommandArgs(
      "check",
      args,
      {
        settings: { type: "string", multiple: true },
        role: { type: "string" },
        roles: { type: "string" },
        home: { type: "string" },
        json: { type: "boolean" },
        explain: { type: "boolean" },
      },
      false,
    );
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const files = values.settings ?? [];
    if (files.length === 0 && values.role === undefined) {
      throw new ConfigurationError(
        "steward check needs at least one --settings file (or --role with --roles).",
        {
          hint: "Run 'steward check --help'.",
        },
      );
    }
    if ((values.role === undefined) !== (values.roles === undefined)) {
      throw new ConfigurationError("--role and --roles go together.", {
        hint: "Pass --role <name> --roles <role-mappings.json>.",
      });
    }
    const call = parseCall(await io.readStdin());
    const home = resolve(io.cwd, values.home ?? io.env.HOME ?? "/");
    const startDir = typeof call.cwd === "string" && call.cwd !== "" ? call.cwd : io.cwd;

    const layers: SettingsLayer[] = [];
    for (const file of files) {
      const absolute = resolve(io.cwd, file);
      const source = await readSource(absolute, file);
      const fatal = source.problems.filter((p) => FATAL_JSON.has(p.code));
      for (const p of source.problems) {
        io.logger.warning(p.message, { file, line: p.line, column: p.column, title: `json/${p.code}` });
      }
      if (fatal.length > 0) {
        io.logger.warning(
          "Claude Code ignores this whole file because it is not strict JSON; its rules are left out.",
          {
            file,
            title: "settings ignored",
          },
        );
        continue;
      }
      const { scope, root } = settingsPlacement(absolute, home, startDir);
      layers.push(layerFromSource(source, scope, root));
    }
    if (values.role !== undefined && values.roles !== undefined) {
      const label = values.roles;
      const absolute = resolve(io.cwd, label);
      const source = await readSource(absolute, label);
      const mappings = (source.value as { roleMappings?: Record<string, unknown> } | undefined)?.roleMappings;
      if (!mappings || typeof mappings !== "object" || !(values.role in mappings)) {
        const known = mappings && typeof mappings === "object" ? Object.keys(mappings) : [];
        throw new ConfigurationError(`Role "${values.role}" is not in ${label}.`, {
          file: label,
          hint: known.length ? `Known roles: ${known.join(", ")}.` : "The file has no roleMappings object.",
        });
      }
      const built = rulesAt(
        source,
        ["roleMappings", values.role, "permissions"],
        "managed",
        dirname(absolute),
      );
      layers.push({
        scope: "managed",
        file: label,
        settings: {},
        rules: built.rules,
        diagnostics: built.diagnostics,
      });
    }
    const policy = mergeLayers(layers);
    for (const d of policy.diagnostics) {
      const message = `"${d.text}": ${d.message}${d.hint ? ` ${d.hint}` : ""}`;
      const location = { file: d.source.file, line: d.source.line, column: d.source.column, title: d.code };
      if (d.severity === "note") io.logger.debug(message);
      else io.logger.warning(message, location);
    }
    const result = decide(policy.rules, call, { home, cwd: startDir }, { explain: values.explain === true });
    io.stdout.write(render(result, values.json === true));
    return 0;
  },
};

export default check;
