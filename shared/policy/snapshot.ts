/**
 * A policy repository read into memory once (the only I/O of the linter), so
 * every check after it is a pure function over data.
 */
import { readFile, stat } from "node:fs/promises";
import { listPolicyFiles } from "./discover.js";

export interface SnapshotFile {
  readonly path: string;
  /** The text, when the file is a readable text file under the size limit. */
  readonly text?: string;
  readonly executable: boolean;
  /** Why the text is missing ("binary", "too-large", or an errno code). */
  readonly unreadable?: string;
}

export interface RepoSnapshot {
  readonly files: ReadonlyMap<string, SnapshotFile>;
}

export const MAX_TEXT_BYTES = 1024 * 1024;

/** Builds a snapshot from in-memory files (tests, base-branch contents). */
export function snapshotOf(
  files: Record<string, string | { text?: string; executable?: boolean }>,
): RepoSnapshot {
  const map = new Map<string, SnapshotFile>();
  for (const [path, f] of Object.entries(files)) {
    if (typeof f === "string") map.set(path, { path, text: f, executable: false });
    else
      map.set(path, {
        path,
        ...(f.text !== undefined ? { text: f.text } : {}),
        executable: f.executable ?? false,
      });
  }
  return { files: map };
}

/** Reads every file under `root` (text files up to 1 MiB). */
export async function loadSnapshot(root: string): Promise<RepoSnapshot> {
  const files = new Map<string, SnapshotFile>();
  for (const f of await listPolicyFiles(root)) {
    try {
      const info = await stat(f.absolutePath);
      const executable = (info.mode & 0o111) !== 0;
      if (info.size > MAX_TEXT_BYTES) {
        files.set(f.path, { path: f.path, executable, unreadable: "too-large" });
        continue;
      }
      const buffer = await readFile(f.absolutePath);
      if (buffer.includes(0)) {
        files.set(f.path, { path: f.path, executable, unreadable: "binary" });
        continue;
      }
      files.set(f.path, { path: f.path, text: buffer.toString("utf8"), executable });
    } catch (error) {
      files.set(f.path, {
        path: f.path,
        executable: false,
        unreadable: (error as NodeJS.ErrnoException).code ?? "unknown error",
      });
    }
  }
  return { files };
}
