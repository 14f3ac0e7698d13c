/**
 * The policy-publish job: lint (fail on errors), build, pack a deterministic
 * tar.gz, optionally write a server-managed settings payload. Takes a Logger
 * and plain options; the action writes outputs and the summary.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logging.js";
import { lintPolicyDirectory } from "../policy/lint.js";
import { formatDiagnostic } from "./diagnostics.js";
import { buildToDirectory, packBuildDirectory } from "./io.js";
import type { BuildManifest } from "./manifest.js";

export interface PublishOptions {
  /** The workspace; every path below is relative to it. */
  readonly workspace: string;
  readonly path: string;
  readonly outDir: string;
  readonly artifact: string;
  readonly region?: string;
  readonly stewardOnly: readonly string[];
  readonly commit?: string;
  readonly vars: Readonly<Record<string, string | undefined>>;
  readonly stewardCommand?: string;
  readonly policyDir?: string;
  /** Role whose settings become the server-managed payload file. */
  readonly payloadRole?: string;
  readonly payloadFile?: string;
  readonly now?: () => Date;
}

export interface PublishResult {
  readonly manifest: BuildManifest;
  /** Workspace-relative paths. */
  readonly manifestPath: string;
  readonly buildDir: string;
  readonly artifact: string;
  readonly digest: string;
  readonly size: number;
  readonly payloadFile?: string;
  readonly warnings: number;
}

export async function publishPolicy(options: PublishOptions, logger: Logger): Promise<PublishResult> {
  const ws = (p: string) => resolve(options.workspace, p);
  const shown = (p: string) => relative(options.workspace, p).split("\\").join("/");
  const root = ws(options.path);

  logger.startGroup("Lint");
  const report = await lintPolicyDirectory(root, logger, options.now ? { now: options.now } : {});
  logger.endGroup();
  const lintErrors = report.findings.filter((f) => f.severity === "error");
  for (const f of lintErrors) {
    logger.error(`${f.ruleId}: ${f.message}`, {
      file: shown(join(root, f.file)),
      ...(f.line ? { line: f.line } : {}),
      ...(f.column ? { column: f.column } : {}),
      title: f.ruleId,
    });
  }
  if (lintErrors.length > 0) {
    throw new ConfigurationError(
      `Policy lint found ${lintErrors.length} error(s); nothing was built or published.`,
      { hint: "Fix the findings annotated above (steward lint shows them locally)." },
    );
  }

  logger.startGroup("Build");
  const written = await buildToDirectory(root, ws(options.outDir), {
    ...(options.region !== undefined ? { region: options.region } : {}),
    stewardOnly: options.stewardOnly,
    vars: options.vars,
    ...(options.commit ? { commit: options.commit } : {}),
    ...(options.stewardCommand ? { stewardCommand: options.stewardCommand } : {}),
    ...(options.policyDir ? { policyDir: options.policyDir } : {}),
  });
  logger.endGroup();
  let warnings = 0;
  for (const d of written.result.diagnostics) {
    const location = {
      file: shown(join(root, d.file)),
      ...(d.line !== undefined ? { line: d.line } : {}),
      ...(d.column !== undefined ? { column: d.column } : {}),
      title: d.code,
    };
    if (d.severity === "error") logger.error(formatDiagnostic(d), location);
    else {
      warnings++;
      logger.warning(formatDiagnostic(d), location);
    }
  }
  if (!written.manifest || !written.manifestPath) {
    const errors = written.result.diagnostics.filter((d) => d.severity === "error").length;
    throw new ConfigurationError(`steward build found ${errors} error(s); nothing was published.`, {
      hint: "Each error names the source file and line; fix it or mark it Steward-only (docs/build.md).",
    });
  }
  const tar = await packBuildDirectory(ws(options.outDir), ws(options.artifact));
  let payloadFile: string | undefined;
  if (options.payloadRole !== undefined) {
    const entry = written.manifest.outputs.find(
      (o) => o.path === `${options.payloadRole}/managed-settings.json`,
    );
    if (!entry) {
      throw new ConfigurationError(
        `payload-role ${options.payloadRole} is not a role of this policy (${written.result.roles.join(", ")}).`,
      );
    }
    const target = ws(options.payloadFile ?? `${options.outDir}-server-managed-${options.payloadRole}.json`);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(ws(options.outDir), entry.path), target);
    payloadFile = shown(target);
  }
  return {
    manifest: written.manifest,
    manifestPath: shown(written.manifestPath),
    buildDir: shown(ws(options.outDir)),
    artifact: shown(tar.path),
    digest: tar.sha256,
    size: tar.size,
    ...(payloadFile ? { payloadFile } : {}),
    warnings,
  };
}
