/**
 * Analysis of a rule set (one settings file or a merged policy): each
 * finding has a stable id, a severity, the rules it is about with their
 * source, and how to fix it. See docs/permissions.md for the catalog.
 */
import { denyForms, RUNNERS } from "./bash.js";
import {
  type CompiledSegment,
  compileSegment,
  compileStarGlob,
  matchSegments,
  matchStarGlob,
  patternKey,
  type StarGlob,
  starMatch,
  textKeys,
} from "./glob.js";
import { type CompiledRuleSet, compileRules, decide } from "./match.js";
import { segments } from "./paths.js";
import type { PlacedDiagnostic } from "./rules.js";
import { splitCommand } from "./shell.js";
import type { MatchContext, PermissionRule, RuleBehavior, RuleSource, Severity, ToolCall } from "./types.js";

/** A rule as a finding names it. */
export interface RuleRef {
  readonly text: string;
  readonly behavior: RuleBehavior;
  readonly source: RuleSource;
}

export interface PermissionFinding {
  /** Stable id, e.g. `permissions/unreachable-rule`. */
  readonly id: string;
  readonly severity: Severity;
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** The rules it is about; the first is where it is reported. */
  readonly rules: readonly RuleRef[];
}

export interface AnalyseOptions {
  /** `sandbox.enabled` of the effective settings (network and script bypasses are then contained). */
  readonly sandboxEnabled?: boolean;
  /** Parse diagnostics to report as findings too (`permissions/rule-<code>`). */
  readonly diagnostics?: readonly PlacedDiagnostic[];
}

/** The catalog of finding ids, with default severity and a one-line description (documented in docs/permissions.md). */
export const FINDING_CATALOG: Readonly<Record<string, { severity: Severity; summary: string }>> = {
  "permissions/duplicate-rule": {
    severity: "warning",
    summary: "The same rule appears twice in the same list.",
  },
  "permissions/unreachable-rule": {
    severity: "warning",
    summary: "An allow or ask rule that a broader deny or ask rule always decides first.",
  },
  "permissions/inert-rule": {
    severity: "warning",
    summary: "A rule Claude Code accepts but never consults.",
  },
  "permissions/overbroad-allow": {
    severity: "warning",
    summary: "An allow rule that approves a whole tool or the whole disk.",
  },
  "permissions/runner-allow": {
    severity: "warning",
    summary: "An allow rule on a runner (npx, docker exec, bash, …) that approves whatever it runs.",
  },
  "permissions/deny-bypass": {
    severity: "warning",
    summary: "A deny rule with well-known variants it does not stop.",
  },
  "permissions/deny-misses-bare-command": {
    severity: "warning",
    summary: "`Bash(cmd *)` does not match `cmd` with no arguments.",
  },
  "permissions/network-deny-without-sandbox": {
    severity: "warning",
    summary: "Network deny rules without the sandbox: other clients still reach the network.",
  },
  "permissions/file-deny-without-sandbox": {
    severity: "note",
    summary: "Read/Edit deny rules stop Claude's tools and recognised file commands, not scripts.",
  },
};

const RUNNER_PATTERNS: readonly (readonly [string, string])[] = RUNNERS.map((r) => [r, `${r} *`] as const);

const ref = (r: PermissionRule): RuleRef => ({ text: r.text, behavior: r.behavior, source: r.source });
const where = (r: PermissionRule): string =>
  r.source.file ? ` (${r.source.file}${r.source.line ? `:${r.source.line}` : ""})` : "";

/** A key equal for rules Claude Code treats identically (`Bash(x:*)` = `Bash(x *)`, `Tool(*)` = `Tool`). */
export function ruleKey(rule: PermissionRule): string {
  let key = KEYS.get(rule);
  if (key === undefined) {
    const m = rule.matcher as unknown as Record<string, string>;
    key = `${rule.behavior}\u0000${m.kind}\u0000${m.tool ?? ""}\u0000${m.anchor ?? ""}\u0000${m.server ?? ""}\u0000${m.field ?? ""}\u0000${m.pattern ?? m.toolPattern ?? ""}`;
    KEYS.set(rule, key);
  }
  return key;
}
const KEYS = new WeakMap<PermissionRule, string>();
const GLOBS = new Map<string, StarGlob>();
const SEGMENTS = new Map<string, CompiledSegment[]>();

function cachedGlob(pattern: string): StarGlob {
  let glob = GLOBS.get(pattern);
  if (!glob) {
    if (GLOBS.size > 50_000) GLOBS.clear();
    glob = compileStarGlob(pattern);
    GLOBS.set(pattern, glob);
  }
  return glob;
}

const PLAIN = new Map<string, string[]>();
function cachedPlainSegments(pattern: string): string[] {
  let segs = PLAIN.get(pattern);
  if (!segs) {
    if (PLAIN.size > 50_000) PLAIN.clear();
    segs = segments(pattern).map((s) => (s === "**" ? SENTINEL + SENTINEL : s.replace(/[*?]/g, SENTINEL)));
    PLAIN.set(pattern, segs);
  }
  return segs;
}

function cachedSegments(pattern: string, anyDepth: boolean): CompiledSegment[] {
  const key = `${anyDepth ? "1" : "0"}${pattern}`;
  let segs = SEGMENTS.get(key);
  if (!segs) {
    if (SEGMENTS.size > 50_000) SEGMENTS.clear();
    segs = [...(anyDepth ? ["**"] : []), ...segments(pattern)].map(compileSegment);
    SEGMENTS.set(key, segs);
  }
  return segs;
}

const SENTINEL = "\u0000";

/** Does star-glob `a` match every string star-glob `b` matches? (b's `*` may only be consumed by a's `*`.) */
const SENTINELS = new Map<string, string>();
function starSubsumes(a: string, b: string): boolean {
  let text = SENTINELS.get(b);
  if (text === undefined) {
    if (SENTINELS.size > 50_000) SENTINELS.clear();
    text = b.split("*").join(SENTINEL);
    SENTINELS.set(b, text);
  }
  return matchStarGlob(cachedGlob(a), text);
}

/** `b` comes from {@link cachedPlainSegments} (its wildcards already sentinels). */
function pathSubsumes(a: readonly CompiledSegment[], b: readonly string[]): boolean {
  return matchSegments(a, b);
}

function isDenyStyleAnchor(rule: PermissionRule): boolean {
  const m = rule.matcher;
  return (
    m.kind === "path" && (m.anchor === "anywhere" || (m.anchor === "relative" && rule.behavior !== "allow"))
  );
}

/** The full tool name a rule is about (`mcp__srv__tool`), with b's wildcards as sentinels. */
function fullName(rule: PermissionRule): string {
  const m = rule.matcher;
  if (m.kind === "mcp") return `mcp__${m.server}__${m.toolPattern.split("*").join(SENTINEL)}`;
  if (m.kind === "tool-glob") return m.pattern.split("*").join(SENTINEL);
  return rule.tool;
}

/**
 * True when every call `b` matches is also matched by `a` (sound, not
 * complete: `false` means "not shown"). Used for unreachable rules.
 */
export function covers(a: PermissionRule, b: PermissionRule): boolean {
  if (a.inert !== undefined) return false;
  const ma = a.matcher;
  const mb = b.matcher;
  if (ma.kind === "tool-glob") return starMatch(ma.pattern, fullName(b));
  if (ma.kind === "tool") {
    if (ma.tool === b.tool && mb.kind !== "tool-glob") return true;
    if (ma.tool.startsWith("mcp__") && mb.kind === "mcp") return ma.tool === `mcp__${mb.server}`;
    if (mb.kind === "path")
      return ma.tool === "Edit" ? mb.tool === "Edit" : a.behavior === "deny" && ma.tool === "Read";
    return false;
  }
  switch (ma.kind) {
    case "command":
      return mb.kind === "command" && mb.tool === ma.tool && starSubsumes(ma.pattern, mb.pattern);
    case "mcp":
      return mb.kind === "mcp"
        ? mb.server === ma.server && starSubsumes(ma.toolPattern, mb.toolPattern)
        : false;
    case "domain": {
      if (mb.kind !== "domain") return false;
      if (ma.pattern === mb.pattern) return true;
      if (ma.pattern.startsWith("*."))
        return mb.pattern.endsWith(ma.pattern.slice(1)) && !ma.pattern.slice(2).includes("*");
      return false;
    }
    case "agent":
    case "skill":
      return mb.kind === ma.kind && starSubsumes(ma.pattern, mb.pattern);
    case "param":
    case "specifier":
      return (
        mb.kind === ma.kind &&
        mb.tool === ma.tool &&
        (mb as { field?: string }).field === (ma as { field?: string }).field &&
        starSubsumes(ma.pattern, mb.pattern)
      );
    case "path": {
      if (mb.kind !== "path") return false;
      const toolOk = ma.tool === mb.tool || (ma.tool === "Read" && a.behavior === "deny");
      if (!toolOk) return false;
      const bSegs = cachedPlainSegments(mb.pattern);
      if (isDenyStyleAnchor(a)) return pathSubsumes(cachedSegments(ma.pattern, true), bSegs);
      const aSegs = cachedSegments(ma.pattern, false);
      if (ma.anchor !== mb.anchor) return false;
      if (ma.anchor === "settings" && a.source.root !== b.source.root) return false;
      if (ma.anchor === "relative" && a.behavior !== b.behavior && isDenyStyleAnchor(b)) return false;
      return pathSubsumes(aSegs, bSegs);
    }
  }
}

/** Which rules a path rule can be covered by: any-depth ones, or the same anchor (and root). */
function anchorClass(rule: PermissionRule): string {
  const m = rule.matcher;
  if (m.kind !== "path") return "";
  if (isDenyStyleAnchor(rule)) return "any";
  return m.anchor === "settings" ? `settings@${rule.source.root ?? ""}` : m.anchor;
}

/**
 * The last word every command a pattern matches must end with, or "" when
 * there is none: after the last `*`, the text after the last space (a
 * covered pattern must end with the same word).
 */
function suffixWord(pattern: string): string {
  const star = pattern.lastIndexOf("*");
  const tail = pattern.slice(star + 1);
  const space = tail.lastIndexOf(" ");
  if (star >= 0 && space < 0) return "";
  return tail.slice(space + 1);
}

/** Bucket key for finding covering candidates fast. */
function coverKey(rule: PermissionRule): string | undefined {
  const m = rule.matcher;
  if (m.kind === "command") {
    const key = patternKey(m.pattern);
    return key === undefined ? undefined : `${m.tool}:${key}|${suffixWord(m.pattern)}`;
  }
  if (m.kind === "domain") {
    const base = m.pattern.startsWith("*.") ? m.pattern.slice(2) : m.pattern;
    return base.includes("*") ? undefined : `WebFetch:d:${base}`;
  }
  if (m.kind === "mcp") return m.toolPattern.includes("*") ? undefined : `mcp:${m.server}:${m.toolPattern}`;
  if (m.kind === "path") {
    const literal = segments(m.pattern).find((s) => !/[*?[\\]/.test(s));
    return literal === undefined ? undefined : `${m.tool}:${anchorClass(rule)}:${literal}`;
  }
  return undefined;
}

function targetKeys(rule: PermissionRule): string[] {
  const m = rule.matcher;
  if (m.kind === "command") {
    const star = m.pattern.indexOf("*");
    const space = m.pattern.lastIndexOf(" ");
    const last = m.pattern.slice(space + 1);
    const keys = textKeys(star < 0 ? m.pattern : m.pattern.slice(0, star));
    return keys.flatMap((k) =>
      last !== "" && !last.includes("*")
        ? [`${m.tool}:${k}|`, `${m.tool}:${k}|${last}`]
        : [`${m.tool}:${k}|`],
    );
  }
  if (m.kind === "domain") {
    const labels = m.pattern.split(".");
    return labels.map((_, i) => `WebFetch:d:${labels.slice(i).join(".")}`);
  }
  if (m.kind === "mcp") return [`mcp:${m.server}:${m.toolPattern}`];
  if (m.kind === "path") {
    const literals = segments(m.pattern).filter((s) => !/[*?[\\]/.test(s));
    const classes = ["any", anchorClass(rule)];
    const tools = m.tool === "Read" ? ["Read"] : ["Edit", "Read"];
    return literals.flatMap((s) => tools.flatMap((t) => classes.map((c) => `${t}:${c}:${s}`)));
  }
  return [];
}

/** Rules grouped for the covering search. */
class CoverIndex {
  private readonly keyed = new Map<string, PermissionRule[]>();
  private readonly byTool = new Map<string, PermissionRule[]>();
  private readonly globs: PermissionRule[] = [];

  add(rule: PermissionRule): void {
    if (rule.inert !== undefined) return;
    if (rule.matcher.kind === "tool-glob") {
      this.globs.push(rule);
      return;
    }
    const key = coverKey(rule);
    if (key !== undefined) {
      const list = this.keyed.get(key);
      if (list) list.push(rule);
      else this.keyed.set(key, [rule]);
      return;
    }
    const list = this.byTool.get(rule.tool);
    if (list) list.push(rule);
    else this.byTool.set(rule.tool, [rule]);
  }

  /** The first rule in the index that covers `b`. */
  find(b: PermissionRule): PermissionRule | undefined {
    const lists: (PermissionRule[] | undefined)[] = [this.globs, this.byTool.get(b.tool)];
    if (b.matcher.kind === "path" && b.tool === "Edit") lists.push(this.byTool.get("Read"));
    for (const key of targetKeys(b)) lists.push(this.keyed.get(key));
    for (const list of lists) {
      if (!list) continue;
      for (const a of list) if (a !== b && covers(a, b)) return a;
    }
    return undefined;
  }
}

interface BypassEntry {
  /** Deny rules on commands starting with one of these words trigger the check. */
  readonly triggers: readonly string[];
  readonly topic: string;
  /** Variants to try; those the whole rule set does not deny or ask are reported. */
  readonly variants: readonly string[];
  readonly hint: string;
}

/** Known bypasses of command deny rules (data; documented in docs/permissions.md). */
export const BYPASS_CATALOG: readonly BypassEntry[] = [
  {
    triggers: ["rm"],
    topic: "recursive delete",
    variants: [
      "rm -rf build",
      "rm -fr build",
      "rm -r -f build",
      "rm --recursive --force build",
      "find build -delete",
      "python3 -c \"import shutil; shutil.rmtree('build')\"",
    ],
    hint: "Deny `Bash(rm *)` and `Bash(find * -delete*)` or ask for them, and run Bash in the sandbox with filesystem.denyWrite for what must not be deleted.",
  },
  {
    triggers: ["curl", "wget"],
    topic: "network download",
    variants: [
      "curl https://example.com",
      "curl",
      "wget https://example.com",
      "python3 -c \"import urllib.request; urllib.request.urlopen('https://example.com')\"",
      "node -e \"fetch('https://example.com')\"",
      "nc example.com 80",
    ],
    hint: "Command rules cannot close the network; enable the sandbox and list sandbox.network.allowedDomains.",
  },
  {
    triggers: ["git"],
    topic: "force push",
    variants: [
      "git push --force origin main",
      "git push -f origin main",
      "git push origin +main",
      "git push --force-with-lease origin main",
      "git push origin main --force",
    ],
    hint: "Deny `Bash(git push *)` (or ask for it) and protect the branch on the server; option order defeats narrower patterns.",
  },
  {
    triggers: ["npm", "pnpm", "yarn"],
    topic: "package publishing",
    variants: [
      "npm publish",
      "npm publish --access public",
      "pnpm publish",
      "yarn publish",
      "yarn npm publish",
    ],
    hint: "Deny each package manager's publish command, and keep publish tokens out of the environment.",
  },
  {
    triggers: ["sudo", "su", "doas"],
    topic: "privilege escalation",
    variants: ["sudo -s", "sudo id", "su -c id", "doas id"],
    hint: "Deny `Bash(sudo *)`, `Bash(su *)` and `Bash(doas *)` together; better, run without sudo rights.",
  },
];

const FORMS = new Map<string, string[]>();
/** The texts deny rules see for a variant command (every part, every stripped form). */
function variantForms(command: string): string[] {
  let forms = FORMS.get(command);
  if (!forms) {
    forms = splitCommand(command).commands.flatMap((c) => denyForms(c).map((f) => f.text));
    FORMS.set(command, forms);
  }
  return forms;
}

const PROBE_CONTEXT: MatchContext = { home: "/home/user", cwd: "/home/user/project" };
const NETWORK_COMMANDS = new Set(["curl", "wget", "nc", "ncat", "ssh", "scp", "rsync", "ftp", "telnet"]);

function commandWord(rule: PermissionRule): string | undefined {
  const m = rule.matcher;
  if (m.kind !== "command") return undefined;
  const match = /^[^\s*]+/.exec(m.pattern);
  return match?.[0];
}

/**
 * Analyses a rule set. Pure; never throws on any parsed rules. Findings come
 * sorted by the first rule's file and line (stable).
 */
export function analyseRules(
  rules: readonly PermissionRule[],
  options: AnalyseOptions = {},
): PermissionFinding[] {
  const findings: PermissionFinding[] = [];
  const add = (
    id: string,
    message: string,
    hint: string,
    rs: readonly PermissionRule[],
    severity?: Severity,
  ) =>
    findings.push({
      id,
      severity: severity ?? FINDING_CATALOG[id]?.severity ?? "warning",
      message,
      hint,
      rules: rs.map(ref),
    });

  for (const d of options.diagnostics ?? []) {
    findings.push({
      id: `permissions/rule-${d.code}`,
      severity: d.severity,
      message: `"${d.text}": ${d.message}`,
      hint: d.hint ?? "Fix or remove the rule.",
      rules: [{ text: d.text, behavior: d.behavior, source: d.source }],
    });
  }

  // Duplicates.
  const seen = new Map<string, PermissionRule>();
  const unique: PermissionRule[] = [];
  for (const rule of rules) {
    const key = ruleKey(rule);
    const first = seen.get(key);
    if (!first) unique.push(rule);
    if (first) {
      add(
        "permissions/duplicate-rule",
        `"${rule.text}" repeats the ${rule.behavior} rule "${first.text}"${where(first)}.`,
        "Remove the duplicate.",
        [rule, first],
      );
    } else seen.set(key, rule);
  }

  // Inert rules.
  for (const rule of rules) {
    if (rule.inert === undefined) continue;
    add(
      "permissions/inert-rule",
      `"${rule.text}" can never fire: ${rule.inert}.`,
      rule.matcher.kind === "specifier" && ["Write", "MultiEdit", "NotebookEdit"].includes(rule.tool)
        ? `Use "Edit(${rule.specifier})": Edit rules cover every editing tool.`
        : rule.matcher.kind === "specifier" && rule.tool === "Glob"
          ? `Use "Read(${rule.specifier})".`
          : "Remove it or rewrite it in a form Claude Code consults (see docs/permissions.md).",
      [rule],
    );
  }

  // Unreachable allow/ask rules.
  const denies = new CoverIndex();
  const asks = new CoverIndex();
  for (const rule of unique) {
    if (rule.behavior === "deny") denies.add(rule);
    else if (rule.behavior === "ask") asks.add(rule);
  }
  for (const rule of unique) {
    if (rule.behavior === "deny" || rule.inert !== undefined) continue;
    const byDeny = denies.find(rule);
    const by = byDeny ?? (rule.behavior === "allow" ? asks.find(rule) : undefined);
    if (!by) continue;
    if (ruleKey(by) === ruleKey(rule)) continue;
    add(
      "permissions/unreachable-rule",
      `The ${rule.behavior} rule "${rule.text}" never decides anything: the ${by.behavior} rule "${by.text}"${where(by)} matches every call it matches, and ${by.behavior} is checked first.`,
      by.behavior === "deny"
        ? "Remove it, or narrow the deny rule: Claude Code has no allow exceptions to a deny."
        : "Remove it, or narrow the ask rule: an ask beats a narrower allow.",
      [rule, by],
    );
  }

  // Over-broad and runner allows.
  for (const rule of rules) {
    if (rule.behavior !== "allow" || rule.inert !== undefined) continue;
    const m = rule.matcher;
    let broad = false;
    if (
      m.kind === "tool" &&
      ["Bash", "PowerShell", "Read", "Edit", "WebFetch", "Write", "Agent"].includes(m.tool)
    )
      broad = true;
    if (m.kind === "path" && segments(m.pattern).every((s) => s === "**" || s === "*")) {
      broad = m.anchor === "anywhere" || m.anchor === "absolute" || m.anchor === "home";
    }
    if (m.kind === "command" && /^\*+$/.test(m.pattern.trim())) broad = true;
    if (broad) {
      add(
        "permissions/overbroad-allow",
        `"${rule.text}" approves ${m.kind === "path" ? "every file it can reach" : `every ${rule.tool} call`} without a prompt.`,
        m.kind === "path"
          ? `Limit it to the project, e.g. "${m.tool}(./**)", and deny secrets explicitly.`
          : `List the ${rule.tool} uses you mean, e.g. "Bash(npm test)", "Bash(git status)".`,
        [rule],
      );
      continue;
    }
    if (m.kind === "command") {
      const runner = RUNNER_PATTERNS.find(
        ([r, prefix]) => m.pattern === r || m.pattern.startsWith(prefix),
      )?.[0];
      if (runner && m.pattern.includes("*")) {
        add(
          "permissions/runner-allow",
          `"${rule.text}" approves anything "${runner}" can run: Claude Code does not strip runners before matching.`,
          `Allow the exact commands instead, e.g. "Bash(${runner} <tool> <args>)", or ask for "${runner}".`,
          [rule],
        );
      }
    }
  }

  // Deny bypasses, found by trying the variants against the whole rule set.
  let compiled: CompiledRuleSet | undefined;
  const memo = new Map<string, boolean>();
  const stopped = (command: string): boolean => {
    const known = memo.get(command);
    if (known !== undefined) return known;
    compiled ??= compileRules(rules.filter((r) => r.behavior !== "allow"));
    const call: ToolCall = { tool_name: "Bash", tool_input: { command }, cwd: PROBE_CONTEXT.cwd };
    const d = decide(compiled, call, PROBE_CONTEXT).decision;
    memo.set(command, d === "deny" || d === "ask");
    return d === "deny" || d === "ask";
  };
  const reportedTopics = new Set<string>();
  const networkRules: PermissionRule[] = [];
  for (const rule of rules) {
    if (rule.behavior !== "deny" || rule.inert !== undefined) continue;
    const word = commandWord(rule);
    const m = rule.matcher;
    if (
      m.kind === "domain" ||
      (m.kind === "tool" && m.tool === "WebFetch") ||
      (word && NETWORK_COMMANDS.has(word))
    ) {
      networkRules.push(rule);
    }
    if (word === undefined || m.kind !== "command") continue;
    for (const entry of BYPASS_CATALOG) {
      if (!entry.triggers.includes(word) || reportedTopics.has(entry.topic)) continue;
      // Only when the rule is about the topic: it must match at least one variant.
      const glob = cachedGlob(m.pattern);
      const relevant = entry.variants.some((v) => variantForms(v).some((text) => matchStarGlob(glob, text)));
      if (!relevant) continue;
      const missed = entry.variants.filter((v) => !stopped(v));
      if (missed.length === 0) continue;
      reportedTopics.add(entry.topic);
      add(
        "permissions/deny-bypass",
        `"${rule.text}" leaves ${entry.topic} open: ${missed.map((v) => `\`${v}\``).join(", ")} ${missed.length === 1 ? "is" : "are"} neither denied nor asked.`,
        entry.hint,
        [rule],
      );
    }
    if (m.pattern.endsWith(" *") && !m.pattern.slice(0, -2).includes("*")) {
      const bare = m.pattern.slice(0, -2);
      if (!stopped(bare)) {
        add(
          "permissions/deny-misses-bare-command",
          `"${rule.text}" does not stop "${bare}" with no arguments ("*" after a space needs at least the space).`,
          `Also deny "${m.tool}(${bare})".`,
          [rule],
        );
      }
    }
  }
  if (!options.sandboxEnabled) {
    if (networkRules.length > 0) {
      add(
        "permissions/network-deny-without-sandbox",
        `${networkRules.length} network deny rule(s) without the sandbox: WebFetch rules do not restrict curl, and command rules do not stop python, node or any other client.`,
        'Enable "sandbox": {"enabled": true} with sandbox.network.allowedDomains, and keep the deny rules as a first line.',
        networkRules,
      );
    }
    const fileDenies = rules.filter((r) => r.behavior === "deny" && r.matcher.kind === "path");
    if (fileDenies.length > 0) {
      add(
        "permissions/file-deny-without-sandbox",
        `${fileDenies.length} Read/Edit deny rule(s) stop Claude's file tools and the file commands it recognises in Bash (cat, head, sed, …), but not a script that opens the file (python -c "open('.env')").`,
        "Enable the sandbox and add the paths to sandbox.filesystem.denyRead / denyWrite (note: there `/x` is absolute).",
        fileDenies,
      );
    }
  }
  const rank = (f: PermissionFinding) => f.rules[0]?.source;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => {
      const a = rank(x.f);
      const b = rank(y.f);
      const fa = a?.file ?? "";
      const fb = b?.file ?? "";
      if (fa !== fb) return fa < fb ? -1 : 1;
      return (a?.line ?? 0) - (b?.line ?? 0) || x.i - y.i;
    })
    .map((x) => x.f);
}
