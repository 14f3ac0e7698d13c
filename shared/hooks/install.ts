/**
 * The managed-settings hooks block that wires Steward into Claude Code, and
 * a merge of it into an existing settings file that touches nothing else:
 * other hooks, other keys, comments-free formatting and key order stay as
 * they are (jsonc-parser edits), and a second run changes nothing. Pure.
 */
import * as jsonc from "jsonc-parser";
import { ConfigurationError } from "../errors.js";

export interface InstallOptions {
  /** How Claude Code starts Steward (`steward`, `/usr/local/bin/steward`, `node /opt/steward/index.js`). */
  readonly command: string;
  /**
   * How Claude Code starts the PreToolUse hook, run before every tool call:
   * the fast single-file hook (dist/hook/steward-hook.cjs, e.g.
   * `/usr/local/bin/steward-hook`; see {@link fastHookCommand}). Default: `command`.
   */
  readonly preToolUseCommand?: string;
  /** The deployed policy directory (quoted in the command when it has spaces). */
  readonly policy: string;
  /** Add `--block-on-quota` to the UserPromptSubmit hook. */
  readonly blockOnQuota?: boolean;
}

export interface HookHandler {
  readonly type: "command";
  readonly command: string;
  readonly timeout: number;
}

export interface HookGroup {
  readonly matcher?: string;
  readonly hooks: readonly HookHandler[];
}

/** The events Steward handles, their sub-command and timeout (seconds). */
export const STEWARD_EVENTS = [
  { event: "PreToolUse", sub: "pre-tool-use", timeout: 10, matcher: "*" },
  { event: "UserPromptSubmit", sub: "user-prompt-submit", timeout: 10 },
  { event: "Stop", sub: "stop", timeout: 30 },
  { event: "SessionEnd", sub: "session-end", timeout: 30 },
] as const;

const quote = (s: string) =>
  /^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, "\\$1")}"`;

/** The `hooks` object Steward needs. */
export function stewardHooks(options: InstallOptions): Record<string, HookGroup[]> {
  const out: Record<string, HookGroup[]> = {};
  for (const e of STEWARD_EVENTS) {
    const extra = e.sub === "user-prompt-submit" && options.blockOnQuota ? " --block-on-quota" : "";
    const program =
      e.sub === "pre-tool-use" ? (options.preToolUseCommand ?? options.command) : options.command;
    const handler: HookHandler = {
      type: "command",
      command: `${program} hook ${e.sub} --policy ${quote(options.policy)}${extra}`,
      timeout: e.timeout,
    };
    out[e.event] = ["matcher" in e ? { matcher: e.matcher, hooks: [handler] } : { hooks: [handler] }];
  }
  return out;
}

/**
 * The command of the fast PreToolUse hook installed next to a Steward
 * command (docs/hooks.md "Deploying to laptops"): `steward` ->
 * `steward-hook` in the same directory, `node .../cli/index.js` ->
 * `node .../hook/steward-hook.cjs`. Undefined for any other shape.
 */
export function fastHookCommand(command: string): string | undefined {
  const bin = /^((?:\S*[\\/])?)steward$/.exec(command);
  if (bin) return `${bin[1]}steward-hook`;
  const bundle = /([\\/])cli([\\/])index\.js(["']?)$/.exec(command);
  if (bundle)
    return `${command.slice(0, bundle.index)}${bundle[1]}hook${bundle[2]}steward-hook.cjs${bundle[3]}`;
  return undefined;
}

/** True when a handler command runs `steward hook <sub>` (any path to steward). */
export function isStewardHandler(command: unknown, sub: string): boolean {
  if (typeof command !== "string") return false;
  return /steward/i.test(command) && new RegExp(`(^|\\s)hook\\s+${sub}(\\s|$)`).test(command);
}

function formatting(text: string): jsonc.FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? "  ";
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return indent.startsWith("\t")
    ? { insertSpaces: false, tabSize: 1, eol }
    : { insertSpaces: true, tabSize: indent.length, eol };
}

export interface MergeResult {
  readonly text: string;
  /** What changed, one line each ("added PreToolUse", "updated Stop"); empty when nothing did. */
  readonly changes: readonly string[];
}

/**
 * Merges Steward's hooks into a settings file's text. Each Steward handler
 * already present (found by {@link isStewardHandler}) is updated in place;
 * a missing one is appended as a new matcher group after the event's other
 * groups. Throws ConfigurationError when the text is not a JSON object or
 * `hooks` has the wrong shape.
 */
export function mergeStewardHooks(text: string, options: InstallOptions): MergeResult {
  const source = text.trim() === "" ? "{}\n" : text;
  const errors: jsonc.ParseError[] = [];
  const value = jsonc.parse(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError("The managed settings file is not a JSON object; nothing was changed.", {
      hint: "Fix it first (steward lint shows where).",
    });
  }
  const fmt = formatting(source);
  const wanted = stewardHooks(options);
  let out = source;
  const changes: string[] = [];
  const apply = (path: jsonc.JSONPath, v: unknown) => {
    out = jsonc.applyEdits(out, jsonc.modify(out, path, v, { formattingOptions: fmt }));
  };
  const appendToArray = (text: string, path: jsonc.JSONPath, v: unknown, f: jsonc.FormattingOptions) => {
    const arr = jsonc.findNodeAtLocation(jsonc.parseTree(text) as jsonc.Node, path);
    const last = arr?.children?.[arr.children.length - 1];
    if (!last) {
      return jsonc.applyEdits(
        text,
        jsonc.modify(text, [...path, 0], v, { formattingOptions: f, isArrayInsertion: true }),
      );
    }
    // Insert after the last element by hand: jsonc-parser would re-format the elements before it.
    const lineStart = text.lastIndexOf("\n", last.offset) + 1;
    const lead = text.slice(lineStart, last.offset);
    const indent = /^[ \t]*$/.test(lead) ? lead : "";
    const unit = f.insertSpaces ? " ".repeat(f.tabSize ?? 2) : "\t";
    const eol = f.eol ?? "\n";
    const body = JSON.stringify(v, null, unit).split("\n").join(`${eol}${indent}`);
    const at = last.offset + last.length;
    return `${text.slice(0, at)},${eol}${indent}${body}${text.slice(at)}`;
  };
  for (const e of STEWARD_EVENTS) {
    const current = jsonc.parse(out) as { hooks?: Record<string, unknown> };
    const group = (wanted[e.event] as HookGroup[])[0] as HookGroup;
    const handler = group.hooks[0] as HookHandler;
    const hooks = current.hooks;
    if (hooks !== undefined && (hooks === null || typeof hooks !== "object" || Array.isArray(hooks)))
      throw new ConfigurationError(
        '"hooks" in the managed settings file is not an object; nothing was changed.',
      );
    const groups = hooks?.[e.event];
    if (groups === undefined) {
      apply(["hooks", e.event], [group]);
      changes.push(`added ${e.event}`);
      continue;
    }
    if (!Array.isArray(groups))
      throw new ConfigurationError(`"hooks.${e.event}" is not an array; nothing was changed.`);
    let found = false;
    groups.forEach((g: unknown, i: number) => {
      const list = (g as { hooks?: unknown })?.hooks;
      if (!Array.isArray(list)) return;
      list.forEach((h: unknown, j: number) => {
        if (found || !isStewardHandler((h as { command?: unknown })?.command, e.sub)) return;
        found = true;
        const cur = h as Record<string, unknown>;
        if (cur.command !== handler.command || cur.timeout !== handler.timeout || cur.type !== "command") {
          apply(["hooks", e.event, i, "hooks", j, "type"], "command");
          apply(["hooks", e.event, i, "hooks", j, "command"], handler.command);
          apply(["hooks", e.event, i, "hooks", j, "timeout"], handler.timeout);
          changes.push(`updated ${e.event}`);
        }
      });
    });
    if (!found) {
      out = appendToArray(out, ["hooks", e.event], group, fmt);
      changes.push(`added ${e.event}`);
    }
  }
  return { text: out, changes };
}
