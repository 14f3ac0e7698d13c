/**
 * The edges of `steward build`: read a policy repository's text files, write
 * a build directory (outputs + build-manifest.json) and its tar.gz.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { ConfigurationError, getErrorMessage } from "../errors.js";
import { type BuildOptions, type BuildResult, compilePolicy } from "./compile.js";
import { type BuildManifest, createManifest, MANIFEST_FILE, renderManifest, sha256Hex } from "./manifest.js";
import { createTarGz } from "./tar.js";

const SKIP_DIRS = new Set([".git", "node_modules", ".github"]);

/** Every .json and .md file under `dir` (relative, `/`-separated) -> its text. */
export async function readPolicyFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (current: string): Promise<void> => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      throw new ConfigurationError(`Policy directory ${current} cannot be read: ${getErrorMessage(error)}`, {
        hint: "Pass the policy repository's directory (the one holding managed-settings.json and role-mappings.json).",
      });
    }
    for (const e of entries.sort((a, z) => (a.name < z.name ? -1 : 1))) {
      const full = join(current, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(full);
      } else if (e.isFile() && /\.(json|md)$/.test(e.name)) {
        files[relative(dir, full).split(sep).join("/")] = await readFile(full, "utf8");
      }
    }
  };
  await walk(dir);
  return files;
}

export interface WrittenBuild {
  readonly result: BuildResult;
  readonly manifest?: BuildManifest;
  readonly manifestPath?: string;
}

/** Compiles `policyDir`; when there is no error, replaces `outDir` with the outputs and the manifest. */
export async function buildToDirectory(
  policyDir: string,
  outDir: string,
  options: BuildOptions & { commit?: string },
): Promise<WrittenBuild> {
  const files = await readPolicyFiles(policyDir);
  const result = compilePolicy(files, options);
  if (result.diagnostics.some((d) => d.severity === "error")) return { result };
  const existing = await readdir(outDir).catch(() => [] as string[]);
  if (existing.length > 0 && !existing.includes(MANIFEST_FILE)) {
    throw new ConfigurationError(
      `Output directory ${outDir} is not empty and holds no ${MANIFEST_FILE}; refusing to replace it.`,
      {
        hint: "Pass a new or empty directory, or a previous build's directory.",
      },
    );
  }
  await rm(outDir, { recursive: true, force: true });
  for (const o of result.outputs) {
    const target = join(outDir, ...o.path.split("/"));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, o.content);
  }
  const manifest = createManifest(result.outputs, {
    policyVersion: result.policyVersion,
    commit: options.commit,
    region: result.region,
    roles: result.roles,
  });
  const manifestPath = join(outDir, MANIFEST_FILE);
  await writeFile(manifestPath, renderManifest(manifest));
  return { result, manifest, manifestPath };
}

/** Reads a build directory back: every file listed by its manifest, plus the manifest. */
export async function packBuildDirectory(
  outDir: string,
  tarPath: string,
): Promise<{ path: string; sha256: string; size: number }> {
  const manifestText = await readFile(join(outDir, MANIFEST_FILE), "utf8");
  const manifest = JSON.parse(manifestText) as BuildManifest;
  const files = [{ path: MANIFEST_FILE, content: manifestText }];
  for (const o of manifest.outputs)
    files.push({ path: o.path, content: await readFile(join(outDir, ...o.path.split("/")), "utf8") });
  const data = createTarGz(files, "steward-build");
  await mkdir(dirname(tarPath), { recursive: true });
  await writeFile(tarPath, data);
  return { path: tarPath, sha256: sha256Hex(data), size: data.length };
}
