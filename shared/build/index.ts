/**
 * `steward build`: compile a policy repository into per-role managed
 * settings + managed CLAUDE.md (pure {@link compilePolicy}), a manifest with
 * digests ({@link createManifest}), a deterministic tar.gz ({@link createTarGz}),
 * and the laptop check ({@link runDoctor}). docs/build.md.
 */
export { canonicalJson } from "./canonical-json.js";
export { inlineClaudeMd, MAX_IMPORT_HOPS } from "./claude-md.js";
export { type BuildOptions, type BuildOutput, type BuildResult, compilePolicy } from "./compile.js";
export { type BuildDiagnostic, type ExplainEntry, formatDiagnostic, type SourceRef } from "./diagnostics.js";
export {
  compareVersions,
  type DoctorCheck,
  type DoctorOptions,
  type DoctorPorts,
  type DoctorReport,
  hookProbe,
  MANAGED_DIRS,
  managedPath,
  parseVersion,
  renderDoctor,
  runDoctor,
} from "./doctor.js";
export { HONOURED_KEYS, UNCONSULTED_PATH_TOOLS } from "./honoured-keys.js";
export { buildToDirectory, packBuildDirectory, readPolicyFiles, type WrittenBuild } from "./io.js";
export {
  type BuildManifest,
  createManifest,
  MANIFEST_FILE,
  type ManifestEntry,
  parseManifest,
  renderManifest,
  sha256Hex,
} from "./manifest.js";
export { type PublishOptions, type PublishResult, publishPolicy } from "./publish.js";
export { createTar, createTarGz, gzipDeterministic, type TarFile } from "./tar.js";
