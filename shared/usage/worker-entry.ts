/**
 * Which script a usage worker thread runs. A bundle entry (the CLI, the
 * cost-report action) registers its own file here, and answers as a worker
 * when started with {@link USAGE_WORKER} in its workerData (see
 * shared/usage/parallel.ts). Tiny on purpose: every CLI start imports it.
 */
import { isMainThread, workerData } from "node:worker_threads";

export const USAGE_WORKER = "steward.usage-worker";

let entry: URL | undefined;

/** Called by a bundle entry with its own `import.meta.url`. Without it, reading stays on one thread. */
export function registerUsageWorkerEntry(url: string | URL): void {
  entry = new URL(url);
}

export function usageWorkerEntry(): URL | undefined {
  return entry;
}

/** True in a thread started by shared/usage/parallel.ts. */
export function isUsageWorkerThread(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === USAGE_WORKER;
}
