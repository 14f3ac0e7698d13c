/**
 * Runs a committed action bundle exactly as the GitHub runner does: `node` on
 * the `runs.main` file of its action.yml, every declared input passed as
 * `INPUT_<NAME>` (upper-cased, spaces to underscores, hyphens kept) with the
 * action.yml defaults filled in, the file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE, GITHUB_PATH, GITHUB_STEP_SUMMARY) as fresh files, an event
 * payload at GITHUB_EVENT_PATH, and GITHUB_WORKSPACE / RUNNER_TEMP.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import {
  type Annotation,
  parseFileCommand,
  parseWorkflowCommands,
  toAnnotations,
  type WorkflowCommand,
} from "./workflow-commands.js";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");

export interface ActionMetadata {
  readonly name: string;
  readonly inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  readonly outputs: Record<string, { description?: string }>;
  readonly runs: { using: string; main: string };
}

/** The parsed action.yml of `actions/<name>` (or of the repository root for "."). */
export async function readActionMetadata(action: string): Promise<{ dir: string; meta: ActionMetadata }> {
  const dir = action === "." ? REPO_ROOT : join(REPO_ROOT, "actions", action);
  const meta = parseYaml(await readFile(join(dir, "action.yml"), "utf8")) as ActionMetadata;
  return { dir, meta: { ...meta, inputs: meta.inputs ?? {}, outputs: meta.outputs ?? {} } };
}

export interface RunOptions {
  /** Values for `with:`; undeclared names are refused, as the runner warns and the action could never read them. */
  readonly inputs?: Record<string, string>;
  /** The event name (`pull_request`, `push`, `schedule`, ...) and its payload. */
  readonly eventName?: string;
  readonly event?: unknown;
  /** The workspace (the checked-out repository); a fresh temp dir if omitted. */
  readonly workspace?: string;
  /** Extra environment (secrets passed as `env:`, API URLs of fakes, ...). */
  readonly env?: Record<string, string>;
  readonly timeoutMs?: number;
}

export interface RunResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly exportedEnv: Record<string, string>;
  readonly state: Record<string, string>;
  readonly summary: string;
  readonly commands: WorkflowCommand[];
  readonly annotations: Annotation[];
  /** Values the action asked the runner to mask (`::add-mask::`). */
  readonly masks: string[];
  readonly workspace: string;
  readonly runnerTemp: string;
  /** Milliseconds from spawn to exit. */
  readonly durationMs: number;
}

/** The `INPUT_` variable name the runner uses for an input. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

export async function runAction(action: string, options: RunOptions = {}): Promise<RunResult> {
  const { dir, meta } = await readActionMetadata(action);
  if (meta.runs.using !== "node24")
    throw new Error(`${action}: runs.using is ${meta.runs.using}, expected node24`);
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in meta.inputs)) throw new Error(`${action}: input "${name}" is not declared in action.yml`);
  }
  const base = await mkdtemp(join(tmpdir(), "steward-runner-"));
  const runnerTemp = join(base, "_temp");
  const commandsDir = join(runnerTemp, "_runner_file_commands");
  await mkdir(commandsDir, { recursive: true });
  const workspace = options.workspace ?? join(base, "workspace");
  await mkdir(workspace, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(commandsDir, "set_output"),
    GITHUB_ENV: join(commandsDir, "set_env"),
    GITHUB_STATE: join(commandsDir, "save_state"),
    GITHUB_PATH: join(commandsDir, "add_path"),
    GITHUB_STEP_SUMMARY: join(commandsDir, "step_summary"),
  };
  for (const f of Object.values(files)) await writeFile(f, "");
  const eventPath = join(base, "event.json");
  await writeFile(eventPath, JSON.stringify(options.event ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? base,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION: `__steward_${action}`,
    GITHUB_ACTOR: "octocat",
    GITHUB_REPOSITORY: "acme/claude-policy",
    GITHUB_REPOSITORY_OWNER: "acme",
    GITHUB_EVENT_NAME: options.eventName ?? "push",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REF: "refs/heads/main",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_NUMBER: "7",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "test",
    GITHUB_WORKFLOW: "test",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_GRAPHQL_URL: "https://api.github.com/graphql",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "steward-harness",
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(base, "_tool"),
    ...files,
  };
  for (const [name, spec] of Object.entries(meta.inputs)) {
    const value = options.inputs?.[name] ?? spec.default ?? "";
    env[inputEnvName(name)] = String(value);
  }
  Object.assign(env, options.env ?? {});

  const main = join(dir, meta.runs.main);
  const started = Date.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolvePromise, reject) => {
      const child = spawn(process.execPath, [main], {
        cwd: workspace,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => {
        out += d;
      });
      child.stderr.setEncoding("utf8").on("data", (d: string) => {
        err += d;
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
      child.on("error", reject);
      child.on("close", (c) => {
        clearTimeout(timer);
        resolvePromise({ code: c, stdout: out, stderr: err });
      });
    },
  );
  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode: code,
    stdout,
    stderr,
    outputs: parseFileCommand(await readFile(files.GITHUB_OUTPUT, "utf8")),
    exportedEnv: parseFileCommand(await readFile(files.GITHUB_ENV, "utf8")),
    state: parseFileCommand(await readFile(files.GITHUB_STATE, "utf8")),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, "utf8"),
    commands,
    annotations: toAnnotations(commands),
    masks: commands.filter((c) => c.command === "add-mask").map((c) => c.message),
    workspace,
    runnerTemp,
    durationMs: Date.now() - started,
  };
}

/** Every file under `dir` (for scanning artifacts a run left behind). */
export async function listFilesRecursive(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  if ((await stat(dir).catch(() => undefined))?.isDirectory()) await walk(dir);
  return out;
}

export { dirname };
