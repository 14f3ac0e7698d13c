/**
 * Parsing one permission rule string into a typed rule, or diagnostics that
 * point at the characters that are wrong (claude-code.md §3).
 */
import {
  canonicalTool,
  own,
  PATH_IGNORING_TOOLS,
  PRIMARY_FIELDS,
  SPECIFIER_FIELD,
  suggestTool,
  TOOL_ALIASES,
  TOOL_INPUT_FIELDS,
} from "./tools.js";
import type { ParsedRule, PathAnchor, RuleBehavior, RuleDiagnostic, RuleMatcher, Severity } from "./types.js";

/** The result of {@link parseRule}: a rule (possibly with warnings), or only diagnostics when it is unusable. */
export interface ParseResult {
  readonly rule: ParsedRule | undefined;
  readonly diagnostics: readonly RuleDiagnostic[];
}

/**
 * First path segments that, after a single leading `/`, almost certainly
 * meant an absolute path: `Read(/etc/passwd)` is relative to the settings
 * file, `Read(//etc/passwd)` is absolute.
 */
const ABSOLUTE_LOOKING_ROOTS = new Set([
  "etc",
  "usr",
  "var",
  "tmp",
  "home",
  "Users",
  "root",
  "opt",
  "private",
  "Library",
  "System",
  "Applications",
  "Volumes",
  "dev",
  "proc",
  "sys",
  "bin",
  "sbin",
  "mnt",
  "srv",
  "run",
  "snap",
  "nix",
]);

const TOOL_NAME_CHARS = /^[A-Za-z0-9_*-]+$/;
const PARAM_FORM = /^([A-Za-z_][A-Za-z0-9_]*):([\s\S]*)$/;

/**
 * Parses one rule string. `behavior` (the list it sits in) enables the
 * checks that depend on it (tool-name globs and parameter rules are ignored
 * in `allow`). Never throws.
 */
export function parseRule(input: unknown, behavior?: RuleBehavior): ParseResult {
  const diagnostics: RuleDiagnostic[] = [];
  const diag = (
    code: string,
    severity: Severity,
    message: string,
    start: number,
    end: number,
    hint?: string,
  ) => diagnostics.push({ code, severity, message, start, end, ...(hint ? { hint } : {}) });
  const fail = (): ParseResult => ({ rule: undefined, diagnostics });

  if (typeof input !== "string") {
    diag(
      "not-a-string",
      "error",
      "A permission rule must be a string.",
      0,
      0,
      'Write it as "Tool" or "Tool(specifier)".',
    );
    return fail();
  }
  const raw = input;
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text === "") {
    diag("empty-rule", "error", "Empty permission rule.", 0, raw.length, "Remove it.");
    return fail();
  }
  if (text.length !== raw.length) {
    diag(
      "surrounding-whitespace",
      "warning",
      "The rule has leading or trailing whitespace.",
      0,
      raw.length,
      `Write "${text}".`,
    );
  }

  const open = text.indexOf("(");
  let name: string;
  let specifier: string | undefined;
  let specStart = 0; // offset of the specifier in `raw`
  if (open < 0) {
    name = text;
    const close = text.indexOf(")");
    if (close >= 0) {
      diag("unbalanced-parentheses", "error", "')' without a matching '('.", lead + close, lead + close + 1);
      return fail();
    }
  } else {
    name = text.slice(0, open);
    const lastClose = text.lastIndexOf(")");
    if (lastClose < open) {
      diag(
        "unbalanced-parentheses",
        "error",
        "The specifier is not closed: '(' has no matching ')'.",
        lead + open,
        raw.length,
        `Add ')' at the end: "${text})".`,
      );
      return fail();
    }
    if (lastClose !== text.length - 1) {
      diag(
        "text-after-specifier",
        "error",
        "Text after the closing ')' of the specifier.",
        lead + lastClose + 1,
        lead + text.length,
        "Put everything inside the parentheses.",
      );
      return fail();
    }
    specifier = text.slice(open + 1, lastClose);
    specStart = lead + open + 1;
    let depth = 0;
    let quote = "";
    for (let i = 0; i < specifier.length; i++) {
      const c = specifier[i];
      if (quote) {
        if (c === quote) quote = "";
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
      if (depth < 0) break;
    }
    if (depth !== 0) {
      diag(
        "unbalanced-specifier",
        "warning",
        "The parentheses inside the specifier are unbalanced; Claude Code reads everything up to the last ')'.",
        specStart,
        specStart + specifier.length,
      );
    }
    if (specifier.trim() === "") {
      diag(
        "empty-specifier",
        "error",
        `Empty specifier in "${text}".`,
        lead + open,
        lead + text.length,
        `Write "${name}" for the whole tool or put a pattern inside the parentheses.`,
      );
      return fail();
    }
  }
  const nameRange: [number, number] = [lead, lead + name.length];
  if (name === "" || !TOOL_NAME_CHARS.test(name)) {
    diag(
      "invalid-tool-name",
      "error",
      name === "" ? "The rule has no tool name." : `"${name}" is not a valid tool name.`,
      ...nameRange,
      'Rules look like "Bash", "Bash(npm test)" or "mcp__server__tool".',
    );
    return fail();
  }

  const make = (tool: string, matcher: RuleMatcher, inert?: string): ParseResult => ({
    rule: { text: raw, tool, specifier, matcher, inert },
    diagnostics,
  });
  const whole = specifier === undefined || specifier === "*";

  // MCP tools: mcp__server, mcp__server__*, mcp__server__tool, mcp__plugin_p_s__tool.
  if (name.startsWith("mcp__")) {
    const rest = name.slice(5);
    const sep = rest.indexOf("__");
    const server = sep < 0 ? rest : rest.slice(0, sep);
    const toolPart = sep < 0 ? "" : rest.slice(sep + 2);
    if (specifier !== undefined && specifier !== "*") {
      diag(
        "mcp-specifier-ignored",
        "warning",
        "MCP rules take no specifier; the part in parentheses is not consulted.",
        specStart,
        specStart + specifier.length,
        `Write "${name}".`,
      );
    }
    if (server === "" || server.includes("*")) {
      diag(
        "mcp-server-wildcard",
        behavior === "allow" ? "error" : "warning",
        server === ""
          ? "The MCP rule names no server."
          : "A wildcard in an MCP server name: in allow Claude Code skips it; in deny/ask it is a glob over the full tool name and typos are never reported.",
        lead + 5,
        lead + 5 + Math.max(server.length, 1),
        "Name the server literally: mcp__<server> or mcp__<server>__<tool>.",
      );
      if (server === "") return fail();
      return make(
        name,
        { kind: "tool-glob", pattern: name },
        behavior === "allow" ? "tool-name glob in allow" : undefined,
      );
    }
    return make(`mcp__${server}`, { kind: "mcp", server, toolPattern: toolPart === "" ? "*" : toolPart });
  }

  // Tool-name globs: "*", "B*" (deny/ask over the full name; skipped in allow).
  if (name.includes("*")) {
    if (!whole) {
      diag("glob-with-specifier", "error", "A tool-name glob cannot take a specifier.", ...nameRange);
      return fail();
    }
    let inert: string | undefined;
    if (behavior === "allow") {
      inert = "tool-name glob in allow";
      diag(
        "tool-glob-in-allow",
        "warning",
        `"${name}" in allow is skipped by Claude Code: tool-name globs work only in deny and ask (or after a literal mcp__<server>__).`,
        ...nameRange,
        "List the tools to allow by name.",
      );
    }
    return make(name, { kind: "tool-glob", pattern: name }, inert);
  }

  const canonical = canonicalTool(name);
  if (canonical === undefined) {
    const suggestion = suggestTool(name);
    diag(
      "unknown-tool",
      "warning",
      `Unknown tool "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
      ...nameRange,
      suggestion ? `Write "${suggestion}${specifier === undefined ? "" : `(${specifier})`}".` : undefined,
    );
    if (whole) return make(name, { kind: "tool", tool: name });
    return make(name, { kind: "specifier", tool: name, pattern: specifier as string });
  }
  if (own(TOOL_ALIASES, name)) {
    diag(
      "legacy-alias",
      "note",
      `"${name}" is the legacy name of "${canonical}".`,
      ...nameRange,
      `Write "${canonical}".`,
    );
  }
  if (name === "MultiEdit") {
    diag("legacy-tool", "note", '"MultiEdit" is a legacy tool; "Edit" rules cover it.', ...nameRange);
  }
  if (whole) return make(canonical, { kind: "tool", tool: canonical });
  const spec = specifier as string;
  const specEnd = specStart + spec.length;

  // Parameter rules: Tool(field:value) on a known top-level field.
  const param = PARAM_FORM.exec(spec);
  const fields = own(TOOL_INPUT_FIELDS, canonical) ?? [];
  // `Bash(timeout:*)` is the legacy prefix form for the `timeout` command, not "any timeout value" (docs/permissions.md).
  const legacyPrefix = (canonical === "Bash" || canonical === "PowerShell") && param?.[2] === "*";
  if (
    param &&
    !legacyPrefix &&
    fields.includes(param[1] as string) &&
    !(canonical === "WebFetch" && param[1] === "domain")
  ) {
    const field = param[1] as string;
    if (PRIMARY_FIELDS.has(field)) {
      diag(
        "primary-field-parameter",
        "warning",
        `"${canonical}(${field}:...)" is ignored by Claude Code: parameter rules cannot use the primary field "${field}".`,
        specStart,
        specStart + field.length + 1,
        `Write "${canonical}(${param[2]})".`,
      );
      return make(
        canonical,
        { kind: "param", tool: canonical, field, pattern: param[2] as string },
        "primary field parameter",
      );
    }
    let inert: string | undefined;
    if (behavior === "allow") {
      inert = "parameter rule in allow";
      diag(
        "parameter-rule-in-allow",
        "warning",
        "Parameter rules work only in deny and ask; Claude Code ignores this one in allow.",
        specStart,
        specEnd,
      );
    }
    return make(canonical, { kind: "param", tool: canonical, field, pattern: param[2] as string }, inert);
  }

  if (PATH_IGNORING_TOOLS.has(canonical)) {
    const replacement = canonical === "Glob" ? "Read" : "Edit";
    diag(
      "path-specifier-ignored",
      "warning",
      `Claude Code accepts "${canonical}(path)" but never consults it; it does not restrict anything.`,
      specStart,
      specEnd,
      `Write "${replacement}(${spec})": ${replacement} rules cover ${canonical === "Glob" ? "Glob and Grep" : "every editing tool"}.`,
    );
    return make(
      canonical,
      { kind: "specifier", tool: canonical, pattern: spec },
      "path specifier never consulted",
    );
  }

  switch (canonical) {
    case "Bash":
    case "PowerShell": {
      if (spec === ":*") {
        diag(
          "colon-star-alone",
          "error",
          `"${canonical}(:*)" is invalid.`,
          specStart,
          specEnd,
          `Write "${canonical}".`,
        );
        return fail();
      }
      let pattern = spec;
      const colonStar = spec.indexOf(":*");
      if (spec.endsWith(":*")) {
        pattern = `${spec.slice(0, -2)} *`;
        diag(
          "legacy-colon-star",
          "note",
          `The legacy suffix ":*" means " *" (a word-boundary prefix).`,
          specEnd - 2,
          specEnd,
          `Write "${canonical}(${pattern})".`,
        );
      }
      if (colonStar >= 0 && colonStar !== spec.length - 2) {
        diag(
          "colon-star-not-at-end",
          "warning",
          '":*" means a prefix only at the end; here the colon is a literal character.',
          specStart + colonStar,
          specStart + colonStar + 2,
          `Write "${spec.slice(0, colonStar)} *${spec.slice(colonStar + 2)}" if you meant a wildcard.`,
        );
      }
      return make(canonical, { kind: "command", tool: canonical, pattern });
    }
    case "Read":
    case "Edit": {
      const { anchor, pattern } = pathAnchor(spec);
      if (anchor === "settings") {
        const first = pattern.split("/")[0] ?? "";
        if (ABSOLUTE_LOOKING_ROOTS.has(first)) {
          diag(
            "settings-relative-path",
            "warning",
            `"/${pattern}" is relative to the settings file's root, not the filesystem root.`,
            specStart,
            specStart + 1,
            `Write "${canonical}(/${spec})" (two slashes) for an absolute path.`,
          );
        }
      }
      return make(canonical, { kind: "path", tool: canonical, anchor, pattern });
    }
    case "WebFetch": {
      if (!spec.startsWith("domain:")) {
        diag(
          "webfetch-specifier",
          "error",
          'WebFetch rules take "domain:<host>"; this specifier matches nothing.',
          specStart,
          specEnd,
          `Write "WebFetch(domain:${hostOf(spec)})".`,
        );
        return fail();
      }
      const domain = spec.slice(7).trim();
      if (domain === "") {
        diag(
          "empty-specifier",
          "error",
          "Empty domain.",
          specStart,
          specEnd,
          'Write "WebFetch(domain:example.com)".',
        );
        return fail();
      }
      if (domain === "*") return make(canonical, { kind: "tool", tool: "WebFetch" });
      return make(canonical, { kind: "domain", pattern: domain.toLowerCase() });
    }
    case "Agent":
      return make(canonical, { kind: "agent", pattern: spec });
    case "Skill":
      return make(canonical, { kind: "skill", pattern: spec });
    default: {
      if (own(SPECIFIER_FIELD, canonical) !== undefined) {
        return make(canonical, { kind: "specifier", tool: canonical, pattern: spec });
      }
      diag(
        "specifier-not-consulted",
        "warning",
        `"${canonical}" takes no specifier; Claude Code never matches this rule.`,
        specStart,
        specEnd,
        `Write "${canonical}" for the whole tool.`,
      );
      return make(
        canonical,
        { kind: "specifier", tool: canonical, pattern: spec },
        "specifier not consulted",
      );
    }
  }
}

function hostOf(spec: string): string {
  try {
    return new URL(spec).hostname || spec;
  } catch {
    return spec;
  }
}

/** Splits a Read/Edit specifier into its anchor and the pattern after it (claude-code.md §3 Read/Edit). */
export function pathAnchor(spec: string): { anchor: PathAnchor; pattern: string } {
  const clean = (p: string) => {
    const trimmed = p.replace(/\/+$/, "");
    return trimmed === "" ? "**" : trimmed;
  };
  if (spec.startsWith("//")) return { anchor: "absolute", pattern: clean(spec.replace(/^\/+/, "")) };
  if (spec === "~") return { anchor: "home", pattern: "**" };
  if (spec.startsWith("~/")) return { anchor: "home", pattern: clean(spec.slice(2)) };
  if (spec.startsWith("/")) return { anchor: "settings", pattern: clean(spec.slice(1)) };
  if (spec.startsWith("./")) return { anchor: "cwd", pattern: clean(spec.slice(2)) };
  if (spec === ".") return { anchor: "cwd", pattern: "**" };
  const pattern = clean(spec);
  return { anchor: pattern.includes("/") ? "relative" : "anywhere", pattern };
}
