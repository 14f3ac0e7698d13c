/**
 * Finds the files of a policy repository. Walks the directory (skipping VCS
 * and dependency folders), returning paths relative to the root with `/`
 * separators, sorted, so every output is stable.
 */
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const SKIP_DIRS = new Set([".git", "node_modules", ".hg", ".svn", "dist", "coverage"]);

export interface DiscoveredFile {
  /** Relative to the policy root, `/`-separated. */
  readonly path: string;
  readonly absolutePath: string;
}

/** All regular files under `root`, sorted by path. */
export async function listPolicyFiles(root: string): Promise<DiscoveredFile[]> {
  const out: DiscoveredFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) await walk(abs);
      } else if (entry.isFile()) {
        out.push({ path: relative(root, abs).split(sep).join("/"), absolutePath: abs });
      }
    }
  };
  await walk(root);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
