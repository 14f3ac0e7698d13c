/**
 * Matching one tool call against a rule set: deny, then ask, then allow,
 * first match wins, specificity ignored (claude-code.md §3).
 */
import {
  allowForm,
  type CommandForm,
  denyForms,
  type FileAccess,
  fileAccesses,
  isReadOnlyCommand,
  needsExactApproval,
} from "./bash.js";
import { compileStarGlob, matchStarGlob, patternKey, type StarGlob, textKeys } from "./glob.js";
import { type CompiledPath, compilePath, matchPath, resolvePath } from "./paths.js";
import { splitCommand } from "./shell.js";
import { canonicalTool, EDIT_TOOLS, own, READ_TOOLS, SPECIFIER_FIELD } from "./tools.js";
import type { Decision, MatchContext, PermissionRule, RuleBehavior, ToolCall } from "./types.js";

/** Claude Code prompts for commands longer than this (claude-code.md §3). */
export const MAX_AUTO_APPROVE_COMMAND_LENGTH = 10_000;

/** One rule and whether it matched, for `--explain`. */
export interface ConsideredRule {
  readonly rule: PermissionRule;
  readonly matched: boolean;
}

/** The decision for one call and the rule that made it. */
export interface MatchResult {
  readonly decision: Decision;
  /** The deciding rule; `undefined` when the decision is `none`. */
  readonly rule: PermissionRule | undefined;
  /** One sentence on why. */
  readonly reason: string;
  /** Every live rule in evaluation order with its outcome (only with `explain`). */
  readonly considered?: readonly ConsideredRule[];
}

interface Entry {
  readonly rule: PermissionRule;
  readonly index: number;
  readonly glob: StarGlob | undefined;
  readonly path: CompiledPath | undefined;
  readonly caseInsensitive: boolean;
}

/** A table looked up by key (a Map when compiled, a stored JSON object when restored). */
interface Lookup<T> {
  get(key: string): T | undefined;
}

interface CommandIndex {
  readonly buckets: Lookup<readonly Entry[]>;
  readonly wild: readonly Entry[];
}

interface PathIndex {
  /** Path rules by a literal segment every matching path contains. */
  readonly keyed: Lookup<readonly Entry[]>;
  readonly wild: readonly Entry[];
}

interface BehaviorIndex {
  readonly byTool: Lookup<readonly Entry[]>;
  /** Read/Edit path rules. */
  readonly paths: PathIndex;
  readonly globs: readonly Entry[];
  readonly commands: Lookup<CommandIndex>;
  readonly all: readonly Entry[];
}

/** Rules compiled once for many calls (see {@link compileRules}). */
export interface CompiledRuleSet {
  readonly rules: readonly PermissionRule[];
  /** `rules[position]`, without building `rules` for a restored set ({@link restoreRuleSet}). */
  readonly ruleAt: (position: number) => PermissionRule | undefined;
  readonly deny: BehaviorIndex;
  readonly ask: BehaviorIndex;
  readonly allow: BehaviorIndex;
}

const BEHAVIORS: readonly RuleBehavior[] = ["deny", "ask", "allow"];

/** The compiled matcher of one rule: its `*`-glob or its path pattern. */
function compileMatcher(rule: PermissionRule): {
  glob: StarGlob | undefined;
  path: CompiledPath | undefined;
} {
  const m = rule.matcher;
  switch (m.kind) {
    case "command":
      return { glob: compileStarGlob(m.pattern, m.tool === "PowerShell"), path: undefined };
    case "tool-glob":
    case "agent":
    case "skill":
    case "param":
    case "specifier":
      return { glob: compileStarGlob(m.pattern), path: undefined };
    case "mcp":
      return { glob: compileStarGlob(m.toolPattern), path: undefined };
    case "path":
      return { glob: undefined, path: compilePath(m.anchor, m.pattern) };
    default:
      return { glob: undefined, path: undefined };
  }
}

const isCaseInsensitive = (rule: PermissionRule) =>
  rule.matcher.kind === "command" && rule.matcher.tool === "PowerShell";

/** Compiles rules (in evaluation order) into an index for fast matching. Inert rules are left out. */
export function compileRules(rules: readonly PermissionRule[]): CompiledRuleSet {
  const make = () => ({
    byTool: new Map<string, Entry[]>(),
    paths: { keyed: new Map<string, Entry[]>(), wild: [] as Entry[] },
    globs: [] as Entry[],
    commands: new Map<string, { buckets: Map<string, Entry[]>; wild: Entry[] }>(),
    all: [] as Entry[],
  });
  const set = { rules, ruleAt: (i: number) => rules[i], deny: make(), ask: make(), allow: make() };
  rules.forEach((rule, index) => {
    if (rule.inert !== undefined) return;
    const m = rule.matcher;
    const ci = isCaseInsensitive(rule);
    const { glob, path } = compileMatcher(rule);
    const entry: Entry = { rule, index, glob, path, caseInsensitive: ci };
    const target = set[rule.behavior];
    target.all.push(entry);
    if (m.kind === "tool-glob") {
      target.globs.push(entry);
      return;
    }
    if (m.kind === "command") {
      let idx = target.commands.get(m.tool);
      if (!idx) {
        idx = { buckets: new Map(), wild: [] };
        target.commands.set(m.tool, idx);
      }
      const key = patternKey(ci ? m.pattern.toLowerCase() : m.pattern);
      if (key === undefined) idx.wild.push(entry);
      else {
        const list = idx.buckets.get(key);
        if (list) list.push(entry);
        else idx.buckets.set(key, [entry]);
      }
      return;
    }
    if (m.kind === "path" && path) {
      if (path.literal === undefined) target.paths.wild.push(entry);
      else {
        const list = target.paths.keyed.get(path.literal);
        if (list) list.push(entry);
        else target.paths.keyed.set(path.literal, [entry]);
      }
      return;
    }
    const tool = m.kind === "mcp" ? `mcp__${m.server}` : m.kind === "domain" ? "WebFetch" : rule.tool;
    const list = target.byTool.get(tool);
    if (list) list.push(entry);
    else target.byTool.set(tool, [entry]);
  });
  return set;
}

/** A bucket table on disk: key -> rule positions. */
type StoredTable = Readonly<Record<string, readonly number[]>>;

/** Buckets of one behavior as rule positions (see {@link RuleSetIndex}). */
export interface BehaviorIndexData {
  readonly byTool: StoredTable;
  readonly pathsKeyed: StoredTable;
  readonly pathsWild: readonly number[];
  readonly globs: readonly number[];
  /** Per tool: the buckets by key, and the patterns without a key. */
  readonly commands: Readonly<
    Record<string, { readonly buckets: StoredTable; readonly wild: readonly number[] }>
  >;
}

/**
 * The index of a compiled rule set as plain JSON data (positions in its
 * rules), so that it can be stored (the hooks' compiled-policy cache) and
 * restored by {@link restoreRuleSet} without compiling every rule again.
 */
export interface RuleSetIndex {
  readonly deny: BehaviorIndexData;
  readonly ask: BehaviorIndexData;
  readonly allow: BehaviorIndexData;
}

/** The index of a set made by {@link compileRules}, as plain data. */
export function ruleSetIndex(set: CompiledRuleSet): RuleSetIndex {
  const positions = (list: readonly Entry[]) => list.map((e) => e.index);
  // Object.fromEntries defines own properties, so a key such as "__proto__" stays a key.
  const table = <T, R>(lookup: Lookup<T>, of: (value: T) => R): Record<string, R> =>
    Object.fromEntries([...(lookup as Map<string, T>)].map(([key, value]) => [key, of(value)]));
  const behavior = (b: BehaviorIndex): BehaviorIndexData => ({
    byTool: table(b.byTool, positions),
    pathsKeyed: table(b.paths.keyed, positions),
    pathsWild: positions(b.paths.wild),
    globs: positions(b.globs),
    commands: table(b.commands, (c) => ({ buckets: table(c.buckets, positions), wild: positions(c.wild) })),
  });
  return { deny: behavior(set.deny), ask: behavior(set.ask), allow: behavior(set.allow) };
}

/** An entry whose glob or path pattern is compiled the first time a call needs it. */
class LazyEntry implements Entry {
  readonly caseInsensitive: boolean;
  private matcher: ReturnType<typeof compileMatcher> | undefined;
  constructor(
    readonly rule: PermissionRule,
    readonly index: number,
  ) {
    this.caseInsensitive = isCaseInsensitive(rule);
  }
  private compiled(): ReturnType<typeof compileMatcher> {
    this.matcher ??= compileMatcher(this.rule);
    return this.matcher;
  }
  get glob(): StarGlob | undefined {
    return this.compiled().glob;
  }
  get path(): CompiledPath | undefined {
    return this.compiled().path;
  }
}

/** A rule set as stored: its index ({@link ruleSetIndex}) and its rules, read one at a time. */
export interface StoredRuleSet {
  readonly index: RuleSetIndex;
  /** How many rules the set has. */
  readonly length: number;
  /** The rule at a position (the same object on every call). */
  ruleAt(position: number): PermissionRule;
}

/**
 * The rule set {@link compileRules} would build, from an index made by
 * {@link ruleSetIndex} of the same rules: a bucket's rules are read and
 * compiled only when a call looks into that bucket, so a process that
 * decides one call touches only the few rules that call can match.
 */
export function restoreRuleSet(stored: StoredRuleSet): CompiledRuleSet {
  const entries: (Entry | undefined)[] = [];
  const at = (i: number): Entry => {
    let e = entries[i];
    if (!e) {
      e = new LazyEntry(stored.ruleAt(i), i);
      entries[i] = e;
    }
    return e;
  };
  const list = (positions: readonly number[]) => positions.map(at);
  const lookup = <T, R>(table: Readonly<Record<string, T>>, of: (value: T) => R): Lookup<R> => {
    const made = new Map<string, R>();
    return {
      get(key) {
        if (!Object.hasOwn(table, key)) return undefined;
        let value = made.get(key);
        if (value === undefined) {
          value = of(table[key] as T);
          made.set(key, value);
        }
        return value;
      },
    };
  };
  let rules: PermissionRule[] | undefined;
  const allRules = () => {
    rules ??= Array.from({ length: stored.length }, (_, i) => stored.ruleAt(i));
    return rules;
  };
  const behavior = (b: BehaviorIndexData, name: RuleBehavior): BehaviorIndex => {
    let all: Entry[] | undefined;
    return {
      byTool: lookup(b.byTool, list),
      paths: { keyed: lookup(b.pathsKeyed, list), wild: list(b.pathsWild) },
      globs: list(b.globs),
      commands: lookup(b.commands, (c) => ({ buckets: lookup(c.buckets, list), wild: list(c.wild) })),
      get all() {
        all ??= allRules().flatMap((r, i) => (r.inert === undefined && r.behavior === name ? [at(i)] : []));
        return all;
      },
    };
  };
  return {
    get rules() {
      return allRules();
    },
    ruleAt: (i) => (i >= 0 && i < stored.length ? stored.ruleAt(i) : undefined),
    deny: behavior(stored.index.deny, "deny"),
    ask: behavior(stored.index.ask, "ask"),
    allow: behavior(stored.index.allow, "allow"),
  };
}

interface SubCommand {
  readonly allow: CommandForm;
  readonly deny: readonly CommandForm[];
  readonly accesses: readonly (FileAccess & { resolved: string; redirect: boolean })[];
  readonly readOnly: boolean;
  readonly exactOnly: boolean;
}

interface Prepared {
  readonly name: string;
  readonly rawName: string;
  readonly input: Readonly<Record<string, unknown>>;
  readonly cwd: string;
  readonly home: string;
  readonly filePath: string | undefined;
  readonly host: string | undefined;
  readonly shell:
    | {
        readonly subs: readonly SubCommand[];
        readonly parseable: boolean;
        readonly long: boolean;
        readonly ci: boolean;
        /** Every file the command's parts read or write (resolved). */
        readonly accesses: readonly Access[];
      }
    | undefined;
}

const FILE_FIELD: Readonly<Record<string, string>> = {
  Read: "file_path",
  Edit: "file_path",
  Write: "file_path",
  MultiEdit: "file_path",
  NotebookEdit: "notebook_path",
  Grep: "path",
  Glob: "path",
};

function hostOf(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/\.$/, "").replace(/^\[|\]$/g, "");
  } catch {
    return undefined;
  }
}

function prepare(call: ToolCall, context: MatchContext): Prepared {
  const rawName = typeof call?.tool_name === "string" ? call.tool_name : "";
  const name = canonicalTool(rawName) ?? rawName;
  const input =
    call && typeof call.tool_input === "object" && call.tool_input !== null && !Array.isArray(call.tool_input)
      ? (call.tool_input as Record<string, unknown>)
      : {};
  const cwd = context.cwd ?? (typeof call?.cwd === "string" && call.cwd !== "" ? call.cwd : "/");
  const home = context.home;
  let filePath: string | undefined;
  const field = own(FILE_FIELD, name);
  if (field !== undefined) {
    const value = input[field];
    if (typeof value === "string" && value !== "") filePath = resolvePath(value, cwd, home);
    else if (name === "Grep" || name === "Glob") filePath = resolvePath(".", cwd, home);
  }
  let shell: Prepared["shell"];
  if (name === "Bash" || name === "PowerShell") {
    const command = typeof input.command === "string" ? input.command : "";
    const ci = name === "PowerShell";
    const analysis = splitCommand(command);
    // Identical parts decide identically: keep one of each (adversarial input repeats them thousands of times).
    const unique = new Map<string, SubCommand>();
    const lower = (f: CommandForm): CommandForm => (ci ? { ...f, text: f.text.toLowerCase() } : f);
    for (const cmd of analysis.commands) {
      const key =
        cmd.redirects.length === 0
          ? cmd.text
          : `${cmd.text}\u0000${cmd.redirects.map((r) => `${r.op}${r.target?.raw ?? ""}`).join("\u0000")}`;
      if (unique.has(key)) continue;
      const allow = allowForm(cmd);
      const deny = denyForms(cmd);
      const innermost = deny[deny.length - 1] ?? allow;
      const redirectTargets = cmd.redirects.length
        ? new Set(cmd.redirects.map((r) => r.target?.value))
        : undefined;
      const seen = new Set<string>();
      const accesses: Access[] = [];
      for (const a of fileAccesses(innermost, cmd.redirects)) {
        const redirect = redirectTargets?.has(a.path) === true;
        const id = `${a.access}${redirect ? "r" : ""}\u0000${a.path}`;
        if (seen.has(id)) continue;
        seen.add(id);
        accesses.push({ ...a, resolved: resolvePath(a.path, cwd, home), redirect });
      }
      unique.set(key, {
        allow: lower(allow),
        deny: deny.map(lower),
        accesses,
        readOnly: cmd.words.length === 0 || isReadOnlyCommand(allow.words),
        exactOnly: needsExactApproval(allow.words),
      });
    }
    const subs = [...unique.values()];
    shell = {
      subs,
      parseable: analysis.parseable,
      long: command.length > MAX_AUTO_APPROVE_COMMAND_LENGTH,
      ci,
      accesses: subs.flatMap((sub) => sub.accesses),
    };
  }
  return {
    name,
    rawName,
    input,
    cwd,
    home,
    filePath,
    host: name === "WebFetch" ? hostOf(input.url) : undefined,
    shell,
  };
}

function matchDomain(pattern: string, host: string): boolean {
  if (pattern.startsWith("*.")) {
    const apex = pattern.slice(2);
    if (!apex.includes("*")) return host.endsWith(`.${apex}`);
    const labels = apex.split(".");
    const hostLabels = host.split(".");
    if (hostLabels.length <= labels.length) return false;
    return matchLabels(labels, hostLabels.slice(hostLabels.length - labels.length));
  }
  if (!pattern.includes("*")) return host === pattern;
  return matchLabels(pattern.split("."), host.split("."));
}

function matchLabels(pattern: readonly string[], host: readonly string[]): boolean {
  if (pattern.length !== host.length) return false;
  return pattern.every((label, i) => matchStarGlob(compileStarGlob(label), host[i] as string));
}

function parseMcpName(name: string): { server: string; tool: string } | undefined {
  if (!name.startsWith("mcp__")) return undefined;
  const rest = name.slice(5);
  const sep = rest.indexOf("__");
  return sep < 0 ? { server: rest, tool: "" } : { server: rest.slice(0, sep), tool: rest.slice(sep + 2) };
}

function scalar(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** Does a path rule's tool cover this call's tool? (`Read` best effort for Grep/Glob; a Read deny also blocks edits.) */
function pathToolCovers(ruleTool: string, behavior: RuleBehavior, callTool: string): boolean {
  if (ruleTool === "Edit") return EDIT_TOOLS.has(callTool);
  if (READ_TOOLS.has(callTool)) return true;
  return behavior === "deny" && EDIT_TOOLS.has(callTool) && callTool !== "NotebookEdit";
}

function commandMatches(entry: Entry, form: CommandForm): boolean {
  return entry.glob !== undefined && matchStarGlob(entry.glob, form.text);
}

/** Whether one entry matches the prepared call (for deny/ask: any part; for allow: some part). */
function entryMatches(entry: Entry, p: Prepared, behavior: RuleBehavior): boolean {
  const m = entry.rule.matcher;
  const bases = (root: string | undefined) => ({ cwd: p.cwd, home: p.home, settingsRoot: root ?? p.cwd });
  switch (m.kind) {
    case "tool":
      if (m.tool === p.name) return true;
      if (m.tool === "Read" || m.tool === "Edit") return pathToolCovers(m.tool, behavior, p.name);
      return m.tool.startsWith("mcp__") && parseMcpName(p.rawName)?.server === m.tool.slice(5);
    case "tool-glob":
      return (
        entry.glob !== undefined &&
        (matchStarGlob(entry.glob, p.rawName) || matchStarGlob(entry.glob, p.name))
      );
    case "mcp": {
      const call = parseMcpName(p.rawName);
      return (
        call !== undefined &&
        call.server === m.server &&
        entry.glob !== undefined &&
        matchStarGlob(entry.glob, call.tool)
      );
    }
    case "domain":
      return p.name === "WebFetch" && p.host !== undefined && matchDomain(m.pattern, p.host);
    case "agent": {
      const type = scalar(p.input.subagent_type);
      return (
        p.name === "Agent" &&
        type !== undefined &&
        entry.glob !== undefined &&
        matchStarGlob(entry.glob, type)
      );
    }
    case "skill": {
      const skill = scalar(p.input.skill) ?? scalar(p.input.command);
      if (p.name !== "Skill" || skill === undefined || entry.glob === undefined) return false;
      const args = scalar(p.input.args);
      return (
        matchStarGlob(entry.glob, skill) ||
        (args !== undefined && matchStarGlob(entry.glob, `${skill} ${args}`))
      );
    }
    case "param": {
      const value = scalar(p.input[m.field]);
      return (
        m.tool === p.name &&
        value !== undefined &&
        entry.glob !== undefined &&
        matchStarGlob(entry.glob, value)
      );
    }
    case "specifier": {
      const field = own(SPECIFIER_FIELD, m.tool);
      const value = field === undefined ? undefined : scalar(p.input[field]);
      return (
        m.tool === p.name &&
        value !== undefined &&
        entry.glob !== undefined &&
        matchStarGlob(entry.glob, value)
      );
    }
    case "command": {
      if (m.tool !== p.name || !p.shell) return false;
      if (behavior === "allow") {
        return p.shell.subs.some((s) => allowMatches(entry, s));
      }
      return p.shell.subs.some((s) => s.deny.some((f) => commandMatches(entry, f)));
    }
    case "path": {
      if (!entry.path) return false;
      const b = bases(entry.rule.source.root);
      if (p.shell) return p.shell.accesses.some((a) => accessMatches(entry, a, behavior, p));
      if (!pathToolCovers(m.tool, behavior, p.name) || p.filePath === undefined) return false;
      return matchPath(entry.path, behavior, p.filePath, b);
    }
  }
}

type Access = SubCommand["accesses"][number];

/** Whether a Read/Edit path entry matches one file a Bash command reads or writes. */
function accessMatches(entry: Entry, a: Access, behavior: RuleBehavior, p: Prepared): boolean {
  const m = entry.rule.matcher;
  if (m.kind !== "path" || !entry.path) return false;
  if (behavior === "allow" && !(m.tool === "Edit" && a.redirect)) return false;
  const applies =
    m.tool === "Edit"
      ? a.access === "write"
      : a.access === "read" || (behavior === "deny" && a.access === "write");
  return (
    applies &&
    matchPath(entry.path, behavior, a.resolved, {
      cwd: p.cwd,
      home: p.home,
      settingsRoot: entry.rule.source.root ?? p.cwd,
    })
  );
}

function allowMatches(entry: Entry, sub: SubCommand): boolean {
  if (sub.exactOnly && entry.glob && !entry.glob.exact) return false;
  return commandMatches(entry, sub.allow);
}

function firstIn(list: readonly Entry[] | undefined, best: number, pred: (e: Entry) => boolean): number {
  if (!list) return best;
  for (const e of list) {
    if (e.index >= best) return best;
    if (pred(e)) return e.index;
  }
  return best;
}

/** Index of the first entry (in rule order) of one behavior that matches, or Infinity. */
function firstMatch(index: BehaviorIndex, p: Prepared, behavior: RuleBehavior): number {
  let best = Number.POSITIVE_INFINITY;
  const pred = (e: Entry) => entryMatches(e, p, behavior);
  best = firstIn(index.globs, best, pred);
  best = firstIn(index.byTool.get(p.name), best, pred);
  const server = parseMcpName(p.rawName)?.server;
  if (server !== undefined) best = firstIn(index.byTool.get(`mcp__${server}`), best, pred);
  if (p.name !== "Read") best = firstIn(index.byTool.get("Read"), best, pred);
  if (p.name !== "Edit") best = firstIn(index.byTool.get("Edit"), best, pred);
  if (p.shell) {
    if (p.shell.accesses.length > 0) best = firstIn(index.paths.wild, best, pred);
    for (const a of p.shell.accesses) {
      const forAccess = (e: Entry) => accessMatches(e, a, behavior, p);
      for (const segment of a.resolved.split("/"))
        if (segment !== "") best = firstIn(index.paths.keyed.get(segment), best, forAccess);
    }
  } else if (p.filePath !== undefined) {
    best = firstIn(index.paths.wild, best, pred);
    for (const segment of p.filePath.split("/"))
      if (segment !== "") best = firstIn(index.paths.keyed.get(segment), best, pred);
  }
  if (p.shell) {
    const commands = index.commands.get(p.name);
    if (commands) {
      for (const sub of p.shell.subs) {
        for (const form of sub.deny) {
          const forForm = (e: Entry) => commandMatches(e, form);
          for (const key of textKeys(form.text)) best = firstIn(commands.buckets.get(key), best, forForm);
          best = firstIn(commands.wild, best, forForm);
        }
      }
    }
  }
  return best;
}

function readAllowed(index: BehaviorIndex, p: Prepared, path: string): boolean {
  const pred = (e: Entry) =>
    e.path !== undefined &&
    e.rule.tool === "Read" &&
    matchPath(e.path, "allow", path, { cwd: p.cwd, home: p.home, settingsRoot: e.rule.source.root ?? p.cwd });
  let best = firstIn(
    index.byTool.get("Read"),
    Number.POSITIVE_INFINITY,
    (e) => e.rule.matcher.kind === "tool",
  );
  best = firstIn(index.paths.wild, best, pred);
  for (const segment of path.split("/"))
    if (segment !== "") best = firstIn(index.paths.keyed.get(segment), best, pred);
  return best !== Number.POSITIVE_INFINITY;
}

/** For allow on Bash: every part covered? Returns the lowest deciding rule index, or Infinity. */
function shellAllow(index: BehaviorIndex, p: Prepared): { index: number; reason: string } {
  const shell = p.shell as NonNullable<Prepared["shell"]>;
  const none = (reason: string) => ({ index: Number.POSITIVE_INFINITY, reason });
  // A whole-tool allow (`Bash`, `Bash(*)`) or a glob covers everything.
  let whole = firstIn(
    index.byTool.get(p.name),
    Number.POSITIVE_INFINITY,
    (e) => e.rule.matcher.kind === "tool",
  );
  whole = firstIn(index.globs, whole, (e) => entryMatches(e, p, "allow"));
  if (whole !== Number.POSITIVE_INFINITY) return { index: whole, reason: "" };
  if (!shell.parseable) return none("the command could not be parsed, so Claude Code prompts");
  if (shell.long)
    return none(
      `the command is longer than ${MAX_AUTO_APPROVE_COMMAND_LENGTH} characters, so Claude Code prompts`,
    );
  const commands = index.commands.get(p.name);
  let used = Number.POSITIVE_INFINITY;
  for (const sub of shell.subs) {
    let best = Number.POSITIVE_INFINITY;
    if (commands && sub.allow.words.length > 0) {
      const pred = (e: Entry) => allowMatches(e, sub);
      for (const key of textKeys(sub.allow.text)) best = firstIn(commands.buckets.get(key), best, pred);
      best = firstIn(commands.wild, best, pred);
    }
    if (best === Number.POSITIVE_INFINITY && !sub.readOnly) {
      return none(`no allow rule matches "${sub.allow.text}" (every part of a compound command must match)`);
    }
    if (best === Number.POSITIVE_INFINITY) {
      // A read-only command runs without a rule only on files inside the working directory (or allowed by Read).
      const outside = sub.accesses.find(
        (a) =>
          a.resolved !== p.cwd &&
          !a.resolved.startsWith(p.cwd.endsWith("/") ? p.cwd : `${p.cwd}/`) &&
          !readAllowed(index, p, a.resolved),
      );
      if (outside) return none(`"${sub.allow.text}" reads "${outside.path}" outside the working directory`);
    }
    if (best < used) used = best;
    for (const access of sub.accesses) {
      if (!access.redirect || access.access !== "write") continue;
      const editPath = (e: Entry) =>
        e.path !== undefined &&
        e.rule.tool === "Edit" &&
        matchPath(e.path, "allow", access.resolved, {
          cwd: p.cwd,
          home: p.home,
          settingsRoot: e.rule.source.root ?? p.cwd,
        });
      let edit = firstIn(
        index.byTool.get("Edit"),
        Number.POSITIVE_INFINITY,
        (e) => e.rule.matcher.kind === "tool",
      );
      edit = firstIn(index.paths.wild, edit, editPath);
      for (const segment of access.resolved.split("/"))
        edit = firstIn(index.paths.keyed.get(segment), edit, editPath);
      if (edit === Number.POSITIVE_INFINITY)
        return none(`the output redirect to "${access.path}" needs an Edit allow rule`);
    }
  }
  return used === Number.POSITIVE_INFINITY
    ? none("only built-in read-only commands; no rule decides")
    : { index: used, reason: "" };
}

function describe(rule: PermissionRule): string {
  return `${rule.behavior} rule "${rule.text}"`;
}

/**
 * Decides one tool call. `rules` are in evaluation order (later layers may
 * simply be appended: only the behavior order and the position within a
 * behavior matter). Never throws on odd input.
 */
export function decide(
  rules: CompiledRuleSet | readonly PermissionRule[],
  call: ToolCall,
  context: MatchContext,
  options: { readonly explain?: boolean } = {},
): MatchResult {
  const set = Array.isArray(rules)
    ? compileRules(rules as readonly PermissionRule[])
    : (rules as CompiledRuleSet);
  const p = prepare(call, context);
  let result: MatchResult | undefined;
  for (const behavior of ["deny", "ask"] as const) {
    const at = firstMatch(set[behavior], p, behavior);
    if (at !== Number.POSITIVE_INFINITY) {
      const rule = set.ruleAt(at) as PermissionRule;
      result = { decision: behavior, rule, reason: `${describe(rule)} matches` };
      break;
    }
  }
  if (!result) {
    let reason = "no rule matches";
    let at: number;
    if (p.shell) {
      const r = shellAllow(set.allow, p);
      at = r.index;
      if (r.reason) reason = r.reason;
    } else at = firstMatch(set.allow, p, "allow");
    if (at !== Number.POSITIVE_INFINITY) {
      const rule = set.ruleAt(at) as PermissionRule;
      result = { decision: "allow", rule, reason: `${describe(rule)} matches` };
    } else result = { decision: "none", rule: undefined, reason };
  }
  if (!options.explain) return result;
  const considered: ConsideredRule[] = [];
  for (const behavior of BEHAVIORS) {
    for (const entry of set[behavior].all)
      considered.push({ rule: entry.rule, matched: entryMatches(entry, p, behavior) });
  }
  return { ...result, considered };
}
