/**
 * The hooks of a settings file, read from the parse tree with positions,
 * whether written in Claude Code's shape (`{matcher, hooks: [handler]}`) or
 * the seed's flat shape (`{command}` directly in the event's list).
 */
import type { JsonNode, JsonSource } from "./json-source.js";

export interface HookCommand {
  readonly event: string;
  /** Index of the group in the event's list. */
  readonly group: number;
  /** The node of the group object (or of the bad entry). */
  readonly groupNode: JsonNode;
  readonly matcher?: { readonly value: string; readonly node: JsonNode };
  /** Handler written flat in the group (no `hooks` array). */
  readonly flat: boolean;
  readonly handlerNode: JsonNode;
  readonly type?: string;
  readonly command?: { readonly value: string; readonly node: JsonNode };
}

/** The value node of `key` in an object node. */
export function propertyNode(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== "object") return undefined;
  for (const p of node.children ?? []) {
    if (p.children?.[0]?.value === key) return p.children[1];
  }
  return undefined;
}

/** Every `[key, valueNode]` of an object node, in file order. */
export function propertiesOf(node: JsonNode | undefined): [string, JsonNode, JsonNode][] {
  if (node?.type !== "object") return [];
  const out: [string, JsonNode, JsonNode][] = [];
  for (const p of node.children ?? []) {
    const k = p.children?.[0];
    const v = p.children?.[1];
    if (k && v && typeof k.value === "string") out.push([k.value, v, k]);
  }
  return out;
}

const stringAt = (node: JsonNode | undefined) =>
  node?.type === "string" && typeof node.value === "string" ? { value: node.value, node } : undefined;

/** The hook handlers under `hooksNode` (the value of a `hooks` key). */
export function hookCommands(hooksNode: JsonNode | undefined): HookCommand[] {
  const out: HookCommand[] = [];
  for (const [event, list] of propertiesOf(hooksNode)) {
    if (list.type !== "array") continue;
    (list.children ?? []).forEach((groupNode, group) => {
      if (groupNode.type !== "object") return;
      const matcher = stringAt(propertyNode(groupNode, "matcher"));
      const inner = propertyNode(groupNode, "hooks");
      const base = { event, group, groupNode, ...(matcher ? { matcher } : {}) };
      if (inner?.type === "array") {
        for (const h of inner.children ?? []) {
          if (h.type !== "object") continue;
          const type = stringAt(propertyNode(h, "type"))?.value;
          const command = stringAt(propertyNode(h, "command"));
          out.push({
            ...base,
            flat: false,
            handlerNode: h,
            ...(type ? { type } : {}),
            ...(command ? { command } : {}),
          });
        }
      } else if (propertyNode(groupNode, "command") || propertyNode(groupNode, "type")) {
        const type = stringAt(propertyNode(groupNode, "type"))?.value;
        const command = stringAt(propertyNode(groupNode, "command"));
        out.push({
          ...base,
          flat: true,
          handlerNode: groupNode,
          ...(type ? { type } : {}),
          ...(command ? { command } : {}),
        });
      }
    });
  }
  return out;
}

/** The hooks of a settings source (top-level `hooks`). */
export function settingsHooks(source: JsonSource): HookCommand[] {
  return hookCommands(propertyNode(source.root, "hooks"));
}

/** Splits a command line into words, honouring quotes (no expansion). */
export function shellWords(command: string): { word: string; offset: number }[] {
  const words: { word: string; offset: number }[] = [];
  let i = 0;
  while (i < command.length) {
    while (i < command.length && /\s/.test(command[i] as string)) i++;
    if (i >= command.length) break;
    if (/[;&|<>]/.test(command[i] as string)) break;
    const start = i;
    let word = "";
    while (i < command.length && !/[\s;&|<>]/.test(command[i] as string)) {
      const c = command[i] as string;
      if (c === '"' || c === "'") {
        const end = command.indexOf(c, i + 1);
        const stop = end < 0 ? command.length : end;
        word += command.slice(i + 1, stop);
        i = stop + 1;
      } else if (c === "\\" && i + 1 < command.length) {
        word += command[i + 1];
        i += 2;
      } else {
        word += c;
        i++;
      }
    }
    words.push({ word, offset: start });
  }
  return words;
}

const INTERPRETERS = new Set([
  "bash",
  "sh",
  "zsh",
  "dash",
  "python",
  "python3",
  "node",
  "ruby",
  "perl",
  "deno",
  "bun",
]);

export interface ScriptRef {
  /** The path as written (after removing `$CLAUDE_PROJECT_DIR/`). */
  readonly written: string;
  /** Offset of the path in the command string. */
  readonly offset: number;
  /** Relative to the policy repository root, when it points into the repository. */
  readonly repoPath?: string;
  /** Run through an interpreter (`bash x.sh`), so the executable bit does not matter. */
  readonly viaInterpreter: boolean;
  /** Written relative to the session's working directory (no `$CLAUDE_PROJECT_DIR`, not absolute). */
  readonly cwdRelative: boolean;
}

/**
 * The script a hook command runs, if it runs a file: `scripts/x.sh`,
 * `"$CLAUDE_PROJECT_DIR"/.claude/hooks/x.sh`, `bash scripts/x.sh`. A bare
 * program name (`steward hook ...`, `jq`) is not a script.
 */
export function scriptOfCommand(command: string, settingsPath: string): ScriptRef | undefined {
  const words = shellWords(command);
  let index = 0;
  while (words[index] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]?.word ?? "")) index++;
  let viaInterpreter = false;
  const first = words[index];
  if (!first) return undefined;
  const program = first.word.slice(first.word.lastIndexOf("/") + 1);
  if (INTERPRETERS.has(program)) {
    viaInterpreter = true;
    index++;
    while (words[index]?.word.startsWith("-")) {
      // `bash -c "..."`, `python3 -m pkg`, `node -e "..."` run no script file.
      if (/^-(c|m|e|p|-eval|-print)$/.test(words[index]?.word ?? "")) return undefined;
      index++;
    }
  }
  const target = words[index];
  if (!target) return undefined;
  let written = target.word;
  const projectVar = /^\$\{?CLAUDE_PROJECT_DIR\}?\/?/;
  const fromProject = projectVar.test(written);
  written = written.replace(projectVar, "");
  if (!fromProject && !written.includes("/") && !(viaInterpreter && /\.[A-Za-z0-9]+$/.test(written)))
    return undefined;
  if (written.startsWith("~") || written.startsWith("$")) {
    return { written, offset: target.offset, viaInterpreter, cwdRelative: false };
  }
  const absolute = written.startsWith("/") && !fromProject;
  // A settings file at <dir>/.claude/settings.json belongs to the project <dir>.
  const projectDir = settingsPath.includes(".claude/")
    ? settingsPath.slice(0, settingsPath.lastIndexOf(".claude/"))
    : settingsPath.slice(0, settingsPath.lastIndexOf("/") + 1);
  const repoPath = absolute ? undefined : normalisePath(projectDir + written.replace(/^\.\//, ""));
  return {
    written,
    offset: target.offset,
    ...(repoPath !== undefined ? { repoPath } : {}),
    viaInterpreter,
    cwdRelative: !fromProject && !absolute,
  };
}

/** Resolves `.` and `..` in a `/`-separated relative path; undefined when it leaves the root. */
export function normalisePath(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}
