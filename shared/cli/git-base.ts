/**
 * `--base <git-ref>`: materialises a directory as it was at a git ref, in a
 * temp folder, so base and head can be compared (permission diff, policy
 * version bumps). Uses `git archive` (no checkout, no worktree changes).
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { ConfigurationError } from "../errors.js";

const run = promisify(execFile);

export interface BaseTree {
  /** The directory at the ref (same relative position as the linted directory). */
  readonly dir: string;
  dispose(): Promise<void>;
}

export async function materialiseAtRef(dir: string, ref: string): Promise<BaseTree> {
  let top: string;
  try {
    top = (await run("git", ["rev-parse", "--show-toplevel"], { cwd: dir })).stdout.trim();
  } catch {
    throw new ConfigurationError(`--base needs a git repository, and ${dir} is not inside one.`);
  }
  try {
    await run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: top });
  } catch {
    throw new ConfigurationError(`--base ${ref}: no such commit, branch or tag in ${top}.`, {
      hint: "Fetch it first (e.g. git fetch origin main) or pass a commit SHA.",
    });
  }
  const sub = relative(top, dir) || ".";
  const out = await mkdtemp(join(tmpdir(), "steward-base-"));
  try {
    const archive = await run("git", ["archive", "--format=tar", ref, "--", sub], {
      cwd: top,
      encoding: "buffer",
      maxBuffer: 512 * 1024 * 1024,
    });
    await new Promise<void>((resolve, reject) => {
      const tar = execFile("tar", ["-x", "-C", out], (error) => (error ? reject(error) : resolve()));
      tar.stdin?.end(archive.stdout);
    });
  } catch (error) {
    await rm(out, { recursive: true, force: true });
    throw new ConfigurationError(
      `Could not read ${sub} at ${ref}: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  return { dir: join(out, sub), dispose: () => rm(out, { recursive: true, force: true }) };
}
