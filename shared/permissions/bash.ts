/**
 * What Claude Code does to one simple Bash command before matching it
 * (claude-code.md §3 Bash): the wrappers it strips, the ones deny rules see
 * through, the file commands whose paths Read/Edit deny rules check.
 */
import type { ShellWord, SimpleCommand } from "./shell.js";
import { own } from "./tools.js";

/** Environment variables Claude Code treats as safe to strip for allow rules (a documented Steward choice). */
export const SAFE_ENV_VARS: ReadonlySet<string> = new Set([
  "CI",
  "DEBUG",
  "FORCE_COLOR",
  "LANG",
  "LANGUAGE",
  "LC_ALL",
  "LC_CTYPE",
  "NODE_ENV",
  "NO_COLOR",
  "PYTHONUNBUFFERED",
  "PYTHONDONTWRITEBYTECODE",
  "RUST_BACKTRACE",
  "RUST_LOG",
  "TERM",
  "TZ",
]);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** Options that take a value, per wrapper, so the wrapped command can be found. */
interface WrapperSpec {
  /** Options followed by a separate value word. */
  readonly valued: readonly string[];
  /** Number of positional words before the wrapped command (timeout's duration, flock's file). */
  readonly positionals: number;
  /** Accepts `VAR=value` words before the command (env). */
  readonly assignments?: boolean;
  /** Only strip when no option follows (bare `xargs`). */
  readonly bareOnly?: boolean;
  /** Never strip when one of these options is present (`command -v` runs nothing). */
  readonly queryOptions?: readonly string[];
}

/** Stripped before matching every rule (claude-code.md §3 "Stripped before matching"). */
export const STRIPPED_WRAPPERS: Readonly<Record<string, WrapperSpec>> = {
  timeout: { valued: ["-s", "--signal", "-k", "--kill-after"], positionals: 1 },
  time: { valued: ["-f", "--format", "-o", "--output"], positionals: 0 },
  nice: { valued: ["-n", "--adjustment"], positionals: 0 },
  nohup: { valued: [], positionals: 0 },
  stdbuf: { valued: ["-i", "-o", "-e", "--input", "--output", "--error"], positionals: 0 },
  command: { valued: [], positionals: 0, queryOptions: ["-v", "-V"] },
  builtin: { valued: [], positionals: 0 },
  noglob: { valued: [], positionals: 0 },
  xargs: { valued: [], positionals: 0, bareOnly: true },
};

/** Seen through by deny and ask rules only (claude-code.md §3: "deny rules see through env/sudo/watch…", v2.1.113). */
export const DENY_SEE_THROUGH: Readonly<Record<string, WrapperSpec>> = {
  env: {
    valued: ["-u", "--unset", "-C", "--chdir", "-S", "--split-string"],
    positionals: 0,
    assignments: true,
  },
  sudo: {
    valued: [
      "-u",
      "--user",
      "-g",
      "--group",
      "-h",
      "--host",
      "-p",
      "--prompt",
      "-C",
      "-D",
      "--chdir",
      "-r",
      "-t",
      "-U",
      "-T",
    ],
    positionals: 0,
  },
  doas: { valued: ["-u", "-C"], positionals: 0 },
  watch: { valued: ["-n", "--interval", "-d", "-q"], positionals: 0 },
  setsid: { valued: [], positionals: 0 },
  ionice: { valued: ["-c", "--class", "-n", "--classdata", "-p", "-P", "-u"], positionals: 0 },
  flock: { valued: ["-w", "--timeout", "-E", "--conflict-exit-code"], positionals: 1 },
  exec: { valued: ["-a"], positionals: 0 },
  xargs: {
    valued: [
      "-n",
      "-I",
      "-P",
      "-L",
      "-d",
      "-E",
      "-s",
      "-a",
      "--max-args",
      "--max-procs",
      "--delimiter",
      "--arg-file",
    ],
    positionals: 0,
  },
  chrt: { valued: [], positionals: 1 },
  taskset: { valued: [], positionals: 1 },
  unbuffer: { valued: [], positionals: 0 },
};

/** Commands whose allow rules never apply by prefix (claude-code.md §3: never auto-approve by prefix). */
export const NO_PREFIX_APPROVAL: ReadonlySet<string> = new Set(["watch", "setsid", "ionice", "flock"]);

/** Runners Claude Code does not strip: an allow rule on them allows whatever they run. */
export const RUNNERS: readonly string[] = [
  "npx",
  "bunx",
  "pnpm dlx",
  "docker exec",
  "docker run",
  "kubectl exec",
  "direnv exec",
  "devbox run",
  "mise exec",
  "uv run",
  "poetry run",
  "nix-shell",
  "bash",
  "sh",
  "zsh",
  "eval",
  "python",
  "python3",
  "node",
  "env",
  "sudo",
  "xargs",
  "ssh",
];

/** Built-in read-only commands that never prompt on their own (claude-code.md §3). */
const READ_ONLY = new Set([
  "ls",
  "cat",
  "echo",
  "pwd",
  "head",
  "tail",
  "grep",
  "find",
  "wc",
  "which",
  "diff",
  "stat",
  "du",
  "cd",
  "true",
  "false",
]);
const READ_ONLY_GIT = new Set(["status", "log", "diff", "show", "branch", "rev-parse", "ls-files", "blame"]);

function basename(word: string): string {
  const slash = word.lastIndexOf("/");
  return slash >= 0 ? word.slice(slash + 1) : word;
}

/** True for `find` calls that execute or delete (never auto-approved by prefix). */
function isDangerousFind(words: readonly ShellWord[]): boolean {
  return words.some((w) =>
    ["-exec", "-execdir", "-ok", "-okdir", "-delete", "-fprint", "-fls"].includes(w.value),
  );
}

/** True when the command is one of the built-in read-only commands Claude Code runs without a rule. */
export function isReadOnlyCommand(words: readonly ShellWord[]): boolean {
  const name = words[0]?.value;
  if (name === undefined) return true;
  if (name === "git") {
    const sub = words.find((w, i) => i > 0 && !w.value.startsWith("-"));
    return sub !== undefined && READ_ONLY_GIT.has(sub.value) && !words.some((w) => w.value === "--output");
  }
  if (name === "find") return !isDangerousFind(words);
  return READ_ONLY.has(name);
}

/** True when allow rules may match this command only exactly (no wildcard). */
export function needsExactApproval(words: readonly ShellWord[]): boolean {
  const name = words[0]?.value;
  if (name === undefined) return false;
  if (NO_PREFIX_APPROVAL.has(basename(name))) return true;
  return basename(name) === "find" && isDangerousFind(words);
}

/** Index of the wrapped command after a wrapper at `at`, or -1 when it is not a strippable use. */
function unwrap(words: readonly ShellWord[], at: number, spec: WrapperSpec): number {
  let i = at + 1;
  if (spec.bareOnly && words[i]?.value.startsWith("-")) return -1;
  while (i < words.length) {
    const v = (words[i] as ShellWord).value;
    if (v === "--") {
      i++;
      break;
    }
    if (spec.queryOptions?.includes(v)) return -1;
    if (v.startsWith("-") && v.length > 1) {
      i += spec.valued.includes(v) ? 2 : 1;
      continue;
    }
    if (spec.assignments && ASSIGNMENT.test(v)) {
      i++;
      continue;
    }
    break;
  }
  i += spec.positionals;
  return i < words.length ? i : -1;
}

/** The command text from word `from` on, as written. */
function textFrom(cmd: SimpleCommand, from: number): string {
  if (from === 0) return cmd.text;
  const first = cmd.words[from];
  if (first === undefined) return "";
  const offset = first.start - (cmd.words[0] as ShellWord).start;
  // cmd.text is contiguous when it starts at the first word; fall back to joining otherwise.
  const joined = cmd.words
    .slice(from)
    .map((w) => w.raw)
    .join(" ");
  const sliced = cmd.text.slice(offset);
  return sliced.startsWith(first.raw) ? sliced : joined;
}

/** One form of a command a rule is matched against. */
export interface CommandForm {
  readonly text: string;
  readonly words: readonly ShellWord[];
}

/**
 * The form allow rules see: safe wrappers (`timeout`, `nice`, …) and safe
 * `VAR=` prefixes stripped, repeatedly.
 */
export function allowForm(cmd: SimpleCommand): CommandForm {
  let at = 0;
  for (let guard = 0; guard < cmd.words.length; guard++) {
    const w = cmd.words[at];
    if (w === undefined) break;
    const eq = w.value.indexOf("=");
    if (eq > 0 && ASSIGNMENT.test(w.value) && SAFE_ENV_VARS.has(w.value.slice(0, eq))) {
      at++;
      continue;
    }
    const spec = own(STRIPPED_WRAPPERS, w.value);
    if (spec) {
      const next = unwrap(cmd.words, at, spec);
      if (next > at) {
        at = next;
        continue;
      }
    }
    break;
  }
  return { text: textFrom(cmd, at), words: cmd.words.slice(at) };
}

/**
 * Every form deny and ask rules see: the command as written, and after each
 * stripped wrapper, leading assignment or see-through wrapper (`env`,
 * `sudo`, `watch`, …), plus the same with a path-qualified program name
 * reduced to its basename (`/bin/rm` -> `rm`).
 */
export function denyForms(cmd: SimpleCommand): CommandForm[] {
  const forms: CommandForm[] = [];
  let at = 0;
  const add = (from: number) => {
    const words = cmd.words.slice(from);
    const text = textFrom(cmd, from);
    forms.push({ text, words });
    const program = words[0];
    if (program?.value.includes("/")) {
      const base = basename(program.value);
      if (base !== "") forms.push({ text: base + text.slice(program.raw.length), words });
    }
  };
  add(0);
  for (let guard = 0; guard < cmd.words.length; guard++) {
    const w = cmd.words[at];
    if (w === undefined) break;
    let next = -1;
    if (ASSIGNMENT.test(w.value)) next = at + 1;
    else {
      const name = basename(w.value);
      const spec = own(STRIPPED_WRAPPERS, name) ?? own(DENY_SEE_THROUGH, name);
      if (spec) next = unwrap(cmd.words, at, { ...spec, bareOnly: false });
      if (next < 0 && name === "xargs") next = unwrap(cmd.words, at, DENY_SEE_THROUGH.xargs as WrapperSpec);
    }
    if (next <= at || next >= cmd.words.length) break;
    at = next;
    add(at);
  }
  return forms;
}

/** How a command touches a file argument. */
export interface FileAccess {
  readonly path: string;
  readonly access: "read" | "write";
}

/** Commands that read the files named in their arguments. `skip` = leading non-file operands (a pattern, a script). */
const READ_COMMANDS: Readonly<Record<string, { skip: number; valued?: readonly string[] }>> = {
  cat: { skip: 0 },
  tac: { skip: 0 },
  head: { skip: 0, valued: ["-n", "-c"] },
  tail: { skip: 0, valued: ["-n", "-c"] },
  less: { skip: 0 },
  more: { skip: 0 },
  nl: { skip: 0 },
  wc: { skip: 0 },
  sort: { skip: 0, valued: ["-k", "-t", "-o"] },
  uniq: { skip: 0 },
  cut: { skip: 0, valued: ["-d", "-f", "-c", "-b"] },
  strings: { skip: 0 },
  xxd: { skip: 0 },
  od: { skip: 0 },
  hexdump: { skip: 0 },
  base64: { skip: 0 },
  diff: { skip: 0 },
  cmp: { skip: 0 },
  file: { skip: 0 },
  stat: { skip: 0 },
  bat: { skip: 0 },
  source: { skip: 0 },
  ".": { skip: 0 },
  grep: { skip: 1, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "--include", "--exclude"] },
  egrep: { skip: 1, valued: ["-e", "-f", "-m", "-A", "-B", "-C"] },
  fgrep: { skip: 1, valued: ["-e", "-f", "-m", "-A", "-B", "-C"] },
  rg: { skip: 1, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-g", "--glob", "-t", "--type"] },
  awk: { skip: 1, valued: ["-F", "-v", "-f"] },
  jq: { skip: 1, valued: ["--arg", "--argjson"] },
  sed: { skip: 1, valued: ["-e", "-f"] },
  cp: { skip: 0, valued: ["-t", "-S"] },
  scp: { skip: 0, valued: ["-P", "-i", "-o"] },
  rsync: { skip: 0, valued: ["-e"] },
  tar: { skip: 0, valued: ["-C"] },
  zip: { skip: 0 },
  gzip: { skip: 0 },
};

/** Commands that write the files named in their arguments. */
const WRITE_COMMANDS: Readonly<Record<string, { skip: number; valued?: readonly string[] }>> = {
  touch: { skip: 0 },
  rm: { skip: 0 },
  rmdir: { skip: 0 },
  mkdir: { skip: 0, valued: ["-m"] },
  tee: { skip: 0 },
  truncate: { skip: 0, valued: ["-s"] },
  mv: { skip: 0, valued: ["-t", "-S"] },
  ln: { skip: 0 },
  chmod: { skip: 1 },
  chown: { skip: 1 },
  shred: { skip: 0, valued: ["-n"] },
  unlink: { skip: 0 },
};

/**
 * The files a simple command reads or writes, as Claude Code recognises them
 * for Read/Edit deny rules: arguments of known file commands and redirects.
 * Arguments that are substitutions or contain unexpanded variables (other
 * than `$HOME`) are left out. Paths are as written; resolve them with the cwd.
 */
export function fileAccesses(form: CommandForm, redirects: SimpleCommand["redirects"]): FileAccess[] {
  const out: FileAccess[] = [];
  const add = (raw: string, value: string, access: "read" | "write") => {
    if (raw.startsWith("<(") || raw.startsWith(">(") || raw.startsWith("$(") || raw.startsWith("`")) return;
    const path = value.replace(/^\$\{?HOME\}?(?=\/|$)/, "~");
    if (path === "" || path === "-" || path.includes("$(") || path.includes("`")) return;
    out.push({ path, access });
  };
  for (const r of redirects) {
    if (r.target === undefined) continue;
    if (r.kind === "write" && r.target.value === "/dev/null") continue;
    add(r.target.raw, r.target.value, r.kind);
  }
  const name = form.words[0] ? basename(form.words[0].value) : "";
  const readSpec = own(READ_COMMANDS, name);
  const writeSpec = own(WRITE_COMMANDS, name);
  const spec = readSpec ?? writeSpec;
  if (!spec) return out;
  const operands: ShellWord[] = [];
  let endOfOptions = false;
  let hasScriptOption = false;
  let inPlace = false;
  for (let i = 1; i < form.words.length; i++) {
    const w = form.words[i] as ShellWord;
    if (!endOfOptions && w.value === "--") {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && w.value.startsWith("-") && w.value.length > 1) {
      if (w.value === "-e" || w.value === "-f" || w.value.startsWith("--regexp") || w.value === "--file")
        hasScriptOption = true;
      if (
        name === "sed" &&
        (w.value === "-i" || w.value.startsWith("-i") || w.value.startsWith("--in-place"))
      )
        inPlace = true;
      if (spec.valued?.includes(w.value)) i++;
      continue;
    }
    operands.push(w);
  }
  const skip = hasScriptOption ? 0 : spec.skip;
  const files = operands.slice(skip);
  files.forEach((w, index) => {
    let access: "read" | "write" = writeSpec ? "write" : "read";
    if (name === "sed" && inPlace) access = "write";
    if (
      (name === "cp" || name === "scp" || name === "rsync") &&
      index === files.length - 1 &&
      files.length > 1
    )
      access = "write";
    add(w.raw, w.value, access);
  });
  if (name === "mv") for (const w of files) add(w.raw, w.value, "read");
  return out;
}
