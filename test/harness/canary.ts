/**
 * The canary-secret check: fails when any secret appears anywhere a run
 * emitted: stdout, stderr, outputs, exported env, state, job summary, and every
 * file left under RUNNER_TEMP or the workspace. Each secret is searched as is,
 * base64-encoded, URL-encoded and JSON-escaped, so an encoded leak is caught too.
 */
import { readFile } from "node:fs/promises";
import { listFilesRecursive, type RunResult } from "./run-action.js";

export interface Leak {
  readonly secret: string;
  readonly where: string;
  readonly form: string;
}

function forms(secret: string): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ["plain", secret],
    ["base64", Buffer.from(secret).toString("base64")],
    ["url-encoded", encodeURIComponent(secret)],
    ["json-escaped", JSON.stringify(secret).slice(1, -1)],
  ];
  const seen = new Set<string>();
  return out.filter(([, v]) => v.length >= 8 && !seen.has(v) && seen.add(v));
}

/** Finds every leak of `secrets` in `texts` (where -> text). */
export function findLeaks(texts: Record<string, string>, secrets: readonly string[]): Leak[] {
  const leaks: Leak[] = [];
  for (const secret of secrets) {
    if (secret.length < 8)
      throw new Error("canary secrets must be at least 8 characters to be found reliably");
    for (const [form, value] of forms(secret)) {
      for (const [where, text] of Object.entries(texts)) {
        if (text.includes(value)) leaks.push({ secret: `${secret.slice(0, 4)}…`, where, form });
      }
    }
  }
  return leaks;
}

/** Everything a harness run emitted, by where it went. Masks are excluded: registering a mask is the point. */
export async function emittedTexts(
  result: RunResult,
  extraDirs: readonly string[] = [],
): Promise<Record<string, string>> {
  const texts: Record<string, string> = {
    stdout: result.stdout
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n"),
    stderr: result.stderr,
    outputs: JSON.stringify(result.outputs),
    env: JSON.stringify(result.exportedEnv),
    state: JSON.stringify(result.state),
    summary: result.summary,
  };
  for (const dir of [result.runnerTemp, result.workspace, ...extraDirs]) {
    for (const file of await listFilesRecursive(dir)) {
      if (file.endsWith("/event.json")) continue;
      texts[file] = await readFile(file, "utf8").catch(() => "");
    }
  }
  return texts;
}

/** Throws with every place a secret leaked (used as `await expectNoLeaks(result, [canary])`). */
export async function expectNoLeaks(
  result: RunResult,
  secrets: readonly string[],
  extraDirs: readonly string[] = [],
) {
  const leaks = findLeaks(await emittedTexts(result, extraDirs), secrets);
  if (leaks.length > 0) {
    throw new Error(`secret leaked: ${leaks.map((l) => `${l.secret} (${l.form}) in ${l.where}`).join("; ")}`);
  }
}
