/**
 * A deterministic generator of realistic permission rule sets for the
 * permission benchmarks: Bash command rules over a vocabulary of real tools,
 * Read/Edit path rules with every anchor, WebFetch domains and MCP tools.
 */

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  git: [
    "status",
    "diff",
    "log",
    "add",
    "commit",
    "push",
    "pull",
    "fetch",
    "checkout",
    "rebase",
    "merge",
    "stash",
    "tag",
  ],
  npm: ["test", "run", "install", "ci", "publish", "audit", "ls", "pack"],
  pnpm: ["test", "install", "build", "publish", "dlx"],
  docker: ["build", "run", "exec", "push", "pull", "compose", "ps", "logs"],
  kubectl: ["get", "describe", "apply", "delete", "logs", "exec", "rollout"],
  terraform: ["plan", "apply", "destroy", "init", "fmt", "validate"],
  aws: ["s3", "sts", "ec2", "iam", "lambda", "secretsmanager"],
  gh: ["pr", "issue", "release", "run", "api", "repo"],
  cargo: ["build", "test", "run", "publish", "clippy"],
  go: ["build", "test", "run", "vet", "mod"],
  python3: ["-m", "-c", "manage.py", "setup.py"],
  make: ["build", "test", "lint", "deploy", "clean"],
  rm: ["-rf", "-r", "-f"],
  curl: ["-sSL", "-X", "-o", "https://"],
};
const WORDS = [
  "main",
  "origin",
  "src",
  "build",
  "dist",
  "prod",
  "staging",
  "--force",
  "-v",
  "app",
  "web",
  "api",
];
const DIRS = [
  "src",
  "lib",
  "test",
  "docs",
  "config",
  "scripts",
  "packages",
  "apps",
  "infra",
  "secrets",
  ".github",
];
const FILES = [".env", "*.pem", "*.key", "id_rsa", "credentials", "*.ts", "*.json", "**", "*.md", "*.secret"];
const DOMAINS = [
  "example.com",
  "github.com",
  "npmjs.org",
  "pypi.org",
  "docs.python.org",
  "internal.corp",
  "pastebin.com",
];
const SERVERS = ["github", "jira", "slack", "linear", "postgres", "filesystem", "sentry"];

export interface GeneratedRules {
  readonly allow: string[];
  readonly ask: string[];
  readonly deny: string[];
}

/** `count` rule strings split over allow (60%), deny (30%) and ask (10%); same seed, same rules. */
export function generateRules(count: number, seed = 1): GeneratedRules {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: GeneratedRules = { allow: [], ask: [], deny: [] };
  const programs = Object.keys(COMMANDS);
  for (let i = 0; i < count; i++) {
    const r = random();
    const list = r < 0.6 ? out.allow : r < 0.9 ? out.deny : out.ask;
    const kind = random();
    let rule: string;
    if (kind < 0.55) {
      const program = pick(programs);
      const sub = pick(COMMANDS[program] as readonly string[]);
      const shape = random();
      const tag = `${pick(WORDS)}-${Math.floor(random() * 5_000)}`;
      if (shape < 0.1) rule = `Bash(${program} ${sub} *)`;
      else if (shape < 0.3) rule = `Bash(${program} ${sub} ${tag})`;
      else if (shape < 0.6) rule = `Bash(${program} ${sub} ${tag} *)`;
      else if (shape < 0.7) rule = `Bash(${program} ${sub} ${tag}:*)`;
      else if (shape < 0.8) rule = `Bash(${program} * ${tag})`;
      else rule = `Bash(${program} ${sub} ${pick(WORDS)} ${tag})`;
    } else if (kind < 0.8) {
      const tool = random() < 0.6 ? "Read" : "Edit";
      const anchor = pick(["", "./", "/", "~/", "//home/dev/", "**/"]);
      const shape = random();
      if (shape < 0.05) rule = `${tool}(${pick(FILES)})`;
      else if (shape < 0.3) rule = `${tool}(${anchor}${pick(DIRS)}/${pick(FILES)})`;
      else
        rule = `${tool}(${anchor}${pick(DIRS)}/${pick(DIRS)}-${Math.floor(random() * 5_000)}/${pick(FILES)})`;
    } else if (kind < 0.9) {
      const d = pick(DOMAINS);
      rule =
        random() < 0.3 ? `WebFetch(domain:*.${d})` : `WebFetch(domain:${random() < 0.5 ? d : `s${i}.${d}`})`;
    } else {
      const server = pick(SERVERS);
      const shape = random();
      rule =
        shape < 0.2 ? `mcp__${server}` : shape < 0.4 ? `mcp__${server}__*` : `mcp__${server}__tool_${i % 50}`;
    }
    list.push(rule);
  }
  return out;
}

/** Hook-style Bash/Read/WebFetch calls to match against generated rules. */
export function generateCalls(
  count: number,
  seed = 2,
): { tool_name: string; tool_input: Record<string, unknown>; cwd: string }[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const programs = Object.keys(COMMANDS);
  const calls = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.6) {
      const program = pick(programs);
      const parts = [`${program} ${pick(COMMANDS[program] as readonly string[])} ${pick(WORDS)}`];
      if (random() < 0.3) parts.push(`${pick(programs)} ${pick(WORDS)}`);
      calls.push({
        tool_name: "Bash",
        tool_input: { command: parts.join(" && ") },
        cwd: "/home/dev/project",
      });
    } else if (r < 0.85) {
      const path = `/home/dev/project/${pick(DIRS)}/${pick(DIRS)}/file${i}.ts`;
      calls.push({ tool_name: "Read", tool_input: { file_path: path }, cwd: "/home/dev/project" });
    } else {
      calls.push({
        tool_name: "WebFetch",
        tool_input: { url: `https://www.${pick(DOMAINS)}/x` },
        cwd: "/home/dev/project",
      });
    }
  }
  return calls;
}
