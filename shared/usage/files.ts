/**
 * Turns `--source` arguments (plain files, directories, globs) into a sorted
 * list of files. Node 20 has no fs.glob, so globs are matched here: `**`
 * crosses directories, `*` and `?` do not, `{a,b}` alternates.
 */
import { readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import { ConfigurationError } from "../errors.js";

/** File names a directory source contributes. */
export const USAGE_FILE_PATTERN = /\.(jsonl|json|ndjson|log)(\.gz)?$/i;

export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  /** The `--source` argument it came from. */
  readonly spec: string;
  /** Path relative to the directory or glob base it was found under ("" for a plain file). */
  readonly relative: string;
}

const GLOB_CHARS = /[*?[{]/;

/** Converts a glob to an anchored regular expression over "/"-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      if (end === -1) re += "\\{";
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(",")
          .map((s) => s.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
          .join("|")})`;
        i = end;
      }
    } else if (c === "[") {
      const end = glob.indexOf("]", i);
      if (end === -1) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, "^")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** A file found by {@link walk}: its path and its path below the walk's root ("/"-separated). */
interface Found {
  readonly path: string;
  readonly rel: string;
}

/**
 * Every file below `dir`, sorted by name at each level. Paths are built by
 * concatenation (`dir` is already absolute and normal, names hold no
 * separator): thousands of daily files would otherwise each pay for
 * path.join and path.relative. Directories are read synchronously: a hundred
 * small folders cost less than a hundred round trips to the thread pool.
 */
function walk(dir: string, rel: string, out: Found[]): void {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new ConfigurationError(`Usage source directory ${dir} is not readable.`, {
      file: dir,
      cause: error,
    });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const e of entries) {
    const p = prefix + e.name;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(p, r, out);
    else if (e.isFile()) out.push({ path: p, rel: r });
  }
}

const toPosix = (p: string) => (sep === "/" ? p : p.split(sep).join("/"));

/** Expands source arguments relative to `cwd`. A missing file or a glob with no match is a ConfigurationError. */
export async function expandSources(specs: readonly string[], cwd: string): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  // one walk never finds a file twice: only several sources need the check
  const seen = specs.length > 1 ? new Set<string>() : undefined;
  const add = (f: SourceFile) => {
    if (seen === undefined) out.push(f);
    else if (!seen.has(f.path)) {
      seen.add(f.path);
      out.push(f);
    }
  };
  for (const spec of specs) {
    if (GLOB_CHARS.test(spec)) {
      const parts = toPosix(spec).split("/");
      const firstGlob = parts.findIndex((s) => GLOB_CHARS.test(s));
      const base = resolve(cwd, parts.slice(0, firstGlob).join("/") || ".");
      const re = globToRegExp(parts.slice(firstGlob).join("/"));
      const files: Found[] = [];
      try {
        await stat(base);
      } catch (error) {
        throw new ConfigurationError(`Usage source ${spec}: directory ${base} does not exist.`, {
          file: spec,
          cause: error,
        });
      }
      walk(base, "", files);
      let matched = 0;
      for (const f of files) {
        if (re.test(f.rel)) {
          matched++;
          add({ path: f.path, spec, relative: f.rel });
        }
      }
      if (matched === 0)
        throw new ConfigurationError(`Usage source ${spec} matches no files.`, { file: spec });
      continue;
    }
    const abs = resolve(cwd, spec);
    let info: import("node:fs").Stats;
    try {
      info = await stat(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigurationError(
        `Usage source ${spec} ${code === "ENOENT" ? "does not exist" : `is not readable (${code})`}.`,
        { file: spec, cause: error, hint: "Pass a file, a directory or a quoted glob to --source." },
      );
    }
    if (info.isDirectory()) {
      const files: Found[] = [];
      walk(abs, "", files);
      for (const f of files) if (USAGE_FILE_PATTERN.test(f.rel)) add({ path: f.path, spec, relative: f.rel });
    } else {
      add({ path: abs, spec, relative: "" });
    }
  }
  return out;
}
