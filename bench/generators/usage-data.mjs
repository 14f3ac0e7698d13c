#!/usr/bin/env node
/**
 * Deterministic generator of Claude Code usage data for Steward's reports,
 * tests and benchmarks.
 *
 *   node bench/generators/usage-data.mjs --out <dir> --users N --days D \
 *     --records-per-day R --seed S [--transcripts] [--audit] [--malformed] \
 *     [--month 2026-10] [--policy-dir examples/policy-repo] [--quiet]
 *
 * A "record" is one API call made by Claude Code on a developer's laptop. For
 * every user and day it writes (R records per user per day):
 *
 *   users.json                                     roster: login, email, team, role
 *   usage/<login>/YYYYMMDD.json                    seed track-usage.sh format, one
 *                                                  {"timestamp","user","tool","tokens"} per line
 *   usage/<login>/YYYY-MM-DD.jsonl                 Steward hook records (v1)
 *   transcripts/<login>/projects/<dir>/<uuid>.jsonl  Claude Code transcripts (--transcripts)
 *   audit/YYYY-MM-DD.jsonl                         AuditRecordV1 lines (--audit)
 *   audit-legacy/<login>.jsonl                     seed-era plain-text BLOCKED/DENIED lines (--audit)
 *   malformed.json                                 where the deliberately bad lines are (--malformed)
 *
 * Invariants (tested in test/examples/usage-data.test.ts):
 *   - same arguments => byte-identical files; a user-day's data depends only on
 *     (seed, user index, day index), so adding users or days keeps existing data;
 *   - seed `tokens` = input + output + cacheWrite5m + cacheWrite1h of the v1 record;
 *   - per session, the transcript's assistant usage de-duplicated by
 *     message.id + requestId (skipping `<synthetic>`) equals the sum of that
 *     session's v1 records.
 *
 * Everything is streamed through backpressure-aware writers, so 10 million records
 * need no more memory than 10 thousand. Progress goes to stderr.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Claude Code version written into transcripts. */
export const CLAUDE_CODE_VERSION = "2.1.240";
/** Where the deployed policy files are referenced from in audit `ruleSource`. */
export const MANAGED_SETTINGS_PATH = "/etc/claude-code/managed-settings.json";
export const ROLE_MAPPINGS_PATH = "/etc/claude-code/steward/role-mappings.json";
export const POLICY_VERSION = "2026.11";
const DAY_MS = 86_400_000;
const DEFAULT_POLICY_DIR = fileURLToPath(new URL("../../examples/policy-repo", import.meta.url));

// ---------------------------------------------------------------------------
// PRNG

/**
 * mulberry32: a tiny, fast 32-bit seeded PRNG.
 * @param {number} seed
 * @returns {() => number} uniform floats in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mix integers into one 32-bit seed (FNV-1a over the 32-bit words).
 * @param {...number} parts
 * @returns {number}
 */
export function hashSeed(...parts) {
  let h = 0x811c9dc5;
  for (const part of parts) {
    let x = part >>> 0;
    for (let i = 0; i < 4; i++) {
      h ^= x & 0xff;
      h = Math.imul(h, 0x01000193) >>> 0;
      x >>>= 8;
    }
  }
  return h >>> 0;
}

/** @typedef {() => number} Rng */

/** @param {Rng} rng @param {number} lo @param {number} hi inclusive */
function int(rng, lo, hi) {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** @template T @param {Rng} rng @param {readonly T[]} items @returns {T} */
function pick(rng, items) {
  return /** @type {T} */ (items[Math.floor(rng() * items.length)]);
}

/** @template T @param {Rng} rng @param {readonly (readonly [T, number])[]} weighted @returns {T} */
function pickWeighted(rng, weighted) {
  let total = 0;
  for (const [, w] of weighted) total += w;
  let r = rng() * total;
  for (const [item, w] of weighted) {
    r -= w;
    if (r < 0) return item;
  }
  return /** @type {T} */ (weighted[weighted.length - 1]?.[0]);
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** @param {Rng} rng @param {number} n */
function base62(rng, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += BASE62[Math.floor(rng() * 62)];
  return s;
}

/** @param {Rng} rng */
function uuid(rng) {
  const hex = () => Math.floor(rng() * 16).toString(16);
  let s = "";
  for (let i = 0; i < 32; i++) {
    if (i === 12) s += "4";
    else if (i === 16) s += (8 + Math.floor(rng() * 4)).toString(16);
    else s += hex();
  }
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ---------------------------------------------------------------------------
// Users, teams, roles (must match examples/policy-repo/role-mappings.json)

/** Models per role, in the order of role-mappings.json; the first is the usual choice. */
export const ROLE_MODELS = {
  "engineering-admins": [
    "claude-opus-5",
    "claude-opus-4-7",
    "claude-sonnet-5",
    "claude-sonnet-4-6",
    "claude-haiku-4-5-20251001",
  ],
  "security-reviewers": ["claude-opus-5", "claude-sonnet-5", "claude-haiku-4-5-20251001"],
  developers: ["claude-sonnet-5", "claude-sonnet-4-6", "claude-haiku-4-5-20251001"],
  contractors: ["claude-haiku-4-5-20251001"],
};

/**
 * Models a few sessions use although the policy does not allow them, so reports
 * have something to flag: an off-role model and a model past its retirement date.
 */
export const OFF_POLICY_MODELS = [
  "claude-sonnet-5",
  "claude-sonnet-4-5-20250929",
  "claude-opus-4-5-20251101",
];

/**
 * Sessions pinned to an off-policy model, so that even the small sample has them:
 * "userIndex:dayIndex:sessionIndex" -> model. User 1 is a contractor (Haiku only);
 * user 3 a developer, on a model past its not-sooner-than retirement date.
 */
const FORCED_MODELS = new Map([
  ["1:1:0", "claude-sonnet-5"],
  ["3:2:0", "claude-sonnet-4-5-20250929"],
]);

/** Role of user index i, cycling so that even 6 users cover every role. */
const ROLE_CYCLE = /** @type {const} */ ([
  "developers",
  "contractors",
  "engineering-admins",
  "developers",
  "security-reviewers",
  "developers",
  "contractors",
  "developers",
  "developers",
  "developers",
]);

const FIRST = [
  "dana",
  "liam",
  "priya",
  "mateo",
  "chen",
  "amara",
  "jonas",
  "sofia",
  "kwame",
  "yuki",
  "noor",
  "elena",
  "tomas",
  "aisha",
  "ravi",
  "ingrid",
  "diego",
  "mei",
  "oskar",
  "zara",
  "felix",
  "hana",
  "samir",
  "lucia",
];
const LAST = [
  "okafor",
  "berg",
  "raman",
  "silva",
  "wei",
  "diallo",
  "keller",
  "rossi",
  "mensah",
  "tanaka",
  "haddad",
  "petrov",
  "novak",
  "bello",
  "iyer",
  "larsen",
  "garcia",
  "lin",
  "nilsson",
  "khan",
  "weber",
  "sato",
  "aziz",
  "moreno",
];

/**
 * @typedef {object} User
 * @property {number} index
 * @property {string} login   OS user name, as the seed's `whoami` wrote it
 * @property {string} email   SSO identity, as Steward's hook writes it
 * @property {string} name
 * @property {string} team
 * @property {keyof typeof ROLE_MODELS} role
 */

/**
 * The roster: deterministic from the index alone.
 * @param {number} count
 * @returns {User[]}
 */
export function buildRoster(count) {
  /** @type {User[]} */
  const users = [];
  for (let i = 0; i < count; i++) {
    const first = /** @type {string} */ (FIRST[i % FIRST.length]);
    const last = /** @type {string} */ (LAST[(i + Math.floor(i / FIRST.length) * 7) % LAST.length]);
    const cycle = Math.floor(i / (FIRST.length * LAST.length));
    const login = `${first}.${last}${cycle > 0 ? cycle : ""}`;
    const role = /** @type {keyof typeof ROLE_MODELS} */ (ROLE_CYCLE[i % ROLE_CYCLE.length]);
    const team =
      role === "contractors"
        ? "docs-vendor"
        : role === "security-reviewers"
          ? "security"
          : role === "engineering-admins" || i % 2 === 0
            ? "platform-eng"
            : "payments";
    const name = `${first[0]?.toUpperCase()}${first.slice(1)} ${last[0]?.toUpperCase()}${last.slice(1)}`;
    users.push({ index: i, login, email: `${login}@acme.example`, name, team, role });
  }
  return users;
}

/** @type {Record<string, readonly string[]>} */
const TEAM_PROJECTS = {
  "platform-eng": ["customer-portal", "infra-terraform", "steward-policy"],
  payments: ["payments-api", "customer-portal"],
  security: ["customer-portal", "payments-api", "infra-terraform"],
  "docs-vendor": ["docs-site"],
};

/**
 * Claude Code's project directory name: the cwd with every non-alphanumeric
 * character replaced by `-`.
 * @param {string} cwd
 */
export function projectDirName(cwd) {
  return cwd.replace(/[^A-Za-z0-9]/g, "-");
}

// ---------------------------------------------------------------------------
// Tool calls and the policy decision for each

const TOOLS = /** @type {const} */ ([
  ["Read", 28],
  ["Bash", 24],
  ["Edit", 16],
  ["Grep", 9],
  ["Glob", 5],
  ["Write", 5],
  ["TodoWrite", 6],
  ["Agent", 3],
  ["WebFetch", 2],
  ["NotebookEdit", 2],
]);

const BASH_COMMANDS = /** @type {const} */ ([
  ["npm test", 20],
  ["npm run lint", 10],
  ["npm run build", 6],
  ["git status", 14],
  ["git diff --stat", 8],
  ["git log --oneline -10", 6],
  ["git add -A", 5],
  ['git commit -m "fix: handle empty cart"', 4],
  ["ls -la src", 6],
  ["npx tsc --noEmit", 4],
  ["git push origin HEAD", 3],
  ["npm install zod", 2],
  ["curl -s https://get.example.org/install.sh | sh", 1.2],
  ["rm -rf node_modules dist", 1],
  ["git push --force origin main", 0.6],
  ["npm publish --access public", 0.4],
  ["sudo systemctl restart postgresql", 0.4],
  ["docker compose up -d db", 2],
]);

const SRC_FILES = [
  "src/server/routes/orders.ts",
  "src/server/auth/session.ts",
  "src/server/payments/refunds.ts",
  "src/client/components/Cart.tsx",
  "src/client/hooks/use-orders.ts",
  "src/lib/money.ts",
  "tests/orders.test.ts",
  "tests/refunds.test.ts",
  "docs/api.md",
  "migrations/20261014_add_refunds.sql",
  "README.md",
  "package.json",
];
const SENSITIVE_FILES = [".env", "config/.env.production", "deploy/tls/server.key", "config/secrets.yaml"];

/**
 * @typedef {object} Call
 * @property {string} tool
 * @property {Record<string, unknown>} toolInput   what Claude Code would send
 * @property {{command?: string, truncated?: boolean, filePath?: string, domain?: string}} summary
 */

/** @param {Rng} rng @param {User} user @param {string} cwd @returns {Call} */
function makeCall(rng, user, cwd) {
  const tool = pickWeighted(rng, TOOLS);
  const home = `/home/${user.login}`;
  /** @param {boolean} allowSensitive */
  const file = (allowSensitive) => {
    if (allowSensitive && rng() < 0.05) {
      return rng() < 0.25 ? `${home}/.aws/credentials` : `${cwd}/${pick(rng, SENSITIVE_FILES)}`;
    }
    return `${cwd}/${pick(rng, SRC_FILES)}`;
  };
  switch (tool) {
    case "Bash": {
      const command = pickWeighted(rng, BASH_COMMANDS);
      return {
        tool,
        toolInput: { command, description: "Run a command", timeout: 120000 },
        summary: { command },
      };
    }
    case "Read": {
      const filePath = file(true);
      return { tool, toolInput: { file_path: filePath }, summary: { filePath } };
    }
    case "Edit": {
      const filePath = file(true);
      return {
        tool,
        toolInput: { file_path: filePath, old_string: "return total;", new_string: "return round(total);" },
        summary: { filePath },
      };
    }
    case "Write": {
      const filePath = file(true);
      return { tool, toolInput: { file_path: filePath, content: "export {};\n" }, summary: { filePath } };
    }
    case "NotebookEdit": {
      const filePath = `${cwd}/notebooks/churn.ipynb`;
      return { tool, toolInput: { notebook_path: filePath, new_source: "df.head()" }, summary: { filePath } };
    }
    case "Grep":
      return {
        tool,
        toolInput: { pattern: "TODO", path: `${cwd}/src`, output_mode: "content" },
        summary: { filePath: `${cwd}/src` },
      };
    case "Glob":
      return { tool, toolInput: { pattern: "**/*.test.ts", path: cwd }, summary: { filePath: cwd } };
    case "WebFetch": {
      const host = pick(rng, ["docs.github.com", "developer.mozilla.org", "pastebin.com"]);
      return {
        tool,
        toolInput: { url: `https://${host}/some/page?ref=claude`, prompt: "Summarise the relevant section" },
        summary: { domain: host },
      };
    }
    case "Agent":
      return {
        tool,
        toolInput: {
          description: "Explore the codebase",
          prompt: "Find where refunds are computed",
          subagent_type: "Explore",
        },
        summary: {},
      };
    default:
      return {
        tool,
        toolInput: { todos: [{ content: "Write tests", status: "pending", activeForm: "Writing tests" }] },
        summary: {},
      };
  }
}

/**
 * @typedef {object} Decision
 * @property {"deny"|"ask"|"allow"|"none"} decision
 * @property {string|null} rule
 * @property {"managed"|"role"|null} source
 * @property {string|null} reason
 */

/** @param {string} s @param {string} prefix */
const startsWord = (s, prefix) => s === prefix || s.startsWith(`${prefix} `);

/**
 * The decision `steward hook pre-tool-use` would take under the example policy:
 * managed deny, role deny, managed ask, role ask, managed allow, role allow, none.
 * A deliberately small re-statement of examples/policy-repo (the real matcher is
 * shared/permissions); every rule named here must exist in those files.
 * @param {User} user @param {Call} call @param {string} cwd
 * @returns {Decision}
 */
export function decide(user, call, cwd) {
  const { tool } = call;
  const command = call.summary.command ?? "";
  const filePath = call.summary.filePath ?? "";
  const base = path.posix.basename(filePath);
  const home = `/home/${user.login}`;
  const inCwd = (/** @type {string} */ dir) =>
    filePath === `${cwd}/${dir}` || filePath.startsWith(`${cwd}/${dir}/`);
  // Read rules also govern Grep and Glob; Edit rules every editing tool.
  const fileTool = ["Read", "Grep", "Glob"].includes(tool)
    ? "Read"
    : ["Edit", "Write", "NotebookEdit"].includes(tool)
      ? "Edit"
      : null;
  /** @type {(rule: string, source: "managed"|"role", reason: string) => Decision} */
  const deny = (rule, source, reason) => ({ decision: "deny", rule, source, reason });
  /** @type {(rule: string, source: "managed"|"role") => Decision} */
  const ask = (rule, source) => ({ decision: "ask", rule, source, reason: `${rule} requires approval` });
  /** @type {(rule: string, source: "managed"|"role") => Decision} */
  const allow = (rule, source) => ({ decision: "allow", rule, source, reason: null });

  // managed deny
  if (tool === "Bash") {
    for (const word of ["curl", "wget", "ssh", "scp", "nc", "sudo"]) {
      if (startsWord(command, word))
        return deny(
          `Bash(${word} *)`,
          "managed",
          "Network and privileged commands are blocked by org policy.",
        );
    }
    if (startsWord(command, "rm -rf"))
      return deny("Bash(rm -rf *)", "managed", "Recursive forced deletes are blocked by org policy.");
    if (startsWord(command, "npm publish"))
      return deny("Bash(npm publish *)", "managed", "Publishing goes through the release pipeline.");
    if (startsWord(command, "git push --force"))
      return deny("Bash(git push --force *)", "managed", "Force pushes are blocked by org policy.");
  }
  if (fileTool) {
    // In the order of managed-settings.json: the first matching deny is reported.
    // A Read deny also blocks editing the same path.
    if (base.startsWith(".env"))
      return deny("Read(**/.env*)", "managed", "Environment files may hold secrets.");
    if (base.includes("secret")) return deny("Read(**/*secret*)", "managed", "Secret files are off limits.");
    if (base.includes("credential"))
      return deny("Read(**/*credential*)", "managed", "Credential files are off limits.");
    if (base.endsWith(".pem"))
      return deny("Read(**/*.pem)", "managed", "Certificates and keys are off limits.");
    if (base.endsWith(".key")) return deny("Read(**/*.key)", "managed", "Private keys are off limits.");
    if (filePath.startsWith(`${home}/.aws/`))
      return deny("Read(~/.aws/**)", "managed", "Cloud credentials are off limits.");
    if (filePath.startsWith(`${home}/.ssh/`))
      return deny("Read(~/.ssh/**)", "managed", "SSH keys are off limits.");
  }
  if (tool === "WebFetch") return deny("WebFetch", "managed", "Web fetches are disabled by org policy.");

  // role deny
  if (user.role === "contractors") {
    if (tool === "Bash") return deny("Bash", "role", "Contractors cannot run shell commands.");
    // A bare `Edit` deny covers every editing tool and comes first in the list.
    if (tool === "Edit" || tool === "Write" || tool === "NotebookEdit")
      return deny("Edit", "role", "Contractors have read-only access.");
  }

  // managed ask
  if (tool === "Bash") {
    if (startsWord(command, "git push")) return ask("Bash(git push *)", "managed");
    if (startsWord(command, "npm install")) return ask("Bash(npm install *)", "managed");
  }
  if (fileTool === "Edit") {
    if (filePath.includes("/migrations/")) return ask("Edit(**/migrations/**)", "managed");
    if (filePath.includes("/src/server/payments/")) return ask("Edit(**/src/server/payments/**)", "managed");
    if (filePath.includes("/src/server/auth/")) return ask("Edit(**/src/server/auth/**)", "managed");
  }

  // role ask
  if (user.role === "security-reviewers" && fileTool === "Edit") return ask("Edit(**)", "role");

  // A whole-tool allow is reported before command patterns (as shared/permissions does).
  if (user.role === "engineering-admins" && tool === "Bash") return allow("Bash", "role");

  // managed allow
  if (tool === "Bash") {
    if (command === "npm test") return allow("Bash(npm test)", "managed");
    if (command === "git status") return allow("Bash(git status)", "managed");
    for (const prefix of ["npm run", "git diff", "git log", "git add", "git commit"]) {
      if (startsWord(command, prefix)) return allow(`Bash(${prefix} *)`, "managed");
    }
  }
  if (fileTool === "Read") {
    for (const dir of ["src", "tests", "docs"]) if (inCwd(dir)) return allow(`Read(./${dir}/**)`, "managed");
  }
  if (fileTool === "Edit") {
    for (const dir of ["src", "tests"]) if (inCwd(dir)) return allow(`Edit(./${dir}/**)`, "managed");
  }

  // role allow
  if (user.role === "engineering-admins") {
    if (fileTool === "Read") return allow("Read(**)", "role");
    if (fileTool === "Edit") return allow("Edit(**)", "role");
    if (tool === "Bash") return allow("Bash", "role");
  }
  if (user.role === "security-reviewers" && fileTool === "Read") return allow("Read(**)", "role");
  if (user.role === "developers" && tool === "Bash" && startsWord(command, "npm"))
    return allow("Bash(npm *)", "role");
  return { decision: "none", rule: null, source: null, reason: null };
}

/**
 * 1-based line of `"rule"` in a policy file, searched after `after` (e.g. a role name).
 * @param {string} text @param {string} rule @param {string} [after]
 */
function lineOf(text, rule, after) {
  const from = after === undefined ? 0 : text.indexOf(`"${after}":`);
  const at = from < 0 ? -1 : text.indexOf(JSON.stringify(rule), from);
  if (at < 0) throw new Error(`rule ${rule}${after ? ` (${after})` : ""} not found in the policy files`);
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// ---------------------------------------------------------------------------
// Buffered, backpressure-aware line writer

/** Writes lines through a file stream, in 64 KiB chunks, waiting for `drain`. */
export class LineWriter {
  /** @param {string} file */
  constructor(file) {
    this.file = file;
    this.stream = createWriteStream(file);
    /** @type {string[]} */
    this.parts = [];
    this.size = 0;
    /** Lines written so far (1-based number of the next line minus one). */
    this.lines = 0;
  }

  /**
   * Append text that ends with "\n" (or not, for a deliberately truncated last line).
   * Returns a promise only when the caller must wait for the stream to drain.
   * @param {string} text
   * @returns {Promise<void> | undefined}
   */
  write(text) {
    this.parts.push(text);
    this.size += text.length;
    if (text.endsWith("\n")) this.lines++;
    if (this.size >= 65536) return this.flush();
    return undefined;
  }

  /** @returns {Promise<void> | undefined} */
  flush() {
    if (this.parts.length === 0) return undefined;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) return once(this.stream, "drain").then(() => undefined);
    return undefined;
  }

  async close() {
    await this.flush();
    this.stream.end();
    await once(this.stream, "finish");
  }
}

// ---------------------------------------------------------------------------
// The generator

/**
 * @typedef {object} GenerateOptions
 * @property {string} out
 * @property {number} users
 * @property {number} days
 * @property {number} recordsPerDay   per user per day
 * @property {number} seed
 * @property {boolean} [transcripts]
 * @property {boolean} [audit]
 * @property {boolean} [malformed]
 * @property {string} [month]          YYYY-MM of the first day (default 2026-10)
 * @property {string} [policyDir]      where role-mappings.json and managed-settings.json are read for rule lines
 * @property {(message: string) => void} [progress]
 */

/**
 * @typedef {object} MalformedLine
 * @property {string} file   relative to `out`, `/`-separated
 * @property {number} line   1-based
 * @property {"invalid-json"|"truncated"|"wrong-types"} kind
 * @property {string} note
 */

/**
 * @typedef {object} GenerateSummary
 * @property {number} records
 * @property {number} files
 * @property {MalformedLine[]} malformed
 */

/**
 * Generate the data set. Resolves when every file is closed.
 * @param {GenerateOptions} options
 * @returns {Promise<GenerateSummary>}
 */
export async function generateUsageData(options) {
  const { out, users: userCount, days, recordsPerDay, seed } = options;
  for (const [name, value] of /** @type {const} */ ([
    ["users", userCount],
    ["days", days],
    ["records-per-day", recordsPerDay],
  ])) {
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a positive integer, got ${value}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`--seed must be an integer 0..4294967295, got ${seed}`);
  const month = options.month ?? "2026-10";
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new Error(`--month must be YYYY-MM, got ${month}`);
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1);
  const policyDir = options.policyDir ?? DEFAULT_POLICY_DIR;
  const managedText = await readFile(path.join(policyDir, "managed-settings.json"), "utf8");
  const rolesText = await readFile(path.join(policyDir, "role-mappings.json"), "utf8");
  /** @type {Map<string, number>} */
  const lineCache = new Map();
  /** @param {User} user @param {Decision} d */
  const ruleSource = (user, d) => {
    if (d.rule === null || d.source === null) return null;
    const key = `${d.source}:${d.source === "role" ? user.role : ""}:${d.rule}`;
    let line = lineCache.get(key);
    if (line === undefined) {
      line = d.source === "managed" ? lineOf(managedText, d.rule) : lineOf(rolesText, d.rule, user.role);
      lineCache.set(key, line);
    }
    return { file: d.source === "managed" ? MANAGED_SETTINGS_PATH : ROLE_MAPPINGS_PATH, line };
  };

  const roster = buildRoster(userCount);
  const progress = options.progress ?? (() => {});
  const total = userCount * days * recordsPerDay;
  let records = 0;
  let files = 0;
  let lastProgress = Date.now();
  /** @type {MalformedLine[]} */
  const malformed = [];
  const rel = (/** @type {string} */ file) => path.relative(out, file).split(path.sep).join("/");

  await mkdir(out, { recursive: true });
  await writeFile(
    path.join(out, "users.json"),
    `${JSON.stringify(
      roster.map(({ index: _i, ...u }) => u),
      null,
      2,
    )}\n`,
  );
  files++;

  /** @type {Map<string, LineWriter>} */
  const legacyWriters = new Map();
  /** Malformed lines already written (each kind once). */
  const injected = new Set();

  for (let day = 0; day < days; day++) {
    const dayStart = start + day * DAY_MS;
    const iso = new Date(dayStart).toISOString();
    const ymd = iso.slice(0, 10);
    const compact = ymd.replaceAll("-", "");
    /** @type {LineWriter | null} */
    let auditWriter = null;
    if (options.audit) {
      await mkdir(path.join(out, "audit"), { recursive: true });
      auditWriter = new LineWriter(path.join(out, "audit", `${ymd}.jsonl`));
      files++;
    }

    for (const user of roster) {
      // Separate streams, so that --transcripts or --audit never change the usage files.
      const rng = mulberry32(hashSeed(seed, user.index, day));
      const trng = mulberry32(hashSeed(seed, user.index, day, 1));
      const arng = mulberry32(hashSeed(seed, user.index, day, 2));
      const usageDir = path.join(out, "usage", user.login);
      await mkdir(usageDir, { recursive: true });
      const seedWriter = new LineWriter(path.join(usageDir, `${compact}.json`));
      const richWriter = new LineWriter(path.join(usageDir, `${ymd}.jsonl`));
      files += 2;
      const models = ROLE_MODELS[user.role];
      const heavy = rng() < 0.12 ? 3 + rng() * 4 : 1;
      const availableMs = 13 * 3_600_000;
      const gapMs = Math.max(200, Math.min(90_000, Math.floor(availableMs / (recordsPerDay * 1.3))));
      let t = dayStart + 7 * 3_600_000 + int(rng, 0, 90 * 60_000);
      let remaining = recordsPerDay;
      let sessionNo = 0;

      while (remaining > 0) {
        const n = Math.min(remaining, int(rng, 6, 40));
        remaining -= n;
        const session = uuid(rng);
        const project = pick(rng, TEAM_PROJECTS[user.team] ?? ["customer-portal"]);
        const cwd = `/home/${user.login}/src/${project}`;
        const gitBranch = pick(rng, ["main", "main", `feature/${project}-${int(rng, 100, 999)}`]);
        const drawn =
          rng() < 0.04 ? pick(rng, OFF_POLICY_MODELS) : rng() < 0.75 ? (models[0] ?? "") : pick(rng, models);
        const model = FORCED_MODELS.get(`${user.index}:${day}:${sessionNo}`) ?? drawn;
        const oneHourCache = rng() < 0.2;
        let context = int(rng, 9000, 22000);
        let sidechainLeft = 0;
        /** @type {LineWriter | null} */
        let tw = null;
        let parent = /** @type {string|null} */ (null);
        let sideParent = /** @type {string|null} */ (null);
        if (options.transcripts) {
          const dir = path.join(out, "transcripts", user.login, "projects", projectDirName(cwd));
          await mkdir(dir, { recursive: true });
          tw = new LineWriter(path.join(dir, `${session}.jsonl`));
          files++;
          if (trng() < 0.3) {
            await tw.write(
              `${JSON.stringify({ type: "summary", summary: pick(trng, SUMMARIES), leafUuid: uuid(trng) })}\n`,
            );
          }
          const promptUuid = uuid(trng);
          await tw.write(
            `${JSON.stringify({
              ...envelope(null, false, cwd, session, gitBranch),
              type: "user",
              message: { role: "user", content: pick(trng, PROMPTS) },
              uuid: promptUuid,
              timestamp: new Date(t - 1500).toISOString(),
            })}\n`,
          );
          parent = promptUuid;
        }

        for (let i = 0; i < n; i++) {
          t += int(rng, Math.floor(gapMs / 4), gapMs);
          const ts = new Date(t).toISOString();
          const call = makeCall(rng, user, cwd);
          const sidechain = sidechainLeft > 0;
          if (sidechain) sidechainLeft--;
          if (call.tool === "Agent" && !sidechain) sidechainLeft = int(rng, 1, 2);
          // Usage of one API call. Claude Code sends almost everything from cache.
          let cacheWrite;
          let cacheRead;
          if (i === 0) {
            cacheWrite = context;
            cacheRead = int(rng, 0, 4000);
          } else {
            cacheRead = context;
            cacheWrite = int(rng, 80, 4500);
          }
          context += cacheWrite;
          if (context > 160_000) context = int(rng, 20_000, 40_000); // auto-compact
          const input = Math.round((rng() < 0.9 ? int(rng, 1, 40) : int(rng, 200, 3000)) * heavy);
          const output = Math.round(Math.floor(40 + -Math.log(1 - rng()) * 450) * heavy);
          cacheWrite = Math.round(cacheWrite * heavy);
          const cacheWrite5m = oneHourCache ? 0 : cacheWrite;
          const cacheWrite1h = oneHourCache ? cacheWrite : 0;
          const tokens = input + output + cacheWrite5m + cacheWrite1h;

          let p = seedWriter.write(
            `{"timestamp":"${ts.slice(0, 19)}Z","user":"${user.login}","tool":"${call.tool}","tokens":${tokens}}\n`,
          );
          if (p) await p;
          const rich = {
            v: 1,
            ts,
            user: user.email,
            session,
            model,
            input,
            output,
            cacheWrite5m,
            cacheWrite1h,
            cacheRead,
            tool: call.tool,
            source: "steward-hook",
          };
          p = richWriter.write(`${JSON.stringify(rich)}\n`);
          if (p) await p;

          if (options.malformed && user.index === 0 && day === 0) {
            if (seedWriter.lines === 2) {
              // What the seed's track-usage.sh really wrote: $TOOL_NAME and $TOKEN_COUNT do not exist.
              seedWriter.write(
                `{"timestamp":"${ts.slice(0, 19)}Z","user":"${user.login}","tool":"","tokens":}\n`,
              );
              malformed.push({
                file: rel(seedWriter.file),
                line: seedWriter.lines,
                kind: "invalid-json",
                note: "seed hook with empty $TOKEN_COUNT",
              });
            }
            if (richWriter.lines === 3) {
              richWriter.write(`${JSON.stringify({ ...rich, input: String(input), model: null })}\n`);
              malformed.push({
                file: rel(richWriter.file),
                line: richWriter.lines,
                kind: "wrong-types",
                note: "input is a string, model is null",
              });
            }
          }

          const decision = decide(user, call, cwd);
          if (auditWriter) {
            const line = JSON.stringify({
              v: 1,
              ts: new Date(t + 40).toISOString(),
              user: user.email,
              role: user.role,
              session,
              event: "pre-tool-use",
              tool: call.tool,
              decision: decision.decision,
              rule: decision.rule,
              ruleSource: ruleSource(user, decision),
              reason: decision.reason,
              input: call.summary,
              cwd,
              policyVersion: POLICY_VERSION,
            });
            p = auditWriter.write(`${line}\n`);
            if (p) await p;
            if (
              options.malformed &&
              day === 0 &&
              auditWriter.lines >= 5 &&
              !injected.has("audit-truncated")
            ) {
              injected.add("audit-truncated");
              auditWriter.write(`${line.slice(0, Math.floor(line.length * 0.6))}\n`);
              malformed.push({
                file: rel(auditWriter.file),
                line: auditWriter.lines,
                kind: "truncated",
                note: "line cut at 60%",
              });
            }
            if (options.malformed && day === 0 && auditWriter.lines >= 9 && !injected.has("audit-types")) {
              injected.add("audit-types");
              auditWriter.write(
                `${JSON.stringify({ ...JSON.parse(line), decision: "block", ruleSource: "managed-settings.json" })}\n`,
              );
              malformed.push({
                file: rel(auditWriter.file),
                line: auditWriter.lines,
                kind: "wrong-types",
                note: "decision 'block', ruleSource a string",
              });
            }
            let lw = legacyWriters.get(user.login);
            if (decision.decision === "deny" && user.index < 3 && day === 0 && (lw?.lines ?? 0) < 6) {
              if (!lw) {
                await mkdir(path.join(out, "audit-legacy"), { recursive: true });
                lw = new LineWriter(path.join(out, "audit-legacy", `${user.login}.jsonl`));
                legacyWriters.set(user.login, lw);
                files++;
                // What the seed's enforce-policy.sh printed for every call: its arguments were always empty.
                await lw.write("BLOCKED: Enterprise policy denies  on \n");
              }
              const what = call.summary.command ?? call.summary.filePath ?? call.summary.domain ?? "";
              await lw.write(
                arng() < 0.5
                  ? `BLOCKED: Enterprise policy denies ${call.tool} on ${what}\n`
                  : `${ts.slice(0, 19)}Z DENIED: ${call.tool}(${what})\n`,
              );
            }
          }

          if (tw) {
            const msgId = `msg_01${base62(trng, 22)}`;
            const requestId = `req_011C${base62(trng, 20)}`;
            const usage = {
              input_tokens: input,
              cache_creation_input_tokens: cacheWrite5m + cacheWrite1h,
              cache_read_input_tokens: cacheRead,
              cache_creation: {
                ephemeral_5m_input_tokens: cacheWrite5m,
                ephemeral_1h_input_tokens: cacheWrite1h,
              },
              output_tokens: output,
              service_tier: "standard",
            };
            const toolUseId = `toolu_01${base62(trng, 22)}`;
            /** @type {Record<string, unknown>[]} */
            const blocks = [];
            if (trng() < 0.3)
              blocks.push({
                type: "thinking",
                thinking: "Let me look at how this is structured first.",
                signature: base62(trng, 40),
              });
            if (trng() < 0.6) blocks.push({ type: "text", text: pick(trng, ASSISTANT_TEXT) });
            blocks.push({ type: "tool_use", id: toolUseId, name: call.tool, input: call.toolInput });
            let chain = sidechain ? sideParent : parent;
            if (sidechain && chain === null) {
              // A subagent's conversation starts with its own prompt.
              chain = uuid(trng);
              p = tw.write(
                `${JSON.stringify({
                  ...envelope(null, true, cwd, session, gitBranch),
                  type: "user",
                  message: { role: "user", content: "Find where refunds are computed" },
                  uuid: chain,
                  timestamp: new Date(t - 1000).toISOString(),
                })}\n`,
              );
              if (p) await p;
            }
            let bt = t - 900;
            const placeholder = Math.min(output, int(trng, 1, 30));
            for (let b = 0; b < blocks.length; b++) {
              const id = uuid(trng);
              bt += int(trng, 40, 400);
              // Streaming: every block but the last carries a placeholder output count;
              // the last line of the response has the final usage (as Claude Code writes it).
              const last = b === blocks.length - 1;
              const lineUsage = last ? usage : { ...usage, output_tokens: placeholder };
              p = tw.write(
                `${JSON.stringify({
                  ...envelope(chain, sidechain, cwd, session, gitBranch),
                  type: "assistant",
                  uuid: id,
                  timestamp: new Date(bt).toISOString(),
                  requestId,
                  message: {
                    id: msgId,
                    type: "message",
                    role: "assistant",
                    model,
                    content: [blocks[b]],
                    stop_reason: last ? "tool_use" : null,
                    stop_sequence: null,
                    usage: lineUsage,
                  },
                })}\n`,
              );
              if (p) await p;
              chain = id;
            }
            const denied = decision.decision === "deny";
            const resultUuid = uuid(trng);
            const blockedText = `Blocked by Acme policy ${POLICY_VERSION} (${decision.rule}): ${decision.reason}`;
            const result = denied
              ? { text: blockedText, toolUseResult: `Error: ${blockedText}` }
              : toolResult(trng, call);
            p = tw.write(
              `${JSON.stringify({
                ...envelope(chain, sidechain, cwd, session, gitBranch),
                type: "user",
                message: {
                  role: "user",
                  content: [
                    {
                      tool_use_id: toolUseId,
                      type: "tool_result",
                      content: result.text,
                      ...(denied ? { is_error: true } : {}),
                    },
                  ],
                },
                uuid: resultUuid,
                timestamp: new Date(t + 200).toISOString(),
                toolUseResult: result.toolUseResult,
              })}\n`,
            );
            if (p) await p;
            if (sidechain) sideParent = sidechainLeft > 0 ? resultUuid : null;
            else parent = resultUuid;
            if (trng() < 0.03) {
              // Not an API call: Claude Code's own placeholder or error line.
              const apiError = trng() < 0.5;
              const sid = uuid(trng);
              p = tw.write(
                `${JSON.stringify({
                  ...envelope(parent, false, cwd, session, gitBranch),
                  type: "assistant",
                  uuid: sid,
                  timestamp: new Date(t + 300).toISOString(),
                  message: {
                    id: uuid(trng),
                    container: null,
                    model: "<synthetic>",
                    role: "assistant",
                    stop_reason: "stop_sequence",
                    stop_sequence: "",
                    type: "message",
                    usage: {
                      input_tokens: 0,
                      output_tokens: 0,
                      cache_creation_input_tokens: 0,
                      cache_read_input_tokens: 0,
                      server_tool_use: { web_search_requests: 0 },
                      service_tier: null,
                    },
                    content: [
                      {
                        type: "text",
                        text: apiError ? "API Error: 529 Overloaded" : "No response requested.",
                      },
                    ],
                  },
                  ...(apiError ? { isApiErrorMessage: true } : {}),
                })}\n`,
              );
              if (p) await p;
              parent = sid;
            }
          }

          records++;
          if (records % 65536 === 0 && Date.now() - lastProgress > 1000) {
            lastProgress = Date.now();
            progress(
              `records ${records.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} (${Math.floor((records / total) * 100)}%)`,
            );
          }
        }

        if (tw) {
          if (options.malformed && day === 0 && user.index === 1 && sessionNo === 0) {
            // A separate API call whose usage has the wrong types.
            tw.write(
              `${JSON.stringify({
                ...envelope(parent, false, cwd, session, gitBranch),
                type: "assistant",
                uuid: uuid(trng),
                timestamp: new Date(t + 500).toISOString(),
                requestId: `req_011C${base62(trng, 20)}`,
                message: {
                  id: `msg_01${base62(trng, 22)}`,
                  type: "message",
                  role: "assistant",
                  model,
                  content: [{ type: "text", text: "Done." }],
                  stop_reason: "end_turn",
                  stop_sequence: null,
                  usage: { input_tokens: "12", output_tokens: null, cache_read_input_tokens: 100 },
                },
              })}\n`,
            );
            malformed.push({
              file: rel(tw.file),
              line: tw.lines,
              kind: "wrong-types",
              note: "usage.input_tokens is a string, output_tokens null",
            });
            // And the laptop lost power while writing the next line.
            const cut = JSON.stringify({
              ...envelope(parent, false, cwd, session, gitBranch),
              type: "user",
              message: { role: "user", content: "thanks, now run the tests" },
            });
            tw.write(cut.slice(0, Math.floor(cut.length / 2)));
            malformed.push({
              file: rel(tw.file),
              line: tw.lines + 1,
              kind: "truncated",
              note: "last line cut, no newline",
            });
          }
          await tw.close();
        }
        sessionNo++;
        if (auditWriter) {
          const p = auditWriter.write(
            `${JSON.stringify({
              v: 1,
              ts: new Date(t + 1200).toISOString(),
              user: user.email,
              role: user.role,
              session,
              event: "stop",
              tool: null,
              decision: "none",
              rule: null,
              ruleSource: null,
              reason: null,
              input: {},
              cwd,
              policyVersion: POLICY_VERSION,
            })}\n`,
          );
          if (p) await p;
        }
        t += int(rng, 10, 60) * 60_000;
      }
      await seedWriter.close();
      await richWriter.close();
    }
    if (auditWriter) await auditWriter.close();
  }
  for (const lw of legacyWriters.values()) await lw.close();
  if (options.malformed) {
    await writeFile(path.join(out, "malformed.json"), `${JSON.stringify(malformed, null, 2)}\n`);
    files++;
  }
  progress(
    `done: ${records.toLocaleString("en-US")} records in ${files.toLocaleString("en-US")} files under ${out}`,
  );
  return { records, files, malformed };
}

/** Source lines tool results are cut from (Read, Edit, Bash output). */
const CODE_LINES = [
  'import { z } from "zod";',
  'import type { Order, Refund } from "../types.js";',
  "",
  "export interface RefundRequest {",
  "  orderId: string;",
  "  amountCents: number;",
  "  reason?: string;",
  "}",
  "",
  "export async function createRefund(db: Db, req: RefundRequest): Promise<Refund> {",
  "  const order = await db.orders.find(req.orderId);",
  "  if (!order) throw new NotFoundError(`order ${req.orderId}`);",
  "  if (req.amountCents > order.totalCents - order.refundedCents) {",
  '    throw new ValidationError("refund exceeds the amount left on the order");',
  "  }",
  '  const refund = await db.refunds.insert({ ...req, status: "pending", createdAt: new Date() });',
  '  await events.publish("refund.created", { id: refund.id, orderId: order.id });',
  "  return refund;",
  "}",
  "",
  'describe("createRefund", () => {',
  '  it("rejects refunds larger than the order", async () => {',
  '    await expect(createRefund(db, { orderId: "o_1", amountCents: 99_999 })).rejects.toThrow(ValidationError);',
  "  });",
  "});",
  "  // Round half to even so that totals match the payment provider's statements.",
  "  const rounded = Math.round(total * 100) / 100;",
  '  return formatMoney(rounded, currency, { minimumFractionDigits: currency === "JPY" ? 0 : 2 });',
];
const OUTPUT_LINES = [
  " ✓ tests/orders.test.ts (14 tests) 412ms",
  " ✓ tests/refunds.test.ts (9 tests) 230ms",
  " ✗ tests/cart.test.ts > rounds JPY totals to whole yen",
  "   AssertionError: expected 1234.5 to be 1235",
  "src/server/routes/orders.ts:48:11 - error TS2345: Argument of type 'string | undefined' is not assignable.",
  " M src/server/payments/refunds.ts",
  "?? migrations/20261014_add_refunds.sql",
  "a3f9c21 fix: handle empty cart",
  "-rw-r--r--  1 dev dev  4127 Oct 14 09:12 money.ts",
  "npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.",
];

/**
 * Length of a tool result, in bytes: most are a few hundred bytes to a few KB,
 * a few are whole files (the corpus: median ~1.2 KB, p90 ~4 KB, max ~54 KB).
 * @param {Rng} rng
 */
function resultBytes(rng) {
  if (rng() < 0.02) return int(rng, 20_000, 60_000);
  return Math.min(60_000, Math.floor(200 + -Math.log(1 - rng()) * 1400));
}

/** @param {Rng} rng @param {readonly string[]} pool @param {number} bytes @param {boolean} numbered */
function textOf(rng, pool, bytes, numbered) {
  const lines = [];
  let size = 0;
  let i = Math.floor(rng() * pool.length);
  while (size < bytes) {
    const text = pool[i % pool.length] ?? "";
    const line = numbered ? `${String(lines.length + 1).padStart(6)}→${text}` : text;
    lines.push(line);
    size += line.length + 1;
    i++;
  }
  return lines.join("\n");
}

/**
 * What Claude Code writes for a tool's result: the text the model sees
 * (`message.content[].content`) and the structured `toolUseResult` next to it
 * (which repeats the output, and for Edit the whole original file).
 * @param {Rng} rng @param {Call} call
 * @returns {{text: string, toolUseResult: unknown}}
 */
function toolResult(rng, call) {
  const input = /** @type {Record<string, unknown>} */ (call.toolInput);
  const filePath = String(input.file_path ?? input.notebook_path ?? input.path ?? "");
  switch (call.tool) {
    case "Read": {
      const content = textOf(rng, CODE_LINES, resultBytes(rng), false);
      const numLines = content.split("\n").length;
      return {
        text: content
          .split("\n")
          .map((line, i) => `${String(i + 1).padStart(6)}→${line}`)
          .join("\n"),
        toolUseResult: {
          type: "text",
          file: { filePath, content, numLines, startLine: 1, totalLines: numLines },
        },
      };
    }
    case "Bash": {
      const stdout = textOf(rng, OUTPUT_LINES, resultBytes(rng), false);
      return { text: stdout, toolUseResult: { stdout, stderr: "", interrupted: false, isImage: false } };
    }
    case "Edit": {
      const originalFile = textOf(rng, CODE_LINES, resultBytes(rng), false);
      const snippet = textOf(rng, CODE_LINES, 400, true);
      return {
        text: `The file ${filePath} has been updated. Here's the result of running \`cat -n\` on a snippet of the edited file:\n${snippet}`,
        toolUseResult: {
          filePath,
          oldString: input.old_string,
          newString: input.new_string,
          originalFile,
          structuredPatch: [
            {
              oldStart: 12,
              oldLines: 1,
              newStart: 12,
              newLines: 1,
              lines: ["-  return total;", "+  return round(total);"],
            },
          ],
          userModified: false,
          replaceAll: false,
        },
      };
    }
    case "Grep": {
      const content = textOf(rng, OUTPUT_LINES, Math.floor(resultBytes(rng) / 2), false);
      const numLines = content.split("\n").length;
      return {
        text: content,
        toolUseResult: { mode: "content", numFiles: 0, filenames: [], content, numLines },
      };
    }
    case "Glob": {
      const filenames = SRC_FILES.slice(0, int(rng, 1, SRC_FILES.length)).map((f) => `${filePath}/${f}`);
      return {
        text: filenames.join("\n"),
        toolUseResult: {
          filenames,
          durationMs: int(rng, 3, 90),
          numFiles: filenames.length,
          truncated: false,
        },
      };
    }
    case "Write":
      return {
        text: `File created successfully at: ${filePath}`,
        toolUseResult: { type: "create", filePath, content: input.content, structuredPatch: [] },
      };
    default:
      return { text: "ok", toolUseResult: { result: "ok" } };
  }
}

/**
 * The fields every transcript line starts with, in Claude Code's order.
 * @param {string|null} parentUuid @param {boolean} isSidechain @param {string} cwd
 * @param {string} sessionId @param {string} gitBranch
 */
function envelope(parentUuid, isSidechain, cwd, sessionId, gitBranch) {
  return {
    parentUuid,
    isSidechain,
    userType: "external",
    entrypoint: "cli",
    cwd,
    sessionId,
    version: CLAUDE_CODE_VERSION,
    gitBranch,
  };
}

const PROMPTS = [
  "Add a refund endpoint to the orders API with tests",
  "Why does the cart total round incorrectly for JPY?",
  "Refactor the session middleware to use the new token store",
  "Write docs for the payments webhook",
  "Fix the failing orders.test.ts",
  "Review this diff for security issues",
];
const ASSISTANT_TEXT = [
  "I'll start by reading the relevant files.",
  "Let me run the tests to see the current state.",
  "I'll make the change and then run the linter.",
  "That command is blocked by the org policy, so I'll take another approach.",
];
const SUMMARIES = [
  "Refund endpoint with idempotency keys",
  "Fix JPY rounding in cart totals",
  "Session middleware refactor",
  "Payments webhook documentation",
];

// ---------------------------------------------------------------------------
// CLI

/**
 * Parse CLI arguments (strict: unknown flags and missing values are errors).
 * @param {readonly string[]} argv arguments after the script name
 * @returns {GenerateOptions & {quiet: boolean}}
 */
export function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const values = {};
  const flags = new Set();
  const valued = new Set(["out", "users", "days", "records-per-day", "seed", "month", "policy-dir"]);
  const boolean = new Set(["transcripts", "audit", "malformed", "quiet"]);
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    if (!arg.startsWith("--")) throw new Error(`unexpected argument ${arg}`);
    const [name = "", inline] = arg.slice(2).split("=", 2);
    if (valued.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
      values[name] = value;
    } else if (boolean.has(name) && inline === undefined) {
      flags.add(name);
    } else {
      throw new Error(`unknown option --${name}`);
    }
  }
  if (values.out === undefined) throw new Error("--out <dir> is required");
  const num = (/** @type {string} */ name, /** @type {number} */ fallback) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a non-negative integer, got ${raw}`);
    return Number(raw);
  };
  return {
    out: values.out,
    users: num("users", 6),
    days: num("days", 3),
    recordsPerDay: num("records-per-day", 20),
    seed: num("seed", 1),
    month: values.month ?? "2026-10",
    ...(values["policy-dir"] === undefined ? {} : { policyDir: values["policy-dir"] }),
    transcripts: flags.has("transcripts"),
    audit: flags.has("audit"),
    malformed: flags.has("malformed"),
    quiet: flags.has("quiet"),
  };
}

const USAGE = `usage: node bench/generators/usage-data.mjs --out <dir> [--users 6] [--days 3]
  [--records-per-day 20] [--seed 1] [--month 2026-10] [--transcripts] [--audit] [--malformed]
  [--policy-dir examples/policy-repo] [--quiet]`;

async function main() {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(USAGE);
    return;
  }
  /** @type {ReturnType<typeof parseArgs>} */
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 64;
    return;
  }
  const { quiet, ...rest } = options;
  await generateUsageData({ ...rest, progress: quiet ? () => {} : (message) => console.error(message) });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exitCode = 1;
  });
}
