/**
 * build-manifest.json: every output with its SHA-256, size and role, plus the
 * policy version and commit it was built from. No timestamps, so the same
 * sources and commit give the same manifest bytes.
 */
import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.js";
import type { BuildOutput } from "./compile.js";

export const MANIFEST_FILE = "build-manifest.json";
export const MANIFEST_SCHEMA = "https://steward.dev/schemas/build-manifest.json";

export interface ManifestEntry {
  readonly path: string;
  readonly role: string;
  readonly sha256: string;
  readonly size: number;
}

export interface BuildManifest {
  readonly $schema: string;
  readonly policyVersion: string | null;
  readonly commit: string | null;
  readonly region: string | null;
  readonly roles: readonly string[];
  readonly outputs: readonly ManifestEntry[];
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export function createManifest(
  outputs: readonly BuildOutput[],
  facts: {
    policyVersion?: string | undefined;
    commit?: string | undefined;
    region?: string | undefined;
    roles: readonly string[];
  },
): BuildManifest {
  return {
    $schema: MANIFEST_SCHEMA,
    policyVersion: facts.policyVersion ?? null,
    commit: facts.commit ?? null,
    region: facts.region ?? null,
    roles: [...facts.roles],
    outputs: [...outputs]
      .sort((a, z) => (a.path < z.path ? -1 : a.path > z.path ? 1 : 0))
      .map((o) => ({
        path: o.path,
        role: o.role,
        sha256: sha256Hex(o.content),
        size: Buffer.byteLength(o.content),
      })),
  };
}

export function renderManifest(manifest: BuildManifest): string {
  return canonicalJson(manifest);
}

/** Parses and checks a manifest's shape; throws an Error naming what is wrong. */
export function parseManifest(text: string): BuildManifest {
  const value = JSON.parse(text) as Partial<BuildManifest>;
  if (!value || typeof value !== "object" || !Array.isArray(value.outputs)) {
    throw new Error("not a Steward build manifest (no outputs list)");
  }
  for (const o of value.outputs) {
    if (
      typeof o?.path !== "string" ||
      !/^[0-9a-f]{64}$/.test(String(o?.sha256)) ||
      typeof o?.size !== "number"
    ) {
      throw new Error(`manifest entry ${JSON.stringify(o)} lacks path, sha256 or size`);
    }
  }
  return value as BuildManifest;
}
